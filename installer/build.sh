#!/usr/bin/env bash
# Installs dependencies, configures and builds FamilyNight into ./build.
# Extra arguments are passed to CMake's configure step.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/installer/install-deps.sh"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S "$root" -B "$root/build" -G Ninja "$@" >/dev/null
cmake --build "$root/build" -j"$(nproc)"
