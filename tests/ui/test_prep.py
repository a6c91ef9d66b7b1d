"""Preparation views: event details, perspectives (colour, order), questions, rounds."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QApplication, QColorDialog

from facilitator.eventfile import EventFile
from ui.bridge import EventBridge
from facilitator.colours import PERSPECTIVE_COLOURS
from ui.prep.perspectives import PerspectivesPage
from ui.prep.programme import ProgrammePage
from ui.prep.tables import TablesPage


def open_bridge(path):
    return EventBridge(EventFile.open(path))


def test_event_details_form(qtbot, event_path):
    bridge = open_bridge(event_path)
    page = ProgrammePage(bridge)
    qtbot.addWidget(page)
    form = page.details
    assert form.title_edit.text() == "Wijkgesprek Zuid"
    assert form.date.date() == QDate(2024, 3, 14)
    form.venue.setText("Wijkcentrum 't Anker")
    form.venue.editingFinished.emit()
    form.date.setDate(QDate(2024, 4, 2))
    form.date.editingFinished.emit()
    form.status.setCurrentIndex(form.status.findData("definitief"))
    form.status.activated.emit(form.status.currentIndex())
    form.version.setValue(2)
    event = bridge.event.event()
    assert (event.venue, event.date, event.minutes_status, event.minutes_version) == (
        "Wijkcentrum 't Anker", "2024-04-02", "definitief", 2)
    # "No date" is the lowest date of the edit.
    form.date.setDate(form.date.minimumDate())
    form.date.editingFinished.emit()
    assert bridge.event.event().date is None
    assert form.date.text() == "No date"
    # Undo brings the date back, and the form shows it.
    bridge.undo()
    assert form.date.date() == QDate(2024, 4, 2)
    bridge.close()


def test_event_fields_take_no_more_than_the_file_keeps(qtbot, event_path):
    """A pasted text longer than the file takes is cut at its limit in the field,
    so what the field shows is what is saved (not refused while it says saved)."""
    from facilitator.oplib import FIELD_LIMITS
    bridge = open_bridge(event_path)
    page = ProgrammePage(bridge)
    qtbot.addWidget(page)
    page.details.subtitle.setText("x" * 2_100)
    page.details.subtitle.editingFinished.emit()
    assert bridge.event.event().subtitle == "x" * FIELD_LIMITS["subtitle"]
    assert page.details.subtitle.text() == bridge.event.event().subtitle
    bridge.close()


def test_ctrl_z_in_a_field_with_nothing_of_its_own_to_undo_is_the_meetings(
        window, qtbot, event_path):
    """Add a table: the theme field has the focus, untouched; Ctrl+Z takes the table
    back (the field swallowed it). Typed text is the field's to undo first."""
    window.open_path(event_path)
    window.activateWindow()
    page = window.navigate("tables")
    before = [t.id for t in window.bridge.event.tables()]
    page.add_table()
    theme = page.details.theme
    qtbot.waitUntil(lambda: QApplication.focusWidget() is theme)
    qtbot.keyClicks(theme, "Wonen")
    qtbot.keyClick(theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.bridge.event.tables()) == len(before) + 1  # the typing went first
    while theme.isUndoAvailable():
        qtbot.keyClick(theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [t.id for t in window.bridge.event.tables()] == before


def test_a_very_long_name_does_not_widen_the_host_list(qtbot):
    from ui.prep.tables import PersonCombo
    combo = PersonCombo()
    qtbot.addWidget(combo)
    long_name = "Anna " + "van der Berg-" * 23 + "Jansen"
    combo.fill([(long_name, "p1"), ("Bert", "p2")], "p1")
    assert combo.currentData() == "p1" and combo.currentText().endswith("…")
    assert len(combo.currentText()) == PersonCombo.ITEM_CHARACTERS
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == long_name
    assert combo.itemText(2) == "Bert"


def test_tab_leaves_a_preparation_list(window, qtbot, event_path):
    """Tab from the theme tables list goes on to the table's form (it cycled the
    selection through the tables, a keyboard trap)."""
    window.open_path(event_path)
    window.activateWindow()
    page = window.navigate("tables")
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.selectRow(0)
    current = page.current_table()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert not page.view.hasFocus() and page.current_table() == current


def test_programme_add_delete_and_bad_time(qtbot, event_path):
    bridge = open_bridge(event_path)
    page = ProgrammePage(bridge)
    qtbot.addWidget(page)
    messages = []
    bridge.statusMessage.connect(messages.append)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.add_item()  # after the current row
    titles = [p.title for p in bridge.event.programme()]
    assert titles == ["Opening", "New item", "Thematafels"]
    page.model.setData(page.model.index(1, 0), "9.30")
    assert messages and "13:30" in messages[-1]
    assert bridge.event.programme()[1].planned_start is None
    page.model.setData(page.model.index(1, 0), "9:30")
    page.model.setData(page.model.index(1, 1), 45)
    assert (bridge.event.programme()[1].planned_start,
            bridge.event.programme()[1].planned_minutes) == ("09:30", 45)
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.delete_item()
    assert [p.title for p in bridge.event.programme()] == ["Opening", "Thematafels"]
    bridge.close()


def test_programme_minutes_emptied_and_kind_list_opened_by_keyboard(qtbot, event_path):
    """0 minutes empties the cell (no time box); Alt+Down in the kind cell's list
    opens the list and leaves the programme's order alone."""
    from gui_helpers import show
    bridge = open_bridge(event_path)
    page = show(qtbot, ProgrammePage(bridge))
    page.model.setData(page.model.index(0, 1), 20)
    page.model.setData(page.model.index(0, 1), 0)
    assert bridge.event.programme()[0].planned_minutes is None
    assert page.model.data(page.model.index(0, 1)) == ""
    tables = TablesPage(bridge)
    qtbot.addWidget(tables)
    rounds = tables.shared_rounds.model
    rounds.setData(rounds.index(0, 2), 0)  # a round's minutes: the same
    assert bridge.event.question(rounds.records[0].id).minutes is None
    order = [p.title for p in bridge.event.programme()]
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.title for p in bridge.event.programme()] == order
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)
    bridge.close()


def test_perspectives_colour_order_and_delete(window, qtbot, event_path, monkeypatch):
    window.open_path(event_path)
    bridge = window.bridge
    page = window.navigate("perspectives")
    assert isinstance(page, PerspectivesPage)
    model = page.model
    assert [model.record(r).name for r in range(model.rowCount())] == [
        "Burgers/inwoners", "Gemeenten"]
    assert model.data(model.index(0, 3)) == 2  # two notes tagged "Burgers/inwoners"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#cc5500"))
    said = []
    bridge.statusMessage.connect(said.append)
    page.choose_colour(model.index(1, 0))
    assert bridge.event.perspectives()[1].colour == "#cc5500"
    assert said == []  # a colour that reads on light and dark screens
    # the colour dialog offers the readable palette first
    assert QColorDialog.customColor(0).name().lower() == PERSPECTIVE_COLOURS[0].lower()
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#dddddd"))
    page.choose_colour(model.index(1, 0))
    assert bridge.event.perspectives()[1].colour == "#dddddd"  # the choice is kept...
    assert "hard to see" in said[-1]  # ...and the facilitator is told
    page.add_perspective()
    new = bridge.event.perspectives()[-1]
    assert new.shortcut == "3"
    editor = QApplication.focusWidget()  # the new name is open for typing
    editor.selectAll()
    qtbot.keyClicks(editor, "Zorgverzekeraars")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bridge.event.perspectives()[-1].name == "Zorgverzekeraars")
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(2, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in bridge.event.perspectives()] == [
        "Burgers/inwoners", "Zorgverzekeraars", "Gemeenten"]
    # Drag and drop: the first row dropped below the last.
    mime = model.mimeData([model.index(0, 1)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [p.name for p in bridge.event.perspectives()] == [
        "Zorgverzekeraars", "Gemeenten", "Burgers/inwoners"]
    page.view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [p.name for p in bridge.event.perspectives()] == ["Gemeenten", "Burgers/inwoners"]


def test_questions_tree_and_rounds(qtbot, event_path):
    bridge = open_bridge(event_path)
    page = TablesPage(bridge)
    qtbot.addWidget(page)
    event = bridge.event
    table = event.tables()[0]
    assert page.current_table() == table.id
    tree = page.underlying
    assert tree.model.rowCount() == 1
    top = tree.model.index(0, 0)
    assert tree.model.rowCount(top) == 1  # "Via de huisarts?" under question a
    assert tree.model.index(0, 2).data() == "Buurtkamer Zuid"
    tree.view.setCurrentIndex(top)
    tree.add(sub=False)
    questions = event.questions(table_id=table.id, kind="underlying", parent_id=None)
    assert [q.label for q in questions] == ["a", "b"]
    index = tree.model.index_of(questions[1].id, 1)
    tree.model.setData(index, "Wie mist er aan tafel?")
    tree.model.setData(tree.model.index_of(questions[1].id, 2), "Buurtkamer, Wijkteam")
    q = event.question(questions[1].id)
    assert (q.text, q.initiatives) == ("Wie mist er aan tafel?", ("Buurtkamer", "Wijkteam"))
    tree.view.setCurrentIndex(tree.model.index_of(questions[1].id))
    tree.add(sub=True)
    assert len(event.questions(table_id=table.id, parent_id=questions[1].id)) == 1
    tree.view.setCurrentIndex(tree.model.index_of(questions[1].id))
    tree.move(-1)
    assert [q.text for q in event.questions(table_id=table.id, kind="underlying",
                                            parent_id=None)][0] == "Wie mist er aan tafel?"
    # Shared rounds and the table's own rounds.
    shared = page.shared_rounds
    assert shared.model.rowCount() == 2
    shared.add()
    assert [q.minutes for q in event.round_questions(None)] == [20, 30, 20]
    own = page.own_rounds
    own.add()
    assert [q.text for q in event.round_questions(table.id)] == ["New round question"]
    assert shared.model.rowCount() == 3  # the shared list does not show the own round
    own.model.setData(own.model.index(0, 2), 15)
    assert event.round_questions(table.id)[0].minutes == 15
    bridge.close()


def test_switching_tables_shows_their_details(qtbot, event_path):
    bridge = open_bridge(event_path)
    page = TablesPage(bridge)
    qtbot.addWidget(page)
    page.view.selectRow(1)
    assert page.details.theme.text() == "Mantelzorg"
    assert page.underlying.model.rowCount() == 0
    assert page.details.host.currentData() is None
    page.view.selectRow(0)
    assert page.details.host.currentText().startswith("Piet Jansen")
    assert page.details.seated_count.text() == "2 seated"
    page.delete_table()
    assert [t.theme for t in bridge.event.tables()] == ["Mantelzorg"]
    assert page.details.theme.text() == "Mantelzorg"
    bridge.close()


def test_minutes_sections_of_a_table(qtbot, event_path):
    bridge = open_bridge(event_path)
    page = TablesPage(bridge)
    qtbot.addWidget(page)
    editor = page.blocks
    table = bridge.event.tables()[0]
    assert editor.blocks() == list(table.blocks)
    photos = next(editor.list.item(r) for r in range(editor.list.count())
                  if editor.list.item(r).data(Qt.ItemDataRole.UserRole) == "photos")
    photos.setCheckState(Qt.CheckState.Unchecked)
    assert "photos" not in bridge.event.table(table.id).blocks
    editor.list.setCurrentRow(1)  # "participants" goes first
    editor.move(-1)
    assert bridge.event.table(table.id).blocks[:2] == ("participants", "pitch")
    bridge.undo()
    assert bridge.event.table(table.id).blocks[:2] == ("pitch", "participants")
    assert editor.blocks()[:2] == ["pitch", "participants"]  # the editor follows undo
    bridge.close()


def test_a_section_gets_the_tables_own_heading(qtbot, event_path):
    """The secretary keeps the minutes' own words: "Achterliggende vragen:"."""
    bridge = open_bridge(event_path)
    page = TablesPage(bridge)
    qtbot.addWidget(page)
    editor = page.blocks
    table = bridge.event.tables()[0]
    row = next(r for r in range(editor.list.count())
               if editor.list.item(r).data(Qt.ItemDataRole.UserRole) == "questions")
    editor.list.setCurrentRow(row)
    assert not editor.own.isChecked() and not editor.heading.isEnabled()
    editor.own.setChecked(True)
    assert editor.heading.isEnabled()
    qtbot.keyClicks(editor.heading, "Achterliggende vragen:")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert bridge.event.table(table.id).block_label("questions") == "Achterliggende vragen:"
    assert editor.list.item(row).text().endswith("“Achterliggende vragen:”")
    editor.heading.clear()  # ticked and empty: no heading at all
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert bridge.event.table(table.id).block_label("questions") == ""
    editor.own.setChecked(False)  # the program's word again
    assert bridge.event.table(table.id).block_label("questions") is None
    bridge.undo()
    assert bridge.event.table(table.id).block_label("questions") == ""
    assert editor.own.isChecked() and editor.heading.text() == ""
    bridge.close()


def test_a_table_gets_its_own_heading_in_the_minutes(qtbot, event_path):
    """Seed 002 heads table 4 "Ogst thematafel 4: ...": typed in the "In the minutes"
    tab (the program's heading shows in grey while it is empty); one undo step."""
    bridge = open_bridge(event_path)
    page = TablesPage(bridge)
    qtbot.addWidget(page)
    field = page.blocks.table_heading
    table = bridge.event.tables()[0]
    assert field.text() == "" and field.placeholderText().startswith("Oogst thematafel 1")
    field.setFocus()
    qtbot.keyClicks(field, "Ogst thematafel 1: Mantelzorg")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert bridge.event.table(table.id).heading == "Ogst thematafel 1: Mantelzorg"
    bridge.undo()
    assert bridge.event.table(table.id).heading == ""
    assert field.text() == ""  # the field follows undo
    bridge.close()


def test_a_participants_line_as_the_minutes_list_them(qtbot, tmp_path):
    """The "In the minutes as" column keeps the line as typed ("Gemeente Woudenberg,
    R. Hilderink"), edited in the list like every column."""
    from gui_helpers import show
    from ui.prep.participants import ParticipantsPage

    path = tmp_path / "lijst.oogst"
    with EventFile.create(path, title="Lijst") as event:
        event.add_participant(name="R. Hilderink", organisations=["Gemeente Woudenberg"])
    bridge = open_bridge(path)
    page = show(qtbot, ParticipantsPage(bridge), size=(1200, 600))
    column = next(c for c in range(page.model.columnCount())
                  if page.model.headerData(c, Qt.Orientation.Horizontal) == "In the minutes as")
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.index(0, column))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Gemeente Woudenberg, R. Hilderink")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)
    assert bridge.event.participants()[0].listed_as == "Gemeente Woudenberg, R. Hilderink"
    assert page.proxy.index(0, column).data() == "Gemeente Woudenberg, R. Hilderink"
    bridge.close()


# -- erasing a person (AVG/GDPR art. 17) ----------------------------------------------

from PySide6.QtWidgets import QWidget  # noqa: E402


def _erasable_meeting(path):
    from facilitator import backups
    with EventFile.create(path, title="Oud overleg") as event:
        event.update_event(date="2020-01-15")
        table = event.add_table(theme="Wonen")
        person = event.add_participant(name="Zyxwaldo Quibbel", email="zq@example.org")
        event.add_participant(name="Ans Jansen")
        event.add_note(text="Frobnicatie zeggen", table_id=table, speaker_id=person)
        event.add_action(what="Wobbleplank doen", owner="Zyxwaldo Quibbel")
        event.backup()
    return backups


def test_erase_participant_by_keyboard(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication
    from ui.prep.participants import EraseDialog, ParticipantsPage

    path = tmp_path / "wissen.oogst"
    backups = _erasable_meeting(path)
    bridge = open_bridge(path)
    from gui_helpers import show
    page = show(qtbot, ParticipantsPage(bridge), size=(900, 600))
    page.view.setFocus()
    row = [page.model.record(r).name for r in range(page.model.rowCount())].index(
        "Zyxwaldo Quibbel")
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))
    assert page.erase_action in page.view.actions()  # the context menu has it too
    qtbot.keyClick(page.view, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.erase_dialog
    assert isinstance(dialog, EraseDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.items.count() == 2  # the note (speaker) and the action (owner)
    # Untick the action with Space: only the note goes with the person.
    dialog.items.setFocus()
    dialog.items.setCurrentRow(1)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
    assert dialog.chosen("action") == [] and len(dialog.chosen("note")) == 1
    dialog.erase_button.setFocus()  # Tab from the list
    qtbot.keyClick(dialog.erase_button, Qt.Key.Key_Space)  # Erase for good
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.status.text() not in ("", "Erasing…"), timeout=5_000)
    assert dialog.report is not None, (dialog.job, dialog.status.text())
    report = dialog.report
    assert (report.participants, report.notes, report.actions) == (1, 1, 0)
    assert report.backups_rewritten and not report.backups_removed
    box = dialog.report_box
    assert box is not None and "Backups rewritten" in box.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert [a.owner for a in bridge.event.actions()] == [""]
    box.close()
    QApplication.processEvents()
    bridge.close()
    data = b"".join(p.read_bytes() for p in [path, *backups.list_backups(path)])
    assert b"Zyxwaldo" not in data and b"Frobnicatie" not in data


def test_retention_offer_on_open(qtbot, tmp_path):
    from ui import preferences
    from ui.prep.participants import offer_retention_erasure

    path = tmp_path / "oud.oogst"
    _erasable_meeting(path)
    bridge = open_bridge(path)
    host = QWidget()  # the main window, in the program
    qtbot.addWidget(host)
    assert offer_retention_erasure(host, bridge) is None  # off by default
    preferences.set_retention_months(12)
    box = offer_retention_erasure(host, bridge)
    assert box is not None and not box.isModal()
    # "Not now" is remembered for this file.
    later = [b for b in box.buttons() if "Not now" in b.text()][0]
    later.click()
    assert preferences.erasure_declined(path)
    assert offer_retention_erasure(host, bridge) is None
    bridge.close()
    preferences.set_retention_months(0)


def test_retention_offer_erases_everyone(qtbot, tmp_path):
    from ui import preferences
    from ui.prep.participants import offer_retention_erasure

    path = tmp_path / "oud2.oogst"
    _erasable_meeting(path)
    bridge = open_bridge(path)
    host = QWidget()
    qtbot.addWidget(host)
    preferences.set_retention_months(24)
    box = offer_retention_erasure(host, bridge)
    erase = [b for b in box.buttons() if "Erase now" in b.text()][0]
    erase.click()
    qtbot.waitUntil(lambda: bridge.event.participants() == [], timeout=30_000)
    preferences.set_retention_months(0)
    bridge.close()


def test_preferences_retention_setting(qtbot):
    from ui import preferences
    dialog = preferences.PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 0 and dialog.retention.text() == "Off"
    dialog.retention.setValue(18)
    dialog.accept()
    assert preferences.retention_months() == 18
    preferences.set_retention_months(0)


def test_the_tables_viewport_is_the_one_qt_would_make(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView
    from ui.prep.common import plain_viewport
    ours, qts = QTableView(), QTableView()
    ours.setViewport(plain_viewport(ours))
    for view in (ours, qts):
        qtbot.addWidget(view)
        view.setAcceptDrops(True)
        view.show()
    mine, theirs = ours.viewport(), qts.viewport()
    assert type(mine) is type(theirs) and mine.objectName() == theirs.objectName()
    assert mine.backgroundRole() == theirs.backgroundRole()
    assert mine.autoFillBackground() == theirs.autoFillBackground()
    for attribute in (Qt.WidgetAttribute.WA_AcceptDrops, Qt.WidgetAttribute.WA_Hover,
                      Qt.WidgetAttribute.WA_OpaquePaintEvent):
        assert mine.testAttribute(attribute) == theirs.testAttribute(attribute)


def test_an_item_planned_before_one_above_it_is_marked(qtbot, event_path):
    """20:45 above 19:45: the later row's start gets a warning mark and says why;
    the order stays the facilitator's."""
    bridge = open_bridge(event_path)
    page = ProgrammePage(bridge)
    qtbot.addWidget(page)
    model = page.model
    said = []
    bridge.statusMessage.connect(said.append)
    model.setData(model.index(0, 0), "20:45")
    model.setData(model.index(1, 0), "19:45")
    assert said == ["Starts before “Opening” above it (20:45)"]  # also said, not only hovered
    assert [p.planned_start for p in bridge.event.programme()][:2] == ["20:45", "19:45"]
    start = model.index(1, 0)
    assert start.data(Qt.ItemDataRole.DecorationRole) is not None
    assert start.data(Qt.ItemDataRole.ToolTipRole) == "Starts before “Opening” above it (20:45)"
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    model.setData(model.index(1, 0), "21:00")  # put right: the mark goes
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert not model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    bridge.close()


def test_the_participant_count_says_how_many_the_filter_shows(qtbot, tmp_path, dutch):
    from gui_helpers import show
    from ui.prep.participants import ParticipantsPage
    path = tmp_path / "p.oogst"
    with EventFile.create(path, title="Tellen") as event:
        for name in ("Ans Jansen", "Bas de Vries", "Cor Jansen"):
            event.add_participant(name=name)
    bridge = open_bridge(path)
    page = show(qtbot, ParticipantsPage(bridge), size=(1200, 600))
    assert page.count.text() == "3 deelnemers"
    qtbot.keyClicks(page.filter, "jansen")
    assert page.count.text() == "2 van 3 deelnemers"
    page.filter.clear()
    assert page.count.text() == "3 deelnemers"
    bridge.close()
