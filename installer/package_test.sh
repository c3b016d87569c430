#!/usr/bin/env bash
# Builds the .deb, checks it (lintian, desktop-file-validate, appstreamcli),
# then installs it into a clean Debian 12 root made by debootstrap from the
# Debian mirror, so every dependency must be declared: the installed programs
# print their version, make a demo school, print a flyer and open the app's
# first window under Xvfb, from the installed files only. Uninstalls it too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deb=$(bash "$root/installer/package.sh" "$@" | tail -1)
echo "== package: $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb" | awk '{print $1, $6}' | sed 's|\./|/|'

echo "== lintian"
lintian --fail-on error,warning --info "$deb"
echo "lintian: no errors, no warnings"
echo "== desktop-file-validate"
desktop-file-validate "$root/installer/desktop/org.familynight.FamilyNight.desktop"
echo "desktop-file-validate: passed"
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/build/installer/org.familynight.FamilyNight.metainfo.xml"

echo "== a clean Debian 12 root"
chroot_dir=$(mktemp -d /tmp/fn-clean-root.XXXXXX)
cleanup() {
  umount "$chroot_dir/dev/pts" 2>/dev/null || true
  umount "$chroot_dir/proc" 2>/dev/null || true
  rm -rf "$chroot_dir"
}
trap cleanup EXIT
mirror=http://deb.debian.org/debian
debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >/tmp/fn-debootstrap.log 2>&1 ||
  { tail -20 /tmp/fn-debootstrap.log; exit 1; }
cat >"$chroot_dir/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
mount -t proc proc "$chroot_dir/proc"
mkdir -p "$chroot_dir/dev/pts" && mount -t devpts devpts "$chroot_dir/dev/pts"
cp "$deb" "$chroot_dir/tmp/"
in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -q >/dev/null 2>&1
# xvfb and xauth only to look at the window; everything else comes from the package's Depends.
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >/tmp/fn-apt.log 2>&1 ||
  { tail -30 /tmp/fn-apt.log; exit 1; }
echo "installed with its dependencies ($(grep -c '^Setting up' /tmp/fn-apt.log) packages set up)"
in_root apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null 2>&1

in_root familynight-cli --version
in_root familynight --version
in_root sh -c 'familynight --help | head -1'
in_root sh -c 'man -w familynight-cli 2>/dev/null || ls /usr/share/man/man1/familynight-cli.1.gz'
in_root familynight-cli --db /tmp/school.db demo
in_root familynight-cli --db /tmp/school.db print flyer --event 2 --languages es,en -o /tmp/flyer.pdf
head -c 5 "$chroot_dir/tmp/flyer.pdf" | grep -q '%PDF-' || { echo "the flyer is not a PDF"; exit 1; }
echo "flyer: $(stat -c %s "$chroot_dir/tmp/flyer.pdf") bytes of PDF"
in_root sh -c 'mkdir -p /tmp/home && HOME=/tmp/home FAMILYNIGHT_EXIT_AT_IDLE=1 xvfb-run -a -s "-screen 0 1280x800x24" familynight --db /tmp/school.db' |
  tee /tmp/fn-gui.log
grep -q "first idle" /tmp/fn-gui.log || { echo "the installed app did not reach its first window"; exit 1; }

echo "== uninstall"
in_root apt-get remove -y -q --purge familynight >/dev/null
if in_root sh -c 'ls /usr/bin/familynight* /usr/share/applications/org.familynight.* 2>/dev/null'; then
  echo "files left after removal"; exit 1
fi
echo "removed cleanly"
