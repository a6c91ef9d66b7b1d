"""facilitator/private_copy.py (EventFile.private_copy): a consistent, read-only
copy of an open event in an owner-only temporary file, made on a background
thread while notes are typed, removed on close, on a failure and on cancel."""
from __future__ import annotations

import os
import sqlite3
import threading
import time

import pytest

from facilitator import backups, private_copy
from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.jobs import Cancelled


@pytest.fixture
def event(demo_file):
    with EventFile.open(demo_file) as ev:
        yield ev


def leftovers() -> list[str]:
    folder = private_copy.copies_folder()
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_copy_says_what_the_file_says_owner_only_and_goes_on_close(event):
    copy = event.private_copy()
    folder = copy._remove_on_close
    assert [n.text for n in copy.notes()] == [n.text for n in event.notes()]
    assert copy.event().title == event.event().title and copy.readonly
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        assert (folder / private_copy.NAME).stat().st_mode & 0o777 == 0o600
    with pytest.raises(sqlite3.OperationalError):  # read-only, whatever asks
        copy._conn.execute("DELETE FROM note")
    event.add_note(text="na de kopie", table_id=event.tables()[0].id)
    assert "na de kopie" not in [n.text for n in copy.notes()]
    copy.close()
    assert not folder.exists() and leftovers() == []


def test_a_copy_made_while_notes_are_typed_holds_whole_operations(event, monkeypatch):
    monkeypatch.setattr(backups, "STEP_PAGES", 2)  # many steps: typing lands between them
    table = event.tables()[0].id
    before = len(event.notes())
    made: list[EventFile] = []
    worker = threading.Thread(target=lambda: made.append(event.private_copy()))
    worker.start()
    typed = 0
    while worker.is_alive() or typed < 3:
        event.add_note(text=f"getypt {typed}", table_id=table)
        typed += 1
        time.sleep(0.001)
    worker.join()
    copy = made[0]
    try:
        assert copy.integrity_check() == ["ok"]
        texts = [n.text for n in copy.notes()]
        assert before <= len(texts) <= before + typed
        got = [t for t in texts if t.startswith("getypt ")]
        assert got == [f"getypt {i}" for i in range(len(got))]  # a prefix, none half
    finally:
        copy.close()
    assert leftovers() == []


def test_cancel_half_way_leaves_nothing(event, monkeypatch):
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    asked = []
    with pytest.raises(Cancelled):
        event.private_copy(should_abort=lambda: bool(asked.append(1)) or len(asked) > 2)
    assert len(asked) == 3 and leftovers() == []
    assert event.notes()  # the event itself is untouched and open


def test_a_full_disk_is_told_and_leaves_nothing(event, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(backups, "copy_database", full)
    with pytest.raises(OogstError) as caught:
        event.private_copy()
    assert caught.value.key == "error.copy_failed"
    assert "disk is full" in caught.value.text("en")
    assert leftovers() == []


def test_copies_left_by_a_killed_program_go_after_a_day(event):
    folder = backups.private_folder(private_copy.copies_folder())
    old, young = folder / "copy-old", folder / "copy-young"
    old.mkdir()
    young.mkdir()
    day_ago = time.time() - private_copy.STALE_SECONDS - 60
    os.utime(old, (day_ago, day_ago))
    event.private_copy().close()
    assert leftovers() == ["copy-young"]


def test_an_event_in_memory_copies_too():
    scratch = EventFile.in_memory()
    scratch.update_event(title="Kladblok")
    copy = scratch.private_copy()
    try:
        assert copy.event().title == "Kladblok" and copy.path is None
    finally:
        copy.close()
        scratch.close()
    assert leftovers() == []
