#!/usr/bin/env bash
# A pile of 30 evaluation forms typed into the real app by key presses
# (xdotool under Xvfb), one per Enter, with a refused paper corrected on the
# way and a barrier slip; what was stored read back with the CLI and
# compared, paper by paper, with what was typed.
# Usage (ctest): xvfb-run -a bash evaluation_entry_test.sh APP CLI
set -euo pipefail
APP="$(realpath "$1")"
source "$(dirname "$0")/../cli/lib.sh" "$2"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"  # the test's own settings
mkdir -p "$HOME"

fn init >/dev/null
fn event add --kind math-night --title "Math Night" --date 2026-11-05 --start 17:30 --end 19:30 --status published >/dev/null
fn round add 1 --number 1 --start 17:45 --end 18:25 >/dev/null
fn round add 1 --number 2 --start 18:30 --end 19:10 >/dev/null
for title in "Fractions" "Card games" "Measuring"; do fn workshop add 1 --round 1 --title "$title" >/dev/null; done
for title in "Reading" "Geometry"; do fn workshop add 1 --round 2 --title "$title" >/dev/null; done
fn family add --guardian "Rosa Núñez" --student "Ana Núñez:2:Ms. Rivera" --language es >/dev/null

"$APP" --db "$FAMILYNIGHT_DB" >"$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$WORK"' EXIT
window=$(xdotool search --sync --onlyvisible --name "FamilyNight" | head -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
# X delivers keys to the window in order: no pause between them; the test
# waits instead for what each paper must have done (papers_stored).
keys() { xdotool key --delay 40 "$@"; }
type_text() { xdotool type --delay 15 "$1"; }
papers_stored() {  # papers_stored N: waits (up to a minute) until N papers are in the database
    for _ in $(seq 600); do
        [ "$(fn --json eval list 1 2>/dev/null | jq length 2>/dev/null || echo 0)" -ge "$1" ] && return 0
        sleep 0.1
    done
    echo "FAIL: $1 papers were not stored within a minute"; failures=$((failures + 1))
}

# Event > Type evaluation forms (Ctrl+Shift+E) on the chosen event.
keys ctrl+shift+e
xdotool search --sync --onlyvisible --name "Evaluation forms" windowfocus --sync 2>/dev/null || true

# Paper i: answers, favourites per round, barriers, days, times, wish, comment.
answers_of() { local i=$1; echo "$(( i % 3 + 1 ))$(( (i + 1) % 3 + 1 ))$( [ $((i % 5)) -eq 0 ] && echo - || echo 3 )2$(( (i * 7) % 3 + 1 ))"; }
expected=""
for i in $(seq 1 30); do
    a=$(answers_of "$i")
    f="$(( i % 3 + 1 )) $(( i % 2 + 1 ))"
    b="$(( i % 7 + 1 ))"
    d="$(( i % 5 + 1 ))"
    t="$(( i % 3 + 1 ))"
    # Paper 10 is first typed with a 4 where only 1-3 exist.
    if [ "$i" -eq 10 ]; then type_text "34"; else type_text "$a"; fi
    keys Tab
    type_text "$f"; keys Tab
    type_text "$b"; keys Tab
    type_text "$d"; keys Tab
    type_text "$t"; keys Tab
    type_text "wish $i"; keys Tab
    type_text "comment $i"
    keys Return
    if [ "$i" -eq 10 ]; then
        # Refused: the paper stays as typed and the answers are selected, so
        # typing the right ones replaces them; Enter saves the whole paper.
        type_text "$a"
        keys Return
    fi
    expected+="$a|$f|$b|$d|$t|wish $i|comment $i"$'\n'
    papers_stored "$i"
done
# An Enter too many saves nothing (a blank paper is refused).
keys Return
# One barrier slip: Alt+P goes to the paper's kind, Down chooses the slip and
# the cursor moves to its barriers (in the choice's own change handler, so
# the keys after it go there).
keys alt+p
keys Down
type_text "3 4"; keys Tab; type_text "6"; keys Tab; type_text "3"; keys Return
keys Escape
keys ctrl+q
wait $app || true

json=$(fn --json eval list 1)
expect_eq "papers stored" "$(jq length <<<"$json")" "31"
expect_eq "forms" "$(jq '[.[] | select(.kind == "form")] | length' <<<"$json")" "30"
expect_eq "the slip" "$(jq -c '[.[] | select(.kind == "slip")][0] | [.barriers, .best_days, .best_times]' <<<"$json")" "[[3,4],[6],[3]]"
# Each form as typed, in order: answers (- for 0), favourites per round, barriers, days, times, wish, comment.
stored=$(jq -r '.[] | select(.kind == "form") |
  ([.answers[] | if . == 0 then "-" else tostring end] | join("")) + "|" +
  ([.favourites[] | .workshop | tostring] | join(" ")) + "|" + (.barriers | map(tostring) | join(" ")) + "|" +
  (.best_days | map(tostring) | join(" ")) + "|" + (.best_times | map(tostring) | join(" ")) + "|" +
  .workshop_wish + "|" + .comment' <<<"$json")
expect_eq "every form as typed" "$stored" "${expected%$'\n'}"

if [[ $failures -gt 0 ]]; then echo "--- app output ---"; cat "$WORK/app.log"; fi
finish
