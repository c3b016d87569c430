#!/usr/bin/env bash
# Runs every libFuzzer target (or those named) for SECONDS each on a copy of
# its seed corpus, and says for each how many inputs it ran and whether it
# found a crash, with the input that crashed it (kept in build-fuzz/crashes).
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]   # TARGET: roster, typed_time, ...
# CI runs it for 10 s each; run it for an hour to look harder.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=${1:-20}; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(roster oneroster typed_time connection_string language text_template restore_source)
build="$root/build-fuzz"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DFN_FUZZ=ON -DFN_BUILD_TESTS=OFF \
  -DFN_BUILD_BENCHMARKS=OFF -DFN_PRECOMPILED_HEADERS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 2
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" || exit 2
mkdir -p "$build/crashes"
failed=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  log="$build/fuzz_$t.log"
  ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build/crashes/$t-" "$work" "$root/tests/fuzz/corpus/$t" \
    >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [ $rc -eq 0 ]; then
    printf 'fuzz %-18s %10s inputs in %s s, no crash\n' "$t" "${runs:-?}" "$seconds"
  else
    failed=1
    input=$(grep -o "Test unit written to .*" "$log" | sed 's/Test unit written to //' | tail -1)
    printf 'fuzz %-18s CRASH after %s inputs; input: %s\n' "$t" "${runs:-?}" "${input:-see $log}"
    grep -m1 -E "ERROR: (AddressSanitizer|libFuzzer)|runtime error" "$log"
    [ -n "$input" ] && od -c "$input" | head -5
  fi
  rm -rf "$work"
done
exit $failed
