"""The agenda across meetings as PDF and workbook: the selection, each action once,
skipped files named."""
from __future__ import annotations

import openpyxl

from facilitator import EventFile
from facilitator.agenda_across import AgendaFilter, read_agenda
from facilitator.exports.series_agenda import (export_cross_pdf, export_cross_xlsx,
                                               selection_text)

from export_helpers import pdf_text


def meetings(tmp_path):
    with EventFile.create(tmp_path / "a.oogst", title="Overleg A") as a:
        a.update_event(date="2026-01-10")
        a.add_action(what="Subsidie aanvragen", owner="Ministerie van VWS",
                     partners=["Movisie"], level="landelijk", due_date="2026-02-01")
        a.add_action(what="Wijkavond", owner="Gemeente Vianen", level="lokaal")
    (tmp_path / "kapot.oogst").write_bytes(b"SQLite format 3\x00" + b"\x01" * 50)
    return read_agenda([tmp_path])


def test_pdf_has_selection_actions_and_skipped_files(tmp_path):
    agenda = meetings(tmp_path)
    out = export_cross_pdf(agenda, tmp_path / "vws.pdf",
                           agenda_filter=AgendaFilter(organisation="Movisie"))
    text = pdf_text(out)
    assert "Actieagenda over bijeenkomsten" in text
    assert "Selectie: organisatie Movisie (eigenaar of partner)" in text
    assert "Subsidie aanvragen" in text and "Wijkavond" not in text
    assert "Overgeslagen bestanden" in text and "kapot.oogst" in text
    assert "Overleg A, 10 januari 2026" in text


def test_workbook_rows_and_files_sheet(tmp_path):
    agenda = meetings(tmp_path)
    out = export_cross_xlsx(agenda, tmp_path / "alles.xlsx", lang="en")
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Actions"].iter_rows(values_only=True))
    assert rows[0][:4] == ("What", "Owner", "Partners", "Level")
    assert sorted(r[0] for r in rows[1:]) == ["Subsidie aanvragen", "Wijkavond"]
    subsidy = next(r for r in rows[1:] if r[0] == "Subsidie aanvragen")
    assert subsidy[4].date().isoformat() == "2026-02-01" and subsidy[8] == \
        "Overleg A, 10 January 2026"
    files = {r[0]: r[2] for r in wb["Files"].iter_rows(min_row=2, values_only=True)}
    assert files["a.oogst"] == "read" and files["kapot.oogst"] != "read"


def test_an_empty_selection_says_so(tmp_path):
    agenda = meetings(tmp_path)
    text = pdf_text(export_cross_pdf(agenda, tmp_path / "leeg.pdf",
                                     agenda_filter=AgendaFilter(level="zelf")))
    assert "Geen actiepunten in deze selectie." in text


def test_selection_text():
    assert selection_text(AgendaFilter(), "nl") == ""
    assert selection_text(AgendaFilter(owner="NLZVE", level="regionaal", start="2026-01-01"),
                          "en") == "owner NLZVE · level Regional · due from 1 January 2026 to …"


def test_one_export_per_organisation_with_only_its_own_actions(tmp_path):
    from facilitator.exports.series_agenda import export_per_organisation
    agenda = meetings(tmp_path)
    out = tmp_path / "uit"
    out.mkdir()
    written = export_per_organisation(agenda, out, formats=("xlsx",))
    assert sorted(p.name for p in written) == [
        "Actieagenda over bijeenkomsten - Gemeente Vianen.xlsx",
        "Actieagenda over bijeenkomsten - Ministerie van VWS.xlsx",
        "Actieagenda over bijeenkomsten - Movisie.xlsx"]
    rows = list(openpyxl.load_workbook(out / "Actieagenda over bijeenkomsten - Movisie.xlsx")
                ["Actiepunten"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Subsidie aanvragen"]
