"""The one benchmark command (`./bench.sh`): generate the events, collect figures, print.

Every `tests/benchmarks/bench_*.py` that defines `figures(events, repeat)`
(the contract in `figures.py`) takes part; the others are scripts of their
own. Backups, settings and scratch copies go to a temporary folder, never
to the user's data.

    ./bench.sh [--repeat N] [--only NAME ...] [--quick]

`--only typing` runs bench_typing.py only; `--quick` leaves out the
50,000-note event.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5,
                        help="paired samples per figure (default 5)")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="only bench_NAME.py (may be given several times)")
    parser.add_argument("--quick", action="store_true", help="leave out the 50k event")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="oogst-bench-"))
    os.environ["OOGST_HOME"] = str(scratch / "home")  # backups of the copies go here
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ.setdefault("OOGST_LANG", "nl")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [p for p in (str(HERE), str(ROOT)) if p not in sys.path]
    from figures import format_table

    try:
        print(format_table(_run(args)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the copies' backups: up to GiBs
    return 0


def _run(args: argparse.Namespace) -> list:
    from big_event import events as make_events

    events = make_events(quick=args.quick, log=lambda text: print(text, flush=True))
    figures = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if args.only and name not in args.only:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            print(f"{path.name}: could not be imported\n{traceback.format_exc()}", flush=True)
            continue
        if not callable(getattr(module, "figures", None)):
            continue
        print(f"running {path.name} ...", flush=True)
        start = time.perf_counter()
        try:
            figures += module.figures(dict(events), args.repeat)
        except Exception:  # noqa: BLE001
            print(f"{path.name} failed:\n{traceback.format_exc()}", flush=True)
        print(f"  {time.perf_counter() - start:.0f} s", flush=True)
    print()
    return figures


if __name__ == "__main__":
    sys.exit(main())
