"""Line breaking of a plain paragraph with word widths measured once.

Most notes are one look (one font, one size, no markup): for them `plain_lines`
gives the lines reportlab's own `Paragraph.breakLines` gives, but measures
each word once per font and size for the whole export instead of once per
paragraph and layout. Anything else (several looks, hyphenation, a word
wider than the line, right to left, shaping) answers None and is left to
reportlab. `tests/exports/test_line_breaking.py` checks the lines against reportlab's.
"""
from __future__ import annotations

from itertools import islice
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import _handleBulletWidth, _processed_frags, _shy as _SHY
from reportlab.platypus.paragraph import split as _split, strip as _strip


def plain_lines(para: Any, width: Any) -> Any:
    """reportlab's breakLines for a paragraph of one plain fragment without
    hyphenation or words wider than a line (None otherwise)."""
    frags, style = para.frags, para.style
    if len(frags) != 1 or style.wordWrap or style.endDots or style.shaping or \
            getattr(style, "hyphenationLang", "") or style.embeddedHyphenation or \
            style.uriWasteReduce or _processed_frags(frags):
        return None
    f = frags[0]
    if not hasattr(f, "text") or hasattr(f, "cbDefn") or hasattr(f, "backColor") or \
            _SHY in f.text:
        return None
    text = _strip(f.text)
    if not text:
        return None
    font_name, font_size = f.fontName, f.fontSize
    max_widths = list(width) if isinstance(width, (list, tuple)) else [width]
    _handleBulletWidth(para.bulletText, style, max_widths)
    words = _split(text)
    laid = break_words(words, font_name, font_size, para.encoding, max_widths,
                       style.spaceShrinkage)
    if laid is None:
        return None  # a long word: reportlab splits it
    lines, widest = laid
    para.height = 0
    para._width_max = widest
    para._splitLongWordCount = para._hyphenations = 0
    ascent, descent = getAscentDescent(font_name, font_size)
    return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)


def break_words(words: list[str], font_name: str, font_size: float, encoding: str,
                max_widths: list[float], shrinkage: float, long_words: bool = False,
                ) -> tuple[list[tuple[float, list[str]]], float] | None:
    """reportlab's greedy lines of `words` in one font and size: (extra space,
    words) per line, and the widest line's width; None when a word is wider than
    the narrowest line (reportlab splits it), unless `long_words` (then such a
    word has a line of its own)."""
    return measure(font_name, font_size, encoding).lines(words, max_widths, shrinkage,
                                                         long_words)


class Measure:
    """Words measured in one font and size, each once for the whole export (the
    widths kept are dropped when they grow past `MOST`), and lines broken with them."""

    MOST = 200_000

    def __init__(self, font: str, size: float, encoding: str) -> None:
        self.font, self.size, self.encoding = font, size, encoding
        self.widths: dict[str, float] = {}
        self.space = stringWidth(" ", font, size, encoding)

    def width(self, word: str) -> float:
        found = self.widths.get(word)
        if found is None:
            if len(self.widths) > self.MOST:
                self.widths = {}
            found = self.widths[word] = stringWidth(word, self.font, self.size, self.encoding)
        return found

    def lines(self, words: list[str], max_widths: list[float], shrinkage: float,
              long_words: bool = False) -> tuple[list[tuple[float, list[str]]], float] | None:
        """`break_words` in this font and size."""
        widths = list(map(self.widths.get, words))
        if not all(widths):  # a word not measured yet (None), or one without width
            for i, word in enumerate(words):
                if widths[i] is None:
                    widths[i] = self.width(word)
        if not widths or (not long_words and max(widths) > min(max_widths)):
            return None
        space = self.space
        max_width = max_widths[0]
        current = widths[0]  # a line's first word is on it, fitting or not
        if len(widths) == 1:
            return [(max_width - current, list(words))], max(0.0, current)
        # greedy, as reportlab's breakLines: a word joins the line while the line
        # with it is at most as wide as the room plus a little shrinkage per space so
        # far (`room[k]`: that limit for a line of k words before it, summed as
        # reportlab sums it)
        shrink = shrinkage * space
        count = len(widths)
        room = _room(max_width, shrink, count)
        lines: list[tuple[float, list[str]]] = []
        widest, lineno, start, last = 0.0, 0, 0, len(max_widths) - 1
        for i, width in enumerate(islice(widths, 1, None), 1):
            new = current + space + width
            if new <= room[i - start]:
                current = new
            else:
                if current > widest:
                    widest = current
                lines.append((max_width - current, words[start:i]))
                start, current = i, width
                lineno += 1
                if lineno <= last:
                    max_width = max_widths[lineno]
                    room = _room(max_width, shrink, count)
        if current > widest:
            widest = current
        lines.append((max_width - current, words[start:]))
        return lines, widest


_ROOM: dict[tuple[float, float], list[float]] = {}


def _room(max_width: float, shrink: float, count: int) -> list[float]:
    """max_width + shrink * k for k = 0 ... count (at least), made once per width."""
    key = (max_width, shrink)
    found = _ROOM.get(key)
    if found is None or len(found) > 100_000:
        found = _ROOM[key] = [max_width]
    if len(found) <= count:
        found.extend([max_width + shrink * k for k in range(len(found), count + 1)])
    return found


_MEASURES: dict[tuple[str, float, str], Measure] = {}


def measure(font: str, size: float, encoding: str = "utf8") -> Measure:
    """The words measured so far in a font and size."""
    key = (font, size, encoding)
    found = _MEASURES.get(key)
    if found is None:
        found = _MEASURES[key] = Measure(font, size, encoding)
    return found


def plain_words(text: str) -> list[str]:
    """The words a Paragraph of plain `text` shows (its whitespace collapsed).
    Without a non-breaking or a zero-width space (the only characters in which
    reportlab's whitespace differs from Python's) that is `str.split`."""
    if "\u00a0" not in text and "\u200b" not in text:
        return text.split()
    return [w for w in _split(_strip(text)) if w]


def word_width(word: str, font: str, size: float, encoding: str = "utf8") -> float:
    """A word's width in a font and size, measured once for the whole export."""
    return measure(font, size, encoding).width(word)
