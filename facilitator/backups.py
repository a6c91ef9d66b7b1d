"""Rotating automatic backups of event files, made with SQLite's backup API.

Backups live outside the event's own folder, in the user's data folder, so
that a backup survives a pulled USB stick or a damaged folder. Each event
file gets its own sub-folder (named after the file and a hash of its full
path); the newest `KEEP` copies are kept. A backup is written to a temporary
name and renamed, so a half-written backup never looks like a good one.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir

KEEP = 20
SUFFIX = ".oogst"


def data_dir() -> Path:
    """Oogst's own folder for backups and logs (OOGST_HOME overrides, for tests)."""
    override = os.environ.get("OOGST_HOME")
    return Path(override) if override else Path(user_data_dir("Oogst", appauthor=False))


def backup_folder(event_path: str | Path) -> Path:
    """Where the backups of this event file go."""
    path = Path(event_path).resolve()
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def list_backups(event_path: str | Path) -> list[Path]:
    """The backups of this file, newest first."""
    folder = backup_folder(event_path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"*{SUFFIX}") if p.is_file()), reverse=True)


def make_backup(conn: sqlite3.Connection, event_path: str | Path, *, reason: str) -> Path:
    """Copy the open database to a new backup file and prune old ones.

    `reason` ends up in the file name (open, auto, migrate-from-1...), so that
    a facilitator can tell the copies apart in a file browser.
    """
    folder = backup_folder(event_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
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
    src = sqlite3.connect(f"file:{Path(backup).resolve()}?mode=ro", uri=True)
    dest = sqlite3.connect(tmp)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    os.replace(tmp, event_path)
    return kept
