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

Drawing writes reportlab's operators straight into the text object: what the
notes of one style and bullet write alike (`_Look`) is made once per document,
the lines are written by `pdf_text`; tests/exports/test_note_group.py checks the
file is byte for byte what the text object's own calls make.
"""
from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.flowables import CondPageBreak, Flowable
from reportlab.platypus.frames import _FUZZ
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus.paragraph import _handleBulletWidth, _leftDrawParaLine
from reportlab.platypus.paragraph import split as _split, strip as _strip

from .line_breaking import break_words, measure
from .pdf_text import Fills, TextWriter, font_setter, moves, write_lines

ENCODING = "utf8"  # reportlab Paragraph's own
MOST = 200  # notes in one group at most: a 50,000-note list is not held at once


class Note:
    """One note of a group: its style, bullet (None: the rest of a split note) and
    words; its lines once laid out at a width."""

    __slots__ = ("style", "bullet", "words", "width", "lines", "room")

    def __init__(self, style: ParagraphStyle, bullet: str | None, words: list[str],
                 width: float = -1.0, lines: list[tuple[float, list[str]]] | None = None,
                 ) -> None:
        self.style = style
        self.bullet = bullet
        self.words = words
        self.width = width  # the width `lines` are laid out at (-1: not yet)
        self.lines = lines if lines is not None else []
        # room a note that leads in to nested ones wants below its top, or a new page
        # (as a CondPageBreak before it; not asked of a group's first note)
        self.room = 0.0

    def unasked(self) -> Note:
        """The note without its `room` (the CondPageBreak before it asks instead)."""
        return Note(self.style, self.bullet, self.words, self.width, self.lines)

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
    key = (id(style), bullet, width)
    layout = _LAYOUTS.get(key)
    if layout is None or layout[0] is not style:  # once per style, bullet and width
        layout = _LAYOUTS[key] = _layout(style, bullet, width)
    if layout[1] is None:  # a style the group does not draw
        return None
    if words is None:
        words = _split(_strip(text))
    if not words:
        return None
    laid = layout[2].lines(words, layout[1], layout[3])
    if laid is None:
        return None
    return Note(style, bullet, words, width, laid[0])  # laid out at the frame's width already


_LAYOUTS: dict[tuple[int, str, float], tuple[Any, ...]] = {}


def _layout(style: ParagraphStyle, bullet: str, width: float) -> tuple[Any, ...]:
    """(style, its lines' widths or None when a group does not draw the style,
    its font's `Measure` and its space shrinkage)."""
    if not _drawable(style):
        return (style, None)
    widths = [width - style.leftIndent - style.firstLineIndent - style.rightIndent,
              width - style.leftIndent - style.rightIndent]
    _handleBulletWidth(bullet, style, widths)
    return (style, widths, measure(style.fontName, style.fontSize, ENCODING),
            style.spaceShrinkage)


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
        self._laid: tuple[float, float, list[tuple[float, float]]] | None = None

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.notes[0].style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.notes[-1].style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        laid = self._laid
        if laid is None or laid[0] != availWidth:  # summed once per width
            height, asks = 0.0, []
            for i, n in enumerate(self.notes):
                if i and n.room:  # the height above it, and the room it asks
                    asks.append((height, n.room))
                height += len(n.lay(availWidth)) * n.style.leading + n.style.spaceAfter
            laid = self._laid = (availWidth, height, asks)
        height, asks = laid[1], laid[2]
        # a new page before a note that asks for more room than is left: `split` says where
        short = False
        for above, room in asks:
            if availHeight - above < room:
                short = True
                break
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
        """The notes written into one text object: the operators reportlab's
        `_drawBullet`, `setTextOrigin`, `setFillColor`, `setFont` and
        `_leftDrawParaLine` write, what each look (`_Look`) and colour writes
        made once per document, the lines by `pdf_text.TextWriter`."""
        canvas = self.canv
        tx = canvas.beginText(0, 0)
        append = tx._code.append  # noqa: SLF001 - the text object's operators
        fill = Fills(canvas, tx)
        looks = canvas.__dict__.setdefault("_oogst_looks", {})
        top = self.height
        by_font_size = rl_config.paraFontSizeHeightOffset
        matrix = "1 0 0 1 " if canvas.bottomup else "1 0 0 -1 "  # as setTextOrigin
        width = self.width
        for n in self.notes:
            style = n.style
            lines = n.lay(width)
            if lines:
                look = looks.get((id(style), n.bullet))
                if look is None or look.style is not style:
                    look = looks[id(style), n.bullet] = _Look(canvas, tx, style, n.bullet)
                cur_y = top - (style.fontSize if by_font_size else _ascent(style))
                if look.bullet_code is not None and not look.bullet_rise:
                    # as reportlab's _drawBullet, then the text's origin and colour
                    # (fp_str(x, y) is fp_str(x) and fp_str(y) with a space between)
                    y = fp_str(cur_y)
                    append(f"{matrix}{look.bullet_x} {y} Tm {fill(look.bullet_colour)} "
                           f"{look.bullet_code} {matrix}{look.text_x} {y} Tm "
                           f"{fill(style.textColor)}")
                else:
                    if look.bullet_at is not None:  # as reportlab's _drawBullet
                        append(f"{matrix}{fp_str(look.bullet_at, cur_y + look.bullet_rise)} Tm")
                        append(fill(look.bullet_colour))
                        if look.bullet_code is None:
                            look.bullet_font(tx)
                            tx.textOut(n.bullet)
                        else:  # the font's subset is selected in it
                            append(look.bullet_code)
                    append(f"{matrix}{fp_str(style.leftIndent, cur_y)} Tm")
                    append(fill(style.textColor))
                look.text_font(tx)
                if look.writer is None:
                    for i, (extra, words) in enumerate(lines):
                        _leftDrawParaLine(tx, look.offset if i == 0 else 0, extra, words)
                else:
                    write_lines(tx, lines, look.writer, look.move_in, look.move_out)
            top -= len(lines) * style.leading + style.spaceAfter
        canvas.drawText(tx)


class _Look:
    """What the notes of one style and bullet write alike in a document: the
    bullet's place, colour and operators (after `setFont` a TrueType font's
    subset is selected anew, so they are the same every time), the first
    line's offset and the text's font and writer."""

    __slots__ = ("style", "bullet_at", "bullet_x", "bullet_rise", "bullet_colour",
                 "bullet_font", "bullet_code", "offset", "move_in", "move_out", "text_x",
                 "text_font", "writer")

    def __init__(self, canvas: Any, tx: Any, style: ParagraphStyle, bullet: str | None) -> None:
        self.style = style
        offset = style.firstLineIndent
        self.bullet_at = self.bullet_code = None
        if bullet:
            self.bullet_at = style.bulletIndent
            self.bullet_x = fp_str(style.bulletIndent)
            self.bullet_rise = getattr(style, "bulletOffsetY", 0)
            self.bullet_colour = getattr(style, "bulletColor", style.textColor)
            self.bullet_font = font_setter(style.bulletFontName, style.bulletFontSize, None)
            writer = TextWriter.of(canvas, style.bulletFontName)
            if writer is not None:
                self.bullet_font(tx)
                self.bullet_code = writer.line(tx, [bullet])
            end = style.bulletIndent + _width(bullet, style.bulletFontName,
                                              style.bulletFontSize)
            offset = max(offset, end + style.bulletFontSize * 0.6 - style.leftIndent)
        self.offset = offset
        self.move_in, self.move_out = moves(offset)
        self.text_x = fp_str(style.leftIndent)
        self.text_font = font_setter(style.fontName, style.fontSize, style.leading)
        self.writer = TextWriter.of(canvas, style.fontName)


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
