#!/usr/bin/env bash
# Fails when a file includes a layer it must not (ARCHITECTURE.md): each
# layer may include itself and the layers below it, never one above, and
# the third-party libraries of a layer stay in it (wx in the app, SOCI in
# the store and the operations, libharu in reports).
#   bash tests/support/layering_check.sh [ROOT]
set -uo pipefail
root="$(cd "${1:-$(dirname "$0")/../..}" && pwd)"
cd "$root" || exit 2

# Which of the project's folders each layer may include ("store/database.h"
# style paths). The front ends reach the store only through the handle they
# open (database, connection string, access); everything else, the
# whole-database admin included (ops/database_admin), goes through src/ops.
store_face='store/(database|connection_string|access)\.h'
declare -A allowed=(
  [src/core]='core/'
  [src/io]='(core|io)/'
  [src/store]='(core|store)/'
  [reports]='(core|io|reports)/'
  [src/ops]='(core|io|store|ops)/'
  [src/print]='(core|io|ops|print|reports)/'
  [src/cli]="(core|io|ops|print|cli)/|$store_face"
  [src/app]="(core|ops|print|app)/|$store_face"
  [tests/core]='(core|support)/'
  [tests/io]='(core|io|support)/'
)
# Third-party headers that belong to one layer only.
declare -A foreign=(
  [src/core]='<(wx|soci|hpdf|CLI)/|<(hpdf|sqlite3|libpq-fe)\.h>'
  [src/io]='<(wx|soci|CLI)/|<hpdf\.h>'
  [src/store]='<(wx|CLI)/|<hpdf\.h>'
  [reports]='<(wx|soci|CLI)/'
  [src/ops]='<(wx|CLI)/|<hpdf\.h>'
  [src/print]='<(wx|soci|CLI)/'
  [src/cli]='<(wx|soci)/|<hpdf\.h>'
  [src/app]='<(soci|CLI)/|<hpdf\.h>'
  [tests/core]='<(wx|soci)/|<hpdf\.h>'
  [tests/io]='<(wx|soci)/|<hpdf\.h>'
)
bad=0
for layer in "${!allowed[@]}"; do
  [ -d "$layer" ] || { echo "layering: no folder $layer" >&2; bad=1; continue; }
  while IFS= read -r hit; do
    file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}; text=${rest#*:}
    path=${text#*\"}; path=${path%%\"*}  # no process per line: thousands of includes
    # An include of the file's own folder by its bare name is fine.
    [[ "$path" != */* ]] && continue
    if ! [[ "$path" =~ ^(${allowed[$layer]}) ]]; then
      echo "$file:$line: $layer must not include \"$path\"" >&2; bad=1
    fi
  done < <(grep -rnE '^#include "' --include='*.h' --include='*.cpp' "$layer")
  while IFS= read -r hit; do
    echo "$hit: a library of another layer in $layer" >&2; bad=1
  done < <(grep -rnE "^#include ${foreign[$layer]}" --include='*.h' --include='*.cpp' "$layer")
done
# libharu's headers beyond hpdf.h hold its document objects: one file, which
# says why, reaches into them (reports/libharu_internals.h).
while IFS= read -r hit; do
  echo "$hit: libharu's own objects are reached only in reports/libharu_internals.cpp" >&2; bad=1
done < <(grep -rnE '^#include <hpdf_[a-z_]+\.h>' --include='*.h' --include='*.cpp' src reports tests |
           grep -v '^reports/libharu_internals.cpp:')
# SQL is the store's: no statement text above it.
while IFS= read -r hit; do
  echo "$hit: SQL outside src/store" >&2; bad=1
done < <(grep -rnE '"(SELECT|INSERT|UPDATE|DELETE|PRAGMA|VACUUM|CREATE|DROP|ALTER) ' --include='*.cpp' --include='*.h' \
           src/core src/io src/ops src/print src/cli src/app reports)
[ $bad -eq 0 ] && echo "layering: every include goes down the layers, and SQL stays in the store"
exit $bad
