"""The lock holds whatever the process opens and closes (issue: the lock was lost).

POSIX locks belong to the process and vanish when any descriptor of the file
is closed; the event file's lock must not. Each test opens a meeting, does
what a program does behind SQLite's back (reads the file, shows a file
dialog on its folder), and then proves that another process can neither
write nor read it, with plain sqlite3 and with Oogst itself.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import file_lock
from facilitator.errors import FileLocked, NewerVersion
from facilitator.eventfile import EventFile

pytestmark = pytest.mark.skipif(not file_lock.supported(),
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


def oogst_open(path: Path) -> subprocess.CompletedProcess:
    return other_process(
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


def test_the_lock_is_free_after_closing(meeting):
    EventFile.open(meeting).close()
    assert "WROTE" in sqlite_write(meeting).stdout
    assert oogst_open(meeting).stdout.strip() == "OPENED"


def test_a_second_open_in_the_same_process_is_refused(meeting):
    with EventFile.open(meeting):
        with pytest.raises(FileLocked):
            EventFile.open(meeting)


def test_a_refused_open_leaves_the_file_free(meeting):
    import sqlite3
    conn = sqlite3.connect(meeting)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerVersion):
        EventFile.open(meeting)
    assert "WROTE" in sqlite_write(meeting).stdout  # nothing was left locked


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
