#!/usr/bin/env bash
# The four-station stress run at district size, for figures rather than a
# pass/fail in ctest: 4 stations x (250 own + 50 shared families) a night,
# 1,200 check-in commands each a process, the second night beside a
# 10,000-student roster import. The same script as the ctest run
# (tests/cli/stations_test.sh), only bigger; it still checks that nothing is
# lost or doubled.
#   bash tests/bench/stations_bench.sh [BUILD_DIR]          # on a SQLite file
#   FN_TEST_POSTGRESQL_FILE=... bash tests/bench/stations_bench.sh   # on a server
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath "${1:-$root/build}")"
FN_STATIONS_OWN=250 FN_STATIONS_SHARED=50 FN_STATIONS_IMPORT=10000 \
  bash "$root/tests/cli/stations_test.sh" "$build/src/familynight-cli"
