"""`NoteTreeModel` keeps up with the file from the change notice's ids: the right
row inserted at the right place (also nested), removed, updated, and the counts
right after add, undo, redo, delete and move; never a re-read for one note."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeView

from ui.capture import CaptureView
from ui.note_models import NoteTreeModel

from gui_helpers import focus_entry, show, type_note


def shown(model: NoteTreeModel) -> list[tuple[str, int]]:
    """(text, depth) of every row, walking the model as a view does."""
    out: list[tuple[str, int]] = []

    def walk(parent, depth):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append((model.note_at(index).text, depth))
            walk(index, depth + 1)

    from PySide6.QtCore import QModelIndex
    walk(QModelIndex(), 0)
    return out


def in_file(bridge, place) -> list[tuple[str, int]]:
    return [(t.note.text, t.depth) for t in bridge.event.note_tree(**place)]


@pytest.fixture
def setup(qtbot, bridge, event_ids):
    """A model of one table round, in a shown tree, that must never re-read its place."""
    table, question = event_ids["tables"][0], event_ids["rounds"][0]
    place = {"table_id": table, "question_id": question}
    view = show(qtbot, QTreeView())
    model = NoteTreeModel(bridge, view)
    view.setModel(model)
    model.set_loader(lambda: bridge.event.note_tree(**place),
                     place={**place, "programme_item_id": None})
    rereads = []
    original = model.refresh
    model.refresh = lambda: (rereads.append(1), original())[1]
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(
        (model.note_at(parent).id if parent.isValid() else None, first, last)))
    yield bridge, model, place, rereads, inserted  # (the view lives until the end)


def test_a_new_note_is_one_inserted_row_at_the_end(setup):
    bridge, model, place, rereads, inserted = setup
    before = model.note_count()
    new = bridge.run(bridge.event.add_note, text="nieuw", **place)
    assert inserted == [(None, model.rowCount() - 1, model.rowCount() - 1)]
    assert model.index_of(new).row() == model.rowCount() - 1
    assert model.note_count() == before + 1
    assert shown(model) == in_file(bridge, place)
    assert rereads == []


def test_a_nested_note_goes_under_its_parent_after_its_siblings(setup):
    bridge, model, place, rereads, inserted = setup
    parent = bridge.run(bridge.event.add_note, text="ouder", **place)
    first = bridge.run(bridge.event.add_note, text="kind 1", parent_id=parent, **place)
    second = bridge.run(bridge.event.add_note, text="kind 2", parent_id=parent, **place)
    deeper = bridge.run(bridge.event.add_note, text="kleinkind", parent_id=first, **place)
    assert inserted[-3:] == [(parent, 0, 0), (parent, 1, 1), (first, 0, 0)]
    assert model.index_of(second).parent() == model.index_of(parent)
    assert model.index_of(deeper).parent() == model.index_of(first)
    assert shown(model) == in_file(bridge, place)
    assert rereads == []


def test_a_note_elsewhere_changes_nothing(setup, event_ids):
    bridge, model, place, rereads, inserted = setup
    before = shown(model)
    bridge.run(bridge.event.add_note, text="andere tafel", table_id=event_ids["tables"][1],
               question_id=place["question_id"])
    assert shown(model) == before and inserted == [] and rereads == []


def test_undo_redo_delete_keep_rows_and_count_right(setup):
    bridge, model, place, rereads, _ = setup
    start = model.note_count()
    parent = bridge.run(bridge.event.add_note, text="ouder", **place)
    bridge.run(bridge.event.add_note, text="kind", parent_id=parent, **place)
    assert model.note_count() == start + 2
    bridge.undo()  # the child goes
    assert model.note_count() == start + 1 and shown(model) == in_file(bridge, place)
    bridge.redo()  # and comes back under its parent
    assert model.note_count() == start + 2 and shown(model) == in_file(bridge, place)
    bridge.run(bridge.event.delete_note, parent)  # with everything under it
    assert model.note_count() == start and shown(model) == in_file(bridge, place)
    bridge.undo()
    assert model.note_count() == start + 2 and shown(model) == in_file(bridge, place)
    assert rereads == []


def test_an_edit_updates_its_row_in_place(setup):
    bridge, model, place, rereads, inserted = setup
    note = bridge.run(bridge.event.add_note, text="eerst", **place)
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append(model.note_at(first).id))
    bridge.run(bridge.event.update_note, note, text="daarna", key_point=True)
    bridge.run(bridge.event.vote, note)
    assert changed == [note, note]
    assert model.note_at(model.index_of(note)).text == "daarna"
    assert rereads == []


def test_a_move_is_re_read_and_still_right(setup):
    bridge, model, place, rereads, _ = setup
    a = bridge.run(bridge.event.add_note, text="a", **place)
    b = bridge.run(bridge.event.add_note, text="b", **place)
    count = model.note_count()
    bridge.run(bridge.event.move_note, b, index=0)
    bridge.run(bridge.event.indent_note, a)  # a under b
    assert shown(model) == in_file(bridge, place)
    assert model.note_count() == count
    bridge.undo()
    bridge.undo()
    assert shown(model) == in_file(bridge, place) and model.note_count() == count


def test_typing_in_the_capture_view_inserts_and_counts(qtbot, bridge):
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    before = view.model.note_count()
    rereads = []
    view.model.refresh = lambda: rereads.append(1)
    type_note(qtbot, view.bar.entry, "getypt")
    assert view.model.note_count() == before + 1
    assert view.count_label.text().startswith(str(before + 1))
    assert view.model.note_at(view.model.index_of(view.bar.last_id)).text == "getypt"
    assert rereads == []


def test_a_leaf_says_it_has_no_children_until_it_gets_one(qtbot, bridge):
    from PySide6.QtCore import Qt
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    type_note(qtbot, view.bar.entry, "ouder")
    parent = view.bar.last_id
    never = Qt.ItemFlag.ItemNeverHasChildren
    assert view.model.flags(view.model.index_of(parent)) & never
    assert not view.model.hasChildren(view.model.index_of(parent))
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Tab)  # the next note goes under it
    type_note(qtbot, view.bar.entry, "kind")
    index = view.model.index_of(parent)
    assert not view.model.flags(index) & never and view.model.hasChildren(index)
    assert view.tree.isExpanded(index)  # and the child is on screen
    assert view.tree.visualRect(view.model.index_of(view.bar.last_id)).isValid()
