"""Bad input gets a clear message and loses nothing: the file-level safety nets."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator import (DamagedFile, EventFile, FileLocked, NewerVersion, NotAnEventFile,
                         ReadOnlyLocation)
from facilitator import backups
from facilitator.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def small_file(tmp_path):
    path = tmp_path / "meeting.oogst"
    with EventFile.create(path, title="Bijeenkomst") as ev:
        table = ev.add_table(theme="Wonen")
        for i in range(20):
            ev.add_note(text=f"oogstpunt {i} " + "x" * 200, table_id=table)
    return path


def test_not_sqlite(tmp_path):
    path = tmp_path / "letter.oogst"
    path.write_text("Beste deelnemers, hierbij het verslag.")
    with pytest.raises(NotAnEventFile, match="not an Oogst event file"):
        EventFile.open(path)
    assert path.read_text().startswith("Beste")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.oogst"
    path.touch()
    with pytest.raises(NotAnEventFile, match="empty"):
        EventFile.open(path)
    assert path.stat().st_size == 0


def test_missing_file(tmp_path):
    with pytest.raises(NotAnEventFile, match="does not exist"):
        EventFile.open(tmp_path / "nope.oogst")


def test_other_programs_database(tmp_path):
    path = tmp_path / "other.oogst"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnEventFile, match="another program"):
        EventFile.open(path)


def test_truncated_file(small_file):
    data = small_file.read_bytes()
    small_file.write_bytes(data[: len(data) // 2])
    before = digest(small_file)
    with pytest.raises(DamagedFile) as info:
        EventFile.open(small_file)
    assert "damaged" in str(info.value)
    assert info.value.backups, "the last good backup is offered"
    assert digest(small_file) == before


def test_corrupted_page_fails_integrity_check(small_file):
    conn = sqlite3.connect(small_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note'").fetchone()[0]
    conn.close()
    data = bytearray(small_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    data[start + 8:start + page_size] = b"\xff" * (page_size - 8)  # the notes' root page
    small_file.write_bytes(bytes(data))
    before = digest(small_file)
    with pytest.raises(DamagedFile) as info:
        EventFile.open(small_file)
    assert "damaged" in str(info.value)
    assert digest(small_file) == before


def test_newer_schema_is_refused_untouched(small_file):
    conn = sqlite3.connect(small_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(small_file)
    with pytest.raises(NewerVersion, match="newer version of Oogst"):
        EventFile.open(small_file)
    with pytest.raises(NewerVersion):
        EventFile.open(small_file, readonly=True)
    assert digest(small_file) == before


def test_second_open_in_same_process_is_refused(small_file):
    with EventFile.open(small_file):
        with pytest.raises(FileLocked, match="open in another Oogst"):
            EventFile.open(small_file)
        with pytest.raises(FileLocked):
            EventFile.open(small_file, readonly=True)
    EventFile.open(small_file).close()  # released on close


def test_second_instance_in_other_process_is_refused(small_file):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {str(ROOT)!r})
            from facilitator import EventFile
            ev = EventFile.open({str(small_file)!r})
            print("open", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileLocked):
            EventFile.open(small_file)
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en",
                                 "info", str(small_file)], capture_output=True, text=True)
        assert result.returncode == 1
        assert "open in another Oogst" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # The operating system released the lock of the killed holder.
    with EventFile.open(small_file) as ev:
        assert len(ev.notes()) == 20


def _without_root_powers(args: list[str]) -> subprocess.CompletedProcess:
    """Run a command that respects file permissions even when we are root.

    Root ignores read-only marks through the DAC_OVERRIDE capability; CI runs
    as root, so the child drops that capability (setpriv, from util-linux).
    """
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("setpriv is needed to test read-only files as root")
        args = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *args]
    return subprocess.run(args, capture_output=True, text=True, env=os.environ.copy())


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_file_or_folder(tmp_path, what):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "ro.oogst"
    EventFile.create(path, title="Alleen lezen").close()
    os.chmod(tmp_path, 0o755)
    if what == "file":
        os.chmod(folder, 0o777)
        os.chmod(path, 0o444)
    else:
        os.chmod(path, 0o666)
        os.chmod(folder, 0o555)
    before = digest(path)
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from facilitator import EventFile, ReadOnlyLocation
        try:
            EventFile.open({str(path)!r})
        except ReadOnlyLocation as exc:
            print("refused:", exc)
        with EventFile.open({str(path)!r}, readonly=True) as ev:
            print("title:", ev.event().title)
    """)
    try:
        if os.geteuid() != 0:
            with pytest.raises(ReadOnlyLocation):
                EventFile.open(path)
        result = _without_root_powers([sys.executable, "-c", code])
        assert "refused:" in result.stdout, result.stderr
        assert "read-only" in result.stdout or "cannot be written" in result.stdout
        assert "title: Alleen lezen" in result.stdout
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
    assert digest(path) == before


def test_backups_rotate_and_restore(small_file, monkeypatch):
    monkeypatch.setattr(backups, "KEEP", 3)
    with EventFile.open(small_file) as ev:
        for _ in range(5):
            ev.backup()
    kept = backups.list_backups(small_file)
    assert len(kept) == 3
    assert kept == sorted(kept, reverse=True)
    small_file.write_bytes(b"SQLite format 3\x00" + b"\0" * 50)  # ruined
    moved = backups.restore_backup(kept[0], small_file)
    assert moved is not None and moved.exists()  # the ruined file is kept aside
    with EventFile.open(small_file) as ev:
        assert len(ev.notes()) == 20


def test_auto_backup_during_a_long_meeting(small_file, monkeypatch):
    from facilitator import eventfile
    with EventFile.open(small_file) as ev:
        assert ev.wait_for_backup(30)  # the one made on opening, in the background
        before = len(backups.list_backups(small_file))
        monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 0)
        ev.add_perspective(name="Banken")
        assert ev.wait_for_backup(30)
        assert len(backups.list_backups(small_file)) == before + 1


def test_file_is_self_contained_after_each_commit(small_file):
    """No -wal file: a copy of the .oogst alone holds every committed note."""
    with EventFile.open(small_file) as ev:
        ev.add_note(text="net opgeslagen")
        copy = small_file.with_name("copy.oogst")
        shutil.copyfile(small_file, copy)
        assert not Path(str(small_file) + "-wal").exists()
    with EventFile.open(copy) as ev:
        assert any(n.text == "net opgeslagen" for n in ev.notes())


def test_opening_checks_integrity(small_file, monkeypatch):
    from facilitator import storage
    monkeypatch.setattr(storage, "_integrity_problems", lambda conn: ["row 3 missing"])
    with pytest.raises(DamagedFile, match="integrity check"):
        EventFile.open(small_file)


def test_lock_wait_is_short(small_file):
    with EventFile.open(small_file):
        started = time.monotonic()
        with pytest.raises(FileLocked):
            EventFile.open(small_file)
        assert time.monotonic() - started < 5  # no long hang for the facilitator


def test_full_disk_gives_a_message_and_keeps_saved_notes(small_file):
    from facilitator import OogstError
    with EventFile.open(small_file) as ev:
        table = ev.tables()[0].id
        pages = ev._conn.execute("PRAGMA page_count").fetchone()[0]
        ev._conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is full now
        with pytest.raises(OogstError, match="disk is full"):
            for i in range(200):
                ev.add_note(text="vol " + "x" * 3000, table_id=table)
        ev._conn.execute("PRAGMA max_page_count = 1073741823")
        ev.add_note(text="weer ruimte", table_id=table)
        assert ev.integrity_check() == ["ok"]
    with EventFile.open(small_file) as ev:
        assert any(n.text == "weer ruimte" for n in ev.notes())
        assert sum(n.text.startswith("oogstpunt") for n in ev.notes()) == 20


def test_short_file_with_hot_journal_is_rolled_back_not_refused(small_file):
    """A commit cut off by a crash: page 1 already says "bigger", the file is not
    yet grown, and the journal holds the old pages. SQLite repairs it on open."""
    original = small_file.read_bytes()
    conn = sqlite3.connect(small_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO note (id, created_at, updated_at, text) VALUES "
                 "('x', '2017', '2017', ?)", ("groot " * 20000,))
    conn.commit()
    conn.close()
    grown = small_file.read_bytes()
    assert len(grown) > len(original)
    # The journal of that transaction holds the original first page (and size).
    journal = small_file.with_name(small_file.name + "-journal")
    page_size = int.from_bytes(original[16:18], "big")
    header = bytearray(28)
    header[:8] = bytes([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7])  # journal magic
    header[8:12] = (1).to_bytes(4, "big")              # one page record
    header[12:16] = (12345).to_bytes(4, "big")         # checksum nonce
    header[16:20] = (len(original) // page_size).to_bytes(4, "big")  # original size
    header[20:24] = (512).to_bytes(4, "big")           # sector size
    header[24:28] = page_size.to_bytes(4, "big")
    page1 = original[:page_size]
    checksum = 12345
    for i in range(page_size - 200, 0, -200):
        checksum = (checksum + page1[i]) & 0xFFFFFFFF
    record = (1).to_bytes(4, "big") + page1 + checksum.to_bytes(4, "big")
    journal.write_bytes(bytes(header) + b"\0" * (512 - 28) + record)
    # The crash: page 1 of the new state written, the file not yet grown.
    small_file.write_bytes(grown[:page_size] + original[page_size:])
    with EventFile.open(small_file) as ev:
        assert ev.integrity_check() == ["ok"]
        assert len(ev.notes()) == 20  # rolled back to before the cut-off commit
