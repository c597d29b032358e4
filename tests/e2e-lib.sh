# e2e-lib.sh — what the end-to-end scripts (tests/e2e.sh, tests/e2e_*.sh)
# share; sourced, not run (the name keeps it out of `make e2e`'s glob).
# Sets T (a temporary folder removed at exit) and the counters.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
# expect STATUS DESCRIPTION -- command...  A case with a non-zero STATUS
# (bad input) is also noted in $T/table: case | exit status | message.
expect() {
  want=$1; what=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok; else no "$what: exit $got, wanted $want; stderr: $(head -c 300 "$T/err")"; fi
  [ "$want" -ne 0 ] && printf '%s | %s | %s\n' "$what" "$got" "$(head -n 1 "$T/err" | sed "s|$T/||g")" >>"$T/table"
  return 0
}
has() { grep -q -- "$2" "$1" && ok || no "$3: '$2' not in $1"; }
hasnt() { grep -q -- "$2" "$1" && no "$3: '$2' in $1" || ok; }
