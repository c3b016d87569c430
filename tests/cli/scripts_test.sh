#!/usr/bin/env bash
# Every printed document for a school whose families write their names in
# many scripts: none fails for one name. Hangul, symbols, Arabic and
# Devanagari print (searchable); what no font can draw (an emoji, a CJK
# Extension-B character) shows as [?] and the command says which names to
# write in by hand.
source "$(dirname "$0")/lib.sh"

fn demo >/dev/null
add() {  # add GUARDIAN STUDENT LANGUAGE: the family, a yes RSVP for event 2, a check-in at event 1
  local code
  code=$(fn --json family add --guardian "$1" --student "$2" --language "$3" | jq -r .code)
  fn rsvp add 2 --family "$code" --adults 1 --children 6 >/dev/null
  fn checkin 1 "$code" --adults 1 --children 1 >/dev/null
}
add "فاطمة الزهراء" "Omar Haddad:2:Ms. Rivera" ar
add "김민준" "서연 김:1:Mr. Park" ko
add "राम शर्मा" "Sita Sharma:3:Ms. Lee" ne
add "Nguyễn 🍕 Văn An" "Tú Nguyễn:5:Ms. Lee" vi
add "𠮷野 家" "Ken Yoshino:3:Ms. Lee" zh
add "Star ★ Person" "Amy Star:3:Ms. Lee" en

# Said when typed, not first found on paper at the door.
out=$(fn family add --guardian "Ayaan 🙂 Warsame" --student "Hodan Warsame:1:Ms. Lee" --language so)
expect_contains "an emoji in a name is pointed out when it is typed" "$out" "will show 'Ayaan 🙂 Warsame' with [?] for 🙂"
out=$(fn --json family add --guardian "فاطمة الزهراء" --student "Omar Haddad:2:Ms. Rivera" --language ar)
expect_eq "an Arabic name prints: no note" "$(jq -c '.will_not_print // []' <<<"$out")" "[]"
out=$(fn walkin 1 --guardian "𠮷田 花子" --new-family)
expect_contains "a walk-in's name too" "$out" "[?] for 𠮷"
printf 'Student ID,Last Name,First Name,Grade,Parent Name\n9001,Warsame,Ayaan,2,Hodan 🙂 Warsame\n9002,Kim,Minjun,1,김민준\n' >roster.csv
out=$(fn --json import roster roster.csv --dry-run)
expect_eq "a roster's dry run names the line of a name that will not print" \
  "$(jq -c '[.will_not_print[] | [.line, .name]]' <<<"$out")" '[[2,"Hodan 🙂 Warsame"]]'

for doc in "flyer --event 2 --languages es,en" "backpack --event 2" "signin --event 2" "signin --event 2 --workshops" \
           "headcount --event 2" "schedule --event 2" "roomsigns --event 2" "rosters --event 2" "badges --event 2" \
           "badges --event 2 --for volunteers" "pickup --event 2" "attendance --event 1" "binder --event 1"; do
  name=$(tr ' -' '__' <<<"$doc")
  # shellcheck disable=SC2086
  if out=$(fn print $doc -o "$name.pdf" 2>&1); then passes=$((passes + 1)); else
    echo "FAIL: print $doc: $out"; failures=$((failures + 1)); fi
  echo "$out" >"$name.txt"
done
signin=$(pdftotext -layout "signin___event_2.pdf" - 2>/dev/null)
expect_contains "Hangul printed" "$signin" "김민준"
expect_contains "symbols printed" "$signin" "Star ★ Person"
expect_contains "Arabic printed, right to left and searchable" "$signin" "فاطمة الزهراء"
expect_contains "Devanagari printed" "$signin" "राम शर्मा"
expect_contains "what no font draws shows [?], not dropped" "$signin" "[?]"
expect_contains "the command names what to write by hand" "$(cat signin___event_2.txt)" "𠮷野 家"
expect_contains "and says why" "$(cat signin___event_2.txt)" "could not be printed in full"
expect_contains "badges with Hangul" "$(pdftotext badges___event_2.pdf - 2>/dev/null)" "김"
expect_contains "attendance report prints" "$(cat attendance___event_1.txt)" "Wrote"
finish
