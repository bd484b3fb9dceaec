#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that the app and its tests need: the PostgreSQL
# server for the database tests, the shared libraries Qt 6 loads (also offscreen), and
# the tools the tests use. Idempotent: apt runs only when a package is missing.
# Uses sudo when not run as root; on systems without apt it only warns.
#     bash scripts/system-deps.sh           everything (running, testing: demo.sh, test.sh, CI)
#     bash scripts/system-deps.sh --build   only what building the program needs
#                                           (scripts/build_installer.sh)
set -euo pipefail

# What building the one-folder program needs (build_installer.spec): the libraries it
# bundles and those its check run of the result loads.
BUILD_PACKAGES=(
    # USB printers: pyusb's libusb-1.0, carried into the built program
    libusb-1.0-0
    # Qt 6 (PySide6) runtime libraries
    libegl1
    libgl1
    libxkbcommon0
    libxkbcommon-x11-0
    libfontconfig1
    libdbus-1-3
    libglib2.0-0
    libpulse0
    libxcb-icccm4
    libxcb-keysyms1
    libxcb-cursor0
    libxcb-image0
    libxcb-render-util0
    libxcb-shape0
    libxcb-xinerama0
    libxcb-randr0
    libxcb-xkb1
)

case "${1:-}" in
    --build) PACKAGES=("${BUILD_PACKAGES[@]}") ;;
    "")
        PACKAGES=(
            "${BUILD_PACKAGES[@]}"
            # PostgreSQL server (initdb, pg_ctl) for the throw-away test database
            postgresql
            # PDF to image (ticket and report checks), speech, fonts
            poppler-utils
            espeak-ng
            fonts-dejavu-core
        )
        ;;
    *)
        echo "system-deps: usage: bash scripts/system-deps.sh [--build]" >&2
        exit 2
        ;;
esac

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
    echo "system-deps: warning: no apt-get/dpkg here (not Debian or Ubuntu)." >&2
    echo "system-deps: install these packages' equivalents yourself: ${PACKAGES[*]}" >&2
    exit 0
fi

# Debian's own python3 needs python3-venv for `python3 -m venv`.
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    PACKAGES+=(python3-venv)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "system-deps: all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "system-deps: error: missing packages (${missing[*]}) and no sudo to install them;" \
            "run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    SUDO=(sudo)
fi

echo "system-deps: installing ${missing[*]}"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
