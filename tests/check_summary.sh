#!/bin/sh
# check_summary.sh — the end of `make check`: for each suite in the order
# given, its result, wall and CPU seconds and its closing line (the
# counts), from DIR/NAME.res and DIR/NAME.log (tests/check_suite.sh); then
# the log of every suite that failed or did not run.  Exits non-zero when
# one did.  DIR/.start holds the time `make check` began (for the total
# wall time).  Usage: check_summary.sh DIR NAME...
dir=$1
shift
bad=""
printf '\n%-15s %-7s %8s %8s  %s\n' suite result "wall s" "CPU s" "closing line"
cpu_sum=0
for name in "$@"; do
  if [ ! -f "$dir/$name.res" ]; then
    printf '%-15s %-7s %8s %8s\n' "$name" "not run" - -
    bad="$bad $name"; continue
  fi
  read rc wall cpu < "$dir/$name.res"
  if [ "$rc" -eq 0 ]; then st=ok; else st=FAILED; bad="$bad $name"; fi
  # The closing line: the last line with a count, else the last line.
  last=$(grep -E '[0-9]+ (passed|failed)|Checks' "$dir/$name.log" | tail -1)
  [ -n "$last" ] || last=$(grep -v '^ *$' "$dir/$name.log" | tail -1)
  printf '%-15s %-7s %8.1f %8.1f  %.90s\n' "$name" "$st" "$wall" "$cpu" "$last"
  cpu_sum=$(echo "$cpu_sum $cpu" | awk '{ print $1 + $2 }')
done
total=$(echo "$(cat "$dir/.start") $(date +%s.%N)" | awk '{ print $2 - $1 }')
printf '%-15s %-7s %8.1f %8.1f  (%s jobs at once; load average %s)\n' total "" "$total" "$cpu_sum" \
  "${CHECK_JOBS:-?}" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
for name in $bad; do
  log=$dir/$name.log
  [ -f "$log" ] || continue
  n=$(wc -l < "$log")
  printf '\n==== %s failed: %s (%s lines' "$name" "$log" "$n"
  if [ "$n" -gt 300 ]; then echo ", the last 300)"; tail -300 "$log"; else echo ")"; cat "$log"; fi
done
if [ -n "$bad" ]; then echo "make check: failed:$bad"; exit 1; fi
echo "make check: every suite passed"
