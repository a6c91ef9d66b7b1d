"""The perspective x table matrix, drawn with reportlab's own graphics.

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

from . import fonts
from .outline import Matrix, MatrixRow
from .typeset import readable_on

_GRID = colors.HexColor("#c8d3dc")
_INK = colors.HexColor("#222222")
_MUTED = colors.HexColor("#5f6368")
_NEUTRAL = colors.HexColor("#9aa0a6")  # the row of notes without a perspective


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


def _label(d: Drawing, x: float, y: float, text: str, *, font: str, size: float,
           anchor: str = "start") -> None:
    """Add a visual text (from `_short`) at (x, y), Arabic runs in the Arabic font."""
    from .pdfkit import _run_font, text_width
    if anchor == "middle":
        x -= text_width(text, font, size) / 2
    for run, arabic in fonts.arabic_runs(text):
        name = _run_font(arabic, font)
        d.add(String(x, y, run, fontName=name, fontSize=size, fillColor=_INK))
        x += stringWidth(run, name, size)


def matrix_drawing(matrix: Matrix, width: float) -> Drawing:
    """A Drawing at most `width` points wide (it grows downwards with the rows)."""
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
    d = Drawing(label_w + cell_w * n_cols + 2, height)
    d.initialFontName = fonts.REGULAR  # else the renderer refers to Helvetica
    d.initialFontSize = 8
    top = height - head_h
    most = max([c for r in rows for c in r.counts if c] or [1])
    for j, lines in enumerate(heads):
        x = label_w + j * cell_w
        for k, line in enumerate(lines):
            _label(d, x + cell_w / 2, top + 8 + line_h * (len(lines) - 1 - k), line,
                   font=bold, size=7.5, anchor="middle")
    y = top
    for row, lines, row_h in zip(every, labels, heights):
        y -= row_h
        is_total = row is total
        first = y + row_h - 12.5  # the baseline of the label's first line
        if is_total:
            base = _MUTED
        else:
            base = colors.HexColor(row.colour) if _is_colour(row.colour) else _NEUTRAL
            d.add(Rect(0, first - 1.5, 9, 9, fillColor=base, strokeColor=None))
        for k, line in enumerate(lines):
            _label(d, 13, first - line_h * k, line, font=bold if is_total else font, size=8)
        for j in range(len(cols)):
            x = label_w + j * cell_w
            count = row.counts[j]
            if is_total:
                fill = colors.HexColor("#eef1f4")
            else:
                fill = _mix(base, count / most) if count else colors.white
            d.add(Rect(x, y, cell_w, row_h, fillColor=fill, strokeColor=_GRID,
                       strokeWidth=0.5))
            if count:
                d.add(String(x + cell_w / 2, y + row_h / 2 - 3, str(count), fontName=font,
                             fontSize=8, fillColor=_ink_on(fill), textAnchor="middle"))
    line_y = top - sum(heights[:-1])  # above the totals
    d.add(Line(label_w, line_y, label_w + n_cols * cell_w, line_y, strokeColor=_MUTED,
               strokeWidth=0.8))
    return d


def _is_colour(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"#[0-9a-fA-F]{6}", value or "") is not None
