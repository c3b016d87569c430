#!/usr/bin/env bash
# Every speed and memory job of FamilyNight against its limit or its peer, in
# one run on this machine, while a second program keeps one core busy (as on
# a school laptop). Prints one table with the ratios; anyone can run it to
# check the figures quoted in the README.
#   bash tests/bench/compare.sh [BUILD_DIR]
# Needs a build with the benchmarks (FN_BUILD_BENCHMARKS, on by default),
# sqlite3, jq, bc and xvfb-run. Takes about five minutes on two cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
cli="$build/src/familynight-cli"
work="$(mktemp -d)"
busy_pid=""
cleanup() {
  [[ -n "$busy_pid" ]] && kill "$busy_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The second program: one core kept busy for the whole run.
( while :; do :; done ) &
busy_pid=$!

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() {  # range [FORMAT]: "min-max" of the numbers on stdin
  sort -g | awk -v f="${1:-%.0f}" 'NR==1{lo=$1} {hi=$1} END {printf f "-" f, lo, hi}'
}
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }  # 10000 -> 10,000
rows=()
row() { rows+=("$(printf '%-46s | %-28s | %-30s | %7s | %s' "$@")"); }

# 1. Roster import against sqlite3 .import of the same CSV (a flat table).
time_runs() {  # time_runs OUT command... : 5 runs, each on a fresh database
  local out="$1"; shift
  : > "$out"
  for _ in 1 2 3 4 5; do
    rm -rf "$work"/run.db*
    local t0; t0=$(now); "$@" >/dev/null; echo "$(now) - $t0" | bc -l >> "$out"
  done
}
for n in 10000 100000; do
  "$build/tests/fn_roster_gen" "$n" "$work/roster$n.csv"
  time_runs "$work/fn$n.txt" "$cli" --db "$work/run.db" import roster "$work/roster$n.csv"
  time_runs "$work/sq$n.txt" sqlite3 "$work/run.db" ".import --csv $work/roster$n.csv flat"
done
# The floor under the import: SQLite itself writing the same rows into this
# schema (households, guardians, students, search words, the history), set
# based from a database FamilyNight imported, into a new one: no parsing,
# grouping or folding; the same cache size and one transaction.
"$cli" --db "$work/imported.db" import roster "$work/roster10000.csv" >/dev/null
: > "$work/floor10000.txt"
for _ in 1 2 3 4 5; do
  rm -rf "$work"/run.db*
  "$cli" --db "$work/run.db" init >/dev/null
  t0=$(now)
  sqlite3 "$work/run.db" "PRAGMA cache_size = -65536; ATTACH '$work/imported.db' AS src; BEGIN;
    INSERT INTO households SELECT * FROM src.households; INSERT INTO guardians SELECT * FROM src.guardians;
    INSERT INTO students SELECT * FROM src.students;
    INSERT INTO search_terms SELECT * FROM src.search_terms ORDER BY term, household_id;
    INSERT INTO audit_log SELECT * FROM src.audit_log; COMMIT;" >/dev/null
  echo "$(now) - $t0" | bc -l >> "$work/floor10000.txt"
done
fn10=$(median < "$work/fn10000.txt"); sq10=$(median < "$work/sq10000.txt")
fn100=$(median < "$work/fn100000.txt"); floor10=$(median < "$work/floor10000.txt")
row "roster import, 10,000 students" "$(printf '%.3f s (%s)' "$fn10" "$(range %.3f < "$work/fn10000.txt")")" \
    "$(printf 'sqlite3 .import %.3f s (%s)' "$sq10" "$(range %.3f < "$work/sq10000.txt")")" "$(ratio "$fn10" "$sq10")x" "target 2x"
row "  floor: its rows into this schema by sqlite3" "$(printf '%.3f s (%s)' "$floor10" "$(range %.3f < "$work/floor10000.txt")")" \
    "$(printf 'sqlite3 .import %.3f s' "$sq10")" "$(ratio "$floor10" "$sq10")x" "(the target's floor)"
row "roster import, 100,000 against 10,000" "$(printf '%.3f s (%s)' "$fn100" "$(range %.3f < "$work/fn100000.txt")")" \
    "$(printf '10,000: %.3f s' "$fn10")" "$(ratio "$fn100" "$fn10")x" "target 11x (linear)"

# 2 and 4. Door search and counts, against SQLite's C API on the same files
# (Google Benchmark, three repetitions; p99 of each repetition).
"$build/tests/fn_benchmarks" --benchmark_filter='DoorSearch|BareIndexLookup|DoorRowsBare|BM_Counts|ReadCountsRows|OpenDatabase|QuickCheckWholeFile' \
  --benchmark_repetitions=3 --benchmark_format=json --benchmark_out="$work/bench.json" >/dev/null 2>&1
p99s() { jq -r --arg n "$1" '.benchmarks[] | select(.run_type=="iteration" and .run_name==$n) | .p99_us' "$work/bench.json"; }
times() { jq -r --arg n "$1" '.benchmarks[] | select(.run_type=="iteration" and .run_name==$n) | .real_time' "$work/bench.json"; }
for n in 10000 100000; do
  door=$(p99s "BM_DoorSearch/$n/iterations:5000" | median)
  bare=$(p99s "BM_BareIndexLookup/$n/iterations:5000" | median)
  limit=$([[ $n == 10000 ]] && echo 250 || echo 1000)
  row "door search p99 per keystroke, $(thousands "$n") households" \
      "$(printf '%.0f us (%s)' "$door" "$(p99s "BM_DoorSearch/$n/iterations:5000" | range)")" \
      "$(printf 'bare index lookup %.1f us' "$bare")" "$(ratio "$door" "$bare")x" "target 5x; limit $limit us"
  floor=$(p99s "BM_DoorRowsBare/$n/iterations:5000" | median)
  row "  floor: the rows' fields read bare" "$(printf '%.0f us (%s)' "$floor" "$(p99s "BM_DoorRowsBare/$n/iterations:5000" | range)")" \
      "$(printf 'bare index lookup %.1f us' "$bare")" "$(ratio "$floor" "$bare")x" "(the target's floor)"
done
for n in 10000 100000; do
  open=$(times "BM_OpenDatabase/$n/iterations:20" | median); check=$(times "BM_QuickCheckWholeFile/$n/iterations:5" | median)
  row "opening a database, $(thousands "$n") households" "$(printf '%.2f ms (%s)' "$open" "$(times "BM_OpenDatabase/$n/iterations:20" | range %.2f)")" \
      "$(printf 'quick_check on every open before: %.0f ms' "$check")" "$(ratio "$open" 10)x" "limit 10 ms"
done
for n in 1000 10000; do
  counts=$(times "BM_Counts/$n" | median); read_rows=$(times "BM_ReadCountsRows/$n" | median)
  row "counts of a $(thousands "$n")-RSVP event" "$(printf '%.2f ms (%s)' "$counts" "$(times "BM_Counts/$n" | range %.2f)")" \
      "$(printf 'reading its rows %.2f ms' "$read_rows")" "$(ratio "$counts" "$read_rows")x" "target 2x"
done

# 3. Keystrokes in the desktop app, 10,000 households.
"$cli" --db "$work/district.db" demo --households 10000 --events 19 --rsvps-per-event 1000 >/dev/null
for _ in 1 2 3; do
  xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/fn_gui_bench" "$work/district.db" 2>/dev/null
done > "$work/gui.txt"
for panel in "door search" "families search"; do
  p99=$(grep "^$panel" "$work/gui.txt" | sed 's/.*p99 \([0-9.]*\) ms.*/\1/' | median)
  row "app keystroke p99, $panel" "$(printf '%.1f ms (%s)' "$p99" "$(grep "^$panel" "$work/gui.txt" | sed 's/.*p99 \([0-9.]*\) ms.*/\1/' | range %.1f)")" \
      "one frame 16 ms" "$(ratio "$p99" 16)x" "target 1x"
done

# 5. 10,000 personalised backpack flyers: time and peak memory.
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/t.txt" "$cli" --db "$work/district.db" print backpack --event 5 -o "$work/bp.pdf" >/dev/null
  cat "$work/t.txt"
done > "$work/flyers.txt"
pages=$(pdfinfo "$work/bp.pdf" | sed -n 's/^Pages: *//p')
secs=$(cut -d' ' -f1 "$work/flyers.txt" | median)
mib=$(cut -d' ' -f2 "$work/flyers.txt" | awk '{print $1/1024}' | median)
row "10,000 backpack flyers, peak memory" "$(printf '%.0f MiB (%s)' "$mib" "$(cut -d' ' -f2 "$work/flyers.txt" | awk '{printf "%.0f\n", $1/1024}' | range)")" \
    "limit 150 MiB" "$(ratio "$mib" 150)x" "target 1x"
row "10,000 backpack flyers, speed" "$(printf '%.0f pages/s (%s s)' "$(echo "$pages / $secs" | bc -l)" "$(cut -d' ' -f1 "$work/flyers.txt" | range %.2f)")" \
    "limit 1,500 pages/s" "$(ratio 1500 "$(echo "$pages / $secs" | bc -l)")x" "target 1x (time)"

echo "FamilyNight speed and memory, $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "one core kept busy by a second program; medians, (min-max) of the runs"
printf '%-46s | %-28s | %-30s | %7s | %s\n' "job" "FamilyNight" "limit or peer" "ratio" "target"
printf '%s\n' "${rows[@]}"
