# dryad: build the dynamic linker, run programs with it, test it.
#
#   make            build ./dryad.so.1
#   make run        build it and run a real program with it (/bin/ls -l)
#   make test       the whole test suite (unit + integration), then a
#                   bounded fuzz run (make fuzz-smoke, FUZZ_SMOKE_SECONDS)
#   make fuzz       fuzz the ELF loading, ld.so.cache and configuration
#                   code until stopped (FUZZ_SECONDS=N: each target for N
#                   seconds; FUZZ_TARGETS=...; see docs/08-malformed-input.md)
#   make install PREFIX=/usr/local   install dryad.so.1 into $(PREFIX)/lib,
#                   its debug info into $(DEBUGDIR)/.build-id/ (gdb, perf and
#                   valgrind look in /usr/lib/debug: PREFIX=/usr, or tell
#                   them DEBUGDIR)

CARGO  ?= cargo
PREFIX ?= /usr/local
DEBUGDIR ?= $(PREFIX)/lib/debug
RUN    ?= /bin/ls -l

.PHONY: all build run test layout-check bench-check unit integration install clean fuzz fuzz-smoke fuzz-build fuzz-seeds

all: dryad.so.1

build: dryad.so.1

dryad.so.1: FORCE
	$(CARGO) build --release --bin dryad --features rtld
	# Stripped, with its debug info in dryad.so.1.debug beside it (found
	# through .gnu_debuglink), as distributions ship ld.so; both files are
	# new ones renamed into place: programs running the old ones keep them.
	tools/split-debuginfo target/release/dryad dryad.so.1

run: dryad.so.1
	./dryad.so.1 $(RUN)

test: dryad.so.1 layout-check
	DRYAD=$(CURDIR)/dryad.so.1 $(CARGO) test --release
	$(MAKE) bench-check
	$(MAKE) fuzz-smoke

# Every benchmark program once per mode under both linkers, outputs
# compared (no timing): the synthetic programs are built once into
# target/bench/.
bench-check: dryad.so.1
	$(BENCH_PYTHON) bench/bench.py --check --dryad $(CURDIR)/dryad.so.1

# Every glibc layout dryad states, checked against the debug info of that
# release (tools/glibc-layout): the host's release extracted afresh (needs
# libc6-dbg and pahole, which .ci/run installs), the others against the
# descriptions extracted from their libc6-dbg into tools/glibc-layout/out/;
# and the tool's own tests.
GLIBC_LAYOUT = tools/glibc-layout/glibc-layout
layout-check:
	mkdir -p target/glibc-layout
	python3 -m unittest discover -s tools/glibc-layout/tests
	$(GLIBC_LAYOUT) extract --sysroot / -o target/glibc-layout/host.json
	$(GLIBC_LAYOUT) check target/glibc-layout/host.json src/glibc/v$$(ldd --version | sed -n '1s/.* \([0-9]*\)\.\([0-9]*\)$$/\1_\2/p')/layout.rs
	$(GLIBC_LAYOUT) check tools/glibc-layout/out/2.31.json src/glibc/v2_31/layout.rs
	$(GLIBC_LAYOUT) check tools/glibc-layout/out/2.41.json src/glibc/v2_41/layout.rs
	$(GLIBC_LAYOUT) check tools/glibc-layout/out/2.43.json src/glibc/v2_43/layout.rs

# Fuzzing (issue 5, issue 14): libFuzzer through the libfuzzer-sys crate,
# on stable Rust. The coverage instrumentation is rustc's own
# SanitizerCoverage pass (what cargo-fuzz passes, minus the nightly-only
# sanitizers); --target keeps these flags off build scripts.
#
# Three targets (docs/08-malformed-input.md): load_object (one input is
# an ELF file), ld_cache (an ld.so.cache), search_config (an environment
# for the configuration and the search paths). FUZZ_TARGETS picks some.
# Each has its seeds (fuzz/seeds/T, made at run time), its corpus
# (fuzz/corpus/T, not in git), its artifacts (fuzz/artifacts/T-*) and its
# regression inputs (fuzz/regressions for load_object, which
# tests/malformed.rs also runs through dryad.so.1; fuzz/regressions-T for
# the others), all replayed by `make fuzz-smoke`.
FUZZ_TRIPLE   = x86_64-unknown-linux-gnu
FUZZ_RUSTFLAGS = --cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares
FUZZ_ALL      = load_object ld_cache search_config
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_BINDIR   = fuzz/target/$(FUZZ_TRIPLE)/release
FUZZ_REPLAY   = fuzz/target/release/replay
FUZZ_SECONDS ?= 0
FUZZ_ROUND_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 45
FUZZ_FLAGS    = -rss_limit_mb=4096 -timeout=10 -print_final_stats=1
# Per target: the largest input (an ld.so.cache of a few hundred entries,
# whole ones are replayed; an environment needs little) and its share of FUZZ_SMOKE_SECONDS, in fifths.
FUZZ_MAX_LEN_load_object   = 65536
FUZZ_MAX_LEN_ld_cache      = 16384
FUZZ_MAX_LEN_search_config = 4096
FUZZ_SMOKE_SHARE_load_object   = 3
FUZZ_SMOKE_SHARE_ld_cache      = 1
FUZZ_SMOKE_SHARE_search_config = 1

# One target, $(1), for $(2) seconds (0: until interrupted), its output
# in fuzz/last-run-$(1).log and summed up; a crash stops make.
fuzz_run = $(FUZZ_BINDIR)/$(1) $(FUZZ_FLAGS) -max_len=$(FUZZ_MAX_LEN_$(1)) -artifact_prefix=fuzz/artifacts/$(1)- \
  -max_total_time=$(2) fuzz/corpus/$(1) fuzz/seeds/$(1) > fuzz/last-run-$(1).log 2>&1; \
  status=$$?; grep -E '^(\#[0-9]+[[:space:]]*(INITED|DONE)|stat::number_of_executed_units|stat::peak_rss|Done)' fuzz/last-run-$(1).log; \
  if [ $$status -ne 0 ]; then tail -n 60 fuzz/last-run-$(1).log; echo "fuzz $(1): CRASH (input in fuzz/artifacts/)"; exit $$status; fi; \
  echo "fuzz $(1): $$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 executions in \2 s/p' fuzz/last-run-$(1).log), 0 crashes"

fuzz-build:
	cd fuzz && RUSTFLAGS="$(FUZZ_RUSTFLAGS)" $(CARGO) build --release --target $(FUZZ_TRIPLE) $(foreach t,$(FUZZ_ALL),--bin $(t))
	cd fuzz && $(CARGO) build --release --bin replay

# The seed corpora, made at run time. load_object: small real system
# libraries, the test fixtures and the malformed corpus's base objects.
# ld_cache: the host's /etc/ld.so.cache and variants made from it
# (fuzz/cache-seeds.py). search_config: the environments in
# fuzz/seed-env/. Each target also starts from its regression inputs.
fuzz-seeds: dryad.so.1
	$(MAKE) -s -C tests/malformed OUT=$(CURDIR)/target/malformed DRYAD=$(CURDIR)/dryad.so.1
	rm -rf fuzz/seeds && mkdir -p fuzz/artifacts $(foreach t,$(FUZZ_ALL),fuzz/seeds/$(t) fuzz/corpus/$(t))
	find /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu -maxdepth 1 -name '*.so*' -type f -size -64k 2>/dev/null \
	  | sort | head -n 60 | xargs -r -I{} sh -c 'cp "{}" fuzz/seeds/load_object/sys-$$(basename "{}")'
	cp target/malformed/base/libmal.so target/malformed/base/libmal-sysv.so target/malformed/base/libmaldep.so \
	  target/malformed/base/libchain.so target/malformed/base/mprog target/malformed/base/libpltmal.so \
	  target/malformed/base/libpltdep.so target/malformed/base/pltprog fuzz/seeds/load_object/
	cp fuzz/regressions/* fuzz/seeds/load_object/ 2>/dev/null || true
	if [ -s /etc/ld.so.cache ]; then python3 fuzz/cache-seeds.py /etc/ld.so.cache fuzz/seeds/ld_cache; fi
	cp fuzz/regressions-ld_cache/* fuzz/seeds/ld_cache/ 2>/dev/null || true
	cp fuzz/seed-env/* fuzz/seeds/search_config/
	cp fuzz/regressions-search_config/* fuzz/seeds/search_config/ 2>/dev/null || true

# The bounded run `make test` ends with: replay every target's
# regression inputs (and the ld_cache seeds, the host's whole cache
# among them), then fuzz each target for its share of
# FUZZ_SMOKE_SECONDS (27 + 9 + 9 s by default).
fuzz-smoke: fuzz-build fuzz-seeds
	$(FUZZ_REPLAY) --target load_object fuzz/regressions
	$(FUZZ_REPLAY) --target ld_cache fuzz/seeds/ld_cache
	for t in $(filter-out load_object,$(FUZZ_ALL)); do \
	  if [ -d fuzz/regressions-$$t ]; then $(FUZZ_REPLAY) --target $$t fuzz/regressions-$$t || exit 1; fi; done
	@$(foreach t,$(FUZZ_ALL),( $(call fuzz_run,$(t),$$(( $(FUZZ_SMOKE_SECONDS) * $(FUZZ_SMOKE_SHARE_$(t)) / 5 ))) ) || exit 1;)

# Long runs: `make fuzz FUZZ_SECONDS=3600` runs each of FUZZ_TARGETS for
# an hour, one after the other; `make fuzz` (FUZZ_SECONDS=0) runs them in
# turns of FUZZ_ROUND_SECONDS until interrupted (one target alone, as in
# `make fuzz FUZZ_TARGETS=ld_cache`, runs without turns). A crash stops
# the run and leaves its input in fuzz/artifacts/; replay it with
# `fuzz/target/release/replay --target T fuzz/artifacts/T-crash-...`.
fuzz: fuzz-build fuzz-seeds
	@if [ $(FUZZ_SECONDS) -ne 0 ] || [ $(words $(FUZZ_TARGETS)) -eq 1 ]; then \
	  $(foreach t,$(FUZZ_TARGETS),( $(call fuzz_run,$(t),$(FUZZ_SECONDS)) ) || exit 1;) \
	else while :; do \
	  $(foreach t,$(FUZZ_TARGETS),( $(call fuzz_run,$(t),$(FUZZ_ROUND_SECONDS)) ) || exit 1;) \
	done; fi

install: dryad.so.1
	install -d $(DESTDIR)$(PREFIX)/lib
	install -m 755 dryad.so.1 $(DESTDIR)$(PREFIX)/lib/dryad.so.1
	id=$$(readelf -n dryad.so.1 | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p'); \
	  test -n "$$id" && \
	  install -d $(DESTDIR)$(DEBUGDIR)/.build-id/$$(echo $$id | cut -c1-2) && \
	  install -m 644 dryad.so.1.debug $(DESTDIR)$(DEBUGDIR)/.build-id/$$(echo $$id | cut -c1-2)/$$(echo $$id | cut -c3-).debug

clean:
	$(CARGO) clean
	rm -f dryad.so.1 dryad.so.1.debug
	rm -rf tests/build

# Startup benchmark (issue 11): synthetic programs (N libraries x M exports,
# built once into target/bench/) and real ones, system ld.so vs dryad, both
# by direct invocation; a table, target/bench/results.json and
# target/bench/startup-vs-n.png. Not part of `make test`. BENCH_FLAGS=--quick
# for a short run; `python3 bench/bench.py --check` only compares outputs.
# BENCH_PYTHON is Debian's python3, which has python3-matplotlib for the plot.
BENCH_PYTHON ?= /usr/bin/python3
BENCH_FLAGS  ?=
.PHONY: bench
bench: dryad.so.1
	$(BENCH_PYTHON) bench/bench.py --dryad $(CURDIR)/dryad.so.1 $(BENCH_FLAGS)

FORCE:
