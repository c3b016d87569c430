#!/usr/bin/env bash
# Every planned entry can be corrected: rooms, rounds, people, shifts,
# sign-ups and presenters, each edit, remove and cancel through the same
# operations as the app, and a removal others depend on says what and why.
source "$(dirname "$0")/lib.sh"

fn init >/dev/null
fn event add --kind math-night --title "Math Night" --date 2099-03-05 --start 17:30 --end 19:30 --status published >/dev/null
fn round add 1 --number 1 --start 18:00 --end 18:40 >/dev/null
fn round add 1 --number 2 --start 18:50 --end 19:30 >/dev/null
fn room add 1 --name Library --capacity 20 >/dev/null
fn room add 1 --name "Room 12" --capacity 25 >/dev/null
fn person add --name "Ms. Rivera" --role teacher >/dev/null
fn person add --name "Lan Phạm" --role parent --phone 555-0101 >/dev/null
fn workshop add 1 --round 1 --room Library --title "Math games" --presenter "Ms. Rivera" >/dev/null
out=$(fn --json workshop add 1 --round 2 --title "Cuentos / Stories" --language "es, en")
expect_eq "a bilingual workshop" "$(fn --json event show 1 | jq -c ".workshops[] | select(.id == $(jq .id <<<"$out")) | .languages")" '["es","en"]'
expect_fails "a language typo" "'EN1' is not a language code" "$CLI" workshop add 1 --round 2 --title "X" --language es,EN1
fn workshop remove "$(jq .id <<<"$out")" >/dev/null

# Rooms
out=$(fn room edit 1 --name "Library (upstairs)"); expect_contains "room renamed" "$out" "Library (upstairs) (20 seats)"
expect_fails "a room name used twice" "already has a room named" "$CLI" room edit 2 --name "Library (upstairs)"
expect_fails "a room with a workshop" "still has workshops in it: 'Math games'" "$CLI" room remove 1
out=$(fn --json room remove 1 --unassign)
expect_eq "its workshop stays, without a room" "$(jq -r '.without_room[0]' <<<"$out")" "Math games"
expect_contains "the workshop is still planned" "$(fn event show 1)" "Math games"
out=$(fn room remove 2); expect_contains "an empty room goes" "$out" "removed"

# Rounds
out=$(fn round edit 2 --start 18:45); expect_contains "round times changed" "$out" "18:45-19:30"
expect_fails "a round outside the event" "is outside the event's 17:30-19:30" "$CLI" round edit 2 --end 20:00
expect_fails "a round with workshops" "round 1 still has workshops: 'Math games'" "$CLI" round remove 1
expect_fails "a round number used twice" "already has a round 1" "$CLI" round edit 2 --number 1
expect_fails "rounds that overlap" "round 2 (18:30-19:30) would overlap round 1 (18:00-18:40)" "$CLI" round edit 2 --start 18:30
expect_eq "... exit 6" "$(rc=0; "$CLI" round add 1 --number 3 --start 18:20 --end 18:50 >/dev/null 2>&1 || rc=$?; echo $rc)" 6
LANGUAGE=es expect_fails "... in Spanish" "la ronda 3 (18:20-18:50) se cruzaría con la ronda 1 (18:00-18:40)" \
    "$CLI" round add 1 --number 3 --start 18:20 --end 18:50
out=$(fn round remove 2); expect_contains "an empty round goes" "$out" "removed"

# Seats: fewer than families hold are named first, moved only with --yes.
room=$(fn --json room add 1 --name "Room 14" --capacity 25 | jq .id)
fractions=$(fn --json workshop add 1 --round 1 --room "Room 14" --title "Fractions with food" | jq .id)
for g in "Rosa García" "Min Lee" "Ada Okafor"; do
    fn family add --guardian "$g" >/dev/null
    fn rsvp add 1 --family "#$(fn --json family search "${g#* }" | jq -r '.[0].id')" --adults 1 --pick "$fractions" >/dev/null
done
out=$(fn room edit "$room" --capacity 30); expect_contains "more seats: nothing to ask" "$out" "(30 seats)"
expect_fails "fewer seats than taken" "2 families who were told their seat is reserved would move to the waitlist: Lee ('Fractions with food'), Okafor ('Fractions with food')" \
    "$CLI" room edit "$room" --capacity 1
expect_eq "... nothing changed" "$(fn --json event show 1 | jq -c ".rooms[] | select(.id == $room) | .capacity")" "30"
out=$(fn room edit "$room" --capacity 1 --yes)
expect_contains "confirmed: moved, and the families to tell" "$out" "Moved to the waitlist; tell them:"
expect_contains "... Lee" "$out" "Lee (Fractions with food)"
fn workshop remove "$fractions" >/dev/null && fn room remove "$room" >/dev/null

# Presenters and people
expect_fails "a presenter cannot be removed from the directory" "presents 'Math games'" "$CLI" person remove "Ms. Rivera"
out=$(fn workshop drop-presenter 1 --person "Ms. Rivera"); expect_contains "presenter dropped" "$out" "no longer presents"
expect_fails "dropped twice" "does not present" "$CLI" workshop drop-presenter 1 --person "Ms. Rivera"
out=$(fn person edit "Ms. Rivera" --name "Ms. Rivera-Lopez" --languages en,es)
expect_contains "person renamed" "$out" "Saved Ms. Rivera-Lopez"
expect_eq "languages kept as typed" "$(fn --json person list | jq -r '.[] | select(.name == "Ms. Rivera-Lopez") | .languages | join(",")')" "en,es"
out=$(fn person remove "Ms. Rivera-Lopez"); expect_contains "person removed" "$out" "Removed"

# Shifts and sign-ups
role=$(fn --json volunteer role 1 --kind childcare --name "Childcare" | jq .id)
s1=$(fn --json volunteer shift "$role" --start 17:15 --end 18:30 --needed 2 | jq .id)
s2=$(fn --json volunteer shift "$role" --start 18:30 --end 19:30 --needed 2 | jq .id)
fn volunteer signup "$s1" --person "Lan Phạm" >/dev/null
fn volunteer signup "$s2" --person "Lan Phạm" >/dev/null
expect_fails "a new time that overlaps her other shift" "also has a shift from 18:30 to 19:30" \
    "$CLI" volunteer edit-shift "$s1" --end 18:45
fn person add --name "Ben Cole" --role staff >/dev/null
fn person add --name "Ana Ruiz" --role parent >/dev/null
fn volunteer signup "$s1" --person "Ben Cole" >/dev/null
expect_fails "a full shift asks first" "needs 2 and has 2 signed up already; sign Ana Ruiz up as one over" \
    "$CLI" volunteer signup "$s1" --person "Ana Ruiz"
fn volunteer signup "$s1" --person "Ana Ruiz" --over >/dev/null
expect_contains "... counted as over" "$(fn volunteer board 1)" "3/2 signed up  1 OVER"
fn volunteer cancel "$s1" --person "Ana Ruiz" >/dev/null
fn volunteer cancel "$s1" --person "Ben Cole" >/dev/null
out=$(fn volunteer edit-shift "$s1" --needed 3); expect_contains "needed changed" "$out" "3 needed"
expect_fails "someone on a shift cannot be removed" "has the 17:15-18:30 shift" "$CLI" person remove "Lan Phạm"
out=$(fn volunteer cancel "$s1" --person "Lan Phạm"); expect_contains "sign-up cancelled" "$out" "no longer signed up"
expect_fails "cancelled twice" "is not signed up" "$CLI" volunteer cancel "$s1" --person "Lan Phạm"
out=$(fn volunteer remove-shift "$s2"); expect_contains "removing a shift says who to tell" "$out" "tell Lan Phạm"
expect_contains "the board has one shift left" "$(fn volunteer board 1)" "0/3 signed up"

# Roles
out=$(fn volunteer edit-role "$role" --name "Childcare (gym)"); expect_contains "role renamed" "$out" "Childcare (gym) (childcare)"
expect_fails "a role with a shift" "has 1 shift(s)" "$CLI" volunteer remove-role "$role"
fn volunteer remove-shift "$s1" >/dev/null
out=$(fn volunteer remove-role "$role"); expect_contains "an empty role goes" "$out" "removed"

# Texts in another language: what the Spanish flyer says instead of English, and what is still English.
fn room add 1 --name Library --capacity 20 >/dev/null
fn room add 1 --name Gym --capacity 40 >/dev/null
fn workshop add 1 --round 1 --room Library --title "Reading corner" >/dev/null
fn workshop add 1 --round 1 --room Gym --title "Number games" >/dev/null
out=$(fn print flyer --event 1 --languages es,en -o before.pdf)
expect_contains "untranslated texts are said when printing" "$out" "Not given in 'es' yet, so printed in English: the event's title"
fn event translate 1 es --title "Noche de Matemáticas" --place "Biblioteca de la escuela" >/dev/null
fn room translate "$(fn --json event show 1 | jq '.rooms[] | select(.name=="Library") | .id')" es --name Biblioteca >/dev/null
fn workshop translate "$(fn --json event show 1 | jq '.workshops[] | select(.title=="Reading corner") | .id')" es \
    --title "Rincón de lectura" >/dev/null
out=$(fn --json print flyer --event 1 --languages es,en -o after.pdf)
expect_eq "now only the untranslated ones" "$(jq -c '.texts_in_english.es | [.title, .place, .room_names]' <<<"$out")" '[false,false,1]'
flyer=$(pdftotext -layout after.pdf - 2>/dev/null)
for s in "Noche de Matemáticas" "Biblioteca de la escuela" "Rincón de lectura" "   Biblioteca" "   Gym"; do
  expect_contains "the Spanish side says $s" "$flyer" "$s"; done
expect_fails "a workshop has no place of its own" "--place" "$CLI" workshop translate 1 es --place Aula
expect_fails "a bad language code" "is not a language code" "$CLI" event translate 1 Spanish --title x
finish
