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

echo "not a database" > notes.db
expect_fails "not a database" "not a FamilyNight database" "$CLI" --db notes.db init
finish
