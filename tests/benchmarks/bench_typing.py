"""Figures for typing at meeting scale (issue 13, item 2; start-up: bench_startup.py).

* Enter -> note visible in the live-capture view: the real main window
  (shown), table 1 round 1 with 2,500 notes, in the 5k and the 50k event;
  from the key press until the new row is in the view and the window has
  painted again (p50 and p99 over the notes typed).
* The longest event-loop gap while typing 200 notes: keys are posted to the
  note field from the event loop (a word per event, Enter after each note),
  and a 2 ms heartbeat timer records when the loop was free.
* `add_note` against plain SQLite commits with the same pragmas (rollback
  journal, synchronous=FULL, exclusive locking) in the same folder, paired:
  the same write (the note's row and indexes in a copy of the same event), the
  note with its search entry in one commit (what a note's commit wrote until
  the entry moved to `index_notes`), and the issue's bare commit of a 3-column
  row into an empty table, which the target is judged on; and `index_notes`,
  which writes the typed notes' search entries apart. Journal modes:
  bench_journal.py.

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
INDEX_EVERY = 8  # notes typed between two `index_notes` calls (the window: a second)
WARM_UP = 20  # rounds of commits before add_note's samples are counted
# add_note's rounds counted: its p99 is then the 30th-longest of 3,000, not the 6th
# of 600, which swung from 1.11 to 1.47x the bare commit between runs of the same
# code (docs/durability.md, "At the line"); 3,000 rounds take about 7 s.
ADD_NOTE_SAMPLES = 3000


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    scratch = Path(tempfile.mkdtemp(prefix="oogst-bench-typing-"))
    try:
        out: list[Figure] = []
        for name, notes in (("5k", 200), ("50k", 100)):
            if name in events:
                out += enter_figures(_copy(events[name], scratch, name), name, notes)
        # for scale: a table with an ordinary number of notes (table 2)
        out += enter_figures(_copy(events["5k"], scratch, "5k-2"), "5k", 100, number=2)[:1]
        out += gap_figure(_copy(events["5k"], scratch, "gap"), notes=200)
        big = "50k" if "50k" in events else "5k"
        out += add_note_figures(_copy(events[big], scratch, "add"), big,
                                samples=ADD_NOTE_SAMPLES)
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


def gap_figure(path: Path, notes: int) -> list[Figure]:
    """The longest stretch the event loop was busy while 200 notes were typed; and,
    to tell Oogst's work from a busy machine, the same gaps less the time the GUI
    thread waited for a CPU while other programs ran (Linux schedstat)."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    app, window, capture = _capture_window(path)
    entry = capture.bar.entry
    keys: list[tuple[Qt.Key, str]] = []
    for i in range(notes):
        keys += [(Qt.Key.Key_A, word + " ") for word in TYPED.format(i=i).split()]
        keys.append((Qt.Key.Key_Return, ""))
    beats: list[tuple[float, float]] = []
    loop = QEventLoop()
    heartbeat = QTimer(interval=2)
    heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), _cpu_wait())))
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
    gaps = [1000 * (b[0] - a[0]) for a, b in zip(beats, beats[1:])]
    own = [1000 * ((b[0] - a[0]) - (b[1] - a[1])) for a, b in zip(beats, beats[1:])]
    longest = max(gaps)
    over = sum(g > 50 for g in gaps)
    return [Figure(f"longest event-loop gap, typing {notes} notes (5k event, {added} in "
                   f"the round after; {over} of {len(gaps)} gaps over 50 ms)", [longest], "ms",
                   statistic="median", target="< 50 ms", met=longest < 50),
            Figure("  the same, less the time the GUI thread waited for a CPU (other "
                   f"programs; {sum(g > 50 for g in own)} over 50 ms)", [max(own)], "ms",
                   statistic="median")]


def _cpu_wait() -> float:
    """Seconds this thread has waited to run while other programs had the CPUs
    (Linux: /proc/thread-self/schedstat); 0 where that is not known."""
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


# -- the commit ---------------------------------------------------------------------------

def add_note_figures(path: Path, name: str, samples: int) -> list[Figure]:
    """`add_note` at the busy table, paired with plain SQLite commits in the same
    folder, with the same pragmas (rollback journal, synchronous=FULL, exclusive):

    * the same write: the same note row (every column add_note writes, an id
      made as Oogst makes it) into its table in a copy of the same event (its
      primary key and place indexes), one transaction; what `add_note`'s commit
      writes, without Oogst's checks, position query, undo image and notice;
    * the note with its search entry in one commit (another copy): what
      `add_note` wrote until its entry moved to a commit of its own;
    * the issue's bare commit: a 3-column row into an empty table without indexes
      (2 pages a commit where a note takes about 4: a lower bound of any commit).

    Every `INDEX_EVERY` notes `index_notes` writes the waiting notes' search
    entries, as the window does a second after the first of them; timed apart
    (it is not part of any Enter) and shown per commit.
    """
    from facilitator.eventfile import EventFile
    from facilitator.row_ids import new_id
    from facilitator.transactions import now_iso
    copies = {kind: path.with_name(f"{kind}-" + path.name) for kind in ("row", "entry")}
    for copy in copies.values():
        shutil.copyfile(path, copy)
    event = EventFile.open(path)
    event.wait_for_backup()  # the opening backup: not inside the first samples
    bare = _plain(path.with_name("bare-" + path.stem + ".sqlite"))
    plain = {kind: _plain(copy) for kind, copy in copies.items()}
    try:
        table = min(event.tables(), key=lambda t: t.number)
        question = event.round_questions(table.id)[0]
        bare.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT, created_at TEXT)")
        position = {kind: conn.execute("SELECT max(position) FROM note").fetchone()[0] or 0
                    for kind, conn in plain.items()}

        def bare_commit(i: int) -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO note VALUES (?, ?, ?)",
                         (uuid.uuid4().hex, TYPED.format(i=i), time.time()))
            bare.execute("COMMIT")

        def plain_write(kind: str, i: int) -> None:
            conn, text, stamp = plain[kind], TYPED.format(i=i), now_iso()
            position[kind] += 1
            conn.execute("BEGIN IMMEDIATE")
            rowid = conn.execute(
                "INSERT INTO note (table_id, question_id, programme_item_id, text, kind, "
                "party, perspective_id, speaker_id, parent_id, position, id, created_at, "
                "updated_at) VALUES (?, ?, NULL, ?, 'point', '', NULL, NULL, NULL, ?, ?, ?, ?)",
                (table.id, question.id, text, position[kind], new_id(), stamp, stamp)).lastrowid
            if kind == "entry":
                conn.execute("INSERT INTO note_fts (rowid, text, party) VALUES (?, ?, '')",
                             (rowid, text))
            conn.execute("COMMIT")

        mine, row, entry, least, indexing = [], [], [], [], []
        writes = [
            (mine, lambda i: event.add_note(text=TYPED.format(i=i), table_id=table.id,
                                            question_id=question.id)),
            (row, lambda i: plain_write("row", i)),
            (entry, lambda i: plain_write("entry", i)),
            (least, bare_commit)]
        for i in range(-WARM_UP, samples):  # the first WARM_UP rounds are not counted
            # each write in turn goes first: none always follows the same one
            turn = i % len(writes)
            for into, write in writes[turn:] + writes[:turn]:
                start = time.perf_counter()
                write(i)
                if i >= 0:
                    into.append(1000 * (time.perf_counter() - start))
            if i % INDEX_EVERY == INDEX_EVERY - 1:
                start = time.perf_counter()
                event.index_notes()
                if i >= 0:
                    indexing.append(1000 * (time.perf_counter() - start))
        notes = len(event.notes())
    finally:
        event.close()
        bare.close()
        for conn in plain.values():
            conn.close()
    same_ratio = summary(mine, "p99") / summary(row, "p99")
    bare_ratio = summary(mine, "p99") / summary(least, "p99")
    label = f"add_note at {notes} notes ({name}; ratio: median of pairs)"
    return [Figure(label, mine, "ms", reference="same write, plain SQLite",
                   reference_samples=row, statistic="p99",
                   target=f"p99 ≤ 1.3× same-write p99 (now {same_ratio:.2f}×)",
                   met=same_ratio <= 1.3),
            Figure(label + " vs the issue's bare commit", mine, "ms",
                   reference="bare commit (3 columns, no index)", reference_samples=least,
                   statistic="p99", target=f"p99 ≤ 1.3× bare p99 (now {bare_ratio:.2f}×)",
                   met=bare_ratio <= 1.3),
            Figure(label + " vs the note and its search entry in one commit", mine, "ms",
                   reference="note + search entry, plain SQLite", reference_samples=entry,
                   statistic="p99"),
            Figure(f"index_notes: the search entries of {INDEX_EVERY} typed notes, one "
                   "commit (not in any Enter)", indexing, "ms",
                   reference="bare commit (3 columns, no index)",
                   reference_samples=least[INDEX_EVERY - 1::INDEX_EVERY])]


def _plain(path: Path) -> sqlite3.Connection:
    """A plain connection with Oogst's durability pragmas (storage.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = DELETE", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


if __name__ == "__main__":
    from big_event import events as make_events
    from figures import format_table
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-bench-home-"))
    print(format_table(figures(make_events(quick="--quick" in sys.argv), 3)))
