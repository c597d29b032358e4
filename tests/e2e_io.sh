#!/bin/sh
# End-to-end tests of files, streams and the command line (issue 13, items
# 1, 2, 5, 6, 9, 11): -o onto devices, FIFOs and symlinks; pipes read once;
# `run` folders all or nothing, locked; kind sniffing; signals; messages.
# Usage: e2e_io.sh BINARY.  AG_IO_TABLE=1 also prints the table of the bad
# inputs tested (case | exit status | first line of stderr).
# Device nodes are made in the test's own folder (mknod, as root only);
# nothing is ever written to the real /dev.
AG=${1:-./actorgraph}
case $AG in /*) ;; *) AG=$PWD/$AG ;; esac
SEED=$PWD/graphs/seed-turkey-syria.txt
umask 022
. "$(dirname "$0")/e2e-lib.sh"
same() { cmp -s "$1" "$2" && ok || no "$3: $1 and $2 differ"; }
# Every line of stderr is a message of ours.
prefixed() { if grep -qv '^actorgraph: ' "$T/err"; then no "$1: a line without 'actorgraph: ': $(grep -v '^actorgraph: ' "$T/err" | head -1)"; else ok; fi; }
# No temporary file, temporary folder or lock left in folder $1.
clean() { if ls -a "$1" | grep -qE '\.tmp|\.lock$'; then no "$2: left $(ls -a "$1" | grep -E '\.tmp|\.lock$' | head -3 | tr '\n' ' ')"; else ok; fi; }
kind() { stat -c %F "$1"; }
# feed FILE FIFO: writes FILE into FIFO, giving up after a minute when no
# reader comes (a broken binary must fail the test, not hang it).
feed() { timeout 60 sh -c 'cat "$1" >"$2"' feed "$1" "$2"; }
is_root() { [ "$(id -u)" = 0 ]; }

"$AG" extract "$SEED" >"$T/events.jsonl" 2>/dev/null
"$AG" build "$T/events.jsonl" >"$T/graph.json" 2>/dev/null

# ---- 1. -o onto devices, FIFOs, symlinks; modes; read-only files ----
if is_root && mknod "$T/null" c 1 3 && mknod "$T/full" c 1 7; then
  expect 0 "-o a null device" -- "$AG" extract "$SEED" -o "$T/null"
  [ "$(kind "$T/null")" = "character special file" ] && ok || no "-o null: it is now a $(kind "$T/null")"
  for c in extract build analyze export; do
    expect 1 "$c -o a full device" -- "$AG" $c "$SEED" -o "$T/full"
    has "$T/err" "full: cannot write: No space left on device" "$c: disk full named"
    [ "$(kind "$T/full")" = "character special file" ] && ok || no "$c -o full: it is now a $(kind "$T/full")"
  done
  expect 1 "stdout onto a full device" -- sh -c "'$AG' extract '$SEED' > '$T/full'"
  has "$T/err" "standard output: cannot write: No space left on device" "stdout disk full"
else
  echo "e2e-io: not root: device node cases skipped"
fi
mkfifo "$T/fifo"
timeout 60 cat "$T/fifo" >"$T/from-fifo" & # never waits for ever
reader=$!
expect 0 "-o a FIFO" -- "$AG" extract "$SEED" -o "$T/fifo"
wait $reader
same "$T/from-fifo" "$T/events.jsonl" "the FIFO's reader got the records"
[ "$(kind "$T/fifo")" = "fifo" ] && ok || no "-o FIFO: it is now a $(kind "$T/fifo")"
echo old >"$T/target"
ln -s target "$T/link"
expect 0 "-o a symlink" -- "$AG" extract "$SEED" -o "$T/link"
[ -L "$T/link" ] && ok || no "the symlink stays a symlink"
same "$T/target" "$T/events.jsonl" "the symlink's target is written"
ln -s made.jsonl "$T/dangling"
expect 0 "-o a dangling symlink" -- "$AG" extract "$SEED" -o "$T/dangling"
[ -L "$T/dangling" ] && ok || no "a dangling link stays a link"
same "$T/made.jsonl" "$T/events.jsonl" "a dangling link's target is made"
chmod 640 "$T/target"
expect 0 "-o keeps the mode" -- "$AG" build "$T/events.jsonl" -o "$T/target"
[ "$(stat -c %a "$T/target")" = 640 ] && ok || no "mode kept: $(stat -c %a "$T/target")"
chmod 444 "$T/target"
expect 1 "-o a read-only file" -- "$AG" build "$T/events.jsonl" -o "$T/target"
has "$T/err" "target: the file is read-only" "read-only refused"
same "$T/target" "$T/graph.json" "a read-only file is left as it was"
# An open descriptor by name (like /dev/stdout; /proc/self/fd/1 here, so a
# broken binary cannot touch the real /dev)
echo first >"$T/appended"
expect 0 "-o /proc/self/fd/1 appended to a file" -- sh -c "'$AG' extract '$SEED' -o /proc/self/fd/1 >> '$T/appended'"
{ echo first; cat "$T/events.jsonl"; } >"$T/appended-want"
same "$T/appended" "$T/appended-want" "-o /proc/self/fd/1 writes the open descriptor (keeps >>)"
expect 0 "-o /proc/self/fd/1 into a pipe" -- sh -c "'$AG' extract '$SEED' -o /proc/self/fd/1 | cat > '$T/piped'"
same "$T/piped" "$T/events.jsonl" "-o /proc/self/fd/1 into a pipe"
mkdir "$T/adir"
expect 1 "-o a folder" -- "$AG" extract "$SEED" -o "$T/adir"
has "$T/err" "adir: is a directory" "-o folder named"
expect 1 "-o into a missing folder" -- "$AG" extract "$SEED" -o "$T/no/such/out.jsonl"
has "$T/err" "out.jsonl: cannot create the output file: No such file or directory" "missing folder named"
clean "$T" "-o cases"

# ---- 2. pipes: read once, same result as the file ----
cp "$SEED" "$T/stdin.txt" # a text document from stdin has the id "stdin"
"$AG" build "$T/stdin.txt" -o "$T/g-text.json" 2>/dev/null
expect 0 "build - (text)" -- sh -c "cat '$SEED' | '$AG' build - -o '$T/g-dash.json'"
same "$T/g-dash.json" "$T/g-text.json" "build - equals the file"
expect 0 "build /dev/stdin (text)" -- sh -c "cat '$SEED' | '$AG' build /dev/stdin -o '$T/g-devstdin.json'"
same "$T/g-devstdin.json" "$T/g-text.json" "build /dev/stdin equals the file"
expect 0 "build /dev/stdin (records)" -- sh -c "cat '$T/events.jsonl' | '$AG' build /dev/stdin -o '$T/g-rec.json'"
same "$T/g-rec.json" "$T/graph.json" "records through a pipe equal the file"
mkfifo "$T/pipe" "$T/pipe.jsonl"
feed "$T/events.jsonl" "$T/pipe" &
expect 0 "build a FIFO (like <(cat events.jsonl))" -- "$AG" build "$T/pipe" -o "$T/g-fifo.json"
wait
same "$T/g-fifo.json" "$T/graph.json" "a FIFO equals the file"
printf '{"id":"a","text":"France condemned Iran."}\n{"id":"b","text":"Peru and Chile agreed."}\n' >"$T/docs.jsonl"
"$AG" build "$T/docs.jsonl" -o "$T/g-docs.json" 2>/dev/null
feed "$T/docs.jsonl" "$T/pipe.jsonl" &
expect 0 "build a .jsonl FIFO" -- "$AG" build "$T/pipe.jsonl" -o "$T/g-docs-fifo.json"
wait
same "$T/g-docs-fifo.json" "$T/g-docs.json" "documents through a FIFO equal the file"
expect 0 "extract /dev/stdin (documents)" -- sh -c "cat '$T/docs.jsonl' | '$AG' extract /dev/stdin"
"$AG" extract "$T/docs.jsonl" >"$T/ex-docs.jsonl" 2>/dev/null
same "$T/out" "$T/ex-docs.jsonl" "extract from a pipe equals the file"
"$AG" analyze "$T/graph.json" -f json >"$T/an-file.json" 2>/dev/null
expect 0 "analyze - (graph)" -- sh -c "cat '$T/graph.json' | '$AG' analyze - -f json"
same "$T/out" "$T/an-file.json" "analyze from a pipe equals the file"
"$AG" export "$T/graph.json" -f dot >"$T/ex-file.dot" 2>/dev/null
feed "$T/graph.json" "$T/pipe" &
expect 0 "export a FIFO (graph)" -- "$AG" export "$T/pipe" -f dot
wait
same "$T/out" "$T/ex-file.dot" "export from a FIFO equals the file"
expect 0 "run - (documents)" -- sh -c "cat '$T/docs.jsonl' | '$AG' run -q - -o '$T/run-pipe'"
"$AG" run -q "$T/docs.jsonl" -o "$T/run-file" 2>/dev/null
same "$T/run-pipe/graph.json" "$T/run-file/graph.json" "run from a pipe equals the file"

# ---- 6. kind sniffing: .jsonl/.json are JSON, a BOM is skipped ----
printf '\357\273\277' >"$T/bom.jsonl"; cat "$T/events.jsonl" >>"$T/bom.jsonl"
expect 0 "records with a BOM" -- "$AG" build "$T/bom.jsonl" -o "$T/g-bom.json"
same "$T/g-bom.json" "$T/graph.json" "a BOM is skipped"
{ printf '\n  \n'; cat "$T/events.jsonl"; } >"$T/blank.jsonl"
expect 0 "records after blank lines" -- "$AG" build "$T/blank.jsonl" -o "$T/g-blank.json"
same "$T/g-blank.json" "$T/graph.json" "blank lines before the first record"
printf '\357\273\277' >"$T/bomdocs.jsonl"; cat "$T/docs.jsonl" >>"$T/bomdocs.jsonl"
expect 0 "documents with a BOM" -- "$AG" extract "$T/bomdocs.jsonl"
same "$T/out" "$T/ex-docs.jsonl" "BOM documents extract like the plain ones"
printf '\357\273\277' >"$T/bomtext.txt"; cat "$SEED" >>"$T/bomtext.txt"
cp "$SEED" "$T/bomtext-plain.txt"
"$AG" extract "$T/bomtext-plain.txt" | sed 's/bomtext-plain/bomtext/' >"$T/ex-plain.jsonl" 2>/dev/null
expect 0 "text with a BOM" -- "$AG" extract "$T/bomtext.txt"
same "$T/out" "$T/ex-plain.jsonl" "a BOM is not part of the text"
{ echo 'These lines are not JSON.'; cat "$T/events.jsonl"; } >"$T/notjson.jsonl"
for c in build analyze export extract; do
  expect 1 "$c: a .jsonl whose first line is not JSON" -- "$AG" $c "$T/notjson.jsonl"
  has "$T/err" "notjson.jsonl:1:" "$c reports the line"
done
expect 1 "run: a .jsonl whose first line is not JSON" -- "$AG" run "$T/notjson.jsonl" -o "$T/never/run"
[ ! -e "$T/never" ] && ok || no "a rejected input created a folder"
echo 'not json' >"$T/x.json"
expect 1 "build: a .json that is not JSON" -- "$AG" build "$T/x.json"
has "$T/err" "x.json:1:" "build names the line of a bad .json"
expect 1 "analyze: a .json that is not JSON" -- "$AG" analyze "$T/x.json"
has "$T/err" "x.json:1:" "analyze names the line of a bad .json"
expect 1 "build: a graph file" -- "$AG" build "$T/graph.json"
has "$T/err" "is a graph file" "a graph given to build"
printf '{France condemned Iran.\n' >"$T/brace.txt"
expect 0 "a .txt starting with { is text" -- "$AG" extract "$T/brace.txt"
has "$T/out" '"doc":"brace"' ".txt read as text"

# ---- 11. messages ----
printf '{"type":"actor","id":"a","name":"A","kind":"country","doc":"d1"}\n{"type":"relation","kind":"stance","label":"x","source":"a","target":"zz","doc":"d1"}\n' >"$T/undeclared.jsonl"
expect 1 "a relation naming an undeclared actor" -- "$AG" build "$T/undeclared.jsonl"
has "$T/err" "undeclared.jsonl:2: relation: 'zz' is not an actor" "undeclared actor by FILE:LINE"
printf '{"type":"actor","id":"a","name":"A","kind":"person","affiliation":"qq","doc":"d1"}\n' >"$T/aff.jsonl"
expect 1 "an affiliation naming an undeclared actor" -- "$AG" build "$T/aff.jsonl"
has "$T/err" "aff.jsonl:1: actor 'a': affiliation 'qq' is not an actor" "undeclared affiliation by FILE:LINE"
expect 1 "stdin: an undeclared actor" -- sh -c "'$AG' build < '$T/undeclared.jsonl'"
has "$T/err" "stdin:2:" "stdin's line named"
for c in extract build analyze export run; do
  expect 1 "$c: a folder as input" -- "$AG" $c "$T/adir" -o "$T/never-$c"
  has "$T/err" "adir: is a directory" "$c: a folder as input"
  expect 2 "$c -o ''" -- "$AG" $c "$SEED" -o ""
  has "$T/err" "the output name is empty" "$c: empty -o"
  expect 2 "$c: unknown option" -- "$AG" $c --no-such-option "$SEED"
  has "$T/err" "actorgraph: unknown option '--no-such-option'" "$c: getopt's message is ours"
  prefixed "$c: unknown option"
  expect 2 "$c: option without its argument" -- "$AG" $c "$SEED" -o
  has "$T/err" "option '-o' needs an argument" "$c: missing argument"
  prefixed "$c: missing argument"
done
[ -z "$(ls "$T" | grep never-)" ] && ok || no "failed commands left outputs: $(ls "$T" | grep never-)"
expect 2 "extract: unknown short option in a group" -- "$AG" extract -qZ "$SEED"
has "$T/err" "unknown option '-Z'" "the unknown letter is named"
expect 2 "analyze --top 99999999999" -- "$AG" analyze "$T/graph.json" --top 99999999999
has "$T/err" "'99999999999' is too large" "--top too large"
prefixed "--top too large"
expect 2 "analyze --top -1" -- "$AG" analyze "$T/graph.json" --top -1
has "$T/err" "is too small" "--top too small"
expect 2 "analyze --top x" -- "$AG" analyze "$T/graph.json" --top x
has "$T/err" "is not a whole number" "--top not a number"
expect 2 "build --jobs 99999999999999999999" -- "$AG" build -j 99999999999999999999 "$SEED"
has "$T/err" "too large" "--jobs too large"
expect 2 "export --max-nodes 1e9" -- "$AG" export "$T/graph.json" --max-nodes 1e9
has "$T/err" "is not a whole number" "--max-nodes not a number"
expect 2 "no command" -- "$AG"
prefixed "no command"
expect 2 "unknown command" -- "$AG" frobnicate
prefixed "unknown command"
expect 2 "run without files" -- "$AG" run -o "$T/never-run"
prefixed "run without files"
expect 1 "a missing input" -- "$AG" build "$T/missing.jsonl"
has "$T/err" "missing.jsonl: cannot open: No such file or directory" "missing input named"

# ---- 5. `run`: a folder is swapped in whole, or left as it was ----
printf 'Peru and Chile agreed. France condemned Iran.\n' >"$T/other.txt"
expect 0 "run into new nested folders" -- "$AG" run -q "$SEED" -o "$T/a/b/out"
for f in events.jsonl graph.json report.txt graph.dot graph.svg; do [ -s "$T/a/b/out/$f" ] || no "run wrote no $f"; done
[ "$(stat -c %a "$T/a/b/out")" = 755 ] && ok || no "the run folder's mode: $(stat -c %a "$T/a/b/out")"
clean "$T/a/b" "run into new folders"
echo mine >"$T/a/b/out/keep.me"
expect 0 "run over an existing folder" -- "$AG" run -q "$T/other.txt" -o "$T/a/b/out"
has "$T/a/b/out/keep.me" mine "a file of the user's survives the swap"
has "$T/a/b/out/events.jsonl" '"doc":"other"' "the new outputs are in"
grep -q '"doc":"seed-turkey-syria"' "$T/a/b/out/events.jsonl" && no "old events left" || ok
clean "$T/a/b" "run over a folder"
cp -a "$T/a/b/out" "$T/saved"
expect 1 "run: a later output fails (ulimit -f)" -- sh -c "ulimit -f 40; exec '$AG' run -q '$SEED' -o '$T/a/b/out'"
has "$T/err" "out/graph.[sh][vt][gm]l*: cannot write: File too large" "the failing output is named"
diff -r "$T/saved" "$T/a/b/out" >/dev/null && ok || no "a failed run changed the old folder"
clean "$T/a/b" "run after a failed output"
expect 1 "run: a rejected input creates no folder" -- "$AG" run "$T/undeclared.jsonl" -o "$T/new1/new2/out"
[ ! -e "$T/new1" ] && ok || no "a rejected run left $(find "$T/new1" | head -3 | tr '\n' ' ')"
expect 1 "run: a second run into a locked folder" -- python3 -c '
import fcntl, subprocess, sys
lock = open(sys.argv[1], "a")
fcntl.flock(lock, fcntl.LOCK_EX)
sys.exit(subprocess.call(sys.argv[2:]))' "$T/a/b/out.lock" "$AG" run -q "$T/other.txt" -o "$T/a/b/out"
has "$T/err" "another 'actorgraph run' is writing this folder" "the lock is explained"
diff -r "$T/saved" "$T/a/b/out" >/dev/null && ok || no "a locked-out run changed the folder"
rm -f "$T/a/b/out.lock"
expect 1 "run -o a file" -- "$AG" run -q "$SEED" -o "$T/events.jsonl"
has "$T/err" "exists and is not a folder" "run -o a file"
ln -s a/b/out "$T/outlink"
expect 0 "run -o a symlink to a folder" -- "$AG" run -q "$SEED" -o "$T/outlink"
[ -L "$T/outlink" ] && ok || no "run -o link replaced the link"
has "$T/a/b/out/events.jsonl" '"doc":"seed-turkey-syria"' "run writes through a symlink"
# Two runs into one folder at once: each finishes or is turned away by the
# lock, and the folder always holds the outputs of one run.
i=0
while [ $i -lt 4 ]; do
  i=$((i + 1))
  "$AG" run -q "$SEED" -o "$T/race" 2>"$T/race1" & p1=$!
  "$AG" run -q "$T/other.txt" -o "$T/race" 2>"$T/race2" & p2=$!
  wait $p1; s1=$?; wait $p2; s2=$?
  for s in "$s1:$T/race1" "$s2:$T/race2"; do
    case $s in 0:*) ok ;; 1:*) has "${s#1:}" "another 'actorgraph run'" "race $i: a failed run was locked out" ;; *) no "race $i: exit ${s%%:*}" ;; esac
  done
  "$AG" build "$T/race/events.jsonl" -o "$T/race-graph.json" 2>/dev/null
  same "$T/race-graph.json" "$T/race/graph.json" "race $i: events.jsonl and graph.json come from one run"
  clean "$T" "race $i"
done

# ---- 9. signals: temporary files and folders go; exit 128 + N ----
if env --default-signal=INT true 2>/dev/null; then
  mkfifo "$T/slow.jsonl"
  for sig in INT:130 TERM:143 HUP:129; do
    name=${sig%:*}; want=${sig#*:}
    # run: stuck reading a FIFO after it made its temporary folder
    env --default-signal=INT,TERM,HUP "$AG" run -q "$T/slow.jsonl" -o "$T/sig-run" 2>"$T/sig-err" &
    pid=$!
    exec 3<>"$T/slow.jsonl" # read-write: opening never waits
    echo '{"id":"a","text":"France condemned Iran."}' >&3
    n=0; while [ $n -lt 100 ] && ! ls -d "$T"/sig-run.tmp* >/dev/null 2>&1; do sleep 0.1; n=$((n + 1)); done
    kill -$name $pid
    wait $pid 2>/dev/null; got=$?
    exec 3>&-
    [ "$got" -eq "$want" ] && ok || no "run: SIG$name gave exit $got, wanted $want"
    [ ! -e "$T/sig-run" ] && ok || no "run: SIG$name left the folder"
    clean "$T" "run: SIG$name"
    printf 'SIG%s during run | %s | (none)\n' "$name" "$got" >>"$T/table"
    # extract -o FILE over an existing file: stuck reading a FIFO
    echo old >"$T/sig-out.jsonl"
    env --default-signal=INT,TERM,HUP "$AG" extract -j 1 "$T/slow.jsonl" -o "$T/sig-out.jsonl" 2>"$T/sig-err" &
    pid=$!
    exec 3<>"$T/slow.jsonl" # read-write: opening never waits
    echo '{"id":"a","text":"France condemned Iran."}' >&3
    n=0; while [ $n -lt 100 ] && ! ls "$T"/sig-out.jsonl.tmp* >/dev/null 2>&1; do sleep 0.1; n=$((n + 1)); done
    kill -$name $pid
    wait $pid 2>/dev/null; got=$?
    exec 3>&-
    [ "$got" -eq "$want" ] && ok || no "extract: SIG$name gave exit $got, wanted $want"
    has "$T/sig-out.jsonl" old "extract: SIG$name left the old file"
    clean "$T" "extract: SIG$name"
  done
  # An interrupted run leaves an existing folder as it was.
  cp -a "$T/a/b/out" "$T/saved2"
  env --default-signal=INT "$AG" run -q "$T/slow.jsonl" -o "$T/a/b/out" 2>/dev/null &
  pid=$!
  exec 3<>"$T/slow.jsonl" # read-write: opening never waits
  n=0; while [ $n -lt 100 ] && ! ls -d "$T"/a/b/out.tmp* >/dev/null 2>&1; do sleep 0.1; n=$((n + 1)); done
  kill -INT $pid; wait $pid 2>/dev/null
  exec 3>&-
  diff -r "$T/saved2" "$T/a/b/out" >/dev/null && ok || no "SIGINT changed the old run folder"
  clean "$T/a/b" "SIGINT over an existing folder"
else
  echo "e2e-io: env --default-signal missing: signal cases skipped"
fi

if [ -n "$AG_IO_TABLE" ]; then
  echo "case | exit status | message (first line of stderr)"
  cat "$T/table"
fi
echo "e2e-io: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
