"""The action agenda: add by typing, edit level/status/due date in place, sort, delete;
follow-up meetings."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from facilitator.eventfile import EventFile
from ui.actions_view import ActionsModel, ActionsView, DateEditor, FollowUpsModel

from gui_helpers import show


def make_view(qtbot, bridge) -> ActionsView:
    return show(qtbot, ActionsView(bridge))


def cell(view, action_id, column):
    row = view.model.row_of(action_id)
    return view.proxy.mapFromSource(view.model.index(row, column))


def open_editor(qtbot, view, index):
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    return editor


def commit(qtbot, view, editor):
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)


def test_add_an_action_by_typing(qtbot, bridge):
    view = make_view(qtbot, bridge)
    view.new_action.setFocus()
    qtbot.keyClicks(view.new_action, "Regionale werkagenda opstellen")
    qtbot.keyClick(view.new_action, Qt.Key.Key_Return)
    assert [a.what for a in bridge.event.actions()] == ["Regionale werkagenda opstellen"]
    assert view.new_action.text() == "" and view.new_action.hasFocus()
    assert view.proxy.rowCount() == 1


def test_edit_level_status_due_date_partners_in_place(qtbot, bridge, event_ids):
    action_id = bridge.run(bridge.event.add_action, what="Pilot starten",
                           owner="Gemeente Zwolle")
    view = make_view(qtbot, bridge)

    editor = open_editor(qtbot, view, cell(view, action_id, ActionsModel.LEVEL))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("regionaal"))
    commit(qtbot, view, editor)

    editor = open_editor(qtbot, view, cell(view, action_id, ActionsModel.STATUS))
    editor.setCurrentIndex(editor.findData("bezig"))
    commit(qtbot, view, editor)

    editor = open_editor(qtbot, view, cell(view, action_id, ActionsModel.DUE))
    date_editor = editor.parent() if not isinstance(editor, DateEditor) else editor
    assert isinstance(date_editor, DateEditor)
    date_editor.edit.setDate(QDate(2018, 3, 1))
    commit(qtbot, view, editor)

    editor = open_editor(qtbot, view, cell(view, action_id, ActionsModel.PARTNERS))
    editor.selectAll()
    qtbot.keyClicks(editor, "Movisie, Zorgverzekeraar VGZ ,  ")
    commit(qtbot, view, editor)

    action = bridge.event.action(action_id)
    assert (action.level, action.status, action.due_date, action.partners) == (
        "regionaal", "bezig", "2018-03-01", ("Movisie", "Zorgverzekeraar VGZ"))
    # shown in the interface language, with a real date
    assert view.proxy.data(cell(view, action_id, ActionsModel.LEVEL)) in ("Regionaal",
                                                                         "Regional")
    assert "2018" in view.proxy.data(cell(view, action_id, ActionsModel.DUE))

    # the date can be cleared again, and a period given instead
    editor = open_editor(qtbot, view, cell(view, action_id, ActionsModel.DUE))
    date_editor = editor.parent() if not isinstance(editor, DateEditor) else editor
    date_editor.clear_button.click()
    commit(qtbot, view, date_editor.edit)
    assert view.model.setData(view.model.index(view.model.row_of(action_id),
                                               ActionsModel.PERIOD), "voorjaar 2018")
    action = bridge.event.action(action_id)
    assert (action.due_date, action.period) == (None, "voorjaar 2018")

    bridge.close()
    with EventFile.open(event_ids["path"]) as event:
        again = event.action(action_id)
    assert (again.level, again.status, again.period) == ("regionaal", "bezig",
                                                         "voorjaar 2018")


def test_sorting_by_owner_level_and_due_date(qtbot, bridge):
    event = bridge.event
    a = event.add_action(what="A", owner="Zorgkantoor", level="landelijk", due_date="2018-06-01")
    b = event.add_action(what="B", owner="Gemeente", level="zelf", due_date=None)
    c = event.add_action(what="C", owner="movisie", level="regionaal", due_date="2018-01-15")
    view = make_view(qtbot, bridge)

    def order():
        return [view.proxy.data(view.proxy.index(r, ActionsModel.WHAT))
                for r in range(view.proxy.rowCount())]

    assert order() == ["A", "B", "C"]
    view.sort_by(ActionsModel.OWNER)
    assert order() == ["B", "C", "A"]  # case-insensitive
    view.sort_by(ActionsModel.LEVEL)
    assert order() == ["B", "C", "A"]  # zelf < regionaal < landelijk
    view.sort_by(ActionsModel.DUE)
    assert order() == ["C", "A", "B"]  # no date last
    view.agenda_order()
    assert order() == ["A", "B", "C"]
    # sorting never changed the agenda's own order in the file
    assert [x.id for x in event.actions()] == [a, b, c]


def test_delete_an_action_and_undo(qtbot, bridge):
    keep = bridge.run(bridge.event.add_action, what="blijft")
    gone = bridge.run(bridge.event.add_action, what="weg")
    view = make_view(qtbot, bridge)
    view.table.setFocus()
    view.table.selectRow(cell(view, gone, 0).row())
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [a.id for a in bridge.event.actions()] == [keep]
    assert view.proxy.rowCount() == 1
    bridge.undo()
    assert [a.id for a in bridge.event.actions()] == [keep, gone]
    assert view.proxy.rowCount() == 2


def test_source_note_is_shown(qtbot, bridge, event_ids):
    note = bridge.event.add_note(text="Eén loket voor zorg en welzijn",
                                 table_id=event_ids["tables"][0])
    view = make_view(qtbot, bridge)
    action_id = bridge.run(bridge.event.action_from_note, note)
    assert view.proxy.data(cell(view, action_id, ActionsModel.SOURCE)) == \
        "Eén loket voor zorg en welzijn"
    bridge.run(bridge.event.update_note, note, text="Eén loket")
    assert view.proxy.data(cell(view, action_id, ActionsModel.SOURCE)) == "Eén loket"


def test_follow_up_meetings(qtbot, bridge):
    view = make_view(qtbot, bridge)
    view.new_follow_up.setFocus()
    qtbot.keyClicks(view.new_follow_up, "Terugkomdag regionale agenda")
    qtbot.keyClick(view.new_follow_up, Qt.Key.Key_Return)
    meetings = bridge.event.follow_ups()
    assert [m.topic for m in meetings] == ["Terugkomdag regionale agenda"]
    model = view.follow_model
    assert model.setData(model.index(0, FollowUpsModel.DATE), "2018-04-12")
    assert model.setData(model.index(0, FollowUpsModel.ORGANISER), "Movisie")
    meeting = bridge.event.follow_ups()[0]
    assert (meeting.date, meeting.organiser) == ("2018-04-12", "Movisie")
    assert "2018" in model.data(model.index(0, FollowUpsModel.DATE))
    view.follow_table.selectRow(0)
    view.delete_follow_ups()
    assert bridge.event.follow_ups() == []
    bridge.undo()
    assert len(bridge.event.follow_ups()) == 1
