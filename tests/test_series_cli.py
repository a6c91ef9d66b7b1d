"""End to end on the command line: a follow-up of the demo, its review in the
minutes, and the agenda across the two files (each action once)."""
from __future__ import annotations

import pytest

import subprocess
import sys
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from facilitator import EventFile
from facilitator.cli import run

ROOT = Path(__file__).resolve().parent.parent

@pytest.fixture
def demo_file(demo_with_actions):
    """The demo after its five agenda points became actions (seed 002 has no action
    list; tests/conftest.py)."""
    return demo_with_actions[0]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(path)).pages)


def test_follow_up_of_the_demo_review_in_minutes_and_agenda_once(demo_file, tmp_path,
                                                                 capsys):
    later_path = tmp_path / "vervolg.oogst"
    assert run(["new", "--follow-up", str(demo_file), str(later_path)]) == 0
    assert ": 5 open" in capsys.readouterr().out
    with EventFile.open(demo_file, readonly=True) as demo:
        demo_actions = demo.actions()
    with EventFile.open(later_path) as later:
        carried = later.actions()
        assert [a.carried_from for a in carried] == [a.id for a in demo_actions]
        first = carried[0]
        later.review_action(first.id, status="gereed",
                            review_note="Op 5 december aan alle deelnemers gemaild")
    minutes = tmp_path / "verslag.pdf"
    assert run(["export", str(later_path), "--minutes", str(minutes)]) == 0
    text = pdf_text(minutes)
    assert "Stand van zaken actiepunten" in text
    assert "Op 5 december aan alle deelnemers gemaild" in text
    assert "Samenspel in beweging, 28 november 2017 · Initiatiefgroep" in text

    workbook, pdf = tmp_path / "agenda.xlsx", tmp_path / "agenda.pdf"
    word = tmp_path / "agenda.docx"
    assert run(["agenda", str(demo_file), str(later_path), "--xlsx", str(workbook),
                "--pdf", str(pdf), "--docx", str(word)]) == 0
    rows = list(openpyxl.load_workbook(workbook)["Actiepunten"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Wat", "Eigenaar", "Partners")
    whats = [r[0] for r in rows[1:]]
    assert sorted(whats) == sorted(a.what for a in demo_actions)  # each action once
    done = next(r for r in rows[1:] if r[0] == first.what)
    assert (done[6], done[7], done[10]) == ("Gereed", "Op 5 december aan alle deelnemers "
                                            "gemaild", "vervolg.oogst")
    pdf_words = pdf_text(pdf)
    assert pdf_words.count("Iedereen krijgt de uitgewerkte verslagen") == 1
    assert "2 bijeenkomsten gelezen, 5 actiepunten" in pdf_words
    import docx
    word_text = " ".join(p.text for p in docx.Document(str(word)).paragraphs)
    word_text += " ".join(c.text for t in docx.Document(str(word)).tables
                          for row in t.rows for c in row.cells)
    assert word_text.count("Iedereen krijgt de uitgewerkte verslagen") == 1
    assert "2 bijeenkomsten gelezen, 5 actiepunten" in word_text


def test_agenda_per_organisation_and_a_skipped_file(demo_file, tmp_path, capsys):
    junk = tmp_path / "boodschappen.oogst"
    junk.write_text("melk, brood", encoding="utf-8")
    out = tmp_path / "vng.xlsx"
    assert run(["agenda", str(tmp_path), "--xlsx", str(out),
                "--organisation", "VNG Utrecht"]) == 0
    err = capsys.readouterr().err
    assert "boodschappen.oogst" in err
    rows = list(openpyxl.load_workbook(out)["Actiepunten"].iter_rows(values_only=True))[1:]
    assert len(rows) == 2 and all("VNG Utrecht" in r[2] for r in rows)
    each = tmp_path / "per-organisatie"
    assert run(["agenda", str(demo_file), "--each-organisation", str(each)]) == 0
    vng = list(openpyxl.load_workbook(each / "Actieagenda over bijeenkomsten - VNG Utrecht.xlsx")
               ["Actiepunten"].iter_rows(min_row=2, values_only=True))
    assert [r[:3] for r in vng] == [r[:3] for r in rows]
    assert (each / "Actieagenda over bijeenkomsten - NLZVE.pdf").is_file()


def test_agenda_refusals(tmp_path, capsys):
    assert run(["agenda", str(tmp_path)]) == 1
    assert "--pdf" in capsys.readouterr().err
    assert run(["agenda", str(tmp_path / "niets.oogst"), "--pdf", str(tmp_path / "a.pdf")]) == 1
    assert not (tmp_path / "a.pdf").exists()
    assert run(["agenda", str(tmp_path), "--pdf", str(tmp_path / "a.pdf"),
                "--from", "gisteren"]) == 1
    assert run(["new", "--follow-up", str(tmp_path / "nope.oogst"),
                str(tmp_path / "b.oogst")]) == 1
    assert not (tmp_path / "b.oogst").exists()


def test_oogst_new_needs_a_template_or_a_follow_up(tmp_path):
    result = subprocess.run([sys.executable, "-c",
                             "import sys; from facilitator.cli import main; "
                             "sys.exit(main(sys.argv[1:]))", "new", str(tmp_path / "x.oogst")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "--follow-up" in result.stderr
