#!/usr/bin/env bash
# Runs the DoorStationWindow GUI tests on a PostgreSQL server of their own
# (they stop and start it). Usage: door_station_window.sh FN_APP_TESTS
set -euo pipefail
tests="$(realpath "$1")"
support="$(cd "$(dirname "$0")/../support" && pwd)"
state="$(mktemp -d)"
export XDG_DATA_HOME="$state/data"
trap 'cd / && bash "$support/pg_server.sh" stop "$state" >/dev/null 2>&1; rm -rf "$state"' EXIT
(cd / && FN_PG_PORT_BASE=56832 bash "$support/pg_server.sh" start "$state") >/dev/null
export FN_TEST_POSTGRESQL_FILE="$state/connection" FN_PG_SERVER_STATE="$state" FN_PG_SERVER_SCRIPT="$support/pg_server.sh"
"$tests" --gtest_filter='DoorStationWindow.*'
