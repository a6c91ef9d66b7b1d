"""Shared PDF machinery: A4 document with footer, page numbers, CONCEPT mark, outline.

* Page numbers read "pagina 3 van 12": the total is a PDF form drawn at the
  end and referenced from every page, so the document is laid out only once
  (`page_canvas.TotalPagesCanvas`, which also compresses the pages as they end).
* Headings made by `heading()` become PDF bookmarks (outline) after they land.
* A draft gets a light diagonal "CONCEPT" under the text of every page.
* The progress/abort callbacks are consulted after every flowable, so a long
  layout can be cancelled.
"""
from __future__ import annotations

import copy
import html
import re

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.rl_config import paraFontSizeHeightOffset
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.flowables import (CondPageBreak, Flowable, KeepTogether, Spacer,
                                         _listWrapOn)

from ..words import tr
from . import draft_mark, fonts
from .line_breaking import plain_lines, plain_words
from .pdf_text import Fills, TextWriter, font_setter, text_writer, write_line
from .safety import Job, clean, drawn_as_is, para

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c8d3dc")
HEAD_FILL = colors.HexColor("#e8eef3")
DRAFT_FORM = "oogst-draft-mark"
FOOTER_FORM = "oogst-footer"
FOOTER_Y = 1.3 * cm


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
    """reportlab's Paragraph that prints right-to-left text (Arabic, Hebrew) in
    reading order. The text (from `safety.para`/`fonts.wrappable`) stays in
    logical order while reportlab wraps it; each printed line is put in visual
    order only when it is drawn (`fonts.visual_order`: the bidi algorithm over
    the whole line, so Latin words and numbers inside Arabic read in their own
    order). A paragraph whose first strong character is right-to-left is
    right-aligned and ordered with that direction.

    A paragraph in one look (most notes) breaks its lines with word widths
    measured once per font and size (`line_breaking.plain_lines`)."""

    _bidi: bool | None = None  # None: no right-to-left text; else: rtl direction

    def __init__(self, text: str | None, style: ParagraphStyle | None = None,
                 *args: Any, **kw: Any) -> None:
        if text and style is not None and fonts.has_rtl(text):
            self._bidi = fonts.rtl_base(html.unescape(_TAG.sub("", text)))
            if self._bidi:
                style = _rtl_style(style)
        if text and style is not None and _ARABIC_RUN in text:
            text = _arabic_bold(text, style.fontName in (fonts.BOLD, fonts.BOLD_ITALIC))
        super().__init__(text, style, *args, **kw)

    def breakLines(self, width: Any) -> Any:
        """reportlab's lines; a plain paragraph's from `line_breaking` (cached word
        widths), and a paragraph laid out again at the same width reuses its lines."""
        key = (tuple(width) if isinstance(width, (list, tuple)) else width, self.bulletText)
        memo = self.__dict__.get("_oogst_lines")
        if memo is not None and memo[0] == key and memo[1] is self.frags:
            self._width_max = memo[3]
            return memo[2]
        lines = plain_lines(self, width)
        if lines is None:
            lines = super().breakLines(width)
        self._oogst_lines = (key, self.frags, lines, self._width_max)
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces = super().split(availWidth, availHeight)
        for piece in pieces:  # reportlab makes the pieces from frags: no text to look at
            if isinstance(piece, Paragraph):
                piece._bidi = self._bidi
        return pieces

    def drawPara(self, debug: int = 0) -> None:
        if self._bidi is None:
            if debug or not self._draw_plain():
                super().drawPara(debug)
            return None
        para = self.blPara
        logical = para.lines
        para.lines = [_visual_line(line, para.kind, self._bidi) for line in logical]
        if self._bidi and para.kind:  # reportlab reverses them again for wordWrap="RTL"
            for line in para.lines:
                line.words = line.words[::-1]
        try:
            return super().drawPara(debug)
        finally:
            para.lines = logical


    def _draw_plain(self) -> bool:
        """Draw lines of one look, left-aligned, without a bullet (headings, most
        paragraphs, table cells) as reportlab's `drawPara` draws them, their words
        written as the notes write theirs (`pdf_text.write_line`, each word
        encoded once per document and font); False: anything else, for reportlab."""
        style, f = self.style, self.blPara
        if (f.kind != 0 or not f.lines or style.alignment != TA_LEFT or self.bulletText
                or style.wordWrap or style.backColor or getattr(style, "borderWidth", 0)
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in
                ("max", "min") or hasattr(self, "_offsets") or getattr(f, "us_lines", None)
                or getattr(f, "link", None)
                or not getattr(getFont(f.fontName), "_dynamicFont", False)):  # not TrueType
            return False
        canvas = self.canv
        cur_y = self.height - (f.fontSize if paraFontSizeHeightOffset
                               else getattr(f, "ascent", f.fontSize))
        canvas.saveState()
        canvas.setFillColor(f.textColor)
        tx = self.beginText(style.leftIndent, cur_y)
        tx.preformatted = False
        tx.direction = None
        tx.setFont(f.fontName, f.fontSize, style.leading)
        encode = text_writer(canvas, tx, f.fontName)
        offset = style.firstLineIndent
        for extra, words in f.lines:
            write_line(tx, offset, extra, words, encode)
            offset = 0
        canvas.drawText(tx)
        canvas.restoreState()
        return True


_ARABIC_RUN = f'<font name="{fonts.ARABIC_FAMILY}">'
_BOLD_TAG = re.compile(r"<(/?)b>|" + re.escape(_ARABIC_RUN))


def _arabic_bold(markup: str, bold: bool) -> str:
    """Arabic runs (`safety.para`) inside bold (`<b>`, or a bold style) in the bold
    Arabic face: reportlab's `<font name=...>` takes the named face as it is and
    drops the bold around it."""
    depth = 1 if bold else 0

    def face(m: re.Match) -> str:
        nonlocal depth
        if m.group(0) != _ARABIC_RUN:
            depth += -1 if m.group(1) else 1
            return m.group(0)
        return f'<font name="{fonts.ARABIC_BOLD}">' if depth > 0 else m.group(0)

    return _BOLD_TAG.sub(face, markup)


def _visual_line(line: Any, kind: int, rtl: bool) -> Any:
    """One wrapped line (reportlab's structure) with its text in visual order."""
    if kind == 0:  # (extra space, [words]) in one font
        extra, words = line[0], line[1]
        text = " ".join(words)
        if not fonts.has_rtl(text) and not rtl:
            return line
        shown = "".join(ch for _, ch in fonts.visual_order(text, rtl))
        return (extra, shown.split(" "), *line[2:])
    frags = line.words  # runs of one look each: visual order across them
    if any(getattr(f, "cbDefn", None) is not None or not hasattr(f, "text") for f in frags):
        return copy.copy(line)
    text = "".join(f.text for f in frags)
    if not fonts.has_rtl(text) and not rtl:
        return copy.copy(line)
    owner = [i for i, f in enumerate(frags) for _ in f.text]
    runs: list[Any] = []
    current, chars = -1, []
    for index, ch in fonts.visual_order(text, rtl):
        if owner[index] != current and chars:
            runs.append(frags[current].clone(text="".join(chars)))
            chars = []
        current = owner[index]
        chars.append(ch)
    if chars:
        runs.append(frags[current].clone(text="".join(chars)))
    shown = copy.copy(line)
    shown.words = runs
    return shown


def _rtl_style(style: ParagraphStyle) -> ParagraphStyle:
    found = _RTL_STYLES.get(id(style))
    if found is None:
        # wordWrap="RTL": reportlab puts the bullet on the right (and reverses a
        # mixed-font line's runs before drawing: `drawPara` allows for that); the
        # indents are mirrored, so the bullet has its room on the right
        found = ParagraphStyle(f"{style.name}-rtl", parent=style, wordWrap="RTL",
                               alignment=TA_RIGHT, leftIndent=style.rightIndent,
                               rightIndent=style.leftIndent)
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
        self.keepTogetherClass = KeptWithNext
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.body_width = frame._getAvailableWidth()  # noqa: SLF001 - what flowables get
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPage=self._decorate)])

    # -- decorations -------------------------------------------------------------

    def _decorate(self, canvas, doc) -> None:
        if self._decorate_again(canvas):
            return
        info = self.info
        width, height = self.pagesize
        canvas.saveState()
        if info.draft:
            # An image, not text: the mark must not mix into copied or searched text.
            # Drawn once into a form that every page refers to (drawImage would hash
            # the picture again on every page).
            if not canvas.hasForm(DRAFT_FORM):
                portrait = width < height
                text, angle = tr("export.draft", info.lang).upper(), 50 if portrait else 30
                mark = draft_mark.image(text, angle)
                mw = width * (0.85 if portrait else 0.75)
                mh = mw * mark.height / mark.width
                canvas.beginForm(DRAFT_FORM)
                draft_mark.draw(canvas, mark, (width - mw) / 2, (height - mh) / 2, mw, mh)
                canvas.endForm()
            canvas.doForm(DRAFT_FORM)
        # the rule and the left text are the same on every page: drawn once, as a form
        if not canvas.hasForm(FOOTER_FORM):
            canvas.beginForm(FOOTER_FORM)
            self._footer(canvas)
            canvas.endForm()
        canvas.doForm(FOOTER_FORM)
        # "pagina 3 van " ending where the total begins: drawRightString's text
        # object, with its font and colour set inside it rather than on the page
        text = tr("export.page", info.lang, n=canvas.getPageNumber())
        x = width - self.rightMargin - 14 - stringWidth(text, fonts.REGULAR, 8)
        tx = canvas.beginText(x, FOOTER_Y)
        tx.setFont(fonts.REGULAR, 8)
        tx.setFillColor(MUTED)
        tx.textLine(text)
        canvas.drawText(tx)
        canvas.doForm("oogst-total-pages")
        canvas.restoreState()

    def _decorate_again(self, canvas) -> bool:
        """`_decorate` on a page after the first (its forms made), its operators
        written as it writes them (False: not done, `_decorate` draws the page).
        Nothing in between changes the canvas's state, so its saveState and
        restoreState are their operators alone; the page number's text object
        is written as `TextWriter` and `Fills` write a note's line (pdf_text),
        with `PDFTextObject`'s own operators around it (BT, Tm, T*, ET).
        tests/exports/test_pdfkit.py compares the pages with `_decorate`'s."""
        info = self.info
        if not canvas.hasForm(FOOTER_FORM) or (info.draft and not canvas.hasForm(DRAFT_FORM)) \
                or not canvas.bottomup:
            return False
        found = canvas.__dict__.get("_oogst_number")
        if found is None:
            writer = TextWriter.of(canvas, fonts.REGULAR)
            if writer is None:
                return False
            tx = canvas.beginText()  # where the writer keeps the subset chosen last
            found = canvas._oogst_number = (writer, tx, font_setter(fonts.REGULAR, 8, None))
        writer, tx, set_font = found
        set_font(tx)  # a fresh text object's state: no subset chosen yet
        text = tr("export.page", info.lang, n=canvas.getPageNumber())
        x = self.pagesize[0] - self.rightMargin - 14 - stringWidth(text, fonts.REGULAR, 8)
        code = canvas._code  # noqa: SLF001 - what saveState and drawText append to
        code.append("q")
        if info.draft:
            canvas.doForm(DRAFT_FORM)
        canvas.doForm(FOOTER_FORM)
        code.append(f"BT 1 0 0 1 {fp_str(x, FOOTER_Y)} Tm {Fills(canvas, tx)(MUTED)} "
                    f"{writer.line(tx, [text], ' T*')} ET")
        canvas.doForm("oogst-total-pages")
        code.append("Q")
        return True

    def _footer(self, canvas) -> None:
        """The footer's rule and its left text: the title, the draft's version, a note."""
        info = self.info
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.line(self.leftMargin, FOOTER_Y + 10, self.pagesize[0] - self.rightMargin,
                    FOOTER_Y + 10)
        left = info.title
        if info.draft:
            left += (f" · {tr('export.draft', info.lang)} "
                     f"{tr('export.version', info.lang, n=info.version)}")
        if info.footer_note:
            left += f" · {info.footer_note}"
        left = _fit(left, fonts.REGULAR, 8, self.width * 0.72)
        draw_runs(canvas, self.leftMargin, FOOTER_Y, left, 8)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, text, level = outline
            # The outline may not skip a level (reportlab refuses): clamp.
            level = min(level, (self._outline_levels[-1] + 1) if self._outline_levels else 0)
            self._outline_levels.append(level)
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level >= 1)
        before = self.steps_done
        self.steps_done += getattr(flowable, "steps", 1)  # a group of notes: one a note
        if self.steps_done // 25 != before // 25:
            lo, hi = self.phase
            done = lo + (hi - lo) * min(1.0, self.steps_done / self.total_steps)
            self.job.step(int(done), 100, tr("export.progress.layout", self.info.lang))

    def handle_keepWithNext(self, flowables) -> None:  # noqa: N802 - reportlab's name
        """reportlab keeps a heading with the whole of what follows it, so a heading
        over a long table would start both on a new page, however much room is
        left. Over a table (`kept_height`), the heading keeps with the table's
        header and first row only: room for those (at most a whole page), or a new page."""
        if not flowables[0].getKeepWithNext():  # most flowables: nothing to keep
            return None
        i, n = 0, len(flowables)
        while i < n and flowables[i].getKeepWithNext():
            i += 1
        kept_height = getattr(flowables[i], "kept_height", None) if 0 < i < n else None
        if kept_height is None:
            super().handle_keepWithNext(flowables)
            self._split_kept(flowables)
            return None
        width = self.body_width
        room = kept_height(width)
        heads = flowables[:i]
        for f in heads:
            room += f.wrap(width, self.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            f.__dict__["keepWithNext"] = 0
        del flowables[:i]
        for f in reversed(heads):
            flowables.insert(0, f)
        # never more than a whole frame: a first row taller than a page splits
        # anyway, and a break at a page's top would leave that page empty
        flowables.insert(0, CondPageBreak(min(room, self.frame._aH)))  # noqa: SLF001
        return None

    def _split_kept(self, flowables) -> None:
        """The group reportlab has just made (a `KeptWithNext` at the front) split
        at once, as the layout splits it next: it never fits (its wrap answers a
        huge height), so reportlab places it, fails, and asks the frame to split
        it: its parts, after a frame break when the whole does not fit. The frame
        splits it here the same way (`Frame.split`, reportlab internals), and the
        layout goes on with its first part; when the frame has no room left at
        all it gives no parts, and the group stays for reportlab to move on."""
        kept = flowables[0]
        if type(kept) is not KeptWithNext or not self.allowSplitting:
            return
        pieces = self.frame.split(kept, self.canv)
        if pieces:  # none: no room at all here, and reportlab moves it on as it is
            del flowables[0]
            flowables[0:0] = pieces

    def build(self, flowables, **kw) -> None:  # type: ignore[override]
        from .page_canvas import TotalPagesCanvas
        kw.setdefault("canvasmaker", TotalPagesCanvas)
        super().build(flowables, **kw)


class KeptWithNext(KeepTogether):
    """reportlab's KeepTogether of a heading and what follows it (what
    `handle_keepWithNext` makes), measured without copying the frame.
    reportlab's `_listWrapOn` measures the group on a deep copy of the frame,
    so that a flowable adding content to the frame while it wraps (such as a
    CondPageBreak) leaves the real one alone; Paragraphs, plain Spacers and the
    flowables of this package (notes, tables, pictures, the matrix) add none.
    Any other content: reportlab's own measuring."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        canvas = getattr(self, "canv", None)
        if canvas is None or not all(_quiet(f) for f in self._content):
            return super().wrap(aW, aH)
        # reportlab copies the frame when the canvas has a document (internals)
        doc = canvas.__dict__.pop("_doctemplate", None)
        try:
            dims: list[tuple[float, float]] = []
            width, height = _listWrapOn(self._content, aW, canvas, dims=dims)
        finally:
            if doc is not None:
                canvas._doctemplate = doc  # noqa: SLF001
        # what KeepTogether.wrap keeps for its split, and its answer
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF


def _quiet(f: Flowable) -> bool:
    """A flowable that adds no content to its frame while it wraps (see above)."""
    return isinstance(f, RLParagraph) or type(f) is Spacer or \
        type(f).__module__.startswith(__package__ + ".")


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


def heading(text: str, style: ParagraphStyle, *, level: int, key: str,
            lead: str | None = None) -> Heading:
    """A heading from user text (escaped), bookmarked at `level`. With `lead`
    (the start of `text`), only the lead is bold and the rest is in `style`."""
    covered = fonts.covered()
    if lead is not None:
        markup = (f"<b>{para(lead, covered)}</b>" if lead else "") + para(
            text[len(lead):], covered)
    else:
        shown = clean(text)
        if "\n" not in shown and drawn_as_is(shown, covered):
            words = plain_words(shown)
            if words:  # plain text (most headings): the fragment its markup parses to
                return Heading(None, style, level=level, key=key,
                               outline_text=_outline_text(text),
                               frags=[fragment(style).clone(text=" ".join(words))])
        markup = para(text, covered)
        if style.fontName in (fonts.BOLD, fonts.BOLD_ITALIC):  # Arabic runs bold as well
            markup = markup.replace(f'<font name="{fonts.ARABIC_FAMILY}">',
                                    f'<font name="{fonts.ARABIC_BOLD}">')
    return Heading(markup, style, level=level, key=key, outline_text=_outline_text(text))


_FRAGMENTS: dict[int, tuple[ParagraphStyle, Any]] = {}


def fragment(style: ParagraphStyle) -> Any:
    """The fragment a plain text parses to in `style` (parsed once a style)."""
    found = _FRAGMENTS.get(id(style))
    if found is None or found[0] is not style:
        from reportlab.platypus.paraparser import ParaParser
        found = _FRAGMENTS[id(style)] = (style, ParaParser().parse("x", style)[1][0])
    return found[1]


def _outline_text(text: str) -> str:
    value = " ".join(clean(text).split())
    return value if len(value) <= 120 else value[:119] + "…"
