#!/usr/bin/env bash
# Roster import speed: familynight-cli importing a 10,000-student roster into
# a new database, against sqlite3 .import of the same CSV into a flat table
# on the same machine, in the same run. Prints the median of 5 runs of each.
#   bash tests/bench/import_vs_sqlite.sh [BUILD_DIR] [STUDENTS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
students="${2:-10000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$build/tests/fn_roster_gen" "$students" "$work/roster.csv"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {  # time_runs command... ; the command runs on a fresh $work/run.db each time
  for i in 1 2 3 4 5; do
    rm -f "$work"/run.db*
    local t0; t0=$(now); "$@" >/dev/null; echo "$(now) - $t0" | bc -l
  done | median
}
fn_time=$(time_runs "$build/src/familynight-cli" --db "$work/run.db" import roster "$work/roster.csv")
sq_time=$(time_runs sqlite3 "$work/run.db" ".import --csv $work/roster.csv flat")
ratio=$(echo "$fn_time / $sq_time" | bc -l)
printf 'roster of %s students\n' "$students"
printf 'familynight-cli import roster: %.3f s (median of 5)\n' "$fn_time"
printf 'sqlite3 .import (flat table):  %.3f s (median of 5)\n' "$sq_time"
printf 'ratio: %.2fx (target: within 2x)\n' "$ratio"
