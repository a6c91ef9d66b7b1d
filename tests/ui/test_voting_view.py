"""Dot voting with the demo meeting: keyboard entry, budget, sorting, key points, reopen."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionViewItem

from ui.voting_view import SETTING_MODE, SETTING_PER_TABLE, VotesModel, VotingView

from gui_helpers import show


def table_with_round_notes(event):
    """(table, round question) of the demo with the most notes in one round."""
    best = None
    for table in event.tables():
        for question in event.round_questions(table.id):
            count = len(event.notes(table_id=table.id, question_id=question.id))
            if best is None or count > best[0]:
                best = (count, table, question)
    assert best and best[0] >= 6
    return best[1], best[2]


def open_view(qtbot, demo) -> tuple[VotingView, object, object]:
    view = show(qtbot, VotingView(demo.bridge))
    table, question = table_with_round_notes(demo.event)
    assert view.select_place("table", table.id)
    assert view.select_round(question.id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.table.hasFocus(), timeout=2000)
    return view, table, question


def type_dots(qtbot, view: VotingView, numbers: list[str]) -> None:
    """Type each number and press Enter, as a facilitator does."""
    for text in numbers:
        for char in text:  # each key goes where the focus is, as on a keyboard
            qtbot.keyClicks(QApplication.focusWidget(), char)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == text
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is view.table


def votes_in_view(demo, view: VotingView) -> list[int]:
    return [demo.event.note(i).votes for i in view.model.note_ids()]


def test_dots_by_keyboard_like_a_spreadsheet_column(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    ids = [t.note.id for t in demo.event.note_tree(table_id=table.id, question_id=question.id)]
    assert view.model.note_ids() == ids  # the notes' own order
    assert view.table.current_note_id() == ids[0]
    type_dots(qtbot, view, ["3", "12", "0", "5"])
    assert [demo.event.note(i).votes for i in ids[:4]] == [3, 12, 0, 5]
    assert view.table.current_note_id() == ids[4]
    # a typed digit replaces the old number, it is not appended
    view.table.select_note(ids[1])
    type_dots(qtbot, view, ["4"])
    assert demo.event.note(ids[1]).votes == 4
    assert view.table.current_note_id() == ids[2]
    # + and - adjust, Delete clears
    view.table.select_note(ids[0])
    qtbot.keyClick(view.table, Qt.Key.Key_Plus)
    qtbot.keyClick(view.table, Qt.Key.Key_Plus)
    qtbot.keyClick(view.table, Qt.Key.Key_Minus)
    assert demo.event.note(ids[0]).votes == 4
    view.table.select_note(ids[3])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert demo.event.note(ids[3]).votes == 0
    # one undo step per entry
    demo.bridge.undo()
    assert demo.event.note(ids[3]).votes == 5
    assert view.model.data(view.model.index(3, VotesModel.DOTS)) == "5"


def test_budget_and_warning(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    people = view.people_here()
    assert people >= 4
    view.dots_spin.setValue(2)
    assert view.budget() == 2 * people
    assert f"Budget: {2 * people} dots (2 × {people} participants) · used: 0" in \
        view.budget_label.text()
    type_dots(qtbot, view, [str(2 * people + 3)])
    assert view.budget_label.property("overBudget") is True
    assert "3 over budget" in view.budget_label.text()
    assert demo.event.note(view.model.note_ids()[0]).votes == 2 * people + 3  # not refused
    view.mode_combo.setCurrentIndex(view.mode_combo.findData("table"))
    view.dots_spin.setValue(40)
    assert view.budget() == 40 and view.budget_label.property("overBudget") is False
    assert QSettings().value(SETTING_MODE) == "table"
    assert int(QSettings().value(SETTING_PER_TABLE)) == 40
    again = VotingView(demo.bridge)
    qtbot.addWidget(again)
    assert again.budget_mode() == "table" and again.dots_spin.value() == 40


def test_a_seating_plan_gives_the_people_per_round(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    demo.bridge.run(demo.event.plan_seating, rounds=3)
    rounds = demo.event.round_questions(table.id)
    index = [q.id for q in rounds].index(question.id)
    plan = demo.event.seating()
    assert view.people_here() == len(plan.rounds[index][table.id])
    assert f"× {view.people_here()} participants" in view.budget_label.text()


def test_sort_by_votes_changes_the_view_order_only(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    natural = view.model.note_ids()
    type_dots(qtbot, view, ["1", "0", "6", "2"])
    qtbot.mouseClick(view.sort_check, Qt.MouseButton.LeftButton)
    assert view.sort_check.isChecked()
    ordered = view.model.note_ids()
    assert ordered[:3] == [natural[2], natural[3], natural[0]]
    assert votes_in_view(demo, view) == sorted(votes_in_view(demo, view), reverse=True)
    # the file's order is untouched
    assert [t.note.id for t in demo.event.note_tree(
        table_id=table.id, question_id=question.id)] == natural
    # entering a number re-sorts, and Enter goes to the note that was below
    view.table.select_note(natural[1])
    below = view.table.neighbour_id(1)
    view.table.setFocus()
    type_dots(qtbot, view, ["9"])
    assert view.model.note_ids()[0] == natural[1]
    assert view.table.current_note_id() == below
    qtbot.mouseClick(view.sort_check, Qt.MouseButton.LeftButton)
    assert view.model.note_ids() == natural


def test_key_point_checkbox_and_space(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    ids = view.model.note_ids()
    first = view.model.index(0, VotesModel.KEY)
    was = demo.event.note(ids[0]).key_point
    option = QStyleOptionViewItem()
    option.rect = view.table.visualRect(first)
    view.table.itemDelegateForIndex(first).initStyleOption(option, first)
    box = view.table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                            option, view.table)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    qtbot.waitUntil(lambda: demo.event.note(ids[0]).key_point is not was, timeout=2000)
    assert view.model.data(first, Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked if was else Qt.CheckState.Checked)
    view.table.select_note(ids[1])
    before = demo.event.note(ids[1]).key_point
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert demo.event.note(ids[1]).key_point is not before
    assert demo.event.undo_label == "op.edit_note"


def test_votes_and_key_points_survive_reopening(qtbot, demo):
    view, table, question = open_view(qtbot, demo)
    ids = view.model.note_ids()
    type_dots(qtbot, view, ["2", "7", "4"])
    view.table.select_note(ids[2])
    key_before = demo.event.note(ids[2]).key_point
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    view.close()
    demo.reopen()
    assert [demo.event.note(i).votes for i in ids[:3]] == [2, 7, 4]
    assert demo.event.note(ids[2]).key_point is not key_before
    again = show(qtbot, VotingView(demo.bridge))
    again.select_place("table", table.id)
    again.select_round(question.id)
    again.sort_check.setChecked(True)
    assert again.model.note_ids()[:3] == [ids[1], ids[2], ids[0]]
    assert "used: 13" in again.budget_label.text()


def test_plenary_and_all_rounds(qtbot, demo):
    view = show(qtbot, VotingView(demo.bridge))
    plenary = [i for i in demo.event.programme() if i.kind == "plenary"]
    assert plenary and view.select_place("plenary", plenary[0].id)
    assert not view.round_combo.isVisible()
    notes = demo.event.notes(table_id=None, programme_item_id=plenary[0].id)
    assert sorted(view.model.note_ids()) == sorted(n.id for n in notes)
    assert view.people_here() == len(demo.event.participants())
    table = demo.event.tables()[2]
    view.select_place("table", table.id)
    view.select_round("*")
    assert len(view.model.note_ids()) == len(demo.event.notes(table_id=table.id))


def test_the_seeds_emphasis_shows_its_words_without_the_marks(qtbot, demo):
    """Seed 002: "Het gaat vooral om **duurzaam organiseren**" (a general note of
    table 1): the voting list shows the words, as the minutes print them."""
    note = next(n for n in demo.event.notes() if "**duurzaam organiseren**" in n.text)
    view = show(qtbot, VotingView(demo.bridge))
    assert view.select_place("table", note.table_id)
    rows = [view.model.index(r, view.model.NOTE) for r in range(view.model.rowCount())]
    shown = [str(index.data()) for index in rows]
    assert any(s.strip() == "Het gaat vooral om duurzaam organiseren" for s in shown), shown
    assert not any("**" in s for s in shown)


def test_a_laptop_screen_beside_the_search_panel_fits_the_whole_page(qtbot, demo):
    """Long themes and questions are cut in the closed lists; the page is never wider
    than the room it gets, and "Sort by votes" stays in sight."""
    view, _table, _question = open_view(qtbot, demo)
    assert view.minimumSizeHint().width() <= 700
    view.resize(680, 600)
    qtbot.waitUntil(lambda: view.sort_check.geometry().right() <= view.width())
    assert view.sort_check.isVisible() and view.sort_check.width() > 0
    view.resize(1600, 600)
    qtbot.waitUntil(lambda: view.place_combo.width() > 400)  # room: the themes show
