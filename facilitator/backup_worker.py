"""The automatic backups of one open event, made on a thread of their own.

An operation never waits for a backup: after a commit `EventFile` only asks
for one (`request`), and this worker makes it with `backups.make_backup`,
reading the event through the same SQLite connection in steps under the
writer's lock (so never inside an operation, and never behind SQLite's
back). Requests made while a backup is running or waiting are merged into
one. No Qt here: a plain thread, reported through `done(path, error)`.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from . import backups


class BackupWorker:
    """One thread that makes the backups of one open event file, one at a time."""

    def __init__(self, conn: sqlite3.Connection, path: Path, lock: AbstractContextManager,
                 *, finished: Callable[[], None],
                 done: Callable[[Path | None, BaseException | None], None]) -> None:
        self._conn = conn
        self._path = path
        self._lock = lock
        self._finished = finished  # under the writer's lock, when the last page is copied
        self._done = done          # after each backup: its path, or what went wrong
        self._state = threading.Condition()
        self._wanted: str | None = None
        self._busy = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._one_at_a_time = threading.Lock()  # the thread's backups and `make_now`
        self._stop_running = False

    def request(self, reason: str) -> None:
        """Ask for a backup; returns at once (a request already waiting absorbs it)."""
        with self._state:
            if self._stopping:
                return
            self._wanted = self._wanted or reason
            if self._thread is None:
                # a daemon: a program that quits without closing is not held up;
                # a backup cut off that way leaves only a .partial, swept next time
                self._thread = threading.Thread(target=self._run, name="oogst-backup",
                                                daemon=True)
                self._thread.start()
            self._state.notify_all()

    def make_now(self, reason: str) -> Path:
        """Make a backup on this thread and return it (after one that is running)."""
        with self._one_at_a_time:
            self._stop_running = False
            return backups.make_backup(self._conn, self._path, reason=reason,
                                       lock=self._lock, finished=self._finished,
                                       should_stop=lambda: self._stop_running)

    def give_up(self) -> None:
        """Stop the backup being made (between two steps; nothing of it is left)
        and forget one that waits."""
        with self._state:
            self._wanted = None
            self._stop_running = self._busy

    @property
    def busy(self) -> bool:
        """True while a backup is being made or waits to be made."""
        with self._state:
            return self._busy or self._wanted is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no backup is running or waiting; False if `timeout` ran out."""
        with self._state:
            return self._state.wait_for(lambda: not self._busy and self._wanted is None,
                                        timeout)

    def stop(self) -> None:
        """Finish what was asked for, then end the thread."""
        with self._state:
            self._stopping = True
            self._state.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _run(self) -> None:
        while True:
            with self._state:
                self._state.wait_for(lambda: self._wanted is not None or self._stopping)
                if self._wanted is None:
                    return
                reason, self._wanted, self._busy = self._wanted, None, True
            try:
                made = self.make_now(reason)
            except BaseException as exc:  # noqa: BLE001 - reported, never raised here
                self._done(None, exc)
            else:
                self._done(made, None)
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()
