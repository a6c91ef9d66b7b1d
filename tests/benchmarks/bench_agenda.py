"""Figures for the action agenda across meetings: how long it takes to read 50
event files into one agenda (each series once, its latest status) and to write
it as PDF and workbook. Not a test: it passes or fails nothing.

The 50 files are a series made from the demo meeting (seed 002): each a
follow-up of the one before (`follow_up.create_follow_up`), with one carried
action reviewed and one new action per meeting, so the agenda has series to
fold together as a real one would. With the "5k" event (if the benchmark
command hands one), also 50 copies of that large file (5,000 notes each: the
time goes into opening big files read-only).

Run: ``python tests/benchmarks/bench_agenda.py [--repeat K]``.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facilitator.agenda_across import read_agenda  # noqa: E402
from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.exports.series_agenda import export_cross_pdf, export_cross_xlsx  # noqa: E402
from facilitator.follow_up import create_follow_up  # noqa: E402

from figures import Figure, format_table, timed  # noqa: E402

FILES = 50


def demo_series(demo: Path, folder: Path, count: int = FILES) -> list[Path]:
    """`count` files: a copy of the demo, then each a follow-up of the one before."""
    paths = [folder / "meeting-00.oogst"]
    shutil.copyfile(demo, paths[0])
    earlier = EventFile.open(paths[0], readonly=True)
    for n in range(1, count):
        path = folder / f"meeting-{n:02d}.oogst"
        with create_follow_up(path, earlier, date=f"2018-{1 + n % 12:02d}-{1 + n % 28:02d}") \
                as later:
            carried = later.carried_actions()
            if carried:
                later.review_action(carried[0].id, status="bezig",
                                    review_note=f"Besproken in bijeenkomst {n}")
            later.add_action(what=f"Nieuw actiepunt uit bijeenkomst {n}",
                             owner=("Movisie", "NLZVE", "Gemeente Vianen")[n % 3],
                             partners=["VNG Utrecht"], level="regionaal",
                             due_date=f"2018-{1 + n % 12:02d}-15")
        earlier.close()
        earlier = EventFile.open(path, readonly=True)
        paths.append(path)
    earlier.close()
    return paths


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "series"
        folder.mkdir()
        demo_series(events["demo"], folder)
        read = [timed(lambda: read_agenda([folder])) for _ in range(repeat)]
        agenda = read_agenda([folder])
        out.append(Figure(f"agenda across {FILES} event files (demo series, "
                          f"{len(agenda.items)} actions)", read))

        def with_exports() -> None:
            whole = read_agenda([folder])
            export_cross_pdf(whole, Path(tmp) / "agenda.pdf")
            export_cross_xlsx(whole, Path(tmp) / "agenda.xlsx")

        out.append(Figure(f"agenda across {FILES} event files, with PDF and workbook",
                          [timed(with_exports) for _ in range(repeat)]))
        if "5k" in events:
            big = Path(tmp) / "big"
            big.mkdir()
            for n in range(FILES):
                shutil.copyfile(events["5k"], big / f"big-{n:02d}.oogst")
            out.append(Figure(f"agenda across {FILES} copies of the 5k-note event",
                              [timed(lambda: read_agenda([big])) for _ in range(repeat)]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from facilitator.sessions import create_from_template
    from facilitator.templates import DEMO_TEMPLATE, find_template
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.oogst"
        create_from_template(demo, find_template(DEMO_TEMPLATE)).close()
        print(format_table(figures({"demo": demo}, args.repeat)))


if __name__ == "__main__":
    main()
