#!/usr/bin/env bash
# Fails when a catalog misses a string the app shows (or has a broken
# format): extracts the strings afresh and compares every LANG.po with them.
# One process per check, not per message: msgcat writes each string on one
# line and awk reads the whole catalog at once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash "$here/extract.sh" > "$tmp/current.pot" 2>/dev/null
status=0
for po in "$here"/*.po; do
  msgfmt --check -o /dev/null "$po" || status=1
  # msgcmp lists every string of the app that this catalog does not translate.
  msgcmp "$po" "$tmp/current.pot" || { echo "$(basename "$po"): untranslated strings above; update it (see extract.sh)" >&2; status=1; }
  # The core's messages fill {0}, {1}... with values: a translation must keep each one.
  if ! msgcat --no-wrap --no-location "$po" | awk -f "$here/placeholders.awk"; then
    echo "$(basename "$po"): a translation lost or added a {N} placeholder" >&2; status=1
  fi
  fuzzy=$(msgattrib --only-fuzzy "$po" | grep -c '^msgid' || true)
  [ "$fuzzy" -eq 0 ] || { echo "$(basename "$po"): $fuzzy fuzzy entries" >&2; status=1; }
done
exit $status
