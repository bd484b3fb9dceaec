#!/usr/bin/env bash
# The README's first quick-start command, run from the repository root:
#     bash scripts/demo.sh
# Installs the system packages Qt needs (once), creates .venv and installs the project
# into it (once), then starts the demo centre on a fresh embedded database: the ticket
# kiosk, two operator panels and the hall display.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/venv.sh
source scripts/venv.sh
conq_prepare

exec .venv/bin/conq-desktop demo "$@"
