#!/usr/bin/env bash
# Event > Send or export messages in the real app, by keys alone (xdotool
# under Xvfb): Ctrl+M opens it on the chosen event, the reminder is the
# message offered first, Alt+S sends it through a real SMTP server on
# 127.0.0.1 (aiosmtpd); the invitation is chosen by typing its first
# letters and sent the same way, with the event's .ics; sending the reminder
# again sends nothing new. Read back from the server's mailbox.
# Usage (ctest): xvfb-run -a bash messages_window_test.sh APP CLI
set -euo pipefail
APP="$(realpath "$1")"
source "$(dirname "$0")/../cli/lib.sh" "$2"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME" "$WORK/mail"
PY=/usr/bin/python3

"$PY" "$TESTS_DIR/../support/smtp_server.py" "$WORK/mail" "$WORK/port" >"$WORK/smtp.log" 2>&1 &
server=$!
app=""
trap 'kill $server ${app:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 600); do [ -s "$WORK/port" ] && break; sleep 0.1; done

fn init >/dev/null
fn event add --kind math-night --title "Math Night" --title-in es="Noche de matemáticas" --date 2099-03-05 \
   --start 17:30 --end 19:30 --place Cafeteria --status published >/dev/null
fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es --email rosa@example.org --contact email >/dev/null
fn family add --guardian "Trần Thị Lan" --student "Bảo Trần:K:Mr. Park" --language vi --email lan@example.org --contact email >/dev/null
fn family add --guardian "Ann Lee" --student "Max Lee:1:Mr. Park" --phone "(312) 555-0142" --contact text >/dev/null
for f in 1 2 3; do fn rsvp add 1 --family "#$f" --adults 1 >/dev/null; done
fn school set --name "Lincoln Elementary" --smtp-host 127.0.0.1 --smtp-port "$(cat "$WORK/port")" --smtp-tls none \
   --smtp-from office@lincoln.example --smtp-per-minute 6000 >/dev/null

"$APP" --db "$FAMILYNIGHT_DB" >"$WORK/app.log" 2>&1 &
app=$!
window=$(xdotool search --sync --onlyvisible --name "FamilyNight" | head -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
keys() { xdotool key --delay 40 "$@"; }
type_text() { xdotool type --delay 15 "$1"; }
window_up() { xdotool search --sync --onlyvisible --name "$1" windowfocus --sync 2>/dev/null || true; }
mails() { ls "$WORK/mail"/*.eml 2>/dev/null | wc -l; }

keys ctrl+m
window_up "^Send or export messages"
keys alt+s
wait_until "the reminder reaches the two e-mail families" bash -c '[ "$(ls "$0"/*.eml 2>/dev/null | wc -l)" = 2 ]' "$WORK/mail"
expect_eq "to each of them once" "$(cat "$WORK/mail"/*.rcpt | sort | tr '\n' ' ')" "lan@example.org rosa@example.org "
expect_contains "the Spanish family's in Spanish" "$(cat "$WORK"/mail/*.eml)" "Content-Language: es"
expect_eq "a contact each in the log" "$(fn --json contact list '#1' | jq -r '.[0].channel')" "email"

# The invitation, chosen by typing in the message drop-down, then Alt+S.
keys alt+m
type_text "inv"
keys alt+s
wait_until "the invitations are sent" bash -c '[ "$(ls "$0"/*.eml 2>/dev/null | wc -l)" = 4 ]' "$WORK/mail"
expect_contains "with the event's calendar entry" "$(cat "$WORK"/mail/0003.eml)" "Content-Type: text/calendar"

# The reminder again: nothing new is sent.
keys alt+m
type_text "rem"
keys alt+s
keys Escape  # closes the window once the send is done (the window waits for it)
wait_until "the window closes" bash -c '! xdotool search --onlyvisible --name "^Send or export messages" >/dev/null'
expect_eq "still four messages" "$(mails)" "4"
finish
