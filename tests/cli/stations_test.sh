#!/usr/bin/env bash
# Four check-in stations at once, each a process per check-in as a retried
# command would be: 250 families of its own each, plus 50 families that all
# four try. Then the same while a 10,000-student roster import runs. Every
# family is checked in exactly once, the only refusals are "already checked
# in", and the import is whole. Runs on SQLite and, through cli/lib.sh, on
# the test PostgreSQL server. Prints its figures (seconds, refusals).
source "$(dirname "$0")/lib.sh"

roster() {  # roster FIRST COUNT: one student per family, unique phones and names
    echo "Student ID,Last Name,First Name,Grade,Homeroom,Parent Name,Home Phone,Home Language"
    awk -v first="$1" -v n="$2" 'BEGIN { for (i = first; i < first + n; i++)
        printf "%d,Family%d,Kid%d,%d,Room %d,Parent%d Family%d,555-%07d,English\n", 100000 + i, i, i, i % 6, i % 20, i, i, i }'
}

fn init >/dev/null
roster 0 1050 >families.csv
out=$(fn import roster families.csv); expect_contains "1,050 families" "$out" "1050 households created"

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
expect_eq "1,050 codes" "$(wc -l <codes)" "1050"
for n in 1 2 3 4; do
    { sed -n "$(( (n - 1) * 250 + 1 )),$(( n * 250 ))p" codes; sed -n '1001,1050p' codes; } >"codes.$n"
done
run_stations() {  # run_stations EVENT: four stations, 250 own + the shared 50 each
    local event=$1 pids=() n
    local t0; t0=$(date +%s.%N)
    for n in 1 2 3 4; do station "$n" "$event" "codes.$n" & pids+=($!); done
    wait "${pids[@]}"
    local seconds; seconds=$(echo "$(date +%s.%N) - $t0" | bc -l)
    cat refused.1 refused.2 refused.3 refused.4 | head -5
    expect_eq "event $event: no refusal but 'already checked in'" "$(cat refused.? | wc -l)" "0"
    expect_eq "event $event: each family succeeded once" "$(cat done.? | sort | uniq -d | wc -l) $(cat done.? | wc -l)" "0 1050"
    local counts; counts=$(fn --json counts "$event")
    expect_eq "event $event: 1,050 families checked in" "$(jq .turnout.checked_in_households <<<"$counts")" "1050"
    expect_eq "event $event: one log entry per check-in" "$(fn --json door log "$event" | jq '[.[] | select(.action == "check-in")] | length')" "1050"
    printf 'FIGURE event %s: 4 stations, 1,200 check-in commands, %.1f s\n' "$event" "$seconds"
}

fn event add --kind literacy-night --title "Literacy Night" --date 2026-12-10 --start 17:30 --end 19:30 \
    --status published >/dev/null
run_stations 1

# The same on a second night while a 10,000-student roster import runs.
fn event add --kind math-night --title "Math Night" --date 2026-12-17 --start 17:30 --end 19:30 \
    --status published >/dev/null
roster 5000 10000 >big.csv
# It starts two seconds in, while every station is busy.
( sleep 2; t0=$(date +%s.%N); fn import roster big.csv >import.out 2>&1; echo $? >import.rc
  printf 'FIGURE the 10,000-student import beside them: %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc -l)" ) &
importer=$!
run_stations 2
wait "$importer"
cat import.out | head -3
expect_eq "the import finished" "$(cat import.rc)" "0"
expect_contains "the import is whole" "$(cat import.out)" "10000 households created"
expect_eq "every family there" "$(fn --json family list --limit 0 | jq length)" "11050"
finish
