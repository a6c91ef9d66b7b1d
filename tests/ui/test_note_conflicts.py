"""A note changed on two laptops shows it in live capture: a ⇄ mark before its text, the
other version in its tooltip, and its context menu (right-click or the Menu key)
switches to that version in one undo step; undo brings the conflict and the mark back.
The marks are read once per notice that names merge conflicts, never per keystroke."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu

from facilitator import EventFile
from ui.capture.note_delegate import CONFLICT_COLOUR, STRIPE
from ui.main_window import MainWindow
from ui.merge_dialog import MergeDialog, run_merge_dialog
from ui.note_models import ConflictRole

from gui_helpers import focus_entry, show, type_note


def merged_with_a_conflict(qtbot, demo_file, tmp_path):
    """The demo handed out to table 1; one note changed in the copy and, later, in the
    event; the copy merged back through File > Merge."""
    with EventFile.open(demo_file) as ev:
        table = ev.tables()[0].id
        (copy,) = ev.hand_out(folder=tmp_path, table_ids=[table])
        note = ev.notes(table_id=table)[0]
        neighbour = ev.notes(table_id=table)[1]
    with EventFile.open(copy) as c:
        c.update_note(note.id, text="zoals tafel 1 het schreef")
    window = MainWindow()
    qtbot.addWidget(window)
    show(qtbot, window)
    window.open_path(demo_file)
    window.bridge.event.update_note(note.id, text="zoals de organisator het schreef")
    window.show_note(note.id)
    dialog = run_merge_dialog(window, window.bridge, [copy])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    dialog.close()
    return window, note.id, neighbour.id


def marked(tree, note_id: str) -> bool:
    """The note's text cell, as painted, shows the mark: pixels in the mark's colour
    after the perspective stripe, before the text."""
    index = tree.note_model.index_of(note_id)
    tree.scrollTo(index)
    tree.viewport().repaint()
    rect = tree.visualRect(index)
    assert tree.viewport().rect().contains(rect.topLeft())
    image = tree.viewport().grab().toImage()
    mark = QColor(CONFLICT_COLOUR).getRgb()[:3]
    return any(all(abs(a - b) <= 30 for a, b in zip(image.pixelColor(x, y).getRgb()[:3], mark))
               for x in range(rect.left() + STRIPE + 1, rect.left() + 60)
               for y in range(rect.top(), rect.bottom()))


def menu_by_keyboard(qtbot, tree) -> QMenu:
    """The note's context menu as the Menu key opens it."""
    shown: list[QMenu] = []

    def catch():  # inside the menu's own event loop, whenever it comes
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.append(menu)
            menu.hide()
            looking.stop()

    looking = QTimer(interval=20)
    looking.timeout.connect(catch)
    looking.start()
    tree.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    return shown[0]


def test_the_note_shows_the_other_version_and_switches_to_it(qtbot, demo_file, tmp_path):
    window, note_id, neighbour_id = merged_with_a_conflict(qtbot, demo_file, tmp_path)
    capture = window.pages["capture"]
    tree, model = capture.tree, capture.model
    qtbot.waitUntil(lambda: model.contains(note_id))
    index = model.index_of(note_id)
    assert index.data(ConflictRole) is True
    assert model.index_of(neighbour_id).data(ConflictRole) is False
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("zoals de organisator het schreef")
    assert "zoals tafel 1 het schreef" in tooltip  # the other version, below the note
    assert marked(tree, note_id)
    assert not marked(tree, neighbour_id)
    tree.viewport().grab().save(str(tmp_path / "mark.png"))

    tree.select_note(note_id)
    menu = menu_by_keyboard(qtbot, tree)
    use = menu.findChild(type(menu.actions()[0]), "useOtherVersion")
    assert "zoals tafel 1 het schreef" in use.text()
    use.trigger()
    event = window.bridge.event
    assert event.note(note_id).text == "zoals tafel 1 het schreef"
    assert model.index_of(note_id).data(Qt.ItemDataRole.DisplayRole) == \
        "zoals tafel 1 het schreef"
    assert model.index_of(note_id).data(ConflictRole) is False
    assert model.index_of(note_id).data(Qt.ItemDataRole.ToolTipRole) == \
        "zoals tafel 1 het schreef"
    assert not marked(tree, note_id)
    assert event.conflicts() == []

    window.act_undo.trigger()  # Edit > Undo: one step
    assert event.note(note_id).text == "zoals de organisator het schreef"
    assert model.index_of(note_id).data(ConflictRole) is True
    assert "zoals tafel 1 het schreef" in model.index_of(note_id).data(
        Qt.ItemDataRole.ToolTipRole)
    assert marked(tree, note_id)

    # Drop it from the menu: the note stays as it is, the mark goes.
    tree.select_note(note_id)
    menu = menu_by_keyboard(qtbot, tree)
    menu.findChild(type(menu.actions()[0]), "dropOtherVersion").trigger()
    assert event.note(note_id).text == "zoals de organisator het schreef"
    assert model.index_of(note_id).data(ConflictRole) is False
    window.close_event()


def test_the_menu_opens_the_note_s_versions(qtbot, demo_file, tmp_path):
    window, note_id, _ = merged_with_a_conflict(qtbot, demo_file, tmp_path)
    tree = window.pages["capture"].tree
    tree.select_note(note_id)
    menu = tree.make_menu()
    menu.findChild(type(menu.actions()[0]), "noteConflicts").trigger()
    dialog = next(w for w in window.findChildren(MergeDialog) if w.isVisible())
    assert dialog.note_id == note_id
    assert dialog.conflicts.count() == 1
    assert "zoals tafel 1 het schreef" in dialog.conflicts.item(0).text()
    dialog.use_button.click()  # the dialog switches (the current one becomes the other)
    assert window.bridge.event.note(note_id).text == "zoals tafel 1 het schreef"
    assert "zoals de organisator" in tree.note_model.index_of(note_id).data(
        Qt.ItemDataRole.ToolTipRole)
    dialog.close()
    window.close_event()


def test_typing_never_reads_the_conflicts(qtbot, demo_file, tmp_path, monkeypatch):
    window, note_id, _ = merged_with_a_conflict(qtbot, demo_file, tmp_path)
    capture = window.pages["capture"]
    reads = []
    conflicts = capture.model.conflicts
    original = conflicts.reload
    monkeypatch.setattr(conflicts, "reload", lambda: (reads.append(1), original())[1])
    window.activateWindow()
    focus_entry(qtbot, capture.bar)
    for text in ("een", "twee", "drie"):
        type_note(qtbot, capture.bar.entry, text)
    assert reads == []
    assert capture.model.index_of(note_id).data(ConflictRole) is True
    window.bridge.run(window.bridge.event.dismiss_conflict,
                      window.bridge.event.conflicts()[0].id)
    assert len(reads) == 1  # one read for the notice that names merge conflicts
    assert capture.model.index_of(note_id).data(ConflictRole) is False
    window.close_event()


def test_the_mark_speaks_dutch(qtbot, demo_file, tmp_path, dutch):
    window, note_id, _ = merged_with_a_conflict(qtbot, demo_file, tmp_path)
    tree = window.pages["capture"].tree
    tooltip = tree.note_model.index_of(note_id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Andere versie (bewaard bij het samenvoegen): “zoals tafel 1 het schreef”" in tooltip
    tree.select_note(note_id)
    texts = [a.text() for a in tree.make_menu().actions()]
    assert "De andere versie gebruiken: “zoals tafel 1 het schreef”" in texts
    assert "Andere versies van dit oogstpunt…" in texts
    window.close_event()


def test_the_plenary_view_marks_its_notes_too(qtbot, demo_file, tmp_path):
    with EventFile.open(demo_file) as ev:
        (copy,) = ev.hand_out(folder=tmp_path, table_ids=[ev.tables()[0].id])
        plenary = [n for n in ev.notes(table_id=None) if n.programme_item_id]
    window = MainWindow()
    qtbot.addWidget(window)
    show(qtbot, window)
    window.open_path(demo_file)
    window.navigate("plenary")
    note = next(n for n in plenary if window.pages["plenary"].show_note(n.id))
    with EventFile.open(copy) as c:
        c.update_note(note.id, text="plenair, zoals tafel 1 het schreef")
    window.bridge.event.update_note(note.id, text="plenair, zoals de organisator het schreef")
    window.show_note(note.id)
    assert window.current_page() == "plenary"
    section = window.pages["plenary"].sections[note.perspective_id]
    index = section.model.index_of(note.id)
    assert index.data(ConflictRole) is False
    window.bridge.run(window.bridge.event.merge_copies, [copy])
    index = section.model.index_of(note.id)
    assert index.data(ConflictRole) is True
    assert "plenair, zoals tafel 1 het schreef" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert marked(section.list, note.id)
    window.close_event()
