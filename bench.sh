#!/usr/bin/env bash
# Print Oogst's speed figures: generates the large benchmark events once
# (cached in ~/.cache/oogst-bench/), then runs every tests/benchmarks/bench_*.py
# that hands over figures and prints one table. Options pass through:
# ./bench.sh --quick (without the 50,000-note event), --repeat N, --only typing.
# Not tests: nothing passes or fails, and CI does not run them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/tools/venv.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$ROOT/.venv/bin/python" "$ROOT/tests/benchmarks/run.py" "$@"
