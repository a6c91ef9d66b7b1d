"""Line breaking of a plain paragraph with word widths measured once.

Most notes are one look (one font, one size, no markup): for them `plain_lines`
gives the lines reportlab's own `Paragraph.breakLines` gives, but measures
each word once per font and size for the whole export instead of once per
paragraph and layout. Anything else (several looks, hyphenation, a word
wider than the line, right to left, shaping) answers None and is left to
reportlab. `tests/exports/test_line_breaking.py` checks the lines against reportlab's.
"""
from __future__ import annotations

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
    measured = _word_widths(font_name, font_size, encoding)
    widths = list(map(measured.get, words))
    if not all(widths):  # a word not measured yet (None), or one without width
        for i, word in enumerate(words):
            if widths[i] is None:
                widths[i] = measured[word] = stringWidth(word, font_name, font_size, encoding)
    if not widths or (not long_words and max(widths) > min(max_widths)):
        return None
    space = measured.get(" ")
    if space is None:
        space = measured[" "] = stringWidth(" ", font_name, font_size, encoding)
    shrink = shrinkage * space
    last = len(max_widths) - 1
    max_width = max_widths[0]
    current = widths[0]
    for word_width in widths[1:]:  # summed as the loop below sums a line
        current = current + space + word_width
    if current <= max_width or len(words) == 1:
        # one line (most notes): what the loop below gives, with less work
        return [(max_width - current, list(words))], max(0.0, current)
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    current, widest, lineno = -space, 0.0, 0
    for word, word_width in zip(words, widths):
        new = current + space + word_width
        if new <= max_width + shrink * len(line) or not line:
            line.append(word)
            current = new
        else:
            widest = max(widest, current)
            lines.append((max_width - current, line))
            line, current = [word], word_width
            lineno += 1
            max_width = max_widths[min(last, lineno)]
    widest = max(widest, current)
    lines.append((max_width - current, line))
    return lines, widest


_WORD_WIDTHS: dict[tuple[str, float, str], dict[str, float]] = {}


def plain_words(text: str) -> list[str]:
    """The words a Paragraph of plain `text` shows (its whitespace collapsed).
    Without a non-breaking or a zero-width space (the only characters in which
    reportlab's whitespace differs from Python's) that is `str.split`."""
    if "\u00a0" not in text and "\u200b" not in text:
        return text.split()
    return [w for w in _split(_strip(text)) if w]


def word_width(word: str, font: str, size: float, encoding: str = "utf8") -> float:
    """A word's width in a font and size, measured once for the whole export."""
    measured = _word_widths(font, size, encoding)
    found = measured.get(word)
    if found is None:
        found = measured[word] = stringWidth(word, font, size, encoding)
    return found


def _word_widths(font: str, size: float, encoding: str) -> dict[str, float]:
    """The widths of words measured so far in this font and size (kept small)."""
    key = (font, size, encoding)
    found = _WORD_WIDTHS.get(key)
    if found is None or len(found) > 200_000:
        found = _WORD_WIDTHS[key] = {}
    return found
