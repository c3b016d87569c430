#!/usr/bin/env bash
# Four check-in stations at once, each a process per check-in as a retried
# command would be: OWN families of its own each, plus SHARED families that
# all four try. Then the same while a roster import of IMPORT students runs.
# Every family is checked in exactly once, the only refusals are "already
# checked in", and the import is whole. Runs on SQLite and, through
# cli/lib.sh, on the test PostgreSQL server. Prints its figures (seconds,
# refusals).
#
# The size is work, not time: ctest runs 4 x (30 + 10) check-ins a night and
# a 2,000-student import, seconds even on a busy machine; the benchmark
# (tests/bench/stations_bench.sh) runs the district size, 4 x (250 + 50) and
# 10,000 students, through the same script with FN_STATIONS_OWN,
# FN_STATIONS_SHARED and FN_STATIONS_IMPORT.
source "$(dirname "$0")/lib.sh"
OWN=${FN_STATIONS_OWN:-30}
SHARED=${FN_STATIONS_SHARED:-10}
IMPORT=${FN_STATIONS_IMPORT:-2000}
FAMILIES=$((4 * OWN + SHARED))
COMMANDS=$((4 * (OWN + SHARED)))

roster() {  # roster FIRST COUNT: one student per family, unique phones and names
    echo "Student ID,Last Name,First Name,Grade,Homeroom,Parent Name,Home Phone,Home Language"
    awk -v first="$1" -v n="$2" 'BEGIN { for (i = first; i < first + n; i++)
        printf "%d,Family%d,Kid%d,%d,Room %d,Parent%d Family%d,555-%07d,English\n", 100000 + i, i, i, i % 6, i % 20, i, i, i }'
}

fn init >/dev/null
roster 0 "$FAMILIES" >families.csv
out=$(fn import roster families.csv); expect_contains "$FAMILIES families" "$out" "$FAMILIES households created"

# station N EVENT CODES_FILE: checks in every code in the file, one process
# each; writes its refusals other than "already checked in" to refused.N,
# and its successes to done.N.
station() {
    local n=$1 event=$2 file=$3
    : >"refused.$n"; : >"done.$n"
    while read -r code; do
        if err=$(fn checkin "$event" "$code" --adults 1 --children 1 --station "Door $n" 2>&1 >/dev/null); then
            echo "$code" >>"done.$n"
        else
            [[ "$err" == *"already checked in"* ]] || echo "$code: $err" >>"refused.$n"
        fi
    done <"$file"
}
fn --json family list --limit 0 | jq -r '.[].code' >codes
expect_eq "$FAMILIES codes" "$(wc -l <codes)" "$FAMILIES"
for n in 1 2 3 4; do
    { sed -n "$(( (n - 1) * OWN + 1 )),$(( n * OWN ))p" codes; sed -n "$(( 4 * OWN + 1 )),${FAMILIES}p" codes; } >"codes.$n"
done
run_stations() {  # run_stations EVENT: four stations, OWN own + the SHARED each
    local event=$1 pids=() n
    local t0; t0=$(date +%s.%N)
    for n in 1 2 3 4; do station "$n" "$event" "codes.$n" & pids+=($!); done
    wait "${pids[@]}"
    local seconds; seconds=$(echo "$(date +%s.%N) - $t0" | bc -l)
    cat refused.1 refused.2 refused.3 refused.4 | head -5
    expect_eq "event $event: no refusal but 'already checked in'" "$(cat refused.? | wc -l)" "0"
    expect_eq "event $event: each family succeeded once" "$(cat done.? | sort | uniq -d | wc -l) $(cat done.? | wc -l)" "0 $FAMILIES"
    local counts; counts=$(fn --json counts "$event")
    expect_eq "event $event: $FAMILIES families checked in" "$(jq .turnout.checked_in_households <<<"$counts")" "$FAMILIES"
    expect_eq "event $event: one log entry per check-in" "$(fn --json door log "$event" | jq '[.[] | select(.action == "check-in")] | length')" "$FAMILIES"
    printf 'FIGURE event %s: 4 stations, %d check-in commands, %.1f s\n' "$event" "$COMMANDS" "$seconds"
}

fn event add --kind literacy-night --title "Literacy Night" --date 2026-12-10 --start 17:30 --end 19:30 \
    --status published >/dev/null
run_stations 1

# The same on a second night while a roster import runs. It starts once the
# stations are at work (their first check-ins are done), whatever the
# machine's speed, so the two really overlap.
fn event add --kind math-night --title "Math Night" --date 2026-12-17 --start 17:30 --end 19:30 \
    --status published >/dev/null
roster 5000 "$IMPORT" >big.csv
rm -f done.? refused.?
( for _ in $(seq 600); do [ "$(cat done.? 2>/dev/null | wc -l)" -ge 4 ] && break; sleep 0.05; done
  t0=$(date +%s.%N); fn import roster big.csv >import.out 2>&1; echo $? >import.rc
  printf 'FIGURE the %d-student import beside them: %.1f s\n' "$IMPORT" "$(echo "$(date +%s.%N) - $t0" | bc -l)" ) &
importer=$!
run_stations 2
wait "$importer"
cat import.out | head -3
expect_eq "the import finished" "$(cat import.rc)" "0"
expect_contains "the import is whole" "$(cat import.out)" "$IMPORT households created"
expect_eq "every family there" "$(fn --json family list --limit 0 | jq length)" "$((FAMILIES + IMPORT))"
finish
