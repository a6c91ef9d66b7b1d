"""A note's text laid out for drawing: the words typed between `**` marks bold, the
marks left out (the rule: `facilitator/emphasis.py`).

One layout both measures and draws, so a row of a note list or a card on the
projector wall is exactly as tall as the text drawn in it. It wraps as Qt's item
views wrap (at word boundaries, inside a word too long for a line) and breaks
lines where the note has them (as the item views do, through U+2028).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption

from facilitator.emphasis import emphasis_pieces

_LINE_BREAK = "\u2028"  # Qt's line separator: a new line inside one paragraph


def has_emphasis(text: str) -> bool:
    """Whether `text` has words to draw bold (else Qt can draw it as it is)."""
    return "**" in text and any(bold for _piece, bold in emphasis_pieces(text))


def note_layout(text: str, font: QFont, width: int) -> QTextLayout:
    """`text` laid out in lines of `width` pixels from (0, 0), its emphasis bold."""
    pieces = emphasis_pieces(text)
    shown = "".join(piece for piece, _bold in pieces).replace("\n", _LINE_BREAK)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges, at = [], 0
    for piece, bold in pieces:
        length = len(piece.encode("utf-16-le")) // 2  # Qt counts UTF-16 units
        if bold and length:
            emphasis = QTextLayout.FormatRange()
            emphasis.start, emphasis.length = at, length
            strong = QTextCharFormat()
            strong.setFontWeight(QFont.Weight.Bold)
            emphasis.format = strong
            ranges.append(emphasis)
        at += length
    layout.setFormats(ranges)
    layout.beginLayout()
    top = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


def layout_height(layout: QTextLayout) -> int:
    """The height of the laid-out lines, in whole pixels (rounded up)."""
    lines = (layout.lineAt(i) for i in range(layout.lineCount()))
    return int(sum(line.height() for line in lines) + 0.999)


def draw_layout(painter: QPainter, layout: QTextLayout, left: float, top: float) -> None:
    """Draw `layout` with its first line's top left corner at (left, top), in the
    painter's pen colour."""
    layout.draw(painter, QPointF(left, top))
