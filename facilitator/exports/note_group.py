"""A run of plain notes of a bullet list as one flowable.

Most notes in the minutes are one look (one font and size, left-aligned, plain
text) with a bullet or a perspective's tag. reportlab would make a Paragraph of
each: parsed, wrapped, placed in the frame and drawn one by one, with a text
object for its bullet and one for its lines. `NoteGroup` lays out a whole run
of such notes at once, with the word widths measured once per font and size
(`line_breaking.break_words`), and draws them with one text object.

What a reader sees is what the Paragraphs give: the same lines (reportlab's
greedy line breaking, the bullet's width taken off the first line), the same
positions (the first baseline a font size below the top, the bullet at its
indent, the text after a bullet wider than the indent moved along as
reportlab's `_drawBullet` does), the same space after each note, and the same
page breaks: a group that does not fit splits itself as the Paragraphs would
(`split`: a note keeps at least two lines on either side, as `allowOrphans=0`
and `allowWidows=0` ask; the rest of a split note goes on without its bullet,
broken again at the full width). Anything else (markup, bold, a word wider
than a line, right to left, links) stays a Paragraph (`pdf_render`).
"""
from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus.flowables import CondPageBreak, Flowable
from reportlab.platypus.frames import _FUZZ
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus.paragraph import _handleBulletWidth, _leftDrawParaLine, _nbspCount
from reportlab.platypus.paragraph import split as _split, strip as _strip

from .line_breaking import break_words

ENCODING = "utf8"  # reportlab Paragraph's own
MOST = 200  # notes in one group at most: a 50,000-note list is not held at once


class Note:
    """One note of a group: its style, bullet (None: the rest of a split note) and
    words; its lines once laid out at a width."""

    __slots__ = ("style", "bullet", "words", "width", "lines", "room")

    def __init__(self, style: ParagraphStyle, bullet: str | None, words: list[str]) -> None:
        self.style = style
        self.bullet = bullet
        self.words = words
        self.width = -1.0
        self.lines: list[tuple[float, list[str]]] = []
        # room a note that leads in to nested ones wants below its top, or a new page
        # (as a CondPageBreak before it; not asked of a group's first note)
        self.room = 0.0

    def unasked(self) -> Note:
        """The note without its `room` (the CondPageBreak before it asks instead)."""
        copy = Note(self.style, self.bullet, self.words)
        copy.width, copy.lines = self.width, self.lines
        return copy

    def lay(self, width: float) -> list[tuple[float, list[str]]]:
        if width != self.width:
            style = self.style
            widths = [width - style.leftIndent - style.firstLineIndent - style.rightIndent,
                      width - style.leftIndent - style.rightIndent]
            _handleBulletWidth(self.bullet, style, widths)
            laid = break_words(self.words, style.fontName, style.fontSize, ENCODING, widths,
                               style.spaceShrinkage, long_words=True)
            self.lines = laid[0] if laid is not None else []
            self.width = width
        return self.lines


def note(style: ParagraphStyle, bullet: str, text: str, width: float,
         words: list[str] | None = None) -> Note | None:
    """A note for a group (`text` as a Paragraph's fragment would hold it, `words`
    its words when known), or None when it needs a Paragraph: a style the group
    does not draw, no words, or a word wider than its line at `width`."""
    known = _STYLES.get(id(style))
    if known is None or known[0] is not style:
        known = _STYLES[id(style)] = (style, _drawable(style))
    if not known[1]:
        return None
    if words is None:
        words = _split(_strip(text))
    if not words:
        return None
    key = (id(style), bullet, width)
    found = _LINE_WIDTHS.get(key)
    if found is None or found[0] is not style:  # the lines' widths, once per look
        widths = [width - style.leftIndent - style.firstLineIndent - style.rightIndent,
                  width - style.leftIndent - style.rightIndent]
        _handleBulletWidth(bullet, style, widths)
        found = _LINE_WIDTHS[key] = (style, widths)
    widths = found[1]
    laid = break_words(words, style.fontName, style.fontSize, ENCODING, widths,
                       style.spaceShrinkage)
    if laid is None:
        return None
    made = Note(style, bullet, words)
    made.width, made.lines = width, laid[0]  # laid out at the frame's width already
    return made


_STYLES: dict[int, tuple[ParagraphStyle, bool]] = {}
_LINE_WIDTHS: dict[tuple[int, str, float], tuple[ParagraphStyle, list[float]]] = {}


def _drawable(style: ParagraphStyle) -> bool:
    """Can a group draw notes in this style (as its Paragraphs would)?"""
    return not (style.alignment != TA_LEFT or style.spaceBefore or style.wordWrap or
                style.backColor or style.borderWidth or style.endDots or style.shaping or
                style.bulletAnchor != "start" or getattr(style, "hyphenationLang", "") or
                style.embeddedHyphenation or style.uriWasteReduce or
                getattr(style, "autoLeading", ""))


class NoteGroup(Flowable):
    """Notes laid out and drawn together (see the module's text)."""

    def __init__(self, notes: list[Note]) -> None:
        super().__init__()
        self.notes = notes
        self.steps = len(notes)  # progress: one step a note (`pdfkit.Doc`)
        self.width = self.height = 0.0

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.notes[0].style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.notes[-1].style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        height, short = 0.0, False
        for i, n in enumerate(self.notes):
            if i and n.room and availHeight - height < n.room:
                short = True  # a new page before it: `split` says where
            height += len(n.lay(availWidth)) * n.style.leading + n.style.spaceAfter
        self.width, self.height = availWidth, height - self.notes[-1].style.spaceAfter
        # a group that must break inside says it does not fit, so that it is split
        return self.width, (max(self.height, availHeight + 1) if short else self.height)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight
        for i, n in enumerate(self.notes):
            if i and n.room and room < n.room:  # as the CondPageBreak before it would
                return [NoteGroup(self.notes[:i]), CondPageBreak(n.room),
                        NoteGroup([n.unasked()] + self.notes[i + 1:])]
            lines, leading = n.lay(availWidth), n.style.leading
            if room - len(lines) * leading >= -_FUZZ:
                room -= len(lines) * leading + n.style.spaceAfter
                continue
            # as reportlab's Paragraph.split with allowOrphans=0, allowWidows=0
            fit = int(room / leading) if room > 0 else 0
            if fit == len(lines) - 1:
                fit = fit - 1 if len(lines) > 3 else 0
            if fit <= 1:
                first, rest = self.notes[:i], self.notes[i:]
            else:
                words = [w for _, line in lines for w in line]
                taken = sum(len(line) for _, line in lines[:fit])
                first = self.notes[:i] + [Note(n.style, n.bullet, words[:taken])]
                rest = [Note(n.style, None, words[taken:])] + self.notes[i + 1:]
            if not first:
                return []
            return [NoteGroup(first), NoteGroup(rest)]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        tx = canvas.beginText(0, 0)
        top = self.height
        by_font_size = rl_config.paraFontSizeHeightOffset
        encoders: dict[str, Any] = {}
        fills: dict[int, list[str]] = {}

        def fill(colour: Any) -> None:
            """tx.setFillColor; what it writes is written again for the same colour
            (in this text object only: a page's resources are the page's own)."""
            found = fills.get(id(colour))
            if found is None:
                start = len(tx._code)  # noqa: SLF001 - the text object's operators
                tx.setFillColor(colour)
                fills[id(colour)] = tx._code[start:]  # noqa: SLF001
            else:
                tx._code.extend(found)  # noqa: SLF001
                tx._fillColorObj = colour  # noqa: SLF001

        def encoder(font_name: str) -> Any:
            if font_name not in encoders:
                encoders[font_name] = text_writer(canvas, tx, font_name)
            return encoders[font_name]

        for n in self.notes:
            style = n.style
            lines = n.lay(self.width)
            if lines:
                cur_y = top - (style.fontSize if by_font_size else _ascent(style))
                offset = style.firstLineIndent
                if n.bullet:  # as reportlab's _drawBullet
                    tx.setTextOrigin(style.bulletIndent,
                                     cur_y + getattr(style, "bulletOffsetY", 0))
                    tx.setFont(style.bulletFontName, style.bulletFontSize)
                    fill(getattr(style, "bulletColor", style.textColor))
                    encode = encoder(style.bulletFontName)
                    if encode is None:
                        tx.textOut(n.bullet)
                    else:
                        tx._code.append(encode([n.bullet]))  # noqa: SLF001 - as textOut
                    end = style.bulletIndent + _width(n.bullet, style.bulletFontName,
                                                      style.bulletFontSize)
                    offset = max(offset, end + style.bulletFontSize * 0.6 - style.leftIndent)
                tx.setTextOrigin(style.leftIndent, cur_y)
                fill(style.textColor)
                tx.setFont(style.fontName, style.fontSize, style.leading)
                encode = encoder(style.fontName)
                for i, (extra, words) in enumerate(lines):
                    if encode is None:
                        _leftDrawParaLine(tx, offset if i == 0 else 0, extra, words)
                    else:
                        write_line(tx, offset if i == 0 else 0, extra, words, encode)
            top -= len(lines) * style.leading + style.spaceAfter
        canvas.drawText(tx)


_WIDTHS: dict[tuple[str, str, float], float] = {}


def _width(text: str, font_name: str, size: float) -> float:
    """A bullet's width (what `textOut` moves the cursor by), measured once."""
    key = (text, font_name, size)
    found = _WIDTHS.get(key)
    if found is None:
        found = _WIDTHS[key] = stringWidth(text, font_name, size)
    return found


def _ascent(style: Any) -> float:
    return getAscentDescent(style.fontName, style.fontSize)[0]


def write_line(tx: Any, offset: float, extra: float, words: list[str], encode: Any) -> None:
    """reportlab's `_leftDrawParaLine` with the text written by `encode`."""
    if offset > 1e-6 or offset < -1e-6:
        tx.setXPos(offset)
    spaces = 0
    if extra <= -1e-8:  # a line set a little tight (spaceShrinkage): narrower spaces
        spaces = len(words) + _nbspCount(" ".join(words)) - 1
    if spaces > 0:
        tx.setWordSpace(extra / float(spaces))
        tx._code.append(encode(words) + " T*")  # noqa: SLF001 - as TextObject._textOut
        tx.setWordSpace(0)
    else:
        tx._code.append(encode(words) + " T*")  # noqa: SLF001
    if offset > 1e-6 or offset < -1e-6:
        tx.setXPos(-offset)


def text_writer(canvas: Any, tx: Any, font_name: str) -> Any:
    """A function writing a line of words as reportlab's `TextObject._formatText`
    does for a TrueType font (the subset's font selected where it changes, each
    run as a string shown), each word encoded once per document and font; None
    for a font that is not TrueType (then reportlab writes the text itself)."""
    font = getFont(font_name)
    if not getattr(font, "_dynamicFont", False):  # not TrueType
        return None
    doc = canvas._doc  # noqa: SLF001
    words_of = canvas.__dict__.setdefault("_oogst_words", {}).setdefault(font_name, {})
    escape = canvas._escape  # noqa: SLF001
    split_string = font.splitString

    one_of = canvas.__dict__.setdefault("_oogst_one", {}).setdefault(font_name, {})

    def encoded(word: str) -> list[tuple[int, str]]:
        found = words_of.get(word)
        if found is None:
            found = words_of[word] = [(subset, escape(t)) for subset, t in
                                      split_string(word, doc)]
            # a word in one subset (most): its (subset, text), else None
            one_of[word] = found[0] if len(found) == 1 else None
        return found

    encoded(" ")
    space_one = one_of[" "]
    selects = canvas.__dict__.setdefault("_oogst_selects", {})

    def select(subset: int) -> str:
        """The operators selecting a subset's font at the text object's size."""
        key = (font_name, subset, tx._fontsize, tx._leading)  # noqa: SLF001
        found = selects.get(key)
        if found is None:
            found = selects[key] = (f"{font.getSubsetInternalName(subset, doc)} "
                                    f"{fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL")  # noqa: SLF001
        return found

    def encode(words: list[str]) -> str:
        # most lines: every word in the subset of the space between them, one string
        found = [one_of.get(w) or (encoded(w) and one_of[w]) for w in words]
        if space_one is not None and None not in found:
            subset = space_one[0]
            for f in found:
                if f[0] != subset:
                    break
            else:
                text = space_one[1].join([f[1] for f in found])
                if subset == tx._curSubset:  # noqa: SLF001
                    return f"({text}) Tj"
                tx._curSubset = subset  # noqa: SLF001
                return f"{select(subset)} ({text}) Tj"
        runs: list[list[Any]] = []
        space = encoded(" ")
        for n, word in enumerate(words):
            for subset, text in (encoded(word) if not n else space + encoded(word)):
                if runs and runs[-1][0] == subset:
                    runs[-1][1] += text
                else:
                    runs.append([subset, text])
        out = []
        for subset, text in runs:
            if subset != tx._curSubset:  # noqa: SLF001
                out.append(select(subset))
                tx._curSubset = subset  # noqa: SLF001
            out.append(f"({text}) Tj")
        return " ".join(out)

    return encode
