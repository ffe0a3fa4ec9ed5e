# Kalkulator Cakupan Jamsostek: the two commands are `make serve` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8000
# npm's wasm-opt (binaryen 132) must come before any other on PATH.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

# Native test targets: every tests/*.rs except the wasm-only suites.
NATIVE_TESTS := $(patsubst tests/%.rs,--test %,$(filter-out tests/wasm_%.rs,$(wildcard tests/*.rs)))
WASM_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/wasm_*.rs))
SOURCES := Cargo.toml Cargo.lock src/api/types.d.ts $(shell find src -name '*.rs')

.PHONY: serve test dist setup setup-test check-commands lint native-test wasm-test npm-test page-test build pack clean fuzz bench audit

# Serves dist/: exactly what a static host would (text prerendered, compressed on the fly).
serve: setup dist
	node tools/serve.mjs --root dist --port $(PORT)

# Two lanes once the tools are in (tools/lanes.sh): the modules, the npm consumer and the page
# tier in one; clippy and the Rust tests, prefixed [rust], beside it. The module builds leave a
# core idle most of the time (each LTO link, wasm-bindgen and wasm-opt run on one core), and the
# checks fill it; they do not wait on each other (cargo locks a profile's own directory only, and
# the modules are release builds, the checks dev ones; with DEV=1 the modules are dev builds too,
# and the lanes take turns on cargo's lock: still right, only slower). Cargo's progress bar is off:
# its redrawn line would mix into the other lane's. No incremental compilation: a test run builds
# the crate once, and writing its incremental cache cost the native tests' build a quarter of its
# time (after `cargo clean -p jamsostek`: 21.1 and 29.6 s without, 33.4 and 36.1 s with, in turn).
test: check-commands setup-test
	CARGO_INCREMENTAL=0 CARGO_TERM_PROGRESS_WHEN=never tools/lanes.sh '$(MAKE) --no-print-directory build npm-test page-test' '$(MAKE) --no-print-directory lint native-test wasm-test' rust
	@echo "make test: every tier passed"

setup:
	tools/setup.sh build

# Every `make …` command README.md names can start on a clean checkout: the target exists, its
# dry run succeeds, the scripts and test files it names exist, its npm installs resolve from the
# lock files alone (npm ci --dry-run --offline, nothing installed). A few seconds.
check-commands:
	tools/check-commands.sh

setup-test:
	tools/setup.sh test

build: pkg/jamsostek_bg.wasm pkg/jamsostek_core_bg.wasm pkg/jamsostek_plan_bg.wasm pkg/jamsostek_charts_bg.wasm pkg/jamsostek_plan_tools_bg.wasm pkg/jamsostek_batch_bg.wasm

# `DEV=1 make serve` builds unoptimised modules with the `dev` feature (a panic hook that prints
# what panicked to the console); pkg/.profile remembers which kind pkg/ holds, so switching
# back rebuilds.
PROFILE := $(if $(DEV),dev,release)
$(shell mkdir -p pkg; [ "$$(cat pkg/.profile 2>/dev/null)" = "$(PROFILE)" ] || echo $(PROFILE) > pkg/.profile)
DEV_FEATURES := $(if $(DEV),--features dev)

# Six modules from one crate: the core (contributions, program cost; loaded with the page), the
# planning view's (projection, figures, the charts' data; loaded when that view opens), its
# charts' (drawn from that data; fetched once the figures are shown), its panels' (solving,
# comparing; loaded when one is first opened), the batch worker's (built for speed, below) and
# the full one (everything: CSV exports and imports, chart downloads, and the regions API).
# Each module is built into an out dir of its own and then copied into pkg/: wasm-pack runs
# wasm-opt over every .wasm of its out dir, so building them side by side rewrote the others and
# make then took a module built from older sources for up to date. They share one target dir, so
# the dependencies (the same features for all of them) compile once: a cold build of three of them
# took 3 min 14 s with a target dir each. One after the other (.NOTPARALLEL): each build's
# wasm-bindgen step reads the crate's one .wasm in that target dir.
.NOTPARALLEL:
WASM_PACK := wasm-pack --log-level warn build --target web --$(PROFILE) --mode no-install --no-pack
pkg/jamsostek_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --out-dir target/pkg-full -- $(DEV_FEATURES)
	cp target/pkg-full/jamsostek.js target/pkg-full/jamsostek.d.ts target/pkg-full/jamsostek_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm: " $$5 " bytes"}'

pkg/jamsostek_core_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --out-dir target/pkg-core --out-name jamsostek_core -- --no-default-features --features core $(DEV_FEATURES)
	cp target/pkg-core/jamsostek_core.js target/pkg-core/jamsostek_core.d.ts target/pkg-core/jamsostek_core_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm (core): " $$5 " bytes"}'

pkg/jamsostek_plan_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --out-dir target/pkg-plan --out-name jamsostek_plan -- --no-default-features --features plan-view $(DEV_FEATURES)
	cp target/pkg-plan/jamsostek_plan.js target/pkg-plan/jamsostek_plan.d.ts target/pkg-plan/jamsostek_plan_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm (planning view): " $$5 " bytes"}'

pkg/jamsostek_charts_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --out-dir target/pkg-charts --out-name jamsostek_charts -- --no-default-features --features plan-charts $(DEV_FEATURES)
	cp target/pkg-charts/jamsostek_charts.js target/pkg-charts/jamsostek_charts.d.ts target/pkg-charts/jamsostek_charts_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm (planning charts): " $$5 " bytes"}'

pkg/jamsostek_plan_tools_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --out-dir target/pkg-plan-tools --out-name jamsostek_plan_tools -- --no-default-features --features plan-tools $(DEV_FEATURES)
	cp target/pkg-plan-tools/jamsostek_plan_tools.js target/pkg-plan-tools/jamsostek_plan_tools.d.ts target/pkg-plan-tools/jamsostek_plan_tools_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm (planning panels): " $$5 " bytes"}'

# The batch worker's module (BatchJob, BatchCodes), the one built for speed: this crate at
# opt-level 3 (a per-package profile override, so the dependencies' builds in target/ stay shared
# with the other modules and only this crate is compiled again) and wasm-opt -O3 instead of -Oz.
# The national batch of 84,000 areas ran in 550 ms of wasm in the -Oz full module and runs in
# about 210 ms in this one (node, the same input, warm); it is 177 KB gzip against the full
# module's 257. wasm-opt's features are read from Cargo.toml's [package.metadata.wasm-pack] list,
# the other modules' (one list to keep).
WASM_OPT_FEATURES := $(shell sed -n 's/^wasm-opt = \["-Oz", \(.*\)\]$$/\1/p' Cargo.toml | tr -d '",')
pkg/jamsostek_batch_bg.wasm: $(SOURCES) pkg/.profile
	$(WASM_PACK) --no-opt --out-dir target/pkg-batch --out-name jamsostek_batch -- --no-default-features --features batch $(DEV_FEATURES) $(if $(DEV),,--config 'profile.release.package.jamsostek.opt-level=3')
	$(if $(DEV),,wasm-opt -O3 $(WASM_OPT_FEATURES) target/pkg-batch/jamsostek_batch_bg.wasm -o target/pkg-batch/jamsostek_batch_bg.wasm)
	cp target/pkg-batch/jamsostek_batch.js target/pkg-batch/jamsostek_batch.d.ts target/pkg-batch/jamsostek_batch_bg.wasm pkg/
	@ls -l $@ | awk '{print "wasm (batch worker): " $$5 " bytes"}'

# The npm package: pkg/ with npm/package.json and npm/README.md, packed offline into
# target/npm/jamsostek-<version>.tgz (four modules, their .d.ts and .wasm: not the batch worker's).
pack: build
	cp npm/package.json npm/README.md pkg/
	rm -rf target/npm && mkdir -p target/npm
	cd pkg && npm pack --offline --silent --pack-destination ../target/npm >/dev/null
	@ls -l target/npm/*.tgz | awk '{print "npm package: " $$9 " " $$5 " bytes"}'

# The example consumer installs that tarball (offline: it has no dependencies), runs its Node
# script, type-checks itself against the package's declarations (tsc --noEmit, strict) and
# opens its plain HTML page in Chromium's headless shell (tests/e2e/helpers.mjs). About 10 s.
npm-test: setup-test pack
	rm -rf examples/npm-consumer/node_modules
	cd examples/npm-consumer && npm install --offline --no-save --no-package-lock --no-audit --no-fund --loglevel=error ../../target/npm/jamsostek-*.tgz
	node examples/npm-consumer/consumer.mjs
	tsc -p examples/npm-consumer
	node --test --test-concurrency=1 examples/npm-consumer/

# The no-panic lints (Cargo.toml [lints]) for the native library and each wasm module's features, and
# the development build with its panic hook: any clippy warning fails.
lint:
	cargo clippy --lib -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features core -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features plan-view -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features plan-charts -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features plan-tools -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features regions -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features batch -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --features dev -- -D warnings

native-test:
	cargo test --lib $(NATIVE_TESTS)

# Without debug info (CARGO_PROFILE_DEV_DEBUG=0): the test binaries are 5.6 MB instead of 32 MB,
# quicker to link, and wasm-bindgen's test runner (built unoptimised) reads them in 5 s instead of
# 19 s each. Panics still print their message and the function names (the name section stays).
wasm-test:
	CARGO_PROFILE_DEV_DEBUG=0 cargo test --target wasm32-unknown-unknown $(WASM_TESTS)

# Two test files at a time, each in its own headless shell (tests/e2e/helpers.mjs; 248.8 s for the
# tier against 384 s in the full browser, 2026-12-04). Measured in the full browser: 9 min 7 s one
# at a time, 6 min 40 s two at a time, with other builds running beside; on a quiet machine one
# file alone already kept both cores busy (vmstat: 0-1 % idle), so three at a time gained nothing
# (387 s against 395 s).
page-test: build dist
	node --test --test-concurrency=2 tests/e2e/

# The property tests with a million generated cases each (FUZZ_CASES to change); finds no panic.
FUZZ_CASES ?= 1000000
fuzz:
	FUZZ_CASES=$(FUZZ_CASES) cargo test --release --test properties -- --nocapture

# Sizes, edit latency, the national batch (browser vs native) and memory, on the built site.
bench: setup-test dist
	node tools/bench.mjs

# Lighthouse (mobile) on the built site; its own node_modules so that make test never installs it.
audit: setup-test dist
	@test -x tools/audit/node_modules/.bin/lighthouse || npm ci --prefix tools/audit --no-audit --no-fund
	node tools/audit.mjs

# A self-contained static folder any static host can serve as is.
dist: setup build
	rm -rf dist && mkdir -p dist/pkg
	cp -r www/. dist/
	cp pkg/jamsostek.js pkg/jamsostek_bg.wasm pkg/jamsostek_batch.js pkg/jamsostek_batch_bg.wasm pkg/jamsostek_core.js pkg/jamsostek_core_bg.wasm pkg/jamsostek_plan.js pkg/jamsostek_plan_bg.wasm pkg/jamsostek_charts.js pkg/jamsostek_charts_bg.wasm pkg/jamsostek_plan_tools.js pkg/jamsostek_plan_tools_bg.wasm dist/pkg/
	node tools/prerender.mjs www/index.html dist/index.html
	node tools/bundle.mjs dist
	node tools/pack-desa.mjs dist
	node tools/minify.mjs dist
	@echo "dist/ ready: $$(du -sh dist | cut -f1)"

clean:
	rm -rf target pkg dist
