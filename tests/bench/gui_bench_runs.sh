#!/usr/bin/env bash
# Runs the keystroke benchmark once on the demo school: it must finish and
# report both panels (the figures themselves are read by a person).
set -euo pipefail
bench="$1" cli="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/demo.db" demo >/dev/null
out=$("$bench" "$work/demo.db")
echo "$out"
grep -q "^door search" <<<"$out" && grep -q "^families search" <<<"$out"
