#!/usr/bin/env bash
# Create or update .venv for Oogst. Sourced by start.sh and test.sh.
# Reinstalls only when pyproject.toml changed since the last install, so a
# second start is instant and works offline.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
        rm -rf "$VENV"
        # Debian splits venv off Python; install it when we may.
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
            apt-get update -qq >/dev/null && apt-get install -y -qq python3-venv >/dev/null
        fi
        "$PYTHON" -m venv "$VENV" || {
            echo "Could not create $VENV: install Python 3.11 with venv (sudo apt-get install python3-venv)." >&2
            exit 1
        }
    fi
fi
STAMP="$VENV/.oogst-installed${EXTRAS:+-$EXTRAS}"
WANT="$(cat "$ROOT/pyproject.toml" | sha1sum | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
    echo "Installing Oogst's Python packages into .venv ..." >&2
    LOG="$VENV/install.log"
    if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
           "$VENV/bin/python" -m pip install -e "$ROOT${EXTRAS:+[$EXTRAS]}"; } >"$LOG" 2>&1; then
        tail -n 30 "$LOG" >&2
        echo "Installing the Python packages failed (full log: $LOG)." >&2
        exit 1
    fi
    echo "$WANT" > "$STAMP"
fi
# Compile the interface translations (.ts -> .qm); generated files are not committed.
if compgen -G "$ROOT/resources/translations/*.ts" >/dev/null; then
    for ts in "$ROOT"/resources/translations/*.ts; do
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
fi
