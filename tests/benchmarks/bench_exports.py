"""Figures for the exports: how long each takes for the demo meeting and for a
large event (the seed-like meeting plus 5,000 notes). Not a test: it passes or
fails nothing.

Run: ``python tests/benchmarks/bench_exports.py [--notes N] [--repeat K]``.
Prints seconds (best of K) and file size per export and event.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "exports"))

from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.exports import (export_agenda_pdf, export_minutes,  # noqa: E402
                                 export_signin_sheet, export_table_cards, export_workbook)
from facilitator.sessions import create_from_template  # noqa: E402
from facilitator.templates import DEMO_TEMPLATE, find_template  # noqa: E402

import seedlike  # noqa: E402

EXPORTS = [("minutes PDF", export_minutes, ".pdf"),
           ("minutes PDF, anonymous", lambda e, p: export_minutes(e, p, anonymous=True,
                                                                  participant_list=True),
            ".pdf"),
           ("agenda PDF", export_agenda_pdf, ".pdf"),
           ("workbook", export_workbook, ".xlsx"),
           ("table cards", export_table_cards, ".pdf"),
           ("sign-in sheet", export_signin_sheet, ".pdf")]


def measure(event: EventFile, folder: Path, repeat: int) -> list[tuple[str, float, int]]:
    rows = []
    for name, func, suffix in EXPORTS:
        target = folder / (name.replace(" ", "_").replace(",", "") + suffix)
        best = min(_timed(func, event, target) for _ in range(repeat))
        rows.append((name, best, target.stat().st_size))
    return rows


def _timed(func, event, target) -> float:
    start = time.perf_counter()
    func(event, target)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = create_from_template(folder / "demo.oogst", find_template(DEMO_TEMPLATE))
        big = EventFile.in_memory()
        start = time.perf_counter()
        seedlike.build_big(big, notes=args.notes)
        built = time.perf_counter() - start
        for label, event in (("demo meeting (seed 002)", demo),
                             (f"large event ({len(big.notes())} notes, built in "
                              f"{built:.1f} s)", big)):
            print(f"\n{label}: {len(event.notes())} notes, {len(event.tables())} tables, "
                  f"{len(event.actions())} actions")
            for name, seconds, size in measure(event, folder, args.repeat):
                print(f"  {name:24} {seconds:7.2f} s  {size / 1024:8.0f} KiB")
        demo.close()


if __name__ == "__main__":
    main()
