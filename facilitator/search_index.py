"""The notes' search index: which notes are in it, and writing the missing entries.

`note_fts` is an FTS5 index over the note table's own text (external content,
`content="note"`), kept in step by `transactions.Transaction` (edits replace a
note's entry in the same commit). A note typed during the meeting
(`EventFile.add_note`) is the exception: its commit writes the note and its
place only, and its entry follows in a commit of its own a moment later
(`EventFile.index_notes`: the window calls it a second after the first note
waiting, the core before every search, at opening and at closing). The entry
is about 5 of the 9.6 pages a note's commit would otherwise write, and the part of
its cost that the issue's target (a note's commit within 1.3x a bare SQLite
commit) has no room for (docs/durability.md, "The search entry: a commit
of its own").

The file stays complete on its own: the note's words are in the note table
from its commit on; the index is derived from them and can be written at any
later time, by any Oogst that opens the file (`unindexed`). Whether a note is
in the index is read from the index itself, never from a counter: FTS5 keeps
one row per indexed note in ``note_fts_docsize``, so the truth survives a
crash, an undo (SQLite gives a rowid out again) and a copy of the file.

Until its entry is written, a search still finds a note: `matches_among`
searches the waiting notes in a small index made in memory for the search (the
same tokenizer and query), so a file opened read-only after a crash misses
nothing.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from . import connections

TABLE = "note"
INDEX = "note_fts"
COLUMNS = ("text", "party")
# The index's tokenizer as schema version 2 made it (schema._FTS_STATEMENTS).
TOKENIZE = "unicode61 remove_diacritics 2"
_BATCH = 500  # rowids per statement: well under SQLite's limit of parameters


def is_indexed(conn: sqlite3.Connection, rowid: int) -> bool:
    """Whether the note with this rowid has its entry in the index."""
    return conn.execute(f"SELECT 1 FROM {INDEX}_docsize WHERE id = ?",
                        (rowid,)).fetchone() is not None


def unindexed(conn: sqlite3.Connection, among: Collection[int] | None = None) -> set[int]:
    """The rowids of the notes without an entry in the index: of all notes (two
    counts first, a scan only when they differ), or of those `among` given."""
    if among is None:
        counts = conn.execute(f"SELECT (SELECT count(*) FROM {TABLE}), "
                              f"(SELECT count(*) FROM {INDEX}_docsize)").fetchone()
        if counts[0] == counts[1]:
            return set()
        return {r[0] for r in conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE rowid NOT IN (SELECT id FROM {INDEX}_docsize)")}
    found: set[int] = set()
    for chunk in _batches(among):
        found.update(r[0] for r in conn.execute(
            f"SELECT rowid FROM {TABLE} WHERE rowid IN ({_marks(chunk)}) AND NOT EXISTS "
            f"(SELECT 1 FROM {INDEX}_docsize WHERE id = {TABLE}.rowid)", chunk))
    return found


def write_entries(conn: sqlite3.Connection, rowids: Iterable[int]) -> int:
    """Write the entries of the notes `rowids`, found without one by `unindexed` (in
    the caller's transaction); returns how many were written. A rowid of no note is
    passed over."""
    names = ", ".join(COLUMNS)
    written = 0
    for chunk in _batches(rowids):
        rows = conn.execute(f"SELECT rowid, {names} FROM {TABLE} "
                            f"WHERE rowid IN ({_marks(chunk)}) ORDER BY rowid", chunk).fetchall()
        conn.executemany(f"INSERT INTO {INDEX} (rowid, {names}) "
                         f"VALUES (?, {_marks(COLUMNS)})", [tuple(r) for r in rows])
        written += len(rows)
    return written


def matches_among(conn: sqlite3.Connection, query: str, rowids: Collection[int],
                  limit: int) -> list[sqlite3.Row]:
    """The notes among `rowids` (notes without an entry) that `query` matches, best
    first, as `Reading.search` reads hits from the index: every column of the
    note, ``snip`` and ``hit_rank``. Their words are indexed in a connection of
    its own in memory, so the event's connection is only read: this works on a
    file opened read-only, and nothing of it is written anywhere."""
    names = ", ".join(COLUMNS)
    scratch = connections.connect(":memory:")
    try:
        scratch.execute(f"CREATE VIRTUAL TABLE waiting USING fts5({names}, "
                        f"tokenize='{TOKENIZE}')")
        for chunk in _batches(rowids):
            scratch.executemany(
                f"INSERT INTO waiting (rowid, {names}) VALUES (?, {_marks(COLUMNS)})",
                [tuple(r) for r in conn.execute(
                    f"SELECT rowid, {names} FROM {TABLE} WHERE rowid IN ({_marks(chunk)}) "
                    "AND deleted_at IS NULL", chunk)])
        found = scratch.execute("""
            SELECT rowid, snippet(waiting, 0, '[', ']', '…', 12), rank FROM waiting
            WHERE waiting MATCH ? ORDER BY rank LIMIT ?""", (query, limit)).fetchall()
    finally:
        scratch.close()
    hits = []
    for rowid, snip, rank in found:
        hits += conn.execute(f"SELECT {TABLE}.*, ? AS snip, ? AS hit_rank FROM {TABLE} "
                             "WHERE rowid = ?", (snip, rank, rowid)).fetchall()
    return hits


def _batches(rowids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(rowids))
    for start in range(0, len(ordered), _BATCH):
        yield ordered[start:start + _BATCH]


def _marks(values: Collection[object]) -> str:
    return ", ".join("?" * len(values))
