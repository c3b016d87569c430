#!/usr/bin/env bash
# The README's CLI tour, step by step, with the results checked.
source "$(dirname "$0")/lib.sh"

out=$(fn init); expect_contains "init" "$out" "Database ready"
[ -n "$ON_POSTGRESQL" ] || expect_eq "database is private" "$(stat -c %a school.db)" "600"

out=$(fn event add --kind literacy-night --title "Literacy Night" --title-in es="Noche de Lectura" \
      --date 2026-12-10 --start 17:30 --end 19:30 --place Cafeteria --dinner --childcare --status published)
expect_contains "event add" "$out" "Created event 1"
fn round add 1 --number 1 --start 18:00 --end 18:40 >/dev/null
fn room add 1 --name Library --capacity 2 >/dev/null
fn person add --name "Ms. Rivera" --role teacher --languages en,es >/dev/null
out=$(fn workshop add 1 --round 1 --room Library --title "Reading at home" --presenter "Ms. Rivera")
expect_contains "workshop add" "$out" "Added workshop 1"
expect_fails "presenter double booked" "Ms. Rivera already presents" \
    "$CLI" workshop add 1 --round 1 --title "Second workshop" --presenter "Ms. Rivera"

out=$(fn event show 1)
expect_contains "event show" "$out" "Reading at home"
expect_contains "event show translation" "$out" "[es] Noche de Lectura"
role=$(fn --json volunteer role 1 --kind childcare --name "Childcare (gym)" | jq .id)
s1=$(fn --json volunteer shift "$role" --start 17:15 --end 18:30 --needed 2 | jq .id)
s2=$(fn --json volunteer shift "$role" --start 18:00 --end 19:30 --needed 2 | jq .id)
fn person add --name "Lan Phạm" --role parent --languages vi >/dev/null
fn volunteer signup "$s1" --person "Lan Phạm" >/dev/null
expect_fails "overlapping shifts" "already has a shift from 17:15 to 18:30" "$CLI" volunteer signup "$s2" --person "Lan Phạm"
out=$(fn volunteer board 1)
expect_contains "volunteer board" "$out" "1/2 signed up  NEED 1 MORE"

out=$(fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es --phone 555-0100)
expect_contains "family add" "$out" "Added household 1 with family code"
code=$(fn --json family show '#1' | jq -r .code)

cp "$TESTS_DIR/data/sample_roster.csv" roster.csv  # BOM, CRLF, quoted names, as README shows
out=$(fn import roster roster.csv --dry-run)
expect_contains "dry run" "$out" "Dry run (nothing written): 3 rows: 2 households created"
expect_eq "dry run wrote nothing" "$(fn --json family list | jq length)" "1"
out=$(fn import roster roster.csv)
expect_contains "import" "$out" "Imported 3 rows: 2 households created"
out=$(fn family search tran)
expect_contains "accent-insensitive search" "$out" "Trần"
expect_eq "siblings share a household" "$(fn --json family search tran | jq '.[0].students | length')" "2"

out=$(fn rsvp add 1 --family '#1' --adults 2 --children 4,7 --childcare 4 --pick 1 --meal vegetarian:1)
expect_contains "rsvp seat" "$out" "workshop 1: seat reserved"
# Looked up, not assumed to be #2: on PostgreSQL the dry run's rolled-back ids are not reused.
tran="#$(fn --json family search tran | jq '.[0].id')"
out=$(fn rsvp add 1 --family "$tran" --adults 1 --pick 1 --interpreter vi --source phone)
expect_contains "rsvp waitlisted" "$out" "WAITLISTED (#1 in line)"

out=$(fn counts 1)
expect_contains "counts rsvps" "$out" "RSVPs: 2 yes"
expect_contains "counts dinner" "$out" "Dinner: 6 meals (5 from RSVPs + 1 for walk-ins at 10%)"
expect_contains "counts childcare (thinnest shift counts)" "$out" "Childcare: 1 children, 1 caregivers needed, 0 signed up - SHORT 1"
expect_contains "counts workshop" "$out" "2/2 seats, 1 waiting"

out=$(fn rsvp cancel 1 --family "$code")
expect_contains "cancel promotes" "$out" "Promoted from the waitlist of workshop 1: Trần"

out=$(fn door search 1 nunez)
expect_contains "door search shows the status" "$out" "RSVP cancelled"
out=$(fn checkin 1 --search "nunez ana")
expect_contains "check-in by search" "$out" "Welcome, Núñez family"
expect_contains "cancelled rsvp means walk-in" "$out" "as a walk-in"
expect_fails "double check-in" "already checked in" "$CLI" checkin 1 "$code"
out=$(fn walkin 1 --guardian "Hodan Warsame" --language so --children 2)
expect_contains "walk-in" "$out" "New family registered with code"
out=$(fn attend 1 --family "$code"); expect_contains "workshop attendance" "$out" "Recorded 1 family at workshop 1"
out=$(fn checkin 1 "$code" --adjust --adults 1 --children 2); expect_contains "adjust" "$out" "now counted as 1 adults and 2 children"
out=$(fn --json childcare dropoff 1 "$code" --children 1)
pickup=$(jq -r .pickup_code <<<"$out")
expect_eq "pickup code length" "${#pickup}" "4"
expect_contains "childcare list" "$(fn childcare list 1)" "1 children of 1 families in care"
expect_fails "undo while in care" "pick them up before undoing" "$CLI" checkin 1 "$code" --undo
expect_fails "wrong pickup code" "no children in care with code" "$CLI" childcare pickup 1 AAAA
out=$(fn childcare pickup 1 "$pickup"); expect_contains "pickup" "$out" "1 children of the Núñez family"
out=$(fn checkin 1 "$code" --undo)
expect_contains "undo" "$out" "undone"
out=$(fn door log 1)
expect_contains "door log keeps the undone check-in" "$out" "(reverted by"
expect_contains "and the pickup" "$out" "picked up, code $pickup"

out=$(fn --json counts 1)
expect_eq "json walk-ins" "$(jq .turnout.walk_in_household <<<"$out")" "null"
expect_eq "json turnout" "$(jq .turnout.walk_in_households <<<"$out")" "1"
expect_eq "json meals total" "$(jq .dinner.total <<<"$out")" "$(jq '.dinner.rsvp_meals + .dinner.buffer_meals' <<<"$out")"

out=$(fn export csv rsvps 1 -o rsvps.csv); expect_contains "export" "$out" "Wrote 2 rows"
expect_contains "csv content" "$(cat rsvps.csv)" "Trần"
out=$(fn export ics -o events.ics --language es); expect_contains "ics" "$out" "Wrote 1 event to"
expect_contains "ics content" "$(cat events.ics)" "SUMMARY:Noche de Lectura"
fn school set --time-zone America/Chicago >/dev/null
expect_fails "a time zone as the database writes it" "write it as the time zone database does" fn school set --time-zone "Central"
uid=$(grep '^UID:' events.ics)
fn export ics -o feed.ics --feed >/dev/null
expect_contains "the feed: the school's own UID" "$(cat feed.ics)" "$uid"
expect_contains "... its time zone" "$(cat feed.ics)" "DTSTART;TZID=America/Chicago:"
expect_contains "... looked at again" "$(cat feed.ics)" "REFRESH-INTERVAL;VALUE=DURATION:PT6H"

out=$(fn print signin --event 1 -o signin.pdf --blank-rows 5)
expect_contains "print signin" "$out" "Wrote the sign-in sheet for 1 families"
expect_eq "signin pages" "$(pdfinfo signin.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')" "1"
expect_contains "signin names" "$(pdftotext signin.pdf - 2>/dev/null)" "Trần"
out=$(fn print headcount --event 1 -o headcount.pdf)
expect_contains "print headcount" "$out" "Wrote the head-count sheet"
expect_contains "headcount text" "$(pdftotext headcount.pdf - 2>/dev/null)" "Meals to order"
out=$(fn print flyer --event 1 --languages es,en -o flyer.pdf)
expect_contains "print flyer" "$out" "Wrote the es,en flyer"
expect_contains "flyer text" "$(pdftotext flyer.pdf - 2>/dev/null)" "Noche de Lectura"
out=$(fn school set --clock 24); expect_contains "24-hour times on paper" "$out" "Times on paper: 24-hour (17:30)"
expect_fails "a clock that does not exist" "'13' is not 12, 24 or language" "$CLI" school set --clock 13
fn school set --clock language >/dev/null
out=$(fn print badges --event 1 --paper a4 -o a4-badges.pdf)
expect_contains "badges stay on the sheet they are made for" "$out" "on US Letter: Avery 5395 sheets come only in that size"
expect_fails "the same language twice" "'en' is named twice" "$CLI" print flyer --event 1 --languages en,en -o x.pdf
expect_fails "flyer language without labels" "no printed labels in 'am'" "$CLI" print flyer --event 1 --languages am -o x.pdf
out=$(fn print backpack --event 1 -o backpack.pdf)
expect_contains "print backpack" "$out" "Wrote 3 flyers in"
for doc in schedule roomsigns rosters attendance badges pickup binder; do
    out=$(fn print $doc --event 1 -o $doc.pdf); expect_contains "print $doc" "$out" "Wrote"
done
expect_contains "roster lists the promoted family" "$(pdftotext rosters.pdf - 2>/dev/null)" "Seated: 1 family (2 seats)"

# A presenter falls ill: the workshop comes off the timetable and the families who picked it are listed.
out=$(fn workshop remove 1); expect_contains "workshop remove" "$out" "Removed 'Reading at home'. Tell these families:"
expect_contains "the family to tell" "$out" "Trần"
expect_fails "removed once" "no workshop with id 1" "$CLI" workshop remove 1

# Backups: now, listed, restored with what was there kept first.
if [ -z "$ON_POSTGRESQL" ]; then
    families=$(fn --json family list --limit 0 | jq length)
    backup=$(fn --json db backup | jq -r .backup)
    expect_eq "the backup is a file of its own" "$(stat -c %a "$backup")" "600"
    expect_contains "backups listed" "$(fn db backups)" "$backup"
    fn family add --guardian "Added After The Backup" >/dev/null
    out=$(fn db restore "$backup"); expect_contains "restore" "$out" "What was there before is kept in"
    expect_eq "the restore put the families back" "$(fn --json family list --limit 0 | jq length)" "$families"
    expect_fails "restore from nothing" "there is no backup file" "$CLI" db restore "$WORK/none.db"
else
    expect_fails "a shared database is backed up on its server" "pg_dump -Fc" "$CLI" db backup
fi

# Moving the school (on the PostgreSQL run: from the server to a file).
out=$(fn db copy "$FAMILYNIGHT_DB" "$WORK/moved.db"); expect_contains "db copy" "$out" "every table's count checked"
expect_eq "the copy holds the families" "$(fn --db "$WORK/moved.db" --json family list --limit 0 | jq length)" \
    "$(fn --json family list --limit 0 | jq length)"
expect_fails "copy only into an empty database" "already holds a school" "$CLI" db copy "$FAMILYNIGHT_DB" "$WORK/moved.db"
expect_fails "copy from a missing file" "there is no database" "$CLI" db copy "$WORK/nothing.db" "$WORK/new.db"
[ -e "$WORK/nothing.db" ] && { echo "FAIL: a missing source file was created"; failures=$((failures + 1)); }

finish
