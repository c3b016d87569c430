#!/usr/bin/env bash
# The door from the command line: the expected family first among same-name
# families, with status; a second RSVP says what it replaced; stations on one
# file that check in at once all succeed (writers wait, they do not fail).
source "$(dirname "$0")/lib.sh"

fn init >/dev/null
fn event add --kind literacy-night --title "Literacy Night" --date 2099-12-10 --start 17:30 --end 19:30 \
   --childcare --status published >/dev/null
for first in Ana Beto Carla; do
  fn family add --guardian "Rosa Núñez" --student "$first Núñez:2:Ms. Rivera" --language es >/dev/null
done
fn family add --guardian "Rosa Núñez" --student "Lucía Núñez:3:Mr. Park" --language es >/dev/null
fn family add --guardian "Luis Díaz" --student "Rosa Díaz:K:Ms. Lee" >/dev/null
fn rsvp add 1 --family '#4' --adults 2 --children 4,7 >/dev/null

out=$(fn --json door search 1 "nunez")
expect_eq "four Núñez families" "$(jq length <<<"$out")" "4"
expect_eq "the expected one first" "$(jq -r '.[0].students[0].name' <<<"$out")" "Lucía Núñez"
expect_eq "its RSVP" "$(jq -r '.[0].rsvp + " " + (.[0].expected_adults|tostring) + "+" + (.[0].expected_children|tostring)' <<<"$out")" "yes 2+2"
expect_eq "the others have none" "$(jq -r '.[1].rsvp' <<<"$out")" "none"
expect_eq "homeroom shown" "$(jq -r '.[0].students[0].homeroom' <<<"$out")" "Mr. Park"
expect_eq "no contact data at the door" "$(jq '[.[] | has("phone") or has("email") or has("address")] | any' <<<"$out")" "false"
out=$(fn --json door search 1 "rosa")
expect_eq "a guardian named Rosa before a student named Rosa" "$(jq -r '.[-1].guardians[0]' <<<"$out")" "Luis Díaz"
expect_eq "student match said" "$(jq -r '.[-1].match' <<<"$out")" "student"
fn checkin 1 '#4' >/dev/null
out=$(fn door search 1 "lucia")
expect_contains "arrived shown in text" "$out" "arrived"

# The door log: every action with its station; any entry reverted, or refused with the reason.
fn checkin 1 '#2' --station "Door 2" >/dev/null
fn checkin 1 '#2' --adjust --adults 2 --children 1 --station "Door 2" >/dev/null
log=$(fn --json door log 1)
expect_eq "three entries (Lucía's check-in above, then #2's and its correction)" "$(jq length <<<"$log")" "3"
expect_eq "station kept" "$(jq -r '.[1].station' <<<"$log")" "Door 2"
expect_eq "correction logged with what it replaced" "$(jq -r '.[2] | "\(.action) \(.before_adults)+\(.before_children) \(.adults)+\(.children)"' <<<"$log")" "adjust 1+0 2+1"
first=$(jq '.[0].entry' <<<"$log")
out=$(fn door revert 1 "$first")
expect_contains "the first check-in reverted, not only the last" "$out" "reverted"
expect_fails "a second revert says why" "reverted already" "$CLI" door revert 1 "$first"
fn door revert 1 "$(jq '.[1].entry' <<<"$log")" >/dev/null  # the Núñez (#2) check-in
expect_fails "a correction of a check-in that is gone" "nothing to revert" "$CLI" door revert 1 "$(jq '.[2].entry' <<<"$log")"
expect_contains "log text shows the revert" "$(fn door log 1)" "reverted entry $first"
out=$(fn --json checkin 1 '#5' --operation retry-1 --station "Door 3")
out2=$(fn --json checkin 1 '#5' --operation retry-1 --station "Door 3")
expect_eq "a retried check-in is done once" "$(jq .checked_in_at <<<"$out")" "$(jq .checked_in_at <<<"$out2")"
expect_fails "another station is told where the family came in" "(Door 3)" "$CLI" checkin 1 '#5' --station "Door 1"

# A walk-in named like a family in the directory is offered it, not duplicated.
expect_fails "walk-in like Luis Díaz" "may already be in the directory" "$CLI" walkin 1 --guardian "luis diaz"
expect_eq "no second Díaz household" "$(fn --json family search diaz | jq length)" "1"
out=$(fn walkin 1 --guardian "Luis Diaz" --new-family)
expect_contains "a new family when the coordinator says so" "$out" "New family registered"

out=$(fn rsvp add 1 --family '#1' --adults 2 --children 4,7 --meal vegetarian:1)
expect_contains "first RSVP" "$out" "recorded"
out=$(fn rsvp add 1 --family '#1' --adults 2 --children 4 --source phone)
expect_contains "second RSVP says it replaced the first" "$out" "This replaced the RSVP recorded"
expect_contains "and what changed" "$out" "changed: children, meals, source"

# Three stations check in 40 families each at the same moment, plus 10
# families that all three try: every family is checked in once, and the only
# refusals are "already checked in".
# The families come in one roster import (a process each is the stations' part).
{ echo "Student ID,Last Name,First Name,Grade,Parent Name"
  for i in $(seq 1 130); do echo "9$i,Station,Kid$i,1,Guardian$i Station"; done; } >families.csv
fn import roster families.csv >/dev/null
codes=($(fn --json family search station --limit 200 | jq -r '.[].code'))
expect_eq "130 station families" "${#codes[@]}" "130"
station() {  # station N FIRST LAST: its own slice, then the shared ten
  local n=$1 errors=0
  for idx in $(seq "$2" "$3") $(seq 120 129); do
    if ! err=$(fn checkin 1 "${codes[$idx]}" --station "Door $n" 2>&1 >/dev/null); then
      [[ "$err" == *"already checked in"* ]] || { echo "station $n: $err"; errors=$((errors + 1)); }
    fi
  done
  echo "$errors" >"errors.$n"
}
station 1 0 39 & station 2 40 79 & station 3 80 119 &
wait
expect_eq "no station failed (busy)" "$(cat errors.1 errors.2 errors.3 | paste -sd+ | bc)" "0"
counts=$(fn --json counts 1)
expect_eq "every station family checked in once (plus #5 and the new Díaz walk-in)" "$(jq .turnout.checked_in_households <<<"$counts")" "132"

# An operation id is one action: used again for another family, it is
# refused with its own exit code (3) and nothing is done.
fn checkin 1 "${codes[0]}" --undo >/dev/null
rc=0; err=$(fn checkin 1 "${codes[0]}" --operation retry-1 2>&1 >/dev/null) || rc=$?
expect_eq "a reused operation id exits 3" "$rc" "3"
expect_contains "and says so" "$err" "already used"
expect_eq "the other family is not checked in" "$(fn --json door search 1 "${codes[0]}" | jq -r '.[0].arrived_at')" ""
rc=0; fn walkin 1 --guardian "Amina Yusuf" --operation retry-1 >/dev/null 2>&1 || rc=$?
expect_eq "a walk-in under a used id exits 3" "$rc" "3"
expect_eq "and no Yusuf household" "$(fn --json family search yusuf | jq length)" "0"

# Four stations register the same walk-in family at the same moment: one
# household, one check-in; the others are told it is in the directory now.
for n in 1 2 3 4; do
  ( fn walkin 1 --guardian "Abdi Farah" --phone 612-555-0199 --student "Hodan Abdi:3" --station "Door $n" \
       >"walkin.$n" 2>&1; echo $? >"walkin.rc.$n" ) &
done
wait
expect_eq "one station registered the family" "$(cat walkin.rc.? | grep -cx 0)" "1"
expect_eq "three were told it is there" "$(grep -l "may already be in the directory" walkin.? | wc -l)" "3"
expect_eq "one Farah household" "$(fn --json family search "abdi farah" | jq length)" "1"
expect_eq "checked in once" "$(fn --json door log 1 | jq '[.[] | select(.action == "walk-in")] | length')" "2"

# Childcare takes an operation id too: a drop-off sent twice is done once;
# its id used again for a pickup is refused (exit 3) and nothing is done.
fn checkin 1 '#3' --station "Door 3" >/dev/null 2>&1 || true  # (a station may have checked it in)
fn checkin 1 '#3' --adjust --adults 1 --children 1 --station "Door 3" >/dev/null
out=$(fn --json childcare dropoff 1 '#3' --children 1 --operation care-1 --station "Door 3")
again=$(fn --json childcare dropoff 1 '#3' --children 1 --operation care-1 --station "Door 3")
tag=$(jq -r .pickup_code <<<"$out")
expect_eq "a drop-off sent twice gives the same code" "$(jq -r .pickup_code <<<"$again")" "$tag"
expect_eq "one drop-off" "$(fn --json door log 1 | jq '[.[] | select(.action == "drop-off")] | length')" "1"
rc=0; fn childcare pickup 1 "$tag" --operation care-1 >/dev/null 2>&1 || rc=$?
expect_eq "a pickup under the drop-off's id exits 3" "$rc" "3"
expect_eq "still in care" "$(fn --json childcare list 1 | jq .children_in_care)" "1"
out=$(fn --json childcare pickup 1 "$tag" --operation care-2 --station "Door 3")
expect_eq "picked up under its own id" "$(jq .children <<<"$out")" "1"
finish
