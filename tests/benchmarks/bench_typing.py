"""Figures for typing at meeting scale (issue 13, item 2; start-up: bench_startup.py).

* Enter -> note visible in the live-capture view: the real main window
  (shown), table 1 round 1 with 2,500 notes, in the 5k and the 50k event;
  from the key press until the new row is in the view and the window has
  painted again (p50 and p99 over the notes typed).
* The longest event-loop gap while typing 200 notes: keys are posted to the
  note field from the event loop (a word per event, Enter after each note),
  and a 2 ms heartbeat timer records when the loop was free.
* `add_note` against a bare SQLite commit with the same pragmas (rollback
  journal, synchronous=FULL, exclusive locking) in the same folder, paired.

Run with the other benchmarks: ``./bench.sh --only typing``.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(HERE), str(ROOT)) if p not in sys.path]

from figures import Figure, summary  # noqa: E402

TYPED = "Notitie {i}: vertrouwen en experimenteerruimte voor het lokale samenspel"


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    scratch = Path(tempfile.mkdtemp(prefix="oogst-bench-typing-"))
    try:
        out: list[Figure] = []
        for name, notes in (("5k", 200), ("50k", 100)):
            if name in events:
                out += enter_figures(_copy(events[name], scratch, name), name, notes)
        # for scale: a table with an ordinary number of notes (table 2)
        out += enter_figures(_copy(events["5k"], scratch, "5k-2"), "5k", 100, number=2)[:1]
        out.append(gap_figure(_copy(events["5k"], scratch, "gap"), notes=200))
        big = "50k" if "50k" in events else "5k"
        out.append(add_note_figure(_copy(events[big], scratch, "add"), big,
                                   samples=max(100, 40 * repeat)))
        return out
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _copy(path: Path, folder: Path, name: str) -> Path:
    target = folder / f"{name}-{uuid.uuid4().hex[:6]}.oogst"
    shutil.copyfile(path, target)
    return target


# -- the window -----------------------------------------------------------------------

def _app():
    from PySide6.QtWidgets import QApplication
    from ui.app import create_application
    return QApplication.instance() or create_application([sys.argv[0]])


def _capture_window(path: Path, number: int = 1):
    """The main window, shown, with `path` open on live capture at table `number`
    (table 1 is the busy one), round 1."""
    app = _app()
    from ui.main_window import MainWindow
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    if not window.open_path(path):
        raise RuntimeError(f"could not open {path}")
    capture = window.navigate("capture")
    event = window.bridge.event
    table = next(t for t in event.tables() if t.number == number)
    capture.select_table(table.id)
    capture.select_round(event.round_questions(table.id)[0].id)
    for _ in range(3):
        app.processEvents()
    return app, window, capture


def _close(window) -> None:
    from PySide6.QtWidgets import QApplication
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def enter_figures(path: Path, name: str, notes: int, number: int = 1) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    app, window, capture = _capture_window(path, number)
    in_place = len(capture.model.note_ids())
    entry = capture.bar.entry
    samples = []
    try:
        for i in range(notes):
            entry.setPlainText(TYPED.format(i=i))
            app.processEvents()
            start = time.perf_counter()
            QTest.keyClick(entry, Qt.Key.Key_Return)
            app.processEvents()  # the view lays out and paints the new row
            samples.append(1000 * (time.perf_counter() - start))
            new = capture.bar.last_id
            if not capture.model.index_of(new).isValid() or entry.toPlainText():
                raise RuntimeError("the typed note did not appear in the view")
    finally:
        _close(window)
    label = f"Enter → note visible, {in_place} in the round, {name} event"
    return [Figure(label + " (p50)", samples, "ms", statistic="median"),
            Figure(label + " (p99)", samples, "ms", statistic="p99", target="p99 < 50 ms",
                   met=summary(samples, "p99") < 50)]


def gap_figure(path: Path, notes: int) -> Figure:
    """The longest stretch the event loop was busy while 200 notes were typed."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    app, window, capture = _capture_window(path)
    entry = capture.bar.entry
    keys: list[tuple[Qt.Key, str]] = []
    for i in range(notes):
        keys += [(Qt.Key.Key_A, word + " ") for word in TYPED.format(i=i).split()]
        keys.append((Qt.Key.Key_Return, ""))
    beats: list[float] = []
    loop = QEventLoop()
    heartbeat = QTimer(interval=2)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    typist = QTimer(interval=10)
    position = [0]

    def press() -> None:
        if position[0] >= len(keys):
            typist.stop()
            QTimer.singleShot(200, loop.quit)
            return
        key, text = keys[position[0]]
        position[0] += 1
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(entry, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                    text))

    typist.timeout.connect(press)
    entry.setFocus()
    try:
        heartbeat.start()
        typist.start()
        loop.exec()
        heartbeat.stop()
        added = len(capture.model.note_ids())
    finally:
        _close(window)
    gaps = [1000 * (b - a) for a, b in zip(beats, beats[1:])]
    longest = max(gaps)
    return Figure(f"longest event-loop gap, typing {notes} notes (5k event, "
                  f"{added} in the round after)", [longest], "ms", statistic="median",
                  target="< 50 ms", met=longest < 50)


# -- the commit ---------------------------------------------------------------------------

def add_note_figure(path: Path, name: str, samples: int) -> Figure:
    """`add_note` at the busy table against a bare commit in the same folder, paired."""
    from facilitator.eventfile import EventFile
    event = EventFile.open(path)
    bare_path = path.with_name("bare-" + path.stem + ".sqlite")
    bare = sqlite3.connect(bare_path, isolation_level=None)
    try:
        table = min(event.tables(), key=lambda t: t.number)
        question = event.round_questions(table.id)[0]
        for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = DELETE",
                       "synchronous = FULL"):
            bare.execute(f"PRAGMA {pragma}")
        bare.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT, created_at TEXT)")

        def bare_commit() -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO note VALUES (?, ?, ?)",
                         (uuid.uuid4().hex, TYPED, time.time()))
            bare.execute("COMMIT")

        mine, theirs = [], []
        for i in range(samples):
            start = time.perf_counter()
            event.add_note(text=TYPED.format(i=i), table_id=table.id, question_id=question.id)
            mine.append(1000 * (time.perf_counter() - start))
            start = time.perf_counter()
            bare_commit()
            theirs.append(1000 * (time.perf_counter() - start))
        notes = len(event.notes())
    finally:
        event.close()
        bare.close()
    p99_ratio = summary(mine, "p99") / summary(theirs, "p99")
    return Figure(f"add_note at {notes} notes ({name}; ratio: median of pairs)", mine, "ms",
                  reference="bare SQLite commit", reference_samples=theirs,
                  statistic="p99", target=f"p99 ≤ 1.3× bare p99 (now {p99_ratio:.2f}×)",
                  met=p99_ratio <= 1.3)


if __name__ == "__main__":
    from big_event import events as make_events
    from figures import format_table
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-bench-home-"))
    print(format_table(figures(make_events(quick="--quick" in sys.argv), 3)))
