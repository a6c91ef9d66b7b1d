#!/usr/bin/env bash
# Start Oogst. Without a file it shows its welcome (Enter opens the demo meeting);
# ./start.sh my.oogst opens yours.
# Any other arguments go to the command line (./start.sh info my.oogst, ./start.sh --help).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/tools/venv.sh"
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
