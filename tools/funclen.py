#!/usr/bin/env python3
"""List C functions longer than a limit (default 100 lines).

A function is a top-level '{' ... '}' block whose opening follows a ')'
(so struct/enum/array initialisers are skipped).  Comments and strings are
blanked first so braces inside them do not count.  Usage:
    tools/funclen.py [--max N] FILE...   exit 1 when any function is longer
"""
import re
import sys


def blank(src, keep_strings=False):
    """Comments become blanks (lines kept); so do the insides of strings
    and character literals unless keep_strings (tests/word_literals_check.py
    reads the strings)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', src[i:j]))
            i = j
        elif src.startswith('//', i):
            j = src.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            body = src[i + 1:j] if keep_strings else re.sub(r'[^\n]', ' ', src[i + 1:j])
            out.append(c + body + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def functions(path):
    src = blank(open(path, encoding='utf-8', errors='replace').read())
    depth, start, name = 0, None, None
    line = 1
    for i, c in enumerate(src):
        if c == '\n':
            line += 1
        elif c == '{':
            if depth == 0:
                head = src[max(0, i - 400):i].rstrip()
                if head.endswith(')'):
                    m = re.findall(r'(\w+)\s*\(', head)
                    start, name = line, (m[-1] if m else '?')
                else:
                    start = None
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0 and start is not None:
                yield name, start, line - start + 1
                start = None


def main(argv):
    limit = 100
    if len(argv) > 1 and argv[1] == '--max':
        limit = int(argv[2])
        argv = argv[2:]
    bad = 0
    for path in argv[1:]:
        for name, start, length in functions(path):
            if length > limit:
                print(f'{path}:{start}: {name} is {length} lines (at most {limit})')
                bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
