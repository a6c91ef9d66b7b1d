"""ui/import_wizard.py: importing a registration list. Good rows arrive, bad rows are
listed; reading the file and importing run off the GUI thread (the runner)."""
from __future__ import annotations

import threading
import time

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from facilitator import participant_import as pi
from facilitator.errors import InvalidValue
from ui.import_wizard import ImportWizard

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton

HEADERS = ["Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie", "Functie",
           "Perspectief", "E-mailadres", "Toestemming naamvermelding", "Tafel"]
ROWS = [
    ["Lotte", "", "Visser", "Wijkteam Zuid", "coördinator", "Gemeenten",
     "lotte@wijkteam.nl", "ja", "2"],
    ["", "", "", "Zorgverzekeraar VGZ", "", "Zorgverzekeraars", "", "ja", ""],
    ["", "", "", "", "", "Burgers", "iemand@example.org", "ja", ""],          # empty
    ["Henk", "de", "Boer", "Bewonersraad", "", "Marsbewoners", "henk@example.org",
     "nee", "1"],                                                                # perspective
    ["Lotte", "", "Visser", "Wijkteam Zuid", "", "", "lotte@wijkteam.nl", "", ""],  # dup
    ["Anna", "de", "Wit", "Buurtkamer Zuid", "", "", "", "ja", ""],              # in event
    ["Sanne", "", "Bos", "", "student", "burgers", "sanne(at)hu.nl", "ja", "7"],  # e-mail, table
]


def write_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Toelichting"
    ws.append(["De aanmeldingen staan op het tweede blad."])
    ws = wb.create_sheet("Aanmeldingen")
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path):
    lines = [";".join(HEADERS)] + [";".join(r) for r in ROWS]
    path.write_bytes("\r\n".join(lines).encode("cp1252", errors="replace"))
    return path


def wait_for_file(qtbot, wizard) -> None:
    """The file is read in the background: wait until the page has its result."""
    qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=30_000)


def run_wizard(qtbot, window, path, *, sheet=None):
    people = window.navigate("participants")
    people.import_button.click()
    wizard = people.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    page = wizard.file_page
    page.path.setText(str(path))
    page.load()
    wait_for_file(qtbot, wizard)
    if sheet:
        assert page.sheet.isEnabled()
        page.sheet.setCurrentText(sheet)
        page.sheet.activated.emit(page.sheet.currentIndex())
        wait_for_file(qtbot, wizard)
    assert page.isComplete(), page.info.text()
    wizard.button(NEXT).click()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_import_registration_list(window, qtbot, event_path, tmp_path, kind):
    window.open_path(event_path)
    event = window.bridge.event
    path = write_xlsx(tmp_path / "aanmeldingen.xlsx") if kind == "xlsx" else \
        write_csv(tmp_path / "aanmeldingen.csv")
    wizard = run_wizard(qtbot, window, path, sheet="Aanmeldingen" if kind == "xlsx" else None)
    if kind == "csv":
        assert "“;”" in wizard.file_page.info.text() and "cp1252" in \
            wizard.file_page.info.text()
    mapping = wizard.mapping_page.mapping()
    assert mapping["first_name"] == 0 and mapping["last_name"] == 2
    assert mapping["email"] == 6 and mapping["consent"] == 7 and mapping["table"] == 8
    preview = wizard.mapping_page.preview
    assert preview.item(0, 1).text() == "Lotte Visser"
    assert preview.item(0, 4).text() == "Gemeenten"
    wizard.next()
    check = wizard.check_page
    assert "4 participants will be imported (3 with a remark)" in check.summary.text()
    assert "3 rows will not be imported" in check.summary.text()
    problems = {(check.problems.item(r, 0).text(), check.problems.item(r, 2).text())
                for r in range(check.problems.rowCount())}
    assert problems == {
        ("3", "Unknown perspective “Zorgverzekeraars”: imported without perspective."),
        ("4", "No name and no organisation: not imported."),
        ("5", "Unknown perspective “Marsbewoners”: imported without perspective."),
        ("6", "Same person as row 2: not imported."),
        ("7", "Already in the participant list: not imported."),
        ("8", "Not an e-mail address “sanne(at)hu.nl”: imported without e-mail."),
        ("8", "Unknown table “7”: imported without that seat."),
    }
    before = {p.name for p in event.participants()}
    wizard.button(FINISH).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30_000)
    people = {p.name: p for p in event.participants()}
    assert set(people) - before == {"Lotte Visser", "", "Henk de Boer", "Sanne Bos"}
    lotte = people["Lotte Visser"]
    assert (lotte.organisations, lotte.function, lotte.email, lotte.consent_named) == (
        ("Wijkteam Zuid",), "coördinator", "lotte@wijkteam.nl", True)
    assert event.perspective(lotte.perspective_id).name == "Gemeenten"
    assert [t.number for t in event.tables_of(lotte.id)] == [2]
    henk = people["Henk de Boer"]
    assert henk.perspective_id is None and henk.consent_named is False
    assert event.perspective(people["Sanne Bos"].perspective_id).name == "Burgers/inwoners"
    assert people[""].organisations == ("Zorgverzekeraar VGZ",)
    # One undo step takes the whole import back, through the Edit menu.
    assert window.act_undo.text() == "&Undo Import participants"
    window.act_undo.trigger()
    assert {p.name for p in event.participants()} == before
    assert event.tables_of(lotte.id) == []
    window.act_redo.trigger()
    assert len(event.participants()) == len(before) + 4


def test_wizard_reports_unreadable_file(window, qtbot, event_path, tmp_path):
    window.open_path(event_path)
    bad = tmp_path / "lijst.xlsx"
    bad.write_bytes(b"this is not a workbook")
    people = window.navigate("participants")
    wizard = ImportWizard(window.bridge, people)
    wizard.file_page.path.setText(str(bad))
    wizard.file_page.load()
    wait_for_file(qtbot, wizard)
    assert "cannot be read as an Excel workbook" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()
    wizard.reject()


def test_changing_the_mapping_changes_the_preview(window, qtbot, event_path, tmp_path):
    window.open_path(event_path)
    wizard = run_wizard(qtbot, window, write_csv(tmp_path / "l.csv"))
    combo = wizard.mapping_page.combos["function"]
    combo.setCurrentIndex(combo.findText("Organisatie"))
    combo.activated.emit(combo.currentIndex())
    assert wizard.mapping_page.preview.item(0, 3).text() == "Wijkteam Zuid"
    combo.setCurrentIndex(0)  # (not in the list)
    combo.activated.emit(0)
    assert wizard.mapping_page.preview.item(0, 3).text() == ""
    wizard.reject()


# -- off the GUI thread ------------------------------------------------------------------------


def slow_reading(monkeypatch, seconds: float = 1.5) -> list[threading.Thread]:
    """`read_sheet` takes `seconds` longer, as a big workbook would; returns the threads
    it ran on."""
    real = pi.read_sheet
    threads: list[threading.Thread] = []

    def slow_read_sheet(*args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(seconds)
        return real(*args, **kwargs)
    monkeypatch.setattr(pi, "read_sheet", slow_read_sheet)
    return threads


def browse_to(monkeypatch, wizard, path) -> None:
    """Choose `path` with the page's Browse… button (the file dialog answers at once)."""
    from PySide6.QtWidgets import QFileDialog, QPushButton
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    browse = next(b for b in wizard.file_page.findChildren(QPushButton)
                  if b.text() == "&Browse…")
    browse.click()


def test_gui_keeps_processing_events_while_reading_and_importing(
        window, qtbot, event_path, tmp_path, ticks, monkeypatch):
    window.open_path(event_path)
    event = window.bridge.event
    before = {p.id for p in event.participants()}
    read_threads = slow_reading(monkeypatch)
    real_apply = pi.apply_import
    import_threads: list[threading.Thread] = []

    def slow_apply(event, rows, *, progress=None, should_abort=None):
        """1.5 s longer, inside the import's transaction (between its rows)."""
        import_threads.append(threading.current_thread())

        def slow_progress(done, total, message=""):
            time.sleep(1.5 / len(rows))
            if progress is not None:
                progress(done, total, message)
        return real_apply(event, rows, progress=slow_progress, should_abort=should_abort)
    monkeypatch.setattr(pi, "apply_import", slow_apply)

    people = window.navigate("participants")
    people.import_button.click()
    wizard = people.findChild(ImportWizard)
    page = wizard.file_page
    # Reading: busy, Next disabled, the GUI thread free.
    ticks.start()
    browse_to(monkeypatch, wizard, write_csv(tmp_path / "aanmeldingen.csv"))
    assert page.reading and page.busy.isVisible()
    assert page.info.text() == "Reading aanmeldingen.csv…"
    assert not wizard.button(NEXT).isEnabled()
    wait_for_file(qtbot, wizard)
    ticks.stop()
    print(ticks.report("read"))
    assert read_threads and read_threads[0] is not threading.main_thread()
    assert len(ticks.ticks) >= 30 and ticks.longest_gap < ticks.BLOCKED_MS, ticks.report("read")
    assert not page.busy.isVisible() and "7 rows below the header" in page.info.text()
    assert wizard.button(NEXT).isEnabled()
    wizard.button(NEXT).click()
    wizard.button(NEXT).click()
    assert wizard.currentPage() is wizard.check_page
    # Importing: the wizard waits (no Back, no Cancel, no second Import), the GUI is free.
    ticks.start()
    wizard.button(FINISH).click()
    assert wizard.import_job is not None and wizard.check_page.progress.isVisible()
    assert wizard.check_page.message.text() == "Importing…"
    assert not wizard.button(FINISH).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()  # Escape while the rows go in: the wizard stays
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30_000)
    ticks.stop()
    print(ticks.report("import"))
    assert import_threads and import_threads[0] is not threading.main_thread()
    assert len(ticks.ticks) >= 30 and ticks.longest_gap < ticks.BLOCKED_MS, ticks.report("import")
    added = {p.id for p in event.participants()} - before
    assert len(added) == 4 and set(wizard.imported) == added
    assert window.statusBar().currentMessage() == "4 participants imported."
    # One undo step takes them all back.
    assert event.undo_label == "op.import_participants"
    event.undo()
    assert {p.id for p in event.participants()} == before


def test_a_failed_import_is_shown_in_the_wizard(window, qtbot, event_path, tmp_path,
                                               monkeypatch):
    window.open_path(event_path)
    event = window.bridge.event
    before = len(event.participants())

    def refused(event, rows, *, progress=None, should_abort=None):
        raise InvalidValue("error.file_not_found", name="x.oogst")
    monkeypatch.setattr(pi, "apply_import", refused)
    wizard = run_wizard(qtbot, window, write_csv(tmp_path / "l.csv"))
    wizard.button(NEXT).click()
    wizard.button(FINISH).click()
    qtbot.waitUntil(lambda: wizard.import_job is None, timeout=30_000)
    assert wizard.isVisible() and wizard.currentPage() is wizard.check_page
    assert wizard.check_page.message.text() == \
        "The import did not succeed: The file x.oogst does not exist."
    assert not wizard.check_page.progress.isVisible()
    assert wizard.button(FINISH).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert len(event.participants()) == before
    wizard.reject()
    assert not wizard.isVisible()


def test_cancel_while_reading_closes_at_once(window, qtbot, event_path, tmp_path,
                                            monkeypatch):
    window.open_path(event_path)
    slow_reading(monkeypatch, 1.0)
    wizard = ImportWizard(window.bridge, window)
    wizard.show()
    browse_to(monkeypatch, wizard, write_csv(tmp_path / "l.csv"))
    job = wizard.file_page.job
    begin = time.monotonic()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert time.monotonic() - begin < 0.75 and not wizard.isVisible()  # not after the 1 s read
    assert job.is_cancelled
    qtbot.waitUntil(lambda: job.is_done, timeout=30_000)
    qtbot.wait(50)  # its signals arrive and are ignored
    assert wizard.sheet_data is None


def test_a_newer_file_replaces_one_still_being_read(window, qtbot, event_path, tmp_path,
                                                   monkeypatch):
    window.open_path(event_path)
    real = pi.read_sheet

    def read_sheet(path, **kwargs):
        if path.name == "old.csv":
            time.sleep(0.8)
        return real(path, **kwargs)
    monkeypatch.setattr(pi, "read_sheet", read_sheet)
    old = tmp_path / "old.csv"
    old.write_text("Naam;Organisatie\nOud;Oud BV\n", encoding="utf-8")
    wizard = ImportWizard(window.bridge, window)
    wizard.show()
    page = wizard.file_page
    page.path.setText(str(old))
    first = page.load()
    assert page.load() is first  # leaving the field again does not read it twice
    page.path.setText(str(write_csv(tmp_path / "new.csv")))
    page.load()
    wait_for_file(qtbot, wizard)
    qtbot.waitUntil(lambda: first.is_done, timeout=30_000)
    qtbot.wait(50)
    assert wizard.sheet_data is not None and len(wizard.sheet_data.rows) == len(ROWS)
    assert "7 rows below the header" in page.info.text()
    wizard.reject()


def test_a_read_error_is_shown_in_dutch(window, qtbot, event_path, tmp_path, dutch):
    window.open_path(event_path)
    bad = tmp_path / "lijst.xlsx"
    bad.write_bytes(b"dit is geen werkmap")
    wizard = ImportWizard(window.bridge, window)
    wizard.file_page.path.setText(str(bad))
    wizard.file_page.load()
    assert wizard.file_page.info.text() == "lijst.xlsx wordt gelezen…"
    wait_for_file(qtbot, wizard)
    assert "lijst.xlsx kan niet als Excel-werkmap worden gelezen" in \
        wizard.file_page.info.text()
    assert not wizard.file_page.isComplete() and not wizard.file_page.busy.isVisible()
    wizard.reject()


def test_a_name_too_long_is_said_in_dutch(window, qtbot, event_path, tmp_path, dutch):
    """Every problem of a row in the interface's language (a too-long name was
    the one the wizard said in English)."""
    window.open_path(event_path)
    path = tmp_path / "lijst.csv"
    path.write_text("Naam;Organisatie\nAnna;Buurtkamer\n" + "B" * 320 + ";Wijkteam\n",
                    encoding="utf-8")
    wizard = run_wizard(qtbot, window, path)
    wizard.next()
    check = wizard.check_page
    problems = [check.problems.item(r, 2).text() for r in range(check.problems.rowCount())]
    assert len(problems) == 1 and problems[0].startswith("Te lang voor de bijeenkomst")
    assert problems[0].endswith("niet geïmporteerd.")
    wizard.reject()


def test_a_list_over_the_row_limit_is_said_not_cut_silently(qtbot, tmp_path, monkeypatch):
    """The reader stops at the limit and the wizard says so on the file page."""
    from facilitator import participant_import
    from facilitator.eventfile import EventFile
    from ui.bridge import EventBridge
    from ui.import_wizard import ImportWizard
    monkeypatch.setattr(participant_import, "MAX_ROWS", 30)
    csv = tmp_path / "lang.csv"
    csv.write_text("Naam;Organisatie\n" + "".join(f"Persoon {i};Org\n" for i in range(100)),
                   encoding="utf-8")
    bridge = EventBridge(EventFile.in_memory())
    wizard = ImportWizard(bridge)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(csv))
    wizard.file_page.load()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    assert "30" in wizard.file_page.info.text()
    assert wizard.file_page.info.text().count("\n") >= 1
