"""The main window end to end: New from a template, preparation, undo/redo through the
Edit menu, search, and reopening the file."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from facilitator.eventfile import EventFile
from ui.main_window import MainWindow
from ui.prep.new_event import NewEventDialog, user_templates_dir

TEMPLATE = """\
format_version = 1
name = "Testsjabloon buurtgesprek"
description = "Twee tafels en twee rondes, voor de tests."
language = "nl"

[event]
title = "Buurtgesprek Noord"

[[perspectives]]
key = "inwoners"
name = "Inwoners"
colour = "#332288"
shortcut = "1"

[[rounds]]
key = "r1"
label = "1"
text = "Wat gaat goed?"
minutes = 20

[[tables]]
number = 1
theme = "Ontmoeten"

[[tables]]
number = 2
theme = "Vervoer"
"""


@pytest.fixture
def test_template():
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test-buurtgesprek.toml").write_text(TEMPLATE, encoding="utf-8")
    return folder / "test-buurtgesprek.toml"


def drive_new_dialog(qtbot, choose_name: str) -> list[str]:
    """Answer the modal New dialog from a timer: pick the template, press Next."""
    seen: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewEventDialog), dialog
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen.extend(names)
        row = next(i for i, n in enumerate(names) if n.startswith(choose_name))
        dialog.list.setCurrentRow(row)
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def test_new_event_from_a_template(window, qtbot, tmp_path, monkeypatch, test_template):
    target = tmp_path / "noord.oogst"
    asked = {}

    def save_name(parent, caption, suggested, filter_):
        asked["suggested"] = suggested
        return str(target.with_suffix("")), filter_  # the .oogst suffix is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    seen = drive_new_dialog(qtbot, "Testsjabloon buurtgesprek")
    assert window.new_event() is True
    assert any("Twee tafels en twee rondes" in s for s in seen)  # name and description
    assert Path(asked["suggested"]).name == "Buurtgesprek Noord.oogst"
    assert target.exists()
    assert window.windowTitle() == "Buurtgesprek Noord — noord.oogst"
    assert [t.theme for t in window.bridge.event.tables()] == ["Ontmoeten", "Vervoer"]
    tables = window.navigate("tables")
    assert tables.model.rowCount() == 2
    assert window.recent.paths()[0] == str(target.resolve())


def test_new_event_cancelled_keeps_the_open_event(window, qtbot, event_path, monkeypatch,
                                                  test_template):
    window.open_path(event_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    drive_new_dialog(qtbot, "Testsjabloon")
    assert window.new_event() is False
    assert window.bridge.event.path == event_path


def test_prepare_tables_and_participants(window, qtbot, event_path, monkeypatch):
    assert window.open_path(event_path)
    event = window.bridge.event
    # Theme tables: add one and type its theme.
    page = window.navigate("tables")
    page.add_table()
    assert page.details.theme.hasFocus()
    page.details.theme.clear()
    qtbot.keyClicks(page.details.theme, "Wonen en zorg")
    qtbot.keyClick(page.details.theme, Qt.Key.Key_Return)
    assert [t.theme for t in event.tables()][-1] == "Wonen en zorg"
    new_table = event.tables()[-1]
    assert new_table.number == 3
    # Participants: add one and edit name and organisations in the table.
    people = window.navigate("participants")
    people.add_participant()
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Fatima El Amrani")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: "Fatima El Amrani" in {p.name for p in event.participants()})
    fatima = next(p for p in event.participants() if p.name == "Fatima El Amrani")
    row = people.model.row_of(fatima.id)
    people.model.setData(people.model.index(row, 1), "Sociaal Wijkteam, Gemeente Zuid")
    assert event.participant(fatima.id).organisations == ("Sociaal Wijkteam",
                                                          "Gemeente Zuid")
    assert "3 participants" in people.count.text()
    # Seat her at the new table and make her its host.
    page = window.navigate("tables")
    page.view.selectRow(page.model.row_of(new_table.id))
    item = next(page.details.seated.item(i) for i in range(page.details.seated.count())
                if page.details.seated.item(i).data(Qt.ItemDataRole.UserRole) == fatima.id)
    item.setCheckState(Qt.CheckState.Checked)
    assert [p.name for p in event.table_members(new_table.id)] == ["Fatima El Amrani"]
    host = page.details.host
    host.setCurrentIndex(host.findData(fatima.id))
    host.activated.emit(host.currentIndex())
    assert event.table(new_table.id).host_id == fatima.id
    assert page.model.record(page.model.row_of(new_table.id)).id == new_table.id
    assert page.model.sizes[new_table.id] == 1


def test_programme_order_by_keyboard(window, qtbot, event_path):
    window.open_path(event_path)
    page = window.navigate("programme")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 3))
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.title for p in window.bridge.event.programme()] == ["Thematafels", "Opening"]
    assert page.view.currentIndex().row() == 1  # the selection follows the moved row
    page.model.setData(page.model.index(0, 2), "break")
    assert window.bridge.event.programme()[0].kind == "break"


def test_undo_and_redo_through_the_edit_menu(window, qtbot, event_path):
    window.open_path(event_path)
    event = window.bridge.event
    assert not window.act_undo.isEnabled()
    page = window.navigate("tables")
    page.add_table()
    page.add_table()
    assert window.act_undo.text() == "&Undo Add table"
    assert len(event.tables()) == 4
    window.act_undo.trigger()
    assert len(event.tables()) == 3
    assert window.act_redo.text() == "&Redo Add table"
    assert page.model.rowCount() == 3
    window.act_undo.trigger()
    window.act_redo.trigger()
    assert len(event.tables()) == 3
    # The Ctrl+Z shortcut reaches the same action.
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(event.tables()) == 2
    qtbot.keyClick(page.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(event.tables()) == 3


def test_search_and_jump_to_a_note(window, qtbot, event_path):
    window.open_path(event_path)
    target = next(n for n in window.bridge.event.notes() if "bibliotheek werken" in n.text)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "biblio")
    shown = []
    capture = window.pages.get("capture")
    if capture is not None and hasattr(capture, "show_note"):
        original = capture.show_note
        capture.show_note = lambda note_id: (shown.append(note_id), original(note_id))
    with qtbot.waitSignal(window.search.noteActivated, timeout=2000) as signal:
        qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.search.results.count() == 2  # a table note and a plenary one
    assert signal.args[0] in {n.id for n in window.bridge.event.notes() if "biblio" in n.text}
    # Down and Enter on the other hit.
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    row = next(i for i in range(window.search.results.count())
               if window.search.results.item(i).data(Qt.ItemDataRole.UserRole + 1) == target.id)
    window.search.results.setCurrentRow(row)
    with qtbot.waitSignal(window.search.noteActivated) as signal:
        qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert signal.args[0] == target.id
    if capture is not None and hasattr(capture, "show_note"):
        assert shown[-1] == target.id
        assert window.current_page() == "capture"


def test_reopen_shows_everything(qtbot, event_path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.open_path(event_path)
    event = first.bridge.event
    first.bridge.run(event.add_table, theme="Jongeren")
    first.bridge.run(event.add_participant, name="Sem",
                     organisations=["Jongerenraad"])
    first.close()
    assert first.bridge is None
    # The file is free again and holds everything.
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.open_path(event_path)
    tables = second.navigate("tables")
    themes = [tables.model.record(r).theme for r in range(tables.model.rowCount())]
    assert themes == ["Eenzaamheid in de wijk", "Mantelzorg", "Jongeren"]
    people = second.navigate("participants")
    names = {people.model.record(r).name for r in range(people.model.rowCount())}
    assert names == {"Anna de Wit", "Piet Jansen", "Sem"}
    assert second.windowTitle() == "Wijkgesprek Zuid — wijkgesprek.oogst"
    assert "All changes saved" in second.saved_label.text()
    second.close()


def test_close_shows_the_start_page_with_recent_files(window, event_path):
    window.open_path(event_path)
    window.act_close.trigger()
    assert window.bridge is None and window.central.currentIndex() == 0
    assert window.start.recent.count() == 1
    assert not window.act_find.isEnabled()
    with EventFile.open(event_path):  # released: another writer may open it
        pass


def test_navigation_shortcuts(window, qtbot, event_path):
    window.open_path(event_path)
    qtbot.keyClick(window, Qt.Key.Key_4,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_page() == "participants"
    window.nav_actions["perspectives"].trigger()
    assert window.current_page() == "perspectives"
    assert window.nav_actions["programme"].shortcut().toString() == "Ctrl+Shift+1"
    shortcuts = [a.shortcut().toString() for a in window.nav_actions.values()]
    assert shortcuts == [f"Ctrl+Shift+{n % 10}" for n in range(1, len(shortcuts) + 1)]
    assert shortcuts[-1] == "Ctrl+Shift+0"  # the tenth page, Action review
    assert len(set(shortcuts)) == len(shortcuts)  # an eleventh page needs another key


def test_undo_that_takes_the_focused_form_away_leaves_the_focus_on_the_page(
        window, qtbot, tmp_path):
    """A blank meeting: add a table (the focus goes to its theme), undo it; the form
    goes grey, and the focus goes to the page's list instead of nowhere."""
    path = tmp_path / "leeg.oogst"
    EventFile.create(path).close()
    window.open_path(path)
    window.activateWindow()
    page = window.navigate("tables")
    page.add_table()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.details.theme)
    window.undo()
    assert window.bridge.event.tables() == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)


def test_save_as_template_and_start_from_it(window, qtbot, event_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog
    from ui.prep.new_event import SaveTemplateDialog
    window.open_path(event_path)

    def fill(dialog):
        dialog.name.setText("Wijkgesprek (sjabloon)")
        dialog.description.setPlainText("Twee tafels over de wijk.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveTemplateDialog, "exec", fill)
    target = user_templates_dir() / "wijkgesprek.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.act_template.trigger()
    assert target.exists()
    assert "Template saved" in window.statusBar().currentMessage()
    # The saved template is offered by File > New.
    new_file = tmp_path / "nieuw.oogst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(new_file), ""))
    drive_new_dialog(qtbot, "Wijkgesprek (sjabloon)")
    assert window.new_event()
    assert [t.theme for t in window.bridge.event.tables()] == [
        "Eenzaamheid in de wijk", "Mantelzorg"]
    assert window.bridge.event.notes() == []  # the harvest was left out


def test_open_dialog_and_recent_menu(window, event_path, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(event_path), ""))
    window.act_open.trigger()
    assert window.bridge.event.path == event_path
    window.close_event()
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if "wijkgesprek" in a.text()]
    assert len(entries) == 1
    entries[0].trigger()
    assert window.bridge is not None and window.bridge.event.path == event_path


def test_file_export_opens_the_export_dialog(qtbot, event_path, monkeypatch):
    from ui import export_dialog
    calls = []
    monkeypatch.setattr(export_dialog, "run_export_dialog",
                        lambda parent, bridge: calls.append((parent, bridge)))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.act_export is not None and not window.act_export.isEnabled()
    window.open_path(event_path)
    assert window.act_export.isEnabled()
    assert window.act_export.shortcut().toString() == "Ctrl+E"
    window.act_export.trigger()
    assert calls == [(window, window.bridge)]
    window.close()


def test_title_follows_the_event_and_refusals_show_in_the_status_bar(window, event_path):
    window.open_path(event_path)
    details = window.navigate("programme").details
    details.title_edit.setText("Wijkgesprek Zuid-Oost")
    details.title_edit.editingFinished.emit()
    assert window.windowTitle() == "Wijkgesprek Zuid-Oost — wijkgesprek.oogst"
    assert window.act_undo.text() == "&Undo Edit event details"
    window.bridge.run(window.bridge.event.add_participant, name=" ")
    assert "needs a name or an organisation" in window.statusBar().currentMessage()
    window.bridge.run(window.bridge.event.add_participant, name="Anna")
    assert window.statusBar().currentMessage() == ""  # the refusal is out of date
    window.bridge.undo()
    assert window.statusBar().currentMessage().startswith("Undone: ")
    assert window.bridge.event.path.exists()
    assert "All changes saved · " in window.saved_label.text()


def test_timer_bar_and_projector_follow_the_open_event(qtbot, event_path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.timer_bar is None and not window.act_projector.isEnabled()
    window.open_path(event_path)
    assert window.timer_bar is not None and window.timer_toolbar.isVisibleTo(window)
    window.act_projector.trigger()
    assert window.projector is not None and window.projector.isVisible()
    projector = window.projector
    window.close_event()
    assert window.projector is None and window.timer_bar is None
    assert not projector.isVisible()
    window.close()


def test_core_words_and_refusals_are_dutch_in_the_dutch_interface(dutch, qtbot, event_path):
    """The Edit menu names the core's operation in Dutch, and a refusal of the core
    reaches the status bar in Dutch: no view restates the rule to word it."""
    from ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_path(event_path)
        event = window.bridge.event
        table = event.tables()[0].id
        window.bridge.run(event.add_note, text="Een loket in de wijk", table_id=table)
        assert window.act_undo.text() == "&Ongedaan maken: Oogstpunt toevoegen"
        window.bridge.run(event.delete_actions, [
            event.add_action(what="een"), event.add_action(what="twee")])
        assert window.act_undo.text() == "&Ongedaan maken: Actiepunten verwijderen"
        window.act_undo.trigger()  # both actions back in one step
        assert sorted(a.what for a in event.actions()) == ["een", "twee"]
        assert window.act_redo.text() == "O&pnieuw: Actiepunten verwijderen"
        window.bridge.run(event.add_participant, name=" ")
        assert window.statusBar().currentMessage() == (
            "Een deelnemer heeft een naam of een organisatie nodig.")
        note = event.notes(table_id=table)[0]
        window.bridge.run(event.update_note, note.id, text="  ")
        assert "oogstpunt" in window.statusBar().currentMessage().lower()
        window.bridge.run(event.update_action, event.actions()[0].id, due_date="31-02-2018")
        message = window.statusBar().currentMessage()
        assert "datum" in message and "must" not in message
    finally:
        window.close_event()


# -- cloud-synced and network folders: one warning per file ---------------------------------


def build_event(path: Path) -> Path:
    with EventFile.create(path, title="Buurtgesprek") as ev:
        ev.add_table(theme="Ontmoeten")
    return path


def _location_boxes(window) -> list:
    from PySide6.QtWidgets import QMessageBox
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_file_in_a_cloud_folder_is_warned_about_once(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    synced = tmp_path / "Dropbox" / "Bijeenkomsten"
    synced.mkdir(parents=True)
    path = build_event(synced / "buurt.oogst")
    assert window.open_path(path)
    boxes = _location_boxes(window)
    assert len(boxes) == 1
    box = boxes[0]
    assert box.windowModality() == Qt.WindowModality.NonModal  # never blocks capturing
    assert "Dropbox" in box.text() and "buurt.oogst" in box.text()
    assert "copy" in box.text()  # the advice: a local copy, copied back afterwards
    assert "Dropbox" in window.statusBar().currentMessage()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not _location_boxes(window))

    window.close_event()
    assert window.open_path(path)
    assert "Dropbox" in window.statusBar().currentMessage()  # still said, quietly
    assert not _location_boxes(window)                        # but no second box


def test_the_warning_is_per_file_and_local_files_get_none(window, tmp_path):
    local = build_event(tmp_path / "lokaal.oogst")
    assert window.open_path(local)
    assert not _location_boxes(window)
    assert "Dropbox" not in window.statusBar().currentMessage()

    share = tmp_path / "OneDrive - Gemeente" / "a.oogst"
    share.parent.mkdir()
    other = tmp_path / "OneDrive - Gemeente" / "b.oogst"
    assert window.open_path(build_event(share))
    assert len(_location_boxes(window)) == 1
    for box in _location_boxes(window):
        box.close()
    assert window.open_path(build_event(other))  # another file: its own first warning
    assert len(_location_boxes(window)) == 1
    assert "OneDrive" in _location_boxes(window)[0].text()


def test_the_warning_is_in_dutch_in_the_dutch_interface(window, tmp_path):
    from ui import i18n
    i18n.install("nl")
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    assert window.open_path(build_event(folder / "x.oogst"))
    box = _location_boxes(window)[0]
    assert box.windowTitle() == "Riskante plek"
    assert "Nextcloud" in box.text() and "kopie" in box.text()


def test_new_events_are_not_proposed_in_the_demo_folder(window, qtbot, event_path):
    """After the demo was open, File > New proposes the last real folder or the
    documents folder, never Oogst's hidden data folder (issue 12, item 9)."""
    from ui import app as app_module
    window.open_path(event_path)
    assert QSettings().value("files/last_dir") == str(event_path.parent)
    if window.open_demo():
        assert QSettings().value("files/last_dir") == str(event_path.parent)
        assert not str(window._last_dir()).startswith(str(app_module.demo_path().parent))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_menu_letters_never_take_a_capture_key(window, qtbot, event_path, language, qm_dir):
    """Alt+letter of a menu (Be&werken: Alt+W) must not be a kind's key (Wens: Alt+W),
    the table or round field's (Alt+T, Alt+R) or the speaker's (Alt+S)."""
    from ui import i18n
    from ui.capture.common import KIND_BY_KEY, PAGE_KEYS, SPEAKER_KEY, kind_letter
    i18n.install(language)
    window.retranslate()
    assert window.open_path(event_path)
    taken = {chr(key) for key in KIND_BY_KEY} | {chr(int(k)) for k in PAGE_KEYS} | \
        {chr(int(SPEAKER_KEY))}
    letters = {}
    for action in window.menuBar().actions():
        text = action.text()
        assert text.count("&") == 1, text
        letters[text.replace("&", "")] = text[text.index("&") + 1].upper()
    assert len(set(letters.values())) == len(letters), letters  # no two menus share one
    assert not set(letters.values()) & taken, letters
    # In the capture field Alt+W is the kind Wish/Wens, and no menu opens.
    capture = window.navigate("capture")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is capture.bar.entry, timeout=5000)
    qtbot.keyClick(capture.bar.entry, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert capture.bar.kinds.button("wish").isChecked()
    assert QApplication.activePopupWidget() is None
    assert kind_letter("wish") == "W"
    i18n.install("en", qm_dir)


def test_a_note_typed_a_moment_ago_is_found_at_once(window, qtbot, event_path):
    """Its search entry is written a second after Enter; a search before that
    writes it first (search_index.py), so the facilitator never misses it."""
    from gui_helpers import type_note
    window.open_path(event_path)
    capture = window.navigate("capture")
    capture.bar.entry.setFocus()
    type_note(qtbot, capture.bar.entry, "Zwerfvuil bij de speeltuin")
    event = window.bridge.event
    assert event.notes_to_index  # Enter did not wait for the search index
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.field, "zwerfvuil")
    qtbot.waitUntil(lambda: window.search.results.count() == 1, timeout=3000)
    note = next(n for n in event.notes() if n.text == "Zwerfvuil bij de speeltuin")
    assert window.search.results.item(0).data(Qt.ItemDataRole.UserRole + 1) == note.id
    assert not event.notes_to_index


def test_after_switching_to_dutch_dates_are_dutch_and_ctrl_s_answers_once(
        window, qtbot, event_path, qm_dir):
    """The language switch (Preferences) rebuilds the window: its dates follow the
    new language at once, and Ctrl+S (out of habit) is one key, not two that
    cancel each other out."""
    from PySide6.QtGui import QKeySequence

    from ui import i18n
    assert window.open_path(event_path)
    window.bridge.run(window.bridge.event.update_event, date="2017-11-28")
    i18n.install("nl", qm_dir)
    try:
        window.retranslate()
        page = window.navigate("programme")
        assert "november" in page.details.date.text(), page.details.date.text()
        saves = [a for a in window.actions()
                 if QKeySequence(QKeySequence.StandardKey.Save) in a.shortcuts()]
        assert len(saves) == 1, [a.text() for a in saves]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().currentMessage() == \
            "Elke wijziging wordt automatisch opgeslagen."
    finally:
        i18n.install("en", qm_dir)
        window.retranslate()


def test_a_delete_says_what_was_done_and_how_to_bring_it_back(window, qtbot, event_path):
    """Nothing asks before a delete; the status bar says what went and that Ctrl+Z
    brings it back, and Ctrl+Z says what it undid."""
    assert window.open_path(event_path)
    page = window.navigate("tables")
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == "Done: Delete table. Ctrl+Z brings it back."
    window.act_undo.trigger()
    assert window.statusBar().currentMessage() == "Undone: Delete table"
