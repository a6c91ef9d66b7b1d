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


# -- retention: by count and by size, the newest always kept ---------------------------


def fake_backups(event_path: Path, sizes: list[int]) -> list[Path]:
    """Backup files of the given sizes, newest first (names sort by time)."""
    folder = backups.private_folder(backups.backup_folder(event_path))
    made = []
    for n, size in enumerate(sizes):
        path = folder / f"2024010{9 - n}-120000-000000-auto.oogst"
        path.write_bytes(b"x" * size)
        made.append(path)
    assert backups.list_backups(event_path) == made
    return made


def test_retention_keeps_the_newest_by_count(tmp_path):
    made = fake_backups(tmp_path / "e.oogst", [10] * 6)
    removed = backups.prune(tmp_path / "e.oogst", keep=4, budget=10 ** 6)
    assert removed == made[4:]
    assert backups.list_backups(tmp_path / "e.oogst") == made[:4]


def test_retention_keeps_the_newest_within_the_size_budget(tmp_path):
    made = fake_backups(tmp_path / "e.oogst", [100, 300, 200, 100, 50])
    removed = backups.prune(tmp_path / "e.oogst", keep=20, budget=650)
    # 100 + 300 + 200 = 600 fit; the 4th (100) would make 700: it and all older go,
    # even the small one after it (never a hole of older copies kept)
    assert backups.list_backups(tmp_path / "e.oogst") == made[:3]
    assert removed == made[3:]


def test_the_newest_is_kept_even_when_it_alone_is_over_budget(tmp_path):
    made = fake_backups(tmp_path / "e.oogst", [900, 10, 10])
    backups.prune(tmp_path / "e.oogst", keep=20, budget=500)
    assert backups.list_backups(tmp_path / "e.oogst") == made[:1]


def test_backups_of_a_large_event_stay_within_the_budget(tmp_path, monkeypatch):
    path = tmp_path / "groot.oogst"
    with EventFile.create(path, title="Groot") as ev:
        for n in range(200):
            ev.add_note(text=f"Oogstpunt {n} " + "x" * 400)
        size = path.stat().st_size
        monkeypatch.setattr(backups, "BUDGET_BYTES", int(2.5 * size))
        made = [ev.backup() for _ in range(5)]
    kept = backups.list_backups(path)
    assert kept[:2] == made[-1:-3:-1] and len(kept) <= 2  # the two newest, nothing older
    assert sum(p.stat().st_size for p in kept) <= 2.5 * size


# -- no copy of the same bytes twice; nothing half-written counted ---------------------


def test_opening_an_unchanged_file_makes_no_new_copy(tmp_path):
    path = tmp_path / "e.oogst"
    with EventFile.create(path, title="E") as ev:
        ev.add_note(text="een")
    assert len(backups.list_backups(path)) == 1  # made on closing: it was never copied
    for _ in range(5):
        with EventFile.open(path) as ev:
            assert ev.wait_for_backup(30)
    assert len(backups.list_backups(path)) == 1
    with EventFile.open(path) as ev:  # a change: in the file at once, copied next time
        ev.add_note(text="twee")
    assert len(backups.list_backups(path)) == 1  # a backup of this session is recent
    with EventFile.open(path) as ev:
        assert ev.wait_for_backup(30)
    found = backups.list_backups(path)
    assert len(found) == 2 and found[0].name.endswith("-open.oogst")
    with EventFile.open(found[0], readonly=True) as copy:
        assert sorted(n.text for n in copy.notes()) == ["een", "twee"]


def test_a_file_changed_elsewhere_is_copied_on_opening(tmp_path):
    path = tmp_path / "e.oogst"
    EventFile.create(path, title="E").close()
    other = tmp_path / "ander.oogst"
    with EventFile.create(other, title="Ander") as ev:
        ev.add_note(text="van elders")
    os.replace(other, path)  # a copy from a USB stick put in its place
    with EventFile.open(path) as ev:
        assert ev.wait_for_backup(30)
    with EventFile.open(backups.list_backups(path)[0], readonly=True) as copy:
        assert [n.text for n in copy.notes()] == ["van elders"]


class Breaks:
    """A lock that breaks the backup after some steps (a crash half-way)."""

    def __init__(self, steps: int) -> None:
        self.left = steps

    def __enter__(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise OSError(28, "No space left on device")

    def __exit__(self, *exc: object) -> None:
        pass


def test_a_backup_broken_half_way_leaves_nothing_that_counts(tmp_path, monkeypatch):
    path = tmp_path / "e.oogst"
    with EventFile.create(path, title="E") as ev:
        for n in range(300):
            ev.add_note(text=f"Oogstpunt {n} " + "x" * 300)
        good = ev.backup()
        monkeypatch.setattr(backups, "STEP_PAGES", 2)
        with pytest.raises(OSError):
            backups.make_backup(ev._conn, path, reason="auto", lock=Breaks(5))
        assert backups.list_backups(path) == [good]
        assert not [p for p in backups.backup_folder(path).iterdir()
                    if p.suffix == ".partial"]
