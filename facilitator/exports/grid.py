"""A table of user texts in the PDF exports (the actions, the timings, the agenda):
a header row repeated on every page the table runs onto, the data rows under it
with a rule below each and every other one shaded.

`Grid` lays such a table out and draws it as reportlab's `Table` does with the
same style (`table()` makes that Table; the tests compare the two, page by page),
with less work: a row's height is measured once, not again for every piece
the table splits into; the pieces share their rows instead of copying the
cells and restyling every row; and a plain cell (most of them: one look, text
its fonts cover) is broken into lines with the word widths measured once
(`note_group.note`) and drawn with the plain cells after it in one text
object, each word encoded once (in reading order: row by row). Any other cell (an emphasised pointer
to a long text, right-to-left text, a word with soft hyphens) is the Paragraph
its markup makes, drawn as the Table draws it.

Page breaks: a grid that does not fit splits inside the row that does not fit
whole (reportlab's Table splits it: `Table.split` of the header and that row,
its cells' Paragraphs split by their own rules), and goes on with the row's
rest under the header on the next page; when that row cannot be split (too
little room), the grid splits before it. (A Table with `splitInRow` would
split between rows first and then start the rest on the same page, under a
second header.) The header row's rule is the header's on every page.
"""
from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from . import fonts
from .line_breaking import plain_words
from .note_group import Note, note
from .pdf_text import text_writer, write_line
from .pdfkit import HEAD_FILL, MUTED, RULE, Paragraph, fragment
from .safety import drawn_as_is, para

PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 3.0, 3.0
FONT_SIZE = 8.5
ZEBRA = colors.HexColor("#f6f8fa")
HEAD_RULE, ROW_RULE = (0.8, MUTED), (0.3, RULE)  # (width, colour) of the rule below
CELL_ROOM = 72000.0  # the height a Table offers a cell to wrap in
KEPT_LINES = 3  # lines of a tall first row a heading over the grid keeps with it


class Cell:
    """A cell: plain words laid out once (`plain`), or the flowables of any other
    text (`flowables`: a Paragraph from `markup`, or a split row's pieces)."""

    __slots__ = ("style", "text", "markup", "plain", "_flowables")

    def __init__(self, style: ParagraphStyle, *, text: str | None = None,
                 markup: str | None = None, plain: Note | None = None,
                 flowables: list[Flowable] | None = None) -> None:
        self.style = style
        self.text = text
        self.markup = markup
        self.plain = plain
        self._flowables = flowables

    def flowables(self) -> list[Flowable]:
        """What a Table would hold in this cell (a Paragraph made once; of a plain
        cell, from a ready fragment: a row split inside (`Grid._split_row`) needs
        its cells as Paragraphs, and parsing their markup was most of the work)."""
        if self._flowables is None:
            markup = self.markup
            if markup is None:
                markup = para(self.text or "", fonts.covered()) or "&nbsp;"
                if self.plain is not None and markup == self.text:
                    # markup without tags or entities: the one fragment it parses to
                    frag = fragment(self.style).clone(text=" ".join(plain_words(markup)))
                    self._flowables = [Paragraph(None, self.style, frags=[frag])]
                    return self._flowables
            self._flowables = [Paragraph(markup, self.style)]
        return self._flowables

    def height(self, width: float, canvas: Any = None) -> float:
        """The content's height in a column `width` wide (as `Table._listCellGeom`)."""
        if self.plain is not None:
            return len(self.plain.lay(width)) * self.style.leading
        if self.text == "":  # "&nbsp;": one line, nothing drawn
            return self.style.leading
        return _geometry(self.flowables(), width, CELL_ROOM, canvas)[1]


def cell(text: str, style: ParagraphStyle, width: float) -> Cell:
    """A cell of user text (cleaned) in a column whose content is `width` wide."""
    if not text:
        return Cell(style, text="")
    if "\n" not in text and text.strip() and drawn_as_is(text, fonts.covered()):
        words = plain_words(text)
        found = note(style, None, " ".join(words), width, words)
        if found is not None:
            return Cell(style, text=text, plain=found)
    return Cell(style, text=text)


class Row:
    """A row's cells, its shade (None: none) and the rule below it; its height once
    measured (given for the rest of a row split by reportlab)."""

    __slots__ = ("cells", "fill", "rule", "height")

    def __init__(self, cells: list[Cell], fill: Any, rule: tuple[float, Any],
                 height: float | None = None) -> None:
        self.cells = cells
        self.fill = fill
        self.rule = rule
        self.height = height

    def measure(self, widths: list[float], canvas: Any = None) -> float:
        if self.height is None:
            tallest = 0.0
            for c, w in zip(self.cells, widths):
                t = c.height(w - 2 * PAD_X, canvas) + PAD_BOTTOM + PAD_TOP
                if t > tallest:
                    tallest = t
            self.height = tallest
        return self.height


def rows_of(header: list[Cell], rows: list[list[Cell]], zebra: bool = True) -> list[Row]:
    """The header row and the data rows, every other one shaded (as `grid` asks)."""
    out = [Row(header, HEAD_FILL, HEAD_RULE)]
    for i, cells in enumerate(rows, 1):
        out.append(Row(cells, ZEBRA if zebra and i % 2 == 0 else None, ROW_RULE))
    return out


class Grid(Flowable):
    """The rows (the first the header) of a table in columns of `widths`."""

    def __init__(self, rows: list[Row], widths: list[float]) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.hAlign = "CENTER"  # as a Table
        self.positions = [0.0]
        for w in widths:  # as Table._calc_width sums them
            self.positions.append(self.positions[-1] + w)
        self.width = self.positions[-1]
        self.height = 0.0

    def kept_height(self, availWidth: float) -> float:  # noqa: N803
        """The height a heading over this grid keeps with it (`pdfkit.Doc`): the
        header and the first row, or of a taller first row (it splits) its first
        lines."""
        canvas = getattr(self, "canv", None)
        kept = self.rows[0].measure(self.widths, canvas)
        if len(self.rows) > 1:
            first = self.rows[1]
            lines = KEPT_LINES * max(c.style.leading for c in first.cells) + \
                PAD_TOP + PAD_BOTTOM
            kept += min(first.measure(self.widths, canvas), lines)
        return kept

    def _heights(self, limit: float | None = None) -> list[float]:
        """The rows' heights; with `limit`, only up to the first that goes past it
        (as reportlab's Table measures a long table)."""
        heights: list[float] = []
        total = 0.0
        for row in self.rows:
            heights.append(row.measure(self.widths, getattr(self, "canv", None)))
            total += heights[-1]
            if limit is not None and total > limit:
                break
        return heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = _tops(self._heights(availHeight))[0][0]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        heights = self._heights(availHeight)
        used, fit = 0.0, 0
        for h in heights:  # as Table._getFirstPossibleSplitRowPosition
            if used + h > availHeight:
                break
            used += h
            fit += 1
        if fit == len(self.rows):
            return [self]
        if fit == 0:
            return []
        # the row that does not fit whole is split inside, its rest on the next
        # page under the header; else the grid splits before that row
        return self._split_row(fit, availWidth, availHeight - used) or (
            [Grid(self.rows[:fit], self.widths),
             Grid([self.rows[0]] + self.rows[fit:], self.widths)] if fit > 1 else [])

    def _split_row(self, i: int, width: float, room: float) -> list[Flowable]:
        """Row `i` split inside, its top part in `room` (as reportlab's Table splits
        a row: its cells' Paragraphs split by their own rules), or []."""
        head, row = self.rows[0], self.rows[i]
        pieces = table([head, row], self.widths).split(width, head.height + room)
        if len(pieces) != 2:
            return []
        parts = []
        for piece in pieces:
            cells = [Cell(c.style, flowables=list(v))
                     for c, v in zip(row.cells, piece._cellvalues[1])]  # noqa: SLF001
            parts.append(Row(cells, row.fill, row.rule, piece._argH[1]))  # noqa: SLF001
        return [Grid(self.rows[:i] + [parts[0]], self.widths),
                Grid([head, parts[1]] + self.rows[i + 1:], self.widths)]

    def draw(self) -> None:
        canvas = self.canv
        heights = self._heights()
        tops = _tops(heights)
        canvas.saveState()
        for (top, bottom), row in zip(tops, self.rows):  # as Table._drawBkgrnd
            if row.fill is not None:
                canvas.setFillColor(row.fill)
                canvas.rect(0, top, self.width, bottom - top, stroke=0, fill=1)
        # the cells in reading order (row by row): plain cells written together in
        # one text object until a cell that draws itself comes
        by_font_size = rl_config.paraFontSizeHeightOffset
        tx: Any = None
        writers: dict[str, Any] = {}
        look: tuple | None = None
        for (top, bottom), row in zip(tops, self.rows):
            for c, x, w in zip(row.cells, self.positions, self.widths):
                if c.plain is not None:
                    if tx is None:
                        tx, writers, look = canvas.beginText(0, 0), {}, None
                    style = c.style
                    lines = c.plain.lay(w - 2 * PAD_X)
                    height = len(lines) * style.leading
                    y = top - PAD_TOP - height  # as Table._drawCell puts it (valign TOP)
                    tx.setTextOrigin(x + PAD_X, y + height - (
                        style.fontSize if by_font_size else _ascent(style)))
                    # colour, font and leading hold in a text object: set when they change
                    if look != (style.textColor, style.fontName, style.fontSize, style.leading):
                        look = (style.textColor, style.fontName, style.fontSize, style.leading)
                        tx.setFillColor(style.textColor)
                        tx.setFont(style.fontName, style.fontSize, style.leading)
                    encode = writers.get(style.fontName)
                    if encode is None:
                        encode = writers[style.fontName] = text_writer(canvas, tx,
                                                                       style.fontName)
                    for extra, words in lines:
                        write_line(tx, 0, extra, words, encode)
                elif c.text != "":
                    if tx is not None:
                        canvas.drawText(tx)
                        tx = None
                    _draw_flowables(canvas, c.flowables(), x, w, top, top - bottom)
        if tx is not None:
            canvas.drawText(tx)
        canvas.saveState()  # as Table._drawLines: round caps and joins
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        drawn: tuple[float, Any] | None = None
        for (top, bottom), row in zip(tops, self.rows):
            if row.rule != drawn:
                canvas.setStrokeColor(row.rule[1])
                canvas.setLineWidth(row.rule[0])
                drawn = row.rule
            canvas.line(0, bottom, self.width, bottom)
        canvas.restoreState()
        canvas.restoreState()


def _tops(heights: list[float]) -> list[tuple[float, float]]:
    """Each row's (top, bottom), from the table's top down; summed from the bottom
    up with the correction Table._calc_height makes, so every edge is where a
    Table puts it."""
    positions, height, carry = [], 0.0, 0.0
    for h in reversed(heights):
        positions.append(height)
        y = h - carry
        t = height + y
        carry = (t - height) - y
        height = t
    positions.append(height)
    positions.reverse()
    return list(zip(positions, positions[1:])) or [(height, height)]


def _geometry(flowables: list[Flowable], width: float, room: float,
              canvas: Any) -> tuple[list[float], float]:
    """The flowables' heights in a cell and the content's height (Table._listCellGeom)."""
    aw, ah = width, room - PAD_TOP - PAD_BOTTOM
    heights, total, first, after = [], 0.0, None, 0.0
    for v in flowables:
        vh = v.wrapOn(canvas, aw, ah)[1]
        before, after = v.getSpaceBefore(), v.getSpaceAfter()
        heights.append(vh)
        total += vh + after + before
        if first is None:
            first = before
    if first is None:
        return heights, 0.0
    return heights, total - first - after


def _draw_flowables(canvas: Any, flowables: list[Flowable], x: float, w: float,
                    top: float, row_height: float) -> None:
    """A cell's flowables, from its top down (as Table._drawCell, valign TOP)."""
    heights, _ = _geometry(flowables, w - 2 * PAD_X, row_height, canvas)
    y = top - PAD_TOP
    if flowables:
        y += flowables[0].getSpaceBefore()
    for v, h in zip(flowables, heights):
        y -= v.getSpaceBefore()
        y -= h
        v.drawOn(canvas, x + PAD_X, y)
        y -= v.getSpaceAfter()


def _ascent(style: ParagraphStyle) -> float:
    from reportlab.pdfbase.pdfmetrics import getAscentDescent
    return getAscentDescent(style.fontName, style.fontSize)[0]


def table(rows: list[Row], widths: list[float]) -> Table:
    """reportlab's Table of these rows, styled as a `Grid` draws them."""
    data = [[c.flowables() for c in row.cells] for row in rows]
    heights = [row.height for row in rows]
    made = Table(data, colWidths=widths, rowHeights=heights if None not in heights else None,
                 repeatRows=1, splitInRow=1)
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, FONT_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), rows[0].fill),
        ("LINEBELOW", (0, 0), (-1, 0), *rows[0].rule),
        ("LINEBELOW", (0, 1), (-1, -1), *ROW_RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
    ]
    for i, row in enumerate(rows[1:], 1):
        if row.fill is not None:
            commands.append(("BACKGROUND", (0, i), (-1, i), row.fill))
    made.setStyle(TableStyle(commands))
    return made
