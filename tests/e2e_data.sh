#!/bin/sh
# End-to-end tests of bad data: NUL bytes in JSON Lines, dates that are no
# dates, ids of the wrong type, duplicate actor ids, counts out of range,
# Goldstein weights outside [-10, 10], sums that would overflow, and names
# in Unicode NFC without U+FFFD. Each bad input must give its message and
# exit status and leave no output file. Usage: e2e_data.sh BINARY
AG=${1:-./actorgraph}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
# refused STATUS MESSAGE -- command...: the status, the message on stderr,
# and no output file $T/o.
refused() {
  want=$1; msg=$2; shift 3
  rm -f "$T/o"
  "$@" >"$T/out" 2>"$T/err"; got=$?
  [ "$got" -eq "$want" ] && ok || no "exit $got, wanted $want: $*; stderr: $(head -c 300 "$T/err")"
  grep -qF -- "$msg" "$T/err" && ok || no "'$msg' not in stderr: $(head -c 300 "$T/err")"
  [ ! -e "$T/o" ] && ok || no "an output was written: $*"
}
# accepted DESCRIPTION -- command...
accepted() {
  what=$1; shift 2
  "$@" >"$T/out" 2>"$T/err" && ok || no "$what: exit $?; stderr: $(head -c 300 "$T/err")"
}
has() { grep -qF -- "$2" "$1" && ok || no "$3: '$2' not in $1"; }
hasnt() { grep -qF -- "$2" "$1" && no "$3: '$2' in $1" || ok; }

DOC='{"id":"a","text":"France condemned Iran."}'
ACTOR='{"type":"actor","id":"a","name":"A","kind":"country","doc":"d"}'
ACTOR_B='{"type":"actor","id":"b","name":"B","kind":"country","doc":"d"}'
STANCE='{"type":"relation","kind":"stance","label":"warn","source":"a","target":"b","doc":"d"'

# NUL bytes: named by line (and column), never merged into the next line.
printf '%s\n{"id":"b",\000"text":"x"}\n%s\n' "$DOC" "$DOC" > "$T/nul.jsonl"
refused 1 "nul.jsonl:2:11: NUL byte at line 2" -- "$AG" extract "$T/nul.jsonl" -o "$T/o"
printf '%s\n%s\n%s}\n\000\n' "$ACTOR" "$ACTOR_B" "$STANCE" > "$T/nul-events.jsonl"
refused 1 "nul-events.jsonl:4:1: NUL byte at line 4" -- "$AG" build "$T/nul-events.jsonl" -o "$T/o"

# Dates: real calendar dates only.
for d in 2023-02-29 2024-13 2024-04-31 20230229 yesterday 2024-1-1; do
  printf '{"id":"a","date":"%s","text":"France condemned Iran."}\n' "$d" > "$T/date.jsonl"
  refused 1 "date.jsonl:1: date \"$d\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)" -- \
    "$AG" extract "$T/date.jsonl" -o "$T/o"
done
printf '{"id":"a","date":20240101,"text":"France condemned Iran."}\n' > "$T/date.jsonl"
refused 1 "date.jsonl:1: date must be a string" -- "$AG" extract "$T/date.jsonl" -o "$T/o"
printf '{"id":"a","date":"2024-02-29","text":"France condemned Iran."}\n{"id":"b","date":"19991231","text":"Iran criticized France."}\n{"id":"c","date":"2024","text":"x"}\n' > "$T/dates.jsonl"
accepted "leap day, compact and year-only dates" -- "$AG" extract "$T/dates.jsonl" -o "$T/dates-events.jsonl"
has "$T/dates-events.jsonl" '"date":"2024-02-29"' "leap day kept"
printf '%s\n%s\n%s,"date":"2024-02-30"}\n' "$ACTOR" "$ACTOR_B" "$STANCE" > "$T/ev-date.jsonl"
refused 1 "ev-date.jsonl:3: date \"2024-02-30\" is not a real date" -- "$AG" build "$T/ev-date.jsonl" -o "$T/o"

# Document ids: a string or a number.
for id in '{"x":1}' '[1]' 'true'; do
  printf '{"id":%s,"text":"France condemned Iran."}\n' "$id" > "$T/id.jsonl"
  refused 1 'id.jsonl:1: "id" must be a string or a number' -- "$AG" extract "$T/id.jsonl" -o "$T/o"
done
printf '{"id":42,"text":"France condemned Iran."}\n{"id":1.5,"text":"Iran criticized France."}\n{"text":"Peru praised Chile."}\n' > "$T/ids.jsonl"
accepted "number ids" -- "$AG" extract "$T/ids.jsonl" -o "$T/ids-events.jsonl"
has "$T/ids-events.jsonl" '"doc":"42"' "integer id"
has "$T/ids-events.jsonl" '"doc":"1.5"' "real id"
has "$T/ids-events.jsonl" '"doc":"line-3"' "missing id"

# Records: unique actor ids per document, counts and Goldstein in range.
printf '%s\n%s\n%s\n' "$ACTOR" "$ACTOR_B" "$ACTOR" > "$T/dup.jsonl"
refused 1 'dup.jsonl:3: actor id "a" appears twice in document "d"' -- "$AG" build "$T/dup.jsonl" -o "$T/o"
for m in -1 2147483648 1.5 '"7"'; do
  printf '{"type":"actor","id":"a","name":"A","kind":"country","doc":"d","mentions":%s}\n' "$m" > "$T/m.jsonl"
  refused 1 'm.jsonl:1: actor "a": mentions must be an integer from 0 to 2147483647' -- \
    "$AG" build "$T/m.jsonl" -o "$T/o"
done
for g in 1e308 -10.5 '"bad"'; do
  printf '%s\n%s\n%s,"goldstein":%s}\n' "$ACTOR" "$ACTOR_B" "$STANCE" "$g" > "$T/gs.jsonl"
  refused 1 "gs.jsonl:3: goldstein must be a number from -10 to 10" -- "$AG" build "$T/gs.jsonl" -o "$T/o"
done

# Graphs: Goldstein, evidence dates and counts checked; sums saturate.
G='{"nodes":[{"id":"a","kind":"country"},{"id":"b","kind":"country"}],"links":['
printf '%s{"source":"a","target":"b","label":"warn","goldstein":1e308}]}\n' "$G" > "$T/gs.json"
refused 1 "gs.json: link 1: goldstein must be a number from -10 to 10" -- "$AG" export "$T/gs.json" -f dot -o "$T/o"
printf '%s{"source":"a","target":"b","label":"warn","evidence":[{"date":"2023-02-29"}]}]}\n' "$G" > "$T/evd.json"
refused 1 'evd.json: link 1: evidence 1: date "2023-02-29" is not a real date' -- "$AG" analyze "$T/evd.json" -o "$T/o"
printf '%s{"source":"a","target":"b","label":"warn","weight":4611686018427387904}]}\n' "$G" > "$T/w.json"
refused 1 "w.json: link 1: weight must be an integer >= 1 and <= 4611686018427387903" -- "$AG" analyze "$T/w.json" -o "$T/o"
MAX=4611686018427387903
printf '%s{"source":"a","target":"b","label":"warn","polarity":-1,"weight":%s},{"source":"a","target":"b","label":"warn","weight":%s},{"source":"b","target":"a","label":"praise","polarity":1,"weight":%s}]}\n' \
  "$G" $MAX $MAX $MAX > "$T/big.json"
accepted "analyze a graph whose weights sum past the limit" -- "$AG" analyze "$T/big.json" --format json -o "$T/big-report.json"
has "$T/big-report.json" "\"weight\": $MAX" "weights saturate"
hasnt "$T/big-report.json" '"weight": -' "no negative weight"
accepted "export a graph whose repeated links sum past the limit" -- "$AG" export "$T/big.json" -f json -o "$T/big2.json"
has "$T/big2.json" "\"weight\": $MAX" "merged weight saturates"
accepted "the saturated graph reads back" -- "$AG" analyze "$T/big2.json" -o "$T/big2.txt"

# Unicode: one actor for a combining and a precomposed accent; no U+FFFD
# in names.
printf 'Foreign Minister Jose\314\201 Marti\314\201n of Spain condemned Peru.\nForeign Minister Jos\303\251 Mart\303\255n of Spain praised Chile.\nPresident Erdo\377an of Turkey condemned Greece.\n' > "$T/names.txt"
accepted "extract accented names" -- "$AG" extract "$T/names.txt" -o "$T/names.jsonl"
[ "$(grep -c '"type":"actor","id":"jose-martin"' "$T/names.jsonl")" -eq 1 ] && ok || no "one José Martín: $(grep -o '"id":"jose[^"]*"' "$T/names.jsonl" | tr '\n' ' ')"
hasnt "$T/names.jsonl" '"id":"jose-marti-n"' "no second José Martín"
python3 -c 'import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    if r["type"] == "actor" and any("\ufffd" in s for s in [r["name"]] + r["aliases"]):
        sys.exit("garbled name: " + r["name"])' "$T/names.jsonl" && ok || no "U+FFFD in a name"

echo "e2e-data: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
