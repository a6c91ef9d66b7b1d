"""A note shown as saved survives `kill -9`: the crash test of the issue.

A child process captures notes as fast as it can and prints each note's id
the moment `add_note` returns (that is when the GUI shows it as saved). The
parent kills it with SIGKILL at a random moment, 50 times over, reopening the
same file each time. Every reported note must be there and the file must pass
SQLite's integrity check. The figures are printed (run with -s to see them).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator import EventFile

ROOT = Path(__file__).resolve().parent.parent
KILLS = 50

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from facilitator import EventFile
    ev = EventFile.open(sys.argv[1])
    table = ev.tables()[0].id
    previous = None
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        parent = previous if n % 5 == 0 else None
        note = ev.add_note(text=f"oogstpunt {n} " + "ĳ€" * (n % 40), table_id=table,
                           parent_id=parent, kind="point")
        print(note, flush=True)
        if n % 7 == 0:
            ev.update_note(note, kind="conclusion")
        previous = note
""")


@pytest.mark.slow
def test_kill_minus_nine_loses_no_saved_note(tmp_path):
    path = tmp_path / "crash.oogst"
    with EventFile.create(path, title="Crash") as ev:
        ev.add_table(theme="Stroomuitval")
    rng = random.Random(20171128)
    reported: set[str] = set()
    started = time.monotonic()
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ROOT)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        # A line cut off by the kill is not a report of a saved note.
        reported.update(line for line in out.split("\n")[:-1] if len(line) == 32)
    elapsed = time.monotonic() - started
    with EventFile.open(path) as ev:
        assert ev.integrity_check() == ["ok"]
        present = {n.id for n in ev.notes()}
    missing = reported - present
    print(f"\ncrash test: {KILLS} kills, {len(reported)} notes reported saved, "
          f"{len(present)} in the file, {len(missing)} missing, {elapsed:.1f} s")
    assert not missing
    assert len(reported) > KILLS  # the children really were writing when killed
