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

# Each login tries every path, through the CLI and through psql with the same login.
exit_code() { local rc=0; "$@" >/dev/null 2>&1 || rc=$?; echo "$rc"; }
psql_as() { local who="$1"; shift; psql -X -q -A -t "$FAMILYNIGHT_DB user=$who" -c "$1" 2>&1; }
printf 'Student ID,Last Name,First Name,Guardian Name\n9001,Cruz,Leo,Ana Cruz\n' > roster.csv
expect_fails "the door imports no roster" "importing a roster is the coordinator's" "$CLI" "${as_door[@]}" import roster roster.csv
expect_eq "... with its exit code" "$(exit_code "$CLI" "${as_door[@]}" import roster roster.csv)" 9
LANGUAGE=es expect_fails "... said in Spanish" "importar una lista de estudiantes le corresponde a la coordinación" \
    "$CLI" "${as_door[@]}" import roster roster.csv
expect_fails "the door copies no school" "copying a whole school is the coordinator's" \
    "$CLI" db copy "$FAMILYNIGHT_DB user=$door" door-copy.db
expect_eq "... exit 9" "$(exit_code "$CLI" db copy "$FAMILYNIGHT_DB user=$door" door-copy.db)" 9
[ -e door-copy.db ] && { echo "FAIL: an empty door-copy.db was left behind"; failures=$((failures + 1)); } || passes=$((passes + 1))
expect_contains "psql: no guardian added to a family" "$(psql_as "$door" "INSERT INTO guardians (household_id, position, name) VALUES (1, 2, 'X')")" "row-level security"
expect_contains "psql: no history line forged" "$(psql_as "$door" "INSERT INTO audit_log (household_id, at, operation, subject, field) VALUES (1, 'x', 'bogus', 'household', 'name')")" "permission denied"
coordinator="coord_$$"
echo "coordinator pass" | fn db login "$coordinator" --role coordinator --password-stdin >/dev/null
expect_contains "... not even by a coordinator" "$(psql_as "$coordinator" "INSERT INTO audit_log (household_id, at, operation, subject, field) VALUES (1, 'x', 'edit-family', 'household', 'name')")" "permission denied"
"$CLI" --db "$FAMILYNIGHT_DB user=$coordinator" family edit '#1' --family-name "Núñez Pérez" >/dev/null
expect_eq "... whose edit the server signs" "$(psql_as "$coordinator" "SELECT actor FROM audit_log WHERE field = 'family_name'")" "$coordinator"
expect_contains "... nor through the server's function by the door" "$(psql_as "$door" "SELECT familynight_write_history('[{\"household_id\": 1, \"operation\": \"walk-in\", \"subject\": \"household\"}]')")" "only for the walk-in family it is registering"
expect_contains "psql: no turnout summary" "$(psql_as "$door" "DELETE FROM turnout_summaries")" "permission denied"
fn event status 1 done >/dev/null
expect_eq "psql: a done night's check-ins stay" "$(psql_as "$door" "WITH d AS (DELETE FROM checkins RETURNING 1) SELECT count(*) FROM d")" 0
expect_eq "... and its door log" "$(psql_as "$door" "WITH d AS (UPDATE door_log SET adults = 9 RETURNING 1) SELECT count(*) FROM d")" 0
fn event add --kind math-night --title "Math Night" --date 2026-12-17 --start 17:30 --end 19:30 --status published >/dev/null

# Two teachers: Rivera and Okafor.
fn person add --name "Ms. Rivera" --role teacher >/dev/null
fn person add --name "Mr. Okafor" --role teacher >/dev/null
rivera="rivera_$$"; okafor="okafor_$$"
echo "teacher pass" | fn db login "$rivera" --role teacher --person "Ms. Rivera" --password-stdin >/dev/null
echo "teacher pass" | fn db login "$okafor" --role teacher --person "Mr. Okafor" --password-stdin >/dev/null
as_rivera=(--db "$FAMILYNIGHT_DB user=$rivera"); as_okafor=(--db "$FAMILYNIGHT_DB user=$okafor")
fn round add 2 --number 1 --start 17:45 --end 18:30 >/dev/null
fn round add 2 --number 2 --start 18:40 --end 19:20 >/dev/null
"$CLI" "${as_okafor[@]}" workshop add 2 --round 2 --title "Math games" --presenter "Mr. Okafor" >/dev/null
w=$(psql_as "$okafor" "SELECT id FROM workshops ORDER BY id DESC LIMIT 1")
"$CLI" "${as_rivera[@]}" workshop signup "$w" --person "Ms. Rivera" >/dev/null
expect_fails "a co-presenter cannot remove the workshop" "'Math games' is also presented by Mr. Okafor" \
    "$CLI" "${as_rivera[@]}" workshop remove "$w"
expect_eq "... exit 9" "$(exit_code "$CLI" "${as_rivera[@]}" workshop remove "$w")" 9
LANGUAGE=es expect_fails "... said in Spanish" "'Math games' también lo presenta Mr. Okafor" "$CLI" "${as_rivera[@]}" workshop remove "$w"
expect_eq "psql: nor delete it" "$(psql_as "$rivera" "WITH d AS (DELETE FROM workshops RETURNING 1) SELECT count(*) FROM d")" 0
expect_fails "nor take Okafor off it" "takes only themself off a workshop" "$CLI" "${as_rivera[@]}" workshop drop-presenter "$w" --person "Mr. Okafor"
expect_eq "psql: nor take him off it" "$(psql_as "$rivera" "WITH d AS (DELETE FROM workshop_presenters WHERE person_id <> familynight_my_person() RETURNING 1) SELECT count(*) FROM d")" 0
expect_contains "the workshop is still there, with both" "$(fn event show 2)" "Math games"
expect_eq "... both presenters" "$(psql_as "$okafor" "SELECT count(*) FROM workshop_presenters WHERE workshop_id = $w")" 2

# Private notes: Okafor's contact note and visit record are his.
"$CLI" "${as_okafor[@]}" contact add '#1' --by "Mr. Okafor" --note "Rosa asked for the reading club times" >/dev/null
expect_contains "Okafor reads his note" "$("$CLI" "${as_okafor[@]}" contact list '#1')" "reading club"
out=$("$CLI" "${as_rivera[@]}" contact list '#1' 2>&1 || true)
[[ "$out" == *"reading club"* ]] && { echo "FAIL: Rivera read Okafor's note: $out"; failures=$((failures + 1)); } || passes=$((passes + 1))
expect_eq "psql: Rivera reads none of his notes" "$(psql_as "$rivera" "SELECT count(*) FROM contacts")" 0
expect_contains "the coordinator reads it" "$(fn contact list '#1')" "reading club"
"$CLI" "${as_okafor[@]}" visit offer --homeroom "Ms. Rivera" --by "Mr. Okafor" --on 2026-09-01 >/dev/null
"$CLI" "${as_okafor[@]}" visit plan '#1' --consent 2026-09-02 --on 2026-10-01 --staff "Mr. Okafor" --with "Ms. Rivera" >/dev/null
"$CLI" "${as_okafor[@]}" visit done '#1' --minutes 45 --reflection "They showed us the garden" >/dev/null
expect_fails "Rivera cannot replace his record" "this visit was recorded by $okafor" \
    "$CLI" "${as_rivera[@]}" visit done '#1' --minutes 10 --reflection "mine"
expect_eq "... exit 6" "$(exit_code "$CLI" "${as_rivera[@]}" visit done '#1' --minutes 10)" 6
LANGUAGE=es expect_fails "... said in Spanish" "esta visita la registró $okafor" "$CLI" "${as_rivera[@]}" visit done '#1' --minutes 10
expect_contains "psql: nor through the server" "$(psql_as "$rivera" "UPDATE home_visits SET reflection = 'x'")" "recorded by $okafor"
expect_contains "the record is his" "$(fn visit list '#1')" "They showed us the garden"
"$CLI" "${as_okafor[@]}" visit done '#1' --minutes 50 --reflection "The garden, and the new puppy" >/dev/null
out=$(fn visit list '#1')
expect_contains "his change is its own entry" "$out" "earlier record by $okafor at "
expect_contains "... keeping what it replaced" "$out" "45 min, reflection: They showed us the garden; replaced by $okafor at "
expect_contains "psql: no one rewrites it" "$(psql_as "$okafor" "UPDATE home_visit_changes SET reflection = 'x'")" "permission denied"
# Shifts: a teacher signs herself up, never others, and empties no one's.
fn volunteer role 2 --kind childcare >/dev/null
fn volunteer shift 1 --start 17:30 --end 18:30 --needed 3 >/dev/null
fn volunteer signup 1 --person "Mr. Okafor" >/dev/null
expect_fails "Rivera signs up no one else" "a teacher signs up only themself" "$CLI" "${as_rivera[@]}" volunteer signup 1 --person "Mr. Okafor"
expect_fails "... nor cancels his" "takes only themself off a shift" "$CLI" "${as_rivera[@]}" volunteer cancel 1 --person "Mr. Okafor"
"$CLI" "${as_rivera[@]}" volunteer signup 1 --person "Ms. Rivera" >/dev/null
expect_eq "psql: DELETE FROM shift_signups takes only hers" "$(psql_as "$rivera" "WITH d AS (DELETE FROM shift_signups RETURNING 1) SELECT count(*) FROM d")" 1
expect_contains "psql: nor signs him up" "$(psql_as "$rivera" "INSERT INTO shift_signups VALUES (1, 2)")" "row-level security"
expect_eq "the coordinator still does everything" "$(exit_code "$CLI" workshop remove "$w")" 0
finish
