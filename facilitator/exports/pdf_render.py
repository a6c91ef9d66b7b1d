"""Any `Outline` as a PDF, through the shared reportlab machinery.

`render_pdf(outline, handle, job)` lays the outline out on A4 with the Oogst
footer, page numbers, bookmarks and (for a draft) the CONCEPT mark
(`pdfkit.Doc`). How each node looks:

* `Title` and `Heading`s are bookmarked headings (title, h1, h2, h3 styles);
  a chapter heading (level 0) wants 5 cm of room below it and a section
  heading (level 1) 3.5 cm, else it starts on the next page. Inside a
  `KeepTogether` group the group itself keeps the heading with what follows.
* User text is escaped here (`safety.para`); a newline starts a new
  paragraph piece (`flow.chunks`, which also cuts very long texts) unless
  the paragraph has `line_breaks`.
* Lists are indented per depth: a perspective colour gives a coloured square,
  a marker ("a)") replaces the bullet, else a bullet per depth.
* Tables go through `flow.grid` (long cells continue below the table),
  pictures through `flow.photo`, the matrix through `charts.matrix_drawing`.
"""
from __future__ import annotations

import re
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Spacer
from reportlab.platypus import KeepTogether as RLKeepTogether
from reportlab.platypus.flowables import Flowable

from . import fonts
from .charts import matrix_drawing
from .flow import BULLETS, chunks, grid, indented, photo
from .outline import (Block, BulletList, Gap, Heading, Image, KeepTogether, ListItem, Matrix,
                      Outline, PageBreakHint, Paragraph, Run, Table, Title)
from .pdfkit import Doc, PageInfo, heading, styles
from .pdfkit import Paragraph as RLParagraph
from .safety import Job, para

ROOM_CM = {0: 5.0, 1: 3.5}  # room a heading wants below it, per level
HEADING_STYLES = ("h1", "h2", "h3")
ASIDE = '<font size="7.5" color="#5f6368">{}</font>'
ALERT = '<font color="#b3261e">{}</font>'
BULLET_GREY = "#5f6368"
LABEL_INK = "#222222"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def render_pdf(outline: Outline, handle: IO[bytes], job: Job) -> None:
    """Lay `outline` out as a portrait A4 PDF into `handle` (a binary file)."""
    flowables = PdfRenderer(outline).flowables()
    info = PageInfo(title=outline.title, lang=outline.lang, draft=outline.draft,
                    version=outline.version)
    extra = {"subject": outline.subject} if outline.subject else {}
    doc = Doc(handle, info, job, total_steps=len(flowables), **extra)
    doc.build(flowables)


class PdfRenderer:
    """Turns outline blocks into reportlab flowables (one renderer per document)."""

    def __init__(self, outline: Outline, width: float = 21 * cm - 4.4 * cm) -> None:
        self.outline = outline
        self.width = width
        self.s = styles()
        self.covered = fonts.covered()
        self._keys = 0
        self._depth_styles: dict[int, ParagraphStyle] = {}

    def flowables(self) -> list[Flowable]:
        return self.render(self.outline.blocks)

    def render(self, blocks: tuple[Block, ...], *, grouped: bool = False) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            out += self.block(block, grouped=grouped)
        return out

    def block(self, b: Block, *, grouped: bool = False) -> list[Flowable]:
        if isinstance(b, Title):
            return [self._heading(b.text, self.s["title"], 0)]
        if isinstance(b, Heading):
            level = max(0, b.level)
            out: list[Flowable] = []
            if not grouped and level in ROOM_CM:
                out.append(CondPageBreak(ROOM_CM[level] * cm))
            style = self.s[HEADING_STYLES[min(level, 2)]]
            return out + [self._heading(b.text, style, level)]
        if isinstance(b, Paragraph):
            return self.paragraph(b)
        if isinstance(b, BulletList):
            self._depth_styles = {}
            return [f for item in b.items for f in self.list_item(item)]
        if isinstance(b, Table):
            total = sum(b.weights) or 1.0
            widths = [x / total * self.width for x in b.weights]
            return grid(list(b.header), [list(r) for r in b.rows], widths,
                        cell=self.s["cell"], head=self.s["cellhead"], lang=self.outline.lang)
        if isinstance(b, Image):
            return [photo(b.data, b.caption or b.name, b.fallback, self.width,
                          self.s["caption"], self.s["body"])]
        if isinstance(b, Matrix):
            return [matrix_drawing(b, self.width)]
        if isinstance(b, PageBreakHint):
            return [CondPageBreak(b.room_cm * cm)]
        if isinstance(b, Gap):
            return [Spacer(1, b.points)]
        if isinstance(b, KeepTogether):
            return [RLKeepTogether(self.render(b.blocks, grouped=True))]
        raise TypeError(f"not an outline block: {b!r}")

    # -- pieces ------------------------------------------------------------------------

    def _heading(self, text: str, style: ParagraphStyle, level: int) -> Flowable:
        self._keys += 1
        return heading(text, style, level=level, key=f"h{self._keys}")

    def markup(self, run: Run, text: str | None = None) -> str:
        """One run as Paragraph markup; `text` (a piece of the run) is escaped here."""
        inner = para(run.text if text is None else text, self.covered)
        return self.dress(run, inner)

    @staticmethod
    def dress(run: Run, inner: str) -> str:
        if run.italic:
            inner = f"<i>{inner}</i>"
        if run.bold:
            inner = f"<b>{inner}</b>"
        if run.colour and _COLOUR.fullmatch(run.colour):
            inner = f'<font color="{run.colour}">{inner}</font>'
        if run.tone == "aside":
            inner = ASIDE.format(inner)
        elif run.tone == "alert":
            inner = ALERT.format(inner)
        return inner

    def pieces(self, runs: tuple[Run, ...]) -> list[str]:
        """The runs as markup, split where a run's text has a newline (or is very long)."""
        out = [""]
        for run in runs:
            for i, piece in enumerate(chunks(run.text)):
                if i:
                    out.append("")
                out[-1] += self.dress(run, para(piece, self.covered) or "&nbsp;")
        return out

    def paragraph(self, p: Paragraph) -> list[Flowable]:
        style = self.s[p.role]
        if p.line_breaks:
            return [RLParagraph("".join(self.markup(r) for r in p.runs), style)]
        return [RLParagraph(markup, style) for markup in self.pieces(p.runs)]

    def list_item(self, item: ListItem) -> list[Flowable]:
        depth = max(0, item.depth)
        if item.marker:
            bullet = item.marker
            colour = LABEL_INK if len(bullet) > 1 else BULLET_GREY
        elif item.colour and _COLOUR.fullmatch(item.colour):
            bullet, colour = "■", item.colour
        else:
            bullet, colour = BULLETS[min(depth, 3)], BULLET_GREY
        style = self._depth_styles.get(depth) or self._depth_styles.setdefault(
            depth, indented(self.s["body"], depth))
        if len(bullet) > 1:  # a label such as "a)" or "12." needs room
            style = ParagraphStyle(style.name + "-lab", parent=style,
                                   leftIndent=style.leftIndent + 6)
        pieces = self.pieces(item.runs)
        if item.lead:
            pieces[0] = f"<b>{para(item.lead, self.covered)}:</b> " + pieces[0]
        pieces[0] = (f'<bullet color="{colour}">{para(bullet, self.covered)}</bullet>'
                     + pieces[0])
        return [RLParagraph(markup, style) for markup in pieces]
