"""The minutes as a Word document: the same outline as the PDF, in Word's own structure.

LibreOffice (headless) opens it and converts it to PDF; that PDF says what
Oogst's own PDF says, section by section. Headings are Word heading styles,
lists are numbered list paragraphs, tables and the matrix are tables, page
numbers are fields, a draft says CONCEPT in its header, and an anonymous
document names nobody, not even in its properties.
"""
from __future__ import annotations

import re
import subprocess
import zipfile

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from facilitator import cli
from facilitator.eventfile import EventFile
from facilitator.exports import ExportCancelled, export_minutes
from facilitator.exports.minutes import export_minutes_docx
from facilitator.exports.minutes_outline import minutes_outline
from facilitator.exports.model import Harvest
from facilitator.words import tr

from export_helpers import soffice_convert

_NOISE = re.compile(r"[\s\-\u00ad•–◦·■\uf000-\uf8ff]")


def norm(text: str) -> str:
    """Text without whitespace, hyphens (line-end hyphenation differs) and bullets."""
    return _NOISE.sub("", text)


def body_text(pdf) -> str:
    """The PDF's text in content order, without the footer (page numbers differ)."""
    from export_helpers import _top_conftest
    tool = _top_conftest().require_tool("pdftotext")
    return subprocess.run([tool, "-raw", "-y", "0", "-H", "780", "-W", "700", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def sections(text: str, headings: list[str]) -> list[str]:
    """`text` (normalised) cut at each heading, found in order."""
    out, at = [], 0
    for heading in headings:
        found = text.find(norm(heading), at)
        assert found >= 0, f"heading not found in order: {heading!r}"
        out.append(text[at:found])
        at = found
    out.append(text[at:])
    return out


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    props = document.core_properties
    parts += [props.title, props.subject, props.author, props.last_modified_by,
              props.comments, props.keywords, props.category]
    return "\n".join(x or "" for x in parts)


@pytest.mark.parametrize("which", ["demo", "seed"])
def test_docx_opens_in_libreoffice_and_says_what_the_pdf_says(which, request, tmp_path):
    event = request.getfixturevalue("demo_event" if which == "demo" else "seed_event")
    pdf, word = tmp_path / "verslag.pdf", tmp_path / "verslag.docx"
    export_minutes(event, pdf, draft=False)
    export_minutes_docx(event, word, draft=False)
    assert zipfile.ZipFile(word).testzip() is None
    result = soffice_convert(word, tmp_path / "lo", "pdf")
    converted = tmp_path / "lo" / "verslag.pdf"
    assert result.returncode == 0 and converted.is_file(), result.stderr
    outline = minutes_outline(Harvest(event, lang="nl"), draft=False)
    headings = [text for _level, text in outline.headings()]
    ours = sections(norm(body_text(pdf)), headings)
    theirs = sections(norm(body_text(converted)), headings)
    title = tr("export.matrix", "nl")
    matrix = headings.index(title) + 1 if title in headings else None
    for i, (a, b) in enumerate(zip(ours, theirs)):
        if i == matrix:  # the PDF's drawing shortens long row labels with "…"
            assert re.findall(r"\d+", a) == re.findall(r"\d+", b)
            continue
        assert a == b, f"section {i} ({headings[i - 1] if i else 'start'!r}) differs"


def test_headings_are_word_heading_styles_and_lists_are_list_paragraphs(seed_event, tmp_path):
    word = tmp_path / "v.docx"
    export_minutes_docx(seed_event, word)
    document = docx.Document(str(word))
    outline = minutes_outline(Harvest(seed_event, lang="nl"), draft=True)
    styled = [(p.style.name, p.text.replace("\u00a0", " ")) for p in document.paragraphs
              if p.style.name.startswith(("Heading", "Title"))]
    expected = [("Title" if level < 0 else f"Heading {min(level, 2) + 1}",
                 text.replace("\u00a0", " ")) for level, text in outline.headings()]
    assert styled == expected
    # bullets are numbered list paragraphs at their depth (w:numPr with w:ilvl)
    levels = []
    for p in document.paragraphs:
        numpr = p._p.pPr.numPr if p._p.pPr is not None else None
        if numpr is not None:
            levels.append(numpr.ilvl.val)
    assert len(levels) > 40 and {0, 1, 2} <= set(levels)
    numbering = document.part.numbering_part.element
    formats = {el.get(qn("w:val")) for el in numbering.iter(qn("w:numFmt"))}
    assert "bullet" in formats
    # a perspective's note: its tag as text after a coloured square bullet
    tagged = [p for p in document.paragraphs if p.text.startswith("WRA\u00a0Tafel 1 ronde 1")]
    assert tagged


def test_tables_matrix_photo_page_numbers_draft_header_and_properties(seed_event, tmp_path):
    word = tmp_path / "v.docx"
    export_minutes_docx(seed_event, word)
    document = docx.Document(str(word))
    # (a word wider than its column carries soft hyphens: U+00AD)
    headers = [[c.text.replace("\u00ad", "") for c in t.rows[0].cells]
               for t in document.tables]
    assert ["Wat", "Eigenaar", "Partners", "Niveau", "Datum", "Status"] in headers
    for table in document.tables:  # the header row repeats on every page
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    matrix = next(t for t in document.tables if t.rows[-1].cells[0].text == "Totaal")
    assert headers[-1] == ["", "Tafel 1", "Tafel 2", "Tafel 3", "Tafel 4", "Tafel 5", "Plenair"]
    assert [c.text for c in matrix.rows[1].cells] == ["Burgers/inwoners"] + ["1"] * 5 + ["2"]
    assert len(document.inline_shapes) == 1  # the flip-over photo
    assert any(p.text == "Flip-over van tafel 1" for p in document.paragraphs)
    section = document.sections[0]
    assert "CONCEPT v2" in section.header.paragraphs[0].text
    codes = "".join(el.text for el in section.footer._element.iter(qn("w:instrText")))
    assert "PAGE" in codes and "NUMPAGES" in codes
    # the page number at the right margin: one right-aligned tab stop at the text width
    footer = section.footer.paragraphs[0]
    [stop] = footer.paragraph_format.tab_stops
    assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert abs(stop.position.cm - (section.page_width.cm - section.left_margin.cm
                                   - section.right_margin.cm)) < 0.05
    assert footer.text.count("\t") == 1
    # the notes without a perspective are shaded grey in the matrix too
    none_row = next(r for r in matrix.rows if r.cells[0].text == "zonder perspectief")
    assert any(c._tc.tcPr is not None and c._tc.tcPr.find(qn("w:shd")) is not None
               for c in none_row.cells[1:] if c.text)
    props = document.core_properties
    assert props.title == "Samenspel in beweging"
    assert "28 november 2017" in props.subject
    assert (props.version, props.content_status, props.revision) == ("v2", "Concept", 2)
    assert props.author == "Oogst" and props.last_modified_by == "Oogst"
    final = tmp_path / "final.docx"
    export_minutes_docx(seed_event, final, draft=False, lang="en")
    document = docx.Document(str(final))
    assert document.sections[0].header.paragraphs[0].text == ""
    assert document.core_properties.content_status == "Final"


@pytest.mark.parametrize("which", ["demo", "seed"])
def test_anonymous_docx_names_nobody(which, request, tmp_path):
    event = request.getfixturevalue("demo_event" if which == "demo" else "seed_event")
    word = tmp_path / "anon.docx"
    export_minutes_docx(event, word, anonymous=True, participant_list=True)
    text = all_text(docx.Document(str(word))).lower()
    names = [p.name for p in event.participants() if p.name]
    assert names
    assert [n for n in names if n.lower() in text] == []
    assert "movisie" in text


def test_oogst_export_docx_and_cancel_leave_no_half_file(seed_path, tmp_path, capsys):
    target = tmp_path / "verslag.docx"
    assert cli.main(["export", str(seed_path), "--docx", str(target), "--final"]) == 0
    assert str(target) in capsys.readouterr().out
    assert docx.Document(str(target)).core_properties.content_status == "Definitief"
    target.write_bytes(b"old")
    calls = []
    with EventFile.open(seed_path, readonly=True) as event, pytest.raises(ExportCancelled):
        export_minutes_docx(event, target, should_abort=lambda: len(calls) > 3 or
                            bool(calls.append(1)))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seedlike.oogst", "verslag.docx"]


def test_the_body_is_streamed_in_pieces_in_order_with_unique_picture_ids(monkeypatch,
                                                                          tmp_path):
    """The body is written out every few entries (here every 4): nothing is lost or
    reordered, the section properties close the body, pictures keep unique ids."""
    import io

    from PIL import Image as PILImage

    from facilitator.exports import docx_render
    from facilitator.exports.outline import (BulletList, Heading, Image, ListItem, Outline,
                                             Run, Title)
    from facilitator.exports.safety import Job

    monkeypatch.setattr(docx_render, "FLUSH_EVERY", 4)
    png = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(png, "PNG")
    blocks = [Title("Verslag")]
    for n in range(3):
        blocks += [Heading(f"Tafel {n + 1}", 1),
                   BulletList(tuple(ListItem((Run(f"punt {n}.{i}"),), depth=i % 3)
                                    for i in range(11))),
                   Image(png.getvalue(), f"Foto {n + 1}")]
    target = tmp_path / "stream.docx"
    with target.open("wb") as handle:
        docx_render.render_docx(Outline("Verslag", "nl", tuple(blocks)), handle,
                                Job(None, None, "nl"))
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs if p.text]
    expected = ["Verslag"]
    for n in range(3):
        expected += [f"Tafel {n + 1}", *[f"punt {n}.{i}" for i in range(11)], f"Foto {n + 1}"]
    assert texts == expected
    body = document.element.body
    assert body[-1].tag == qn("w:sectPr")
    assert len(body.findall(qn("w:sectPr"))) == 1
    ids = [int(el.get("id")) for el in document.element.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert sorted(ids) == [1, 2, 3]
    assert len(document.inline_shapes) == 3
