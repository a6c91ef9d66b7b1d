"""facilitator/exports/pdfkit.py: a heading over a table keeps with the table's
header and first row (room for those, or a new page), not with the whole table."""
from __future__ import annotations

import io

import pytest

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



def _page_images(path, tmp_path, name: str, dpi: int = 40) -> list:
    import subprocess

    from PIL import Image

    from export_helpers import _top_conftest
    subprocess.run([_top_conftest().require_tool("pdftoppm"), "-png", "-r", str(dpi), "-gray",
                    str(path), str(tmp_path / name)], check=True)
    return [Image.open(p) for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def _headed_outline(seed: int):
    """Headings (kept with what follows) over paragraphs, notes, tables, a
    matrix, with page break hints and gaps in between, in random order."""
    import random

    from facilitator.exports import outline as o
    rng = random.Random(seed)
    words = ("de", "gemeente", "wil", "samen", "met", "bewoners", "een", "buurtkamer")

    def text(*counts: int) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.choice(counts)))

    blocks: list = [o.Title("Proef")]
    for _ in range(150):
        kind = rng.random()
        if kind < 0.3:
            blocks.append(o.Heading(text(2, 8, 60), rng.choice((0, 1, 2, 2))))
        elif kind < 0.4:
            blocks.append(o.PageBreakHint(rng.choice((1.0, 4.0, 9.0))))
        elif kind < 0.5:
            blocks.append(o.Gap(rng.choice((2, 12, 40))))
        elif kind < 0.7:
            runs = (o.Run(text(3, 12, 40, 200), bold=kind < 0.55),)
            if kind > 0.65:  # two looks in one paragraph
                runs += (o.Run(" " + text(3, 30), italic=True),)
            blocks.append(o.Paragraph(runs, role=rng.choice(("body", "label"))))
        elif kind < 0.9:
            blocks.append(o.BulletList(tuple(o.ListItem((o.Run(text(3, 20, 60)),), depth=d,
                                                        lead="Besluit" if d else "")
                                             for d in (0, 1, 1, 0, 0))))
        elif kind < 0.97:
            blocks.append(o.Table(("Wat", "Wie"), tuple((text(2, 30, 90), text(1, 3))
                                                        for _ in range(rng.choice((1, 4, 30)))),
                                  (0.7, 0.3)))
        else:
            blocks.append(o.Matrix(("Tafel 1", "Tafel 2"), (o.MatrixRow("Provincie", "#BD59AC",
                                                                          (1, 2)),), "Totaal"))
    return o.Outline("Proef", "nl", tuple(blocks))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_heading_kept_with_what_follows_lands_where_reportlab_puts_it(seed, tmp_path,
                                                                        monkeypatch):
    """`KeptWithNext` (measured without copying the frame, split at once by
    `Doc._split_kept`) against reportlab's KeepTogether and its handling: the same
    text on the same pages, the same pixels, the same bookmarks on the same pages."""
    from PIL import ImageChops
    from reportlab.platypus.flowables import KeepTogether

    from facilitator.exports.pdf_render import render_pdf
    from facilitator.exports.pdfkit import KeptWithNext
    outline = _headed_outline(seed)
    texts, images, marks = [], [], []
    for name in ("kept", "reportlab"):
        if name == "reportlab":
            monkeypatch.setattr(KeptWithNext, "wrap", KeepTogether.wrap)
            monkeypatch.setattr(Doc, "_split_kept", lambda self, flowables: None)
        path = tmp_path / f"{name}.pdf"
        with open(path, "wb") as handle:
            render_pdf(outline, handle, Job(None, None, "nl"))
        reader = PdfReader(path)
        texts.append([p.extract_text() for p in reader.pages])
        images.append(_page_images(path, tmp_path, name))
        marks.append([(m.title, reader.get_destination_page_number(m))
                      for m in reader.outline if not isinstance(m, list)])
    assert texts[0] == texts[1] and len(texts[0]) > 10
    assert marks[0] == marks[1] and marks[0]
    for kept, slow in zip(*images):
        assert not ImageChops.difference(kept, slow).getbbox()


def _placed_text(path) -> list[list[tuple]]:
    """Every page's shown strings with where they start (text and transformation
    matrices, to a thousandth of a point) and their size."""
    pages = []
    for page in PdfReader(path).pages:
        shown: list[tuple] = []

        def visit(text, cm, tm, font, size, shown=shown):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                shown.append((text, round(x, 3), round(y, 3), round(size * tm[0], 3)))

        page.extract_text(visitor_text=visit)
        pages.append(shown)
    return pages


@pytest.mark.parametrize("seed", [4, 5])
def test_a_paragraph_in_one_look_draws_what_reportlab_draws(seed, tmp_path, monkeypatch):
    """`Paragraph._draw_plain` (headings, paragraphs, table cells in one look)
    against reportlab's `drawPara`: the same strings at the same places in the
    same sizes, and the same pixels."""
    from PIL import ImageChops

    from facilitator.exports.pdf_render import render_pdf
    from facilitator.exports.pdfkit import Paragraph
    outline = _headed_outline(seed)
    placed, images, drawn = [], [], []
    plain = Paragraph._draw_plain

    def counted(self):
        done = plain(self)
        drawn.append(done)
        return done

    monkeypatch.setattr(Paragraph, "_draw_plain", counted)
    for name in ("plain", "reportlab"):
        if name == "reportlab":
            monkeypatch.setattr(Paragraph, "_draw_plain", lambda self: False)
        path = tmp_path / f"{name}.pdf"
        with open(path, "wb") as handle:
            render_pdf(outline, handle, Job(None, None, "nl"))
        placed.append(_placed_text(path))
        images.append(_page_images(path, tmp_path, name))
    assert drawn.count(True) > 50 and drawn.count(False) > 5  # both ways taken
    assert placed[0] == placed[1] and sum(map(len, placed[0])) > 500
    for mine, theirs in zip(*images):
        assert not ImageChops.difference(mine, theirs).getbbox()


def test_every_page_number_ends_where_the_total_begins():
    """The footer's "pagina n van " is drawn right-aligned against the pages'
    total (a form drawn once), on every page, in the footer's font and size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator.exports import fonts
    from facilitator.exports.pdfkit import FOOTER_Y
    s = styles()
    out = io.BytesIO()
    doc = Doc(out, PageInfo(title="Proef", lang="nl", draft=True), Job(None, None, "nl"))
    doc.build([Spacer(1, doc.height), Spacer(1, doc.height), Spacer(1, 10),
               heading("Einde", s["h2"], level=1, key="e")])
    pages = _placed_text(io.BytesIO(out.getvalue()))
    assert len(pages) == 3
    for n, shown in enumerate(pages, 1):
        label = next(p for p in shown if p[0].startswith("pagina"))
        total = next(p for p in shown if p[0].rstrip("\n") == "3")
        text = label[0].rstrip("\n")
        assert text == f"pagina {n} van " and label[2] == total[2] == round(FOOTER_Y, 3)
        assert label[3] == 8
        assert abs(label[1] + stringWidth(text, fonts.REGULAR, 8) - total[1]) < 0.002


@pytest.mark.parametrize("room", [0.5, 4.0, 12.0, 14.0, 20.0, 40.0, 70.0])
def test_a_kept_heading_with_little_or_no_room_left_goes_where_reportlab_puts_it(
        room, monkeypatch):
    """A heading and its paragraph coming when `room` points are left (none at all,
    less than the heading's space before it, ...): the same pages as reportlab's
    KeepTogether and its handling give, nothing lost."""
    from reportlab.platypus.flowables import KeepTogether

    from facilitator.exports.pdfkit import KeptWithNext, Paragraph
    s = styles()
    texts = []
    for name in ("kept", "reportlab"):
        if name == "reportlab":
            monkeypatch.setattr(KeptWithNext, "wrap", KeepTogether.wrap)
            monkeypatch.setattr(Doc, "_split_kept", lambda self, flowables: None)
        out = io.BytesIO()
        doc = Doc(out, PageInfo(title="Proef", lang="nl"), Job(None, None, "nl"))
        doc.build([Spacer(1, doc.height - room), heading("Vraag 4", s["h2"], level=1, key="v"),
                   Paragraph("Je moet uit je eigen systeem stappen. " * 3, s["body"]),
                   heading("Conclusies", s["h3"], level=2, key="c"),
                   heading("Overige punten", s["h3"], level=2, key="o"),
                   Paragraph("Tot slot.", s["body"])])
        texts.append([page.extract_text() for page in PdfReader(out).pages])
    assert texts[0] == texts[1]
    assert "Vraag 4" in "".join(texts[0]) and "Tot slot." in texts[0][-1]


@pytest.mark.parametrize("lang,draft,wide", [("nl", False, False), ("en", True, False),
                                             ("nl", True, True)])
def test_a_page_decorated_again_is_the_page_decorate_draws(lang, draft, wide, monkeypatch):
    """The footer of every page after the first written as `_decorate` writes it
    (`Doc._decorate_again`): the same file to the byte, over a dozen pages and
    more (numbers of one and two digits), draft mark and all."""
    from facilitator.exports.pdfkit import Paragraph
    s = styles()
    files, again = [], []
    real = Doc._decorate_again
    for name in ("again", "decorate"):
        if name == "decorate":
            monkeypatch.setattr(Doc, "_decorate_again", lambda self, canvas: False)
        else:
            monkeypatch.setattr(Doc, "_decorate_again",
                                lambda self, canvas: again.append(real(self, canvas)) or again[-1])
        out = io.BytesIO()
        doc = Doc(out, PageInfo(title="Proef · ووو", lang=lang, draft=draft, version=3,
                                footer_note="intern"), Job(None, None, lang), wide=wide,
                  invariant=1)
        flowables = []
        for n in range(14):
            flowables += [heading(f"Ronde {n}", s["h2"], level=1, key=f"r{n}"),
                          Paragraph("Wat we hoorden. " * 40, s["body"]),
                          Spacer(1, doc.height * 0.8)]
        doc.build(flowables)
        files.append(out.getvalue())
    assert again.count(True) >= 13 and again[0] is False  # the first page: forms made
    assert files[0] == files[1]
