"""wordnet.py -- English inflection from WordNet's files (Debian wordnet-base).

WordNet lists every verb and noun lemma (index.verb, index.noun) and every
irregular form with its lemma (verb.exc, noun.exc: "met meet", "banned ban",
"men man"). Regular forms follow the spelling rules that WordNet's own
morphology (Morphy) undoes: -s/-es/-ies, -ed/-d/-ied, -ing with a final e
dropped. A doubled consonant ("banned", "slamming") and every irregular form
come from the exception lists, never from a table here.

Standard library only; used by tools/gen_lexicon.py.
"""

import os

WORDNET_DIR = "/usr/share/wordnet"
SIBILANT = ("s", "x", "z", "ch", "sh", "o")
VOWELS = "aeiou"


class WordNet:
    def __init__(self, folder=WORDNET_DIR):
        self.folder = folder
        self.lemmas = {"verb": self._index("index.verb"), "noun": self._index("index.noun")}
        self.exc = {"verb": self._exc("verb.exc"), "noun": self._exc("noun.exc")}
        # lemma -> its irregular forms, in file order
        self.irregular = {}
        for pos, table in self.exc.items():
            inv = {}
            for form, bases in table.items():
                for b in bases:
                    inv.setdefault(b, []).append(form)
            self.irregular[pos] = inv

    def _path(self, name):
        path = os.path.join(self.folder, name)
        if not os.path.exists(path):
            raise SystemExit("gen_lexicon: %s is missing: install the Debian package wordnet-base "
                             "(make deps-lexicon)" % path)
        return path

    def _index(self, name):
        out = set()
        with open(self._path(name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence at the top
                out.add(line.split(" ", 1)[0].replace("_", " "))
        return out

    def _exc(self, name):
        out = {}
        with open(self._path(name), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    out.setdefault(parts[0].replace("_", " "), []).extend(p.replace("_", " ") for p in parts[1:])
        return out

    def name_senses(self):
        """(common, persons): the lower-cased words WordNet writes in lower
        case in some synset (common words: "mobile", "reading", "nice"),
        and those written capitalized in a synset of people (lexicographer
        file 18, noun.person: "Lincoln", "Houston"). Multi-word lemmas have
        spaces. Read from the data.* files, where lemmas keep their case."""
        common, persons = set(), set()
        for name in ("data.noun", "data.verb", "data.adj", "data.adv"):
            with open(self._path(name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    col = line.split(" ")
                    lexfile, n = col[1], int(col[3], 16)
                    for k in range(n):
                        w = col[4 + 2 * k].replace("_", " ")
                        w = w.split("(", 1)[0]  # adjective markers: "galore(ip)"
                        if w == w.lower():
                            common.add(w)
                        elif name == "data.noun" and lexfile == "18":
                            persons.add(w.lower())
        return common, persons

    def verb_senses(self, lemma):
        """(synset offsets in WordNet's sense order, most frequent first; the
        number of them tagged in its corpus, 0 for a word unseen there)."""
        if not hasattr(self, "_verb_index"):
            self._verb_index, self._verb_synsets = {}, {}
            with open(self._path("index.verb"), encoding="utf-8") as f:
                for line in f:
                    if not line.startswith(" "):
                        c = line.split()
                        p = int(c[3])
                        self._verb_index[c[0].replace("_", " ")] = (c[6 + p:], int(c[5 + p]))
            with open(self._path("data.verb"), encoding="utf-8") as f:
                for line in f:
                    if not line.startswith(" "):
                        c = line.split(" ")
                        n = int(c[3], 16)
                        members = [c[4 + 2 * k].replace("_", " ").lower() for k in range(n)]
                        k = 4 + 2 * n
                        k += 1 + 4 * int(c[k])  # the pointers
                        frames = {int(c[k + 2 + 3 * j]) for j in range(int(c[k]))}
                        self._verb_synsets[c[0]] = (int(c[1]), members, frames)
        return self._verb_index.get(lemma, ([], 0))

    def verb_synset(self, offset):
        """(lexicographer file number: 32 verb.communication, 37 verb.emotion,
        ...; the synset's lemmas, lower case; its sentence frames: 10 is
        "Something ----s somebody")."""
        self.verb_senses("")
        return self._verb_synsets[offset]

    def is_lemma(self, word, pos):
        return word in self.lemmas[pos]

    # ---- verbs ----
    def verb_forms(self, lemma):
        """Every form of a verb lemma: base, 3rd person, past and past
        participle, -ing. A phrasal lemma ("lash out") inflects its first
        word. Raises KeyError for a word WordNet does not know as a verb."""
        if not self.is_lemma(lemma, "verb"):
            head, sep, rest = lemma.partition(" ")
            if sep and self.is_lemma(head, "verb"):
                return [f + " " + rest for f in self.verb_forms(head)]
            pre, hy, last = lemma.rpartition("-")
            if hy and self.is_lemma(last, "verb"):  # "co-operate" as "operate"
                return [pre + "-" + f for f in self._verb_word(last)]
            raise KeyError(lemma)
        head, sep, rest = lemma.partition(" ")
        if sep:
            return [f + " " + rest for f in self._verb_word(head)]
        return self._verb_word(lemma)

    def _verb_word(self, v):
        irregular = [f for f in self.irregular["verb"].get(v, []) if " " not in f]
        third = [f for f in irregular if f.endswith("s")]  # "gasses", "has", "is" (and "was")
        ing = [f for f in irregular if f.endswith("ing") and f not in third]
        past = [f for f in irregular if f not in third and f not in ing]
        if not third:
            if v.endswith(SIBILANT):
                third = [v + "es"]
            elif v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
                third = [v[:-1] + "ies"]
            else:
                third = [v + "s"]
        doubled_ing = any(f == v + v[-1] + "ing" for f in ing)
        if not past and doubled_ing:
            past = [v]  # "cutting": the past of cut, hit, put, set is the base
        if not past:
            if v.endswith("e"):
                past = [v + "d"]
            elif v.endswith("y") and len(v) > 1 and v[-2] not in VOWELS:
                past = [v[:-1] + "ied"]
            else:
                past = [v + "ed"]
        if not ing:
            if v.endswith("ie"):
                ing = [v[:-2] + "ying"]
            elif v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and len(v) > 2:
                ing = [v[:-1] + "ing"]
            else:
                ing = [v + "ing"]
        out = []
        for f in [v] + third + past + ing:
            if f not in out:
                out.append(f)
        return out

    # ---- nouns ----
    def noun_plural(self, lemma):
        """The plural of a noun lemma: irregular from noun.exc, else by rule."""
        irregular = [f for f in self.irregular["noun"].get(lemma, []) if " " not in f]
        if irregular:
            return irregular[0]
        if lemma.endswith(SIBILANT[:-1]):
            return lemma + "es"
        if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
            return lemma[:-1] + "ies"
        return lemma + "s"

    def lemma_of(self, word, pos):
        """The lemma of an inflected word (WordNet's Morphy): an exception
        first, then the detachment rules, checked against the index, then
        the word itself."""
        w = word.lower()
        if w in self.exc[pos]:
            return self.exc[pos][w][0]
        rules = {"noun": [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                          ("men", "man"), ("ies", "y"), ("s", "")],
                 "verb": [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                          ("ing", ""), ("s", "")]}[pos]
        for suf, rep in rules:
            if w.endswith(suf):
                cand = w[: len(w) - len(suf)] + rep
                if cand and self.is_lemma(cand, pos):
                    return cand  # "leaders" is a lemma too, "leader" the one meant
        return w if self.is_lemma(w, pos) else None
