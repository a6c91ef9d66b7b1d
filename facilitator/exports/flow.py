"""Flowables shared by the PDF exports: user text as paragraphs, lists, tables, photos."""
from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from ..words import tr
from . import fonts
from .grid import PAD_X, Cell, Grid, rows_of
from .line_breaking import word_width
from .grid import cell as grid_cell
from .pdfkit import Paragraph
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


def grid(header: list[str], rows: list[list[str]], widths: list[float], *,
         cell: ParagraphStyle, head: ParagraphStyle, zebra: bool = True,
         lang: str = "nl") -> list[Flowable]:
    """A table of user texts (escaped) with a repeated header row; rows may split
    across pages (`grid.Grid`). A text longer than CELL_LIMIT is shortened in its
    cell with a pointer to a numbered note right below the table that holds the
    whole text (a giant cell would make the layout quadratic): nothing is lost."""
    covered = fonts.covered()
    inner = [w - 2 * PAD_X for w in widths]

    def fitted(text: str, j: int, style: ParagraphStyle) -> str:
        """A word wider than its column gets hyphens where it may break."""
        room = widths[j] - 9 if j < len(widths) else 1e9
        text = bind_units(text)
        font, size = style.fontName, style.fontSize
        if all(len(w) < 6 or word_width(w, font, size) <= room for w in text.split()):
            return text  # no word wider than its column (the words' widths known)
        return hyphenate_long(text, lambda w: stringWidth(
            w, style.fontName, style.fontSize) <= room, lang)

    header_cells = [grid_cell(fitted(x, j, head), head, inner[j]) for j, x in enumerate(header)]
    overflow: list[str] = []
    data: list[list[Cell]] = []
    for row in rows:
        cells = []
        for j, x in enumerate(row):
            x = fitted(clean(x), j, cell)
            if len(x) > CELL_LIMIT:
                overflow.append(x)
                cut = x.rfind(" ", CELL_LIMIT - 200, CELL_LIMIT)
                shown = x[:cut if cut > 0 else CELL_LIMIT]
                more = tr("export.long.more", lang, n=len(overflow))
                cells.append(Cell(cell, markup=para(shown, covered) + f" <i>{para(more)}</i>"))
            else:
                cells.append(grid_cell(x, cell, inner[j]))
        data.append(cells)
    out: list[Flowable] = [Grid(rows_of(header_cells, data, zebra), widths)]
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
