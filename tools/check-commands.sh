#!/usr/bin/env bash
# `make check-commands` (the first step of `make test`): every `make …` command the README names
# can at least start on a clean checkout. In a throwaway copy of the tree (tracked and
# untracked-but-not-ignored files; no pkg/, dist/, node_modules/), for each command:
#   - the Makefile has the target, and `make -n` (a dry run: nothing is executed) succeeds,
#     also with the variables the README shows (`DEV=1 make serve`);
#   - every tools/, tests/ or www/ path its recipes name exists; its .mjs scripts parse
#     (`node --check`), its .sh scripts are executable and parse (`bash -n`);
#   - every `--test NAME` has its tests/NAME.rs (`make fuzz` runs `--test properties`);
#   - every npm install it makes resolves from the lock file alone: `npm ci --dry-run --offline`
#     with an empty cache, so nothing is downloaded or installed, and a lock file that would need
#     the registry (a dependency asked for by a dist-tag such as "latest") fails here instead of
#     on a newcomer's machine the day the tag moves. tools/setup.sh installs the root lock file;
#     `--prefix D` in a recipe installs D's.
# Takes a few seconds; fails naming each command that would not start, and why.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copy=$tmp/tree
mkdir -p "$copy"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard \
    | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
else
  tar --exclude=./target --exclude=./pkg --exclude=./dist --exclude=./node_modules \
    --exclude=./tools/audit/node_modules -cf - . | tar -xf - -C "$copy"
fi
cd "$copy"

# The commands: the rows of the commands table, and every `make …` inside a code span elsewhere,
# with any VAR=value in front of it (`PORT=9000 make serve`).
table=$(grep -oE '^\| `make [a-z][a-z0-9_-]*`' README.md | sed -E 's/^\| `//; s/`$//' || true)
if [ -z "$table" ]; then
  echo "check-commands: README.md has no commands table (rows starting | \`make …\` |)" >&2
  exit 1
fi
spans=$(grep -oE '`[^`]*`' README.md | grep -oE '([A-Z_]+=[^ `]+ )*make [a-z][a-z0-9_-]*' || true)
mapfile -t commands < <(printf '%s\n%s\n' "$table" "$spans" | sed '/^$/d' | awk '!seen[$0]++')

failures=0
fail() { # `command`(s), reason…
  local cmds=$1; shift
  printf '\033[1;31mcheck-commands:\033[0m %s would not start: %s\n' "$cmds" "${*//$copy\//}" >&2
  failures=$((failures + 1))
}

declare -A lock_users=() # lock directory → the commands that install from it
for cmd in "${commands[@]}"; do
  target=${cmd##*make }
  vars=${cmd%make *}
  # shellcheck disable=SC2086 # the VAR=value words, split on purpose
  if ! out=$(env $vars make --no-print-directory -n "$target" 2>&1); then
    if grep -q "No rule to make target '$target'" <<<"$out"; then
      fail "\`$cmd\`" "the Makefile has no target '$target' (README.md names it)"
    else
      fail "\`$cmd\`" "\`make -n $target\` fails:"$'\n'"$out"
    fi
    continue
  fi
  # (node_modules/ paths are what an install step creates.)
  for path in $(grep -oE '(^|[ =])(tools|tests|www)/[A-Za-z0-9_./-]*' <<<"$out" | sed -E 's/^[ =]//' \
      | grep -v node_modules/ | sort -u); do
    if [ ! -e "$path" ]; then
      fail "\`$cmd\`" "its recipe uses $path, which does not exist"
    elif [[ $path == *.mjs ]] && ! err=$(node --check "$path" 2>&1); then
      fail "\`$cmd\`" "$path does not parse:"$'\n'"$err"
    elif [[ $path == *.sh ]] && [ ! -x "$path" ]; then
      fail "\`$cmd\`" "$path is not executable"
    elif [[ $path == *.sh ]] && ! err=$(bash -n "$path" 2>&1); then
      fail "\`$cmd\`" "$path does not parse:"$'\n'"$err"
    fi
  done
  for test in $(grep -oE -- '--test [A-Za-z0-9_]+' <<<"$out" | awk '{print $2}' | sort -u); do
    [ -f "tests/$test.rs" ] || fail "\`$cmd\`" "it runs \`cargo test --test $test\` but tests/$test.rs does not exist"
  done
  if grep -q 'tools/setup\.sh' <<<"$out"; then lock_users[.]+=" \`$cmd\`,"; fi
  for dir in $(grep -oE 'npm ci [^;&|]*--prefix [^ ]+' <<<"$out" | awk '{print $NF}' | sort -u); do
    lock_users[$dir]+=" \`$cmd\`,"
  done
done

for dir in "${!lock_users[@]}"; do
  users=${lock_users[$dir]%,}
  if [ "$dir" = . ]; then where="the root"; prefix=""; else where="$dir/"; prefix=" --prefix $dir"; fi
  if [ ! -f "$dir/package.json" ] || [ ! -f "$dir/package-lock.json" ]; then
    fail "${users# }" "$where package.json or package-lock.json is missing"
    continue
  fi
  # A copy of just the two files, an empty cache, no network: resolves from the lock or fails.
  scratch=$tmp/npm-${dir//\//_}
  mkdir -p "$scratch"
  cp "$dir/package.json" "$dir/package-lock.json" "$scratch/"
  if ! err=$(cd "$scratch" && npm ci --dry-run --offline --cache "$tmp/npm-cache" --no-audit --no-fund \
      --no-update-notifier --loglevel=error 2>&1); then
    # What a newcomer would see: the same dry run allowed to ask the registry (metadata only).
    if online=$(cd "$scratch" && npm ci --dry-run --prefer-offline --no-audit --no-fund \
        --no-update-notifier --loglevel=error 2>&1); then
      why="it resolves today only by asking the registry (a dependency asked for by a dist-tag such"
      why+=" as \"latest\"?), so it breaks the day the tag moves; pin it with \"overrides\""
      err=$(grep -E 'ENOTCACHED|request to' <<<"$err" | head -2)
    else
      why="regenerate it (npm install --package-lock-only$prefix) and check npm ci --dry-run"
      err=$(grep -E 'Missing:|Invalid:|npm error code' <<<"$online" | grep -v EUSAGE | head -3)
      err=${err:-$online}
    fi
    fail "${users# }" "npm ci of $where package-lock.json does not resolve from the lock file alone;" \
      "$why:"$'\n'"$(sed 's/^npm error /  /' <<<"$err")"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "check-commands: $failures problem(s); see above" >&2
  exit 1
fi
echo "check-commands: all ${#commands[@]} README commands can start: $(IFS=,; echo "${commands[*]}" | sed "s/,/, /g")"
