#!/usr/bin/env bash
# Runs two commands side by side and fails if either fails: `make test`'s two lanes.
#   tools/lanes.sh MAIN SIDE [LABEL]
# MAIN's output is shown as it is; SIDE's lines are prefixed with "[LABEL] " (default "side").
# When one lane fails, the other is stopped (its whole process group), and the failing lane is
# named last, so the reason is the last thing on the screen. Ctrl-C, a hang-up or a TERM stops
# both; so does this script's own exit, however it comes. Neither lane reads the terminal.
# Bash older than 5.1 (no `wait -n -p`) runs MAIN, then SIDE.
#
# Why: after the tools are installed, the module builds leave a core idle much of the time
# (each feature's LTO link, wasm-bindgen and wasm-opt run on one core), and so do the clippy runs
# (seven small incremental checks). Measured on a fresh machine (2 cores): 105 s of lint and
# 154 s of module builds, one after the other, kept the machine 60 % busy.
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: tools/lanes.sh MAIN SIDE [LABEL]" >&2; exit 2; }
main=$1 side=$2 label=${3:-side}

run_main() { bash -c "$main" </dev/null; }
run_side() { bash -o pipefail -c "{ $side; } 2>&1 | sed -u 's/^/[$label] /'" </dev/null; }

if (( BASH_VERSINFO[0] < 5 || (BASH_VERSINFO[0] == 5 && BASH_VERSINFO[1] < 1) )); then
  echo "lanes: bash $BASH_VERSION has no 'wait -n -p'; running the lanes one after the other" >&2
  run_main && run_side
  exit
fi

main_pid= side_pid=
stop() { # stops lane $1's process group (if it still runs) and reaps it
  [ -n "$1" ] || return 0
  kill -TERM -- "-$1" 2>/dev/null || kill -TERM "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}
stop_both() { stop "$main_pid"; stop "$side_pid"; main_pid= side_pid=; }
trap 'stop_both' EXIT
trap 'stop_both; exit 130' INT
trap 'stop_both; exit 143' TERM
trap 'stop_both; exit 129' HUP

set -m # each lane its own process group, so that stopping one stops everything it started
run_side &
side_pid=$!
run_main &
main_pid=$!
set +m

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
main_pid= side_pid= # both have ended: nothing for the EXIT trap to stop
