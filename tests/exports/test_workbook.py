"""The workbook: a real Excel table, dates, validation, read-back, LibreOffice."""
from __future__ import annotations

import csv
from datetime import date

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

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


def minutes_order(event) -> list[str]:
    """The notes in the minutes' order, straight from the reading side."""
    h = Harvest(event, lang="nl")
    tree = [t for item in h.programme for t in h.item_tree(item.id)]
    tree += [t for table in h.tables for t in h.table_tree(table.id)]
    seen = {t.note.id for t in tree}
    return [t.note.id for t in tree] + [n.id for n in h.notes if n.id not in seen]


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
        assert order == minutes_order(event)
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
        assert (ws.cell(row=r, column=h["Id bovenliggend oogstpunt"]).value or None) == \
            n.parent_id
        above = ws.cell(row=r, column=h["Onder oogstpunt"]).value
        if n.parent_id:  # the start of the note above, never an id
            assert above and notes[n.parent_id].text.startswith(above.rstrip("…"))
        else:
            assert above is None
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


def test_every_sheet_prints_landscape_one_page_wide_with_its_header(seed_path, tmp_path):
    add_risky(seed_path)
    target = tmp_path / "w.xlsx"
    with EventFile.open(seed_path, readonly=True) as event:
        export_workbook(event, target)
        notes = {n.id: n for n in event.notes()}
    wb = load_workbook(target)
    for ws in wb:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.print_options.gridLines
        assert "Samenspel in beweging" in ws.oddHeader.center.text
        assert "&P" in ws.oddFooter.center.text
    ws = wb["Oogstpunten"]
    h = headers(ws)
    # the ids are the last columns, hidden; everything before them is visible
    last = max(h.values())
    assert {h["Id"], h["Id bovenliggend oogstpunt"]} == {last - 1, last}
    hidden = {c for c in range(1, last + 1)
              if ws.column_dimensions[get_column_letter(c)].hidden}
    assert hidden == {last - 1, last}
    assert not ws.column_dimensions[get_column_letter(h["Tekst"])].hidden
    ref = wb["Oogstpunten"].tables["tbl_Oogstpunten"].ref  # the table holds the ids too
    assert ref == f"A1:{get_column_letter(last)}{ws.max_row}"
    actions = wb["Actiepunten"]
    a = headers(actions)
    assert a["Id"] == max(a.values())
    assert actions.column_dimensions[get_column_letter(a["Id"])].hidden
    # numbers are number cells, texts string cells
    for r in range(2, ws.max_row + 1):
        for name in ("Nr", "Stemmen", "Niveau (inspringing)"):
            assert ws.cell(row=r, column=h[name]).data_type == "n", (r, name)
        table = ws.cell(row=r, column=h["Tafel"])
        assert table.value is None or table.data_type == "n"
    # a short note's row is at most two lines high, however long its table's
    # theme (repeated on every row; the whole theme is in the cell)
    for r in range(2, ws.max_row + 1):
        note = notes[ws.cell(row=r, column=h["Id"]).value]
        if len(note.text) < 20 and not note.party:
            assert (ws.row_dimensions[r].height or 15) <= 2 * 15 + 2, note.text
            assert len(ws.cell(row=r, column=h["Thema"]).value or "") < 200
    for ws in wb:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert cell.value is None or cell.alignment.vertical == "top"


def test_a_long_note_gets_a_row_as_high_as_its_text(tmp_path):
    path = tmp_path / "lang.oogst"
    with EventFile.create(path, title="Lang") as event:
        table = event.add_table(theme="Tafel")
        event.add_note(text="woord " * 300, table_id=table)
        event.add_note(text="kort", table_id=table)
    target = tmp_path / "w.xlsx"
    with EventFile.open(path, readonly=True) as event:
        export_workbook(event, target)
    ws = load_workbook(target)["Oogstpunten"]
    h = headers(ws)
    assert ws.cell(row=2, column=h["Tekst"]).alignment.wrap_text
    width = ws.column_dimensions[get_column_letter(h["Tekst"])].width
    lines = len("woord " * 300) / (width * 1.2)
    assert ws.row_dimensions[2].height >= lines * 15
    assert ws.row_dimensions[3].height is None  # one line: the default height


def test_empty_sheets_say_so_in_one_line(tmp_path):
    path = tmp_path / "leeg.oogst"
    EventFile.create(path, title="Leeg & stil").close()
    target = tmp_path / "w.xlsx"
    with EventFile.open(path, readonly=True) as event:
        export_workbook(event, target)
        export_workbook(event, tmp_path / "en.xlsx", lang="en")
    wb = load_workbook(target)
    for ws in wb:
        if ws.title == "Perspectief x tafel":
            continue
        assert ws.max_row == 1 and ws.max_column == 1, ws.title
        assert ws["A1"].value == tr("export.empty_sheet", "nl")
        assert not ws.tables and ws.page_setup.orientation == "landscape"
        assert ws.oddHeader.center.text == "Leeg && stil"
    en = load_workbook(tmp_path / "en.xlsx")
    assert en["Actions"]["A1"].value == "This sheet is empty: the event has nothing for it (yet)."
    out = tmp_path / "lo"
    result = soffice_convert(target, out, "pdf")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader
    pages = PdfReader(str(out / "w.pdf")).pages
    assert len(pages) == len(wb.sheetnames)  # one page per sheet, no pages of headers


def test_libreoffice_prints_the_demo_landscape_and_narrow(demo_file, tmp_path):
    """Printed by LibreOffice: every page landscape A4, every sheet one page wide
    (a sheet never runs over to a second page sideways)."""
    target = tmp_path / "demo.xlsx"
    with EventFile.open(demo_file, readonly=True) as event:
        export_workbook(event, target)
    result = soffice_convert(target, tmp_path / "lo", "pdf")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader
    reader = PdfReader(str(tmp_path / "lo" / "demo.pdf"))
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    # the header row repeats on every page of the notes sheet; a page that
    # printed columns to the right of another would miss "Nr"
    notes_pages = [t for t in texts if "Oogstpunten ·" in t]
    assert len(notes_pages) >= 2
    assert all("Tekst" in t and "Nr" in t and "Onder oogstpunt" in t for t in notes_pages)
    assert len(reader.pages) <= 16
