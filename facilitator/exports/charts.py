"""The perspective x table matrix, drawn as reportlab's own graphics draw it.

Draws an outline's `Matrix`: one row per perspective (its colour as a
swatch), one column per table (and "Plenair" when there are plenary notes).
A cell holds the number of notes; its fill is the perspective's colour,
stronger for more notes; an empty cell: no note of that perspective there.
Row labels wrap over as many lines as they need (a word wider than the label
column is hyphenated), never cut.
"""
from __future__ import annotations

import re

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

from . import fonts
from .outline import Matrix, MatrixRow
from .typeset import readable_on

_GRID = colors.HexColor("#c8d3dc")
_INK = colors.HexColor("#222222")
_MUTED = colors.HexColor("#5f6368")
_NEUTRAL = colors.HexColor("#9aa0a6")  # the row of notes without a perspective
_TOTAL_FILL = colors.HexColor("#eef1f4")


def _mix(colour: colors.Color, strength: float) -> colors.Color:
    """`colour` blended with white; strength 0..1."""
    s = 0.18 + 0.82 * max(0.0, min(1.0, strength))
    return colors.Color(1 - s * (1 - colour.red), 1 - s * (1 - colour.green),
                        1 - s * (1 - colour.blue))


def _ink_on(fill: colors.Color) -> colors.Color:
    """Dark ink or white, whichever contrasts more with `fill` (WCAG)."""
    return colors.HexColor(readable_on("#" + fill.hexval()[2:]))


def _short(text: str, font: str, size: float, width: float) -> str:
    """A label as drawn: visual order, shortened with "…" to fit `width`."""
    from .pdfkit import _fit
    return _fit(text, font, size, width)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """A label as drawn over lines of at most `width`: words kept whole where they
    fit, a longer word broken at its hyphenation points (else anywhere) with "-"."""
    from .pdfkit import text_width
    from .typeset import SHY, hyphenate_long

    def fits(piece: str) -> bool:
        return text_width(piece, font, size) <= width

    lines: list[str] = []
    line = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{line} {word}" if line else word
        if fits(candidate.replace(SHY, "")):
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        word = hyphenate_long(word, lambda w: fits(w), "nl")
        while not fits(word.replace(SHY, "")):
            parts = word.split(SHY)
            cut = max((i for i in range(1, len(parts))
                       if fits("".join(parts[:i]) + "-")), default=0)
            if cut:
                head, word = "".join(parts[:cut]) + "-", SHY.join(parts[cut:])
            else:  # no hyphenation point fits: break between characters
                plain = word.replace(SHY, "")
                n = max(1, max((i for i in range(1, len(plain)) if fits(plain[:i] + "-")),
                               default=1))
                head, word = plain[:n] + "-", plain[n:]
            lines.append(head)
        line = word
    lines.append(line)
    return [_short(x.replace(SHY, ""), font, size, width) for x in lines if x] or [""]


def _label(ops: list[tuple], x: float, y: float, text: str, *, font: str, size: float,
           anchor: str = "start") -> None:
    """A visual text (from `_short`) at (x, y), Arabic runs in the Arabic font."""
    from .pdfkit import _run_font, text_width
    if anchor == "middle":
        x -= text_width(text, font, size) / 2
    for run, arabic in fonts.arabic_runs(text):
        name = _run_font(arabic, font)
        ops.append(("text", x, y, run, name, size, _INK))
        x += stringWidth(run, name, size)


def matrix_chart(matrix: Matrix, width: float) -> MatrixChart:
    """The matrix as a flowable at most `width` points wide (it grows downwards
    with the rows), drawn straight onto the page (`MatrixChart`)."""
    return MatrixChart(*_layout(matrix, width))


def matrix_drawing(matrix: Matrix, width: float) -> Drawing:
    """The same matrix as reportlab's Drawing of shapes (what `MatrixChart` draws)."""
    w, h, ops = _layout(matrix, width)
    d = Drawing(w, h)
    d.initialFontName = fonts.REGULAR  # else the renderer refers to Helvetica
    d.initialFontSize = 8
    for op in ops:
        if op[0] == "rect":
            _, x, y, rw, rh, fill, stroke, stroke_width = op
            extra = {"strokeWidth": stroke_width} if stroke is not None else {}
            d.add(Rect(x, y, rw, rh, fillColor=fill, strokeColor=stroke, **extra))
        elif op[0] == "text":
            _, x, y, text, font, size, ink, *anchor = op
            d.add(String(x, y, text, fontName=font, fontSize=size, fillColor=ink,
                         textAnchor=anchor[0] if anchor else "start"))
        else:
            _, x1, y1, x2, y2, stroke, stroke_width = op
            d.add(Line(x1, y1, x2, y2, strokeColor=stroke, strokeWidth=stroke_width))
    return d


def _layout(matrix: Matrix, width: float) -> tuple[float, float, list[tuple]]:
    """The chart's width, height and what it draws, in order: ("rect", x, y, w, h,
    fill, stroke or None, stroke width), ("text", x, y, text, font, size, ink[,
    "middle"]) and ("line", x1, y1, x2, y2, stroke, stroke width)."""
    fonts.register()
    rows, cols = matrix.rows, matrix.columns
    label_w = min(150.0, width * 0.34)
    n_cols = max(1, len(cols))
    cell_w = min(46.0, (width - label_w - 4) / n_cols)
    cell_h, line_h = 18.0, 9.5
    font, bold = fonts.REGULAR, fonts.BOLD
    total = MatrixRow(matrix.total_label, None, matrix.totals)
    every = (*rows, total)
    labels = [_wrapped(r.label, bold if r is total else font, 8, label_w - 16) for r in every]
    heights = [max(cell_h, 8.5 + line_h * len(lines)) for lines in labels]
    heads = [_wrapped(text, bold, 7.5, cell_w - 2) for text in cols]
    head_h = max(30.0, 14 + line_h * max((len(x) for x in heads), default=1))
    height = head_h + sum(heights) + 4
    ops: list[tuple] = []
    top = height - head_h
    most = max([c for r in rows for c in r.counts if c] or [1])
    for j, lines in enumerate(heads):
        x = label_w + j * cell_w
        for k, line in enumerate(lines):
            _label(ops, x + cell_w / 2, top + 8 + line_h * (len(lines) - 1 - k), line,
                   font=bold, size=7.5, anchor="middle")
    y = top
    inks: dict[str, colors.Color] = {}
    for row, lines, row_h in zip(every, labels, heights):
        y -= row_h
        is_total = row is total
        first = y + row_h - 12.5  # the baseline of the label's first line
        if is_total:
            base = _MUTED
        else:
            base = colors.HexColor(row.colour) if _is_colour(row.colour) else _NEUTRAL
            ops.append(("rect", 0, first - 1.5, 9, 9, base, None, 1))
        for k, line in enumerate(lines):
            _label(ops, 13, first - line_h * k, line, font=bold if is_total else font, size=8)
        for j in range(len(cols)):
            x = label_w + j * cell_w
            count = row.counts[j]
            if is_total:
                fill = _TOTAL_FILL
            else:
                fill = _mix(base, count / most) if count else colors.white
            ops.append(("rect", x, y, cell_w, row_h, fill, _GRID, 0.5))
            if count:
                hexval = fill.hexval()
                ink = inks.get(hexval) or inks.setdefault(hexval, _ink_on(fill))
                ops.append(("text", x + cell_w / 2, y + row_h / 2 - 3, str(count), font, 8,
                            ink, "middle"))
    line_y = top - sum(heights[:-1])  # above the totals
    ops.append(("line", label_w, line_y, label_w + n_cols * cell_w, line_y, _MUTED, 0.8))
    return label_w + cell_w * n_cols + 2, height, ops


class MatrixChart(Flowable):
    """The matrix drawn straight onto the page: what reportlab's renderer draws of
    `matrix_drawing` (the same shapes, colours, fonts and places), without a tree
    of validated shapes to build and walk (some 600 of them for twenty tables)."""

    def __init__(self, width: float, height: float, ops: list[tuple]) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.ops = ops

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        # the renderer's starting state (STATE_DEFAULTS) where a shape relies on it
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setDash()
        for op in self.ops:
            if op[0] == "rect":
                _, x, y, w, h, fill, stroke, stroke_width = op
                canvas.setFillColor(fill)
                if stroke is not None:
                    canvas.setStrokeColor(stroke)
                    canvas.setLineWidth(stroke_width)
                canvas.rect(x, y, w, h, stroke=stroke is not None, fill=1)
            elif op[0] == "text":
                _, x, y, text, font, size, ink, *anchor = op
                if anchor:  # "middle", as the renderer places it
                    x -= stringWidth(text, font, size) * 0.5
                canvas.setFillColor(ink)
                canvas.setFont(font, size)
                canvas.drawString(x, y, text)
            else:
                _, x1, y1, x2, y2, stroke, stroke_width = op
                canvas.setStrokeColor(stroke)
                canvas.setLineWidth(stroke_width)
                canvas.line(x1, y1, x2, y2)
        canvas.restoreState()



def _is_colour(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"#[0-9a-fA-F]{6}", value or "") is not None
