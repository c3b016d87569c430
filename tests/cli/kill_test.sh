#!/usr/bin/env bash
# A station killed (SIGKILL) at random points: 200 check-ins, each killed
# after a random 0-40 ms, and a 10,000-student roster import killed three
# times part-way. The database stays sound (SQLite: integrity_check; both:
# every check-in has its door-log entry), every check-in that reported
# success is there, and each import is all or nothing. Runs on SQLite and,
# through cli/lib.sh, on the test PostgreSQL server.
source "$(dirname "$0")/lib.sh"

roster() {  # roster FIRST COUNT
    echo "Student ID,Last Name,First Name,Grade,Homeroom,Parent Name,Home Phone,Home Language"
    awk -v first="$1" -v n="$2" 'BEGIN { for (i = first; i < first + n; i++)
        printf "%d,Family%d,Kid%d,%d,Room %d,Parent%d Family%d,555-%07d,English\n", 100000 + i, i, i, i % 6, i % 20, i, i, i }'
}
families() { fn --json family list --limit 0 | jq length; }

fn init >/dev/null
roster 0 200 >families.csv
fn import roster families.csv >/dev/null
fn event add --kind literacy-night --title "Literacy Night" --date 2026-12-10 --start 17:30 --end 19:30 \
    --status published >/dev/null
fn --json family list --limit 0 | jq -r '.[].code' >codes

RANDOM=20261130  # the same "random" points on every run
reported=0 killed=0
: >succeeded
while read -r code; do
    "$CLI" checkin 1 "$code" --station "Door 1" >/dev/null 2>&1 &  # the CLI itself, not a subshell
    pid=$!
    sleep "0.0$(printf '%02d' $((RANDOM % 40)))"
    kill -9 "$pid" 2>/dev/null || true
    rc=0; wait "$pid" 2>/dev/null || rc=$?
    if [ "$rc" -eq 0 ]; then echo "$code" >>succeeded; reported=$((reported + 1)); fi
    [ "$rc" -eq 137 ] && killed=$((killed + 1))
done <codes
echo "FIGURE 200 check-ins: $killed killed part-way, $reported reported success"

if [ -z "$ON_POSTGRESQL" ]; then
    expect_eq "integrity check" "$(sqlite3 school.db 'PRAGMA integrity_check')" "ok"
fi
# Every check-in has its door-log entry (they are written in one transaction).
checked_in=$(fn --json counts 1 | jq .turnout.checked_in_households)
logged=$(fn --json door log 1 | jq '[.[] | select(.action == "check-in")] | length')
expect_eq "check-ins and their log entries agree" "$logged" "$checked_in"
echo "FIGURE checked in afterwards: $checked_in (log entries: $logged)"
expect_eq "at least every reported check-in counted" "$(( checked_in >= reported ))" "1"
missing=0
while read -r code; do
    err=$(fn checkin 1 "$code" --station "Door 2" 2>&1 >/dev/null) && missing=$((missing + 1))
    [[ "$err" == *"already checked in"* ]] || missing=$((missing + 1))
done <succeeded
expect_eq "every check-in that reported success is there" "$missing" "0"

# Each attempt a new roster of 10,000, so a whole import always shows.
attempt=0
for delay in 0.05 0.15 0.25 1 3; do
    attempt=$((attempt + 1))
    roster $((attempt * 20000)) 10000 >big.csv
    before=$(families)
    "$CLI" import roster big.csv >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    rc=0; wait "$pid" 2>/dev/null || rc=$?
    [ "$rc" -eq 137 ] && outcome="killed after ${delay} s" || outcome="finished before ${delay} s (exit $rc)"
    after=$(families)
    echo "FIGURE import $outcome: families $before -> $after"
    [[ "$after" == "$before" || "$after" == $((before + 10000)) ]] && passes=$((passes + 1)) ||
        { echo "FAIL: import half-written: $before -> $after"; failures=$((failures + 1)); }
done
if [ -z "$ON_POSTGRESQL" ]; then
    expect_eq "integrity check after the imports" "$(sqlite3 school.db 'PRAGMA integrity_check')" "ok"
fi
roster 200000 10000 >big.csv
out=$(fn import roster big.csv); expect_contains "the import still runs whole" "$out" "10000 households created"
finish
