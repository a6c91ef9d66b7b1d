"""Journal modes for Oogst's commits (issue 13): is there a cheaper durable commit
without a side file that a copy of the event could miss?

`add_note` at the busy table of the 50k event (5k with --quick), on copies of
the event opened by Oogst (exclusive locking, synchronous=FULL), with the
rollback journal in DELETE mode (Oogst's, storage.py), TRUNCATE or PERSIST,
paired: one note in each mode in turn, so the disk's moods hit all three.
WAL is not measured: its -wal file holds committed notes until a checkpoint,
so a copy of the .oogst alone could miss them (docs/durability.md).

After the run each copy is closed and checked: which files are left next to
it, and that the file alone (copied without anything next to it) opens with
every note. The trade-off is written down in docs/durability.md.

Run with the other benchmarks: ``./bench.sh --only journal``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(HERE), str(ROOT)) if p not in sys.path]

from figures import Figure  # noqa: E402

MODES = ("DELETE", "TRUNCATE", "PERSIST")  # DELETE first: Oogst's, the reference
TYPED = "Notitie {i}: vertrouwen en experimenteerruimte voor het lokale samenspel"


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    from facilitator.eventfile import EventFile
    name = "50k" if "50k" in events else "5k"
    scratch = Path(tempfile.mkdtemp(prefix="oogst-bench-journal-"))
    opened = {}
    try:
        for mode in MODES:
            folder = scratch / mode.lower()
            folder.mkdir()
            path = folder / f"event-{uuid.uuid4().hex[:6]}.oogst"
            shutil.copyfile(events[name], path)
            event = EventFile.open(path)
            event.wait_for_backup()
            # the benchmark reaches into the connection: Oogst itself has no switch
            got = event._conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]
            assert got.upper() == mode, got
            table = min(event.tables(), key=lambda t: t.number)
            opened[mode] = (event, path, table.id, event.round_questions(table.id)[0].id)
        samples: dict[str, list[float]] = {mode: [] for mode in MODES}
        for i in range(max(100, 40 * repeat)):
            for mode in MODES:
                event, _, table_id, question_id = opened[mode]
                start = time.perf_counter()
                event.add_note(text=TYPED.format(i=i), table_id=table_id,
                               question_id=question_id)
                samples[mode].append(1000 * (time.perf_counter() - start))
        out = []
        for mode in MODES:
            event, path, _, _ = opened.pop(mode)
            notes = len(event.notes())
            beside = _beside(path)
            # a copy made by another program between two commits: the file alone
            copied = _notes_in_copy(path, scratch / f"copy-{mode.lower()}.oogst")
            event.close()
            state = (f"beside it while open: {beside or 'nothing'}, after close: "
                     f"{_beside(path) or 'nothing'}; a copy of the file alone while open "
                     f"has {'every note' if copied == notes else f'{copied} of {notes}'}")
            reference = {} if mode == "DELETE" else {
                "reference": "journal_mode=DELETE (Oogst's)",
                "reference_samples": samples["DELETE"]}
            label = f"add_note, journal_mode={mode}, {name}"
            out.append(Figure(f"{label} ({state})", samples[mode], "ms", **reference))
            out.append(Figure(label, samples[mode], "ms", statistic="p99", **reference))
        return out
    finally:
        for event, *_ in opened.values():
            event.close()
        shutil.rmtree(scratch, ignore_errors=True)


def _beside(path: Path) -> str:
    """The files next to the event that SQLite made (journal), with their sizes."""
    found = sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
    return ", ".join(f"{p.name.removeprefix(path.name)} ({p.stat().st_size} B)"
                     for p in found)


def _notes_in_copy(path: Path, copy: Path) -> int:
    """How many notes a copy of the .oogst alone holds, made by another program (cp)
    while Oogst has it open (this process must not open it behind SQLite's back)."""
    from facilitator.eventfile import EventFile
    subprocess.run(["cp", str(path), str(copy)], check=True)
    with EventFile.open(copy, readonly=True) as event:
        return len(event.notes())


if __name__ == "__main__":
    import os
    from big_event import events as make_events
    from figures import format_table
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-bench-home-"))
    print(format_table(figures(make_events(quick="--quick" in sys.argv), 3)))
