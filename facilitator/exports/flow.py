"""Flowables shared by the PDF exports: user text as paragraphs, lists, tables, photos."""
from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus.paragraph import _leftDrawParaLine, cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from ..words import tr
from . import fonts
from .note_group import text_writer, write_line
from .pdfkit import HEAD_FILL, MUTED, RULE, Paragraph
from .safety import clean, para
from .typeset import as_jpeg, bind_units, hyphenate_long

INDENT = 14.0
CHUNK = 2500  # characters per laid-out paragraph piece (long notes stay fast)
BULLETS = ("•", "–", "◦", "·")


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split a long text into paragraphs (at newlines) and pieces of about `size`
    characters (at a space when there is one), losing nothing."""
    out: list[str] = []
    for block in clean(text).split("\n"):
        while len(block) > size:
            cut = block.rfind(" ", size // 2, size)
            cut = cut + 1 if cut > 0 else size
            out.append(block[:cut])
            block = block[cut:]
        out.append(block)
    while len(out) > 1 and not out[-1].strip():
        out.pop()
    return out or [""]


def paragraphs(text: str, style: ParagraphStyle, *, bullet: str | None = None,
               bullet_colour: str | None = None, prefix: str = "", suffix: str = "",
               wrap: tuple[str, str] = ("", "")) -> list[Flowable]:
    """User text as one or more Paragraphs (escaped). `prefix`/`suffix` are markup
    before the first and after the last piece; `wrap` opens/closes every piece."""
    covered = fonts.covered()
    pieces = chunks(text)
    out: list[Flowable] = []
    for i, piece in enumerate(pieces):
        markup = wrap[0] + (para(piece, covered) or "&nbsp;") + wrap[1]
        if i == 0 and prefix:
            markup = prefix + markup
        if i == len(pieces) - 1 and suffix:
            markup += suffix
        if i == 0 and bullet:
            colour = f' color="{bullet_colour}"' if bullet_colour else ""
            markup = f"<bullet{colour}>{bullet}</bullet>" + markup
        out.append(Paragraph(markup, style))
    return out


MAX_INDENT = 12  # deeper levels (a file made elsewhere) print at this indentation


def indented(style: ParagraphStyle, depth: int, base: float = 0.0) -> ParagraphStyle:
    """The style of a list item at `depth` (0 = top); indentation stops growing at
    MAX_INDENT levels, so even a tree thousands deep keeps room for its text."""
    depth = max(0, min(depth, MAX_INDENT))
    left = base + INDENT * (depth + 1)
    return ParagraphStyle(f"{style.name}-d{depth}", parent=style, leftIndent=left,
                          bulletIndent=left - INDENT + 2, spaceAfter=2,
                          bulletFontName=fonts.REGULAR, bulletFontSize=style.fontSize)


def bullet_list(items: Iterable[tuple], body: ParagraphStyle) -> list[Flowable]:
    """Plain user texts with their depth (and optionally their own bullet, such as
    'a)'), as a bulleted list."""
    out: list[Flowable] = []
    for entry in items:
        text, depth = entry[0], entry[1]
        bullet = entry[2] if len(entry) > 2 and entry[2] else BULLETS[min(depth, 3)]
        style = indented(body, depth)
        if len(bullet) > 1:  # a label such as "a)" or "12." needs room
            style = ParagraphStyle(style.name + "-lab", parent=style,
                                   leftIndent=style.leftIndent + 6)
        out += paragraphs(text, style, bullet=para(bullet, fonts.covered()),
                          bullet_colour="#5f6368" if len(bullet) == 1 else "#222222")
    return out


CELL_LIMIT = 1200  # characters shown inside a table cell; the rest goes below the table
_TEMPLATES: dict[int, tuple[ParagraphStyle, Any]] = {}


def plain_cell(text: str, style: ParagraphStyle) -> Flowable | None:
    """A cell of plain ASCII text on one line as a Paragraph made from a ready
    fragment (the one its markup would parse to; most cells of the actions
    table): no markup written and parsed for each. None for any other text."""
    if not text.strip() or "\n" in text or not text.isascii() or \
            "&" in text or "<" in text or ">" in text:  # parsed to several fragments
        return None
    found = _TEMPLATES.get(id(style))
    if found is None or found[0] is not style:
        found = _TEMPLATES[id(style)] = (style, ParaParser().parse("x", style)[1][0])
    return CellParagraph(None, style,
                         frags=[found[1].clone(text=cleanBlockQuotedText(text))])


class CellParagraph(Paragraph):
    """A table cell of plain text (`plain_cell`), drawn as its Paragraph draws it but
    with each word encoded once per document and font (`note_group`'s writer)
    instead of each line again in every cell."""

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - reportlab's name
        para, style, canvas = self.blPara, self.style, self.canv
        if debug or para.kind != 0 or style.alignment != TA_LEFT or self.bulletText or \
                style.backColor or (style.borderColor and style.borderWidth) or \
                getattr(para, "us_lines", None) or getattr(para, "link", None) or \
                getattr(style, "autoLeading", "") or self._bidi is not None or \
                style.wordWrap or getattr(self, "_offsets", None) or not para.lines:
            return super().drawPara(debug)
        # as reportlab's drawPara for one plain fragment, left-aligned, no bullet
        canvas.saveState()
        canvas.setFillColor(para.textColor)
        cur_y = self.height - (para.fontSize if rl_config.paraFontSizeHeightOffset
                               else getattr(para, "ascent", para.fontSize))
        tx = canvas.beginText(style.leftIndent, cur_y)
        tx.preformatted = False
        tx.direction = None
        tx.setFont(para.fontName, para.fontSize, style.leading)
        encode = text_writer(canvas, tx, para.fontName)
        offset = style.firstLineIndent
        for i, (extra, words) in enumerate(para.lines):
            if encode is None:
                _leftDrawParaLine(tx, offset if i == 0 else 0, extra, words)
            else:
                write_line(tx, offset if i == 0 else 0, extra, words, encode)
        canvas.drawText(tx)
        canvas.restoreState()
        return None


def grid(header: list[str], rows: list[list[str]], widths: list[float], *,
         cell: ParagraphStyle, head: ParagraphStyle, zebra: bool = True,
         lang: str = "nl") -> list[Flowable]:
    """A table of user texts (escaped) with a repeated header row; rows may split
    across pages. A text longer than CELL_LIMIT is shortened in its cell with a
    pointer to a numbered note right below the table that holds the whole text
    (a giant cell would make reportlab's layout quadratic): nothing is lost."""
    covered = fonts.covered()

    def fitted(text: str, j: int, style: ParagraphStyle) -> str:
        """A word wider than its column gets hyphens where it may break."""
        room = widths[j] - 9 if j < len(widths) else 1e9
        return hyphenate_long(bind_units(text), lambda w: stringWidth(
            w, style.fontName, style.fontSize) <= room, lang)

    data = [[Paragraph(para(fitted(x, j, head), covered), head)
             for j, x in enumerate(header)]]
    overflow: list[str] = []
    for row in rows:
        cells = []
        for j, x in enumerate(row):
            x = fitted(clean(x), j, cell)
            if len(x) > CELL_LIMIT:
                overflow.append(x)
                cut = x.rfind(" ", CELL_LIMIT - 200, CELL_LIMIT)
                shown = x[:cut if cut > 0 else CELL_LIMIT]
                more = tr("export.long.more", lang, n=len(overflow))
                cells.append(Paragraph(para(shown, covered) + f" <i>{para(more)}</i>", cell))
            else:
                cells.append(plain_cell(x, cell) or Paragraph(para(x, covered) or "&nbsp;", cell))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f8fa")))
    table.setStyle(TableStyle(commands))
    out: list[Flowable] = [table]
    for n, text in enumerate(overflow, 1):
        out.append(Spacer(1, 4))
        out += paragraphs(text, cell, prefix=f"<b>{para(tr('export.long.note', lang, n=n))}:</b> ")
    return out


class JpegSource:
    """A JPEG as reportlab's `drawImage` takes it without decoding it: it names
    an image by `str(source)` and embeds what `jpeg_fh()` reads as it is."""

    def __init__(self, jpeg: bytes) -> None:
        self.jpeg = jpeg
        self.key = hashlib.sha1(jpeg).hexdigest()

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.jpeg)

    def __str__(self) -> str:
        return f"oogst-jpeg-{self.key}"


class Photo(Flowable):
    """A JPEG drawn at a size, centred. (reportlab's Image flowable decodes the
    picture to name it and keeps its pixels until the PDF is saved: some 12 MiB
    a photo, for a meeting's hundred photos more than a GiB.)"""

    def __init__(self, jpeg: bytes, width: float, height: float) -> None:
        super().__init__()
        self.source = JpegSource(jpeg)
        self.drawWidth, self.drawHeight = width, height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.source, 0, 0, self.drawWidth, self.drawHeight, mask="auto")


def photo(data: bytes, caption_text: str, fallback: str, max_width: float,
          caption: ParagraphStyle, body: ParagraphStyle,
          max_height: float = 11 * cm) -> Flowable:
    """A photo (any format PIL reads) scaled to fit, with its caption; the
    `fallback` line if it cannot be shown."""
    picture = as_jpeg(data)
    if picture is None:
        return Paragraph(para(fallback, fonts.covered()), body)
    jpeg, px_w, px_h = picture
    # fit the page, but never blow a small picture up beyond 1.5 pt per pixel
    scale = min(max_width / px_w, max_height / px_h, 1.5)
    flow: list[Flowable] = [Photo(jpeg, px_w * scale, px_h * scale)]
    flow += [Spacer(1, 3)] + paragraphs(caption_text, caption)
    return KeepTogether(flow)
