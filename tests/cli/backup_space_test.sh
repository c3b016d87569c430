#!/usr/bin/env bash
# Backups never stop the night: on a disk with little room the daily backup
# is skipped and said, and the door's check-ins go on; each kind of backup
# keeps its own copies, and a refused command writes none.
source "$(dirname "$0")/lib.sh"
[ -n "$ON_POSTGRESQL" ] && { echo "a shared database is backed up on its server"; finish; }

fn init >/dev/null
fn demo >/dev/null 2>&1 || true
event=$(fn --json event list | jq '[.[] | select(.status == "published")][0].id')

# A small disk of its own (tmpfs in a private mount namespace), the database
# copied there with a little room to spare: just above its size.
size=$(stat -c %s school.db)
room=$(( size + 1024 * 1024 ))
mkdir -p small
out=$(unshare -rm sh -c "
    mount -t tmpfs -o size=$room tmpfs small && cp school.db small/ &&
    export FAMILYNIGHT_DB=small/school.db &&
    codes=\$(\"$CLI\" --json family list --limit 30 | jq -r '.[].code') &&
    n=0; for c in \$codes; do \"$CLI\" checkin $event \"\$c\" >/dev/null 2>>small-notes.txt && n=\$((n+1)); done;
    echo checked=\$n; cat small-notes.txt | sort | uniq -c | sed 's/^ *//'; ls -A small; df -k small | tail -1;
    more=\$(\"$CLI\" --json family list --limit 32 | jq -r '.[30].code, .[31].code');
    dd if=/dev/zero of=small/fill bs=4096 2>/dev/null; set -- \$more;
    \"$CLI\" checkin $event \"\$1\"; echo full_exit=\$?;
    LANGUAGE=es \"$CLI\" checkin $event \"\$1\"; echo full_exit_es=\$?;
    rm small/fill; \"$CLI\" checkin $event \"\$1\" >/dev/null 2>&1; echo room_again_exit=\$?" 2>&1)
expect_contains "30 check-ins on a nearly full disk" "$out" "checked=30"
expect_contains "the skipped backup is said" "$out" "today's automatic backup was skipped"
# Then the disk fills up: the door says so, in its words and its exit code, and goes on once there is room.
expect_contains "a full disk is said" "$out" "familynight-cli: the disk is full; free some space and try again"
expect_contains "... with its exit code" "$out" "full_exit=8"
expect_contains "... in Spanish too" "$out" "familynight-cli: el disco está lleno; libere espacio e inténtelo de nuevo"
expect_contains "... exit 8" "$out" "full_exit_es=8"
expect_contains "room again: the check-in goes through" "$out" "room_again_exit=0"
[[ "$out" == *".backups"* || "$out" == *".part"* ]] && { echo "FAIL: a backup or its debris on the small disk: $out"; failures=$((failures + 1)); } || passes=$((passes + 1))

# Pools: a new school year's copy outlives refused rollovers and a burst of manual backups.
fn year start >/dev/null
before_year=$(ls school.db.backups | grep -c before-new-school-year)
expect_eq "one copy before the new school year" "$before_year" 1
count_before=$(ls school.db.backups | wc -l)
for i in 1 2 3 4 5 6 7; do
    expect_fails "refused rollover $i" "would move every student up a second time" "$CLI" year start
done
expect_eq "refused rollovers wrote no backup" "$(ls school.db.backups | wc -l)" "$count_before"
for i in 1 2 3 4 5 6 7; do fn db backup >/dev/null; sleep 0.01; done
expect_eq "the new-year copy is still there" "$(ls school.db.backups | grep -c before-new-school-year)" 1
expect_eq "every manual backup kept" "$(ls school.db.backups | grep -c manual)" 7
finish
