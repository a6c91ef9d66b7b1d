"""Clear dialogs for files that cannot be opened; the exception hook logs and explains."""
from __future__ import annotations

import sqlite3

import pytest

from facilitator import backups
from facilitator.eventfile import EventFile
from ui import errors


def test_not_an_event_file(window, boxes, tmp_path):
    path = tmp_path / "notulen.oogst"
    path.write_text("Dit is een Word-document, geen bijeenkomst.", encoding="utf-8")
    assert window.open_path(path) is False
    assert window.bridge is None
    [box] = boxes.shown
    assert box["text"] == "“notulen.oogst” is not an Oogst file"
    assert "Its name ends in .oogst, but inside it is not an event" in box["info"]
    assert "Traceback" not in boxes.texts() + box["detail"]


def test_other_sqlite_database(window, boxes, tmp_path):
    path = tmp_path / "adresboek.oogst"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE adres (naam TEXT)")
    conn.close()
    assert window.open_path(path) is False
    assert "is not an Oogst file" in boxes.shown[0]["text"]


def test_locked_file(window, boxes, event_path):
    other = EventFile.open(event_path)  # another window or instance has it
    try:
        assert window.open_path(event_path) is False
        [box] = boxes.shown
        assert box["text"] == "“wijkgesprek.oogst” is already open"
        assert "Close it there first" in box["info"]
    finally:
        other.close()
    assert window.open_path(event_path) is True  # free again


def test_damaged_file_offers_the_newest_backup(window, boxes, event_path):
    EventFile.open(event_path).close()  # makes backups (open and close)
    assert backups.list_backups(event_path)
    data = event_path.read_bytes()
    event_path.write_bytes(data[: len(data) // 2])  # cut off, like a broken copy
    boxes.click = "Restore the newest backup"
    assert window.open_path(event_path) is True
    assert "is damaged" in boxes.shown[0]["text"]
    assert window.bridge.event.event().title == "Wijkgesprek Zuid"
    kept = list(event_path.parent.glob("wijkgesprek.oogst.replaced-*"))
    assert len(kept) == 1  # the damaged file is kept, never thrown away


def test_damaged_file_without_backup(window, boxes, tmp_path):
    path = tmp_path / "kapot.oogst"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    assert window.open_path(path) is False
    assert "There is no backup of this file." in boxes.shown[0]["info"]
    assert "Restore the newest backup" not in boxes.shown[0]["buttons"]


def test_newer_version(window, boxes, event_path):
    with sqlite3.connect(event_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert window.open_path(event_path) is False
    assert "newer Oogst" in boxes.shown[0]["text"]


def test_read_only_folder(window, boxes, event_path):
    import os
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    event_path.parent.chmod(0o555)
    try:
        assert window.open_path(event_path) is False
        assert "cannot be changed here" in boxes.shown[0]["text"]
    finally:
        event_path.parent.chmod(0o755)


def test_exception_hook_logs_and_explains(window, boxes, event_path):
    window.open_path(event_path)
    errors.setup_logging()
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError as exc:
        errors.exception_hook(type(exc), exc, exc.__traceback__)
    [box] = boxes.shown
    assert box["text"] == "Oogst ran into an unexpected problem."
    assert "Your event file is safe" in box["info"]
    assert "Traceback" not in box["info"] + box["detail"]
    log = errors.log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log
    # A logged error can quote a name or a note: owner-only (issue 9).
    assert errors.log_file().stat().st_mode & 0o777 == 0o600
    assert errors.log_file().parent.stat().st_mode & 0o777 == 0o700
    # The file is intact and still open for work.
    assert window.bridge.event.integrity_check() == ["ok"]
    assert window.bridge.run(window.bridge.event.add_table, theme="Na de fout")


def test_exception_in_a_qt_slot_reaches_the_hook(window, boxes, qtbot, monkeypatch):
    import sys
    from PySide6.QtCore import QTimer
    monkeypatch.setattr(sys, "excepthook", errors.exception_hook)
    errors.setup_logging()

    def broken():
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(boxes.shown))
    assert "slot failed" in errors.log_file().read_text(encoding="utf-8")


def test_a_broken_file_named_oogst_is_not_told_to_end_in_oogst(tmp_path):
    """A file that has the right name but is not an event gets an explanation that
    fits it (issue 12, item 8), not "Oogst opens files ending in .oogst"."""
    from facilitator.errors import NotAnEventFile
    from ui.errors import open_error_text
    path = tmp_path / "verslag.oogst"
    path.write_bytes(b"PK\x03\x04 not sqlite at all")
    exc = NotAnEventFile("error.not_an_event_file", path=path, name=path.name)
    headline, text = open_error_text(exc)
    assert "verslag.oogst" in headline
    assert "ending in .oogst" not in text and ".oogst" in text
    other = NotAnEventFile("error.not_an_event_file", path=tmp_path / "a.xlsx", name="a.xlsx")
    assert "ending in .oogst" in open_error_text(other)[1]
