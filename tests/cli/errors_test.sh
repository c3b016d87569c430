#!/usr/bin/env bash
# Bad input gets one clear message on stderr, a non-zero exit, and loses nothing.
source "$(dirname "$0")/lib.sh"

fn init >/dev/null
expect_fails "bad date" "event date: '2026-02-30' is not a date" \
    "$CLI" event add --title X --date 2026-02-30
expect_fails "bad kind" "is not one of: literacy-night" "$CLI" event add --title X --date 2026-12-01 --kind party
expect_fails "unknown event" "no event with id 99" "$CLI" counts 99
expect_fails "unknown family" "no family with code 'ZZZZZZ'" "$CLI" family show ZZZZZZ
expect_fails "bad ages" "--children: '4,x' is not a list" "$CLI" rsvp add 1 --family '#1' --children 4,x
# Port 1 on the loopback: nothing listens there, and the message says so.
expect_fails "no server" "cannot connect to the database postgresql://127.0.0.1:1/x" "$CLI" --db postgresql://127.0.0.1:1/x init
expect_fails "roles are for PostgreSQL" "a SQLite file is protected by its file permissions" "$CLI" db roles
expect_fails "password not shown" "postgresql://fn@127.0.0.1:1/x" "$CLI" --db postgresql://fn:secret@127.0.0.1:1/x init
expect_fails "missing subcommand" "" "$CLI"
long=$(head -c 10000 /dev/zero | tr '\0' a)
expect_fails "10k name" "guardian name: is 10000 characters long" "$CLI" family add --guardian "$long"
expect_fails "bidi override" "bidirectional" "$CLI" family add --guardian $'Rosa \u202E Núñez'
expect_fails "control char" "control character" "$CLI" family add --guardian $'Rosa\x07'
fn family add --guardian "Robert'); DROP TABLE households;--" >/dev/null
expect_eq "metacharacters stored verbatim" "$(fn --json family search robert | jq -r '.[0].guardians[0].name')" \
    "Robert'); DROP TABLE households;--"

printf 'Student ID,Last Name,First Name,Guardian Name\n1,Ok,Fine,A B\n,Missing,Number,C D\n3,"Unclosed,E,F\n' > bad.csv
expect_fails "bad csv names file and line" "bad.csv line 4: not valid CSV" "$CLI" import roster bad.csv
printf 'Student ID,Last Name,First Name,Guardian Name\n1,Ok,Fine,A B\n,Missing,Number,C D\n' > bad2.csv
expect_fails "bad row names line and column" "bad2.csv line 3, column 1 (Student ID): the student number is empty" \
    "$CLI" import roster bad2.csv
expect_eq "nothing imported" "$(fn --json family list | jq length)" "1"
printf "Número,Apellido,Cuidador\n1,Núñez,Rosa Núñez\n" > es.csv
out=$(fn import roster es.csv --map "Cuidador=guardian1_name")
expect_contains "explicit map" "$out" "Imported 1 rows: 1 households created"
expect_fails "bad map field" "is not a roster field" "$CLI" import roster es.csv --map "Cuidador=parent"

# Input taken as something else is refused with the field named, never replaced by a default.
fn event add --kind literacy-night --title "Night" --date 2026-12-10 --start 17:30 --end 19:30 --status published >/dev/null
expect_fails "negative adults at check-in" "--adults: Value -2 not in range 0 to 1000" "$CLI" checkin 1 '#1' --adults -2
expect_fails "negative children at a walk-in" "--children: Value -1 not in range" "$CLI" walkin 1 --guardian X --children -1
expect_fails "negative blank rows" "--blank-rows: Value -5 not in range" "$CLI" print signin 1 --blank-rows -5 -o s.pdf
expect_fails "#1abc is not household 1" "'#1abc' is not #ID" "$CLI" family show '#1abc'
expect_fails "#ID too big" "'#99999999999999999999' is not #ID" "$CLI" family show '#99999999999999999999'
expect_fails "ages that overflow" "'0-99999999999:4' should look like 3-5:8" "$CLI" school set --childcare-bands "0-99999999999:4"
expect_fails "ages past 99" "ages 0-120 go past 99" "$CLI" school set --childcare-bands "0-120:4"
expect_fails "year 0000" "the year 0 is not one a family night happens in" \
    "$CLI" event add --title X --date 0000-01-01 --start 17:00 --end 18:00
expect_fails "a name of zero-width spaces" "only invisible spaces" "$CLI" family add --guardian $'\u200b\u200b'
expect_fails "a name of no-break spaces" "only invisible spaces" "$CLI" family add --guardian $'\u00a0\u00a0'
printf 'Student ID,Last Name,First Name,Guardian Name\r1,Ok,Fine,A B\r,Missing,Number,C D\r' > cr.csv
expect_fails "CR-only line ends count lines" "cr.csv line 3, column 1" "$CLI" import roster cr.csv
printf 'Student ID,Last\0Name,First Name,Guardian Name\n1,Ok,Fine,A B\n' > nul.csv
expect_fails "a NUL in a header" "nul.csv line 1: contains a NUL character" "$CLI" import roster nul.csv
python3 -c "print('Student ID,Last Name,First Name,Guardian Name'); print(',Ok,Fine,' + 'x' * 5000000)" > huge.csv
err=$("$CLI" import roster huge.csv 2>&1 >/dev/null || true)
expect_eq "a 5 MB cell is not echoed whole" "$(( ${#err} < 1000 ))" "1"

# Files that are not what they seem: nothing is written to them, nothing is created by a read.
expect_fails "a read creates no database" "there is no database $WORK/typo/school.db" "$CLI" --db "$WORK/typo/school.db" family list
[ -e "$WORK/typo" ] && { echo "FAIL: a read created $WORK/typo"; failures=$((failures + 1)); } || passes=$((passes + 1))
# Every command that only reads, on a mistyped path: said, and nothing made there.
for what in "db backups" "family history ABC123" "reach" "contact coverage" "visit coverage"; do
    # shellcheck disable=SC2086
    expect_fails "$what makes no database" "there is no database $WORK/typo.db" "$CLI" --db "$WORK/typo.db" $what
    [ -e "$WORK/typo.db" ] && { echo "FAIL: $what created $WORK/typo.db"; failures=$((failures + 1)); rm -f "$WORK/typo.db"; }
done
# A backup goes to a file of its own or a new name: never over a folder or a device.
mkdir -p backupdir
expect_fails "backup to a folder" "backupdir is a folder; give a file name in it" "$CLI" db backup --to backupdir
expect_fails "backup to a device" "/dev/null is not a regular file" "$CLI" db backup --to /dev/null
expect_eq "/dev/null is still a device" "$(stat -c %F /dev/null)" "character special file"
expect_fails "backup into a missing folder" "the folder $WORK/nowhere does not exist" "$CLI" db backup --to "$WORK/nowhere/b.db"
# Each kind of failure its own exit code (README "Exit codes").
exit_code() { local rc=0; "$@" >/dev/null 2>&1 || rc=$?; echo "$rc"; }
expect_eq "bad input exits 2" "$(exit_code "$CLI" event add --kind literacy-night --title X --date 2026-13-45 \
    --start 17:30 --end 19:30)" 2
expect_eq "not found exits 5" "$(exit_code "$CLI" checkin 1 NOPE99)" 5
expect_eq "an unreachable server exits 7" "$(exit_code "$CLI" --db postgresql://127.0.0.1:1/nowhere family list)" 7
# The same classes in Spanish (the app's catalogs): the words and the same exit codes.
LANGUAGE=es expect_fails "bad input, in Spanish" "fecha del evento: '2026-13-45' no es una fecha como 2026-12-03" \
    "$CLI" event add --kind literacy-night --title X --date 2026-13-45 --start 17:30 --end 19:30
expect_eq "... exits 2" "$(LANGUAGE=es exit_code "$CLI" event add --kind literacy-night --title X --date 2026-13-45 \
    --start 17:30 --end 19:30)" 2
# A date that has passed: refused for a night still to plan (bad input), taken for one already held.
FAMILYNIGHT_TODAY=2026-12-07 expect_fails "a past date" "event date: 2026-12-06 has already passed (today is 2026-12-07)" \
    "$CLI" event add --title Past --date 2026-12-06
FAMILYNIGHT_TODAY=2026-12-07 LANGUAGE=es expect_fails "... in Spanish" "fecha del evento: 2026-12-06 ya pasó (hoy es 2026-12-07)" \
    "$CLI" event add --title Past --date 2026-12-06
expect_eq "... exits 2" "$(FAMILYNIGHT_TODAY=2026-12-07 exit_code "$CLI" event add --title Past --date 2026-12-06)" 2
expect_contains "... or recorded as held" "$(FAMILYNIGHT_TODAY=2026-12-07 fn event add --title Past --date 2026-12-06 --past-event)" \
    "on 2026-12-06"
expect_fails "a copy is planned, never in the past" "has already passed" env FAMILYNIGHT_TODAY=2026-12-07 "$CLI" event copy 1 --date 2026-12-01
# The machine's own clock when no day is given: yesterday has passed.
yesterday=$(date -d yesterday +%F)
expect_fails "yesterday by the machine's clock" "$yesterday has already passed" env -u FAMILYNIGHT_TODAY "$CLI" event add --title Past --date "$yesterday"
LANGUAGE=es expect_fails "not found, in Spanish" "no hay ningún evento con id 99" "$CLI" counts 99
expect_eq "... exits 5" "$(LANGUAGE=es exit_code "$CLI" counts 99)" 5
LANG=es_MX.UTF-8 expect_fails "a Spanish LANG the machine has no locale for" "no hay ningún evento con id 99" "$CLI" counts 99
LANGUAGE=es expect_fails "an unreachable server, in Spanish" "no se puede conectar a" \
    "$CLI" --db postgresql://127.0.0.1:1/nowhere family list
expect_eq "... exits 7" "$(LANGUAGE=es exit_code "$CLI" --db postgresql://127.0.0.1:1/nowhere family list)" 7
fn family add --guardian "Lena Fischer" >/dev/null
fischer="#$(fn --json family search fischer | jq -r '.[0].id')"
fn family erase "$fischer" --yes >/dev/null
LANGUAGE=es expect_fails "a conflict, in Spanish" "los datos de esta familia ya se borraron" "$CLI" family erase "$fischer" --yes
expect_eq "... exits 6" "$(LANGUAGE=es exit_code "$CLI" family erase "$fischer" --yes)" 6
fn family add --guardian "Ayo Bello" >/dev/null
bello="#$(fn --json family search bello | jq -r '.[0].id')"
fn checkin 1 "$bello" --operation op-es-1 >/dev/null
LANGUAGE=es expect_fails "an operation id reused, in Spanish" "el identificador de operación op-es-1 ya se usó" \
    "$CLI" checkin 1 '#1' --operation op-es-1
expect_eq "... exits 3" "$(LANGUAGE=es exit_code "$CLI" checkin 1 '#1' --operation op-es-1)" 3
expect_contains "the exit codes are in the help (and so the man page)" "$("$CLI" --help)" "7 the database server cannot be reached"
# A new year's roster read by a guess waits for --yes, as any import does (nothing changed).
printf 'ID,Last Name,First Name,Grade\n1,Ok,Fine,3\n' > guess.csv
expect_fails "year start with a guessed roster" "some columns were matched by a guess: ID → student_number" \
    "$CLI" year start --roster guess.csv
expect_eq "its dry run shows it" "$("$CLI" --json year start --roster guess.csv --dry-run | jq -r '.roster.guessed_columns[0]')" \
    "ID → student_number"
# A number too long to be anyone's id is nobody's (not "unexpected error: stoll").
expect_fails "a huge person id" "no person with id 99999999999999999999" "$CLI" person edit 99999999999999999999 --phone 5
printf 'create table notes(a);\ncreate table tags(b);\n' | sqlite3 other.db
expect_fails "another program's database" "another program's database (tables notes, tags)" "$CLI" --db other.db init
expect_eq "its tables untouched" "$(sqlite3 other.db .tables | xargs)" "notes tags"
cp "$FAMILYNIGHT_DB" damaged.db
printf '\x0d\xff\xff\xff\xff\x00\x00\x01' | dd of=damaged.db bs=1 seek=$((4096 * 3)) conv=notrunc 2>/dev/null
expect_fails "a damaged page is found on open" "damaged.db is damaged" "$CLI" --db damaged.db checkin 1 '#1'
# Opening reads the header and schema only: the whole file is read after a
# crash, once a day before the backup, and by db check. Another station
# still open is no crash; a station killed mid-write is.
cp "$FAMILYNIGHT_DB" station.db
"$CLI" --db station.db family list >/dev/null   # today's backup of this file
page=$(sqlite3 station.db "SELECT rootpage FROM sqlite_master WHERE name = 'search_terms_household'")
size=$(sqlite3 station.db "PRAGMA page_size")
mkfifo station.in
sqlite3 station.db < station.in &
holder=$!
exec 9>station.in   # the other station's keyboard: open until it is killed
echo "INSERT INTO settings (key, value) VALUES ('station.open', 'x');" >&9
for _ in $(seq 100); do [ -s station.db-wal ] && break; sleep 0.1; done
printf '\xff%.0s' $(seq 64) | dd of=station.db bs=1 seek=$(( (page - 1) * size )) conv=notrunc 2>/dev/null
expect_contains "another station open: no whole-file read" "$("$CLI" --db station.db family list 2>&1)" "Núñez"
expect_fails "db check reads it all" "station.db is damaged" "$CLI" --db station.db db check
kill -9 $holder; wait $holder 2>/dev/null || true; exec 9>&-
expect_fails "a station killed mid-write: checked whole on open" "station.db is damaged" "$CLI" --db station.db family list
out=$("$CLI" db check); expect_contains "a sound file passes" "$out" "every page and index is sound"
cp "$FAMILYNIGHT_DB" truncated.db; truncate -s 5000 truncated.db
expect_fails "a truncated file" "truncated.db is damaged" "$CLI" --db truncated.db family list

# Every file written is whole or not there: checked first, written aside, renamed only over a regular file.
expect_fails "a device is not replaced" "cannot write /dev/full: it is not a regular file" "$CLI" export ics -o /dev/full
expect_eq "/dev/full is still a device" "$(stat -c %F /dev/full)" "character special file"
mkdir -p outdir
expect_fails "a folder named as the file" "cannot write outdir: that is a folder" "$CLI" print flyer --event 1 -o outdir
expect_fails "a missing folder" "the folder $WORK/nowhere does not exist" "$CLI" print flyer --event 1 -o "$WORK/nowhere/f.pdf"
expect_fails "csv into a missing folder" "the folder $WORK/nowhere does not exist" "$CLI" export csv rsvps 1 -o "$WORK/nowhere/r.csv"
# A full disk: a 64 KiB file system of its own (a private mount namespace).
mkdir -p full
for what in "print flyer --event 1 -o full/f.pdf" "export ics -o full/e.ics" "export csv rsvps 1 -o full/r.csv"; do
    # Fill it first, so even a small file does not fit.
    err=$(unshare -rm sh -c "mount -t tmpfs -o size=64k tmpfs full && head -c 65536 /dev/zero > full/filler 2>/dev/null;
                             \"$CLI\" $what 2>&1 >/dev/null; echo \"rc=\$?\"; ls -A full" 2>&1)
    expect_contains "full disk: $what" "$err" "No space left on device; the file was not changed"
    expect_contains "full disk has its exit code: $what" "$err" "rc=8"
    [[ "$err" == *".part"* || "$err" == *"rc=0"* ]] && { echo "FAIL: $what left debris or claimed success: $err"; failures=$((failures + 1)); }
done

echo "not a database" > notes.db
expect_fails "not a database" "not a FamilyNight database" "$CLI" --db notes.db init
finish
