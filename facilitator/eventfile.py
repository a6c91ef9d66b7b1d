"""`EventFile`: the one object through which everything reads and writes an event.

Like Anki's `Collection`, it owns the connection of one open `.oogst` file.
The GUI, the command line and the tests call its intention-revealing
methods; none of them sees SQL. The operations live in themed mixins
(`setup_ops`, `harvest_ops`, `erasure_ops`...), the reading side in `reading`; every write
goes through `transactions.Writer`.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from . import backups, storage
from .erasure_ops import ErasureOps
from .errors import OogstError
from .draft_ops import DraftOps
from .harvest_ops import HarvestOps
from .reading import Reading
from .seating_ops import SeatingOps
from .series_ops import SeriesOps
from .setup_ops import SetupOps, check_event
from .timer_ops import TimerOps
from .transactions import Changes, Writer

AUTO_BACKUP_SECONDS = 10 * 60


class EventFile(SetupOps, HarvestOps, DraftOps, TimerOps, SeatingOps, SeriesOps, ErasureOps,
                Reading):
    """An open event file. Use `EventFile.open`, `EventFile.create` or as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *,
                 readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._writer = Writer(conn)
        self._writer.after_commit = self._maybe_auto_backup
        self._last_backup = time.monotonic()
        self.backup_problem: OogstError | None = None  # the last backup's failure, if any

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> EventFile:
        """Open an existing file: checked, locked (unless read-only), migrated.

        A backup of the file as it was found is made at once (the "last good"
        copy to go back to), except for read-only opening.
        """
        path = Path(path)
        conn = storage.open_connection(path, readonly=readonly)
        event = cls(conn, path, readonly=readonly)
        if not readonly:
            event._quiet_backup("open")
        return event

    @classmethod
    def create(cls, path: str | Path, *, title: str = "", language: str = "nl") -> EventFile:
        """Create a new, empty event file (refuses to overwrite an existing file)."""
        details = check_event({"title": title, "language": language})
        path = Path(path)
        conn = storage.open_connection(path, create=True)
        event = cls(conn, path, readonly=False)
        with event._writer.change("op.create_event", record=False) as tx:
            tx.insert("event", details)
        return event

    @classmethod
    def in_memory(cls) -> EventFile:
        """A scratch event that lives only in memory (for previews and tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        storage.migrate(conn, 0)
        event = cls(conn, None, readonly=False)
        with event._writer.change("op.create_event", record=False) as tx:
            tx.insert("event", {"title": "", "language": "nl"})
        return event

    def snapshot(self) -> EventFile:
        """A read-only in-memory copy of the event as it is now (SQLite backup API).

        Long work off the GUI thread (exports) reads the snapshot, so it never
        shares the live connection with the facilitator's typing.
        """
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        self._conn.backup(conn)
        return EventFile(conn, self.path, readonly=True)

    def close(self) -> None:
        """Make a last backup and release the file (and its lock)."""
        if self._conn is None:
            return
        try:
            if not self.readonly and self.path is not None:
                self._quiet_backup("close")
        finally:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        """True once `close()` has released the file."""
        return self._conn is None

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- backups ---------------------------------------------------------------

    def backup(self, *, reason: str = "manual") -> Path | None:
        """Write a rotating backup copy (SQLite backup API); None for in-memory events."""
        if self.path is None:
            return None
        self._last_backup = time.monotonic()
        return backups.make_backup(self._conn, self.path, reason=reason)

    def _maybe_auto_backup(self) -> None:
        if time.monotonic() - self._last_backup >= AUTO_BACKUP_SECONDS:
            self._quiet_backup("auto")

    def _quiet_backup(self, reason: str) -> None:
        """A backup that never hurts the meeting: the event file itself is committed
        already, so a failure (full disk, removed drive) is remembered in
        `backup_problem` for the interface to mention, never raised; the next
        commit tries again."""
        try:
            self.backup(reason=reason)
        except (OSError, sqlite3.Error) as exc:
            self._last_backup = time.monotonic()  # not again at every keystroke
            self.backup_problem = OogstError("error.backup_failed",
                                             reason=getattr(exc, "strerror", None) or str(exc))
        else:
            self.backup_problem = None

    # -- change tracking, undo and redo -----------------------------------------

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener(changes)` once after every committed operation (edit, undo,
        redo, timer); returns a function that stops it."""
        return self._writer.subscribe(listener)

    def initiated_by(self, initiator: object) -> AbstractContextManager[None]:
        """Operations run in this block name `initiator` in their `Changes`."""
        return self._writer.initiated_by(initiator)

    def undo(self) -> Changes:
        """Undo the last operation in one committed transaction; raises NothingToUndo."""
        return self._writer.undo()

    def redo(self) -> Changes:
        """Redo the last undone operation in one committed transaction."""
        return self._writer.redo()

    @property
    def undo_label(self) -> str | None:
        """The catalogue key of the operation Undo takes back (`words.tr` names it)."""
        return self._writer.undo_label

    @property
    def redo_label(self) -> str | None:
        """The catalogue key of the operation Redo does again."""
        return self._writer.redo_label

    def integrity_check(self) -> list[str]:
        """SQLite's integrity check: ["ok"] or a list of problems."""
        return [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]

    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]
