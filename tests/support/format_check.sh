#!/usr/bin/env bash
# Fails when a C++ file is not laid out as .clang-format says (clang-format
# 14, Debian 12), naming each file and the first lines it would change.
# Fix with: clang-format -i FILE...
#   bash tests/support/format_check.sh [ROOT]
set -uo pipefail
root="$(cd "${1:-$(dirname "$0")/../..}" && pwd)"
cd "$root" || exit 2
command -v clang-format >/dev/null || { echo "format: clang-format is not installed (installer/install-deps.sh)" >&2; exit 2; }
mapfile -t files < <(find src reports tests -name '*.cpp' -o -name '*.h' | sort)
# One process for every file: --dry-run names each line it would change.
out=$(clang-format --dry-run --Werror "${files[@]}" 2>&1)
if [ -n "$out" ]; then
    echo "$out" | grep -E '^[^ ].*: error:' | cut -d: -f1 | sort -u | sed 's/^/format: not laid out as .clang-format says: /' >&2
    echo "$out" | head -20 >&2
    exit 1
fi
echo "format: ${#files[@]} files laid out as .clang-format says"
