#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) needs, skipping whatever is already
# there, so a warm run costs nothing and a fresh machine needs nothing by hand.
#   tools/setup.sh build   wasm32 target, wasm-bindgen CLI (exact crate version), wasm-pack, npm tools
#   tools/setup.sh test    the same, plus Debian's Chromium, chromedriver and Chromium's headless shell
# Never installs Debian's binaryen: its wasm-opt 108 corrupts wasm-bindgen output. wasm-opt
# comes from npm's binaryen (node_modules/.bin, first on PATH in the Makefile).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

bindgen_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
wasm_pack_version=0.15.1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy (make test runs the no-panic lints)"
  rustup component add clippy
fi

# Debian's Chromium (for `test`) downloads and unpacks beside the CLIs' compiling: it waits on
# the network and the disk, they on the two cores (a cold run: 45 s less).
# The page tier runs in the headless shell (a third quicker than the full browser, see
# tests/e2e/helpers.mjs); wasm-test (chromedriver), bench and audit use the full one. Without
# the shell the page tier runs in the full browser, so failing to install it alone only warns.
apt_pid=
apt_missing=()
if [ "$what" = test ]; then
  command -v chromium >/dev/null || apt_missing+=(chromium)
  command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
  command -v chromium-headless-shell >/dev/null || apt_missing+=(chromium-headless-shell)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian's ${apt_missing[*]} (beside the rest)"
  { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_missing[@]}" >/dev/null; } &
  apt_pid=$!
fi

# The two CLIs build side by side (each has serial stretches that leave a core idle), unoptimised
# (opt-level 0, no LTO): they are tools run a few times per build, and wasm-pack only runs other
# programs. Measured for wasm-bindgen-cli: 225 s at opt-level 1, 115 s at 0 (2 cores); its run
# on a release module goes from 0.2 s to 0.5 s, and on a wasm test binary (built without debug
# info, see wasm-test in the Makefile) from 1.5 s to 5.2 s. Neither changes what they output.
quick=(env CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=0)
pids=()
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes on 2 cores)"
  # No --locked: its lockfile pins a crate version the registry does not serve. No default
  # features: they are TLS (rustls, ring) for a test runner that only talks to chromedriver on
  # 127.0.0.1 over plain HTTP (4 min 43 s of CPU instead of 6 min 6 s, that one beside a build).
  "${quick[@]}" cargo install --quiet wasm-bindgen-cli --version "$bindgen_version" --no-default-features --force &
  pids+=($!)
fi

if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  say "installing wasm-pack $wasm_pack_version (beside it)"
  "${quick[@]}" cargo install --quiet --locked wasm-pack --version "$wasm_pack_version" --force &
  pids+=($!)
fi
for pid in "${pids[@]}"; do wait "$pid"; done

# npm tools: reinstall when package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools (playwright-core, axe-core, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
fi

if [ -n "$apt_pid" ] && ! wait "$apt_pid"; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "installing ${apt_missing[*]} failed: the page tests run in the full Chromium instead (slower)"
  else
    say "installing ${apt_missing[*]} failed"
    exit 1
  fi
fi
say "tools ready ($what)"
