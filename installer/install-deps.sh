#!/usr/bin/env bash
# Installs every Debian package FamilyNight needs to build, test and run.
# Idempotent and quiet when everything is already present. Must run as root
# (or through sudo when available).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # storage: SOCI's headers need boost and the backends' client headers
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev sqlite3
  # the shared-database tests run a throwaway PostgreSQL server (tests/support/pg_server.sh)
  postgresql-15
  # libraries used by core, io and the CLI
  libcli11-dev libfmt-dev libical-dev libutf8proc-dev libcsv-dev nlohmann-json3-dev libxlsxwriter-dev
  # messages to families through the school's mail server; base64 for their MIME parts
  libcurl4-openssl-dev libssl-dev
  # XLSX workbooks read for imports (their XML parts)
  libexpat1-dev
  # CLI end-to-end tests read --json output, and XLSX exports with a real reader
  jq python3-openpyxl python3-icalendar
  # the send test runs a real SMTP server on 127.0.0.1
  python3-aiosmtpd
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev bc
  # fuzzing the parsers of outside input with libFuzzer (tests/fuzz/run.sh)
  clang libclang-rt-14-dev
  # the code's layout and a short list of bug checks (.clang-format, .clang-tidy; .ci/tidy.sh)
  clang-format clang-tidy
  # printed documents: libharu, the fonts it renders correctly, and poppler to check PDFs
  libhpdf-dev libqrencode-dev fonts-noto-core fonts-arphic-uming poppler-utils
  # the QR codes on printed flyers are read back by a barcode reader
  zbar-tools
  # found through fontconfig, character by character: Hangul (Nanum), symbols (DejaVu)
  libfontconfig-dev fonts-nanum fonts-dejavu-core
  # Arabic, Devanagari and other joining scripts: shaped by HarfBuzz, ordered by FriBidi
  libharfbuzz-dev libfribidi-dev
  # dates and times on paper in each family's language
  libicu-dev
  # OneRoster roster exports arrive zipped
  libzip-dev
  # the desktop app and its tests under a virtual display
  libwxgtk3.2-dev wx-common xvfb xauth
  # a GUI test presses keys in the real app; GUI tests fail on a GTK critical (GLib's log handler)
  xdotool libglib2.0-dev
  # translations: msgfmt builds the catalogs, wx's own catalog for stock labels
  gettext wx3.2-i18n
  # man pages from the programs' --help
  help2man
  # the .deb and its checks (installer/package.sh, installer/package_test.sh)
  dpkg-dev fakeroot file lintian desktop-file-utils appstream debootstrap
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
