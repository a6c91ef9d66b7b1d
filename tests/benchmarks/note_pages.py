"""Which pages one note's commit writes, and for what (docs/durability.md, issue 13).

Not a figures module (it copies the whole file twice per commit): run by hand,

    .venv/bin/python tests/benchmarks/note_pages.py [--commits 300] [--event 50k]

Each commit is made on a copy of the benchmark event; a snapshot of the file is
taken before and after it by `cp` (another process: nothing in this process
opens the event file behind SQLite's back) and compared page by page; each
changed page is named by the b-tree that owns it (SQLite's `dbstat` table).
Measured: `add_note` itself (and `index_notes`, which writes the search
entries of the notes typed, every 8 notes), and plain SQLite writes of the same row into copies
of the event with less and less of what a note keeps with it (no search index,
no place index, no primary key), with random ids (UUID v4, as until 30
November 2026), and with a search index without its size
table (columnsize=0; measured, not adopted). The first commits are not counted (warm-up).
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [p for p in (str(HERE), str(HERE.parents[1])) if p not in sys.path]

TYPED = "Notitie {i}: vertrouwen en experimenteerruimte voor het lokale samenspel"
WARM_UP = 30
INDEX_EVERY = 8  # notes typed between two index_notes commits (as bench_typing.py)
_NO_SEARCH = ["DROP TABLE note_fts"]
# the search index without its size table (columnsize=0): measured, not adopted
# (docs/durability.md, "What a note's commit writes")
_WITHOUT_SIZES = ["DROP TABLE note_fts",
                  "CREATE VIRTUAL TABLE note_fts USING FTS5 (text, party, tokenize="
                  "'unicode61 remove_diacritics 2', content='note', columnsize=0)",
                  "INSERT INTO note_fts (note_fts) VALUES ('rebuild')"]
PLAIN = {
    "row only (no key, no index, no search)": _NO_SEARCH + [
        "CREATE TABLE bare AS SELECT * FROM note ORDER BY rowid", "DROP TABLE note",
        "ALTER TABLE bare RENAME TO note"],
    "row + primary key": _NO_SEARCH + ["DROP INDEX note_place"],
    "row + primary key + note_place": _NO_SEARCH,
    "the same with random ids (UUID v4, Oogst's ids until 30 Nov 2026)": _NO_SEARCH,
    "row + keys + search index (the same write)": [],
    "the same, the search index without its size table": _WITHOUT_SIZES,
}
# the rows written with random ids; the others get ids as Oogst makes them (UUID v7)
_RANDOM_IDS = {"the same with random ids (UUID v4, Oogst's ids until 30 Nov 2026)"}


class Pages:
    """Pages changed per commit, by owner, over the counted commits."""

    def __init__(self, path: Path, scratch: Path) -> None:
        self.path, self.scratch = path, scratch
        self.counts: list[int] = []
        self.owners: collections.Counter[str] = collections.Counter()

    def _snapshot(self, name: str) -> Path:
        out = self.scratch / name
        subprocess.run(["cp", str(self.path), str(out)], check=True)
        return out

    def commit(self, write) -> None:
        before = self._snapshot("before")
        write()
        after = self._snapshot("after")
        old, new = before.read_bytes(), after.read_bytes()
        size = _page_size(after)
        changed = [n + 1 for n in range(max(len(old), len(new)) // size)
                   if old[n * size:(n + 1) * size] != new[n * size:(n + 1) * size]]
        named = _owners(after)
        self.counts.append(len(changed))
        self.owners.update("page 1 (header)" if p == 1 else named.get(p, "free list")
                           for p in changed)

    def report(self, label: str) -> str:
        n = len(self.counts)
        ordered = sorted(self.counts)
        lines = [f"{label}: {sum(ordered) / n:.2f} pages per commit (median "
                 f"{ordered[n // 2]}, p99 {ordered[int(0.99 * (n - 1))]}, max {ordered[-1]}; "
                 f"{n} commits)"]
        lines += [f"    {name:28s} {count / n:.2f}" for name, count in self.owners.most_common()]
        return "\n".join(lines)


def _page_size(path: Path) -> int:
    data = path.read_bytes()[16:18]
    size = int.from_bytes(data, "big")
    return 65536 if size == 1 else size


def _owners(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {page: name for name, page in conn.execute("SELECT name, pageno FROM dbstat")}
    finally:
        conn.close()


def measure_add_note(source: Path, scratch: Path, commits: int) -> str:
    from facilitator.eventfile import EventFile
    path = scratch / "add.oogst"
    shutil.copyfile(source, path)
    pages, entries = Pages(path, scratch), Pages(path, scratch)
    with EventFile.open(path) as event:
        event.wait_for_backup()
        table = min(event.tables(), key=lambda t: t.number)
        question = event.round_questions(table.id)[0]
        for i in range(WARM_UP + commits):
            def write(i=i) -> None:
                event.add_note(text=TYPED.format(i=i), table_id=table.id,
                               question_id=question.id)
            pages.commit(write) if i >= WARM_UP else write()
            if i % INDEX_EVERY == INDEX_EVERY - 1:  # the typed notes' search entries
                entries.commit(event.index_notes) if i >= WARM_UP else event.index_notes()
    return (pages.report("add_note") + "\n" +
            entries.report(f"index_notes (the entries of {INDEX_EVERY} typed notes)"))


def measure_plain(source: Path, scratch: Path, commits: int, label: str) -> str:
    from facilitator.row_ids import new_id
    from facilitator.transactions import now_iso
    make_id = (lambda: uuid.uuid4().hex) if label in _RANDOM_IDS else new_id
    path = scratch / "plain.oogst"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("locking_mode = EXCLUSIVE", "journal_mode = DELETE", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("BEGIN")
    for statement in PLAIN[label]:
        conn.execute(statement)
    conn.execute("COMMIT")
    search = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'note_fts'").fetchone()
    table, question = conn.execute(
        "SELECT table_id, question_id FROM note WHERE table_id IS NOT NULL "
        "GROUP BY table_id, question_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    position = conn.execute("SELECT max(position) FROM note").fetchone()[0] or 0
    pages = Pages(path, scratch)
    try:
        for i in range(WARM_UP + commits):
            def write(i=i) -> None:
                text, stamp = TYPED.format(i=i), now_iso()
                conn.execute("BEGIN IMMEDIATE")
                rowid = conn.execute(
                    "INSERT INTO note (table_id, question_id, programme_item_id, text, "
                    "kind, party, perspective_id, speaker_id, parent_id, position, id, "
                    "created_at, updated_at) VALUES (?, ?, NULL, ?, 'point', '', NULL, "
                    "NULL, NULL, ?, ?, ?, ?)", (table, question, text, position + 1 + i,
                                                make_id(), stamp, stamp)).lastrowid
                if search:
                    conn.execute("INSERT INTO note_fts (rowid, text, party) "
                                 "VALUES (?, ?, '')", (rowid, text))
                conn.execute("COMMIT")
            pages.commit(write) if i >= WARM_UP else write()
    finally:
        conn.close()
    return pages.report(label)


def main() -> None:
    from big_event import events
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--event", default="50k", choices=("5k", "50k"))
    args = parser.parse_args()
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-pages-home-"))
    source = events(quick=args.event == "5k")[args.event]
    scratch = Path(tempfile.mkdtemp(prefix="oogst-pages-"))
    try:
        print(measure_add_note(source, scratch, args.commits), flush=True)
        for label in PLAIN:
            print(measure_plain(source, scratch, args.commits, label), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
