"""Backups: private folders and files, folders named by a hash only, old-style folders
still found, and rewriting every backup (or removing one that cannot be rewritten)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from facilitator import backups
from facilitator.eventfile import EventFile

POSIX = os.name == "posix"


def test_folder_is_named_by_a_hash_of_the_path_only(tmp_path):
    path = tmp_path / "Geheim overleg Jansen.oogst"
    folder = backups.backup_folder(path)
    assert "Geheim" not in folder.name and "Jansen" not in folder.name
    assert folder.name == hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]


def test_old_style_backups_are_found_and_moved(tmp_path):
    path = tmp_path / "oud.oogst"
    EventFile.create(path, title="Oud").close()
    resolved = path.resolve()
    old = backups.data_dir() / "backups" / (
        f"oud-{hashlib.sha1(str(resolved).encode()).hexdigest()[:10]}")
    old.mkdir(parents=True)
    (old / "20200101-000000-000000-open.oogst").write_bytes(path.read_bytes())
    assert any(b.parent == old for b in backups.list_backups(path))
    with EventFile.open(path):
        pass
    assert not old.exists()
    names = [b.name for b in backups.list_backups(path)]
    assert "20200101-000000-000000-open.oogst" in names
    assert all(b.parent == backups.backup_folder(path) for b in backups.list_backups(path))


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_backups_event_files_and_folders_are_private(tmp_path):
    path = tmp_path / "prive.oogst"
    with EventFile.create(path, title="Privé") as ev:
        ev.add_participant(name="Ans")
        made = ev.backup()
    assert path.stat().st_mode & 0o777 == 0o600
    assert made.stat().st_mode & 0o777 == 0o600
    assert backups.backup_folder(path).stat().st_mode & 0o777 == 0o700
    assert (backups.data_dir() / "backups").stat().st_mode & 0o777 == 0o700
    target = tmp_path / "terug.oogst"
    backups.restore_backup(made, target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_rewrite_removes_a_backup_that_fails(tmp_path):
    path = tmp_path / "x.oogst"
    with EventFile.create(path, title="X") as ev:
        ev.add_participant(name="Ans")
        first = ev.backup()
        second = ev.backup()
    second.write_bytes(b"not a database at all" * 100)

    def rewrite(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM participant")

    rewritten, removed = backups.rewrite_backups(path, rewrite)
    assert first in rewritten and removed == [second]
    assert not second.exists()
    conn = sqlite3.connect(first)
    assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 0
    conn.close()
    assert not list(backups.backup_folder(path).glob("*.rewriting*"))


def test_erasure_rewrites_old_version_backups(tmp_path):
    """A backup made before a migration (schema 4, search triggers) is erased in
    its own version: the triggers are put back, the schema still matches."""
    import shutil

    from facilitator import schema
    fixture = Path(__file__).resolve().parent / "fixtures" / "schema_v4.oogst"
    path = tmp_path / "v4.oogst"
    shutil.copyfile(fixture, path)
    with EventFile.open(path) as ev:
        person = ev.find_participants("Kees Fortuin")[0]
        report = ev.erase_participant(person.id)
    old = [b for b in report.backups_rewritten if "before-migration" in b.name]
    assert old and report.backups_removed == ()
    conn = sqlite3.connect(old[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert schema.schema_differences(conn, 4) == []
    assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 0
    conn.close()
    assert b"Kees Fortuin" not in old[0].read_bytes()
