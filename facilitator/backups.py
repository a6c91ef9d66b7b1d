"""Rotating automatic backups of event files, made with SQLite's backup API.

Backups live outside the event's own folder, in the user's data folder, so
that a backup survives a pulled USB stick or a damaged folder. Each event
file gets its own sub-folder, named by a hash of its resolved path only (the
folder's name tells nothing about the meeting); the newest `KEEP` copies are
kept. A backup is written to a temporary name and renamed, so a half-written
backup never looks like a good one.

Everything here is for the owner's eyes only: folders are made 0700 and
files 0600 (on POSIX systems). Backups made before folders were named by
hash alone (``<file name>-<sha1>``) are still found, and moved into the new
folder the next time a backup of that file is made.

`rewrite_backups` changes every backup of a file in place, atomically (the
erasure of a person, `erasure_ops`); a backup that cannot be rewritten is
removed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

KEEP = 20
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


def make_backup(conn: sqlite3.Connection, event_path: str | Path, *, reason: str) -> Path:
    """Copy the open database to a new backup file and prune old ones.

    `reason` ends up in the file name (open, auto, migrate-from-1...), so that
    a facilitator can tell the copies apart in a file browser.
    """
    adopt_old_backups(event_path)
    folder = private_folder(backup_folder(event_path))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    # Only the program holding the event file's lock makes its backups: any
    # .partial here was left by a backup that was killed. Never keep those.
    for leftover in folder.glob("*.partial"):
        leftover.unlink(missing_ok=True)
    create_private_file(partial)
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
        dest.commit()
    finally:
        dest.close()
    os.replace(partial, target)
    for old in list_backups(event_path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


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
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA trusted_schema = OFF")
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
    src = sqlite3.connect(f"file:{Path(backup).resolve()}?mode=ro", uri=True)
    dest = sqlite3.connect(tmp)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    os.replace(tmp, event_path)
    return kept
