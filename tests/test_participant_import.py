"""Reading registration lists (.xlsx, .csv in any common dialect) and checking rows."""
from __future__ import annotations

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import participant_import as pi
from facilitator.eventfile import EventFile

HEADERS = ["Naam", "Organisatie", "Functie", "Perspectief", "E-mail", "Toestemming", "Tafel"]
ROWS = [
    ["Wietske de Vries", "Gemeente Utrecht", "beleidsadviseur", "Gemeenten",
     "wietske@utrecht.nl", "ja", "1"],
    ["", "Zorgverzekeraar Zilveren Kruis", "", "zorgverzekeraars", "", "ja", ""],
    ["", "", "", "Burgers", "leeg@example.org", "ja", ""],           # empty name and org
    ["Jan Bakker", "Wmo-raad Zeist; Mantelzorg NL", "voorzitter", "Marsmannetjes",
     "jan.bakker@example.org", "nee", "2"],                           # unknown perspective
    ["Wietske de Vries", "Gemeente Utrecht", "", "", "wietske@utrecht.nl", "", ""],  # dup
    ["Ahmet Yılmaz", "Stichting Ĳsselzorg", "", "burger", "ahmet at example", "misschien",
     "Tafel 9"],                                                      # bad e-mail etc.
]


@pytest.fixture
def event():
    ev = EventFile.in_memory()
    ev.add_perspective(name="Burgers/inwoners")
    ev.add_perspective(name="Gemeenten")
    ev.add_perspective(name="Zorgverzekeraars")
    ev.add_table(theme="Samenwerking in de wijk")
    ev.add_table(theme="Mantelzorg")
    yield ev
    ev.close()


def write_csv(path, rows, *, delimiter=";", encoding="utf-8-sig"):
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in r)
                       for r in rows)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows, *, sheet="Aanmeldingen", extra_sheet=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Instructies" if extra_sheet else sheet
    if extra_sheet:
        ws.append(["Vul de lijst in op het tweede blad"])
        ws = wb.create_sheet(sheet)
    ws.append([])  # an empty first row: the header is the first non-empty one
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def plan_for(event, sheet):
    return pi.plan_import(
        sheet, pi.guess_mapping(sheet.headers),
        perspectives={p.name: p.id for p in event.perspectives()},
        tables=pi.table_choices(event.tables()),
        existing=[(p.name, p.organisations, p.email) for p in event.participants()])


def check_plan(event, plan):
    persp = {p.name: p.id for p in event.perspectives()}
    tables = {t.number: t.id for t in event.tables()}
    assert [r.row_number for r in plan.rows] == [2, 3, 5, 7]
    wietske, zk, jan, ahmet = plan.rows
    assert wietske.perspective_id == persp["Gemeenten"] and wietske.table_ids == (tables[1],)
    assert wietske.email == "wietske@utrecht.nl" and wietske.consent_named and not wietske.warnings
    assert zk.name == "" and zk.organisations == ("Zorgverzekeraar Zilveren Kruis",)
    assert zk.perspective_id == persp["Zorgverzekeraars"]
    assert jan.organisations == ("Wmo-raad Zeist", "Mantelzorg NL")
    assert jan.perspective_id is None and jan.consent_named is False
    assert [w.code for w in jan.warnings] == ["perspective"]
    assert ahmet.name == "Ahmet Yılmaz" and ahmet.email == ""
    assert ahmet.perspective_id == persp["Burgers/inwoners"]
    assert {w.code for w in ahmet.warnings} == {"email", "consent", "table"}
    assert ahmet.consent_named is False
    assert [(s.row_number, s.reason.code) for s in plan.skipped] == [
        (4, "empty"), (6, "duplicate_file")]
    assert plan.skipped[1].reason.value == "2"
    # Every data row is accounted for: imported or skipped, none silently dropped.
    assert len(plan.rows) + len(plan.skipped) == len(ROWS)
    assert "not imported" in str(plan.skipped[0].reason)


@pytest.mark.parametrize("delimiter,encoding", [(";", "utf-8-sig"), (",", "utf-8"),
                                                ("\t", "utf-8"), (";", "cp1252")])
def test_csv_dialects(tmp_path, event, delimiter, encoding):
    rows = [r[:] for r in ROWS]
    if encoding == "cp1252":  # cp1252 has no ı or Ĳ
        rows[5][0], rows[5][1] = "Ahmet Yilmaz", "Stichting Café Zorg"
    path = write_csv(tmp_path / "lijst.csv", [HEADERS] + rows, delimiter=delimiter,
                     encoding=encoding)
    sheet = pi.read_sheet(path)
    assert sheet.delimiter == delimiter
    assert sheet.encoding == ("cp1252" if encoding == "cp1252" else "utf-8")
    assert sheet.headers == tuple(HEADERS)
    assert sheet.rows[5][1] == rows[5][1]
    plan = plan_for(event, sheet)
    if encoding == "cp1252":
        assert plan.rows[-1].organisations == ("Stichting Café Zorg",)
    else:
        check_plan(event, plan)


def test_xlsx_second_sheet_and_apply(tmp_path, event):
    path = write_xlsx(tmp_path / "aanmeldingen.xlsx", [HEADERS] + ROWS)
    assert pi.sheet_names(path) == ["Instructies", "Aanmeldingen"]
    sheet = pi.read_sheet(path, sheet="Aanmeldingen")
    assert sheet.row_numbers[0] == 3  # row 1 empty, row 2 the header
    plan = plan_for(event, sheet)
    assert [r.row_number for r in plan.rows] == [3, 4, 6, 8]
    ids = pi.apply_import(event, plan.rows)
    people = {p.id: p for p in event.participants()}
    assert set(ids) <= set(people) and len(people) == 4
    table1 = event.tables()[0]
    assert [p.name for p in event.table_members(table1.id)] == ["Wietske de Vries"]
    # Importing the same list again adds no one.
    again = plan_for(event, sheet)
    assert again.rows == [] and {s.reason.code for s in again.skipped} == {
        "empty", "duplicate_event"}


def test_numbers_and_dates_in_excel_cells(tmp_path, event):
    from datetime import datetime
    path = write_xlsx(tmp_path / "x.xlsx", [["Naam", "Tafel", "Aangemeld"],
                                           ["Piet", 2, datetime(2017, 11, 1)]],
                      extra_sheet=False)
    sheet = pi.read_sheet(path)
    assert sheet.rows == (("Piet", "2", "2017-11-01"),)
    plan = plan_for(event, sheet)
    assert plan.rows[0].table_ids == (event.tables()[1].id,)


def test_split_name_columns_and_english_headers():
    mapping = pi.guess_mapping(["First name", "Last name", "Organization", "Job title",
                                "Email address", "Stakeholder group", "Consent"])
    assert mapping == {"name": None, "first_name": 0, "infix": None, "last_name": 1,
                       "organisations": 2, "function": 3, "perspective": 5, "email": 4,
                       "consent": 6, "table": None}
    dutch = pi.guess_mapping(["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres"])
    assert (dutch["first_name"], dutch["infix"], dutch["last_name"], dutch["email"]) == (
        0, 1, 2, 3)
    sheet = pi.Sheet(("Voornaam", "Tussenvoegsel", "Achternaam"),
                     (("Anne", "van der", "Berg"),), (2,))
    plan = pi.plan_import(sheet, dutch, perspectives={}, tables={})
    assert plan.rows[0].name == "Anne van der Berg"


def test_unreadable_files(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(pi.ImportFileError, match=".xlsx"):
        pi.read_sheet(tmp_path / "old.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(pi.ImportFileError, match="Excel"):
        pi.read_sheet(tmp_path / "broken.xlsx")
    with pytest.raises(pi.ImportFileError):
        pi.read_sheet(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    assert pi.read_sheet(tmp_path / "empty.csv").rows == ()


def test_match_choice():
    choices = {"Burgers/inwoners": "b", "Gemeenten": "g", "Zorg- en welzijnsinstellingen": "z",
               "Zorgverzekeraars": "v"}
    assert pi.match_choice("gemeente", choices) == "g"
    assert pi.match_choice("Burgers", choices) == "b"
    assert pi.match_choice("zorg", choices) is None  # two candidates: unclear
    assert pi.match_choice("Zorgverzekeraar", choices) == "v"
    assert pi.match_choice("Banken", choices) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)),
                                 max_size=12), min_size=3, max_size=3),
                min_size=1, max_size=12))
def test_every_row_is_accounted_for(rows):
    sheet = pi.Sheet(("Naam", "Organisatie", "E-mail"), tuple(tuple(r) for r in rows),
                     tuple(range(2, 2 + len(rows))))
    plan = pi.plan_import(sheet, pi.guess_mapping(sheet.headers), perspectives={}, tables={})
    numbers = sorted([r.row_number for r in plan.rows] + [s.row_number for s in plan.skipped])
    assert numbers == list(sheet.row_numbers)


def test_reading_reports_progress_and_stops_when_asked(tmp_path):
    from facilitator import jobs
    path = tmp_path / "groot.csv"
    path.write_text("Naam;Organisatie\n" + "".join(f"Persoon {i};Org\n" for i in range(1000)),
                    encoding="utf-8")
    seen = []
    sheet = pi.read_sheet(path, progress=lambda done, total, message: seen.append(done))
    assert len(sheet.rows) == 1000 and seen and seen[-1] <= 1001
    with pytest.raises(jobs.Cancelled) as stopped:
        pi.read_sheet(path, should_abort=lambda: True)
    assert stopped.value.text("nl") == "Inlezen afgebroken."


def test_a_cancelled_import_adds_nobody(tmp_path):
    from facilitator import jobs
    with EventFile.create(tmp_path / "e.oogst") as event:
        rows = [{"name": f"Persoon {i}"} for i in range(500)]
        asked = []

        def stop_half_way() -> bool:
            asked.append(1)
            return len(asked) > 50

        seen = []
        with pytest.raises(jobs.Cancelled):
            event.add_participants(rows, should_abort=stop_half_way,
                                   progress=lambda d, t, m: seen.append((d, t)))
        assert event.participants() == [] and event.undo_label is None
        assert seen and all(t == 500 for _, t in seen)
        event.add_participants(rows, progress=lambda d, t, m: seen.append((d, t)))
        assert len(event.participants()) == 500 and seen[-1] == (500, 500)


# -- limits: files that froze the import (security issue) ----------------------------------

import time  # noqa: E402
import zipfile  # noqa: E402

from facilitator import import_limits as limits  # noqa: E402
from facilitator.errors import OogstError  # noqa: E402

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
         '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
             'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name='
             '"Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
            '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
            ' Target="worksheets/sheet1.xml"/></Relationships>')


def _sheet_xml(dimension: str, rows: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            f'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/>'
            f'<sheetData>{rows}</sheetData></worksheet>')


def _xlsx(path, sheet: str, extra: dict[str, bytes] | None = None):
    """A workbook written by hand (as an attacker would), zip member by member."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def _refused_fast(path, capsys, key: str, *, within: float = 3.0) -> str:
    start = time.perf_counter()
    with pytest.raises(OogstError) as info:
        pi.read_sheet(path)
    took = time.perf_counter() - start
    message = info.value.text("en")
    with capsys.disabled():
        print(f"\n{path.name} ({path.stat().st_size:,} bytes): refused in {took:.3f} s: "
              f"{message}")
    assert info.value.key == key
    assert took < within
    return message


def test_a_small_xlsx_declaring_a_huge_sheet_is_refused_at_once(tmp_path, capsys):
    cells = "".join(f'<c r="{pi._column_letter(i)}1" t="inlineStr"><is><t>x</t></is></c>'
                    for i in range(3))
    path = _xlsx(tmp_path / "dimension.xlsx",
                 _sheet_xml("A1:XFD1048576", f'<row r="1">{cells}</row>'))
    message = _refused_fast(path, capsys, "error.import.sheet_too_wide")
    assert "16384 columns" in message and str(limits.MAX_COLUMNS) in message


def test_a_row_with_millions_of_cells_is_refused(tmp_path, capsys):
    row = '<row r="1">' + '<c t="inlineStr"><is><t>x</t></is></c>' * 2_000_000 + "</row>"
    path = _xlsx(tmp_path / "cells.xlsx", _sheet_xml("A1:C1", row))
    assert path.stat().st_size < 1_000_000
    _refused_fast(path, capsys, "error.import.compression_ratio")


def test_a_shared_strings_bomb_is_refused(tmp_path, capsys):
    strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + "<si><t>" + "A" * 300_000_000 + "</t></si></sst>").encode()
    path = _xlsx(tmp_path / "strings.xlsx", _sheet_xml("A1", '<row r="1"><c r="A1" t="s">'
                                                      "<v>0</v></c></row>"),
                 {"xl/sharedStrings.xml": strings})
    del strings
    _refused_fast(path, capsys, "error.import.unpacks_too_big")


def test_shared_strings_over_their_limit_are_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RATIO", 10 ** 9)
    strings = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + "<si><t>x</t></si>" * 4_000_000 + "</sst>").encode()
    path = _xlsx(tmp_path / "sst.xlsx", _sheet_xml("A1", ""), {"xl/sharedStrings.xml": strings})
    _refused_fast(path, capsys, "error.import.shared_strings_too_big")


def test_a_50_mb_one_line_csv_is_refused_at_once(tmp_path, capsys):
    path = tmp_path / "oneline.csv"
    path.write_bytes(b"Naam;" + b"x" * (50 * 1024 * 1024))
    _refused_fast(path, capsys, "error.import.file_too_big", within=1)
    path = tmp_path / "line.csv"
    path.write_bytes(b"Naam;Organisatie\n" + b"y" * (5 * 1024 * 1024) + b"\nAn;Org\n")
    message = _refused_fast(path, capsys, "error.import.line_too_long")
    assert "Line 2 " in message


def test_too_many_columns_and_too_long_cells_are_refused(tmp_path, capsys):
    path = tmp_path / "wide.csv"
    path.write_text("Naam;Org\n" + ";".join(["x"] * 500) + "\n", "utf-8")
    assert "Row 2 " in _refused_fast(path, capsys, "error.import.too_many_columns")
    path = tmp_path / "cell.csv"
    path.write_text('Naam;Org\n"' + "z" * 50_000 + '";Org\n', "utf-8")
    _refused_fast(path, capsys, "error.import.cell_too_long")
    # empty columns at the end of a row (a spreadsheet's export) are no problem
    path = tmp_path / "trailing.csv"
    path.write_text("Naam;Org" + ";" * 400 + "\nAn;Org" + ";" * 400 + "\n", "utf-8")
    assert pi.read_sheet(path).rows == (("An", "Org"),)


def test_a_list_over_max_rows_says_so(tmp_path):
    path = tmp_path / "many.csv"
    lines = ["Naam;Organisatie"] + [f"Persoon {i};Org {i}" for i in range(pi.MAX_ROWS + 500)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    start = time.perf_counter()
    sheet = pi.read_sheet(path)
    print(f"{pi.MAX_ROWS + 500} rows read in {time.perf_counter() - start:.2f} s")
    assert len(sheet.rows) == pi.MAX_ROWS
    assert sheet.cut_after == pi.MAX_ROWS + 1
    (warning,) = sheet.warnings("en")
    assert "more than 20,000 rows" in warning and "20001" in warning
    assert "meer dan 20.000 rijen" in sheet.warnings("nl")[0]
    exact = tmp_path / "exact.csv"
    exact.write_text("\n".join(lines[:pi.MAX_ROWS + 1]) + "\n", "utf-8")
    assert pi.read_sheet(exact).warnings("en") == []


def test_overlong_names_are_skipped_with_a_reason(event):
    sheet = pi.Sheet(("Naam", "Organisatie"), (("N" * 5000, "Org"), ("An", "Org")), (2, 3))
    plan = pi.plan_import(sheet, pi.guess_mapping(sheet.headers), perspectives={}, tables={})
    assert [r.name for r in plan.rows] == ["An"]
    assert plan.skipped[0].reason.code == "too_long"
    assert "not imported" in plan.skipped[0].reason.text("en")

