#!/usr/bin/env bash
# Installs dependencies, configures and builds FamilyNight into ./build.
# Extra arguments are passed to CMake's configure step.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/installer/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Precompiled headers (FN_PRECOMPILED_HEADERS) are cached only when ccache
# may trust their macros and times.
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
cmake -S "$root" -B "$root/build" -G Ninja "$@" >/dev/null
cmake --build "$root/build" -j"$(nproc)"
