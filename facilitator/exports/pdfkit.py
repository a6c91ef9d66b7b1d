"""Shared PDF machinery: A4 document with footer, page numbers, CONCEPT mark, outline.

* Page numbers read "pagina 3 van 12": the total is a PDF form drawn at the
  end and referenced from every page, so the document is laid out only once.
* Headings made by `heading()` become PDF bookmarks (outline) after they land.
* A draft gets a light diagonal "CONCEPT" under the text of every page.
* The progress/abort callbacks are consulted after every flowable, so a long
  layout can be cancelled.
"""
from __future__ import annotations

import html
import re

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.paragraph import _handleBulletWidth, _processed_frags, _shy as _SHY
from reportlab.platypus.paragraph import split as _split, strip as _strip
from reportlab.platypus.flowables import Flowable

from ..words import tr
from . import fonts
from .safety import Job, para

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c8d3dc")
HEAD_FILL = colors.HexColor("#e8eef3")
DRAFT_FORM = "oogst-draft-mark"


@dataclass
class PageInfo:
    """What the page decorations say."""

    title: str
    lang: str
    draft: bool = False
    version: int = 1
    footer_note: str = ""


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    # allowWidows=0: the last line of a paragraph never opens a page on its own
    base = ParagraphStyle("body", fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR,
                          fontSize=10, leading=13.5,
                          textColor=INK, spaceAfter=3, allowWidows=0)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=22,
                                leading=27, textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                   textColor=INK, spaceAfter=10),
        "meta": ParagraphStyle("meta", parent=base, fontSize=10, leading=14,
                               textColor=MUTED, spaceAfter=1),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=16,
                             leading=20, textColor=ACCENT, spaceBefore=14, spaceAfter=8,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=13,
                             leading=17, textColor=ACCENT, spaceBefore=12, spaceAfter=5,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, fontSize=10.5,
                             leading=14, textColor=INK, spaceBefore=8, spaceAfter=3,
                             keepWithNext=1),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.BOLD, spaceBefore=4,
                                spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=fonts.BOLD,
                                   fontSize=8.5, leading=11, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontName=fonts.ITALIC,
                                  fontSize=8.5, leading=11, textColor=MUTED,
                                  alignment=TA_CENTER, spaceAfter=8),
    }
    return s


_RTL_STYLES: dict[int, ParagraphStyle] = {}
_TAG = re.compile(r"<[^>]*>")


class Paragraph(RLParagraph):
    """reportlab's Paragraph that lays out a right-to-left paragraph from the right:
    its words (prepared by `safety.para`/`fonts.wrappable`) wrap in reading order
    and every line is drawn right to left, right-aligned.

    A paragraph in one look (most notes) breaks its lines with word widths
    measured once per font and size (`_plain_lines`), the same lines reportlab's
    `breakLines` makes; anything else (several looks, hyphenation, a word wider
    than the line, right to left) is reportlab's own. A paragraph laid out
    again at the same width reuses its lines."""

    def __init__(self, text: str | None, style: ParagraphStyle | None = None,
                 *args: Any, **kw: Any) -> None:
        if text and style is not None and fonts.has_rtl(text) and \
                fonts.rtl_base(html.unescape(_TAG.sub("", text))):
            style = _rtl_style(style)
        super().__init__(text, style, *args, **kw)

    def breakLines(self, width: Any) -> Any:
        key = (tuple(width) if isinstance(width, (list, tuple)) else width, self.bulletText)
        memo = self.__dict__.get("_oogst_lines")
        if memo is not None and memo[0] == key and memo[1] is self.frags:
            self._width_max = memo[3]
            return memo[2]
        lines = self._plain_lines(width)
        if lines is None:
            lines = super().breakLines(width)
        self._oogst_lines = (key, self.frags, lines, self._width_max)
        return lines

    def _plain_lines(self, width: Any) -> Any:
        """reportlab's breakLines for one plain fragment without hyphenation or
        words wider than a line (None otherwise), with cached word widths."""
        frags, style = self.frags, self.style
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
        _handleBulletWidth(self.bulletText, style, max_widths)
        words = _split(text)
        measured = _word_widths(font_name, font_size, self.encoding)
        widths = []
        for word in words:
            found = measured.get(word)
            if found is None:
                found = measured[word] = stringWidth(word, font_name, font_size, self.encoding)
            widths.append(found)
        if max(widths) > min(max_widths):
            return None  # a long word: reportlab splits it
        space = stringWidth(" ", font_name, font_size, self.encoding)
        shrink = style.spaceShrinkage * space
        last = len(max_widths) - 1
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current, widest, lineno = -space, 0.0, 0
        max_width = max_widths[0]
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
        self.height = 0
        self._width_max = widest
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = getAscentDescent(font_name, font_size)
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=font_size)


_WORD_WIDTHS: dict[tuple[str, float, str], dict[str, float]] = {}


def _word_widths(font: str, size: float, encoding: str) -> dict[str, float]:
    """The widths of words measured so far in this font and size (kept small)."""
    key = (font, size, encoding)
    found = _WORD_WIDTHS.get(key)
    if found is None or len(found) > 200_000:
        found = _WORD_WIDTHS[key] = {}
    return found


def _rtl_style(style: ParagraphStyle) -> ParagraphStyle:
    found = _RTL_STYLES.get(id(style))
    if found is None:
        found = ParagraphStyle(f"{style.name}-rtl", parent=style, wordWrap="RTL",
                               alignment=TA_RIGHT)
        _RTL_STYLES[id(style)] = found
    return found


class Heading(Paragraph):
    """A heading paragraph that becomes a PDF bookmark at `level` (0 = top).

    A heading taller than a page (a very long title) splits like any Paragraph:
    reportlab makes the pieces with `self.__class__(None, style, bulletText=...,
    frags=...)`, so the constructor takes Paragraph's arguments too; only the
    first piece carries the bookmark."""

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,
                 *args: Any, level: int = 0, key: str = "", outline_text: str = "",
                 **kw: Any) -> None:
        super().__init__(text, style, bulletText, *args, **kw)
        self.outline: tuple[str, str, int] | None = (
            (key, outline_text, level) if key else None)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces = super().split(availWidth, availHeight)
        for i, piece in enumerate(pieces):
            if isinstance(piece, Heading):
                piece.outline = self.outline if i == 0 else None
        return pieces


class Doc(BaseDocTemplate):
    """A4 (or landscape A4) with the Oogst footer, page numbers and outline."""

    def __init__(self, handle: Any, info: PageInfo, job: Job, *, total_steps: int = 1,
                 wide: bool = False, phase: tuple[int, int] = (40, 99), **kw: Any) -> None:
        size = landscape(A4) if wide else A4
        super().__init__(handle, pagesize=size, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                         topMargin=2 * cm, bottomMargin=2.2 * cm,
                         title=_outline_text(info.title),
                         author="Oogst", creator="Oogst", lang=info.lang,
                         initialFontName=fonts.REGULAR, initialFontSize=10, **kw)
        self.info = info
        self.job = job
        self.total_steps = max(1, total_steps)
        self.steps_done = 0
        self.phase = phase  # the part of 0..100 that the layout reports
        self._outline_levels: list[int] = []
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPage=self._decorate)])

    # -- decorations -------------------------------------------------------------

    def _decorate(self, canvas, doc) -> None:
        info = self.info
        width, height = self.pagesize
        canvas.saveState()
        if info.draft:
            # An image, not text: the mark must not mix into copied or searched text.
            # Drawn once into a form that every page refers to (drawImage would hash
            # the picture again on every page).
            if not canvas.hasForm(DRAFT_FORM):
                portrait = width < height
                mark = _watermark(tr("export.draft", info.lang).upper(), 50 if portrait else 30)
                mw = width * (0.85 if portrait else 0.75)
                mh = mw * mark.getSize()[1] / mark.getSize()[0]
                canvas.beginForm(DRAFT_FORM)
                canvas.drawImage(mark, (width - mw) / 2, (height - mh) / 2, mw, mh,
                                 mask="auto")
                canvas.endForm()
            canvas.doForm(DRAFT_FORM)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        y = 1.3 * cm
        canvas.line(self.leftMargin, y + 10, width - self.rightMargin, y + 10)
        left = info.title
        if info.draft:
            left += (f" · {tr('export.draft', info.lang)} "
                     f"{tr('export.version', info.lang, n=info.version)}")
        if info.footer_note:
            left += f" · {info.footer_note}"
        left = _fit(left, fonts.REGULAR, 8, self.width * 0.72)
        draw_runs(canvas, self.leftMargin, y, left, 8)
        x_total = width - self.rightMargin - 14
        canvas.drawRightString(x_total, y, tr("export.page", info.lang, n=canvas.getPageNumber()))
        canvas.doForm("oogst-total-pages")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, text, level = outline
            # The outline may not skip a level (reportlab refuses): clamp.
            level = min(level, (self._outline_levels[-1] + 1) if self._outline_levels else 0)
            self._outline_levels.append(level)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
        self.steps_done += 1
        if self.steps_done % 25 == 0:
            lo, hi = self.phase
            done = lo + (hi - lo) * min(1.0, self.steps_done / self.total_steps)
            self.job.step(int(done), 100, tr("export.progress.layout", self.info.lang))

    def build(self, flowables, **kw) -> None:  # type: ignore[override]
        kw.setdefault("canvasmaker", TotalPagesCanvas)
        super().build(flowables, **kw)


@lru_cache(maxsize=8)
def _watermark(text: str, angle: int) -> ImageReader:
    """The draft mark as a transparent, rotated picture (rendered once)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(str(fonts.FONT_DIR / "DejaVuSans-Bold.ttf"), 240)
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("RGBA", (right - left + 40, bottom - top + 40), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((20 - left, 20 - top), text, font=font,
                             fill=(200, 40, 40, 24))
    img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    return ImageReader(img)


def _run_font(arabic: bool, font: str) -> str:
    if not arabic:
        return font
    return fonts.ARABIC_BOLD if font in (fonts.BOLD, fonts.BOLD_ITALIC) else fonts.ARABIC


def text_width(text: str, font: str, size: float) -> float:
    """The width of a visual text (`fonts.visual`) drawn run by run (`draw_runs`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return sum(stringWidth(run, _run_font(arabic, font), size)
               for run, arabic in fonts.arabic_runs(text))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, size: float,
              font: str = fonts.REGULAR) -> None:
    """Draw a visual text (from `_fit`) left to right, Arabic runs in the Arabic font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for run, arabic in fonts.arabic_runs(text):
        name = _run_font(arabic, font)
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)
    canvas.setFont(font, size)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line of user text for drawing (visual order, missing glyphs as [U+...]),
    shortened with "…" to fit `width` (at most 300 characters are measured)."""
    from .safety import clean
    covered = fonts.covered()
    text = " ".join(clean(text).split())
    if len(text) > 300:
        text = text[:300]
    text = "".join(ch if ord(ch) in covered else f"[U+{ord(ch):04X}]" for ch in text)
    if text_width(fonts.visual(text), font, size) <= width:
        return fonts.visual(text)
    while text and text_width(fonts.visual(text + "…"), font, size) > width:
        text = text[:-max(1, len(text) // 20)] if len(text) > 40 else text[:-1]
    return fonts.visual(text + "…")


class _AlreadyCompressed:
    """The Flate filter of a page stream compressed when its page ended."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


class TotalPagesCanvas(Canvas):
    """Defines the 'total pages' form that every footer refers to, at save time.

    Every page's content is compressed as soon as the page ends (reportlab
    would hold all pages' text uncompressed until the file is written: tens
    of MiB for the minutes of a large meeting)."""

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1] if self._doc.Pages.pages else None
        if self._pageCompression and page is not None and page.stream and not page.Contents:
            from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
            stream = PDFStream(content=PDFZCompress.encode(page.stream),
                               filters=[_AlreadyCompressed])
            stream.__Comment__ = "page stream"
            page.Contents, page.stream = stream, None

    def save(self) -> None:
        width = self._pagesize[0]
        self.beginForm("oogst-total-pages")
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(width - 2.2 * cm - 14, 1.3 * cm, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def heading(text: str, style: ParagraphStyle, *, level: int, key: str,
            lead: str | None = None) -> Heading:
    """A heading from user text (escaped), bookmarked at `level`. With `lead`
    (the start of `text`), only the lead is bold and the rest is in `style`."""
    covered = fonts.covered()
    if lead is not None:
        markup = (f"<b>{para(lead, covered)}</b>" if lead else "") + para(
            text[len(lead):], covered)
    else:
        markup = para(text, covered)
        if style.fontName in (fonts.BOLD, fonts.BOLD_ITALIC):  # Arabic runs bold as well
            markup = markup.replace(f'<font name="{fonts.ARABIC_FAMILY}">',
                                    f'<font name="{fonts.ARABIC_BOLD}">')
    return Heading(markup, style, level=level, key=key, outline_text=_outline_text(text))


def _outline_text(text: str) -> str:
    from .safety import clean
    value = " ".join(clean(text).split())
    return value if len(value) <= 120 else value[:119] + "…"


class LazyFlowables:
    """The flowables of a long document, made while reportlab lays them out.

    reportlab's `build` takes a list and eats it from the front (`[0]`, `del
    [0]`, `insert(0, ...)`, `[0:0] = pieces`, and `[:i]` to keep a heading with
    what follows). This queue gives it that, pulling from an iterator only as
    far as it looks ahead (`AHEAD` flowables), so a document of 50,000 notes
    never holds more than a page or two of flowables at once."""

    AHEAD = 48

    def __init__(self, source: Any) -> None:
        self._source = iter(source)
        self._buffer: list[Flowable] = []
        self._done = False

    def _fill(self, n: int) -> None:
        while not self._done and len(self._buffer) < n:
            try:
                self._buffer.append(next(self._source))
            except StopIteration:
                self._done = True

    def __len__(self) -> int:
        self._fill(self.AHEAD)
        return len(self._buffer)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            self._fill(self.AHEAD if index.stop is None or index.stop < 0 else index.stop)
        else:
            self._fill(index + 1 if index >= 0 else self.AHEAD)
        return self._buffer[index]

    def __delitem__(self, index: Any) -> None:
        self[index]  # noqa: B018 - make sure the items exist
        del self._buffer[index]

    def __setitem__(self, index: Any, value: Any) -> None:
        self._fill(self.AHEAD)
        self._buffer[index] = value

    def insert(self, index: int, value: Flowable) -> None:
        self._fill(index)
        self._buffer.insert(index, value)
