#!/bin/sh
# check_suite.sh — runs one suite of `make check` with its output in
# DIR/NAME.log (so that suites running at once never mix their lines) and
# its exit status, wall and CPU seconds (user + sys of everything it ran)
# in DIR/NAME.res; prints one line when it ends.  tests/check_summary.sh
# prints the table.  Usage: check_suite.sh DIR NAME COMMAND...
dir=$1 name=$2
shift 2
mkdir -p "$dir"
rm -f "$dir/$name.res"
start=$(date +%s.%N)
"$@" >"$dir/$name.log" 2>&1
rc=$?
end=$(date +%s.%N)
# The second line of `times` is the CPU time of the reaped children: the
# suite's processes and everything they waited for (in this shell: a
# subshell would have no children).
times > "$dir/$name.times"
cpu=$(sed -n 2p "$dir/$name.times" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); n += a[1] * 60 + a[2] } print n }')
rm -f "$dir/$name.times"
wall=$(echo "$start $end" | awk '{ print $2 - $1 }')
echo "$rc $wall $cpu" > "$dir/$name.res"
if [ $rc -eq 0 ]; then st=ok; else st="FAILED (exit $rc)"; fi
printf 'check: %-14s %s in %.0f s wall, %.0f s CPU\n' "$name" "$st" "$wall" "$cpu"
exit $rc
