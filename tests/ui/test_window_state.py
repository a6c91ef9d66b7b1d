"""The main window's state (ui/window_state.py): the first window fits the screen,
each file reopens where the facilitator was, every page focuses its main field."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow


# -- the window fits the screen; each file reopens where one was; the keyboard focus ----------

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 720), (1920, 1080)])
def test_the_first_window_fits_the_available_screen(qtbot, monkeypatch, width, height):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from ui import window_state
    available = QRect(0, 0, width, height - 40)  # a task bar
    frame = window_state.FRAME
    computed = window_state.fitted_geometry(available)
    assert available.contains(computed.marginsAdded(frame))
    # 90 % of the screen, also of a 1920×1080 one (a window manager's frame included)
    assert computed.width() >= int(width * 0.9) - frame.left() - frame.right()
    assert computed.height() >= int((height - 40) * 0.9) - frame.top() - frame.bottom()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(available))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.width() <= computed.width() and win.height() <= computed.height()
    assert available.contains(win.geometry().marginsAdded(frame))
    centre = win.geometry().center()
    assert abs(centre.x() - available.center().x()) < 20
    win.close()


def test_a_stored_geometry_larger_than_the_screen_is_shrunk(qtbot, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    big = MainWindow()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 1800, 1100)
    big.close()  # remembers the geometry
    available = QRect(0, 0, 1280, 680)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(available))
    small = MainWindow()
    qtbot.addWidget(small)
    assert small.width() <= 1280 and small.height() <= 680
    small.close()


def capture_at(window, table_index: int, round_index: int):
    capture = window.navigate("capture")
    capture.table_combo.setCurrentIndex(table_index)
    capture.round_combo.setCurrentIndex(round_index)
    return (capture.current_table_id(), capture.current_question_id())


def test_reopen_returns_to_the_page_table_and_round(qtbot, event_path):
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_path(event_path)
    place = capture_at(first, 1, 1)
    assert place[1] is not None
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(event_path)
    assert second.current_page() == "capture"
    capture = second.pages["capture"]
    assert (capture.current_table_id(), capture.current_question_id()) == place
    # Another page is remembered too.
    second.navigate("participants")
    second.close()
    third = MainWindow()
    qtbot.addWidget(third)
    assert third.open_path(event_path)
    assert third.current_page() == "participants"
    capture = third.pages["capture"]
    assert (capture.current_table_id(), capture.current_question_id()) == place
    third.close()


def test_reopen_on_the_general_notes_and_a_handout_on_its_newest_round(qtbot, event_path,
                                                                       tmp_path):
    """Left on a table's general notes, the file reopens there (not in a round); a
    hand-out copy opened for the first time starts at its table, in the round of its
    newest note, with the rounds listed and a note saved by Enter."""
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.open_path(event_path)
    capture = first.navigate("capture")
    capture.table_combo.setCurrentIndex(1)
    capture.round_combo.setCurrentIndex(capture.round_combo.count() - 1)  # general
    place = (capture.current_table_id(), capture.current_question_id())
    assert place[1] is None
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(event_path)
    capture = second.pages["capture"]
    assert (capture.current_table_id(), capture.current_question_id()) == place
    assert capture.round_combo.count() > 1
    second.close()

    from facilitator import EventFile
    with EventFile.open(event_path) as event:
        copy = event.hand_out(folder=tmp_path, table_ids=[event.tables()[0].id])[0]
        table = event.tables()[0]
        newest = max(event.notes(table_id=table.id), key=lambda n: n.created_at)
    third = MainWindow()
    qtbot.addWidget(third)
    assert third.open_path(copy)
    capture = third.pages["capture"]
    assert third.current_page() == "capture"
    assert capture.current_table_id() == table.id
    assert capture.current_question_id() == newest.question_id
    assert capture.round_combo.count() > 1
    third.close()


def test_the_place_is_per_file(window, event_path, tmp_path):
    from gui_helpers import build_event
    other = build_event(tmp_path / "ander.oogst")
    assert window.open_path(event_path)
    capture_at(window, 1, 0)
    assert window.open_path(other)
    assert window.current_page() == "programme"
    assert window.pages["capture"].table_combo.currentIndex() == 0
    assert window.open_path(event_path)
    assert window.current_page() == "capture"
    assert window.pages["capture"].table_combo.currentIndex() == 1


def test_a_language_switch_keeps_the_page_table_and_round(window, event_path, qm_dir):
    from ui import i18n
    assert window.open_path(event_path)
    place = capture_at(window, 1, 1)
    i18n.install("nl")
    window.retranslate()
    assert window.current_page() == "capture"
    capture = window.pages["capture"]
    assert (capture.current_table_id(), capture.current_question_id()) == place
    window.navigate("actions")
    i18n.install("en")
    window.retranslate()
    assert window.current_page() == "actions"
    capture = window.pages["capture"]
    assert (capture.current_table_id(), capture.current_question_id()) == place


def main_field(window, key):
    page = window.pages[key]
    return {"programme": lambda: (page.details.title_edit, page.view),
            "tables": lambda: (page.view,), "perspectives": lambda: (page.view,),
            "participants": lambda: (page.view,), "capture": lambda: (page.bar.entry,),
            "plenary": lambda: (page.bar.entry,), "actions": lambda: (page.new_action,),
            "seating": lambda: (page.make_button, page.grid),
            "voting": lambda: (page.table,),
            "review": lambda: (page.note, page.list)}[key]()


def test_every_page_puts_the_focus_in_its_main_field(window, qtbot, demo_or_small):
    from ui.main_window import PAGES
    assert window.open_path(demo_or_small)
    window.activateWindow()
    keys = [key for key, factory in PAGES if factory is not None]
    for number, key in reversed(list(enumerate(keys, start=1))):
        window.nav.setFocus()  # from anywhere, also from the navigation list
        if number < 10:
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL_SHIFT)
        else:  # the tenth page (action review) has no Ctrl+Shift+digit: View menu
            window.nav_actions[key].trigger()
        assert window.current_page() == key
        assert window.focusWidget() in main_field(window, key), (key, window.focusWidget())
    # Typing after Ctrl+Shift+7 lands in the "New action" field.
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL_SHIFT)
    qtbot.keyClicks(window.focusWidget(), "Bel de wethouder")
    assert window.pages["actions"].new_action.text() == "Bel de wethouder"


def test_the_navigation_list_keeps_the_focus_for_the_arrow_keys(window, qtbot, event_path):
    assert window.open_path(event_path)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "tables"
    assert window.nav.hasFocus()
    rect = window.nav.visualItemRect(window.nav.item(3))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "participants"
    assert window.focusWidget() is window.pages["participants"].view


def test_alt_t_and_down_keep_the_focus_on_the_table_combo(window, qtbot, demo_or_small):
    assert window.open_path(demo_or_small)
    event = window.bridge.event
    while len(event.tables()) < 3:
        window.bridge.run(event.add_table, theme=f"Extra {len(event.tables())}")
    capture = window.navigate("capture")
    window.activateWindow()
    capture.table_combo.setCurrentIndex(0)
    capture.bar.focus_entry()
    assert window.focusWidget() is capture.bar.entry
    # Alt+T is the "&Table:" label's mnemonic: it gives the focus to its buddy. (In the
    # note field Alt+T is now also the "quote" kind key (Citaat); the label's buddy is
    # what the mnemonic focuses.)
    capture.table_label.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert window.focusWidget() is capture.table_combo
    qtbot.keyClick(capture.table_combo, Qt.Key.Key_Down)
    assert window.focusWidget() is capture.table_combo
    qtbot.keyClick(capture.table_combo, Qt.Key.Key_Down)
    assert capture.table_combo.currentIndex() == 2
    assert window.focusWidget() is capture.table_combo
    assert capture.current_table_id() == event.tables()[2].id
    qtbot.keyClick(capture.table_combo, Qt.Key.Key_Return)
    assert window.focusWidget() is capture.bar.entry
    capture.round_label.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)  # Alt+R
    assert window.focusWidget() is capture.round_combo
    qtbot.keyClick(capture.round_combo, Qt.Key.Key_Down)
    assert window.focusWidget() is capture.round_combo
    qtbot.keyClick(capture.round_combo, Qt.Key.Key_Escape)
    assert window.focusWidget() is capture.bar.entry
