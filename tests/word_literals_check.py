#!/usr/bin/env python3
"""No English content word is compared as a literal in src/extract (issue 8).

The words the extractor's rules test are lexicon data: word classes
(data/word_classes.txt, docs/lexicon.md) and rule options and conditions
(data/rules.txt).  This check fails when a comparison in src/extract/*.c or
*.h (x_tok_is, x_tok_eq, x_tok_ends, strcmp and its kin, memcmp, strstr,
ag_vocab_find) has an alphabetic string literal of three letters or more
among its arguments, unless the literal is
  - a function word of X_FUNCTION_WORDS (src/extract/lexicon_int.h): the
    closed-class words compared by word id, listed there once, or
  - in tests/word_literals_allow.txt: non-word tokens (lexicon file keys,
    CAMEO codes, an inflection ending), each with the reason.
A "!word" line there takes a content word of X_FUNCTION_WORDS back out of
the exemption (its id is kept for a word class's sake, but no rule may
compare it: "new" is the new_modifier class).
Usage: tests/word_literals_check.py [FILE...]  (default: src/extract/*.[ch])
"""
import glob
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(ROOT, "tools"))
from funclen import blank  # noqa: E402  comments blanked as funclen does
CALLS = re.compile(r"\b(x_tok_is|x_tok_eq|x_tok_ends|x_tok_ends_n|strcmp|strncmp|strcasecmp|strncasecmp|"
                   r"memcmp|strstr|ag_vocab_find)\s*\(")
WORD = re.compile(r"^[A-Za-z][A-Za-z' -]*$")


def call_args(src, start):
    """The text from `start` (just past a call's '(') to its ')'."""
    depth, i, n = 1, start, len(src)
    while i < n and depth:
        c = src[i]
        if c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            i = j
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    return src[start:i - 1]


def function_words():
    text = open(os.path.join(ROOT, "src", "extract", "lexicon_int.h"), encoding="utf-8").read()
    return set(re.findall(r'W\(s, \d+, "([^"]*)"\)', text))


def allowed():
    """{literal: reason} from tests/word_literals_allow.txt ("!word": {"!word": reason})."""
    out = {}
    with open(os.path.join(ROOT, "tests", "word_literals_allow.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)
            word, why = line[0].strip(), line[1].strip() if len(line) > 1 else ""
            if not word:
                continue
            if not why:
                sys.exit(f"tests/word_literals_allow.txt:{n}: '{word}' needs a reason after '#'")
            out[word] = why
    return out


def main(argv):
    files = argv or sorted(glob.glob(os.path.join(ROOT, "src", "extract", "*.[ch]")))
    allow, bad = allowed(), []
    fw = {w for w in function_words() if "!" + w not in allow}
    for path in files:
        src = blank(open(path, encoding="utf-8").read(), keep_strings=True)
        for m in CALLS.finditer(src):
            args = call_args(src, m.end())
            for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', args):
                letters = sum(ch.isalpha() for ch in lit)
                if WORD.match(lit) and letters >= 3 and lit.lower() not in fw and lit not in allow:
                    line = src.count("\n", 0, m.start()) + 1
                    bad.append(f"{os.path.relpath(path, ROOT)}:{line}: {m.group(1)} compares the word \"{lit}\": "
                               "make it a word class (data/word_classes.txt) or a rule option (data/rules.txt)")
    for b in bad:
        print(b)
    if bad:
        print(f"word-literals: {len(bad)} content word(s) compared in C "
              "(a non-word token goes in tests/word_literals_allow.txt with its reason)")
        return 1
    print("word-literals: no content word compared as a literal in src/extract")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
