#!/bin/sh
# End-to-end tests of event data (docs/event-data.md): GDELT, ICEWS and
# Phoenix tables in (--from), event rows out (extract --format, export -f
# events-csv), TABARI dictionaries (--lexicon *.actors), and one CAMEO root
# per label on a synthetic corpus (EVENTS_KB, default 1024; the issue's
# figure is 10240). Usage: e2e_events.sh BINARY
AG=${1:-./actorgraph}
SEED=graphs/seed-turkey-syria.txt
PY=${AG_PYTHON:-python3}
. "$(dirname "$0")/e2e-lib.sh"
# check DESCRIPTION -- python code reading sys.argv[1:]
check() {
  what=$1; shift 2
  if "$PY" -c "$@" >"$T/py" 2>&1; then ok; else no "$what: $(tail -3 "$T/py")"; fi
}

# gdelt_row ID DATE ACTOR1 ACTOR2 EVENTCODE GOLDSTEIN: a GDELT 1.0 row of 58 columns.
gdelt_row() {
  awk -v id="$1" -v d="$2" -v a1="$3" -v a2="$4" -v ec="$5" -v gs="$6" 'BEGIN {
    for (i = 1; i <= 58; i++) f[i] = ""
    f[1] = id; f[2] = d; f[3] = substr(d, 1, 6); f[4] = substr(d, 1, 4); f[6] = a1; f[16] = a2
    f[27] = ec; f[28] = substr(ec, 1, 3); f[29] = substr(ec, 1, 2); f[31] = gs; f[51] = "Moscow, Russia"
    f[57] = d; f[58] = "https://example.org/" id
    s = f[1]; for (i = 2; i <= 58; i++) s = s "\t" f[i]; print s }'
}

# ---- GDELT 1.0: three rows, the expected country dyads ----
{ gdelt_row 1 20230105 USAGOV TUR 111 -2.0
  gdelt_row 2 20230105 TURGOV SYR 042 1.9
  gdelt_row 3 20230106 RUS TURMIL 051 3.4; } > "$T/20230105.export.CSV"
expect 0 "build --from gdelt" -- "$AG" build --from gdelt "$T/20230105.export.CSV" -o "$T/g.json"
has "$T/err" "3 events from 3 rows" "summary of the rows"
check "GDELT dyads" -- 'import json, sys
g = json.load(open(sys.argv[1]))
node = {n["id"]: n for n in g["nodes"]}
links = {(l["source"], l["target"], l["kind"]): l for l in g["links"]}
root = lambda i: root(node[i]["affiliation"]) if node[i]["affiliation"] else i
dyads = sorted((node[root(s)]["code"], node[root(t)]["code"], k) for s, t, k in links if k != "affiliation")
assert dyads == [("RUS", "TUR", "stance"), ("SYR", "TUR", "meeting"), ("USA", "TUR", "stance")], dyads
l = links[("american-government", "turkey", "stance")]
assert (l["label"], l["code"], l["polarity"], l["goldstein"]) == ("criticize", "111", -1, -2.0), l
assert l["evidence"][0]["date"] == "2023-01-05" and l["evidence"][0]["text"] == "https://example.org/1", l
assert node["turkish-government"]["code"] == "TURGOV" and node["turkish-government"]["affiliation"] == "turkey"
assert links[("syria", "turkish-government", "meeting")]["location"] == "Moscow, Russia"' "$T/g.json"

# the same rows gzipped and zipped (as GDELT ships them) give the same graph
gzip -c "$T/20230105.export.CSV" > "$T/day.CSV.gz"
(cd "$T" && $PY -c 'import zipfile; z = zipfile.ZipFile("day.zip", "w", zipfile.ZIP_DEFLATED); z.write("20230105.export.CSV"); z.close()')
for f in day.CSV.gz day.zip; do
  expect 0 "build --from gdelt $f" -- "$AG" build -q --from gdelt "$T/$f" -o "$T/g2.json"
  cmp -s "$T/g.json" "$T/g2.json" && ok || no "$f gives another graph"
done
expect 0 "build --from gdelt stdin" -- sh -c "\"$AG\" build -q --from gdelt - < \"$T/day.CSV.gz\" > \"$T/g3.json\""
cmp -s "$T/g.json" "$T/g3.json" && ok || no "gzip on stdin gives another graph"

# bad rows are named and skipped; another format is refused with the columns
{ cat "$T/20230105.export.CSV"; printf '4\t20230105\tthree columns\n'; gdelt_row 5 20230105 USA TUR 999 0; } > "$T/bad.CSV"
expect 0 "bad rows" -- "$AG" build --from gdelt "$T/bad.CSV" -o "$T/g4.json"
has "$T/err" "bad.CSV:4: 3 columns" "short row named by line"
has "$T/err" "bad.CSV:5: event code '999'" "unknown code named by line"
has "$T/err" "2 bad rows skipped" "bad rows counted"
expect 1 "GDELT 1.0 read as 2.0" -- "$AG" build --from gdelt2 "$T/20230105.export.CSV" -o "$T/x.json"
has "$T/err" "20230105.export.CSV:1: not gdelt2 events: 58 tab-separated columns; GDELT 2.0 events have 61" "columns expected"
[ ! -e "$T/x.json" ] && ok || no "a refused table left an output"
expect 1 "text read as ICEWS" -- "$AG" build --from icews "$SEED" -o "$T/x.json"
has "$T/err" "Event Date" "ICEWS columns named"
expect 1 "text read as Phoenix" -- "$AG" analyze --from phoenix "$SEED"
has "$T/err" "SourceActorFull" "Phoenix columns named"
expect 2 "unknown --from" -- "$AG" build --from acled "$T/20230105.export.CSV"
has "$T/err" "gdelt, gdelt2, icews or phoenix" "formats listed"

# analyze, export and run read event tables too
expect 0 "analyze --from gdelt" -- "$AG" analyze --from gdelt "$T/day.zip" --format json
check "analyze report" -- 'import json, sys; r = json.load(open(sys.argv[1])); assert r' "$T/out"
expect 0 "export --from gdelt" -- "$AG" export --from gdelt "$T/day.zip" -f events-csv -o "$T/day.csv"
check "export -f events-csv" -- 'import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 3, rows
r = [r for r in rows if r["EventCode"] == "111"][0]
assert (r["SourceActorFull"], r["TargetActorFull"], r["EventRootCode"], r["QuadClass"], r["PloverType"]) == \
    ("USAGOV", "TUR", "11", "3", "ACCUSE"), r
assert r["Date"] == "20230105" and r["URLs"] == "https://example.org/1", r' "$T/day.csv"
expect 0 "run --from gdelt" -- "$AG" run -q --from gdelt "$T/day.CSV.gz" -o "$T/run"
for f in events.jsonl graph.json report.txt graph.dot graph.svg; do
  [ -s "$T/run/$f" ] && ok || no "run --from gdelt wrote no $f"
done

# ---- event rows out ----
expect 0 "extract --format phoenix" -- "$AG" extract --format phoenix "$SEED" -o "$T/seed.csv"
check "Phoenix rows in csv" -- 'import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
for c in ("EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "PloverType", "Evidence"):
    assert c in rows[0], c
us_tr = [r for r in rows if r["SourceActorEntity"] == "USA" and r["TargetActorFull"] == "TUR"]
assert [(r["EventCode"], r["EventRootCode"], r["QuadClass"]) for r in us_tr] == [("111", "11", "3")], us_tr
assert "denounced" in us_tr[0]["Evidence"], us_tr
meet = [r for r in rows if r["EventRootCode"] == "04" and r["LocationName"] == "Moscow"]
assert len(meet) == 6, meet  # four participants: one row per pair
for r in rows:
    assert r["EventCode"].startswith(r["EventRootCode"]) and r["QuadClass"] in "1234", r' "$T/seed.csv"
for f in icews gdelt; do
  expect 0 "extract --format $f" -- "$AG" extract --format $f "$SEED" -o "$T/seed.$f"
  check "$f rows in csv" -- 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline=""), delimiter="\t"))
assert len(rows) == 11 and len({len(r) for r in rows}) == 1, [len(r) for r in rows]' "$T/seed.$f"
done
expect 0 "GDELT rows read back" -- "$AG" build --from gdelt2 "$T/seed.gdelt" -o "$T/rt.json"
has "$T/err" "10 events from 10 rows" "GDELT rows round trip"
expect 0 "ICEWS rows read back" -- "$AG" build --from icews "$T/seed.icews" -o "$T/rt.json"
has "$T/rt.json" '"ned-price"' "ICEWS names round trip"
"$AG" extract -j 1 --format icews "$SEED" tests/data/synthetic-events.jsonl > "$T/j1" 2>/dev/null
"$AG" extract -j 3 --format icews "$SEED" tests/data/synthetic-events.jsonl > "$T/j3" 2>/dev/null
cmp -s "$T/j1" "$T/j3" && ok || no "extract --format gives other rows on 3 threads"
expect 2 "unknown --format" -- "$AG" extract --format acled "$SEED"

# ---- TABARI dictionaries ----
cat > "$T/roles.actors" <<'EOF'
# a role valid by date
AHMET_DAVUTOGLU_  [TURGOV 090501-160522] [TUROPP >191213]  ; minister, then opposition
+DAVUTOGLU_
	[TURELI]
EOF
cat > "$T/dated.jsonl" <<'EOF'
{"id":"a","date":"2012-03-01","text":"Davutoglu condemned Syria."}
{"id":"b","date":"2018-03-01","text":"Davutoglu condemned Syria."}
{"id":"c","date":"2020-03-01","text":"Davutoglu condemned Syria."}
EOF
expect 0 "extract --lexicon .actors" -- "$AG" extract --lexicon "$T/roles.actors" "$T/dated.jsonl" -o "$T/dated.out"
check "role valid at each date" -- 'import json, sys
codes = {r["doc"]: r["code"] for r in map(json.loads, open(sys.argv[1])) if r.get("id") == "ahmet-davutoglu"}
assert codes == {"a": "TURGOV", "b": "TURELI", "c": "TUROPP"}, codes' "$T/dated.out"
printf 'TURKEY_ [TUR]\nX_ [TURGOV 9901-]\n' > "$T/bad.actors"
expect 1 "bad dictionary" -- "$AG" extract --lexicon "$T/bad.actors" "$SEED"
has "$T/err" "bad.actors:2:" "dictionary error names the line"
printf '!MINIST! = MINISTER, MINISTRY\nFISHERIES_!MINIST! [~GOVAGR]\n' > "$T/t.agents"
printf -- '---  REPROACH   [111]  ---\nUPBRAID {UPBRAIDS UPBRAIDED UPBRAIDING}\n- * X [112]\n' > "$T/t.verbs"
echo '{"id":"f","text":"Turkish Fisheries Minister Ali Veli upbraided Greece."}' > "$T/f.jsonl"
expect 0 "extract --lexicon .agents .verbs" -- "$AG" extract --lexicon "$T/t.agents" --lexicon "$T/t.verbs" "$T/f.jsonl"
has "$T/out" '"code":"TURGOVAGR"' "agent role in the code"
has "$T/out" '"label":"criticize","source":"ali-veli","target":"greece"' "dictionary verb"

# ---- one label, one CAMEO root, on a synthetic corpus ----
"$PY" - "${EVENTS_KB:-1024}" "$SEED" data/lexicon.json "$T/corpus.jsonl" <<'PY'
import json, sys
kb, seed, lexicon, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
text = open(seed, encoding="utf-8").read()
lex = json.load(open(lexicon, encoding="utf-8"))
# Every stance and meeting form of the lexicon in a sentence, then the seed
# article, as many times as the size asks.
forms = [f for sec in ("verbs", "meetings") for v in lex[sec] for f in v["forms"]]
sents = [f"Turkey {f} Syria." for f in forms] + [f"The Russian Foreign Minister {f} the Iranian president." for f in forms]
with open(out, "w", encoding="utf-8") as fp:
    i = size = 0
    while size < kb * 1024:
        body = text if i % 4 == 0 else " ".join(sents[(i * 37) % len(sents):][:60])
        line = json.dumps({"id": f"d{i}", "date": f"2023-01-{1 + i % 28:02d}", "text": body}, ensure_ascii=False) + "\n"
        fp.write(line)
        size += len(line.encode("utf-8"))
        i += 1
PY
expect 0 "extract the synthetic corpus" -- "$AG" extract -q "$T/corpus.jsonl" -o "$T/corpus.out"
check "one root per label" -- 'import json, sys
roots, n = {}, 0
for r in map(json.loads, open(sys.argv[1])):
    if r["type"] != "relation" or not r.get("code"):
        continue
    n += 1
    roots.setdefault(r["label"], set()).add(r["code"][:2])
    q = int(r["code"][:2])
    assert r["polarity"] == (1 if q <= 9 else -1), r
bad = {l: s for l, s in roots.items() if len(s) > 1}
assert not bad and n > 1000 and len(roots) > 30, (bad, n, len(roots))' "$T/corpus.out"

echo "e2e-events: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
