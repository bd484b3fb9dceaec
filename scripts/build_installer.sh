#!/usr/bin/env bash
# Builds the program as one folder, dist/conq-desktop/, from the repository root:
#     bash scripts/build_installer.sh [PyInstaller options, e.g. --distpath DIR]
# Installs the system packages (the bundle takes Qt's system libraries from this
# machine), ensures .venv with the build extra (PyInstaller, printer libraries),
# compiles the translations, then runs PyInstaller on build_installer.spec. Prints
# where the result is and its size.
# On Windows (PowerShell), from the repository root:
#     .venv\Scripts\pip install -e ".[build]"
#     .venv\Scripts\python scripts\compile_translations.py
#     .venv\Scripts\python -m PyInstaller --noconfirm build_installer.spec
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/venv.sh
source scripts/venv.sh
conq_prepare

# The build extra: PyInstaller and every printer connection's library (the program
# gets only what is installed). Again only when pyproject.toml changed.
stamp=".venv/.conq-build-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "build: installing the build extra"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test,build]"
    printf '%s\n' "$want" > "$stamp"
fi
if ! ldconfig -p 2>/dev/null | grep -q 'libusb-1\.0'; then
    echo "build: warning: no libusb-1.0 here; USB printers will need it installed" \
        "where the program runs (Debian/Ubuntu: libusb-1.0-0)" >&2
fi
.venv/bin/python scripts/compile_translations.py

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
size="$(du -sh "$result" | cut -f1)"
files="$(find "$result" -type f | wc -l)"
echo "build: $result ($size, $files files)"
echo "build: run $result/conq-desktop (command line) or $result/conq-desktop-gui (windows)"
