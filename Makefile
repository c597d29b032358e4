# actorgraph — the one entry point: make, make run, make check, make install,
# make bench, make eval, make export, make lexicon, make clean.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = igraph libcgraph libgvc jansson
DEB_PKGS = libigraph-dev libgraphviz-dev libjansson-dev check pkg-config graphviz iso-codes python3 python3-networkx
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian's interpreter, where python3-networkx is installed (tests only).
PYTHON  ?= $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)

# Recursive (=) so pkg-config runs after `deps` has installed the packages.
SRC_DIRS  = util read extract graph analyze export cli
AG_CFLAGS = -std=c11 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -pthread -Isrc \
            $(SRC_DIRS:%=-Isrc/%) -Ibuild \
            $(shell pkg-config --cflags $(PKGS))
AG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lm -pthread
CHECK_LIBS = $(shell pkg-config --libs check)
SAN       = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

# The library is the pipeline, a folder per stage (src/read, extract,
# graph, analyze, export, util); the command line (src/cli) is linked into
# the binary only.
CLI_SRC  = $(wildcard src/cli/*.c)
LIB_SRC  = $(wildcard $(SRC_DIRS:%=src/%/*.c))
LIB_SRC := $(filter-out $(CLI_SRC),$(LIB_SRC))
ALL_H    = $(wildcard src/*.h src/*/*.h)
LIB_OBJ  = $(LIB_SRC:src/%.c=build/obj/%.o) build/obj/lexicon_data.o
SAN_OBJ  = $(LIB_SRC:src/%.c=build/san/%.o) build/san/lexicon_data.o
CLI_OBJ  = $(filter-out build/obj/cli/main.o,$(CLI_SRC:src/%.c=build/obj/%.o))
CLI_SAN  = $(filter-out build/san/cli/main.o,$(CLI_SRC:src/%.c=build/san/%.o))
TEST_SRC = $(wildcard tests/test_*.c)
# What a program using the library includes (internal headers stay out).
PUBLIC_H = $(filter-out src/cli/% %_int.h,$(ALL_H))
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

.PHONY: all deps run check unit e2e lexicon-check interop fuzz fuzz-brief deps-fuzz eval install uninstall clean bench export
.PHONY: viewer deps-browser browser-test viewer-export golden lexicon deps-lexicon
all: actorgraph libactorgraph.a

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

build/lexicon_data.c: data/lexicon.json build/embed
	build/embed ag_lexicon_default_json data/lexicon.json $@

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
	$(CC) $(CFLAGS) -c -o $@ $<

build/san/viewer_data.o: build/viewer_data.c
	@mkdir -p build/san
	$(CC) -O1 -g -c -o $@ $<

# Fetches cytoscape.js again when the last try failed, rebuilds with it,
# and fails when it is still missing.
viewer:
	@[ -s $(CYTOSCAPE_JS) ] || rm -f $(VIEWER_DIR)/.fetched
	@$(MAKE) --no-print-directory all
	@[ -s $(CYTOSCAPE_JS) ] || { echo "make viewer: npm ci failed in $(VIEWER_DIR) (see $(VIEWER_DIR)/npm.log)"; exit 1; }

build/obj/%.o: src/%.c $(ALL_H) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(AG_CFLAGS) -c -o $@ $<

build/obj/lexicon_data.o: build/lexicon_data.c
	@mkdir -p build/obj
	$(CC) $(CFLAGS) -c -o $@ $<

build/san/%.o: src/%.c $(ALL_H) | deps
	@mkdir -p $(dir $@)
	$(CC) -O1 -g $(SAN) $(AG_CFLAGS) -c -o $@ $<

build/san/lexicon_data.o: build/lexicon_data.c
	@mkdir -p build/san
	$(CC) -O1 -g -c -o $@ $<

libactorgraph.a: $(LIB_OBJ)
	ar rcs $@ $^

build/libactorgraph-san.a: $(SAN_OBJ)
	ar rcs $@ $^

actorgraph: build/obj/cli/main.o $(CLI_OBJ) libactorgraph.a
	$(CC) $(CFLAGS) -o $@ build/obj/cli/main.o $(CLI_OBJ) libactorgraph.a $(AG_LIBS)

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
          UBSAN_OPTIONS=print_stacktrace=1 AG_PYTHON=$(PYTHON)

unit: $(TEST_BIN)
	@$(SAN_ENV) sh tests/run_unit.sh $(TEST_BIN)

# tests/e2e.sh and one tests/e2e_TOPIC.sh per topic; each prints its count.
e2e: actorgraph build/actorgraph-san
	@st=0; for t in tests/e2e.sh tests/e2e_*.sh; do [ -f "$$t" ] || continue; \
	  $(SAN_ENV) sh $$t build/actorgraph-san || st=1; done; exit $$st

check: unit e2e lexicon-check interop fuzz-brief
check: browser-test

# Fuzzing the readers of untrusted bytes (tests/fuzz_inputs.c) with
# libFuzzer: briefly in `make check`, at length with `make fuzz`
# (FUZZ_SECONDS, default 600). clang is installed when missing.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_OBJ = $(LIB_SRC:src/%.c=build/fuzz/%.o) build/fuzz/lexicon_data.o build/fuzz/viewer_data.o

deps-fuzz:
	@command -v clang >/dev/null || { $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q clang; }

build/fuzz/%.o: src/%.c $(ALL_H) | deps deps-fuzz
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer-no-link,address,undefined $(AG_CFLAGS) -Wno-unknown-warning-option -Wno-string-concatenation -c -o $@ $<

build/fuzz/%.o: build/%.c | deps-fuzz
	@mkdir -p build/fuzz
	clang -g -O1 -c -o $@ $<

build/fuzz-inputs: tests/fuzz_inputs.c $(FUZZ_OBJ) | deps deps-fuzz
	clang $(FUZZ_FLAGS) $(AG_CFLAGS) -o $@ $< $(FUZZ_OBJ) $(AG_LIBS) -ldl

fuzz: build/fuzz-inputs
	@mkdir -p build/fuzz-corpus
	$(SAN_ENV) build/fuzz-inputs -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	  -print_final_stats=1 build/fuzz-corpus tests/fuzz-seeds

fuzz-brief: build/fuzz-inputs
	@mkdir -p build/fuzz-corpus
	@$(SAN_ENV) build/fuzz-inputs -max_total_time=20 -max_len=16384 -timeout=10 \
	  build/fuzz-corpus tests/fuzz-seeds 2>build/fuzz-brief.log \
	  && echo "fuzz: 1 passed, 0 failed ($$(grep -o 'Done [0-9]* runs' build/fuzz-brief.log))" \
	  || { tail -40 build/fuzz-brief.log; echo "fuzz: 0 passed, 1 failed"; exit 1; }

lexicon-check:
	@$(PYTHON) tests/lexicon_check.py

# data/lexicon.json again from its sources (tools/gen_lexicon.py): the data
# files under data/, iso-codes, and WordNet's lemmas and irregular forms
# (Debian wordnet-base, installed here when missing; a plain build needs
# neither, the generated file is committed).
deps-lexicon:
	@[ -f /usr/share/wordnet/index.verb ] && [ -f /usr/share/wordnet/verb.exc ] || { \
	  echo "make deps-lexicon: installing wordnet-base"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q wordnet-base; }

lexicon: deps-lexicon
	$(PYTHON) tools/gen_lexicon.py -o data/lexicon.json
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

# The expected export of every format for tests/golden/seed-graph.json,
# rewritten on purpose after a deliberate change of an exporter.
golden: actorgraph
	for f in dot json graphml gexf cyjs csv-nodes csv-edges; do \
	  ./actorgraph export tests/golden/seed-graph.json -f $$f -o tests/golden/seed.$$f || exit 1; done

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

install: actorgraph libactorgraph.a
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/actorgraph \
	  $(DESTDIR)$(PREFIX)/share/actorgraph $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 actorgraph $(DESTDIR)$(PREFIX)/bin/actorgraph
	install -m 644 libactorgraph.a $(DESTDIR)$(PREFIX)/lib/libactorgraph.a
	install -m 644 $(PUBLIC_H) $(DESTDIR)$(PREFIX)/include/actorgraph/
	install -m 644 data/lexicon.json $(DESTDIR)$(PREFIX)/share/actorgraph/lexicon.json
	install -m 644 docs/actorgraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/actorgraph.1
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	printf 'prefix=%s\nincludedir=$${prefix}/include/actorgraph\nlibdir=$${prefix}/lib\n\nName: actorgraph\nDescription: actor relationship graphs from news text\nVersion: %s\nRequires.private: $(PKGS)\nCflags: -I$${includedir}\nLibs: -L$${libdir} -lactorgraph\nLibs.private: -lm\n' \
	  '$(PREFIX)' "$$(sed -n 's/^#define AG_VERSION "\(.*\)"/\1/p' src/actorgraph.h)" > $(DESTDIR)$(PREFIX)/lib/pkgconfig/actorgraph.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/actorgraph $(DESTDIR)$(PREFIX)/lib/libactorgraph.a \
	  $(DESTDIR)$(PREFIX)/share/actorgraph/lexicon.json $(DESTDIR)$(PREFIX)/share/man/man1/actorgraph.1
	rm -rf $(DESTDIR)$(PREFIX)/include/actorgraph $(DESTDIR)$(PREFIX)/lib/pkgconfig/actorgraph.pc

clean:
	rm -rf build actorgraph libactorgraph.a
