"""Hostile text through every field: markup, &, <, emoji, RTL, control characters,
100,000-character notes. Both PDF and workbook stay valid and keep the text."""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from facilitator.eventfile import EventFile
from facilitator.exports import (export_agenda_pdf, export_minutes, export_signin_sheet,
                                 export_table_cards, export_workbook)
from facilitator.exports import fonts
from facilitator.exports.pdfkit import styles
from facilitator.exports.safety import EXCEL_CELL_LIMIT, clean, para, set_text, split_for_cell

from export_helpers import ALL_SHEETS_CSV, pdf_text, soffice_convert

HOSTILE = ("<b>vet</b> & <i>schuin</i> <font color=red>x</font> <para> &amp; &lt; "
           "a<b & c>d </b> ]]> \"' 😀 🧑‍🤝‍🧑 👍🏽 שלום עולם مرحبا ĳ ş ğ ł é € "
           "ctrl:\x00\x01\x07\x1b\x7f\x85 tab:\t= end")
LONG_TAIL = "EINDE-VAN-DE-LANGE-NOTITIE"


def long_text() -> str:
    body = ("Een heel lange notitie met veel woorden en een & en < en > teken. " * 1600)
    return (body[:99_970] + LONG_TAIL).ljust(100_000, "x")


def hostile_event(path) -> dict:
    h = HOSTILE
    with EventFile.create(path) as ev:
        ev.update_event(title="Titel " + h, subtitle=h, venue=h, organiser=h,
                        introduction=h, date="2024-03-01")
        p = ev.add_perspective(name="Perspectief " + h, colour="#112233")
        person = ev.add_participant(name="Naam <b>" + h, organisations=[h, "Org & co"],
                                    function=h, perspective_id=p, email=h)
        item = ev.add_programme_item(title=h, kind="talk", speakers=h, description=h)
        ev.add_note(text=h, programme_item_id=item, party=h)
        plen = ev.add_programme_item(title=h, kind="plenary", speakers=h)
        q = ev.add_question(kind="plenary", text=h)
        ev.add_note(text=h, programme_item_id=plen, question_id=q, perspective_id=p)
        table = ev.add_table(theme=h, pitch=h, initiative=h, host_id=person)
        ev.assign_participant(person, table_id=table)
        uq = ev.add_question(table_id=table, label=h[:10], text=h, initiatives=[h])
        ev.add_question(table_id=table, text=h, parent_id=uq)
        rq = ev.add_question(kind="round", table_id=table, label="1", text=h, minutes=20)
        root = ev.add_note(text=h, table_id=table, question_id=rq, perspective_id=p,
                           party=h, speaker_id=person)
        ev.add_note(text=long_text(), table_id=table, question_id=rq, parent_id=root)
        ev.add_note(text=h, table_id=table, question_id=rq, kind="conclusion")
        ev.add_note(text=h, table_id=table, question_id=rq, kind="dilemma")
        ev.add_note(text=h, table_id=table, question_id=rq, kind="quote")
        from seedlike import png_bytes
        ev.add_attachment(data=png_bytes(), filename="x.png", caption=h, table_id=table)
        ev.add_action(what=h, owner=h, partners=[h, "=1+1"], period=h, due_date="2024-04-01")
        ev.add_action(what=long_text(), owner="=cmd|' /C calc'!A0")
        ev.add_follow_up(topic=h, organiser=h, date="2024-05-01")
    return {"table": table}


@pytest.fixture(scope="module")
def hostile_exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.oogst"
    hostile_event(path)
    out = {}
    with EventFile.open(path, readonly=True) as ev:
        out["minutes"] = export_minutes(ev, folder / "m.pdf", participant_list=True)
        out["agenda"] = export_agenda_pdf(ev, folder / "a.pdf")
        out["cards"] = export_table_cards(ev, folder / "c.pdf")
        out["signin"] = export_signin_sheet(ev, folder / "s.pdf")
        out["workbook"] = export_workbook(ev, folder / "w.xlsx")
    out["folder"] = folder
    return out


VISIBLE = ["<b>vet</b>", "& <i>schuin</i>", "<font color=red>x</font>", "&amp; &lt;",
           "a<b & c>d", "]]>", "[U+1F9D1]", "ĳ ş ğ ł é €", "ctrl: tab:", "= end"]


@pytest.mark.parametrize("kind", ["minutes", "agenda", "cards", "signin"])
def test_pdfs_stay_valid_and_show_the_text_literally(hostile_exports, kind):
    reader = PdfReader(str(hostile_exports[kind]))
    assert len(reader.pages) >= 1
    text = pdf_text(hostile_exports[kind])
    for piece in VISIBLE:
        assert piece in text, (kind, piece)
    # emoji are shown as their code point, never silently dropped
    assert "[U+1F600]" in text
    for ch in "\x00\x01\x07\x1b":
        assert ch not in text
    # right-to-left text is kept: Hebrew as letters (pypdf may read them in either
    # direction), Arabic in the embedded Noto Naskh Arabic font
    assert "שלום" in text or "םולש" in text, kind
    # Arabic prints as joined letters (presentation forms), no longer as [U+0645] codes.
    assert "[U+06" not in text and any(0xFE70 <= ord(ch) <= 0xFEFF for ch in text), kind


def test_long_note_is_complete_in_the_minutes(hostile_exports):
    text = pdf_text(hostile_exports["minutes"])
    assert LONG_TAIL in text
    assert text.count("Een heel lange notitie") >= 1500


def test_workbook_keeps_every_text(hostile_exports, tmp_path):
    wb = load_workbook(hostile_exports["workbook"])
    ws = wb["Oogstpunten"]
    head = {c.value: c.column for c in ws[1]}
    extra = [k for k in head if k and k.startswith("Tekst (vervolg")]
    assert len(extra) == 3  # 100,000 characters = 4 pieces of at most 32,767
    texts = []
    for r in range(2, ws.max_row + 1):
        pieces = [ws.cell(row=r, column=head["Tekst"]).value or ""]
        pieces += [ws.cell(row=r, column=head[k]).value or "" for k in extra]
        for c in ws[r]:
            if isinstance(c.value, str):
                assert len(c.value) <= EXCEL_CELL_LIMIT
        texts.append("".join(pieces))
    assert clean(HOSTILE) in texts
    assert long_text() in texts
    actions = wb["Actiepunten"]
    values = [c.value for row in actions.iter_rows(min_row=2) for c in row]
    assert "=cmd|' /C calc'!A0" in values
    assert all(c.data_type != "f" for ws in wb for row in ws.iter_rows() for c in row)
    result = soffice_convert(hostile_exports["workbook"], tmp_path / "lo", ALL_SHEETS_CSV)
    assert result.returncode == 0, result.stderr
    csv_text = (tmp_path / "lo" / "w-Oogstpunten.csv").read_text(encoding="utf-8")
    assert LONG_TAIL in csv_text and "<b>vet</b>" in csv_text


# -- properties of the safety functions ----------------------------------------------

@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_is_safe_paragraph_markup(text):
    covered = fonts.covered()
    markup = para(text, covered)
    Paragraph(markup or "x", styles()["body"]).wrap(400, 1000)  # parses, lays out
    # Only our own tags: line breaks and the Arabic font around runs in Arabic script.
    ours = re.sub(r'<font name="OogstArabic">|</font>', "", markup.replace("<br/>", ""))
    assert "<" not in ours


@given(st.text(max_size=200), st.integers(min_value=2, max_value=50))
@settings(max_examples=150, deadline=None)
def test_split_for_cell_is_lossless(text, limit):
    pieces = split_for_cell(text, limit)
    assert "".join(pieces) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= limit for p in pieces)


@given(st.lists(st.text(max_size=60), min_size=1, max_size=12))
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
def test_any_text_reads_back_from_excel(texts):
    wb = Workbook()
    ws = wb.active
    for i, text in enumerate(texts, 1):
        set_text(ws.cell(row=i, column=1), text)
    buffer = io.BytesIO()
    wb.save(buffer)
    back = load_workbook(io.BytesIO(buffer.getvalue())).active
    for i, text in enumerate(texts, 1):
        assert (back.cell(row=i, column=1).value or "") == clean(text)


@given(st.text(min_size=1, max_size=120).filter(lambda t: t.strip()))
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_any_note_exports_to_pdf_and_workbook(tmp_path, text):
    ev = EventFile.in_memory()
    table = ev.add_table(theme=text)
    ev.add_note(text=text, table_id=table, party=text)
    ev.add_action(what=text, owner=text)
    export_minutes(ev, tmp_path / "m.pdf")
    export_workbook(ev, tmp_path / "w.xlsx")
    assert PdfReader(str(tmp_path / "m.pdf")).pages
    ws = load_workbook(tmp_path / "w.xlsx")["Oogstpunten"]
    assert (ws.cell(row=2, column=9).value or "") == clean(ev.notes()[0].text)


def test_a_received_file_with_notes_nested_3000_deep_exports(tmp_path):
    """The core refuses nesting deeper than MAX_NOTE_DEPTH, but a file written by
    someone else may hold a chain of 3,000 notes (the review's finding: it broke
    the export). Every format still exports it."""
    import sqlite3

    from facilitator.exports.minutes import export_minutes_docx
    path = tmp_path / "diep.oogst"
    with EventFile.create(path, title="Diep") as ev:
        root = ev.add_note(text="wortel", table_id=ev.add_table(theme="Diep"))
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM note WHERE id = ?", (root,)).fetchone())
    parent = root
    for level in range(3000):
        row.update(id=f"diep{level:05d}", parent_id=parent, text=f"niveau {level}")
        conn.execute(f"INSERT INTO note ({', '.join(row)}) VALUES "
                     f"({', '.join('?' * len(row))})", list(row.values()))
        parent = row["id"]
    conn.commit()
    conn.close()
    with EventFile.open(path, readonly=True) as ev:
        export_minutes(ev, tmp_path / "m.pdf")
        export_minutes_docx(ev, tmp_path / "m.docx")
        export_workbook(ev, tmp_path / "w.xlsx")
    text = pdf_text(tmp_path / "m.pdf")
    assert "niveau 0" in text and "niveau 2999" in text
