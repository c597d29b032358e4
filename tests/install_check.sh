#!/bin/sh
# The installed library as a C programmer meets it: every examples/*.c
# compiled with `pkg-config --cflags --libs actorgraph` against a staged
# install (DESTDIR=STAGE PREFIX=/usr), once shared and once --static, and
# run. Usage: install_check.sh STAGE
STAGE=$1
CC=${CC:-cc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
pc() { PKG_CONFIG_SYSROOT_DIR=$STAGE PKG_CONFIG_PATH=$STAGE/usr/lib/pkgconfig pkg-config "$@" actorgraph; }

# Only the public headers, and only under include/actorgraph/.
[ "$(ls "$STAGE/usr/include")" = actorgraph ] && ok || no "include/ holds more than actorgraph/"
[ -f "$STAGE/usr/include/actorgraph/actorgraph.h" ] && ok || no "actorgraph.h not installed"
ls "$STAGE/usr/include/actorgraph" | grep -q -e '^cli' -e '_int\.h$' && no "internal headers installed" || ok
# Each installed header stands alone and names no jansson, igraph or
# Graphviz type (the handles are opaque).
for h in "$STAGE"/usr/include/actorgraph/*.h; do
  b=$(basename "$h")
  printf '#include <actorgraph/%s>\nint main(void) { return 0; }\n' "$b" > "$T/h.c"
  $CC -std=c11 -Wall -Wextra -Werror -fsyntax-only -I"$STAGE/usr/include" "$T/h.c" 2>"$T/err" && ok \
    || no "$b does not compile alone: $(head -c 300 "$T/err")"
  grep -q -E '<(jansson|igraph|gvc|cgraph)[^>]*\.h>|json_t|igraph_' "$h" && no "$b names jansson/igraph/Graphviz" || ok
done
printf '#include <actorgraph/actorgraph.h>\nsize_t f(const ag_graph *g) { return sizeof *g; }\n' > "$T/o.c"
$CC -std=c11 -fsyntax-only -I"$STAGE/usr/include" "$T/o.c" 2>/dev/null && no "ag_graph is not opaque" || ok
[ -L "$STAGE/usr/lib/libactorgraph.so.0" ] && ok || no "no soname link libactorgraph.so.0"
objdump -p "$STAGE/usr/lib/libactorgraph.so" 2>/dev/null | grep -q 'SONAME *libactorgraph.so.0' && ok || no "soname"

printf '{"id":"a","text":"France condemned Iran.","date":"2024-05-01"}\n{"id":"b","text":"Iran criticized France. Peru and Chile agreed."}\n' > "$T/docs.jsonl"
for kind in shared static; do
  for src in examples/*.c; do
    name=$(basename "$src" .c)
    if [ $kind = static ]; then flags=$(pc --cflags --libs --static) && flags="-static-libgcc $flags";
    else flags=$(pc --cflags --libs); fi
    # Static: libactorgraph.a first, its dependencies shared (see Makefile: install).
    [ $kind = static ] && flags=$(echo "$flags" | sed "s|-lactorgraph|$STAGE/usr/lib/libactorgraph.a|")
    if $CC -std=c11 -Wall -Wextra -Werror -o "$T/$name-$kind" "$src" $flags 2>"$T/err"; then ok
    else no "$name ($kind) does not compile: $(head -c 400 "$T/err")"; continue; fi
    case $name in
      pipeline) args="graphs/seed-turkey-syria.txt $T/seed.dot"; want="Hulusi Akar";;
      corpus) args="$T/docs.jsonl $T/graph.json"; want="2 documents";;
      custom_lexicon) args=""; want="Ilse Vandermeer (person) of belgium";;
      *) args=""; want="";;
    esac
    if LD_LIBRARY_PATH=$STAGE/usr/lib "$T/$name-$kind" $args >"$T/out" 2>"$T/err"; then ok
    else no "$name ($kind) exits non-zero: $(head -c 300 "$T/err")"; continue; fi
    grep -q -- "$want" "$T/out" && ok || no "$name ($kind): '$want' not in its output: $(head -c 300 "$T/out")"
  done
done
[ -s "$T/seed.dot" ] && grep -q digraph "$T/seed.dot" && ok || no "pipeline wrote no DOT"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert len(g["nodes"]) >= 4' "$T/graph.json" && ok || no "corpus graph.json"
echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
