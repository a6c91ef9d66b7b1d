"""The workbook: a real Excel table, dates, validation, read-back, LibreOffice."""
from __future__ import annotations

import csv
from datetime import date

from openpyxl import load_workbook

from facilitator.eventfile import EventFile
from facilitator.exports import export_workbook
from facilitator.exports.workbook import note_rows
from facilitator.exports.model import Harvest
from facilitator.words import tr

from export_helpers import ALL_SHEETS_CSV, soffice_convert

RISKY = ["=SUM(1,2)", "+31 6 1234", "-3 graden", "@home", "\tingesprongen", "=1+1"]


def headers(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def joined(ws, row: int, header: str) -> str:
    """A text cell plus its continuation columns, joined."""
    h = headers(ws)
    text = ws.cell(row=row, column=h[header]).value or ""
    n = 2
    while True:
        key = next((k for k in h if k and k.startswith(f"{header} (vervolg {n})")), None)
        if key is None:
            return text
        text += ws.cell(row=row, column=h[key]).value or ""
        n += 1


def add_risky(path):
    with EventFile.open(path) as event:
        table = event.tables()[0]
        for text in RISKY:
            event.add_note(text=text, table_id=table.id, party="=HYPERLINK(\"x\")")
            event.add_action(what=text, owner="@owner", partners=["=A1", "+b"])


def test_actions_sheet_is_a_real_table(seed_path, tmp_path):
    target = tmp_path / "agenda.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Actiepunten", "Oogstpunten", "Deelnemers", "Tafels",
                             "Perspectief x tafel", "Vervolgbijeenkomsten"]
    ws = wb["Actiepunten"]
    assert "tbl_Actiepunten" in ws.tables
    table = ws.tables["tbl_Actiepunten"]
    assert table.ref.startswith("A1:") and table.autoFilter is not None
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= 40
    h = headers(ws)
    due = [ws.cell(row=r, column=h["Datum"]) for r in range(2, ws.max_row + 1)]
    assert any(c.is_date for c in due)
    dated = next(c for c in due if c.value is not None)
    assert dated.value.date() == date(2017, 12, 13) and "yyyy" in dated.number_format
    validations = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in
                   ws.data_validations.dataValidation}
    assert validations["E2"] == '"' + ",".join(tr(f"level.{x}") for x in
                                               ("zelf", "lokaal", "regionaal", "provinciaal",
                                                "landelijk")) + '"'
    assert validations["H2"] == '"Open,Bezig,Gereed,Vervallen"'
    assert "tbl_Oogstpunten" in wb["Oogstpunten"].tables


def test_every_action_and_note_reads_back_unchanged(seed_path, tmp_path):
    add_risky(seed_path)
    target = tmp_path / "w.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target)
        actions = {a.id: a for a in event.actions()}
        notes = {n.id: n for n in event.notes()}
        order = [t.note.id for t in note_rows(Harvest(event, lang="nl"))]
    wb = load_workbook(target)
    ws = wb["Actiepunten"]
    h = headers(ws)
    seen = set()
    for r in range(2, ws.max_row + 1):
        a = actions[ws.cell(row=r, column=h["Id"]).value]
        seen.add(a.id)
        assert joined(ws, r, "Wat") == a.what
        assert (ws.cell(row=r, column=h["Eigenaar"]).value or "") == a.owner
        assert (ws.cell(row=r, column=h["Partners"]).value or "") == "; ".join(a.partners)
        assert ws.cell(row=r, column=h["Niveau"]).value == tr(f"level.{a.level}")
        assert ws.cell(row=r, column=h["Status"]).value == tr(f"status.{a.status}")
        value = ws.cell(row=r, column=h["Datum"]).value
        assert (value.date().isoformat() if value else None) == a.due_date
        assert (ws.cell(row=r, column=h["Periode"]).value or "") == a.period
        assert ws.cell(row=r, column=h["Wat"]).data_type == "s"
    assert seen == set(actions)
    ws = wb["Oogstpunten"]
    h = headers(ws)
    ids = [ws.cell(row=r, column=h["Id"]).value for r in range(2, ws.max_row + 1)]
    assert ids == order and set(ids) == set(notes)
    for r, note_id in enumerate(ids, 2):
        n = notes[note_id]
        assert joined(ws, r, "Tekst") == n.text
        assert ws.cell(row=r, column=h["Stemmen"]).value == n.votes
        assert (ws.cell(row=r, column=h["Onder oogstpunt"]).value or None) == n.parent_id
    texts = {ws.cell(row=r, column=h["Tekst"]).value for r in range(2, ws.max_row + 1)}
    assert set(RISKY) <= texts


def test_libreoffice_opens_it_and_evaluates_nothing(seed_path, tmp_path):
    add_risky(seed_path)
    target = tmp_path / "w.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target)
    out = tmp_path / "lo"
    result = soffice_convert(target, out, ALL_SHEETS_CSV)
    assert result.returncode == 0, result.stderr
    notes_csv = out / "w-Oogstpunten.csv"
    assert notes_csv.exists(), (result.stdout, result.stderr)
    with notes_csv.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    cells = {c for row in rows for c in row}
    for text in RISKY:
        assert text in cells, text  # kept as text: not "3", "2" or "#NAME?"
    assert not any(c.startswith("#NAME") or c == "Err:508" for c in cells)
    with (out / "w-Actiepunten.csv").open(encoding="utf-8") as handle:
        actions = list(csv.reader(handle))
    assert any("=SUM(1,2)" in row for row in actions)
    # LibreOffice can also write it back as xlsx (no repair needed to read it)
    again = soffice_convert(target, tmp_path / "lo2", "xlsx")
    assert again.returncode == 0, again.stderr
    wb = load_workbook(tmp_path / "lo2" / "w.xlsx")
    assert "Actiepunten" in wb.sheetnames


def test_english_workbook_and_anonymous(seed_path, tmp_path):
    target = tmp_path / "w.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target, lang="en", anonymous=True)
        names = [p.name for p in event.participants()]
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Actions"
    assert "Perspective x table" in wb.sheetnames
    assert headers(wb["Actions"])["What"] == 2
    everything = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                          if c.value is not None)
    assert [n for n in names if n in everything] == []
    assert "Movisie" in everything


def test_matrix_sheet_counts(seed_path, tmp_path):
    target = tmp_path / "w.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target)
        total = len(event.notes())
    ws = load_workbook(target)["Perspectief x tafel"]
    assert ws.cell(row=ws.max_row, column=ws.max_column).value == total
