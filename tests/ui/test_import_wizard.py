"""Importing a registration list through the wizard: good rows arrive, bad rows are listed."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from ui.import_wizard import ImportWizard

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


def run_wizard(qtbot, window, path, *, sheet=None):
    people = window.navigate("participants")
    people.import_button.click()
    wizard = people.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    page = wizard.file_page
    page.path.setText(str(path))
    page.load()
    if sheet:
        assert page.sheet.isEnabled()
        page.sheet.setCurrentText(sheet)
        page.sheet.activated.emit(page.sheet.currentIndex())
    assert page.isComplete(), page.info.text()
    wizard.next()
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
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
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
    assert "cannot be read as an Excel workbook" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()


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
