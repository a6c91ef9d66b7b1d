"""The operation frame: commit, one undo step and one notice per operation.

`Writer.change(label)` runs a block as one operation: it opens the
transaction, hands the block a `Transaction` (transactions.py) for its row
writes, commits, records the rows' images as ONE undo step and tells the
listeners ONE `Changes`.

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
from typing import Any, NamedTuple

from .errors import NothingToUndo, OogstError
from .transactions import (_KINDS, _SOURCES, Changes, RowChange, Source, Transaction,
                           field_clocks)
from .words import Word

UNDO_LIMIT = 1000


class _Step(NamedTuple):
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

    def change(self, label: str, *, source: Source = Source.EDIT, record: bool = True,
               committed: Callable[[], None] | None = None) -> _Operation:
        """Run the block as one operation: commit, record one undo step, notify once.

        Inside an open operation (same thread) the block joins it: a
        savepoint, no commit, no undo step and no notice of its own.
        `committed` runs right after the commit, before the listeners.
        """
        return _Operation(self, label, source, record, committed)

    def _outcome(self, tx: Transaction, label: str, source: Source | str,
                 record: bool) -> tuple[_Step | None, Changes | None]:
        """The undo step (None: none) and the notice (None: nothing changed) of
        `tx`, made before its commit (docs/durability.md, "What a note costs")."""
        if not tx._rows:
            return None, None
        rows = tuple(tx._rows.values())
        source = _SOURCES.get(source) or Source(source)  # a dict first: Enum's call costs
        step = _Step(label, rows) if record and source == Source.EDIT else None
        return step, Changes(label, frozenset({_KINDS[r.table] for r in rows}),
                             frozenset({r.id for r in rows}), source,
                             getattr(self._local, "initiator", None))

    def _committed(self, tx: Transaction, step: _Step | None,
                   committed: Callable[[], None] | None) -> None:
        """Right after `tx`'s commit: what it leaves for the next operations."""
        if tx.unindexed:
            self.unindexed.update(tx.unindexed)
        # The next operation is stamped later, even when the clock is behind.
        if self.clock_floor is None or tx.stamp > self.clock_floor:
            self.clock_floor = tx.stamp
        if step is not None:
            self._undo.append(step)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        if committed is not None:
            committed()

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


class _Operation:
    """`Writer.change`'s block. A class rather than a generator: every note typed
    runs it, between two commits' disk syncs, where each step costs
    (docs/durability.md, "What a note costs besides the commit")."""

    __slots__ = ("_writer", "_label", "_source", "_record", "_committed", "_tx",
                 "_savepoint", "_rows_before")

    def __init__(self, writer: Writer, label: str, source: Source | str, record: bool,
                 committed: Callable[[], None] | None) -> None:
        self._writer, self._label, self._source = writer, label, source
        self._record, self._committed = record, committed
        self._savepoint: str | None = None  # the savepoint's name, when joining one

    def __enter__(self) -> Transaction:
        writer = self._writer
        writer._lock.acquire()
        try:
            tx = writer._open
            if tx is not None:  # inside an operation of this thread: join it
                name = f"op{writer._depth + 1}"
                self._rows_before = dict(tx._rows)
                writer._conn.execute(f"SAVEPOINT {name}")
                writer._depth += 1
                self._savepoint, self._tx = name, tx
                return tx
            if writer.before_write is not None:
                writer.before_write()
            tx = Transaction(writer._conn, writer.clock_floor, writer.handed_out_at,
                             writer._columns)
            try:
                writer._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _storage_problem(exc, self._label) from exc
            writer._open = self._tx = tx
            return tx
        except BaseException:
            writer._lock.release()
            raise

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> bool:
        writer = self._writer
        if self._savepoint is not None:
            try:
                self._leave_savepoint(failed=kind is not None)
            finally:
                writer._depth -= 1
                writer._lock.release()
            return False
        tx, conn, changes = self._tx, writer._conn, None
        try:
            if exc is None:
                try:
                    # The undo step and the notice are made before the commit, and kept
                    # only after it: the code that runs after a commit's disk syncs runs
                    # from cold caches, so the less of it, the shorter an Enter.
                    step, changes = writer._outcome(tx, self._label, self._source,
                                                    self._record)
                    conn.execute("COMMIT")
                except BaseException as failed:  # noqa: BLE001 - rolled back below
                    exc = failed
            if exc is not None:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise _storage_problem(exc, self._label) from exc
                if kind is None:
                    raise exc  # the commit's own error
                return False  # the block's error goes on as it was
            writer._committed(tx, step, self._committed)
        finally:
            writer._open = None
            writer._lock.release()
        if changes is not None:
            tx.changes = changes
            writer._finish(changes)
        return False

    def _leave_savepoint(self, *, failed: bool) -> None:
        conn, name = self._writer._conn, self._savepoint
        if failed:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            self._tx._rows = self._rows_before
        else:
            conn.execute(f"RELEASE {name}")
