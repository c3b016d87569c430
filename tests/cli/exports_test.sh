#!/usr/bin/env bash
# Exports the office opens: the same tables as CSV and as XLSX workbooks,
# read back by a real spreadsheet reader (openpyxl): typed cells (dates as
# dates, counts as numbers), the header frozen, unique column names, a name
# that looks like a formula kept as text; the family directory; refusals.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3   # Debian's, where python3-openpyxl is installed

fn init >/dev/null
fn event add --kind literacy-night --title "Literacy Night" --date 2026-12-10 --start 17:30 --end 19:30 --status published >/dev/null
fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es --phone 555-0100 --email rosa@example.org >/dev/null
fn family add --guardian "=HYPERLINK(\"x\")" --student "Evil Formula:3:Ms. Park" --phone 555-0101 >/dev/null
fn rsvp add 1 --family '#1' --adults 2 --children 4 >/dev/null
fn checkin 1 '#1' --station "Door 1" >/dev/null

out=$(fn export xlsx rsvps 1 -o rsvps.xlsx); expect_contains "workbook written" "$out" "Wrote 1 row to rsvps.xlsx"
read_xlsx() {  # read_xlsx FILE: every sheet, its frozen cell, header, and each cell's type and value
    "$PY" - "$1" <<'PY'
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
for sheet in book.worksheets:
    print("sheet", sheet.title, "frozen", sheet.freeze_panes)
    rows = list(sheet.iter_rows(values_only=True))
    print("header", "|".join(rows[0]))
    print("unique", len(set(rows[0])) == len(rows[0]))
    for row in rows[1:]:
        print("row", "|".join(f"{type(v).__name__}:{v}" for v in row))
PY
}
out=$(read_xlsx rsvps.xlsx)
expect_contains "one sheet, header frozen" "$out" "sheet RSVPs frozen A2"
expect_contains "e-mail beside the phone" "$out" "header family_code|family_name|guardians|phone|email|"
expect_contains "... the family's" "$out" "str:555-0100|str:rosa@example.org"
expect_contains "adults as a number" "$out" "|int:2|int:1|"
expect_contains "recorded_at as a date and time" "$out" "datetime:20"
fn export csv rsvps 1 -o rsvps.csv >/dev/null
expect_contains "the CSV holds the same columns" "$(head -1 rsvps.csv)" "\"family_code\",\"family_name\",\"guardians\",\"phone\",\"email\","

fn export xlsx attendance 1 -o attendance.xlsx >/dev/null
out=$(read_xlsx attendance.xlsx)
expect_contains "attendance: checked in at, a date and time" "$out" "|datetime:"
expect_contains "... adults a number" "$out" "|int:"

out=$(fn export xlsx directory -o directory.xlsx); expect_contains "the directory" "$out" "Wrote 2 rows"
out=$(read_xlsx directory.xlsx)
expect_contains "directory: one row per guardian" "$out" "str:Rosa Núñez|str:555-0100|str:rosa@example.org"
expect_contains "a formula-like name stays text" "$out" 'str:=HYPERLINK("x")'
fn export csv directory -o directory.csv >/dev/null
expect_contains "... and in CSV it cannot run" "$(cat directory.csv)" "\"'=HYPERLINK(\"\"x\"\")\""

fn eval add 1 --language es --answers "3 2 3 3 3" >/dev/null
fn export xlsx evaluations 1 -o evaluations.xlsx >/dev/null
out=$(read_xlsx evaluations.xlsx)
expect_contains "evaluations: every column named once" "$out" "unique True"
expect_contains "... the paper's language and the answer about language apart" "$out" "|language|grade_band|answer_welcome|answer_learned|answer_language|"

# The reach report's and the contact log's counts, from a school with a year behind it.
"$CLI" --db demo.db demo >/dev/null
out=$("$CLI" --db demo.db reach -o reach.xlsx); expect_contains "reach tables written" "$out" "Wrote its tables to reach.xlsx"
out=$(read_xlsx reach.xlsx)
expect_contains "reach: events" "$out" "sheet Events frozen A2"
expect_contains "... dated as dates, counted as numbers" "$out" "|datetime:20"
expect_contains "... reach by group" "$out" "sheet Reach by group frozen A2"
expect_contains "... what the papers said" "$out" "header school_year|language|forms|slips|answered_welcome|yes_welcome|"
expect_fails "several tables are no CSV" "name the file .xlsx" "$CLI" --db demo.db reach -o reach.csv
out=$("$CLI" --db demo.db contact coverage --since 2000-01-01 -o coverage.xlsx)
out=$(read_xlsx coverage.xlsx)
expect_contains "contact coverage by teacher" "$out" "sheet By teacher frozen A2"
expect_contains "... and by language" "$out" "header since|language|families|reached"

# The resources directory leaves as a table and comes back from one.
fn resource add --name "Lincoln Food Pantry" --category food --address "210 Oak St" --hours "Tue 4-7 pm" --languages en,es >/dev/null
fn resource add --name "=Adult ESL, Room 4" --category language-classes --cost free >/dev/null
out=$(fn resource export -o resources.csv); expect_contains "resources exported" "$out" "Wrote 2 resources"
fn resource export -o resources.xlsx >/dev/null
expect_contains "... as a workbook too" "$(read_xlsx resources.xlsx)" "str:Lincoln Food Pantry|str:210 Oak St|str:Tue 4-7 pm"
"$CLI" --db other.db init >/dev/null
out=$("$CLI" --db other.db resource import resources.csv); expect_contains "imported into another school" "$out" "Added 2 resources"
expect_contains "... as they were" "$("$CLI" --db other.db --json resource list | jq -r '.[] | .name + "|" + (.languages | join(","))')" "Lincoln Food Pantry|en,es"
expect_eq "... a formula-like name as typed" "$("$CLI" --db other.db --json resource list | jq -r '.[] | select(.category == "language-classes") | .name')" "=Adult ESL, Room 4"
out=$("$CLI" --db other.db resource import resources.csv)
expect_contains "nothing overwritten twice" "$out" "Added 0 resources; already in the directory, left as they are: Lincoln Food Pantry; =Adult ESL, Room 4"
printf 'Name,Category,Languages\nLegal Aid Society,legal-aid,en\nClinic,doctor,en\n' > bad.csv
expect_fails "one bad row refuses the file, naming its line" "line 3" "$CLI" --db other.db resource import bad.csv
LANGUAGE=es expect_fails "... in Spanish" "línea 3" "$CLI" --db other.db resource import bad.csv
expect_eq "... and adds nothing" "$("$CLI" --db other.db --json resource list | jq length)" "2"

# The directory comes back from a workbook too, as the office keeps it in
# Excel: its first sheet, its own column order, an empty cell, a number.
"$CLI" --db third.db init >/dev/null
out=$("$CLI" --db third.db resource import resources.xlsx); expect_contains "imported from a workbook" "$out" "Added 2 resources"
expect_eq "... as they were" "$("$CLI" --db third.db --json resource list | jq -r '.[] | .name + "|" + .address + "|" + (.languages | join(","))' | sort | tr '\n' ';')" \
    "=Adult ESL, Room 4||;Lincoln Food Pantry|210 Oak St|en,es;"
/usr/bin/python3 - office.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Resources 2026"
sheet.append(["Notes", "Name", "Category", "Phone", "Cost"])
sheet.append([None, "Clínica Familiar", "health", 3125550142, "free"])
sheet.append(["Open late", "Biblioteca Central", "adult-education", None, None])
book.create_sheet("Old list").append(["Name"])
book.save(sys.argv[1])
PY
out=$("$CLI" --db third.db resource import office.xlsx); expect_contains "Excel's own workbook" "$out" "Added 2 resources"
expect_eq "... its columns by name, a number as written, empty cells empty" \
    "$("$CLI" --db third.db --json resource list | jq -r '.[] | select(.name == "Clínica Familiar" or .name == "Biblioteca Central") | .name + "|" + .phone + "|" + .notes' | sort | tr '\n' ';')" \
    "Biblioteca Central||Open late;Clínica Familiar|3125550142|;"

# Volunteer hours for the year: by person, and every shift behind them.
fn person add --name "Ms. Rivera" --role teacher >/dev/null
fn volunteer role 1 --kind childcare --name "Childcare (gym)" >/dev/null
fn volunteer shift 1 --start 17:15 --end 18:45 --needed 2 >/dev/null
fn volunteer shift 1 --start 18:45 --end 19:30 --needed 2 >/dev/null
fn volunteer signup 1 --person "Ms. Rivera" >/dev/null
fn volunteer signup 2 --person "Ms. Rivera" >/dev/null
out=$(fn --json export xlsx volunteer-hours -o hours.xlsx)
expect_eq "volunteer hours: one person" "$(jq -r .rows <<<"$out")" "1"
hours=$(read_xlsx hours.xlsx)
expect_contains "... hours by person first" "$hours" "sheet Hours by person frozen A2"
expect_contains "... 2.25 hours over two shifts, as numbers" "$hours" "row str:Ms. Rivera|str:teacher|int:1|int:2|float:2.25"
expect_contains "... then every shift" "$hours" "header date|event|person|role|start|end|hours_signed_up"
expect_contains "... a shift's day as a date" "$hours" "row datetime:2026-12-10 00:00:00|str:Literacy Night|str:Ms. Rivera|str:Childcare (gym)|str:17:15|str:18:45|float:1.5"
fn export csv volunteer-hours -o hours.csv --since 2027-01-01 >/dev/null
expect_eq "--since after the night: no one" "$(wc -l < hours.csv)" "1"

# Calendars read back by a real iCalendar reader (python3-icalendar): each
# school's UIDs its own, the school's time zone on every time, SEQUENCE and
# LAST-MODIFIED growing with each change, a cancelled event kept as such.
read_ics() {  # read_ics FILE: per event its UID, DTSTART's TZID, SEQUENCE, STATUS; the file's VTIMEZONE ids
    /usr/bin/python3 - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for tz in cal.walk("VTIMEZONE"):
    print("vtimezone", tz["TZID"])
for e in cal.walk("VEVENT"):
    start = e["DTSTART"]
    print("event", e["UID"], start.params.get("TZID", "-"), e.get("SEQUENCE", 0), e.get("STATUS", "-"),
          "modified" if "LAST-MODIFIED" in e else "-")
PY
}
fn school set --time-zone America/Chicago >/dev/null
fn export ics --event 1 -o first.ics >/dev/null
"$CLI" --db other.db school set --time-zone America/Chicago >/dev/null
"$CLI" --db other.db event add --title "Literacy Night" --date 2026-12-10 --status published >/dev/null
"$CLI" --db other.db export ics --event 1 -o other.ics >/dev/null
ics=$(read_ics first.ics)
expect_contains "the school's time zone, described in the file" "$ics" "vtimezone America/Chicago"
expect_contains "... on the event's start, SEQUENCE 0" "$ics" " America/Chicago 0 CONFIRMED modified"
uid=$(awk '/^event/{print $2}' <<<"$ics"); other=$(read_ics other.ics | awk '/^event/{print $2}')
expect_contains "a UID of its own school" "$uid" "event-1-$(fn --json school show | jq -r .school_id)@familynight"
[ "$uid" != "$other" ] && passes=$((passes + 1)) || { echo "FAIL: two schools' event 1 share the UID $uid"; failures=$((failures + 1)); }
fn event translate 1 es --title "Noche de lectura" >/dev/null
fn export ics --event 1 -o second.ics >/dev/null
expect_contains "a changed title: SEQUENCE 1, the same UID" "$(read_ics second.ics)" "event $uid America/Chicago 1 "
fn event status 1 cancelled >/dev/null
fn export ics --feed -o feed.ics >/dev/null
expect_contains "cancelled: kept in the feed as CANCELLED, SEQUENCE 2" "$(read_ics feed.ics)" "event $uid America/Chicago 2 CANCELLED"

expect_fails "a workbook's name ends in .xlsx" "ends in .xlsx" "$CLI" export xlsx rsvps 1 -o rsvps.csv
expect_fails "an event is asked for" "which event's rsvps" "$CLI" export csv rsvps -o r.csv
LANGUAGE=es expect_fails "... in Spanish" "evento" "$CLI" export csv rsvps -o r.csv
finish
