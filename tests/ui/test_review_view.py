"""The review page of a follow-up meeting, by keyboard: choose the status, type what
happened since, Enter: saved as one undo step, on to the next action."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.eventfile import EventFile
from facilitator.follow_up import create_follow_up
from ui.bridge import EventBridge
from ui.review_view import ReviewView

from gui_helpers import show, type_text

@pytest.fixture
def demo_file(demo_with_actions):
    """The demo after its five agenda points became actions (seed 002 has no action
    list; tests/conftest.py)."""
    return demo_with_actions[0]


@pytest.fixture
def follow_up(demo_file, tmp_path, qtbot):
    with EventFile.open(demo_file, readonly=True) as demo:
        later = create_follow_up(tmp_path / "vervolg.oogst", demo)
    bridge = EventBridge(later)
    yield bridge
    bridge.close()


def test_status_note_enter_saves_one_undo_step_and_moves_on(qtbot, follow_up):
    view = show(qtbot, ReviewView(follow_up))
    event = follow_up.event
    first, second = event.actions()[:2]
    assert view.list.count() == 5 and view.current_id() == first.id
    assert "Samenspel in beweging" in view.agreed.text()
    view.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.note)
    qtbot.keyClick(view.note, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # gereed
    type_text(qtbot, view.note, "Op 5 december gemaild")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    saved = event.action(first.id)
    assert (saved.status, saved.review_note) == ("gereed", "Op 5 december gemaild")
    assert event.undo_label == "op.review_action"
    assert view.current_id() == second.id and QApplication.focusWidget() is view.note
    assert view.list.item(0).text().endswith("· Done")
    follow_up.undo()
    back = event.action(first.id)
    assert (back.status, back.review_note) == ("open", "")
    assert view.list.item(0).text().endswith("· Open")


def test_status_by_combo_keys_and_a_new_date_enter_in_the_combo(qtbot, follow_up):
    view = show(qtbot, ReviewView(follow_up))
    event = follow_up.event
    view.list.setCurrentRow(1)
    target = event.actions()[1]
    view.status.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.status)
    qtbot.keyClick(view.status, Qt.Key.Key_Down)  # open -> in progress
    view.due.show_value("2026-02-01")
    qtbot.keyClick(view.status, Qt.Key.Key_Return)
    saved = event.action(target.id)
    assert (saved.status, saved.due_date, saved.review_note) == ("bezig", "2026-02-01", "")
    assert view.list.currentRow() == 2


def test_up_and_down_in_the_note_walk_the_actions_and_keep_what_was_typed(qtbot, follow_up):
    view = show(qtbot, ReviewView(follow_up))
    event = follow_up.event
    view.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.note)
    type_text(qtbot, view.note, "Loopt")
    qtbot.keyClick(view.note, Qt.Key.Key_Down)
    assert view.list.currentRow() == 1
    assert event.actions()[0].review_note == "Loopt"
    qtbot.keyClick(view.note, Qt.Key.Key_Up)
    assert view.list.currentRow() == 0 and view.note.text() == "Loopt"
    qtbot.keyClick(view.note, Qt.Key.Key_Return)  # nothing changed: no new undo step
    assert event.undo_label == "op.review_action"
    event.undo()
    assert event.undo_label is None


def test_a_meeting_without_carried_actions_says_so(qtbot, bridge):
    view = show(qtbot, ReviewView(bridge))
    assert view.list.count() == 0 and view.empty.isVisible()
    assert not view.editor.isEnabled()


def test_choosing_another_action_or_leaving_the_page_keeps_what_was_written(qtbot,
                                                                           follow_up):
    view = show(qtbot, ReviewView(follow_up))
    event = follow_up.event
    first, second, third = event.actions()[:3]
    view.note.setFocus()
    type_text(qtbot, view.note, "Gebeld")
    rect = view.list.visualItemRect(view.list.item(2))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_id() == third.id
    assert event.action(first.id).review_note == "Gebeld"
    view.choose_status("vervallen")
    view.hide()
    assert event.action(third.id).status == "vervallen"
    assert event.action(second.id).review_note == ""
