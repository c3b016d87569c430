# Helpers for the CLI end-to-end tests: run the real binary on a real
# database in a temporary directory and check what it prints.
set -euo pipefail
CLI="$(realpath "$1")"
TESTS_DIR="$(cd "$(dirname "$0")" && pwd)"  # before the cd below
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export FAMILYNIGHT_DB="$WORK/school.db"
failures=0
passes=0

fn() { "$CLI" "$@"; }

expect_contains() {  # expect_contains "what" "$output" "needle"
    if [[ "$2" == *"$3"* ]]; then passes=$((passes + 1)); else
        echo "FAIL: $1: expected to find [$3] in:"; echo "$2"; failures=$((failures + 1)); fi
}
expect_eq() {  # expect_eq "what" actual expected
    if [[ "$2" == "$3" ]]; then passes=$((passes + 1)); else
        echo "FAIL: $1: got [$2], expected [$3]"; failures=$((failures + 1)); fi
}
expect_fails() {  # expect_fails "what" "stderr needle" command...
    local what="$1" needle="$2"; shift 2
    local err rc=0
    err=$("$@" 2>&1 >/dev/null) || rc=$?
    if [[ $rc -ne 0 && "$err" == *"$needle"* ]]; then passes=$((passes + 1)); else
        echo "FAIL: $what: exit $rc, stderr [$err], expected failure mentioning [$needle]"; failures=$((failures + 1)); fi
}
finish() {
    echo "$passes passed, $failures failed"
    [[ $failures -eq 0 ]]
}
