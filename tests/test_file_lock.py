"""The lock holds whatever the process opens and closes (issue: the lock was lost).

POSIX locks belong to the process and vanish when any descriptor of the file
is closed; the event file's lock must not. Each test opens a meeting, does
what a program does behind SQLite's back (reads the file, shows a file
dialog on its folder), and then proves that another process can neither
write nor read it, with plain sqlite3 and with Oogst itself. The macOS way
(`flock` on a lock file) runs here too, forced; Windows' (SQLite's own
mandatory lock) with fcntl taken away.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import file_lock
from facilitator.errors import FileLocked, NewerVersion
from facilitator.eventfile import EventFile

linux_only = pytest.mark.skipif(not file_lock.supported(),
                                reason="the descriptor-owned lock is Linux's")


def other_process(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parent.parent)


def sqlite_write(path: Path) -> subprocess.CompletedProcess:
    return other_process(
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r}, timeout=0)\n"
        "c.execute(\"UPDATE event SET title = 'overschreven'\")\n"
        "c.commit()\n"
        "print('WROTE')\n")


def oogst_open(path: Path, method: str | None = None) -> subprocess.CompletedProcess:
    """Another Oogst opens `path` (with the lock `method` forced, if given)."""
    return other_process(
        (f"from facilitator import file_lock\nfile_lock.method = lambda: {method!r}\n"
         if method else "") +
        "from facilitator.eventfile import EventFile\n"
        "from facilitator.errors import FileLocked\n"
        "try:\n"
        f"    EventFile.open({str(path)!r}).close()\n"
        "    print('OPENED')\n"
        "except FileLocked:\n"
        "    print('LOCKED')\n")


@pytest.fixture
def meeting(tmp_path) -> Path:
    path = tmp_path / "bijeenkomst.oogst"
    with EventFile.create(path, title="Samenspel") as event:
        event.add_note(text="Eerste oogstpunt")
    return path


@linux_only
def test_reading_the_file_in_the_process_keeps_others_out(meeting):
    with EventFile.open(meeting) as event:
        with open(meeting, "rb") as fh:  # what a file-type sniffer does
            assert fh.read(16) == b"SQLite format 3\x00"
        written = sqlite_write(meeting)
        assert "WROTE" not in written.stdout
        assert "locked" in written.stderr
        assert oogst_open(meeting).stdout.strip() == "LOCKED"
        event.add_note(text="Tweede oogstpunt")  # we still write
        assert event.event().title == "Samenspel"
    assert [n.text for n in EventFile.open(meeting, readonly=True).notes()] == [
        "Eerste oogstpunt", "Tweede oogstpunt"]


@linux_only
def test_the_lock_is_free_after_closing(meeting):
    EventFile.open(meeting).close()
    assert "WROTE" in sqlite_write(meeting).stdout
    assert oogst_open(meeting).stdout.strip() == "OPENED"


@linux_only
def test_a_second_open_in_the_same_process_is_refused(meeting):
    with EventFile.open(meeting):
        with pytest.raises(FileLocked):
            EventFile.open(meeting)


@linux_only
def test_a_refused_open_leaves_the_file_free(meeting):
    import sqlite3
    conn = sqlite3.connect(meeting)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerVersion):
        EventFile.open(meeting)
    assert "WROTE" in sqlite_write(meeting).stdout  # nothing was left locked


@linux_only
def test_a_file_dialog_on_the_folder_does_not_open_the_door(meeting, qtbot):
    from PySide6.QtWidgets import QFileDialog
    with EventFile.open(meeting) as event:
        dialog = QFileDialog(None, "Open", str(meeting.parent), "Oogst (*.oogst);;* (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.selectFile(str(meeting))
        qtbot.wait(800)  # icons, types and sizes are read meanwhile
        dialog.reject()
        assert "locked" in sqlite_write(meeting).stderr
        assert oogst_open(meeting).stdout.strip() == "LOCKED"
        event.add_note(text="Na het dialoogvenster")
    assert "WROTE" in sqlite_write(meeting).stdout


def sniff_and_dialog(meeting: Path, qtbot) -> None:
    """What the program does to a file beside SQLite: read its first bytes, show
    a file dialog on its folder (which reads it for its type and size)."""
    from PySide6.QtWidgets import QFileDialog
    with open(meeting, "rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    dialog = QFileDialog(None, "Open", str(meeting.parent), "Oogst (*.oogst);;* (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.selectFile(str(meeting))
    qtbot.wait(500)
    dialog.reject()


@pytest.mark.skipif(os.name != "posix", reason="flock is the macOS (Unix) way")
def test_the_macos_lock_holds_after_the_process_closes_a_descriptor(meeting, monkeypatch,
                                                                     qtbot):
    """The "flock" method (macOS: no OFD locks), forced on this machine."""
    monkeypatch.setattr(file_lock, "method", lambda: "flock")
    lock = file_lock.lock_file(meeting)
    with EventFile.open(meeting) as event:
        assert lock.is_file() and stat.S_IMODE(lock.stat().st_mode) == 0o600
        sniff_and_dialog(meeting, qtbot)
        assert oogst_open(meeting, "flock").stdout.strip() == "LOCKED"
        with pytest.raises(FileLocked):  # a second open in this process too
            EventFile.open(meeting)
        event.add_note(text="Na het snuffelen")
    assert not lock.exists()  # removed on release
    assert oogst_open(meeting, "flock").stdout.strip() == "OPENED"
    with EventFile.open(meeting, readonly=True) as event:
        assert [n.text for n in event.notes()][-1] == "Na het snuffelen"


@pytest.mark.skipif(os.name != "posix", reason="flock is the macOS (Unix) way")
def test_without_the_lock_file_a_closed_descriptor_would_let_another_oogst_in(
        meeting, monkeypatch, qtbot):
    """Why the lock file is there: with SQLite's POSIX lock alone, the same
    sniffing lets a second Oogst open the meeting (the finding of issue 9)."""
    monkeypatch.setattr(file_lock, "method", lambda: "sqlite")
    with EventFile.open(meeting):
        assert oogst_open(meeting, "sqlite").stdout.strip() == "LOCKED"  # held at first
        sniff_and_dialog(meeting, qtbot)
        assert oogst_open(meeting, "sqlite").stdout.strip() == "OPENED"


@pytest.mark.skipif(os.name != "posix", reason="flock is the macOS (Unix) way")
def test_a_lock_file_left_by_a_crash_does_not_lock(meeting, monkeypatch):
    monkeypatch.setattr(file_lock, "method", lambda: "flock")
    file_lock.lock_file(meeting).write_bytes(b"")  # no process holds it
    with EventFile.open(meeting) as event:
        event.add_note(text="Gewoon open")
    assert not file_lock.lock_file(meeting).exists()


@pytest.mark.skipif(os.name != "posix", reason="flock is the macOS (Unix) way")
def test_a_lock_file_removed_by_its_owner_meanwhile_is_taken_anew(meeting, monkeypatch):
    """The releasing owner removes the name while another process holds the
    old file open: that one must not count the old file as its lock."""
    import fcntl
    monkeypatch.setattr(file_lock, "method", lambda: "flock")
    first = file_lock.FileLock.acquire(meeting)
    real_flock = fcntl.flock
    calls = []

    def flock_after_release(fd, operation):
        if not calls:
            calls.append(fd)
            first.release()  # the owner lets go between our open and our flock
        return real_flock(fd, operation)

    monkeypatch.setattr(file_lock.fcntl, "flock", flock_after_release)
    # (as another process would: this process's own registry would refuse at once)
    second = file_lock._lock_flock(meeting)
    try:
        assert len(calls) == 1  # it did meet the removed file first
        assert os.path.samestat(os.fstat(second), file_lock.lock_file(meeting).stat())
        monkeypatch.setattr(file_lock.fcntl, "flock", real_flock)
        with pytest.raises(FileLocked):
            file_lock._lock_flock(meeting)
    finally:
        os.close(second)


def test_windows_path_imports_and_uses_sqlites_own_lock(meeting):
    """Windows (mocked: no fcntl module, os.name 'nt'): the module imports, the
    lock is SQLite's own (LockFileEx: mandatory, per handle), no lock file, and a
    second open is refused."""
    result = other_process(
        "import sys, os\n"
        "sys.modules['fcntl'] = None  # as on Windows: import fcntl fails\n"
        "from facilitator import file_lock\n"
        "assert file_lock.fcntl is None\n"
        "file_lock.os = type('os', (), {**{k: getattr(os, k) for k in dir(os)}, "
        "'name': 'nt'})\n"
        "assert file_lock.method() == 'sqlite' and not file_lock.supported()\n"
        "from facilitator.eventfile import EventFile\n"
        "from facilitator.errors import FileLocked\n"
        f"path = {str(meeting)!r}\n"
        "lock = file_lock.FileLock.acquire(path)\n"
        "assert lock.vfs is None and lock.kind == 'sqlite'\n"
        "lock.release(); lock.release()\n"
        "with EventFile.open(path) as ev:\n"
        "    assert ev._conn.file_lock.kind == 'sqlite'\n"
        "    assert not file_lock.lock_file(ev.path).exists()\n"
        "    ev.add_note(text='op Windows')\n"
        "    try:\n"
        "        EventFile.open(path)\n"
        "    except FileLocked:\n"
        "        print('LOCKED')\n"
        "print('DONE')\n")
    assert result.stdout.split() == ["LOCKED", "DONE"], result.stderr


@pytest.mark.skipif(os.name != "posix", reason="flock is the macOS (Unix) way")
def test_no_room_for_a_lock_file_falls_back_to_sqlites_lock(meeting, monkeypatch, caplog):
    """A lock file that cannot be made (say, a name too long for the folder) is
    logged; the meeting opens with SQLite's own lock, never a crash."""
    monkeypatch.setattr(file_lock, "method", lambda: "flock")
    monkeypatch.setattr(file_lock, "lock_file",
                        lambda path: path.with_name("." + "x" * 300 + ".lock"))
    with EventFile.open(meeting) as event:
        assert event._conn.file_lock.kind == "sqlite"
        event.add_note(text="toch open")
        with pytest.raises(FileLocked):
            EventFile.open(meeting)
    assert "no lock file beside" in caplog.text


@pytest.mark.parametrize("method", ["sqlite", "flock"])
def test_opening_a_file_this_process_holds_never_touches_it(meeting, monkeypatch, method):
    """A second open (or a read-only one, or `oogst check`) of a meeting this process
    has open is refused before the file is read: reading its header and closing
    that descriptor would drop SQLite's POSIX lock (macOS, Windows' SQLite lock
    aside), and plain sqlite3 could then write it."""
    from facilitator import storage
    monkeypatch.setattr(file_lock, "method", lambda: method)
    with EventFile.open(meeting) as event:
        opened = []
        real_open = type(meeting).open
        monkeypatch.setattr(type(meeting), "open", lambda self, *a, **k: (
            opened.append(self), real_open(self, *a, **k))[1])
        for attempt in (lambda: EventFile.open(meeting), lambda: EventFile.open(
                meeting, readonly=True), lambda: storage.stored_version(meeting)):
            with pytest.raises(FileLocked):
                attempt()
        monkeypatch.setattr(type(meeting), "open", real_open)
        assert opened == []
        assert "locked" in sqlite_write(meeting).stderr  # SQLite's lock still holds
        event.add_note(text="Nog steeds van ons")
    assert not file_lock.held_here(meeting)
    assert "WROTE" in sqlite_write(meeting).stdout
