"""How close `add_note` can come to the issue's bare commit (docs/durability.md, issue 13).

Not a figures module: run by hand,

    .venv/bin/python tests/benchmarks/add_note_floor.py [--notes 3000] [--runs 3]

Four writes take turns (each first in turn), at the busy table of copies of the
50k-note benchmark event, with Oogst's pragmas:

* `add_note` itself;
* the floor: the same note by the leanest operation that still does what
  `add_note` must (its values checked, its table and round checked, its
  position after the last sibling and the row inserted, the
  row read back for undo, one undo step and one change notice made), on a
  plain connection, without `Writer` (only the columns SQLite filled in come
  back from the INSERT, as in `Transaction.insert`);
* the floor inside `Writer.change` (what the operation frame costs);
* the issue's bare commit (a 3-column row into an empty table).

Prints each one's p50 and p99 and its ratio to the bare commit (p99 and
median of pairs). The first 20 rounds are not counted.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [p for p in (str(HERE), str(HERE.parents[1])) if p not in sys.path]

TYPED = "Notitie {i}: vertrouwen en experimenteerruimte voor het lokale samenspel"
WARM_UP = 20
INDEX_EVERY = 8
COLUMNS = ("table_id, question_id, programme_item_id, text, kind, party, perspective_id, "
           "speaker_id, parent_id, id, created_at, updated_at, position")
INSERT = f"""INSERT INTO note ({COLUMNS}) VALUES (?, ?, NULL, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?,
    (SELECT coalesce(max(position) + 1, 0) FROM note WHERE deleted_at IS NULL AND
     table_id IS ? AND question_id IS ? AND programme_item_id IS NULL AND parent_id IS NULL))
    RETURNING rowid, deleted_at, position, votes, key_point, clocks"""
ALIVE = """SELECT (SELECT deleted_at IS NULL FROM theme_table WHERE id = ?),
    (SELECT deleted_at IS NULL FROM question WHERE id = ?)"""


def _plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = DELETE", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.row_factory = sqlite3.Row
    return conn


def run(source: Path, scratch: Path, notes: int) -> dict[str, list[float]]:
    from facilitator.eventfile import EventFile
    from facilitator.harvest_ops import check_note
    from facilitator.row_ids import new_id
    from facilitator.transactions import Changes, ChangeKind, RowChange, Source, Transaction
    from facilitator.writer import Writer, _Step
    copies = {}
    for name in ("event", "floor", "framed"):
        copies[name] = scratch / f"{name}-{uuid.uuid4().hex[:6]}.oogst"
        shutil.copyfile(source, copies[name])
    event = EventFile.open(copies["event"])
    event.wait_for_backup()
    floor, framed = _plain(copies["floor"]), _plain(copies["framed"])
    bare = _plain(scratch / f"bare-{uuid.uuid4().hex[:6]}.sqlite")
    bare.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT, created_at TEXT)")
    writer, steps = Writer(framed), []
    table = min(event.tables(), key=lambda t: t.number)
    question = event.round_questions(table.id)[0]

    def insert(conn: sqlite3.Connection, i: int, stamp: str) -> RowChange:
        values = check_note({"text": TYPED.format(i=i), "kind": "point", "party": ""})
        note = new_id()
        if not all(conn.execute(ALIVE, (table.id, question.id)).fetchone()):
            raise LookupError(table.id)
        row = conn.execute(INSERT, (table.id, question.id, values["text"], values["kind"],
                                    values["party"], note, stamp, stamp, table.id,
                                    question.id)).fetchone()
        image = dict(values, table_id=table.id, question_id=question.id, id=note,
                     created_at=stamp, updated_at=stamp, **dict(row))
        image.pop("rowid")
        return RowChange("note", note, None, image)

    def lean(i: int) -> None:
        tx = Transaction(floor)
        floor.execute("BEGIN IMMEDIATE")
        change = insert(floor, i, tx.stamp)
        floor.execute("COMMIT")
        steps.append(_Step("op.add_note", (change,)))
        Changes("op.add_note", frozenset((ChangeKind.NOTE,)), frozenset((change.id,)),
                Source.EDIT, None)

    def in_writer(i: int) -> None:
        with writer.change("op.add_note") as tx:
            change = insert(framed, i, tx.stamp)
            tx._rows[("note", change.id)] = change

    def bare_commit(i: int) -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO note VALUES (?, ?, ?)",
                     (uuid.uuid4().hex, TYPED.format(i=i), time.time()))
        bare.execute("COMMIT")

    writes = [("add_note", lambda i: event.add_note(text=TYPED.format(i=i), table_id=table.id,
                                                    question_id=question.id)),
              ("floor", lean), ("floor in Writer.change", in_writer), ("bare commit", bare_commit)]
    times: dict[str, list[float]] = {name: [] for name, _ in writes}
    try:
        for i in range(-WARM_UP, notes):
            turn = i % len(writes)
            for name, write in writes[turn:] + writes[:turn]:
                start = time.perf_counter()
                write(i)
                if i >= 0:
                    times[name].append(1000 * (time.perf_counter() - start))
            if i % INDEX_EVERY == INDEX_EVERY - 1:
                event.index_notes()
    finally:
        event.close()
        for conn in (floor, framed, bare):
            conn.close()
    return times


def _p99(xs: list[float]) -> float:
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from big_event import events  # the benchmark events, generated once
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-floor-home-"))
    source = events()["50k"]
    for number in range(1, args.runs + 1):
        scratch = Path(tempfile.mkdtemp(prefix="oogst-floor-"))
        try:
            times = run(source, scratch, args.notes)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        least = times["bare commit"]
        print(f"run {number} ({args.notes} notes each)")
        for name, xs in times.items():
            pairs = statistics.median(a / b for a, b in zip(xs, least))
            print(f"  {name:24s} p50 {statistics.median(xs):.3f} ms  p99 {_p99(xs):.3f} ms  "
                  f"vs bare: p99 {_p99(xs) / _p99(least):.2f}x, median of pairs {pairs:.2f}x")


if __name__ == "__main__":
    main()
