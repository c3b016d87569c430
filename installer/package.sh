#!/usr/bin/env bash
# Builds the Debian package: build/package/familynight_VERSION-1_amd64.deb
# (CPack, from the CMake install rules: both programs, translations, desktop
# entry, AppStream metainfo, icons, man pages, bash completion).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/installer/build.sh" "$@"
rm -rf "$root/build/package"
(cd "$root/build" && cpack -G DEB >/dev/null)
ls "$root"/build/package/familynight_*.deb
