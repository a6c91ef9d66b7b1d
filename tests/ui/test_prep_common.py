"""What every preparation list shares (`ui/prep/common.py`): the selection follows a
deleted row and a row that comes back, and a re-read shows the file's order."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ui.prep.programme import ProgrammePage


def _current_title(page) -> str | None:
    index = page.view.currentIndex()
    if not index.isValid():
        return None
    assert page.view.selectionModel().isRowSelected(index.row(), index.parent())
    return page.model.record(index.row()).title


def test_delete_leaves_the_next_row_selected_and_ctrl_z_selects_the_one_back(
        window, qtbot, event_path):
    """In a preparation list, Delete leaves the row that took the deleted one's place
    selected (the last row when it was the last), and Ctrl+Z brings the deleted
    row back selected: the facilitator sees what came back."""
    window.open_path(event_path)
    bridge = window.bridge
    page = window.navigate("programme")
    assert isinstance(page, ProgrammePage)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.add_item()
    assert [p.title for p in bridge.event.programme()] == ["Opening", "New item", "Thematafels"]
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(1, 2))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [p.title for p in bridge.event.programme()] == ["Opening", "Thematafels"]
    assert _current_title(page) == "Thematafels"
    assert page.view.currentIndex().column() == 2  # the same column
    window.act_undo.trigger()
    assert [p.title for p in bridge.event.programme()] == ["Opening", "New item", "Thematafels"]
    assert _current_title(page) == "New item"
    page.view.setCurrentIndex(page.model.index(2, 0))  # the last row
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert _current_title(page) == "New item"


class _Record:
    def __init__(self, record_id: str) -> None:
        self.id = record_id


class _Bridge:
    def watch(self, _owner, _listener) -> None:
        pass


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abcdefgh"), unique=True),
       st.lists(st.sampled_from("abcdefgh"), unique=True))
def test_a_list_reread_shows_the_file_in_its_order_row_by_row(qapp, old, new):
    """Whatever changed (rows gone, rows back, rows moved, all at once), the list
    shows the records read, in their order; rows deleted or added are removed or
    inserted one block at a time, so a view keeps its selection and current row."""
    from PySide6.QtTest import QAbstractItemModelTester

    from ui.prep.common import Column, RecordModel
    now = [_Record(i) for i in old]
    model = RecordModel(_Bridge(), fetch=lambda: now, kinds={"x"},
                        columns=[Column("Id", lambda r: r.id)])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    arrived, resets = [], []
    model.recordsArrived.connect(arrived.append)
    model.modelReset.connect(lambda: resets.append(True))
    now = [_Record(i) for i in new]
    model.reload()
    assert [model.record(r).id for r in range(model.rowCount())] == new
    shrank = set(new) <= set(old) and [i for i in old if i in new] == new
    grew = set(old) <= set(new) and [i for i in new if i in old] == old
    if shrank or grew or sorted(old) == sorted(new):
        assert not resets
    if grew and new != old:
        assert arrived == [[i for i in new if i not in old]]
    else:
        assert arrived == []
