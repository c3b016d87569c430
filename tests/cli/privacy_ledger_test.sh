#!/usr/bin/env bash
# A family's data exported and erased on request, with the reason, in the
# privacy ledger; yesterday's backup restored brings none of it back; the
# mother's volunteer row is in the export and goes with the erasure.
source "$(dirname "$0")/lib.sh"

fn init >/dev/null
fn family add --guardian "Ngozi Eze" --student "Chidi Eze:3:Ms. Park" --language ig --phone 555-0142 >/dev/null
fn family add --guardian "Amy Wilson" --student "Max Wilson:2:Ms. Park" --phone 555-0199 >/dev/null
fn person add --name "Ngozi Eze" --role parent --phone 555-0142 >/dev/null
code=$(fn --json family search eze | jq -r '.[0].code')

out=$(fn family export "$code" --json eze.json --pdf eze.pdf --reason "the mother asked for a copy")
expect_contains "exported" "$out" "Wrote everything stored about"
expect_eq "the volunteer row is in the export" "$(jq -r '.. | objects | select(.role? == "parent") | .phone' eze.json)" "555-0142"
fn db backup --to yesterday.db >/dev/null

out=$(fn family erase "$code" --yes --reason "the father asked at the office, 12/6")
expect_contains "erased" "$out" "wrote it in the privacy ledger"
LANGUAGE=es expect_fails "a second erasure is refused, in Spanish" "ya se borraron" "$CLI" family erase '#1' --yes
LANGUAGE=es expect_fails "the old code is not found, in Spanish" "no hay ninguna familia con el código '$code'" "$CLI" family erase "$code" --yes
out=$(fn db restore yesterday.db)
expect_contains "yesterday's backup restored" "$out" "Restored yesterday.db"
expect_contains "... and the family erased again" "$out" "Erased again, as the privacy ledger says"
expect_contains "... by its code" "$out" "$code"
expect_eq "the family is not found by name" "$(fn --json family search eze | jq length)" 0
expect_eq "the other family is there" "$(fn --json family search wilson | jq length)" 1
expect_eq "no name in the database file" "$(grep -c 'Ngozi' "$FAMILYNIGHT_DB" || true)" 0
expect_eq "the volunteer row stays erased" "$(fn --json person list | jq -r '.[] | select(.phone == "555-0142") | .name')" ""

out=$(fn family ledger)
expect_contains "the ledger has the export" "$out" "export  $code"
expect_contains "... with its reason" "$out" "(the mother asked for a copy)"
expect_contains "... and the erasure" "$out" "erase   $code"
expect_eq "... in order, nothing else" "$(fn --json family ledger | jq -r 'map(.action) | join(",")')" "export,erase"
expect_eq "... no name in it" "$(fn --json family ledger | jq -r 'tostring' | grep -c 'Eze' || true)" 0
finish
