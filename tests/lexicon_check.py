#!/usr/bin/env python3
"""lexicon_check.py -- validates a lexicon file against docs/lexicon.md.

Usage: python3 tests/lexicon_check.py [data/lexicon.json] [--override]
  --override: the file is an override (sections optional, no minimum counts,
              affiliations may refer to the default lexicon).
Exit status 0 and a one-line summary when the file is fine; 1 and one line per
problem otherwise.  Standard library only.
"""

import json
import os
import re
import sys

ROLES = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG", "ELI"}  # ELI: a leader's spouse ("First Lady")
MEETING_CODES = {"036", "040", "041", "042", "043", "044", "045", "046"}
SECTIONS = ("countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings", "places")
MIN_COUNTS = {"countries": 190, "organizations": 60, "places": 1000}
MIN_VERB_FORMS = 150
# The budget guards against a generator bug that bloats the file (it grew by
# ~9 KB a session from curated data); a cold `actorgraph extract` of one sentence
# takes 6 ms with 400 KB, 480 KB leaves room for about eight more sessions of it.
MAX_BYTES = 480 * 1024
MAX_WORDS = 10

# field -> (type, required)
STR, LIST, NUM, INT, ROLE = "string", "list of strings", "number", "integer", "role string"
SCHEMA = {
    "countries": {"name": (STR, True), "code": (STR, True), "aliases": (LIST, False),
                  "adjectives": (LIST, False), "demonyms": (LIST, False),
                  "capitals": (LIST, False), "seats": (LIST, False)},
    "organizations": {"name": (STR, True), "code": (STR, True), "aliases": (LIST, False),
                      "adjectives": (LIST, False), "affiliation": (STR, False), "kind": (STR, False)},
    "persons": {"name": (STR, True), "aliases": (LIST, False), "affiliation": (STR, False),
                "code": (STR, False)},
    "agencies": {"name": (STR, True), "role": (STR, True), "aliases": (LIST, False)},
    "titles": {"title": (STR, True), "role": (ROLE, True), "affiliation": (STR, False), "aliases": (LIST, False)},
    "verbs": {"lemma": (STR, True), "label": (STR, False), "polarity": (INT, True),
              "code": (STR, True), "goldstein": (NUM, False), "forms": (LIST, True), "target_preps": (LIST, False),
              "nouns": (LIST, False)},
    "meetings": {"lemma": (STR, True), "code": (STR, True), "forms": (LIST, True),
                 "nouns": (LIST, False), "target_preps": (LIST, False)},
    "places": {"name": (STR, True), "country": (STR, True), "aliases": (LIST, False)},
}

# The word classes the extractor knows: the names in src/read/vocab.c.
def known_classes():
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "read", "vocab.c")
    try:
        return set(re.findall(r'\[WCI_\w+\] = "(\w+)"', open(src, encoding="utf-8").read()))
    except OSError:
        return None


WORD_SECTIONS = ("word_classes", "lemmas", "rules")


def rule_vocabulary():
    """The condition, roles and effect names src/extract/lexicon_rules.c knows."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "extract", "lexicon_rules.c")
    try:
        text = open(src, encoding="utf-8").read()
    except OSError:
        return None
    def names(var):
        m = re.search(r"%s\[\] = \{(.*?)\}" % var, text, re.S)
        return set(re.findall(r'"(\w+)"', m.group(1))) if m else set()
    return {"when": names("ag_lx_rule_conditions"), "roles": names("ag_lx_rule_roles"),
            "effect": names("ag_lx_rule_effects"), "options": names("option_names")}


def check_rules(lex):
    """rules: unique names, known fields, conditions, roles and effects."""
    voc = rule_vocabulary()
    seen = set()
    rules = lex.get("rules", [])
    if not isinstance(rules, list):
        bad("section 'rules' is not a list")
        return
    for i, r in enumerate(rules):
        lab = "rules[%d] %r" % (i, r.get("name") if isinstance(r, dict) else r)
        if not isinstance(r, dict) or not isinstance(r.get("name"), str):
            bad("%s: not an object with a string \"name\"" % lab)
            continue
        if r["name"] in seen:
            bad("%s: name given twice" % lab)
        seen.add(r["name"])
        for f in r:
            if f not in ("name", "when", "labels", "lemmas", "codes", "polarity", "roles", "effect", "options",
                         "label", "reach", "before"):
                bad("%s: unknown field %r" % (lab, f))
        if voc is None:
            continue
        for c in r.get("when", []):
            if c.lstrip("!") not in voc["when"]:
                bad("%s: unknown condition %r" % (lab, c))
        for k in ("roles", "effect"):
            if k in r and r[k] not in voc[k]:
                bad("%s: unknown %s %r" % (lab, k, r[k]))
        for o in r.get("options", []):
            if o not in voc["options"]:
                bad("%s: unknown option %r" % (lab, o))

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Normalization used for alias uniqueness: lower case, straight apostrophes,
    collapsed blanks."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return " ".join(s.lower().split())


def typeok(v, t):
    if t == STR:
        return isinstance(v, str) and v.strip() != "" and v == v.strip()
    if t == ROLE:
        return isinstance(v, str) and v == v.strip()
    if t == LIST:
        return isinstance(v, list) and all(isinstance(x, str) and x.strip() and x == x.strip() for x in v)
    if t == INT:
        return isinstance(v, int) and not isinstance(v, bool)
    if t == NUM:
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    return False


def entry_label(sec, i, e):
    key = "title" if sec == "titles" else ("lemma" if sec in ("verbs", "meetings") else "name")
    return "%s[%d] %r" % (sec, i, e.get(key) if isinstance(e, dict) else e)


def check_class_doc(lex):
    """docs/lexicon.md's table of word classes: a row for every class, with
    its number of words and "(exact)" as the lexicon has them."""
    doc = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lexicon.md")
    try:
        text = open(doc, encoding="utf-8").read()
    except OSError:
        return
    rows = {m.group(1): (int(m.group(3)), bool(m.group(2)))
            for m in re.finditer(r"^\| `(\w+)`( \(exact\))? \| (\d+) \|", text, re.M)}
    for e in lex.get("word_classes", []):
        if not isinstance(e, dict) or not isinstance(e.get("words"), list):
            continue
        have = (len(e["words"]), e.get("case") == "exact")
        row = rows.get(e.get("class"))
        if row is None:
            bad("word class %r has no row in docs/lexicon.md" % e.get("class"))
        elif row != have:
            bad("word class %r: docs/lexicon.md says %d words%s, the lexicon has %d%s" % (
                e.get("class"), row[0], " (exact)" if row[1] else "", have[0], " (exact)" if have[1] else ""))


def check_words(lex, override):
    """word_classes: known class names, "case" any or exact, single words;
    lemmas: one word, pos verb or noun, forms single words."""
    known = known_classes()
    wc = lex.get("word_classes", [])
    if not isinstance(wc, list):
        bad("section 'word_classes' is not a list")
        wc = []
    seen = set()
    for i, e in enumerate(wc):
        lab = "word_classes[%d] %r" % (i, e.get("class") if isinstance(e, dict) else e)
        if not isinstance(e, dict) or not isinstance(e.get("class"), str):
            bad("%s: not an object with a string \"class\"" % lab)
            continue
        if known is not None and e["class"] not in known:
            bad("%s: unknown class (known: %s)" % (lab, ", ".join(sorted(known))))
        if e["class"] in seen:
            bad("%s: class given twice" % lab)
        seen.add(e["class"])
        if e.get("case", "any") not in ("any", "exact"):
            bad("%s: case %r is not 'any' or 'exact'" % (lab, e.get("case")))
        for f in e:
            if f not in ("class", "case", "words"):
                bad("%s: unknown field %r" % (lab, f))
        ws = e.get("words")
        if not isinstance(ws, list) or not ws:
            bad("%s: words is not a non-empty list" % lab)
            continue
        fold = (lambda w: w) if e.get("case") == "exact" else norm
        if len({fold(w) for w in ws if isinstance(w, str)}) != len(ws):
            bad("%s: a word is repeated" % lab)
        for w in ws:
            if not isinstance(w, str) or not w or any(c.isspace() for c in w) or len(w.encode()) > 64:
                bad("%s: %r is not one word of at most 64 bytes" % (lab, w))
    if not override and known is not None:
        for c in sorted(known - seen):
            bad("word class %r has no words" % c)
    lem = lex.get("lemmas", [])
    if not isinstance(lem, list):
        bad("section 'lemmas' is not a list")
        lem = []
    for i, e in enumerate(lem):
        lab = "lemmas[%d] %r" % (i, e.get("lemma") if isinstance(e, dict) else e)
        if not isinstance(e, dict) or not isinstance(e.get("lemma"), str) or " " in e["lemma"]:
            bad("%s: needs a one-word string \"lemma\"" % lab)
            continue
        if e.get("pos") not in ("verb", "noun"):
            bad("%s: pos %r is not 'verb' or 'noun'" % (lab, e.get("pos")))
        fs = e.get("forms")
        if not isinstance(fs, list) or not all(isinstance(f, str) and f and " " not in f for f in fs):
            bad("%s: forms is not a list of single words" % lab)


def main(argv):
    override = "--override" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             "..", "data", "lexicon.json")
    try:
        raw = open(path, "rb").read()
        lex = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as ex:
        print("lexicon: %s: cannot load: %s" % (path, ex))
        return 1
    if not isinstance(lex, dict):
        print("lexicon: %s: top level is not an object" % path)
        return 1
    if not override and len(raw) > MAX_BYTES:
        bad("file is %d bytes, over the %d-byte budget" % (len(raw), MAX_BYTES))
    if lex.get("format", "actorgraph-lexicon/1") != "actorgraph-lexicon/1":
        bad("format is %r, expected 'actorgraph-lexicon/1'" % lex.get("format"))
    for k in lex:
        if k not in ("format", "comment") and k not in SECTIONS + WORD_SECTIONS and not k.startswith("_"):
            bad("unknown section %r" % k)
    na = lex.get("_not_actors", [])
    if not (isinstance(na, list) and all(isinstance(x, str) and x.strip() for x in na)):
        bad("_not_actors is not a list of strings")

    check_words(lex, override)
    if not override:
        check_class_doc(lex)
    check_rules(lex)

    # --- per-entry schema ---
    for sec in SECTIONS:
        if sec not in lex:
            if not override:
                bad("section %r missing" % sec)
            continue
        if not isinstance(lex[sec], list):
            bad("section %r is not a list" % sec)
            lex[sec] = []
            continue
        schema = SCHEMA[sec]
        for i, e in enumerate(lex[sec]):
            lab = entry_label(sec, i, e)
            if not isinstance(e, dict):
                bad("%s: not an object" % lab)
                continue
            for f, (t, req) in schema.items():
                if f not in e:
                    if req:
                        bad("%s: missing field %r" % (lab, f))
                elif not typeok(e[f], t):
                    bad("%s: field %r is not a %s (non-empty, no outer blanks)" % (lab, f, t))
            for f in e:
                if f not in schema:
                    bad("%s: unknown field %r" % (lab, f))
            for f, (t, _) in schema.items():
                if t == LIST and isinstance(e.get(f), list):
                    seen = set()
                    for x in e[f]:
                        if x in seen:
                            bad("%s: %r repeated in %r" % (lab, x, f))
                        seen.add(x)

    countries = [e for e in lex.get("countries", []) if isinstance(e, dict)]
    orgs = [e for e in lex.get("organizations", []) if isinstance(e, dict)]

    # --- codes / roles / polarity ---
    for sec, key in (("countries", "code"), ("places", "country")):
        for i, e in enumerate(lex.get(sec, [])):
            c = e.get(key, "") if isinstance(e, dict) else ""
            if isinstance(c, str) and not re.fullmatch(r"[A-Z]{3}", c):
                bad("%s: %s %r is not 3 capital letters" % (entry_label(sec, i, e), key, c))
    for sec in ("organizations", "persons"):
        for i, e in enumerate(lex.get(sec, [])):
            c = e.get("code") if isinstance(e, dict) else None
            if isinstance(c, str) and not re.fullmatch(r"[A-Z0-9]{3,12}", c):
                bad("%s: code %r is not CAMEO-like" % (entry_label(sec, i, e), c))
    for i, e in enumerate(lex.get("agencies", [])):
        if isinstance(e, dict) and e.get("role") not in ROLES:
            bad("%s: role %r not in %s" % (entry_label("agencies", i, e), e.get("role"), sorted(ROLES)))
    for i, e in enumerate(lex.get("titles", [])):
        if isinstance(e, dict):
            r = e.get("role")
            if r is not None and r not in ROLES and r != "":
                bad("%s: role %r not in %s or \"\"" % (entry_label("titles", i, e), r, sorted(ROLES)))
    for i, e in enumerate(lex.get("verbs", [])):
        if not isinstance(e, dict):
            continue
        lab = entry_label("verbs", i, e)
        if e.get("polarity") not in (-1, 0, 1):
            bad("%s: polarity %r not in -1, 0, 1" % (lab, e.get("polarity")))
        c = e.get("code")
        if isinstance(c, str) and not re.fullmatch(r"[0-9]{2,4}", c):
            bad("%s: code %r is not 2-4 digits" % (lab, c))
        g = e.get("goldstein")
        if isinstance(g, (int, float)) and not -10 <= g <= 10:
            bad("%s: goldstein %r outside -10..10" % (lab, g))
    for i, e in enumerate(lex.get("meetings", [])):
        if isinstance(e, dict) and isinstance(e.get("code"), str) and e["code"] not in MEETING_CODES:
            bad("%s: code %r not a CAMEO meeting code %s" % (entry_label("meetings", i, e), e["code"],
                                                          sorted(MEETING_CODES)))

    # --- names unique, affiliations resolve ---
    cnames = {e.get("name") for e in countries}
    onames = {e.get("name") for e in orgs}
    for sec in SECTIONS:
        key = "title" if sec == "titles" else ("lemma" if sec in ("verbs", "meetings") else "name")
        seen = set()
        for i, e in enumerate(lex.get(sec, [])):
            if isinstance(e, dict) and isinstance(e.get(key), str):
                if e[key] in seen:
                    bad("%s: duplicate %s" % (entry_label(sec, i, e), key))
                seen.add(e[key])
    both = cnames & onames
    for n in sorted(both):
        bad("%r is both a country and an organization" % n)
    if not override:
        for sec in ("organizations", "persons"):
            for i, e in enumerate(lex.get(sec, [])):
                a = e.get("affiliation") if isinstance(e, dict) else None
                if isinstance(a, str) and a not in cnames and a not in onames:
                    bad("%s: affiliation %r is not a country or organization name" % (entry_label(sec, i, e), a))
                if isinstance(a, str) and a == e.get("name"):
                    bad("%s: affiliated with itself" % entry_label(sec, i, e))
        # no affiliation cycles
        aff = {e["name"]: e.get("affiliation") for e in orgs if isinstance(e.get("name"), str)}
        for n in aff:
            seen, cur = set(), n
            while cur in aff and aff[cur]:
                if cur in seen:
                    bad("organization %r: affiliation cycle" % n)
                    break
                seen.add(cur)
                cur = aff[cur]

    # --- every surface form of a country / organization belongs to one entity ---
    owner = {}
    def claim(form, who):
        k = norm(form)
        prev = owner.get(k)
        if prev is not None and prev != who:
            bad("%r is claimed by both %s and %s" % (form, prev, who))
        else:
            owner[k] = who
    for e in countries:
        who = "country %r" % e.get("name")
        for f in ("name",):
            if isinstance(e.get(f), str):
                claim(e[f], who)
        for f in ("aliases", "adjectives", "demonyms", "capitals", "seats"):
            for x in e.get(f, []) if isinstance(e.get(f), list) else []:
                claim(x, who)
    for e in orgs:
        who = "organization %r" % e.get("name")
        if isinstance(e.get("name"), str):
            claim(e["name"], who)
        for f in ("aliases", "adjectives"):
            for x in e.get(f, []) if isinstance(e.get(f), list) else []:
                claim(x, who)
    # Persons, and places: a place is never an actor, none of its forms is an actor's.
    for sec, kind in (("persons", "person"), ("places", "place")):
        for e in lex.get(sec, []):
            if not isinstance(e, dict):
                continue
            who = "%s %r" % (kind, e.get("name"))
            for x in [e.get("name")] + (e.get("aliases") if isinstance(e.get("aliases"), list) else []):
                if isinstance(x, str):
                    claim(x, who)

    # --- forms the extractor can match: no commas (a phrase never spans
    # punctuation), at most MAX_WORDS words (the matcher tries every length up
    # to the longest form at every token) ---
    for sec in SECTIONS:
        for i, e in enumerate(lex.get(sec, [])):
            if not isinstance(e, dict):
                continue
            for f, v in e.items():
                if f in ("aliases", "adjectives", "demonyms", "capitals", "seats", "forms", "nouns") \
                        and isinstance(v, list):
                    for x in v:
                        if not isinstance(x, str):
                            continue
                        if re.search(r"[,;:()\"]", x):
                            bad("%s: %s form %r has punctuation and can never match" % (
                                entry_label(sec, i, e), f, x))
                        if len(x.split()) > MAX_WORDS:
                            bad("%s: %s form %r is longer than %d words" % (
                                entry_label(sec, i, e), f, x, MAX_WORDS))

    # --- a verb / meeting form has one meaning ---
    fowner = {}
    for sec in ("verbs", "meetings"):
        for e in lex.get(sec, []):
            if not isinstance(e, dict):
                continue
            who = "%s %r" % (sec[:-1], e.get("lemma"))
            for f in ("forms", "nouns"):
                for x in e.get(f, []) if isinstance(e.get(f), list) else []:
                    k = (f, norm(x))
                    if k in fowner and fowner[k] != who:
                        bad("%s %r is in both %s and %s" % (f[:-1], x, fowner[k], who))
                    fowner.setdefault(k, who)

    # --- warnings (not failures): a generic agency / title / verb form that is
    # also an actor form.  The extractor tries agencies first, so a bare
    # capitalized agency alias shadows an organization alias. ---
    warnings = []
    for sec, keys in (("agencies", ("name", "aliases")), ("titles", ("title",)),
                      ("verbs", ("forms", "nouns")), ("meetings", ("forms", "nouns"))):
        for i, e in enumerate(lex.get(sec, [])):
            if not isinstance(e, dict):
                continue
            for k in keys:
                v = e.get(k)
                for x in ([v] if isinstance(v, str) else v if isinstance(v, list) else []):
                    if isinstance(x, str) and norm(x) in owner:
                        warnings.append("%s: %r is also a form of %s" % (entry_label(sec, i, e), x,
                                                                         owner[norm(x)]))
    for w in warnings:
        print("lexicon: warning: %s" % w, file=sys.stderr)

    # --- sizes ---
    nforms = sum(len(e.get("forms", [])) for e in lex.get("verbs", []) if isinstance(e, dict))
    if not override:
        for sec, n in MIN_COUNTS.items():
            if len(lex.get(sec, [])) < n:
                bad("only %d %s (need >= %d)" % (len(lex.get(sec, [])), sec, n))
        if nforms < MIN_VERB_FORMS:
            bad("only %d verb forms (need >= %d)" % (nforms, MIN_VERB_FORMS))

    if problems:
        for p in problems:
            print("lexicon: %s: %s" % (path, p))
        print("lexicon: %d problem(s)" % len(problems))
        return 1
    print("lexicon: %d countries, %d organizations, %d persons, %d agencies, %d titles, "
          "%d verbs (%d forms), %d meetings, %d places, %d word classes, %d lemmas, %d bytes ok" % (
              len(lex.get("countries", [])), len(orgs), len(lex.get("persons", [])),
              len(lex.get("agencies", [])), len(lex.get("titles", [])), len(lex.get("verbs", [])),
              nforms, len(lex.get("meetings", [])), len(lex.get("places", [])), len(lex.get("word_classes", [])),
              len(lex.get("lemmas", [])), len(raw)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
