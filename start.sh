#!/usr/bin/env bash
# Start Oogst. Without a file it opens the demo meeting (the first time with a welcome);
# ./start.sh my.oogst opens yours.
# Any other arguments go to the command line (./start.sh info my.oogst, ./start.sh --help).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/tools/venv.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
