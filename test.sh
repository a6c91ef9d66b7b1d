#!/usr/bin/env bash
# Run the whole test suite: sets up .venv (with test tools) and, as root on
# Debian, the system packages the tests use (Qt's libraries, Xvfb, poppler's
# pdftotext/pdftoppm, LibreOffice for opening the exported workbook).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/tools/system-packages.sh"
"$ROOT/tools/venv.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$ROOT/.venv/bin/python" -m pytest "$@"
