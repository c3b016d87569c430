#!/usr/bin/env bash
# Sets everything up and runs every test (unit, storage, operations, CLI end to end).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON   # CI builds with warnings as errors
bash "$root/installer/build.sh" -DFN_WARNINGS_AS_ERRORS=$werror
ctest --test-dir "$root/build" --output-on-failure -j"$(nproc)"
