"""Row writes with their images, and the words of a change (the write path's rows).

Every operation of the core runs inside `Writer.change(label)` (writer.py). The
`Transaction` it yields inserts, updates and (soft-)deletes rows and keeps a
before- and after-image of each row it touched. On leaving the outermost
block the transaction commits (and, with ``synchronous=FULL``, is on disk),
the images go on the undo stack as ONE step, and the listeners hear ONE
`Changes` naming the kinds and ids of the rows that changed.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from . import search_index
from .errors import NotFound
from .row_ids import new_id
from .words import Word

_BOOKKEEPING = {"id", "created_at", "updated_at"}
# Columns that never change after insert and are too big to keep in undo images.
_IMMUTABLE_BLOBS = {"attachment": ("data",)}
# Full-text indexes (schema 5+) kept in step here rather than by triggers, which
# may not write virtual tables under trusted_schema=OFF: table -> (index, columns).
_INDEXED = {search_index.TABLE: (search_index.INDEX, search_index.COLUMNS)}


class ChangeKind(StrEnum):
    """What kind of object changed: one per table of the event file."""

    EVENT = "event"
    PERSPECTIVE = "perspective"
    PROGRAMME_ITEM = "programme_item"
    THEME_TABLE = "theme_table"
    QUESTION = "question"
    PARTICIPANT = "participant"
    MEMBERSHIP = "membership"
    NOTE = "note"
    ACTION = "action"
    FOLLOW_UP = "follow_up"
    ATTACHMENT = "attachment"
    SEAT = "seat"
    RUN_STATE = "run_state"
    DRAFT = "draft"
    MINUTES_ISSUE = "minutes_issue"
    HANDOUT = "handout"
    MERGE_SOURCE = "merge_source"
    MERGE_CONFLICT = "merge_conflict"


_KINDS = {kind.value: kind for kind in ChangeKind}  # a table's kind, without Enum's call


class Source(StrEnum):
    """Why a change happened."""

    EDIT = "edit"    # an operation (one undo step)
    UNDO = "undo"
    REDO = "redo"
    TIMER = "timer"  # the programme timer: committed, but not an undo step
    DRAFT = "draft"  # a capture field's unsaved text kept safe: not an undo step


_SOURCES = {source.value: source for source in Source}  # without Enum's call


def now_iso() -> str:
    """UTC timestamp with microseconds: sortable, and the same on every machine."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def after(stamp: str) -> str:
    """The timestamp one microsecond after `stamp` (a clock that never goes back)."""
    moment = datetime.fromisoformat(stamp) + timedelta(microseconds=1)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def field_clocks(row: dict[str, Any]) -> dict[str, str]:
    """When each field of a stored row last changed (schema 9 ``clocks``); fields
    not named changed when the row was made."""
    return json.loads(row.get("clocks") or "{}")


def base_key(name: str) -> str:
    """The clocks entry of a hand-out copy that names the version of field `name`
    it started from (set at its first change of that field after the hand-out)."""
    return name + "^"


def clock_of(row: dict[str, Any], clocks: dict[str, str], field: str) -> str:
    return clocks.get(field) or row["created_at"]


class RowChange(NamedTuple):
    """One row as it was before and after an operation (for undo and redo)."""

    table: str
    id: str
    before: dict[str, Any] | None  # None: the row did not exist before
    after: dict[str, Any]


class Changes(NamedTuple):
    """What one committed operation changed: the listeners' one message.

    `label` is the operation's catalogue key (`words.tr(label, lang)` names
    it); `initiator` is whatever the caller named with `Writer.initiated_by`
    (a view, say, that need not refresh for its own edit), else None.
    """

    label: str
    kinds: frozenset[ChangeKind]
    ids: frozenset[str]
    source: Source = Source.EDIT
    initiator: object | None = None


def checked_id(table: str, row_id: object) -> str:
    """An id SQLite can look up; anything else (not text, a lone surrogate) is
    simply not found, like an id that does not exist."""
    if isinstance(row_id, str):
        if row_id.isascii():  # every id Oogst makes
            return row_id
        try:
            row_id.encode("utf-8")
            return row_id
        except UnicodeEncodeError:
            pass
    shown = str(row_id).encode("utf-8", "replace").decode("utf-8")
    raise NotFound("error.not_found", kind=Word(f"kind_name.{table}"), id=shown)


class Transaction:
    """Row writes inside one open transaction; created by `Writer.change`."""

    def __init__(self, conn: sqlite3.Connection, floor: str | None = None,
                 handed_out_at: str | None = None,
                 columns: dict[str, tuple[str, ...]] | None = None) -> None:
        self._conn = conn
        self._columns = {} if columns is None else columns  # table -> its columns
        self._rows: dict[tuple[str, str], RowChange] = {}
        self._handed_out_at = handed_out_at
        stamp = now_iso()
        # A hand-out copy's changes are later than its hand-out, whatever its clock says.
        self.stamp = after(floor) if floor is not None and stamp <= floor else stamp
        self.changes: Changes | None = None  # set when the outermost block has committed
        self.unindexed: list[int] = []  # rowids of notes inserted without a search entry

    def _image(self, table: str, row_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(f"SELECT * FROM {table} WHERE id = ?",
                                 (checked_id(table, row_id),)).fetchone()
        if row is None:
            return None
        image = dict(row)
        for col in _IMMUTABLE_BLOBS.get(table, ()):
            image.pop(col, None)
        return image

    def _record(self, table: str, row_id: str, before: dict[str, Any] | None) -> None:
        key = (table, row_id)
        first_before = self._rows[key].before if key in self._rows else before
        after = self._image(table, row_id)
        assert after is not None
        self._rows[key] = RowChange(table, row_id, first_before, after)

    def get(self, table: str, row_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        """The current row, or NotFound (also for deleted rows unless asked)."""
        row = self._image(table, row_id)
        if row is None or (row.get("deleted_at") and not include_deleted):
            raise NotFound("error.not_found", kind=Word(f"kind_name.{table}"), id=row_id)
        return row

    def check_all(self, rows: dict[str, str]) -> None:
        """NotFound unless each row named (table -> id) exists and is not deleted:
        `get` without reading the rows, all in one query."""
        ids = [checked_id(table, row_id) for table, row_id in rows.items()]
        found = self._conn.execute(_check_sql(tuple(rows)), ids).fetchone()
        if all(found):
            return
        for (table, row_id), alive in zip(rows.items(), found):
            if not alive:
                raise NotFound("error.not_found", kind=Word(f"kind_name.{table}"), id=row_id)

    def insert(self, table: str, values: dict[str, Any], *, index_later: bool = False,
               last_of: tuple[str, tuple] | None = None,
               alive: dict[str, str] | None = None) -> str:
        """Insert a row. With `last_of` (a WHERE clause and its parameters) its
        position is after the last row it names (a subquery of the INSERT's
        values); with `alive` (table -> id) the rows it refers to must exist
        and not be deleted (`check_all`, one query before it). With
        `index_later` a note's search entry is left to `EventFile.index_notes`
        (search_index.py): the row's commit is then smaller."""
        row_id = values.get("id") or new_id()
        data = dict(values, id=row_id, created_at=self.stamp, updated_at=self.stamp)
        self._insert_row(table, row_id, data, index_later, last_of, alive)
        return row_id

    def _insert_row(self, table: str, row_id: str, data: dict[str, Any],
                    index_later: bool = False, last_of: tuple[str, tuple] | None = None,
                    alive: dict[str, str] | None = None) -> None:
        where, keys = last_of or ("", ())
        if alive:
            self.check_all(alive)
        sql, filled = _insert_sql(table, tuple(data), where, self._columns_of(table))
        cursor = self._conn.execute(sql, (*data.values(), *keys))
        row = cursor.fetchone()
        cursor.close()
        rowid, image = row[0], dict(data)  # + what SQLite filled in: the after-image
        image.update(zip(filled, row[1:]))
        if table in _INDEXED:
            if index_later:
                self.unindexed.append(rowid)
            else:
                self._reindex(table, rowid, None, data)
        for col in _IMMUTABLE_BLOBS.get(table, ()):
            image.pop(col, None)
        self._rows[(table, row_id)] = RowChange(table, row_id, None, image)

    def _columns_of(self, table: str) -> tuple[str, ...]:
        """Read once per file: migrations run before its `Writer` exists."""
        if table not in self._columns:
            self._columns[table] = tuple(
                r[1] for r in self._conn.execute(f"PRAGMA table_info({table})"))
        return self._columns[table]

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        before = self.get(table, row_id, include_deleted=True)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return
        changed["updated_at"] = self.stamp
        if "clocks" in before and "clocks" not in values:
            changed["clocks"], changed["updated_at"] = self._clocks(before, changed)
        self._update_row(table, row_id, before, changed)

    def _update_row(self, table: str, row_id: str, before: dict[str, Any],
                    changed: dict[str, Any]) -> None:
        sets = ", ".join(f"{k} = ?" for k in changed)
        self._conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                           [*changed.values(), row_id])
        if table in _INDEXED and any(c in changed for c in _INDEXED[table][1]):
            rowid = self._conn.execute(f"SELECT rowid FROM {table} WHERE id = ?",
                                       (row_id,)).fetchone()[0]
            self._reindex(table, rowid, before, {**before, **changed})
        self._record(table, row_id, before)

    def _clocks(self, before: dict[str, Any], changed: dict[str, Any]) -> tuple[str, str]:
        """The row's field clocks with the changed fields stamped now: later than the
        field's last change, even when that came from a laptop whose clock runs ahead
        (a hybrid logical clock, per field), and the row's new ``updated_at``."""
        clocks = field_clocks(before)
        latest = self.stamp
        for name in changed:
            if name in _BOOKKEEPING:
                continue
            previous = clock_of(before, clocks, name)
            if self._handed_out_at is not None and previous <= self._handed_out_at:
                # A hand-out copy keeps the version it started from (docs/merge.md).
                clocks.setdefault(base_key(name), previous)
            clocks[name] = self.stamp if self.stamp > previous else after(previous)
            latest = max(latest, clocks[name])
        return json.dumps(clocks, sort_keys=True), latest

    def put(self, table: str, values: dict[str, Any]) -> bool:
        """Write a row exactly as given, timestamps and clocks included (a merge):
        inserted when its id is new, else only the columns that differ. Returns
        whether anything changed."""
        row_id = values["id"]
        before = self._image(table, row_id)
        if before is None:
            self._insert_row(table, row_id, values)
            return True
        changed = {k: v for k, v in values.items() if k != "id" and before.get(k, v) != v}
        if not changed:
            return False
        self._update_row(table, row_id, before, changed)
        return True

    def _reindex(self, table: str, rowid: int | None, before: dict[str, Any] | None,
                 after: dict[str, Any]) -> None:
        """Replace a row's entry in its full-text index (old values out, new in). A
        row without an entry yet (inserted with `index_later`) gets one: taking
        out an entry that is not there would damage the index."""
        index, columns = _INDEXED[table]
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        if before is not None and search_index.is_indexed(self._conn, rowid):
            self._conn.execute(f"INSERT INTO {index} ({index}, rowid, {names}) "
                               f"VALUES ('delete', ?, {marks})",
                               [rowid, *(before.get(c) for c in columns)])
        self._conn.execute(f"INSERT INTO {index} (rowid, {names}) VALUES (?, {marks})",
                           [rowid, *(after.get(c) for c in columns)])

    def delete(self, table: str, row_id: str) -> None:
        """Soft delete: the row stays, marked, so merges and undo can see it."""
        self.update(table, row_id, {"deleted_at": self.stamp})

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    def restore_columns(self, change: RowChange, *, to: str) -> None:
        """Put back the columns this change touched, as they were `to` ("before"/"after").

        Only the step's own columns: a later change to other columns of the
        same row (the timer's actual times, say) survives an undo of an
        earlier edit.
        """
        assert change.before is not None
        source = change.before if to == "before" else change.after
        touched = {k for k in change.after
                   if k not in _BOOKKEEPING and change.before.get(k) != change.after.get(k)}
        values = {k: source.get(k) for k in touched}
        if "clocks" in touched:
            # The touched fields get their clocks back too; other fields keep theirs.
            clocks = field_clocks(self.get(change.table, change.id, include_deleted=True))
            given = field_clocks(source)
            for name in touched - {"clocks"}:
                if name in given:
                    clocks[name] = given[name]
                else:
                    clocks.pop(name, None)
            values["clocks"] = json.dumps(clocks, sort_keys=True)
        self.update(change.table, change.id, values)


@cache
def _check_sql(tables: tuple[str, ...]) -> str:
    return "SELECT " + ", ".join(f"(SELECT deleted_at IS NULL FROM {t} WHERE id = ?)"
                                 for t in tables)


@cache
def _insert_sql(table: str, columns: tuple[str, ...], last_of: str,
                all_columns: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The INSERT of `Transaction._insert_row`: the values, then (with `last_of`) the
    position after the last row that clause names; and the columns it returns
    after the rowid (those not given: fewer values, a cheaper commit).

    One row of VALUES, the position a subquery among them: an `INSERT ... SELECT`
    from its own table fills two temporary tables first (docs/durability.md)."""
    filled = tuple(c for c in all_columns if c not in columns)
    names, values = list(columns), ["?"] * len(columns)
    if last_of:
        names.append("position")
        values.append(f"(SELECT coalesce(max(position) + 1, 0) FROM {table} "
                      f"WHERE deleted_at IS NULL AND {last_of})")
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(values)}) "
            f"RETURNING {', '.join(('rowid', *filled))}", filled)
