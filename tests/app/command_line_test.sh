#!/usr/bin/env bash
# The app's command line: --version from the one CMake version and --help
# (without a display), and a database file given on its own opens ("Open with").
# Usage (ctest, under xvfb-run): command_line_test.sh APP CLI VERSION
set -euo pipefail
APP="$(realpath "$1")"
source "$(dirname "$0")/../cli/lib.sh" "$2"
VERSION="$3"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"

expect_eq "app version" "$(env -u DISPLAY "$APP" --version)" "familynight $VERSION"
expect_eq "cli version" "$("$CLI" --version)" "familynight-cli $VERSION"
out=$(env -u DISPLAY "$APP" --help)
expect_contains "app help without a display" "$out" "Usage: familynight [--db FILE | FILE]"
expect_contains "the default database said as a rule" "$out" '$XDG_DATA_HOME/familynight/familynight.db'
out=$("$CLI" --help)
expect_contains "cli help names the default as a rule, not this user's home" "$out" '$XDG_DATA_HOME/familynight/familynight.db'
case "$out" in *"$HOME"*) echo "FAIL: the CLI help shows this user's home"; exit 1 ;; esac

fn init >/dev/null
fn event add --kind math-night --title "Open With Night" --date 2099-03-05 --start 17:30 --end 19:30 >/dev/null
out=$(FAMILYNIGHT_EXIT_AT_IDLE=1 timeout 60 "$APP" "$FAMILYNIGHT_DB" 2>/dev/null)
expect_contains "the file given opens (first idle reached)" "$out" "first idle after"
expect_contains "and is remembered as the last database" "$(cat "$XDG_CONFIG_HOME/familynight/settings.conf")" "$FAMILYNIGHT_DB"
finish
