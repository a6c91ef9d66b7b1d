"""The notes list of live capture: reorder, nest, edit in place, delete and undo,
make an action, drag and drop; each checked in the event file."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid

from ui.capture import CaptureView
from ui.capture.note_delegate import NoteTextEditor
from ui.note_models import NoteTreeModel

from gui_helpers import focus_entry, show, type_note

ALT = Qt.KeyboardModifier.AltModifier


def view_with_notes(qtbot, bridge, texts) -> CaptureView:
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    for text in texts:
        type_note(qtbot, view.bar.entry, text)
    return view


def texts_in_file(bridge, view) -> list[tuple[str, int]]:
    tree = bridge.event.note_tree(table_id=view.current_table_id(),
                                  question_id=view.current_question_id())
    return [(t.note.text, t.depth) for t in tree]


def focus_tree_on(qtbot, view, text: str) -> str:
    note_id = next(i for i in view.model.note_ids() if view.model.note_at(
        view.model.index_of(i)).text == text)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    assert view.tree.select_note(note_id)
    return note_id


def test_alt_up_and_alt_down_reorder(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["a", "b", "c"])
    moved = focus_tree_on(qtbot, view, "c")
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, ALT)
    assert [t for t, _ in texts_in_file(bridge, view)] == ["a", "c", "b"]
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, ALT)
    assert [t for t, _ in texts_in_file(bridge, view)] == ["c", "a", "b"]
    assert view.tree.current_note_id() == moved  # the selection follows the note
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, ALT)  # at the top: nothing happens
    qtbot.keyClick(view.tree, Qt.Key.Key_Down, ALT)
    assert [t for t, _ in texts_in_file(bridge, view)] == ["a", "c", "b"]
    # the view shows the file's order
    assert [view.model.note_at(view.model.index(r, 0)).text for r in range(3)] == \
        ["a", "c", "b"]
    bridge.undo()
    assert [t for t, _ in texts_in_file(bridge, view)] == ["c", "a", "b"]


def test_tab_and_shift_tab_on_a_selected_note(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["a", "b", "c"])
    focus_tree_on(qtbot, view, "b")
    qtbot.keyClick(view.tree, Qt.Key.Key_Tab)
    assert texts_in_file(bridge, view) == [("a", 0), ("b", 1), ("c", 0)]
    assert view.tree.hasFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert texts_in_file(bridge, view) == [("a", 0), ("b", 0), ("c", 0)]


def test_edit_in_place_with_f2(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["schrijffout", "ander punt"])
    note_id = focus_tree_on(qtbot, view, "schrijffout")
    qtbot.keyClick(view.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, NoteTextEditor)
    editor.selectAll()
    qtbot.keyClicks(editor, "geen schrijffout meer")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: view.tree.state() != view.tree.State.EditingState)
    assert bridge.event.note(note_id).text == "geen schrijffout meer"
    assert view.model.data(view.model.index_of(note_id)) == "geen schrijffout meer"
    bridge.undo()
    assert bridge.event.note(note_id).text == "schrijffout"


def test_f2_on_a_long_note_shows_its_text_and_typing_adds_to_it(qtbot, bridge):
    """A note taller than the list: the editor is in sight, shows the note's end
    with the cursor there, and a key typed adds to the note instead of replacing
    it; Shift+Enter is a new line inside it, Esc leaves the note as it was."""
    long_text = " ".join(f"zin {i} over vertrouwen en ruimte voor experiment." for i in range(300))
    view = view_with_notes(qtbot, bridge, ["kort", long_text])
    note_id = focus_tree_on(qtbot, view, long_text)
    qtbot.keyClick(view.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, NoteTextEditor)
    assert editor.toPlainText() == long_text and not editor.textCursor().hasSelection()
    assert editor.textCursor().atEnd()
    seen = editor.geometry().intersected(view.tree.viewport().rect())
    assert seen.height() >= 3 * editor.fontMetrics().lineSpacing()
    qtbot.keyClicks(editor, " Nog een zin.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "En een regel.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tree.state() != view.tree.State.EditingState)
    assert bridge.event.note(note_id).text == long_text + " Nog een zin.\nEn een regel."
    assert view.tree.select_note(note_id)
    qtbot.keyClick(view.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "weg")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.tree.state() != view.tree.State.EditingState)
    assert bridge.event.note(note_id).text.endswith("En een regel.")


def test_kind_and_perspective_columns_edit_the_note(qtbot, bridge, event_ids):
    view = view_with_notes(qtbot, bridge, ["punt"])
    note_id = view.model.note_ids()[0]
    model = view.model
    assert model.setData(model.index_of(note_id, NoteTreeModel.KIND), "dilemma")
    assert model.setData(model.index_of(note_id, NoteTreeModel.PERSPECTIVE),
                         event_ids["perspectives"][3])
    assert model.setData(model.index_of(note_id, NoteTreeModel.SPEAKER), "Kees Fortuin")
    assert model.setData(model.index_of(note_id, NoteTreeModel.VOTES), 4)
    note = bridge.event.note(note_id)
    assert (note.kind, note.perspective_id, note.speaker_id, note.votes) == (
        "dilemma", event_ids["perspectives"][3], event_ids["kees"], 4)
    assert model.data(model.index_of(note_id, NoteTreeModel.PERSPECTIVE)) == "Banken"


def test_delete_key_deletes_and_undo_brings_it_back(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["houden", "weg", "ook houden"])
    note_id = focus_tree_on(qtbot, view, "weg")
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert [t for t, _ in texts_in_file(bridge, view)] == ["houden", "ook houden"]
    assert not view.model.contains(note_id)
    bridge.undo()
    assert [t for t, _ in texts_in_file(bridge, view)] == ["houden", "weg", "ook houden"]
    assert view.model.note_ids()[1] == note_id
    bridge.redo()
    assert not view.model.contains(note_id)


def test_deleting_a_parent_deletes_its_children_and_undo_restores_the_tree(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["ouder"])
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Tab)
    type_note(qtbot, view.bar.entry, "kind")
    focus_tree_on(qtbot, view, "ouder")
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert view.model.note_ids() == []
    bridge.undo()
    assert texts_in_file(bridge, view) == [("ouder", 0), ("kind", 1)]
    parent = view.model.index(0, 0)
    assert view.model.rowCount(parent) == 1


def test_make_action_from_the_context_menu(qtbot, bridge, messages):
    view = view_with_notes(qtbot, bridge, ["Gemeente en verzekeraar maken één loket"])
    note_id = focus_tree_on(qtbot, view, "Gemeente en verzekeraar maken één loket")
    menu = view.tree.make_menu()
    make = next(a for a in menu.actions() if a.objectName() == "makeAction")
    assert make.text()
    make.trigger()
    actions = bridge.event.actions()
    assert [(a.what, a.note_id) for a in actions] == [
        ("Gemeente en verzekeraar maken één loket", note_id)]
    assert any("agenda" in m.lower() for m in messages)
    # one undo step takes it back
    bridge.undo()
    assert bridge.event.actions() == []


def test_a_context_menu_is_deleted_when_it_closes(qtbot, bridge):
    """A context menu is built at every opening: closed, it goes (no menus pile up)."""
    view = view_with_notes(qtbot, bridge, ["punt"])
    focus_tree_on(qtbot, view, "punt")
    view.tree.menu_for_current()  # the Menu key
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.actions()
    menu.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(menu)
    assert view.tree.findChildren(QMenu) == []


def test_context_menu_changes_kind_and_perspective(qtbot, bridge, event_ids):
    view = view_with_notes(qtbot, bridge, ["punt"])
    note_id = focus_tree_on(qtbot, view, "punt")
    menu = view.tree.make_menu()
    kinds = next(a.menu() for a in menu.actions() if a.menu() and
                 a.menu().objectName() == "kindMenu")
    next(a for a in kinds.actions() if a.objectName() == "setKind_conclusion").trigger()
    menu = view.tree.make_menu()
    perspectives = next(a.menu() for a in menu.actions() if a.menu() and
                        a.menu().objectName() == "perspectiveMenu")
    target = event_ids["perspectives"][2]
    next(a for a in perspectives.actions()
         if a.objectName() == f"setPerspective_{target}").trigger()
    note = bridge.event.note(note_id)
    assert (note.kind, note.perspective_id) == ("conclusion", target)


def test_drag_and_drop_reorders_and_nests(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["a", "b", "c"])
    model = view.model
    ids = model.note_ids()
    # drop c before a (row 0 at the top level)
    data = model.mimeData([model.index_of(ids[2])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for t, _ in texts_in_file(bridge, view)] == ["c", "a", "b"]
    # the view then asks to remove the dragged row (a MoveAction): refused, the
    # notice has moved it already
    assert not model.removeRows(model.index_of(ids[2]).row(), 1, QModelIndex())
    assert [model.note_at(model.index(r, 0)).text for r in range(3)] == ["c", "a", "b"]
    # drop a at the end (below b): the note is taken out first
    data = model.mimeData([model.index_of(ids[0])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [t for t, _ in texts_in_file(bridge, view)] == ["c", "b", "a"]
    # drop b onto c: nested under it
    data = model.mimeData([model.index_of(ids[1])])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(ids[2]))
    assert texts_in_file(bridge, view) == [("c", 0), ("b", 1), ("a", 0)]
    # a note cannot go under itself
    data = model.mimeData([model.index_of(ids[2])])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                  model.index_of(ids[1]))
    assert texts_in_file(bridge, view) == [("c", 0), ("b", 1), ("a", 0)]


def test_votes_with_plus_and_minus(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["populair"])
    note_id = focus_tree_on(qtbot, view, "populair")
    qtbot.keyClick(view.tree, Qt.Key.Key_Plus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Plus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Minus)
    assert bridge.event.note(note_id).votes == 1
    assert view.model.data(view.model.index_of(note_id, NoteTreeModel.VOTES)) == "1"


def test_edits_elsewhere_update_only_the_changed_row(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["een", "twee"])
    resets, changed = [], []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    second = view.model.note_ids()[1]
    bridge.run(bridge.event.update_note, second, text="twee (verbeterd)")
    assert changed == [(1, 1)] and resets == []
    # a note in another table does not touch this list at all
    changed.clear()
    other_table = bridge.event.tables()[1].id
    bridge.run(bridge.event.add_note, text="elders", table_id=other_table)
    assert changed == [] and len(view.model.note_ids()) == 2


def test_one_note_typed_among_a_thousand_visits_only_the_rows_on_screen(qtbot, bridge):
    """After an insert the view lays out every row again: that walk must stay in C++
    (the model's shape lives in QStandardItems), and the delegate measures only the
    rows on screen, so typing at a busy table costs the same as at a quiet one."""
    import sys
    from collections import Counter
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    event = bridge.event
    place = {"table_id": view.current_table_id(), "question_id": view.current_question_id()}
    with event._writer.change("op.add_note"):  # one operation, as the benchmark builds
        for i in range(1000):
            event.add_note(text=f"notitie {i} " + "die lang doorgaat " * (i % 12), **place)
    assert view.model.note_count() == 1000
    QApplication.processEvents()
    calls: Counter[str] = Counter()

    def count(frame, what, _arg) -> None:
        if what == "call" and frame.f_code.co_filename.endswith(
                ("note_models.py", "note_tree.py", "note_delegate.py")):
            calls[frame.f_code.co_name] += 1

    sys.setprofile(count)
    try:
        type_note(qtbot, view.bar.entry, "nog eentje")
        QApplication.processEvents()  # laid out and painted
    finally:
        sys.setprofile(None)
    assert view.model.note_count() == 1001
    new = view.model.index_of(view.bar.last_id)
    assert view.tree.viewport().rect().intersects(view.tree.visualRect(new))  # on screen
    walked = {name: calls[name] for name in ("index", "parent", "rowCount", "hasChildren",
                                             "flags", "columnCount")}
    assert sum(walked.values()) < 100, walked  # not once per row
    assert 0 < calls["sizeHint"] < 300, calls["sizeHint"]  # the rows on screen, not 1,001


def test_the_current_note_stays_current_when_others_move(qtbot, bridge):
    view = view_with_notes(qtbot, bridge, ["a", "b", "c"])
    a = focus_tree_on(qtbot, view, "a")
    c = view.model.note_ids()[2]
    bridge.run(bridge.event.move_note, c, index=0)  # the rows are built again
    assert [t for t, _ in texts_in_file(bridge, view)] == ["c", "a", "b"]
    assert view.tree.current_note_id() == a
    assert view.tree.selected_note_ids() == [a]
def test_a_shown_list_outlives_the_tests_last_name_for_it(qtbot, bridge):
    """pytest-qt paints what a test left on screen after the test, when the test's names
    are gone. The capture view is in reference cycles (its watch, its lambdas), so
    Python's garbage collector would delete it at its next run, even in the middle of
    the note delegate's paint: a segmentation fault in one CI run. The conftest keeps
    every widget given to qtbot alive until pytest-qt has closed it."""
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    type_note(qtbot, view.bar.entry, "Een notitie met een gekleurde streep")
    assert view.model.note_at(view.model.index(0, 0)).perspective_id is not None
    watched = weakref.ref(view)
    del view
    gc.collect()
    view = watched()
    assert view is not None and isValid(view) and view.isVisible()
    assert not view.tree.grab().isNull()  # the stripe and the text painted on a live view


def test_text_typed_on_the_list_goes_into_the_note_field(qtbot, bridge):
    """Up into the list, then typing as if in the field: no key is lost, no note is
    jumped to; Enter then saves the note."""
    view = view_with_notes(qtbot, bridge, ["Geef vertrouwen", "ander punt"])
    focus_tree_on(qtbot, view, "ander punt")
    qtbot.keyClicks(view.tree, "G")
    assert QApplication.focusWidget() is view.bar.entry
    qtbot.keyClicks(view.bar.entry, "eef ruimte")
    assert view.bar.entry.text() == "Geef ruimte"
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Return)
    assert [t for t, _ in texts_in_file(bridge, view)] == [
        "Geef vertrouwen", "ander punt", "Geef ruimte"]


def test_on_a_narrow_list_the_note_keeps_half_the_width(qtbot, bridge):
    """A laptop screen with the search panel open: the columns beside the note give
    way, and come back when there is room (a width set by hand is kept)."""
    view = view_with_notes(qtbot, bridge, ["een notitie die wat langer is dan een paar woorden"])
    tree, header = view.tree, view.tree.header()
    view.resize(1300, 600)
    qtbot.waitUntil(lambda: header.sectionSize(NoteTreeModel.PERSPECTIVE) == 170)
    header.resizeSection(NoteTreeModel.SPEAKER, 220)  # by hand
    view.resize(600, 600)
    qtbot.waitUntil(lambda: header.sectionSize(NoteTreeModel.TEXT)
                    >= tree.viewport().width() // 2 - 2)
    assert header.sectionSize(NoteTreeModel.SPEAKER) < 220
    view.resize(1300, 600)
    qtbot.waitUntil(lambda: header.sectionSize(NoteTreeModel.SPEAKER) == 220)
    assert header.sectionSize(NoteTreeModel.PERSPECTIVE) == 170
