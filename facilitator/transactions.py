"""The one write path: operations that compose, commit, record undo and report changes.

Every operation of the core runs inside `Writer.change(label)`. The
`Transaction` it yields inserts, updates and (soft-)deletes rows and keeps a
before- and after-image of each row it touched. On leaving the outermost
block the transaction commits (and, with ``synchronous=FULL``, is on disk),
the images go on the undo stack as ONE step, and the listeners hear ONE
`Changes` naming the kinds and ids of the rows that changed.

Operations compose: a `change()` inside another joins it (a SQLite
savepoint inside the outer transaction). So an operation built from other
operations (delete several actions, import a list, plan seating, merge a
file) is one transaction, one undo step and one notice, named after the
outermost operation. When an inner operation fails, its savepoint is rolled
back and the error goes up; unless the caller handles it, the outermost
block rolls everything back and the file is as it was.

Undo writes back the columns a step changed as they were before, redo as
they were after (other columns keep later changes); both are ordinary
committed transactions, so they are as durable as any edit and testable
without Qt. Rows are never removed: "deleting" sets ``deleted_at``, and
undoing an insert marks the row deleted, so a merge can always see what
happened.

Order after a commit: the undo/redo stacks are updated, `after_commit` runs
(the automatic backup), and only then are listeners called. A listener that
raises cannot leave the stacks out of step with the file; the other
listeners are still called and the first error is raised afterwards.

Threads: a write lock makes a change on another thread wait until the open
one has committed (long work runs in a background thread; its transactions
are short). Only a change on the same thread joins an open one.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from typing import Any

from . import search_index
from .errors import NothingToUndo, NotFound, OogstError
from .row_ids import new_id
from .words import Word

UNDO_LIMIT = 1000
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


@dataclass(frozen=True)
class RowChange:
    """One row as it was before and after an operation (for undo and redo)."""

    table: str
    id: str
    before: dict[str, Any] | None  # None: the row did not exist before
    after: dict[str, Any]


@dataclass(frozen=True)
class Changes:
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


@dataclass(frozen=True)
class _Step:
    """One undo step: an operation's label and the rows it changed."""

    label: str
    rows: tuple[RowChange, ...]


def _storage_problem(exc: sqlite3.OperationalError, label: str) -> OogstError:
    """A failed write in words a facilitator can act on (nothing was half-written)."""
    text = str(exc).lower()
    if "full" in text:
        key = "error.not_saved.disk_full"
    elif "i/o" in text or "unable to open" in text:
        key = "error.not_saved.io"
    elif "readonly" in text or "read-only" in text:
        key = "error.not_saved.readonly"
    else:
        return OogstError("error.not_saved.other", operation=Word(label), reason=str(exc))
    return OogstError(key, operation=Word(label))


def checked_id(table: str, row_id: object) -> str:
    """An id SQLite can look up; anything else (not text, a lone surrogate) is
    simply not found, like an id that does not exist."""
    if isinstance(row_id, str):
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
        found = self._conn.execute("SELECT " + ", ".join(
            f"(SELECT deleted_at IS NULL FROM {table} WHERE id = ?)" for table in rows),
            ids).fetchone()
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


def _unmade(row: RowChange, tx: Transaction, undoing: bool) -> dict[str, Any]:
    """Undo of an insert hides the row; its deletion is dated to the row's making,
    so that merging the same copy again after undoing a merge brings it back."""
    values: dict[str, Any] = {"deleted_at": tx.stamp if undoing else None}
    if "clocks" in row.after:
        current = tx.get(row.table, row.id, include_deleted=True)
        clocks = field_clocks(current)
        if undoing:
            clocks["deleted_at"] = current["created_at"]
        else:  # redo: the row is back as it was made
            clocks.pop("deleted_at", None)
            clocks.update({k: v for k, v in field_clocks(row.after).items()
                           if k == "deleted_at"})
        values["clocks"] = json.dumps(clocks, sort_keys=True)
    return values


class Writer:
    """Owns the connection's write side: transactions, undo/redo, listeners."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._listeners: list[Callable[[Changes], None]] = []
        self._lock = threading.RLock()
        self._open: Transaction | None = None  # the outermost open transaction
        self._columns: dict[str, tuple[str, ...]] = {}  # each table's, read once
        # rowids of notes committed without a search entry (search_index.py): a
        # hint for EventFile.index_notes; the index itself says which still lack one
        self.unindexed: set[int] = set()
        self._depth = 0
        self._local = threading.local()  # per thread: the current initiator
        self.clock_floor: str | None = None  # changes are stamped after this moment
        # a hand-out copy: its own hand-out (it remembers the versions it started from)
        self.handed_out_at: str | None = None
        self.after_commit: Callable[[], None] | None = None
        # Runs before an outermost change begins (an opening check not done yet);
        # raising refuses the change before anything is written.
        self.before_write: Callable[[], None] | None = None

    @property
    def lock(self) -> threading.RLock:
        """Held while a change is open: other threads' changes wait for it."""
        return self._lock

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener(changes)` after every commit; returns an unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    @contextmanager
    def initiated_by(self, initiator: object) -> Iterator[None]:
        """Name `initiator` in the `Changes` of the operations run in the block."""
        previous = getattr(self._local, "initiator", None)
        self._local.initiator = initiator
        try:
            yield
        finally:
            self._local.initiator = previous

    @contextmanager
    def between_operations(self) -> Iterator[None]:
        """No operation of another thread runs during the block (a whole copy)."""
        with self._lock:
            yield

    @contextmanager
    def change(self, label: str, *, source: Source = Source.EDIT, record: bool = True,
               committed: Callable[[], None] | None = None) -> Iterator[Transaction]:
        """Run the block as one operation: commit, record one undo step, notify once.

        Inside an open operation (same thread) the block joins it: a
        savepoint, no commit, no undo step and no notice of its own.
        `committed` runs right after the commit, before the listeners.
        """
        with self._lock:
            if self._open is not None:
                with self._savepoint() as tx:
                    yield tx
                return
            if self.before_write is not None:
                self.before_write()
            tx = Transaction(self._conn, self.clock_floor, self.handed_out_at, self._columns)
            self._open = tx
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield tx
                # made before the commit, kept after it: less to run after its syncs
                step, changes = self._outcome(tx, label, source, record)
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise _storage_problem(exc, label) from exc
                raise
            finally:
                self._open = None
            self.unindexed.update(tx.unindexed)
            # The next operation is stamped later, even when the clock is behind.
            self.clock_floor = max(self.clock_floor or "", tx.stamp)
            if step is not None:
                self._undo.append(step)
                del self._undo[:-UNDO_LIMIT]
                self._redo.clear()
            if committed is not None:
                committed()
            if changes is None:
                return
            tx.changes = changes
        self._finish(changes)

    def _outcome(self, tx: Transaction, label: str, source: Source | str,
                 record: bool) -> tuple[_Step | None, Changes | None]:
        """The undo step (None: none) and the notice (None: nothing changed) of
        `tx`, made before its commit (docs/durability.md, "What a note costs")."""
        if not tx._rows:
            return None, None
        rows = tuple(tx._rows.values())
        step = _Step(label, rows) if record and source == Source.EDIT else None
        return step, Changes(label, frozenset(_KINDS[r.table] for r in rows),
                             frozenset(r.id for r in rows), Source(source),
                             getattr(self._local, "initiator", None))

    @contextmanager
    def _savepoint(self) -> Iterator[Transaction]:
        tx = self._open
        assert tx is not None
        self._depth += 1
        name = f"op{self._depth}"
        rows = dict(tx._rows)
        self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield tx
        except BaseException:
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            tx._rows = rows
            raise
        else:
            self._conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def _finish(self, changes: Changes) -> None:
        """After a commit: the automatic backup, then every listener (errors after all)."""
        first: BaseException | None = None
        if self.after_commit:
            self.after_commit()
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception as exc:  # noqa: BLE001 - the others must still hear it
                first = first or exc
        if first is not None:
            raise first

    @property
    def undo_label(self) -> str | None:
        """The catalogue key of the operation undo would take back, or None."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes:
        """Undo the last operation: write its before-images back, in one commit."""
        return self._replay(Source.UNDO)

    def redo(self) -> Changes:
        """Redo the last undone operation: write its after-images back, in one commit."""
        return self._replay(Source.REDO)

    def _replay(self, source: Source) -> Changes:
        """Take the newest step off one stack, write it back, and put it on the other
        (the stacks change right after the commit, before any listener runs)."""
        undoing = source == Source.UNDO
        taken, given = (self._undo, self._redo) if undoing else (self._redo, self._undo)
        with self._lock:
            if self._open is not None:
                raise OogstError("error.undo_inside_operation")
            if not taken:
                raise NothingToUndo("error.nothing_to_undo" if undoing
                                    else "error.nothing_to_redo")
            step = taken[-1]

            def done() -> None:
                taken.pop()
                given.append(step)

            with self.change(step.label, source=source, committed=done) as tx:
                for row in (reversed(step.rows) if undoing else step.rows):
                    if row.before is None:  # an insert: undo hides it, redo shows it again
                        tx.update(row.table, row.id, _unmade(row, tx, undoing))
                    else:
                        tx.restore_columns(row, to="before" if undoing else "after")
        return tx.changes or Changes(step.label, frozenset(), frozenset(), source)
