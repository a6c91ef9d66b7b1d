"""Emphasis typed in a note (`**duurzaam organiseren**`): bold in the PDF and the
Word minutes, the words without marks in the workbook, user markup never let in."""
from __future__ import annotations

import dataclasses
import re

from hypothesis import given, strategies as st
from pypdf import PdfReader

from facilitator.eventfile import EventFile
from facilitator.exports import export_minutes, export_workbook
from facilitator.emphasis import emphasis_pieces, plain
from facilitator.exports.minutes import export_minutes_docx

from export_helpers import flat, pdf_text


def test_pieces_of_a_typed_note():
    assert emphasis_pieces("Het gaat vooral om **duurzaam organiseren**") == [
        ("Het gaat vooral om ", False), ("duurzaam organiseren", True)]
    assert emphasis_pieces("**a** en **b c**.") == [("a", True), (" en ", False),
                                                     ("b c", True), (".", False)]
    # what is not emphasis stays as typed
    for text in ("5 ** 2", "** los **", "*één*", "**", "****", "a **b", ""):
        assert emphasis_pieces(text) == [(text, False)]


@given(st.text(alphabet="ab *\n<&", max_size=40))
def test_the_words_are_kept_and_only_marks_are_taken_out(text):
    pieces = emphasis_pieces(text)
    assert pieces and plain(text) == "".join(p for p, _ in pieces)
    rebuilt = "".join(f"**{p}**" if bold else p for p, bold in pieces)
    assert rebuilt == text  # nothing else is changed, dropped or added
    assert all(p.strip() == p and p for p, bold in pieces if bold)


def _fonts_of(path, needle: str) -> set[str]:
    """The fonts the PDF uses for text pieces that contain `needle`."""
    found: set[str] = set()

    def visit(text, _cm, _tm, font, _size):
        if font and needle in text:
            found.add(str(font.get("/BaseFont", "")))
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_demo_note_carries_the_seeds_bold(demo_event, tmp_path):
    """Seed 002 line 162: "Het gaat vooral om **duurzaam organiseren**"."""
    pdf, docx_path = tmp_path / "v.pdf", tmp_path / "v.docx"
    export_minutes(demo_event, pdf, lang="nl")
    export_minutes_docx(demo_event, docx_path, lang="nl")
    text = pdf_text(pdf)
    assert "Het gaat vooral om duurzaam organiseren" in text and "**" not in text
    bold = _fonts_of(pdf, "duurzaam organiseren")
    regular = _fonts_of(pdf, "Het gaat vooral om")
    assert bold and all("Bold" in f for f in bold)
    assert regular and not any("Bold" in f for f in regular)

    import docx
    paragraph = next(p for p in docx.Document(str(docx_path)).paragraphs
                     if "duurzaam organiseren" in p.text)
    assert paragraph.text.endswith("Het gaat vooral om duurzaam organiseren")
    runs = {r.text: bool(r.bold) for r in paragraph.runs if r.text.strip()}
    assert runs["duurzaam organiseren"] is True and runs["Het gaat vooral om "] is False


def test_markup_inside_emphasis_prints_literally(tmp_path):
    """Emphasis gives no way in for markup: tags and entities inside and around the
    marks print as typed, in the PDF, the Word minutes and the workbook."""
    typed = "Let op: **<b>niet</b> & &amp; <font color=red>x</font>** en <i>dit</i> **ook**"
    path = tmp_path / "e.oogst"
    with EventFile.create(path, title="Nadruk") as event:
        table = event.add_table(theme="Wonen")
        event.add_note(text=typed, table_id=table)
        event.add_note(text="**heel** de notitie", table_id=table, kind="quote")
        pdf, docx_path, xlsx = tmp_path / "e.pdf", tmp_path / "e.docx", tmp_path / "e.xlsx"
        export_minutes(event, pdf)
        export_minutes_docx(event, docx_path)
        export_workbook(event, xlsx)
    words = "Let op: <b>niet</b> & &amp; <font color=red>x</font> en <i>dit</i> ook"
    text = pdf_text(pdf)
    assert words in text and "**" not in text
    assert "“heel de notitie”" in text  # a quote keeps one pair of marks
    assert all("Bold" in f for f in _fonts_of(pdf, "<b>niet</b>"))

    import docx
    body = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert words in body and "**" not in body

    from openpyxl import load_workbook
    cells = [str(c.value) for ws in load_workbook(xlsx).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert any(words in c for c in cells)
    assert not any(re.search(r"\*\*", c) for c in cells)
    assert flat(words) == flat(plain(typed))


def test_an_action_made_from_an_emphasised_note_prints_its_words(tmp_path):
    """The action agenda (PDF, workbook) and the minutes' action list print an
    action's words without the marks its note carried."""
    from facilitator.exports import export_agenda_pdf
    path = tmp_path / "a.oogst"
    with EventFile.create(path, title="Acties") as event:
        table = event.add_table(theme="Wonen")
        note = event.add_note(text="Een **vast contactpersoon** bij de gemeente",
                              table_id=table)
        event.action_from_note(note, owner="Gemeente")
        agenda, minutes, xlsx = tmp_path / "a.pdf", tmp_path / "m.pdf", tmp_path / "a.xlsx"
        export_agenda_pdf(event, agenda)
        export_minutes(event, minutes)
        export_workbook(event, xlsx)
    for pdf in (agenda, minutes):
        text = flat(pdf_text(pdf))
        assert "Een vast contactpersoon bij de gemeente" in text and "**" not in text, pdf

    from openpyxl import load_workbook
    actions = [str(c.value) for ws in load_workbook(xlsx).worksheets
               for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Een vast contactpersoon bij de gemeente" in actions
    assert not any("**" in c for c in actions)


def _by_the_pattern(text: str, bold: bool, italic: bool) -> tuple:
    """The runs as the regular expression alone makes them (no quick path), by
    `re.split` rather than emphasis.py's loop: plain, bold, plain, ... pieces, the
    empty plain ones left out (an empty text is one empty piece)."""
    from facilitator import emphasis
    from facilitator.exports.outline import Run
    parts = emphasis._BOLD.split(text)
    pieces = [(part, i % 2 == 1) for i, part in enumerate(parts) if part or i % 2 == 1]
    return tuple(Run(p, bold=bold or strong, italic=italic)
                 for p, strong in pieces or [("", False)])


@given(st.text(alphabet="ab *\n", max_size=30), st.booleans(), st.booleans())
def test_a_text_without_two_stars_gives_what_the_pattern_gives(text, bold, italic):
    """The quick path (no "**" in the text: one run, no pattern) and the pattern agree,
    down to the type of each field."""
    from facilitator.exports.outline import emphasis_runs
    runs, expected = emphasis_runs(text, bold=bold, italic=italic), _by_the_pattern(
        text, bold, italic)
    assert runs == expected
    def types(run):
        return tuple(type(getattr(run, f.name)) for f in dataclasses.fields(run))

    assert [types(r) for r in runs] == [types(r) for r in expected]
    assert plain(text) == "".join(r.text for r in expected)
    assert emphasis_pieces(text) == [(r.text, r.bold) for r in _by_the_pattern(text, False,
                                                                                False)]


def test_a_cut_out_piece_loses_the_marks_whose_partner_was_cut_off():
    """A search result shows a piece of a note: a mark whose partner fell outside
    it is left out too; two stars loose or glued on both sides stay as typed."""
    from facilitator.emphasis import plain_fragment
    assert plain_fragment("…de regelgrens heen loopt** en…") == "…de regelgrens heen loopt en…"
    assert plain_fragment("…regel, met **vet in het…") == "…regel, met vet in het…"
    assert plain_fragment("…**[vet] in") == "…[vet] in"
    assert plain_fragment("over de [grens]** en") == "over de [grens] en"
    for text in ("5 ** 2", "a**b", "****", "geen nadruk"):
        assert plain_fragment(text) == text


@given(st.text(alphabet="ab *\n…[]", max_size=40))
def test_a_cut_out_piece_only_loses_stars(text):
    from facilitator.emphasis import plain_fragment
    result = plain_fragment(text)
    assert result.replace("*", "") == text.replace("*", "")
    if "**" not in plain(text):
        assert result == plain(text)
