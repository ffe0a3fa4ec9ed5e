#!/usr/bin/env bash
# Runs two commands side by side and fails if either fails: `make test`'s two lanes.
#   tools/lanes.sh MAIN SIDE [LABEL]
# MAIN's output is shown as it is; SIDE's lines are prefixed with "[LABEL] " (default "side").
# When one lane fails, the other is stopped (its whole process group), and the failing lane is
# named last, so the reason is the last thing on the screen. Ctrl-C stops both.
#
# Why: after the tools are installed, the module builds leave a core idle much of the time
# (each feature's LTO link, wasm-bindgen and wasm-opt run on one core), and so do the clippy runs
# (seven small incremental checks). Measured on a fresh machine (2 cores): 105 s of lint and
# 154 s of module builds, one after the other, kept the machine 60 % busy.
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: tools/lanes.sh MAIN SIDE [LABEL]" >&2; exit 2; }
main=$1 side=$2 label=${3:-side}

set -m # each lane its own process group, so that stopping one stops everything it started
bash -o pipefail -c "{ $side; } 2>&1 | sed -u 's/^/[$label] /'" &
side_pid=$!
bash -c "$main" &
main_pid=$!
set +m

stop() { kill -TERM -- "-$1" 2>/dev/null; wait "$1" 2>/dev/null; }
trap 'stop "$main_pid"; stop "$side_pid"; exit 130' INT TERM

name_of() { if [ "$1" = "$main_pid" ]; then echo main; else echo "$label"; fi; }
failed() { printf '\033[1;31mlanes:\033[0m the %s lane failed (exit %d)%s\n' "$(name_of "$1")" "$2" "$3" >&2; exit "$2"; }

wait -n -p first "$main_pid" "$side_pid"
rc=$?
if [ "$first" = "$main_pid" ]; then second=$side_pid; else second=$main_pid; fi
if [ "$rc" -ne 0 ]; then
  stop "$second"
  failed "$first" "$rc" "; the other lane was stopped"
fi
wait "$second"
rc=$?
[ "$rc" -eq 0 ] || failed "$second" "$rc" ""
