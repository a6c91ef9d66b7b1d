"""Figures for big files (issue 13, item 5), on the event with photos: a note's
commit when the automatic backup is due (against one when none is due), closing
right after a note, the peak memory of `oogst info` (a fresh process), and the
disk the backups take after the file was opened and closed five times. Not a
test: it judges nothing. Backups go to a temporary OOGST_HOME.

Run alone: ``python tests/benchmarks/bench_backups.py photos=path.oogst``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from figures import Figure, format_table, timed  # noqa: E402

MIB = 1024 ** 2
_INFO = textwrap.dedent("""
    import contextlib, io, resource, sys
    from facilitator.cli import run
    with contextlib.redirect_stdout(io.StringIO()):
        code = run(["info", sys.argv[1]])
    print(code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


@contextmanager
def own_home(folder: Path) -> Iterator[None]:
    """Backups of the benchmark go to `folder`, never the user's data folder."""
    before = os.environ.get("OOGST_HOME")
    os.environ["OOGST_HOME"] = str(folder)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("OOGST_HOME", None)
        else:
            os.environ["OOGST_HOME"] = before


def info_peak(event: Path) -> float:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run([sys.executable, "-c", _INFO, str(event)], capture_output=True,
                          text=True, env=env, check=True)
    code, kib = done.stdout.split()
    assert code == "0", done.stderr
    return int(kib) / 1024


def settled(event) -> None:
    """Wait for a background backup (a version without them has nothing to wait for)."""
    getattr(event, "wait_for_backup", lambda: True)()


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    from facilitator import backups
    from facilitator.eventfile import EventFile

    if "photos" not in events:
        return []
    source = events["photos"]
    size = source.stat().st_size / MIB
    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "photos.oogst"
        with own_home(folder / "home"):
            shutil.copyfile(source, path)
            due, not_due, closing = [], [], []
            with EventFile.open(path) as event:
                settled(event)
                table = event.tables()[0].id
                for n in range(max(1, repeat)):
                    event._last_backup -= 24 * 3600  # the automatic backup is due
                    due.append(timed(lambda: event.add_note(text=f"due {n}", table_id=table)))
                    settled(event)
                    not_due.append(timed(lambda: event.add_note(text=f"not due {n}",
                                                                table_id=table)))
            for n in range(max(1, min(repeat, 5))):
                event = EventFile.open(path)
                settled(event)
                event.add_note(text=f"before closing {n}", table_id=table)
                closing.append(timed(event.close))
            opening, closing_at_once = [], []
            for n in range(max(1, min(repeat, 5))):
                if hasattr(backups, "forget_newest"):
                    backups.forget_newest(path)  # as if changed elsewhere: a copy is due
                box: list = []
                opening.append(timed(lambda: box.append(EventFile.open(path))))
                closing_at_once.append(timed(box[0].close))
            out.append(Figure(f"open, a backup due ({size:.0f} MiB event)",
                              [s * 1000 for s in opening], "ms",
                              target="the backup off the critical path"))
            out.append(Figure(f"close right after opening ({size:.0f} MiB event)",
                              [s * 1000 for s in closing_at_once], "ms"))
            out.append(Figure(f"note committed when a backup is due ({size:.0f} MiB event)",
                              [s * 1000 for s in due], "ms",
                              reference="note when none is due",
                              reference_samples=[s * 1000 for s in not_due],
                              target="the backup outside the note", statistic="median"))
            out.append(Figure(f"close after a note ({size:.0f} MiB event)",
                              [s * 1000 for s in closing], "ms"))
        with own_home(folder / "home5"):
            shutil.copyfile(source, path)
            for _ in range(5):
                EventFile.open(path).close()
            used = sum(p.stat().st_size for p in backups.list_backups(path)) / MIB
            budget = getattr(backups, "BUDGET_BYTES", None)
            out.append(Figure("backups on disk after five opens", [used], "MiB",
                              reference="the event file", reference_samples=[size],
                              target=f"≤ {budget // MIB} MiB budget" if budget else "",
                              met=used <= budget / MIB if budget else None))
        peaks = [info_peak(source) for _ in range(max(1, min(repeat, 3)))]
        out.append(Figure(f"oogst info peak memory ({size:.0f} MiB event)", peaks, "MiB",
                          reference="the event file", reference_samples=[size] * len(peaks),
                          target="no photo bytes loaded"))
    return out


if __name__ == "__main__":
    sys.path.append(str(HERE.parents[1]))
    given = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(format_table(figures({k: Path(v) for k, v in given.items()}, 5)))
