#!/bin/sh
# Builds (once) a minimal Debian chroot of another release for the tests
# that compare dryad with that release's own ld.so.
#
#   tests/chroot/make-chroot.sh SUITE DIR [PACKAGE,...]
#
# The mirror is read from this machine's apt configuration at run time
# (deb822 files in /etc/apt/sources.list.d/, or /etc/apt/sources.list);
# no registry host is written here. A finished chroot is marked with
# DIR/.dryad-chroot-done, which records the package list, and reused while
# the list is the same; a half-built or outdated one is removed first.
set -eu
suite=$1
dir=$2
include=${3:-}
stamp="suite=$suite include=$include"
if [ -f "$dir/.dryad-chroot-done" ] && [ "$(cat "$dir/.dryad-chroot-done")" = "$stamp" ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "make-chroot.sh: building a $suite chroot needs root (debootstrap)" >&2
    exit 1
fi
command -v debootstrap >/dev/null || { echo "make-chroot.sh: debootstrap is not installed (.ci/run installs it)" >&2; exit 1; }
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1)
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\).*/\2/p' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n 1)
fi
[ -n "$mirror" ] || { echo "make-chroot.sh: no Debian mirror in this machine's apt configuration" >&2; exit 1; }
rm -rf "$dir"
mkdir -p "$(dirname "$dir")"
log="$dir.log"
echo "make-chroot.sh: debootstrap $suite into $dir (log: $log)" >&2
if ! debootstrap --variant=minbase ${include:+--include=$include} "$suite" "$dir" "$mirror" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    exit 1
fi
echo "$stamp" > "$dir/.dryad-chroot-done"
