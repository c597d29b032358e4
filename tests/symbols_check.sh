#!/bin/sh
# Symbol hygiene (issue 12): every global symbol the libraries define starts
# with ag_ (public) or ag__ (internal, shared between files).  Anything else
# would collide with a caller's own names.
# usage: tests/symbols_check.sh libactorgraph.a [libactorgraph.so...]
st=0
for lib in "$@"; do
    case $lib in
    *.so*) syms=$(nm -D --defined-only "$lib") ;;
    *) syms=$(nm -g --defined-only "$lib") ;;
    esac || { echo "symbols: cannot read $lib" >&2; exit 1; }
    n=$(printf '%s\n' "$syms" | awk 'NF == 3 { print $3 }' | grep -c .)
    bad=$(printf '%s\n' "$syms" | awk 'NF == 3 && $3 !~ /^ag_/ && $3 !~ /^_(init|fini|edata|end|_bss_start)$/ { print $3 }')
    if [ -n "$bad" ]; then
        echo "symbols: $lib defines globals without the ag_ prefix (make them static or name them ag__...):" >&2
        printf '  %s\n' $bad >&2
        st=1
    elif [ "$n" -lt 50 ]; then
        echo "symbols: $lib defines only $n globals; is it the library?" >&2
        st=1
    else
        echo "symbols: $lib: $n globals, all ag_"
    fi
done
exit $st
