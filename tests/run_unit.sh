#!/bin/sh
# Runs every Check test binary given, then prints one closing line with the
# totals ("unit: N passed, M failed").
pass=0; fail=0; bad=""
for t in "$@"; do
  out=$("$t" 2>&1); rc=$?
  printf '%s\n' "$out" | grep -E '^[0-9]+%: Checks' | sed "s|^|$(basename "$t"): |"
  [ $rc -ne 0 ] && printf '%s\n' "$out" | grep -vE '^(Running suite|[0-9]+%: Checks)' | head -40
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+%: Checks' | tail -1)
  n=$(printf '%s' "$line" | sed -n 's/.*Checks: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2 \3/p')
  if [ -z "$n" ]; then fail=$((fail + 1)); bad="$bad $(basename "$t")"; continue; fi
  total=$(echo "$n" | cut -d' ' -f1); f=$(echo "$n" | cut -d' ' -f2); e=$(echo "$n" | cut -d' ' -f3)
  pass=$((pass + total - f - e)); fail=$((fail + f + e))
  [ $rc -ne 0 ] && [ $((f + e)) -eq 0 ] && { fail=$((fail + 1)); bad="$bad $(basename "$t")"; }
done
[ -n "$bad" ] && echo "crashed or exited non-zero:$bad"
echo "unit: $pass passed, $fail failed"
[ $fail -eq 0 ]
