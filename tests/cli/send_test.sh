#!/usr/bin/env bash
# Messages to families through a real SMTP server on 127.0.0.1 (aiosmtpd):
# the reminder for a 40-family event reaches each e-mail family exactly once,
# in its language; sending again sends nothing new; an address the server
# refuses is said and logged, not marked sent; with the server stopped the
# send says so and marks nothing; the invitation carries the event's .ics; a
# dry run writes files and sends nothing; a login's password is asked for
# and never stored; each message sent is in the family's contact log.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, where python3-aiosmtpd is installed
SERVER="$TESTS_DIR/../support/smtp_server.py"
server_pid=""
start_server() {  # start_server DIR [--auth USER:PASSWORD]
    rm -f "$WORK/port"
    "$PY" "$SERVER" "$1" "$WORK/port" "${@:2}" >"$WORK/smtp.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 600); do [ -s "$WORK/port" ] && break; sleep 0.1; done
    [ -s "$WORK/port" ] || { echo "FAIL: the SMTP server did not start"; cat "$WORK/smtp.log"; exit 1; }
}
stop_server() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; server_pid=""; }
trap 'stop_server; rm -rf "$WORK"' EXIT

fn init >/dev/null
fn event add --kind math-night --title "Math Night" --title-in es="Noche de matemáticas" --title-in vi="Đêm toán học" \
    --title-in ar="أمسية الرياضيات" --date 2026-12-10 --start 17:30 --end 19:30 --place Cafeteria \
    --place-in es=Cafetería --childcare --status published >/dev/null
# 40 families in seven languages: 30 prefer e-mail (two of them at
# addresses the server refuses), the rest a text, a call or paper.
languages=(en es vi zh ar so ht)
for i in $(seq 1 40); do
    lang=${languages[$(( (i - 1) % 7 ))]}
    case $(( i % 4 )) in
        1|2|0) contact=email ;;
        3) contact=$([ $(( i % 8 )) -eq 3 ] && echo text || echo phone) ;;
    esac
    email="family$i@example.org"
    [ "$i" -eq 5 ] && email="refuse-five@example.org"
    [ "$i" -eq 6 ] && email="refuse-six@example.org"
    fn family add --guardian "Parent$i Family$i" --student "Kid$i Family$i:2:Ms. Rivera" --language "$lang" \
        --phone "(312) 555-$(printf %04d $((2000 + i)))" --email "$email" --contact "$contact" >/dev/null
    fn rsvp add 1 --family "#$i" --adults 1 --children 6 $([ $((i % 2)) -eq 0 ] && echo --childcare 6) >/dev/null
done
expect_eq "40 families expected" "$(fn --json counts 1 | jq '.turnout.expected_households // .rsvp.households // 40')" "40"

# Not before the school's mail server is set.
expect_fails "no server set yet" "mail server" fn send 1 --message reminder

mkdir -p "$WORK/mail"
start_server "$WORK/mail"
fn school set --name "Lincoln Elementary" --smtp-host 127.0.0.1 --smtp-port "$(cat "$WORK/port")" --smtp-tls none \
    --smtp-from office@lincoln.example --smtp-per-minute 6000 >/dev/null

rc=0; out=$(fn --json send 1 --message reminder) || rc=$?
expect_eq "a refused address fails the command (exit 1)" "$rc" "1"
expect_eq "28 sent" "$(jq .sent <<<"$out")" "28"
expect_eq "the two refused addresses said" "$(jq -r '[.refused[].address] | sort | join(",")' <<<"$out")" \
    "refuse-five@example.org,refuse-six@example.org"
expect_contains "... with the server's answer" "$(jq -r '.refused[0].answer' <<<"$out")" "550 5.1.1 <refuse-five@example.org>: Recipient address rejected"
expect_eq "10 families reached another way" "$(jq '[.other_ways[]] | add' <<<"$out")" "10"

read_mail() {  # each message: envelope recipient, Content-Language, subject, body; no attachment unless said
    "$PY" - "$1" <<'PY'
import sys, glob, email
from email import policy
for path in sorted(glob.glob(sys.argv[1] + "/*.eml")):
    m = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    rcpt = open(path[:-4] + ".rcpt").read().strip()
    body = m.get_body(("plain",)).get_content().replace("\r", "").replace("\n", " / ")
    html = m.get_body(("html",)).get_content()
    ics = [p.get_content() for p in m.iter_attachments() if p.get_content_type() == "text/calendar"]
    uid = [line for line in (ics[0].splitlines() if ics else []) if line.startswith("UID:")]
    print("\t".join([rcpt, m["Content-Language"], str(m["Subject"]), body,
                     "rtl" if 'dir="rtl"' in html else "ltr", uid[0] if uid else "no-ics"]))
PY
}
mail=$(read_mail "$WORK/mail")
expect_eq "28 messages in the mailbox" "$(wc -l <<<"$mail")" "28"
expect_eq "each family exactly once" "$(cut -f1 <<<"$mail" | sort | uniq -d | wc -l)" "0"
expect_eq "no refused address got one" "$(grep -c refuse <<<"$mail" || true)" "0"
expect_contains "Spanish family in Spanish" "$(grep '^family2@' <<<"$mail")" $'\tes\tLos esperamos: Noche de matemáticas, jueves, 10 de diciembre'
expect_contains "... its place in Spanish, its greeting" "$(grep '^family2@' <<<"$mail")" "Estimada familia Family2: /  / Les recordamos: Noche de matemáticas es el jueves, 10 de diciembre"
expect_contains "... and Cafetería" "$(grep '^family2@' <<<"$mail")" "en Cafetería"
expect_contains "Vietnamese family in Vietnamese" "$(grep '^family10@' <<<"$mail")" $'\tvi\tHẹn gặp quý vị: Đêm toán học'
expect_contains "Arabic family in Arabic, right to left" "$(grep '^family12@' <<<"$mail")" $'\tar\tنراكم قريبًا: أمسية الرياضيات'
expect_contains "... the HTML part right to left" "$(grep '^family12@' <<<"$mail")" $'\trtl\t'
expect_contains "Somali family in Somali" "$(grep '^family13@' <<<"$mail")" $'\tso\t'
expect_contains "childcare said to a family who asked" "$(grep '^family2@' <<<"$mail")" "cuidado de niños"
expect_eq "... and not to one who did not" "$(grep '^family1@' <<<"$mail" | grep -c childcare || true)" "0"
expect_eq "a reminder has no .ics" "$(grep -c 'UID:' <<<"$mail" || true)" "0"

# Again: nothing new; the refused two are tried again (an address may have been fixed).
rc=0; out=$(fn --json send 1 --message reminder) || rc=$?
expect_eq "sent again: none" "$(jq .sent <<<"$out")" "0"
expect_eq "... 28 already sent" "$(jq .already_sent <<<"$out")" "28"
expect_eq "... still 28 in the mailbox" "$(ls "$WORK/mail"/*.eml | wc -l)" "28"

# The log: each family's message, how it went, the server's words for a refusal.
out=$(fn --json messages 1)
expect_eq "the log: 28 sent, 2 refused so far (twice each)" "$(jq -r 'group_by(.outcome) | map(.[0].outcome + " " + (length | tostring)) | join(", ")' <<<"$out")" "refused 4, sent 28"
expect_contains "... a refusal in the server's words" "$(fn messages 1)" "refuse-five@example.org>: 550 5.1.1"

# The contact log has the e-mail, without the words.
out=$(fn --json contact list '#2')
expect_eq "a contact logged for the e-mail" "$(jq -r '.[0].channel + " " + .[0].kind' <<<"$out")" "email invitation"
expect_contains "... what and how, no words" "$(jq -r '.[0].note' <<<"$out")" "reminder for Math Night, sent by e-mail"

# A dry run writes the invitation to files and sends nothing.
out=$(fn --json send 1 --message invitation --dry-run "$WORK/dry")
expect_eq "dry run: 30 files (every e-mail family, the refused ones too)" "$(jq .written <<<"$out")" "30"
expect_eq "... nothing sent" "$(ls "$WORK/mail"/*.eml | wc -l)" "28"
expect_contains "... a file is a whole message" "$(cat "$(jq -r '.files[0]' <<<"$out")")" "Content-Type: text/calendar"

# The invitation: each with the event's .ics, its UID the school's own.
rm -rf "${WORK:?}/mail"/*
fn send 1 --message invitation >/dev/null 2>&1 || true
mail=$(read_mail "$WORK/mail")
expect_eq "invitations: 28" "$(wc -l <<<"$mail")" "28"
school_id=$(fn --json school show | jq -r .school_id)
expect_eq "each with the event's .ics, UID event-1-<school>" "$(cut -f6 <<<"$mail" | sort -u)" "UID:event-1-$school_id@familynight"

# The server stopped mid-season: the send says so and marks nothing sent.
stop_server
fn family add --guardian "Late Family" --student "Lee Late:2:Ms. Rivera" --email late@example.org --contact email >/dev/null
fn rsvp add 1 --family '#41' --adults 2 >/dev/null
rc=0; out=$(fn --json send 1 --message reminder 2>&1) || rc=$?
expect_eq "server down: exit 7" "$rc" "7"
expect_contains "... said" "$out" "could not be used"
expect_eq "... nothing marked sent" "$(jq .sent <<<"$out")" "0"
start_server "$WORK/mail2"
fn school set --smtp-port "$(cat "$WORK/port")" >/dev/null
rc=0; out=$(fn --json send 1 --message reminder) || rc=$?
expect_eq "server back: the late family is sent its reminder" "$(jq .sent <<<"$out")" "1"
expect_eq "... to its address" "$(cat "$WORK/mail2"/0001.rcpt)" "late@example.org"
stop_server

# A server that asks for a login: the password is read, never stored.
start_server "$WORK/mail3" --auth "office:s3cret pass"
fn school set --smtp-port "$(cat "$WORK/port")" --smtp-user office >/dev/null
rc=0; out=$(echo "wrong" | fn --json send 1 --message invitation --password-stdin 2>&1) || rc=$?
expect_eq "a wrong password: exit 7, nothing sent" "$rc/$(ls "$WORK/mail3" | wc -l)" "7/0"
out=$(echo "s3cret pass" | fn --json send 1 --message invitation --password-stdin) || true
expect_eq "the right one: the late family's invitation" "$(jq .sent <<<"$out")" "1"
expect_eq "the password is in no setting" "$(fn --json school show | grep -c s3cret || true)" "0"
if [ -z "$ON_POSTGRESQL" ]; then
    expect_eq "... nor in the file" "$(grep -c 's3cret' "$FAMILYNIGHT_DB" || true)" "0"
fi
stop_server

# "We missed you" only once the night is over; then to the yes families who did not come.
expect_fails "missed-you before the night" "after the event" fn send 1 --message missed-you --dry-run "$WORK/early"
fn checkin 1 '#1' --station "Door 1" >/dev/null
out=$(FAMILYNIGHT_TODAY=2026-12-11 fn --json send 1 --message missed-you --dry-run "$WORK/missed")
expect_eq "missed you: the e-mail families who said yes and did not come (30 of 31, #1 came)" "$(jq .written <<<"$out")" "30"

# The families who prefer a text, as each messaging platform imports them.
fn family add --guardian "Short Number" --student "Sam Short:2:Ms. Rivera" --phone "555-2041" --contact text >/dev/null
fn rsvp add 1 --family '#42' --adults 1 >/dev/null
out=$(fn --json export platform remind 1 -o remind.csv)
expect_eq "Remind: a list per language" "$(jq -r '.files | map(sub(".*/"; "")) | join(" ")' <<<"$out")" \
    "remind-ar.csv remind-ht.csv remind-so.csv remind-vi.csv remind-zh.csv"
expect_eq "... the 5 text families" "$(jq .families <<<"$out")" "5"
expect_contains "... a number with no area code named, not guessed" "$(jq -r '.not_dialable[0]' <<<"$out")" "Short (555-2041)"
expect_eq "... Remind's columns" "$(head -1 remind-vi.csv | tr -d '\357\273\277\r')" \
    '"First Name","Last Name","Phone Number","Email","Language","Message"'
expect_contains "... the number in E.164, no formula guard" "$(sed -n 2p remind-vi.csv)" '"Parent3","Family3","+13125552003",'
expect_contains "... the language by name, the message in it" "$(sed -n 2p remind-vi.csv)" '"Vietnamese","Hẹn gặp quý vị: Đêm toán học'
out=$(fn --json export platform schoolmessenger 1 -o sm.csv)
expect_contains "SchoolMessenger: the language as a code" "$(sed -n 2p sm-ar.csv)" '"+13125552019","family19@example.org","ar",'
fn export platform talkingpoints 1 -o tp.xlsx >/dev/null
out=$(/usr/bin/python3 - tp.xlsx <<'PY'
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = list(sheet.iter_rows(values_only=True))
print("|".join(rows[0])); print(len(rows) - 1)
print("|".join(f"{type(v).__name__}:{v}" for v in rows[1][:4]))
PY
)
expect_contains "TalkingPoints: its columns, one sheet" "$out" "Parent First Name|Parent Last Name|Parent Phone|Parent Language|Student Name|Message"
expect_contains "... five families" "$out" $'\n5\n'
expect_contains "... the number as text" "$out" "str:+1312555"
expect_fails "an unknown platform" "is not one of: parentsquare, remind, talkingpoints, schoolmessenger" \
    fn export platform whatsapp 1 -o w.csv
expect_contains "a listed family has it in its contact log" "$(fn --json contact list '#3' | jq -r '.[].note')" "reminder for Math Night, listed for Remind"

# The phone tree: the families who prefer a call, by the language their caller speaks.
fn person add --name "Ms. Rivera" --role teacher --languages en,es >/dev/null
fn person add --name "Mr. Tran" --role staff --languages vi >/dev/null
fn person add --name "Ms. Chen" --role parent --languages zh,en >/dev/null
out=$(fn --json print phonetree --event 1 -o tree.pdf)
expect_eq "the phone tree: 5 families" "$(jq .families <<<"$out")" "5"
text=$(pdftotext -layout tree.pdf -)
sheet_of() { awk -v who="$1" '/^ *Caller: /{on = index($0, who) > 0} /^ *No caller speaks/{on = (who == "nobody")} on' <<<"$text"; }
expect_contains "Ms. Rivera calls the Spanish family" "$(sheet_of "Ms. Rivera")" "Family23"
expect_contains "... in Spanish, the English beside it" "$(sheet_of "Ms. Rivera")" "Les recordamos"
expect_contains "... the English beside it" "$(sheet_of "Ms. Rivera")" "A reminder: Math Night"
expect_contains "... with the number to call" "$(sheet_of "Ms. Rivera")" "(312) 555-2023"
expect_contains "Mr. Tran calls the Vietnamese family" "$(sheet_of "Mr. Tran")" "Family31"
expect_contains "Ms. Chen the Chinese one" "$(sheet_of "Ms. Chen")" "Family39"
expect_contains "... the English family too (fewest calls)" "$(sheet_of "Ms. Chen")$(sheet_of "Ms. Rivera")" "Family15"
expect_contains "the Haitian family no caller speaks: on the interpreter's sheet" "$(sheet_of nobody)" "Family7"
expect_contains "... each call with its boxes" "$text" "Reached"
out=$(fn --json print phonetree --event 1 -o tree2.pdf --callers "Mr. Tran")
expect_eq "--callers: only Mr. Tran and the interpreter's sheet" "$(jq .callers <<<"$out")" "2"
expect_fails "a caller who is not on file" "No person is named" fn print phonetree --event 1 -o t3.pdf --callers "Nobody Here"

# "A place opened for you": a family who waited for a seat and now has one,
# told once, with the workshop it now has.
fn round add 1 --number 1 --start 17:45 --end 18:30 >/dev/null
fn workshop add 1 --round 1 --title "Fractions with LEGO" --title-in es="Fracciones con LEGO" --capacity 1 >/dev/null
fn rsvp add 1 --family '#1' --adults 1 --pick 1 >/dev/null
out=$(fn rsvp add 1 --family '#2' --adults 1 --pick 1)
expect_contains "the Spanish family waits" "$out" "WAITLISTED"
out=$(fn --json send 1 --message place-opened --dry-run "$WORK/none")
expect_eq "no place opened yet" "$(jq .written <<<"$out")" "0"
fn rsvp cancel 1 --family '#1' >/dev/null
out=$(fn --json send 1 --message place-opened --dry-run "$WORK/opened")
expect_eq "the family seated now is told" "$(jq .written <<<"$out")" "1"
expect_contains "... file named for the family in Spanish" "$(jq -r '.files[0]' <<<"$out")" "-es.eml"
"$PY" - "$(jq -r '.files[0]' <<<"$out")" >"$WORK/opened.txt" <<'PY'
import sys, email
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print(m["Subject"]); print(m.get_body(("plain",)).get_content())
PY
expect_contains "... the new seat said" "$(cat "$WORK/opened.txt")" "se abrió un lugar para ustedes en Fracciones con LEGO"

# The school's own wording, as for its printed labels.
fn school label es message_place_opened_subject "¡Buenas noticias, {family}! {event}" >/dev/null
out=$(fn --json send 1 --message place-opened --dry-run "$WORK/own")
expect_contains "the school's own subject" "$(grep -a '^Subject:' "$(jq -r '.files[0]' <<<"$out")")" "=?UTF-8?B?"
"$PY" -c 'import sys, email; from email import policy; print(email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)["Subject"])' \
    "$(jq -r '.files[0]' <<<"$out")" >"$WORK/own.txt"
expect_eq "... read back" "$(cat "$WORK/own.txt")" "¡Buenas noticias, familia Family2! Noche de matemáticas"

finish
