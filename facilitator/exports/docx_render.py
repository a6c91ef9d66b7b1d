"""Any `Outline` as a Word document (.docx, python-docx): the minutes a
secretary can finish in Word or LibreOffice before sending them.

It says what the PDF says (`pdf_render.py` renders the same outline), in
Word's own structure:

* `Title` in Word's Title style, `Heading`s in Heading 1-3 (the navigation
  pane and a table of contents find them); a long heading is bold only up
  to its colon, as in the PDF.
* Lists are real list paragraphs: one bullet numbering with nine levels,
  each entry at its depth (`w:numPr`); an entry with a label ("a)") keeps
  the label as text with a hanging indent. A perspective's entry starts
  with its coloured square and its tag ("■ BI"), as in the PDF.
* `Table`s are Word tables with a repeated header row; the matrix is a
  table with a total row; pictures are inline pictures with a caption.
* Page numbers are fields ("pagina PAGE van NUMPAGES"); a draft carries
  "CONCEPT v1" as header text; the document properties hold the title,
  subject with the date, status and version, and "Oogst" as author (never
  a person's name).
* Text is written as typed: no markup; control characters are removed
  (`safety.clean`), a number and its unit are bound (`typeset.bind_units`).

The body is streamed (`DocxRenderer.write`): python-docx makes each block's
paragraphs in the document, they are written into the package's
word/document.xml with lxml's `etree.xmlfile` and dropped, so the minutes of
50,000 notes never sit in memory as one XML tree.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import IO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from ..words import long_date, tr
from .outline import (Block, BulletList, Gap, Heading, Image, KeepTogether, ListItem, Matrix,
                      Outline, PageBreakHint, Paragraph, Run, Table, Title)
from .docx_bidi import set_direction
from .safety import Job, clean
from .typeset import as_jpeg, bind_units, heading_lead, hyphenate_long, ink, readable_on

WIDTH_CM = 21 - 4.4
NEUTRAL = "#9aa0a6"  # the matrix row of notes without a perspective (charts._NEUTRAL)
BULLETS = ("•", "–", "◦", "·")
INK = "222222"
MUTED = "5F6368"
ACCENT = "1F5F8B"
ALERT = "B3261E"
LANGS = {"nl": "nl-NL", "en": "en-GB"}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


FLUSH_EVERY = 200  # list entries or table rows made before they are written out


def render_docx(outline: Outline, handle: IO[bytes], job: Job) -> None:
    """Write `outline` as a .docx into `handle` (a binary file)."""
    DocxRenderer(outline, job).write(handle)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


class DocxRenderer:
    """Turns outline blocks into the paragraphs and tables of one Word document."""

    def __init__(self, outline: Outline, job: Job) -> None:
        self.outline = outline
        self.lang = outline.lang
        self.job = job
        self.doc = Document()
        self._num_id = 0
        self._squares: dict[str, int] = {}
        self._style_ids: dict[str, str] = {}
        self._end = self.doc.element.body.sectPr  # paragraphs go before it
        self._done = 0
        self._xf = None  # the body's XML writer while `write` runs
        self._pictures = 0

    # -- the document --------------------------------------------------------------------

    def write(self, handle: IO[bytes]) -> None:
        """The document into `handle` as a .docx package. The body is streamed: each
        block's paragraphs and tables are made by python-docx in the document (so
        styles, numbering and pictures are its own) and written out and dropped as
        soon as they are made, so a long document is never held whole in memory
        (`etree.xmlfile` into the zip member). The other parts (styles, numbering,
        header, footer, properties, pictures) follow, as python-docx writes them."""
        self._page()
        self._styles()
        self._num_id = self._bullet_numbering()
        self._decorations()
        self._properties()
        root, body = self.doc.element, self.doc.element.body
        part = self.doc.part
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as package:
            with package.open(part.partname.membername, "w") as stream, \
                    etree.xmlfile(stream, encoding="UTF-8") as xf:
                xf.write_declaration(standalone=True)
                with xf.element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap), \
                        xf.element(body.tag):
                    self._xf = xf
                    self._blocks()
                    self._end = None
                    self.flush()  # the section properties close the body
            self._other_parts(package)

    def _blocks(self) -> None:
        total = max(1, sum(1 for _ in self.outline.walk()))
        for block in self.outline.blocks:
            self.block(block)
            self.flush()
            self._done += 1
            if self._done % 25 == 0:
                self.job.step(int(40 + 59 * min(1.0, self._done / total)), 100,
                              tr("export.progress.layout", self.lang))

    def flush(self) -> None:
        """Write what the body holds (before the section properties) and drop it."""
        if self._xf is None:
            return
        body = self.doc.element.body
        for child in list(body):
            if child is not self._end:
                body.remove(child)  # detached first: it declares only its own namespaces
                self._xf.write(child)

    def _other_parts(self, package: zipfile.ZipFile) -> None:
        """Every part but the document's body, as python-docx's PackageWriter writes them."""
        opc = self.doc.part.package
        parts = list(opc.parts)
        for part in parts:
            part.before_marshal()
        package.writestr(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        package.writestr(PACKAGE_URI.rels_uri.membername, opc.rels.xml)
        for part in parts:
            if part is not self.doc.part:
                package.writestr(part.partname.membername, part.blob)
            if len(part.rels):
                package.writestr(part.partname.rels_uri.membername, part.rels.xml)

    def _page(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2.2)
        section.header_distance, section.footer_distance = Cm(1), Cm(1)

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        normal.font.color.rgb = RGBColor.from_string(INK)
        normal.paragraph_format.space_after = Pt(3)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANGS.get(self.lang, self.lang))
        rpr.append(lang)
        for name, size in (("Title", 22), ("Heading 1", 16), ("Heading 2", 13),
                           ("Heading 3", 10.5)):
            style = styles[name]
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor.from_string(INK if name == "Heading 3" else ACCENT)
            style.paragraph_format.keep_with_next = True
        styles["Caption"].font.color.rgb = RGBColor.from_string(MUTED)
        styles["Subtitle"].font.color.rgb = RGBColor.from_string(INK)

    def _bullet_numbering(self, colour: str | None = None) -> int:
        """A bullet list numbering with nine levels; returns its numId. With
        `colour`, every level's bullet is a square in that colour."""
        numbering = self.doc.part.numbering_part.element
        ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(ids, default=0) + 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "hybridMultilevel")
        abstract.append(multi)
        for level in range(9):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"),
                               ("w:lvlText", "■" if colour else BULLETS[level % len(BULLETS)]),
                               ("w:lvlJc", "left")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), value)
                lvl.append(el)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(360 + 360 * level))
            ind.set(qn("w:hanging"), "260")
            ppr.append(ind)
            lvl.append(ppr)
            if colour:
                rpr = OxmlElement("w:rPr")
                color = OxmlElement("w:color")
                color.set(qn("w:val"), colour.lstrip("#").upper())
                rpr.append(color)
                lvl.append(rpr)
            abstract.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = max(num_ids, default=0) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        num.append(ref)
        numbering.append(num)
        return num_id

    def _coloured(self, colour: str) -> int:
        """The numId of the square bullets in `colour` (made on first use)."""
        if colour not in self._squares:
            self._squares[colour] = self._bullet_numbering(colour)
        return self._squares[colour]

    def _decorations(self) -> None:
        """Header: the draft mark; footer: the title and "pagina N van M" as fields."""
        o = self.outline
        section = self.doc.sections[0]
        header = section.header.paragraphs[0]
        if o.draft:
            mark = (f"{tr('export.draft', self.lang).upper()} "
                    f"{tr('export.version', self.lang, n=o.version)}")
            run = header.add_run(mark)
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(ALERT)
            header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.style = self.doc.styles["Normal"]
        note = f" · {clean(o.footer_note)}" if o.footer_note else ""
        # the page number at the right margin (Normal has no tab stops of its own)
        footer.paragraph_format.tab_stops.add_tab_stop(Cm(WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        left = footer.add_run(clean(o.title) + note + "\t")
        left.font.size = Pt(8)
        words = tr("export.page", self.lang, n="\x00").split("\x00")
        self._small(footer, words[0])
        self._field(footer, "PAGE")
        self._small(footer, words[1] if len(words) > 1 else " ")
        self._field(footer, "NUMPAGES")

    def _small(self, paragraph, text: str) -> None:
        run = paragraph.add_run(text)
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor.from_string(MUTED)

    def _field(self, paragraph, code: str) -> None:
        """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
        for kind, text in (("begin", None), (None, f" {code} "), ("separate", None),
                           (None, "1"), ("end", None)):
            run = paragraph.add_run()
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor.from_string(MUTED)
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            elif text.strip() == "1":
                el = OxmlElement("w:t")
                el.text = text
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)

    def _properties(self) -> None:
        o = self.outline
        props = self.doc.core_properties
        props.title = clean(o.title)[:250]
        when = long_date(o.date, self.lang) if o.date else ""
        props.subject = " · ".join(x for x in (clean(o.subject), when) if x)
        props.author = props.last_modified_by = "Oogst"
        props.comments = props.keywords = props.category = ""
        props.content_status = tr("export.draft" if o.draft else "export.final", self.lang)
        props.version = tr("export.version", self.lang, n=o.version)
        props.revision = max(1, o.version)
        props.language = LANGS.get(self.lang, self.lang)
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        props.last_printed = now

    def _para(self, style: str = "Normal") -> DocxParagraph:
        """A new paragraph at the end of the body (python-docx's add_paragraph looks the
        style up by name and searches the body for its end each time: slow for
        thousands of notes)."""
        p = OxmlElement("w:p")
        if self._end is None:
            self.doc.element.body.append(p)
        else:
            self._end.addprevious(p)
        if style != "Normal":
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.styles[style].style_id
            p.style = self._style_ids[style]
        return DocxParagraph(p, self.doc._body)

    # -- blocks ----------------------------------------------------------------------

    def block(self, b: Block, *, keep: bool = False) -> None:
        if isinstance(b, Title):
            p = self._para("Title")
            p.add_run(bind_units(clean(b.text)))
        elif isinstance(b, Heading):
            self.heading(b)
        elif isinstance(b, Paragraph):
            self.paragraph(b, keep=keep)
        elif isinstance(b, BulletList):
            items = b.items
            for i, item in enumerate(items):
                nested = i + 1 < len(items) and items[i + 1].depth > item.depth
                self.list_item(item, keep=keep or nested)
                if i % FLUSH_EVERY == FLUSH_EVERY - 1:
                    self.job.check()
                    self.flush()
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Image):
            self.image(b, keep=keep)
        elif isinstance(b, Matrix):
            self.matrix(b)
        elif isinstance(b, KeepTogether):
            for i, inner in enumerate(b.blocks):
                self.block(inner, keep=i + 1 < len(b.blocks))
        elif isinstance(b, (PageBreakHint, Gap)):
            return  # the PDF's page layout; Word lays out its own pages
        else:
            raise TypeError(f"not an outline block: {b!r}")

    def heading(self, b: Heading) -> None:
        text = bind_units(clean(b.text))
        p = self._para(f"Heading {min(max(0, b.level), 2) + 1}")
        if len(text) > (110 if b.level < 2 else 150):
            lead = heading_lead(text)  # no block of bold lines: only the lead is bold
            if lead:
                p.add_run(lead).bold = True
            p.add_run(text[len(lead):]).bold = False
        else:
            p.add_run(text)
        set_direction(p)

    def paragraph(self, b: Paragraph, *, keep: bool = False) -> None:
        style = {"subtitle": "Subtitle", "caption": "Caption"}.get(b.role, "Normal")
        p = self._new(style, b.role, keep)
        for run in b.runs:
            pieces = clean(run.text).split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    if b.line_breaks:
                        p.add_run().add_break()
                    else:
                        set_direction(p)
                        p = self._new(style, b.role, keep)
                self._run(p, run, piece, role=b.role)
        set_direction(p)

    def _new(self, style: str, role: str, keep: bool):
        p = self._para(style)
        if role in ("label",) or keep:
            p.paragraph_format.keep_with_next = True
        if role == "label":
            p.paragraph_format.space_before = Pt(4)
        return p

    def _run(self, p, run: Run, text: str, *, role: str = "body"):
        r = p.add_run(bind_units(text))
        r.bold = run.bold or role == "label" or None
        r.italic = run.italic or None
        if role in ("small", "caption"):
            r.font.size = Pt(8.5)
        if role in ("small", "meta"):
            r.font.color.rgb = RGBColor.from_string(MUTED)
        if run.colour and _COLOUR.fullmatch(run.colour):
            r.font.color.rgb = _rgb(ink(run.colour))
        if run.tone == "aside":
            r.font.size = Pt(7.5)
            r.font.color.rgb = RGBColor.from_string(MUTED)
        elif run.tone == "alert":
            r.font.color.rgb = RGBColor.from_string(ALERT)
        return r

    def list_item(self, item: ListItem, *, keep: bool = False) -> None:
        depth = max(0, item.depth)
        p = self._para("List Paragraph")
        fmt = p.paragraph_format
        fmt.space_after = Pt(2)
        if keep:
            fmt.keep_with_next = True
        if item.marker:  # a label of its own ("a)"): text with a hanging indent
            fmt.left_indent = Cm(0.63 * (depth + 1) + 0.2)
            fmt.first_line_indent = Cm(-0.63)
            p.add_run(clean(item.marker) + "\t")
        else:  # a real list entry: the perspective's coloured square or a plain bullet
            coloured = bool(item.colour and _COLOUR.fullmatch(item.colour))
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = min(depth, 8)
            numpr.get_or_add_numId().val = (self._coloured(ink(item.colour)) if coloured
                                            else self._num_id)
            if coloured and item.tag:
                tag = p.add_run(clean(item.tag) + "\u00a0")
                tag.bold = True
                tag.font.size = Pt(8)
        if item.lead:
            p.add_run(clean(item.lead) + ": ").bold = True
        for run in item.runs:
            for i, piece in enumerate(clean(run.text).split("\n")):
                if i:
                    p.add_run().add_break()
                self._run(p, run, piece)
        set_direction(p)

    def table(self, b: Table) -> None:
        total = sum(b.weights) or 1.0
        widths = [w / total * WIDTH_CM for w in b.weights]
        t = self._new_table(len(b.header), widths)
        self._cells(t.rows[0], b.header, widths, bold=True)
        _repeat_header(t.rows[0])
        _shade_row(t.rows[0], "E8EEF3")
        for row in b.rows:
            self.job.check()
            self._cells(t.add_row(), row, widths)
        self._para()

    def _new_table(self, columns: int, widths: list[float]):
        """A table of fixed column widths (Word and LibreOffice read the grid)."""
        t = self.doc.add_table(rows=1, cols=columns)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        for column, width in zip(t.columns, widths):
            column.width = Cm(width)
        return t

    def _cells(self, row, texts, widths: list[float], *, bold: bool = False) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from . import fonts
        fonts.register()
        for j, (cell, text) in enumerate(zip(row.cells, texts)):
            if j < len(widths):
                cell.width = Cm(widths[j])
            room = (widths[j] if j < len(widths) else WIDTH_CM) / 2.54 * 72 - 12
            value = hyphenate_long(bind_units(clean(text)), lambda w: stringWidth(
                w, fonts.BOLD if bold else fonts.REGULAR, 8.5) <= room, self.lang)
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(value)
            run.font.size = Pt(8.5)
            run.bold = bold or None
            set_direction(p)

    def image(self, b: Image, *, keep: bool = False) -> None:
        picture = as_jpeg(b.read())
        if picture is None:
            self._new("Normal", "body", keep).add_run(clean(b.fallback))
            return
        data, px_w, px_h = picture
        scale = min(WIDTH_CM / (px_w / 72 * 2.54), 11 / (px_h / 72 * 2.54), 1.5)
        p = self._para()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        shape = p.add_run().add_picture(io.BytesIO(data), width=Cm(px_w / 72 * 2.54 * scale))
        # python-docx numbers a picture after the ids in the body it holds, which
        # streaming has written out: the document's own count keeps them unique
        self._pictures += 1
        shape._inline.docPr.id = self._pictures
        shape._inline.docPr.name = f"Picture {self._pictures}"
        caption = self._para("Caption")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.add_run(clean(b.caption or b.name))
        if keep:
            caption.paragraph_format.keep_with_next = True

    def matrix(self, m: Matrix) -> None:
        label_w = min(5.3, WIDTH_CM * 0.34)
        cell_w = min(1.6, (WIDTH_CM - label_w) / max(1, len(m.columns)))
        widths = [label_w] + [cell_w] * len(m.columns)
        t = self._new_table(len(widths), widths)
        self._cells(t.rows[0], ("", *m.columns), widths, bold=True)
        _repeat_header(t.rows[0])
        most = max([c for r in m.rows for c in r.counts if c] or [1])
        for r in m.rows:
            row = t.add_row()
            self._cells(row, (r.label, *[str(c) if c else "" for c in r.counts]), widths)
            # the row without a perspective in neutral grey, as in the PDF
            base = r.colour if r.colour and _COLOUR.fullmatch(r.colour) else NEUTRAL
            for j, count in enumerate(r.counts, 1):
                if count:
                    fill = _mix(base, count / most)
                    _shade(row.cells[j], fill[1:])
                    for run in row.cells[j].paragraphs[0].runs:
                        run.font.color.rgb = _rgb(readable_on(fill))
        total = t.add_row()
        self._cells(total, (m.total_label, *[str(c) if c else "" for c in m.totals]), widths,
                    bold=True)
        self._para()


def _mix(colour: str, strength: float) -> str:
    """`colour` blended with white (the PDF matrix's cell fill)."""
    s = 0.18 + 0.82 * max(0.0, min(1.0, strength))
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(255 - s * (255 - c)) for c in (r, g, b)))


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.upper())
    tcpr.append(shd)


def _shade_row(row, fill: str) -> None:
    for cell in row.cells:
        _shade(cell, fill)
