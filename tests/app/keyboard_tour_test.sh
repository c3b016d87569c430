#!/usr/bin/env bash
# The real app driven by the keyboard (xdotool key presses under Xvfb), the
# way a coordinator and a door volunteer use it; results read back with the
# CLI from the same database file.
# Usage (ctest): xvfb-run -a bash keyboard_tour_test.sh APP CLI
set -euo pipefail
APP="$(realpath "$1")"
source "$(dirname "$0")/../cli/lib.sh" "$2"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"  # the test's own settings
mkdir -p "$HOME"

fn init >/dev/null
fn event add --kind math-night --title "Math Night" --date 2099-03-05 --start 17:30 --end 19:30 \
   --place Cafeteria --dinner --childcare --status published >/dev/null
fn round add 1 --number 1 --start 18:00 --end 18:40 >/dev/null
fn room add 1 --name Library --capacity 20 >/dev/null
fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es >/dev/null
fn family add --guardian "Trần Thị Lan" --student "Bảo Trần:K:Mr. Park" --language vi >/dev/null

"$APP" --db "$FAMILYNIGHT_DB" >"$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$WORK"' EXIT
window=$(xdotool search --sync --onlyvisible --name "FamilyNight" | head -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
# X delivers keys to the focused window in order, so keys need no pause
# between them; the test waits instead for what must have happened: a
# window opened (window_up) or a change stored (wait_until, read back with
# the CLI). No window manager under Xvfb: a new window is given the keyboard
# as a person would.
keys() { xdotool key --delay 40 "$@"; }
type_text() { xdotool type --delay 15 "$1"; }
window_up() { xdotool search --sync --onlyvisible --name "$1" windowfocus --sync 2>/dev/null || true; }

# Timetable: Run a workshop (Alt+W), type the title, Enter saves it.
keys ctrl+1
keys alt+w
window_up "^Run a workshop"
type_text "Math games"
keys Return
wait_until "the workshop is stored" bash -c '"$0" event show 1 | grep -q "Math games"' "$CLI"
# RSVP slips: find the family by typing, Enter saves the slip.
keys ctrl+3
type_text "tran"
keys Return
wait_until "the slip is stored" bash -c '[ "$("$0" --json counts 1 | jq .rsvps.yes)" = 1 ]' "$CLI"
# At the door: the family whose slip was typed checks in with Enter alone.
keys ctrl+4
type_text "tran"
keys Return
wait_until "the family is checked in" bash -c '[ "$("$0" --json counts 1 | jq .turnout.checked_in_households)" = 1 ]' "$CLI"
# A walk-in in a few keys: F2, the guardian's name, Enter. 45 typed as the
# number of adults is refused with the limit named (not saved as 30); the
# corrected 2 is saved.
keys F2
window_up "^Register a walk-in family"
type_text "Hodan Warsame"
keys Tab Tab Tab ctrl+a
type_text "45"
keys Return ctrl+a
type_text "2"
keys Return
wait_until "the walk-in is checked in" bash -c '[ "$("$0" --json counts 1 | jq .turnout.checked_in_households)" = 2 ]' "$CLI"
xdotool windowfocus --sync "$window" 2>/dev/null || true
# Part of an accented name, typed without the accents; this family sent no
# slip, so the app asks first ("check in as a walk-in?") and Alt+Y says yes.
type_text "nunez ana"
keys Return
window_up "^Check in$"
keys alt+y
wait_until "the family with no slip is checked in" \
    bash -c '[ "$("$0" --json counts 1 | jq .turnout.checked_in_households)" = 3 ]' "$CLI"
xdotool windowfocus --sync "$window" 2>/dev/null || true
# A new event: Ctrl+N, the title, Tab Tab to the date, Enter creates it.
keys ctrl+n
window_up "^New event"
type_text "Science Night"
keys Tab Tab
type_text "2099-04-16"
keys Return
wait_until "the event is created" bash -c '"$0" event list | grep -q "Science Night"' "$CLI"
xdotool windowfocus --sync "$window" 2>/dev/null || true
keys ctrl+q
wait $app || true

out=$(fn event show 1); expect_contains "workshop added from the timetable" "$out" "Math games"
counts=$(fn --json counts 1)
expect_eq "RSVP typed on a slip" "$(jq .rsvps.yes <<<"$counts")" "1"
expect_eq "families checked in" "$(jq .turnout.checked_in_households <<<"$counts")" "3"
expect_eq "walk-ins (no RSVP: Núñez and Warsame)" "$(jq .turnout.walk_in_households <<<"$counts")" "2"
expect_contains "walk-in registered" "$(fn family search warsame)" "Warsame"
expect_eq "walk-in adults as typed after the refusal" \
  "$(fn --json door log 1 | jq '[.[] | select(.action == "walk-in")][0].adults')" "2"
expect_contains "event created" "$(fn event list)" "Science Night"
if [[ $failures -gt 0 ]]; then echo "--- app output ---"; cat "$WORK/app.log"; fi
finish
