#!/usr/bin/env bash
# The core, roster-reading, store and operations tests built with
# AddressSanitizer and UndefinedBehaviorSanitizer (FN_SANITIZE) in
# build-sanitize/, on SQLite files: any report fails the run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/installer/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S "$root" -B "$root/build-sanitize" -G Ninja -DFN_SANITIZE=ON -DFN_BUILD_BENCHMARKS=OFF \
  -DCMAKE_BUILD_TYPE=Debug "$@" >/dev/null
cmake --build "$root/build-sanitize" -j"$(nproc)" --target fn_core_tests fn_io_tests fn_store_ops_tests
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in fn_core_tests fn_io_tests fn_store_ops_tests; do
  echo "== $t (ASan + UBSan)"
  "$root/build-sanitize/tests/$t" --gtest_brief=1
done
