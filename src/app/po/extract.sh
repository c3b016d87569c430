#!/usr/bin/env bash
# Writes the template of every string the app shows (familynight.pot) to
# stdout: _() and wxPLURAL in src/app, labels in forms/*.xrc (through wxrc -g),
# the document names marked N_() in src/print, and the messages of the core
# and the operations (and the store, io and CLI layers) marked tr() (core/text_message.h: {0} marks a value).
# Usage: bash src/app/po/extract.sh > src/app/po/familynight.pot
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
wxrc -g forms/*.xrc -o "$tmp/forms.cpp"
# wxrc names its output lines after the .xrc files; keep those references.
xgettext --language=C++ --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=tr:1 --keyword=wxPLURAL:1,2 \
  --keyword=wxGetTranslation --keyword=wxTRANSLATE --add-comments=TRANSLATORS --package-name=FamilyNight --sort-by-file \
  --omit-header -o - src/app/*.cpp src/print/*.cpp src/core/*.cpp src/core/*.h src/core/rules/*.cpp src/ops/*.cpp src/ops/*.h \
  src/io/*.cpp src/store/*.cpp src/cli/*.cpp "$tmp/forms.cpp" |
  sed "s|$tmp/forms.cpp|forms|"
