"""Opening in the window: the file is checked while the window paints, and a damaged
file is still closed and explained (with the way back) before anything is written."""
from __future__ import annotations

from facilitator import EventFile, backups


def test_a_damaged_file_is_closed_and_explained_after_the_first_paint(qtbot, window, boxes,
                                                                        damaged_index):
    path = damaged_index
    found, kept = path.read_bytes(), backups.list_backups(path)
    assert window.open_path(path)  # locked and on screen at once
    qtbot.waitUntil(lambda: window.bridge is None, timeout=20000)
    assert "beschadigd" in boxes.texts().lower() or "damaged" in boxes.texts().lower()
    assert path.read_bytes() == found  # nothing was written
    assert backups.list_backups(path) == kept  # and no damaged copy among the backups


def test_a_good_file_gets_its_opening_backup_in_the_background(qtbot, window, event_path):
    with EventFile.open(event_path) as elsewhere:  # changed since its newest backup
        elsewhere.add_note(text="op een andere dag")
    before = len(backups.list_backups(event_path))
    assert window.open_path(event_path)
    window.opening.wait(20)
    assert window.bridge.event.wait_for_backup(20)
    assert len(backups.list_backups(event_path)) == before + 1
    assert window.bridge is not None
    note = window.bridge.run(window.bridge.event.add_note, text="na het openen")
    assert note is not None
