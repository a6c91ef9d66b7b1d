"""facilitator/exports/pdfkit.py: a heading over a table keeps with the table's
header and first row (room for those, or a new page), not with the whole table."""
from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Spacer

from facilitator.exports.flow import grid
from facilitator.exports.pdfkit import Doc, PageInfo, heading, styles
from facilitator.exports.safety import Job


def pages_with_heading_over_table(room_left: float) -> list[str]:
    """The pages' text of a document whose heading and 40-row table come when
    `room_left` points are left on the first page."""
    s = styles()
    out = io.BytesIO()
    doc = Doc(out, PageInfo(title="Proef", lang="nl"), Job(None, None, "nl"))
    rows = [[f"actie {i} met een wat langere omschrijving van wat er moet gebeuren",
             "Gemeente Utrecht", "Open"] for i in range(40)]
    table = grid(["Wat", "Eigenaar", "Status"], rows, [doc.body_width * x for x in (.6, .25, .15)],
                 cell=s["cell"], head=s["cellhead"])
    doc.build([Spacer(1, doc.height - room_left),
               heading("Actiepunten", s["h2"], level=1, key="a"), *table])
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_a_heading_over_a_long_table_starts_where_its_first_row_fits():
    pages = pages_with_heading_over_table(room_left=120)
    assert "Actiepunten" in pages[0] and "actie 0 " in pages[0]  # the table begins there
    assert "actie 39 " in pages[-1] and len(pages) >= 3


def test_a_heading_over_a_table_moves_on_when_its_first_row_does_not_fit():
    pages = pages_with_heading_over_table(room_left=45)  # the heading, not the first row
    assert "Actiepunten" not in pages[0] and "actie 0 " not in pages[0]
    assert "Actiepunten" in pages[1] and "actie 0 " in pages[1]


def test_a_heading_over_a_first_row_taller_than_a_page_leaves_no_empty_page():
    s = styles()
    out = io.BytesIO()
    doc = Doc(out, PageInfo(title="Proef", lang="nl"), Job(None, None, "nl"))
    tall = " ".join(f"t{i}" for i in range(300))[:1150]  # in a narrow column: pages tall
    table = grid(["Wat", "Eigenaar", "Status"], [["a0", "b0", tall], ["n1", "n2", "n3"]],
                 [doc.body_width * x for x in (.6, .25, .15)], cell=s["cell"], head=s["cellhead"])
    doc.build([heading("Actiepunten", s["h2"], level=1, key="a"), *table])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert "Actiepunten" in pages[0] and "a0" in pages[0] and "t0 " in pages[0]
    assert "n1" in pages[-1]


def test_a_heading_over_a_tall_first_row_keeps_with_its_first_lines_only():
    """A first row of many lines splits anyway: the heading stays where the header and
    the row's first lines fit, instead of leaving the rest of the page empty."""
    s = styles()
    out = io.BytesIO()
    doc = Doc(out, PageInfo(title="Proef", lang="nl"), Job(None, None, "nl"))
    tall = " ".join(f"woord{i}" for i in range(100))  # a line each: over a page tall
    table = grid(["Wat", "Eigenaar", "Status"], [["a0", "b0", tall], ["n1", "n2", "n3"]],
                 [doc.body_width * x for x in (.6, .25, .15)], cell=s["cell"], head=s["cellhead"])
    doc.build([Spacer(1, doc.height - 150),  # room for the heading, header and ~6 lines
               heading("Actiepunten", s["h2"], level=1, key="a"), *table])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert "Actiepunten" in pages[0] and "woord0\n" in pages[0]
    assert "woord99" in pages[-1] and not any("Actiepunten" in p for p in pages[1:])

