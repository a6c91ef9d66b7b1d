"""Rotating automatic backups of event files, made with SQLite's backup API.

Backups live outside the event's own folder, in the user's data folder, so
that a backup survives a pulled USB stick or a damaged folder. Each event
file gets its own sub-folder, named by a hash of its resolved path only (the
folder's name tells nothing about the meeting); the newest `KEEP` copies are
kept, and together they stay within `BUDGET_BYTES` (the newest is always
kept, however large), so a 200 MiB event with photos does not fill the disk.
A backup is written to a temporary name and renamed, so a half-written
backup never looks like a good one.

A backup reads the open event through its own connection, with SQLite's
backup API, a few hundred pages at a time; between steps it lets go of the
writer's lock (`make_backup(lock=...)`), so a note committed meanwhile waits
one step at most and is copied too. `EventFile` makes the automatic ones on
a thread of its own (`backup_worker`), never inside an operation.

When a file is closed unchanged since its newest backup, the folder records
that (`newest.json`: the file's size, time and inode as it was closed), and
opening it again makes no new copy of the same bytes (`unchanged_since_backup`).

Everything here is for the owner's eyes only: folders are made 0700 and
files 0600 (on POSIX systems). Backups made before folders were named by
hash alone (``<file name>-<sha1>``) are still found, and moved into the new
folder the next time a backup of that file is made.

`rewrite_backups` changes every backup of a file in place, atomically (the
erasure of a person, `erasure_ops`); a backup that cannot be rewritten is
removed.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

from . import connections

KEEP = 20                      # backups kept per event file at most
BUDGET_BYTES = 1024 ** 3       # ... and together at most this (the newest always kept)
STEP_PAGES = 256               # pages copied per step while holding the writer's lock
STEP_PAUSE = 0.001             # seconds between steps, without the lock
FLUSH_STEPS = 4                # steps between syncs of the copy (outside the lock)
NEWEST = "newest.json"         # the file as it was closed, when it equals the newest backup
SUFFIX = ".oogst"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def data_dir() -> Path:
    """Oogst's own folder for backups and logs (OOGST_HOME overrides, for tests)."""
    override = os.environ.get("OOGST_HOME")
    return Path(override) if override else Path(user_data_dir("Oogst", appauthor=False))


def private_folder(folder: Path) -> Path:
    """Make `folder` (and missing parents) readable by the owner only; returns it."""
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for item in reversed(missing):
        item.mkdir(mode=FOLDER_MODE, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, FOLDER_MODE)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (it must not exist yet)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))


def _digest(path: Path, algorithm: str) -> str:
    import hashlib  # OpenSSL's library: loaded when a backup is made, not at start
    return hashlib.new(algorithm, str(path).encode("utf-8", "surrogatepass")).hexdigest()


def backup_folder(event_path: str | Path) -> Path:
    """Where the backups of this event file go (a hash of its resolved path)."""
    path = Path(event_path).resolve()
    return data_dir() / "backups" / _digest(path, "sha256")[:24]


def _old_folder(event_path: str | Path) -> Path:
    """The folder name used before (it carried the file's name)."""
    path = Path(event_path).resolve()
    return data_dir() / "backups" / f"{path.stem}-{_digest(path, 'sha1')[:10]}"


def adopt_old_backups(event_path: str | Path) -> None:
    """Move backups from the old-style folder into the hash-named one, and remove
    the old folder (its name carried the event file's name)."""
    old = _old_folder(event_path)
    if not old.is_dir():
        return
    folder = private_folder(backup_folder(event_path))
    for item in old.iterdir():
        if item.is_file():
            if os.name == "posix":
                os.chmod(item, FILE_MODE)
            os.replace(item, folder / item.name)
    shutil.rmtree(old, ignore_errors=True)


def list_backups(event_path: str | Path) -> list[Path]:
    """The backups of this file, newest first (old-style folder included)."""
    found: list[Path] = []
    for folder in (backup_folder(event_path), _old_folder(event_path)):
        if folder.is_dir():
            found += [p for p in folder.glob(f"*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


class Stopped(Exception):
    """A backup given up half-way on purpose (its partial copy is gone)."""


def make_backup(conn: sqlite3.Connection, event_path: str | Path, *, reason: str,
                lock: AbstractContextManager | None = None,
                finished: Callable[[], None] | None = None,
                should_stop: Callable[[], bool] | None = None) -> Path:
    """Copy the open database to a new backup file and prune old ones.

    `reason` ends up in the file name (open, auto, migrate-from-1...), so that
    a facilitator can tell the copies apart in a file browser. With `lock`
    (the writer's), the copy runs in steps of STEP_PAGES pages, each with the
    lock held and none inside a transaction; `finished` runs under the lock
    once the last page is copied (the backup holds every commit up to then);
    `should_stop()` is asked between steps (True: `Stopped`, nothing left).
    """
    adopt_old_backups(event_path)
    folder = private_folder(backup_folder(event_path))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    # Only the program holding the event file's lock makes its backups, one at
    # a time: any .partial here was left by a backup that was killed. Never
    # keep those.
    for leftover in folder.glob("*.partial"):
        leftover.unlink(missing_ok=True)
    forget_newest(event_path)
    create_private_file(partial)
    try:
        dest = connections.connect(partial)
        # the copy's own descriptor: its written pages go to disk between steps,
        # outside the lock, so a note's commit (which syncs the event file) never
        # waits for a backlog of backup pages on a journaling file system
        flush = os.open(partial, os.O_RDONLY)
        try:
            _copy(conn, dest, lock, finished, lambda: os.fsync(flush), should_stop)
            dest.commit()
        finally:
            dest.close()
            os.close(flush)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(event_path)
    return target


def copy_database(conn: sqlite3.Connection, dest: sqlite3.Connection, *,
                  lock: AbstractContextManager | None = None,
                  should_stop: Callable[[], bool] | None = None) -> None:
    """Copy `conn`'s database into `dest` as a backup is copied (in steps under
    `lock` when given; `Stopped` when `should_stop()` said so)."""
    _copy(conn, dest, lock, None, lambda: None, should_stop)


def _copy(conn: sqlite3.Connection, dest: sqlite3.Connection,
          lock: AbstractContextManager | None, finished: Callable[[], None] | None,
          flush: Callable[[], None], should_stop: Callable[[], bool] | None) -> None:
    if lock is None:
        conn.backup(dest)
        if finished is not None:
            finished()
        return
    lock.__enter__()
    held = [True]
    steps = [0]

    def between_steps(status: int, remaining: int, total: int) -> None:
        if remaining == 0:
            if finished is not None:
                finished()
            return
        held[0] = False
        lock.__exit__(None, None, None)
        if should_stop is not None and should_stop():
            raise Stopped
        steps[0] += 1
        if steps[0] % FLUSH_STEPS == 0:
            flush()
        time.sleep(STEP_PAUSE)  # a commit waiting for the lock gets it first
        lock.__enter__()
        held[0] = True

    try:
        conn.backup(dest, pages=STEP_PAGES, progress=between_steps)
    finally:
        if held[0]:
            lock.__exit__(None, None, None)


def prune(event_path: str | Path, *, keep: int | None = None,
          budget: int | None = None) -> list[Path]:
    """Remove old backups beyond `keep` copies or `budget` bytes together (the
    newest is always kept); returns what was removed."""
    keep = KEEP if keep is None else keep
    budget = BUDGET_BYTES if budget is None else budget
    removed, total, full = [], 0, False
    for n, backup in enumerate(list_backups(event_path)):
        size = _size(backup)
        # the newest ones that fit, without holes: once one is too many, all older go
        full = full or (n > 0 and (n >= keep or total + size > budget))
        if not full:
            total += size
            continue
        backup.unlink(missing_ok=True)
        removed.append(backup)
    return removed


def usage(event_path: str | Path) -> tuple[Path, int, int]:
    """Where this file's backups are, how many there are and their bytes together."""
    found = list_backups(event_path)
    return backup_folder(event_path), len(found), sum(_size(p) for p in found)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stat_key(event_path: Path) -> list[int]:
    st = event_path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def record_newest(event_path: str | Path, backup: Path) -> None:
    """Note that the closed file `event_path` holds exactly what `backup` holds."""
    path = Path(event_path)
    folder = backup_folder(path)
    tmp = folder / (NEWEST + ".tmp")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    tmp.write_text(json.dumps({"backup": backup.name, "file": _stat_key(path)}))
    os.replace(tmp, folder / NEWEST)


def forget_newest(event_path: str | Path) -> None:
    (backup_folder(event_path) / NEWEST).unlink(missing_ok=True)


def unchanged_since_backup(event_path: str | Path) -> Path | None:
    """The newest backup when the file is as it was closed and that backup holds
    the same (so opening it needs no new copy); else None."""
    path = Path(event_path)
    try:
        record = json.loads((backup_folder(path) / NEWEST).read_text())
        found = list_backups(path)
        if found and found[0].name == record["backup"] and record["file"] == _stat_key(path):
            return found[0]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def rewrite_backups(event_path: str | Path,
                    rewrite: Callable[[sqlite3.Connection], None]
                    ) -> tuple[list[Path], list[Path]]:
    """Apply `rewrite(conn)` to every backup of this file; returns (rewritten, removed).

    Each backup is copied to a private temporary file, `rewrite` runs on the
    copy (a plain sqlite3 connection in autocommit mode: it opens and
    commits its own transaction), the copy is VACUUMed (freed pages gone)
    and then replaces the backup. A backup whose rewrite fails in any way is
    removed instead, so no backup keeps what `rewrite` takes out.
    """
    adopt_old_backups(event_path)
    rewritten: list[Path] = []
    removed: list[Path] = []
    for backup in list_backups(event_path):
        tmp = backup.with_name(backup.name + ".rewriting")
        try:
            _rewrite_one(backup, tmp, rewrite)
        except Exception:  # noqa: BLE001 - whatever went wrong, the copy must go
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal"), backup,
                             backup.with_name(backup.name + "-journal")):
                leftover.unlink(missing_ok=True)
            removed.append(backup)
        else:
            rewritten.append(backup)
    return rewritten, removed


def _rewrite_one(backup: Path, tmp: Path,
                 rewrite: Callable[[sqlite3.Connection], None]) -> None:
    tmp.unlink(missing_ok=True)
    tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    create_private_file(tmp)
    src = connections.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = connections.connect(tmp, isolation_level=None)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    conn = connections.connect(tmp, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = TRUNCATE")
        conn.execute("PRAGMA secure_delete = ON")
        rewrite(conn)
        conn.execute("VACUUM")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed after rewriting")
    finally:
        conn.close()
    tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, backup)


def restore_backup(backup: str | Path, event_path: str | Path) -> Path | None:
    """Put a backup in place of the event file; the current file is kept aside.

    Returns where the replaced file was moved to (None if there was none), so
    that nothing is ever thrown away, not even a damaged file.
    """
    event_path = Path(event_path)
    kept = None
    if event_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = event_path.with_name(f"{event_path.name}.replaced-{stamp}")
        os.replace(event_path, kept)
    tmp = event_path.with_name(event_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    src = connections.connect(f"file:{Path(backup).resolve()}?mode=ro", uri=True)
    dest = connections.connect(tmp)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    os.replace(tmp, event_path)
    return kept
