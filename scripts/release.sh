#!/usr/bin/env bash
# Makes a release a centre can take as it is, from the repository root:
#     bash scripts/release.sh
# Builds the program (scripts/build_installer.sh: dist/conq-desktop/), then packs it
# (scripts/release.py) as
#     dist/conq-desktop-<version>-linux-x86_64.tar.gz   one folder conq-desktop-<version>/:
#                                                       the program, README.md, LICENSE, docs/
#     dist/SHA256SUMS                                   its checksum
# Check a download: cd to the folder holding both, then sha256sum -c SHA256SUMS.
# On Windows, after the build: .venv\Scripts\python scripts\release.py
#     (dist\conq-desktop-<version>-windows-x86_64.zip and dist\SHA256SUMS).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Always into dist/: a release is made the one way (a build elsewhere is packed with
# scripts/release.py --dist DIR).
bash scripts/build_installer.sh
.venv/bin/python scripts/release.py --dist "$ROOT/dist"
