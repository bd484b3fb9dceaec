#!/usr/bin/env bash
# Creates .venv (if missing) and installs the project with its test extras into it.
# Sourced by scripts/test.sh and .ci/run; may also be run on its own.
# `conq_ensure_venv build` installs the build extra instead (scripts/build_installer.sh):
# PyInstaller and the printer libraries, none of the test tools.
# Skips pip when pyproject.toml has not changed since the last install
# (set CONQ_REINSTALL=1 to force it). PYTHON picks the interpreter (default python3).
# Then compiles the translations (resources/i18n/*.ts -> .qm) if any changed.

conq_ensure_venv() {
    local root venv python stamp want extras="${1:-test}"
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    venv="$root/.venv"
    python="${PYTHON:-python3}"

    if [ ! -x "$venv/bin/python" ]; then
        if ! command -v "$python" >/dev/null 2>&1; then
            echo "venv: error: $python not found; Python 3.11 or newer is needed" >&2
            return 1
        fi
        if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
            echo "venv: error: $python is $("$python" -V 2>&1); Python 3.11 or newer is needed" \
                "(set PYTHON=python3.11 or similar)" >&2
            return 1
        fi
        echo "venv: creating $venv"
        "$python" -m venv "$venv" || {
            echo "venv: error: '$python -m venv' failed (Debian/Ubuntu: apt-get install python3-venv)" >&2
            return 1
        }
    fi

    stamp="$venv/.conq-installed"
    [ "$extras" = test ] || stamp="$venv/.conq-installed-$extras"
    want="$("$venv/bin/python" -c 'import sys; print(sys.version)' | head -n 1) $(sha256sum "$root/pyproject.toml" | cut -d' ' -f1)"
    if [ "${CONQ_REINSTALL:-0}" != 1 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        : # installed and pyproject.toml unchanged
    else
        echo "venv: installing the project and its $extras dependencies"
        (cd "$root" && "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[$extras]") || return 1
        printf '%s\n' "$want" > "$stamp"
    fi

    # Every time, not only after pip: a changed .ts must reach its .qm. Only stale files
    # are rebuilt, so this costs nothing when the translations did not change.
    "$venv/bin/python" "$root/scripts/compile_translations.py" || {
        echo "venv: error: compiling the translations (resources/i18n/*.ts) failed" >&2
        return 1
    }
}

# What every script starts with: the system packages, then the venv.
conq_prepare() {
    bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/system-deps.sh" && conq_ensure_venv test
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    conq_ensure_venv test
fi
