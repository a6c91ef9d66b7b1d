"""facilitator/exports/grid.py: a table that fits a page is drawn as reportlab's
Table draws it; one that does not splits inside the row that does not fit whole,
goes on under its header on the next page, and loses, doubles or reorders no text."""
from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Spacer

from facilitator.exports.flow import grid
from facilitator.exports.grid import Cell, Grid, table
from facilitator.exports.pdfkit import styles

from export_helpers import _top_conftest

WIDTHS = [7 * cm, 4 * cm, 3 * cm]
HEADER = ["Wat", "Eigenaar", "Datum"]


class Recording(SimpleDocTemplate):
    """A document that notes every grid piece it places, with its page."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), pagesize=A4, invariant=1)
        self.placed: list[tuple[int, Grid]] = []

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Grid):
            self.placed.append((self.page, flowable))


def the_grid(rows: list[list[str]]) -> Grid:
    s = styles()
    made = grid(HEADER, rows, WIDTHS, cell=s["cell"], head=s["cellhead"])
    assert len(made) == 1 and isinstance(made[0], Grid)
    return made[0]


def raster(pdf: Path) -> bytes:
    tool = _top_conftest().require_tool("pdftoppm")
    return subprocess.run([tool, "-r", "100", "-gray", str(pdf)], capture_output=True,
                          check=True).stdout


def test_a_grid_that_fits_draws_what_reportlabs_table_draws(tmp_path):
    rows = [["Van incidentele bijdragen/subsidies naar meer structurele verduurzaming",
             "Movisie", "1 januari 2018"],
            ["Ideeën van inwoners: coöperatie & zorg <samen>", "", "3 maart 2018"],
            ["Faciliteer", "Woonstichting De Kernen", ""],
            ["Een woord als Bewonersinitiatievenondersteuningsregeling breekt af",
             "Gemeente Utrecht", "5 mei 2018 · voorjaar"],
            ["kort", "St. Omzien", "Open"]]
    fast = the_grid(rows)
    kinds = [c.plain is not None for row in fast.rows for c in row.cells]
    assert any(kinds) and not all(kinds)  # plain cells and Paragraph cells both drawn
    mine, theirs = tmp_path / "grid.pdf", tmp_path / "table.pdf"
    SimpleDocTemplate(str(mine), pagesize=A4, invariant=1).build([Spacer(1, 40), fast])
    SimpleDocTemplate(str(theirs), pagesize=A4, invariant=1).build(
        [Spacer(1, 40), table(fast.rows, WIDTHS)])
    assert raster(mine) == raster(theirs)


def cell_text(c: Cell) -> str:
    if c.plain is not None or c.text == "":
        return " ".join((c.text or "").split())
    # a Paragraph's fragments; a piece of a split one holds its lines' words
    return " ".join(" ".join(getattr(frag, "text", None) or " ".join(getattr(frag, "words", ()))
                             for f in c.flowables() for frag in f.frags).split())


def placed_rows(pieces: list[tuple[int, Grid]],
                originals: list) -> tuple[list[list[str]], list[int]]:
    """The data rows as the pages show them (a row split over pages joined again:
    a piece that ends with a row not among the `originals`, a split row's top,
    goes on in the next piece's first row), and the pages the pieces are on."""
    known = {id(row) for row in originals}
    shown: list[list[str]] = []
    split_open = False
    for _, piece in pieces:
        for i, row in enumerate(piece.rows[1:]):
            texts = [cell_text(c) for c in row.cells]
            if i == 0 and split_open:
                shown[-1] = [" ".join(x for x in (a, b) if x) for a, b in zip(shown[-1], texts)]
            else:
                shown.append(texts)
        split_open = len(piece.rows) > 1 and id(piece.rows[-1]) not in known
    return shown, [page for page, _ in pieces]


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëï", min_size=1, max_size=9)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.lists(words, max_size=60).map(" ".join), min_size=3,
                              max_size=3), min_size=1, max_size=30),
       offset=st.floats(0, 680))
def test_every_row_once_in_order_with_the_header_on_every_page(tmp_path, rows, offset):
    fast = the_grid(rows)
    expected = [[cell_text(c) for c in row.cells] for row in fast.rows[1:]]
    doc = Recording(tmp_path / "g.pdf")
    doc.build([Spacer(1, offset), fast])
    shown, pages = placed_rows(doc.placed, fast.rows)
    assert shown == expected
    assert pages == sorted(set(pages))  # one piece a page: the header is never repeated on it
    for _, piece in doc.placed:
        assert piece.rows[0] is fast.rows[0]  # every page's piece starts with the header


def test_a_row_that_does_not_fit_goes_on_under_the_header_on_the_next_page(tmp_path):
    long = " ".join(["samenwerken met bewoners en lokale organisaties"] * 12)
    fast = the_grid([["eerste", "x", "y"], [long, "Gemeente", "1 mei"], ["laatste", "z", "w"]])
    doc = Recording(tmp_path / "g.pdf")
    frame = A4[1] - 2 * 72 - 12  # SimpleDocTemplate's frame: inch margins, 6 pt padding
    header_and_first = sum(r.measure(WIDTHS) for r in fast.rows[:2])
    doc.build([Spacer(1, frame - header_and_first - 4 * 11 - 6), fast])  # four lines' room
    (page1, top), (page2, rest) = doc.placed
    assert (page1, page2) == (1, 2)
    assert [cell_text(c) for c in top.rows[-1].cells][1:] == ["Gemeente", "1 mei"]
    split = cell_text(top.rows[-1].cells[0])
    assert long.startswith(split) and 2 <= len(split.split()) < len(long.split())
    assert [cell_text(c) for c in rest.rows[1].cells][1:] == ["", ""]
    assert [cell_text(c) for c in rest.rows[2].cells] == ["laatste", "z", "w"]
    # one line of room: the row cannot be split (no single line left alone), so it moves
    doc = Recording(tmp_path / "h.pdf")
    fast = the_grid([["eerste", "x", "y"], [long, "Gemeente", "1 mei"]])
    doc.build([Spacer(1, frame - header_and_first - 11 - 6), fast])
    (_, top), (_, rest) = doc.placed
    assert [cell_text(c) for c in top.rows[-1].cells] == ["eerste", "x", "y"]
    assert cell_text(rest.rows[1].cells[0]) == long


@settings(max_examples=80, deadline=None)
@given(text=st.lists(words | st.sampled_from(["16:00", "€ 25", "(ja)", "co-op", "a&b"]),
                     min_size=1, max_size=80).map(" ".join),
       width=st.floats(40, 300), room=st.floats(5, 200), head=st.booleans())
def test_a_plain_cell_is_the_paragraph_its_markup_makes(text, width, room, head):
    """A plain cell's Paragraph, made from a ready fragment, against the one its
    markup parses to: the same lines, and split at any height the same pieces."""
    from facilitator.exports import fonts
    from facilitator.exports.grid import cell
    from facilitator.exports.pdfkit import Paragraph
    from facilitator.exports.safety import para
    s = styles()
    style = s["cellhead" if head else "cell"]
    made = cell(text, style, width)
    fast = made.flowables()[0]
    parsed = Paragraph(para(text, fonts.covered()), style)
    if made.plain is None or "&" in text:  # markup with an entity: parsed, as before
        assert [f.text for f in fast.frags] == [f.text for f in parsed.frags]
        return
    assert len(fast.frags) == len(parsed.frags) == 1

    def lines(p) -> list:
        p.wrap(width, 72000)
        return [(round(extra, 6), words) for extra, words in p.blPara.lines]

    assert lines(fast) == lines(parsed)
    pieces = [[lines(x) for x in p.split(width, room)] for p in (fast, parsed)]
    assert pieces[0] == pieces[1]
