"""The one write path: transactions that commit, record undo and report changes.

Every operation of the core runs inside `Writer.change(label)`. The
`Transaction` it yields inserts, updates and (soft-)deletes rows and keeps a
before- and after-image of each row it touched. On leaving the block the
transaction commits (and, with ``synchronous=FULL``, is on disk), the images
go on the undo stack, and the listeners hear which kinds of rows changed.

Undo writes back the columns a step changed as they were before, redo as
they were after (other columns keep later changes); both are ordinary
committed transactions, so they are as durable as any edit and testable
without Qt. Rows are never removed: "deleting" sets ``deleted_at``, and undoing
an insert marks the row deleted, so a merge can always see what happened.
"""
from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .errors import NothingToUndo, NotFound, OogstError

UNDO_LIMIT = 1000
_BOOKKEEPING = {"id", "created_at", "updated_at"}
# Columns that never change after insert and are too big to keep in undo images.
_IMMUTABLE_BLOBS = {"attachment": ("data",)}


def now_iso() -> str:
    """UTC timestamp with microseconds: sortable, and the same on every machine."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RowChange:
    table: str
    id: str
    before: dict[str, Any] | None  # None: the row did not exist before
    after: dict[str, Any]


@dataclass(frozen=True)
class Changes:
    """What a committed transaction changed: the listeners' message."""

    label: str
    kinds: frozenset[str]  # table names, e.g. {"note", "action"}
    ids: frozenset[str]
    source: str = "edit"  # "edit", "undo" or "redo"


@dataclass(frozen=True)
class _Step:
    label: str
    rows: tuple[RowChange, ...]


def _storage_problem(exc: sqlite3.OperationalError, label: str) -> OogstError:
    """A failed write in words a facilitator can act on (nothing was half-written)."""
    text = str(exc).lower()
    if "full" in text:
        reason = ("the disk is full. Free some space (or save to another drive); what "
                  "was saved before is safe")
    elif "i/o" in text or "unable to open" in text:
        reason = ("the file could not be written (was the USB stick removed?). What was "
                  "saved before is safe; put the stick back and try again")
    elif "readonly" in text or "read-only" in text:
        reason = "the file has become read-only"
    else:
        reason = str(exc)
    return OogstError(f"Not saved ({label}): {reason}.")


class Transaction:
    """Row writes inside one open transaction; created by `Writer.change`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._rows: dict[tuple[str, str], RowChange] = {}
        self.stamp = now_iso()

    def _image(self, table: str, row_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
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
            raise NotFound(f"No {table.replace('_', ' ')} with id {row_id}.")
        return row

    def insert(self, table: str, values: dict[str, Any]) -> str:
        row_id = values.get("id") or new_id()
        data = dict(values, id=row_id, created_at=self.stamp, updated_at=self.stamp)
        cols = ", ".join(data)
        marks = ", ".join("?" for _ in data)
        self._conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(data.values()))
        self._record(table, row_id, None)
        return row_id

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        before = self.get(table, row_id, include_deleted=True)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return
        changed["updated_at"] = self.stamp
        sets = ", ".join(f"{k} = ?" for k in changed)
        self._conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                           [*changed.values(), row_id])
        self._record(table, row_id, before)

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
        self.update(change.table, change.id, {k: source.get(k) for k in touched})


class Writer:
    """Owns the connection's write side: transactions, undo/redo, listeners."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._listeners: list[Callable[[Changes], None]] = []
        self.after_commit: Callable[[], None] | None = None

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener(changes)` after every commit; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def change(self, label: str, *, source: str = "edit",
               record: bool = True) -> Iterator[Transaction]:
        """Run the block in one transaction; commit, record undo, notify."""
        tx = Transaction(self._conn)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield tx
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise _storage_problem(exc, label) from exc
            raise
        rows = tuple(tx._rows.values())
        if not rows:
            return
        if record and source == "edit":
            self._undo.append(_Step(label, rows))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        self._notify(Changes(label, frozenset(r.table for r in rows),
                             frozenset(r.id for r in rows), source))
        if self.after_commit:
            self.after_commit()

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes:
        """Undo the last edit: write its before-images back, in one commit."""
        if not self._undo:
            raise NothingToUndo("Nothing to undo.")
        step = self._undo.pop()
        try:
            with self.change(step.label, source="undo") as tx:
                for row in reversed(step.rows):
                    if row.before is None:
                        tx.delete(row.table, row.id)
                    else:
                        tx.restore_columns(row, to="before")
        except BaseException:
            self._undo.append(step)
            raise
        self._redo.append(step)
        return Changes(step.label, frozenset(r.table for r in step.rows),
                       frozenset(r.id for r in step.rows), "undo")

    def redo(self) -> Changes:
        """Redo the last undone edit: write its after-images back, in one commit."""
        if not self._redo:
            raise NothingToUndo("Nothing to redo.")
        step = self._redo.pop()
        try:
            with self.change(step.label, source="redo") as tx:
                for row in step.rows:
                    if row.before is None:
                        tx.update(row.table, row.id, {"deleted_at": None})
                    else:
                        tx.restore_columns(row, to="after")
        except BaseException:
            self._redo.append(step)
            raise
        self._undo.append(step)
        return Changes(step.label, frozenset(r.table for r in step.rows),
                       frozenset(r.id for r in step.rows), "redo")
