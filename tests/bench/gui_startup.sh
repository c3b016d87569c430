#!/usr/bin/env bash
# Desktop app start-up: time from process start to first idle, on a
# district-size database (10,000 households) against the same window on an
# empty database (same widgets, no data), both in this run, median of 5;
# plus peak memory. Needs xvfb-run.
#   bash tests/bench/gui_startup.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$build/src/familynight-cli" --db "$work/district.db" demo --households 10000 --events 19 --rsvps-per-event 1000 >/dev/null
# The empty database gets one event too, so both windows build the same tabs.
"$build/src/familynight-cli" --db "$work/empty.db" init >/dev/null
"$build/src/familynight-cli" --db "$work/empty.db" event add --kind family-night --title "Family Night" \
  --date 2099-01-15 --start 17:30 --end 19:30 --dinner --childcare >/dev/null
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"  # the benchmark's own settings
run() {  # run DB -> "ms peak"
  FAMILYNIGHT_EXIT_AT_IDLE=1 xvfb-run -a -s "-screen 0 1280x800x24" "$build/src/familynight" --db "$1" 2>/dev/null |
    sed -n 's/first idle after \([0-9.]*\) ms; peak memory *\(.*\)/\1 \2/p'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for db in empty district; do
  for i in 1 2 3 4 5; do run "$work/$db.db"; done > "$work/$db.txt"
done
empty=$(cut -d' ' -f1 "$work/empty.txt" | median)
district=$(cut -d' ' -f1 "$work/district.txt" | median)
printf 'first idle, empty database (same widgets): %.1f ms\n' "$empty"
printf 'first idle, 10,000 households:             %.1f ms (ratio %.2f, target 1.5)\n' "$district" "$(echo "$district / $empty" | bc -l)"
printf 'peak memory with 10,000 households: %s\n' "$(tail -1 "$work/district.txt" | cut -d' ' -f2-)"
