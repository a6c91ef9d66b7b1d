"""Figures for merging hand-outs: 20 copies of 500 new notes each into the demo event.

Run: ``python tests/benchmarks/bench_merge.py [--repeat N]`` (makes its own demo
event), or through the benchmark command (`figures`). The copies are handed out
from the demo event (five tables, four copies of each), each gets 500 new notes
at its table (in one operation, so building them is quick), and then:

- "merge 20 copies": all twenty merged into a fresh copy of the event, one
  operation (what File > Merge does), 10,000 notes arriving;
- "merge again": the same twenty merged into the merged event (nothing new:
  every copy is read and compared, nothing written but the bookkeeping).

Prints figures; passes or fails nothing.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator import EventFile  # noqa: E402
from tests.benchmarks.figures import Figure, format_table, timed  # noqa: E402

COPIES = 20
NOTES = 500


def build_copies(event: Path, folder: Path, copies: int = COPIES,
                 notes: int = NOTES) -> list[Path]:
    """Hand `event` out `copies` times (round the tables) and add `notes` notes to each."""
    made: list[Path] = []
    with EventFile.open(event) as ev:
        tables = [t.id for t in ev.tables()]
        rounds = {t: [q.id for q in ev.round_questions(t)] for t in tables}
        for n in range(copies):
            sub = folder / f"copy-{n:02d}"
            sub.mkdir()
            made += ev.hand_out(folder=sub, table_ids=[tables[n % len(tables)]])
    for n, copy in enumerate(made):
        with EventFile.open(copy) as c:
            table = c.handout().table_id
            question = (rounds[table] or [None])[0]
            with c._writer.change("op.add_note"):  # one commit for the 500
                for i in range(notes):
                    c.add_note(text=f"Laptop {n}, punt {i}: een nieuwe oogst van deze tafel",
                               table_id=table, question_id=question)
    return made


def _merge(event: Path, copies: list[Path], target: Path) -> None:
    shutil.copyfile(event, target)
    with EventFile.open(target) as ev:
        ev.merge_copies(copies)


def _merge_in_place(target: Path, copies: list[Path]) -> None:
    with EventFile.open(target) as ev:
        ev.merge_copies(copies)


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="oogst-bench-merge-") as tmp:
        folder = Path(tmp)
        event = folder / "demo.oogst"
        shutil.copyfile(events["demo"], event)
        copies = build_copies(event, folder)
        first, again = [], []
        for n in range(repeat):
            target = folder / f"merged-{n}.oogst"
            first.append(timed(lambda: _merge(event, copies, target)))
            again.append(timed(lambda: _merge_in_place(target, copies)))
            with EventFile.open(target, readonly=True) as ev:
                assert len(ev.notes()) >= COPIES * NOTES
            target.unlink()
    return [
        Figure(f"merge {COPIES} copies of {NOTES} new notes (demo event)", first),
        Figure(f"merge the same {COPIES} copies again (nothing new)", again),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from facilitator.sessions import create_from_template
    from facilitator.templates import DEMO_TEMPLATE, find_template

    with tempfile.TemporaryDirectory(prefix="oogst-bench-demo-") as tmp:
        demo = Path(tmp) / "demo.oogst"
        create_from_template(demo, find_template(DEMO_TEMPLATE)).close()
        print(format_table(figures({"demo": demo}, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
