#!/bin/sh
# fuzz.sh — runs the libFuzzer harnesses build/fuzz/fuzz_NAME one after
# another (the machine's cores are shared) and reports, per harness, the
# runs, the coverage (cov: edges, ft: features, from libFuzzer's last
# status line) and the crashes; the closing line counts the harnesses that
# ran clean.  Called by `make fuzz` and `make fuzz-brief`.
#
#   sh tests/fuzz.sh [--brief] SECONDS SUMMARY NAME...
#
# Without --brief each harness runs SECONDS and grows its corpus in
# build/fuzz-corpus/NAME.  With --brief the harnesses share SECONDS and
# start from their seeds (tests/fuzz-seeds/NAME) only, in a fresh folder,
# so `make check` takes the same time whatever earlier runs found.
# Crash inputs are written to build/fuzz-crashes/NAME/; logs to
# build/fuzz-logs/NAME.log.  tests/fuzz/NAME.dict is used when present.
brief=0
[ "$1" = --brief ] && { brief=1; shift; }
[ $# -ge 3 ] || { echo "usage: fuzz.sh [--brief] SECONDS SUMMARY NAME..." >&2; exit 2; }
secs=$1 summary=$2
shift 2
if [ $brief = 1 ]; then
    secs=$((secs / $#))
    [ "$secs" -ge 3 ] || secs=3
    maxlen=16384
else
    maxlen=65536
fi
mkdir -p build/fuzz-logs
: > "$summary"
pass=0 fail=0
for name in "$@"; do
    bin=build/fuzz/fuzz_$name seeds=tests/fuzz-seeds/$name
    log=build/fuzz-logs/$name.log crashes=build/fuzz-crashes/$name
    if [ $brief = 1 ]; then
        corpus=build/fuzz-brief/$name
        rm -rf "$corpus"
    else
        corpus=build/fuzz-corpus/$name
    fi
    mkdir -p "$corpus" "$crashes"
    if [ ! -d "$seeds" ]; then
        fail=$((fail + 1))
        echo "fuzz $name: no seed folder $seeds" | tee -a "$summary"
        continue
    fi
    dict=
    [ -f tests/fuzz/$name.dict ] && dict=-dict=tests/fuzz/$name.dict
    start=$(date +%s)
    "$bin" -max_total_time="$secs" -max_len=$maxlen -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" $dict "$corpus" "$seeds" > "$log" 2>&1
    st=$?
    took=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    found=$(grep -c 'Test unit written to' "$log")
    line="fuzz $name: ${execs:-?} execs in $took s, cov ${cov:-?}, crashes $found"
    line=$(printf '%s' "$line" | sed 's/cov cov: \([0-9]*\) ft: \([0-9]*\)/cov \1, ft \2/')
    if [ $st -eq 0 ] && [ "$found" -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        line="$line (exit $st; $log)"
        tail -30 "$log"
        grep 'Test unit written to' "$log"
    fi
    echo "$line" | tee -a "$summary"
done
echo "fuzz: $pass passed, $fail failed" | tee -a "$summary"
[ $fail -eq 0 ]
