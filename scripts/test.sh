#!/usr/bin/env bash
# The project's test command, run from the repository root:
#     bash scripts/test.sh [pytest arguments]
# Installs the system packages if missing, creates .venv and installs the project into
# it, then runs ruff and pytest (Qt offscreen). Exits non-zero if anything fails.
# Without CONQ_TEST_PG_URL the PostgreSQL tests start their own throw-away server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/venv.sh
source scripts/venv.sh
conq_prepare

lint_paths=()
for path in src tests bench; do
    [ -e "$path" ] && lint_paths+=("$path")
done
# Both run even if the first fails, so one run shows every problem.
echo "test: ruff check ${lint_paths[*]}"
ruff_status=0
.venv/bin/ruff check "${lint_paths[@]}" || ruff_status=$?

# One worker per CPU (CONQ_TEST_WORKERS=0: none, all in this process); each test file
# stays on one worker, so a file's shared fixtures (the built program, say) are made once.
workers=(-n "${CONQ_TEST_WORKERS:-auto}" --dist loadscope)
echo "test: pytest ${workers[*]} $*"
pytest_status=0
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "${workers[@]}" "$@" || pytest_status=$?

if [ "$ruff_status" -ne 0 ]; then
    echo "test: ruff found problems (exit $ruff_status)" >&2
fi
if [ "$pytest_status" -ne 0 ]; then
    echo "test: pytest failed (exit $pytest_status)" >&2
    exit "$pytest_status"
fi
exit "$ruff_status"
