"""A private copy of an open event on disk, for long reading off the GUI thread.

`EventFile.snapshot()` copies the whole file into memory: for an event with
photos that is hundreds of MiB held while an export runs. A private copy is
the same consistent picture in a temporary file instead: a folder of its own
(0700) under Oogst's data folder (on disk; the system's temporary folder may
be memory), one file in it (0600), made with SQLite's backup API through the
event's own connection, a few hundred pages per step with the writer's lock
held (as the backups are), so it is safe from a background thread while the
facilitator types: a commit waits one step at most and is copied too, and
the copy never holds half an operation. The event file itself is never
opened a second time. Closing the copy removes its folder; a failure or a
cancel half-way removes it at once.

Folders left by a program that was killed are removed by the next copy once
they are a day old (another Oogst window may be using a younger one).
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from . import backups, connections
from .errors import OogstError
from .jobs import Cancelled, ShouldAbort

FOLDER = "copies"
STALE_SECONDS = 24 * 3600
NAME = "event.oogst"


def copies_folder() -> Path:
    return backups.data_dir() / FOLDER


def make(conn: sqlite3.Connection, lock: AbstractContextManager | None,
         should_abort: ShouldAbort | None = None,
         prepare: Callable[[sqlite3.Connection], None] | None = None,
         ) -> tuple[sqlite3.Connection, Path]:
    """Copy the database behind `conn` into a new private folder; returns a
    read-only connection to the copy and the folder (remove it after closing).
    `prepare(copy)` runs on the copy, writable, before it is opened read-only
    (`storage` migrates an older file's copy there). OogstError
    "error.copy_failed" when it cannot be written (a full disk)."""
    parent = copies_folder()
    try:
        backups.private_folder(parent)
        _remove_stale(parent)
        folder = Path(tempfile.mkdtemp(prefix="copy-", dir=parent))  # 0700
    except OSError as exc:
        raise OogstError("error.copy_failed", reason=exc.strerror or str(exc),
                         folder=parent) from exc
    try:
        target = folder / NAME
        backups.create_private_file(target)
        dest = connections.connect(target)
        try:
            backups.copy_database(conn, dest, lock=lock, should_stop=should_abort)
            dest.commit()
            if prepare is not None:
                prepare(dest)
        except backups.Stopped:
            raise Cancelled("error.cancelled") from None
        finally:
            dest.close()
        copy = connections.connect(f"{target.as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
        copy.row_factory = sqlite3.Row
        copy.execute("PRAGMA query_only = ON")
        return copy, folder
    except (OSError, sqlite3.Error) as exc:
        remove(folder)
        raise OogstError("error.copy_failed", reason=getattr(exc, "strerror", None) or str(exc),
                         folder=parent) from exc
    except BaseException:
        remove(folder)
        raise


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _remove_stale(parent: Path) -> None:
    now = time.time()
    for item in parent.glob("copy-*"):
        try:
            if now - item.stat().st_mtime > STALE_SECONDS:
                remove(item)
        except OSError:
            pass
