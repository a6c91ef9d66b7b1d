"""`EventFile`: the one object through which everything reads and writes an event.

Like Anki's `Collection`, it owns the connection of one open `.oogst` file.
The GUI, the command line and the tests call its intention-revealing
methods; none of them sees SQL. The operations live in themed mixins
(`setup_ops`, `harvest_ops`, `erasure_ops`...), the reading side in `reading`; every write
goes through `writer.Writer`.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from . import backups, connections, private_copy, search_index, storage
from .backup_worker import BackupWorker
from .erasure_ops import ErasureOps
from .errors import OogstError
from .jobs import ShouldAbort
from .draft_ops import DraftOps
from .handout_ops import HandoutOps, clock_floor, read_handouts
from .harvest_ops import HarvestOps
from .issue_ops import IssueOps
from .merge_ops import MergeOps
from .reading import Reading, SearchHit
from .seating_ops import SeatingOps
from .series_ops import SeriesOps
from .setup_ops import SetupOps, check_event
from .timer_ops import TimerOps
from .transactions import Changes
from .writer import Writer

AUTO_BACKUP_SECONDS = 10 * 60


class EventFile(SetupOps, HarvestOps, DraftOps, IssueOps, TimerOps, SeatingOps, SeriesOps,
                ErasureOps, HandoutOps, MergeOps, Reading):
    """An open event file. Use `EventFile.open`, `EventFile.create` or as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *,
                 readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._writer = Writer(conn)
        self._writer.after_commit = self._maybe_auto_backup
        # changes are stamped after the file's own hand-out and those made from it
        self._writer.clock_floor = clock_floor(conn)
        lineage = read_handouts(conn)
        self._writer.handed_out_at = lineage[-1].handed_out_at if lineage else None
        self._last_backup = time.monotonic()  # when a backup was last asked for
        self._backup_made_at: float | None = None  # ... and last made (or found current)
        self._newest_backup: Path | None = None
        self._changes_in_backup: int | None = None  # conn.total_changes the newest one holds
        self._changes_at_open = conn.total_changes
        self._unchecked = False  # opened with check_later: integrity not checked yet
        self._damage: OogstError | None = None  # what that check found
        self._opening_backup_due = False
        self._closing = threading.Lock()  # close() waits for finish_opening under way
        self.backup_problem: OogstError | None = None  # the last backup's failure, if any
        self._remove_on_close: Path | None = None  # a private copy's folder
        self._waiting_in_file: set[int] | None = None  # read-only: notes not in the index
        # Automatic backups on their own thread; each step holds the writer's
        # lock, so a backup never reads inside an operation.
        self._backups = BackupWorker(conn, path, self._writer._lock,
                                     finished=self._backup_finished,
                                     done=self._backup_done) \
            if path is not None and not readonly else None

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False,
             check_later: bool = False) -> EventFile:
        """Open an existing file: checked, locked (unless read-only), migrated.

        A backup of the file as it was found (the "last good" copy to go back
        to) is made in the background, except for read-only opening and when
        the newest backup already holds the file as it was closed.

        With `check_later` (the window: it paints first) the file is locked and
        its header, identity and schema checked now, but SQLite's integrity
        check and the opening backup wait for `finish_opening()`; until that
        has run, the first write runs the integrity check itself, so a damaged
        file is still refused before anything is written.
        """
        path = Path(path)
        later = check_later and not readonly
        if readonly:
            conn, copy_folder = storage.open_readonly(path)
        else:
            conn = storage.open_connection(path, check_integrity=not later)
            copy_folder = None
        event = cls(conn, path, readonly=readonly)
        event._remove_on_close = copy_folder  # an older file's migrated copy
        if later:
            event._unchecked = event._opening_backup_due = True
            event._writer.before_write = event._check_before_write
        elif not readonly:
            event._index_left_notes()
            event._start_backups()
        return event

    def finish_opening(self) -> None:
        """What `open(check_later=True)` left: the integrity check, then the opening
        backup (in the background, as every backup). Raises DamagedFile (and the
        file takes no writes) when it is damaged. Safe from a background thread;
        does nothing the second time or after close."""
        with self._closing:
            if self._conn is None:
                return
            self._check_before_write()
            self._index_left_notes()
            due, self._opening_backup_due = self._opening_backup_due, False
            if due:
                self._start_backups()

    def _start_backups(self) -> None:
        """The opening backup, unless the newest backup holds the file as it is."""
        assert self.path is not None
        self._backup_made_at = time.monotonic()
        backups.adopt_old_backups(self.path)
        self._newest_backup = backups.unchanged_since_backup(self.path)
        if self._newest_backup is not None:
            self._changes_in_backup = self._conn.total_changes
        else:
            self._quiet_backup("open")

    def _check_before_write(self) -> None:
        with self._writer.lock:
            if self._damage is not None:
                raise self._damage
            if self._conn is None or not self._unchecked:
                return
            try:
                storage.check_integrity_of(self._conn, self.path)  # type: ignore[arg-type]
            except OogstError as exc:
                self._damage = exc
                raise
            self._unchecked = False
            self._writer.before_write = None  # checked: writes go ahead

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
        conn = connections.connect(":memory:", isolation_level=None, check_same_thread=False)
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
        conn = connections.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        self._conn.backup(conn)
        return EventFile(conn, self.path, readonly=True)

    def private_copy(self, *, should_abort: ShouldAbort | None = None) -> EventFile:
        """A read-only copy of the event as it is now in a private temporary file
        (`private_copy.py`), for long reading off the GUI thread (exports): the same
        consistent picture as `snapshot()` without holding the file in memory. Safe
        to call from a background thread while the facilitator types (it copies in
        steps under the writer's lock). Closing the copy removes its file; so does a
        failure or `should_abort()` (Cancelled) half-way."""
        conn, folder = private_copy.make(self._conn, self._writer._lock, should_abort)
        copy = EventFile(conn, self.path, readonly=True)
        copy._remove_on_close = folder
        return copy

    def close(self) -> None:
        """Release the file (and its lock), after a backup still being made (one of
        a file that did not change since it was opened, and has an earlier backup,
        is given up instead).

        A last backup is made only when the file changed since the newest one
        and that one is older than AUTO_BACKUP_SECONDS (the newest backup is
        never further behind than that; the next opening copies the rest). A
        file never checked (opened with check_later) or found damaged makes no
        backup: it could push a good one out of the rotation.
        """
        with self._closing:  # after a finish_opening under way
            self._close()

    def _close(self) -> None:
        if self._conn is None:
            return
        worker = self._backups
        try:
            self._index_quietly()  # the file is left with every note in its index
            if worker is not None:
                if self._conn.total_changes == self._changes_at_open and \
                        worker.busy and backups.list_backups(self.path):  # type: ignore
                    # nothing changed since opening and an earlier copy exists: the
                    # opening's copy can wait for the next opening
                    worker.give_up()
                worker.wait()
                if self._changed_since_backup() and not self._unchecked and \
                        self._damage is None and (
                        self._backup_made_at is None or
                        time.monotonic() - self._backup_made_at >= AUTO_BACKUP_SECONDS):
                    self._quiet_backup("close")
                    worker.wait()
                worker.stop()
        finally:
            unchanged = worker is not None and self._newest_backup is not None and \
                not self._changed_since_backup()
            self._conn.close()
            self._conn = None  # type: ignore[assignment]
            if self._remove_on_close is not None:  # a private copy: its file goes
                private_copy.remove(self._remove_on_close)
            if unchanged:
                try:  # the next opening need not copy the same bytes again
                    backups.record_newest(self.path, self._newest_backup)  # type: ignore
                except OSError:
                    pass

    @property
    def closed(self) -> bool:
        """True once `close()` has released the file."""
        return self._conn is None

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the search index (search_index.py) -----------------------------------

    @property
    def notes_to_index(self) -> bool:
        """Whether notes wait for their search entry (`index_notes` writes them)."""
        return bool(self._writer.unindexed) and not self.readonly

    def index_notes(self, *, wait: bool = True) -> int:
        """Write the search entries of the notes committed without one (the notes
        typed by `add_note`), in one commit that is no undo step and sends no
        change notice; returns how many. With `wait=False` it does nothing while
        an operation of another thread is under way. Raises OogstError when the
        file takes no writes (a full disk): the notes keep waiting, and searches
        still find them."""
        if self.readonly or self._conn is None or not self._writer.unindexed:
            return 0
        if not self._writer.lock.acquire(blocking=wait):
            return 0
        try:
            if self._writer._open is not None:
                return 0  # inside an operation of this thread: it could still roll back
            waiting = set(self._writer.unindexed)
            missing = search_index.unindexed(self._conn, waiting)  # (an edit wrote some)
            written = 0
            if missing:
                with self._writer.change("op.index_notes", record=False):
                    written = search_index.write_entries(self._conn, missing)
            self._writer.unindexed -= waiting
        finally:
            self._writer.lock.release()
        return written

    def _index_quietly(self, *, wait: bool = True) -> None:
        try:
            self.index_notes(wait=wait)
        except OogstError:
            pass  # they keep waiting: a search still finds them, a later call tries again

    def _index_left_notes(self) -> None:
        """At opening: notes a previous session left without their entry (it ended
        between a note's commit and its entry's) get it now."""
        try:
            with self._writer.lock:
                self._writer.unindexed |= search_index.unindexed(self._conn)
        except sqlite3.Error:
            return  # (a read that fails here fails again, with a message, where it matters)
        self._index_quietly()

    def search(self, text: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over notes (words, prefixes, diacritics ignored), best
        first (`Reading.search`); notes waiting for their search entry get it first."""
        self._index_quietly(wait=False)  # (a search never waits for a long operation)
        return super().search(text, limit=limit)

    def _notes_not_indexed(self) -> set[int]:
        if self.readonly:  # a file that was not closed by Oogst: found once, kept
            if self._waiting_in_file is None:
                self._waiting_in_file = search_index.unindexed(self._conn)
            return self._waiting_in_file
        waiting = set(self._writer.unindexed)  # (a copy: another thread may add to it)
        return search_index.unindexed(self._conn, waiting) if waiting else set()

    # -- backups ---------------------------------------------------------------

    def backup(self, *, reason: str = "manual") -> Path | None:
        """Write a rotating backup copy (SQLite backup API) now and return it; None
        for in-memory events."""
        if self.path is None:
            return None
        self._last_backup = time.monotonic()
        if self._backups is None:
            return backups.make_backup(self._conn, self.path, reason=reason)
        made = self._backups.make_now(reason)
        self._backup_done(made, None)
        return made

    def wait_for_backup(self, timeout: float | None = None) -> bool:
        """Wait until a backup being made in the background is finished (False
        when `timeout` seconds ran out first)."""
        return self._backups is None or self._backups.wait(timeout)

    def _changed_since_backup(self) -> bool:
        return self._changes_in_backup != self._conn.total_changes

    def _maybe_auto_backup(self) -> None:
        if time.monotonic() - self._last_backup >= AUTO_BACKUP_SECONDS:
            self._quiet_backup("auto")

    def _quiet_backup(self, reason: str) -> None:
        """Ask for a backup in the background; it never hurts the meeting: the event
        file itself is committed already, so a failure (full disk, removed drive)
        is remembered in `backup_problem` for the interface to mention, never
        raised; a later commit tries again."""
        self._last_backup = time.monotonic()  # not again at every keystroke
        if self._backups is not None:
            self._backups.request(reason)

    def _backup_finished(self) -> None:
        """The last page is copied (under the writer's lock): what the backup holds."""
        self._changes_in_backup = self._conn.total_changes

    def _backup_done(self, made: Path | None, error: BaseException | None) -> None:
        if isinstance(error, backups.Stopped):
            return
        if error is None:
            self._newest_backup = made
            self._backup_made_at = time.monotonic()
            self.backup_problem = None
        else:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            self.backup_problem = OogstError("error.backup_failed", reason=reason)

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
