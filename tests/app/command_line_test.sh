#!/usr/bin/env bash
# The app's command line: --version from the one CMake version (without a
# display), and a database file given on its own opens ("Open with").
# Usage (ctest, under xvfb-run): command_line_test.sh APP CLI VERSION
set -euo pipefail
APP="$(realpath "$1")"
source "$(dirname "$0")/../cli/lib.sh" "$2"
VERSION="$3"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"

expect_eq "app version" "$(env -u DISPLAY "$APP" --version)" "familynight $VERSION"
expect_eq "cli version" "$("$CLI" --version)" "familynight-cli $VERSION"

fn init >/dev/null
fn event add --kind math-night --title "Open With Night" --date 2099-03-05 --start 17:30 --end 19:30 >/dev/null
out=$(FAMILYNIGHT_EXIT_AT_IDLE=1 timeout 60 "$APP" "$FAMILYNIGHT_DB" 2>/dev/null)
expect_contains "the file given opens (first idle reached)" "$out" "first idle after"
expect_contains "and is remembered as the last database" "$(cat "$XDG_CONFIG_HOME/familynight/settings.conf")" "$FAMILYNIGHT_DB"
finish
