# Helpers for the CLI end-to-end tests: run the real binary on a real
# database in a temporary directory and check what it prints.
set -euo pipefail
CLI="$(realpath "$1")"
TESTS_DIR="$(cd "$(dirname "$0")" && pwd)"  # before the cd below
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export FAMILYNIGHT_DB="$WORK/school.db"
# The scripts plan on fixed dates: the day the test programs take as today
# (tests/support/pinned_today.h) when the run gives none.
export FAMILYNIGHT_TODAY="${FAMILYNIGHT_TODAY:-2000-01-01}"
# On the test PostgreSQL server when FN_TEST_POSTGRESQL_FILE names it
# (tests/support/pg_server.sh): a fresh database for this script, dropped at the end.
ON_POSTGRESQL=""
if [ -n "${FN_TEST_POSTGRESQL_FILE:-}" ]; then
    PG_ADMIN="$(cat "$FN_TEST_POSTGRESQL_FILE")"
    PG_NAME="fn_cli_$$"
    psql -q -X "$PG_ADMIN" -c "CREATE DATABASE $PG_NAME" >/dev/null
    trap 'psql -q -X "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $PG_NAME WITH (FORCE)" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
    export FAMILYNIGHT_DB="${PG_ADMIN/dbname=postgres/dbname=$PG_NAME}"
    ON_POSTGRESQL=1
fi
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
wait_until() {  # wait_until "what" command...: until the command succeeds, up to a minute (a busy machine's worst)
    local what="$1"; shift
    for _ in $(seq 600); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "FAIL: $what: not within a minute"; failures=$((failures + 1))
}
finish() {
    echo "$passes passed, $failures failed"
    [[ $failures -eq 0 ]]
}
