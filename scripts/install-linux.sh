#!/usr/bin/env bash
# Installs a conq-desktop release on a Linux queue PC, as docs/install.md (4.2, 9.2)
# describes it, run as root:
#     bash install-linux.sh conq-desktop-<version>-linux-x86_64.tar.gz
# 1. checks the archive against SHA256SUMS beside it (refuses without it, unless
#    --no-checksum is given first);
# 2. unpacks it into a new folder /opt/conq-desktop-<version> (never over an existing
#    one) and checks that the program starts there (`--version`);
# 3. points the link /opt/conq-desktop at it (a plain folder /opt/conq-desktop left by
#    an older install is first renamed to /opt/conq-desktop-old-<date>);
# 4. links /usr/local/bin/conq-desktop and conq-desktop-gui to /opt/conq-desktop.
# It prints the folder the link pointed at before: going back is
#     ln -sfn THAT-FOLDER /opt/conq-desktop
# It does not stop or start screens, nor touch any database (see docs/install.md, 9).
# Only bash, coreutils, findutils and tar: what a stock Debian has.
# CONQ_OPT and CONQ_BIN put it elsewhere than /opt and /usr/local/bin (for a trial run
# without root).
set -euo pipefail

OPT="${CONQ_OPT:-/opt}"
BIN="${CONQ_BIN:-/usr/local/bin}"
check=1

fail() {
    echo "install-linux: error: $*" >&2
    exit 1
}

if [ "${1:-}" = "--no-checksum" ]; then
    check=0
    shift
fi
[ $# -eq 1 ] || fail "usage: bash install-linux.sh [--no-checksum] conq-desktop-<version>-linux-x86_64.tar.gz"
archive="$1"
[ -f "$archive" ] || fail "there is no file $archive"
[ "$(id -u)" -eq 0 ] || [ -n "${CONQ_OPT:-}" ] || fail "run it as root (su - first, or sudo)"

name="$(basename "$archive")"
version="${name#conq-desktop-}"
version="${version%-linux-x86_64.tar.gz}"
if [ "$version" = "$name" ] || [ -z "$version" ] || [[ "$version" == */* ]]; then
    fail "$name is not named conq-desktop-<version>-linux-x86_64.tar.gz"
fi

if [ "$check" -eq 1 ]; then
    dir="$(cd "$(dirname "$archive")" && pwd)"
    [ -f "$dir/SHA256SUMS" ] || fail "no SHA256SUMS beside $name (take it from the same release)"
    grep -q " \*\?$name\$" "$dir/SHA256SUMS" || fail "SHA256SUMS has no line for $name"
    (cd "$dir" && grep " \*\?$name\$" SHA256SUMS | sha256sum -c --quiet -) ||
        fail "$name does not match SHA256SUMS: a damaged or wrong file, download it again"
    echo "install-linux: $name: checksum OK"
fi

target="$OPT/conq-desktop-$version"
[ ! -e "$target" ] || fail "$target exists already: a version is never unpacked over another"

# Unpacked beside the target, then moved in one step: a failed unpack leaves nothing.
work="$(mktemp -d "$OPT/.conq-desktop-unpack.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work" --no-same-owner
# The program folder is the archive's top folder, or the archive itself.
if [ -x "$work/conq-desktop" ]; then
    folder="$work"
else
    folder="$(find "$work" -mindepth 2 -maxdepth 2 -type f -name conq-desktop -perm -u+x -printf '%h\n' | head -n 1)"
fi
if [ -z "$folder" ] || [ ! -x "$folder/conq-desktop" ]; then
    fail "$name holds no conq-desktop program"
fi
if [ "$folder" = "$work" ]; then
    mv "$work" "$target"
    trap - EXIT
else
    mv "$folder" "$target"
fi
chmod 755 "$target"
"$target/conq-desktop" --version >/dev/null || fail "$target/conq-desktop does not start: see 4.1 (system libraries)"

link="$OPT/conq-desktop"
before=""
if [ -L "$link" ]; then
    before="$(readlink "$link")"
elif [ -d "$link" ]; then
    before="$OPT/conq-desktop-old-$(date +%Y%m%d-%H%M%S)"
    mv "$link" "$before"
    echo "install-linux: the old folder $link is now $before"
elif [ -e "$link" ]; then
    fail "$link exists and is neither a link nor a folder"
fi
# A new link renamed over the old one: there is never a moment without a program.
ln -sfn "$target" "$link.new"
mv -T "$link.new" "$link"

mkdir -p "$BIN"
ln -sfn "$link/conq-desktop" "$BIN/conq-desktop"
ln -sfn "$link/conq-desktop-gui" "$BIN/conq-desktop-gui"

echo "install-linux: $("$BIN/conq-desktop" --version) in $target; $link points at it"
if [ -n "$before" ]; then
    echo "install-linux: before, $link pointed at $before; to go back: ln -sfn $before $link"
fi
