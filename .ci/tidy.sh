#!/usr/bin/env bash
# clang-tidy's checks (.clang-tidy) over FamilyNight's own files: by default
# the layers that read outside input and hold the rules (src/core, src/io,
# reports), which CI runs; `bash .ci/tidy.sh all` for every layer (several
# minutes on two cores), or name folders: `bash .ci/tidy.sh src/ops src/cli`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
folders=("$@")
[ ${#folders[@]} -eq 0 ] && folders=(src/core src/io reports)
[ "${folders[0]}" = "all" ] && folders=(src reports)
# A compile database of its own: clang's view of each file, one file per
# unit (no unity batches) and no precompiled headers (GCC's would not load).
cmake -S "$root" -B "$root/build-tidy" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER= \
  -DFN_PRECOMPILED_HEADERS=OFF -DFN_UNITY_BUILD=OFF -DFN_BUILD_TESTS=OFF -DFN_BUILD_BENCHMARKS=OFF >/dev/null
# The app's files include what the build generates (its icons).
if printf '%s\n' "${folders[@]}" | grep -qE '^src(/app)?/?$'; then
  ninja -C "$root/build-tidy" src/app_icon_data.h >/dev/null
fi
pattern=$(printf '|%s/' "${folders[@]}"); pattern="^$root/(${pattern:1})"
start=$(date +%s)
run-clang-tidy -p "$root/build-tidy" -quiet -j "$(nproc)" "$pattern" > "$root/build-tidy/tidy.log" 2>&1 || {
  grep -E "(warning|error): " "$root/build-tidy/tidy.log" | sort -u >&2
  echo "tidy: findings above (the whole output: build-tidy/tidy.log)" >&2
  exit 1
}
echo "tidy: no findings in ${folders[*]} ($(grep -c '^clang-tidy' "$root/build-tidy/tidy.log" || true) files, $(($(date +%s) - start)) s)"
