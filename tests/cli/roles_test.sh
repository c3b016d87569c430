#!/usr/bin/env bash
# Roles and logins on the test PostgreSQL server, end to end: the
# coordinator sets them up, a door login checks a family in but never sees
# a phone number, and is refused the plan with the reason.
source "$(dirname "$0")/lib.sh"
[ -n "$ON_POSTGRESQL" ] || { echo "FAIL: roles need the test PostgreSQL server (FN_TEST_POSTGRESQL_FILE)"; exit 1; }

fn init >/dev/null
fn event add --kind literacy-night --title "Literacy Night" --date 2026-12-10 --start 17:30 --end 19:30 --status published >/dev/null
fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es --phone 555-0100 >/dev/null
out=$(fn family show '#1'); expect_contains "the coordinator sees the phone" "$out" "555-0100"
out=$(fn db roles); expect_contains "roles" "$out" "${PG_NAME}_door (door operations; no contact details)"
door="door_$$"
out=$(echo "door pass" | fn db login "$door" --role door --password-stdin)
expect_contains "door login" "$out" "$door now signs in as door"
expect_fails "a password is never an option" "--password" "$CLI" db login x --role door --password secret
expect_fails "a teacher's login names a person" "must name the person" "$CLI" db login "t_$$" --role teacher --password-stdin </dev/null

as_door=(--db "$FAMILYNIGHT_DB user=$door")
out=$("$CLI" "${as_door[@]}" family show '#1')
expect_contains "the door sees the family" "$out" "Rosa Núñez"
[[ "$out" == *"555-0100"* ]] && { echo "FAIL: the door saw the phone: $out"; failures=$((failures + 1)); } || passes=$((passes + 1))
out=$("$CLI" "${as_door[@]}" checkin 1 '#1' --station "Door 1"); expect_contains "the door checks in" "$out" "Welcome, Núñez family"
expect_fails "the door cannot plan" "your database login is not allowed to do this" \
    "$CLI" "${as_door[@]}" event add --kind math-night --title "Math Night" --date 2026-12-17 --start 17:30 --end 19:30
finish
