#!/usr/bin/env bash
# Builds the program as one folder, dist/conq-desktop/, from the repository root:
#     bash scripts/build_installer.sh [PyInstaller options, e.g. --distpath DIR]
# Installs only what building needs: the system packages of `system-deps.sh --build`
# (libusb-1.0 and the Qt libraries the bundle takes from this machine and its check
# run loads; no PostgreSQL server, no test tools) and .venv with the build extra
# (PyInstaller, every printer connection's library). Compiles the translations, runs
# PyInstaller on build_installer.spec, starts the result once (--version) and prints
# where it is and its size. Fails when a printer connection's library is missing
# (CONQ_BUILD_WITHOUT_USB=1: build without USB printing on purpose).
# A release archive with its checksum: bash scripts/release.sh.
# On Windows (PowerShell), from the repository root:
#     .venv\Scripts\pip install -e ".[build]"
#     .venv\Scripts\python scripts\compile_translations.py
#     .venv\Scripts\python -m PyInstaller --noconfirm build_installer.spec
#     .venv\Scripts\python scripts\release.py
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/system-deps.sh --build
# shellcheck source=scripts/venv.sh
source scripts/venv.sh
conq_ensure_venv build

distpath="$ROOT/dist"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[i]}" in
        --distpath) distpath="${args[i + 1]:-$distpath}" ;;
        --distpath=*) distpath="${args[i]#--distpath=}" ;;
    esac
done

echo "build: PyInstaller build_installer.spec"
.venv/bin/python -m PyInstaller --noconfirm --clean "$@" build_installer.spec

result="$distpath/conq-desktop"
if [ ! -x "$result/conq-desktop" ]; then
    echo "build: error: $result/conq-desktop was not made" >&2
    exit 1
fi
if ! version="$("$result/conq-desktop" --version 2>&1)"; then
    echo "build: error: $result/conq-desktop does not start:" >&2
    printf '%s\n' "$version" >&2
    exit 1
fi
size="$(du -sh "$result" | cut -f1)"
files="$(find "$result" -type f | wc -l)"
echo "build: $result: $version ($size, $files files)"
echo "build: run $result/conq-desktop (command line) or $result/conq-desktop-gui (windows)"
