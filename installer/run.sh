#!/usr/bin/env bash
# Sets everything up and runs FamilyNight on the default database, creating
# the demo school there first when no database exists yet.
#   bash installer/run.sh                 # the desktop app (or, without a display, an overview)
#   bash installer/run.sh family search nunez   # any familynight-cli command
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/installer/build.sh" >/dev/null
cli="$root/build/src/familynight-cli"
chosen_db="${FAMILYNIGHT_DB:-}"
db="${FAMILYNIGHT_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/familynight/familynight.db}"
export FAMILYNIGHT_DB="$db"
if [ ! -e "$db" ]; then
  echo "No database yet at $db: creating the demo school."
  "$cli" demo
fi
if [ $# -gt 0 ]; then
  exec "$cli" "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # FAMILYNIGHT_DB picks the database; otherwise the app reopens the last one
  # used (File > Open), else the default one created above.
  if [ -n "$chosen_db" ]; then exec "$root/build/src/familynight" --db "$chosen_db"; fi
  exec "$root/build/src/familynight"
fi
echo "No display to open the desktop app on; here is the overview instead."
"$cli" event list
next=$("$cli" --json event list | jq -r --arg today "$(date +%F)" \
  '[.[] | select(.date >= $today and .status != "cancelled")][0].id // empty')
if [ -n "$next" ]; then
  echo
  "$cli" counts "$next"
fi
echo
echo "More: bash installer/run.sh --help   (database: $db)"
