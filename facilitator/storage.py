"""Opening an event file safely: checks, lock, durability settings, migration.

Durability (see sqlite.org/atomiccommit.html, /wal.html, /howtocorrupt.html):

* ``journal_mode=DELETE`` (a rollback journal), not WAL. A facilitator copies
  the ``.oogst`` file to a USB stick or mails it; in WAL mode recent commits
  live in a ``-wal`` file beside it and a copy of the main file alone would
  miss them. With a rollback journal every committed note is in the main file
  itself the moment ``COMMIT`` returns. WAL also needs shared memory, which
  fails on network folders. Our writes are tiny (one note per Enter), so WAL's
  speed advantage does not matter here.
* ``synchronous=FULL``: SQLite fsyncs the journal and the database at every
  commit, so a committed note survives not only ``kill -9`` (which any mode
  survives) but also a power cut or a dead battery.
* The file is locked from before SQLite opens it until after it closes it
  (`file_lock`: on Linux an OFD lock on SQLite's lock bytes, on macOS
  ``flock`` on a lock file beside it, each owned by one descriptor, which no
  other open/close in the process can drop; on Windows SQLite's own
  mandatory lock), plus ``locking_mode=EXCLUSIVE`` and
  an immediate ``BEGIN EXCLUSIVE``: a second Oogst (or any other SQLite
  client) cannot read or write the file meanwhile; it gets a clear "open
  elsewhere" message instead. The operating system releases the lock when
  the process dies, so a crash never leaves a stale lock behind.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from . import backups, connections, file_lock, private_copy
from .file_lock import FileLock
from .errors import (DamagedFile, FileLocked, ForeignSchema, NewerVersion, NotAnEventFile,
                     OogstError, ReadOnlyLocation)
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, schema_differences

SQLITE_HEADER = b"SQLite format 3\x00"


class FileExists(OogstError, FileExistsError):
    """A new event file would overwrite an existing one (Oogst never does that)."""


def refuse_existing(path: Path) -> None:
    """FileExists when `path` is a file with content (an empty file may be reused)."""
    if path.exists() and path.stat().st_size > 0:
        raise FileExists("error.file_exists", path=path, name=str(path))


class LockedConnection(sqlite3.Connection):
    """A connection that releases its `FileLock` when it closes (after SQLite has)."""

    file_lock: FileLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            lock, self.file_lock = self.file_lock, None
            if lock is not None:
                lock.release()


def _uri(path: Path, **params: str) -> str:
    """A file: URI for SQLite (percent-escaped, so '?' or '#' in a name are harmless)."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return path.resolve().as_uri() + (f"?{query}" if query else "")


def _connect(target: str, *, uri: bool = False,
             lock: FileLock | None = None) -> sqlite3.Connection:
    # isolation_level=None: the core decides where transactions begin and end.
    # timeout=0: a locked file is reported at once instead of hanging the GUI.
    # connections.connect: trusted_schema off and SQLite's defensive mode on, so
    # a file from someone else is inert (no function in its schema runs with our
    # rights, ordinary SQL cannot rewrite its schema or search index).
    conn = connections.connect(target, isolation_level=None, timeout=0, uri=uri,
                               check_same_thread=False, factory=LockedConnection)
    conn.file_lock = lock
    conn.row_factory = sqlite3.Row
    # A damaged byte inside a text must not stop the meeting: it shows as "\ufffd".
    conn.text_factory = _text
    return conn


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _lock_and_connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """Take the file lock (see `file_lock`), then open SQLite under it."""
    if create:
        # The lock needs the file: make it empty (refuse_existing allowed that),
        # readable by its owner only (SQLite gives its journal the same mode).
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, backups.FILE_MODE))
        if os.name == "posix":
            os.chmod(path, backups.FILE_MODE)
    lock = FileLock.acquire(path)
    try:
        if lock.vfs is None:
            return _connect(str(path), lock=lock)
        return _connect(_uri(path, vfs=lock.vfs), uri=True, lock=lock)
    except BaseException:
        lock.release()
        raise


def _check_file(path: Path) -> None:
    """Refuse what is plainly not an event file before SQLite touches it."""
    if not path.exists():
        raise NotAnEventFile("error.file_not_found", path=path, name=str(path))
    if path.is_dir():
        raise NotAnEventFile("error.file_is_folder", path=path, name=str(path))
    size = path.stat().st_size
    if size == 0:
        raise NotAnEventFile("error.file_empty", path=path, name=path.name)
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_HEADER):
        raise NotAnEventFile("error.not_an_event_file", path=path, name=path.name)
    if len(head) < 100:
        raise DamagedFile("error.file_cut_off", path=path, name=path.name,
                          backups=backups.list_backups(path))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    change_counter, valid_for = head[24:28], head[92:96]
    # The in-header page count is only trustworthy when its "valid for"
    # number matches the change counter (sqlite.org/fileformat2.html), and
    # not while a hot journal waits: a commit cut off by a crash may have
    # written page 1 before growing the file, and SQLite rolls that back
    # from the journal when it opens the file.
    journal = path.with_name(path.name + "-journal")
    hot = journal.exists() and journal.stat().st_size > 0
    if not hot and change_counter == valid_for and page_count and \
            size < page_count * page_size:
        raise DamagedFile("error.file_too_short", path=path, name=path.name, size=size,
                          expected=page_count * page_size,
                          backups=backups.list_backups(path))


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyLocation("error.file_read_only", path=path, name=path.name)
    if not os.access(folder, os.W_OK):
        raise ReadOnlyLocation("error.folder_read_only", path=path, folder=str(folder),
                               name=path.name)


def _map_sqlite_error(exc: sqlite3.Error, path: Path) -> Exception:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return FileLocked("error.file_locked", path=path, name=path.name)
    if "not a database" in text or "encrypted" in text:
        return NotAnEventFile("error.not_an_event_file", path=path, name=path.name)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLocation("error.file_not_writable", path=path, name=path.name)
    return DamagedFile("error.file_damaged", path=path, name=path.name, reason=str(exc),
                       backups=backups.list_backups(path))


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def check_integrity_of(conn: sqlite3.Connection, path: Path) -> None:
    """DamagedFile (with the backups to go back to) when SQLite finds the file damaged."""
    try:
        problems = _integrity_problems(conn)
    except sqlite3.Error as exc:
        raise _map_sqlite_error(exc, path) from exc
    if problems:
        raise DamagedFile("error.integrity_failed", path=path, name=path.name,
                          problem=problems[0], backups=backups.list_backups(path))


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """Return the file's schema version after checking it is ours and not newer."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and (version or tables):
        raise NotAnEventFile("error.other_program_database", path=path, name=path.name)
    if version > SCHEMA_VERSION:
        raise NewerVersion("error.newer_version", path=path, name=path.name,
                           version=version, current=SCHEMA_VERSION)
    if version < 0:
        raise DamagedFile("error.bad_version", path=path, name=path.name, version=version,
                          backups=backups.list_backups(path))
    if version > 0:
        differences = schema_differences(conn, version)
        if any(item.startswith("missing ") for item in differences):
            raise ForeignSchema("error.schema_incomplete", items=differences, path=path,
                                name=path.name, backups=backups.list_backups(path))
        if differences:
            raise ForeignSchema("error.schema_foreign", items=differences, path=path,
                                name=path.name, backups=backups.list_backups(path))
    return version


def _migrate_copy(copy: sqlite3.Connection, from_version: int) -> None:
    """Migrate a private copy as a file of ours is migrated (`_connect`'s settings)."""
    copy.isolation_level = None
    copy.row_factory = sqlite3.Row
    copy.text_factory = _text
    migrate(copy, from_version)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every migration step above `from_version` in one exclusive transaction."""
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for step in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def open_connection(path: str | Path, *, create: bool = False,
                    check_integrity: bool = True) -> sqlite3.Connection:
    """Open (or create) an event file and return a checked, locked connection.

    With `check_integrity=False` SQLite's integrity check (which reads every
    page: long for a file with photos) is left to the caller (`check_integrity_of`),
    who must run it before anything is written; the quick checks (header,
    identity, schema) still run here. A file that needs upgrading is always
    checked at once, before the upgrade writes to it.

    Read-only opening is `open_readonly`.
    """
    path = Path(path)
    if create:
        refuse_existing(path)
        _check_writable(path)
    else:
        if file_lock.held_here(path):  # open here: not even its header is read again
            raise FileLocked("error.file_locked", path=path, name=path.name)
        _check_file(path)
        _check_writable(path)
    conn = None
    try:
        conn = _lock_and_connect(path, create=create)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")  # takes the lock now, kept until close
        conn.execute("COMMIT")
        version = _check_identity(conn, path)
        if not create and (check_integrity or version < SCHEMA_VERSION):
            check_integrity_of(conn, path)
        if version < SCHEMA_VERSION:
            if version > 0:
                backups.make_backup(conn, path, reason=f"before-migration-from-v{version}")
            migrate(conn, version)
        return conn
    except BaseException as exc:
        if conn is not None:
            conn.close()  # releases the lock: a refused file stays free
        if isinstance(exc, sqlite3.Error):
            raise _map_sqlite_error(exc, path) from exc
        raise


def stored_version(path: str | Path) -> int:
    """The schema version written in a file, without migrating or locking it."""
    path = Path(path)
    if file_lock.held_here(path):
        raise FileLocked("error.file_locked", path=path, name=path.name)
    _check_file(path)
    try:
        conn = _connect(_uri(path, mode="ro"), uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _map_sqlite_error(exc, path) from exc


def open_readonly(path: str | Path) -> tuple[sqlite3.Connection, Path | None]:
    """A checked connection that reads the file and never writes it nor holds
    its lock, and the folder of a private copy to remove after closing it (or
    None), so that commands like `info` and `export` work on any file without
    writing to it.

    A file of the current version is read where it is, in one read transaction
    held until it is closed (one consistent state; nobody writes meanwhile;
    photos stay on disk until drawn). An older one is copied into a private
    file on disk (`private_copy`: not into memory, which for a file with photos
    is hundreds of MiB) and migrated there. A file this process holds is
    refused before its header is read (`file_lock.held_here`).
    """
    path = Path(path)
    if file_lock.held_here(path):  # open here: not even its header is read again
        raise FileLocked("error.file_locked", path=path, name=path.name)
    _check_file(path)
    src = None
    try:
        src = _connect(_uri(path, mode="ro"), uri=True)
        version = _check_identity(src, path)
        problems = _integrity_problems(src)
        if problems:
            raise DamagedFile("error.integrity_failed_read_only", path=path, name=path.name,
                              problem=problems[0], backups=backups.list_backups(path))
        if version == SCHEMA_VERSION:
            src.execute("PRAGMA query_only = ON")
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
            conn, src = src, None
            return conn, None
        conn, folder = private_copy.make(src, None,
                                         prepare=lambda copy: _migrate_copy(copy, version))
        conn.text_factory = _text
        return conn, folder
    except BaseException as exc:
        if isinstance(exc, sqlite3.Error):
            raise _map_sqlite_error(exc, path) from exc
        raise
    finally:
        if src is not None:
            src.close()
