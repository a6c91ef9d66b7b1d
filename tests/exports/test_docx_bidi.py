"""facilitator/exports/docx_bidi.py: Arabic and Hebrew in the Word minutes are
right-to-left paragraphs with right-to-left runs (bold Arabic bold), and the
document still opens in LibreOffice with the text in reading order."""
from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from facilitator.eventfile import EventFile
from facilitator.exports.minutes import export_minutes_docx

ARABIC = "نريد مكانًا للقاء في الحي منذ 2019 مع Microsoft Excel"
HEBREW = "אנחנו רוצים מקום מפגש בשכונה"
DUTCH = "Een plek om elkaar te ontmoeten"


@pytest.fixture
def minutes(tmp_path):
    path = tmp_path / "rtl.oogst"
    with EventFile.create(path, title="Buurt") as event:
        table = event.add_table(theme="Ontmoeten")
        for text in (ARABIC, HEBREW, DUTCH, "**مهم جدا** للجميع"):
            event.add_note(text=text, table_id=table)
        target = tmp_path / "rtl.docx"
        export_minutes_docx(event, target, lang="nl")
    return target


def _paragraph(document, needle):
    return next(p for p in document.paragraphs if needle in p.text)


def test_right_to_left_paragraphs_and_runs(minutes):
    document = docx.Document(str(minutes))
    for needle in (ARABIC, HEBREW):
        p = _paragraph(document, needle)
        assert p._p.pPr.find(qn("w:bidi")) is not None, needle
        assert any(r.font.rtl for r in p.runs if needle[:5] in r.text)
    dutch = _paragraph(document, DUTCH)
    assert dutch._p.pPr is None or dutch._p.pPr.find(qn("w:bidi")) is None
    assert not any(r.font.rtl for r in dutch.runs)
    bold = _paragraph(document, "مهم جدا")
    run = next(r for r in bold.runs if "مهم" in r.text)
    assert run.bold and run.font.cs_bold and run.font.rtl


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_them_in_reading_order(minutes, tmp_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir",
                    str(tmp_path), str(minutes)], check=True, capture_output=True,
                   timeout=180)
    text = (tmp_path / "rtl.txt").read_text(encoding="utf-8-sig")
    for needle in (ARABIC, HEBREW, DUTCH):
        assert needle in text
