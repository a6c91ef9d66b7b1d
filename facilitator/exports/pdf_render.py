"""Any `Outline` as a PDF, through the shared reportlab machinery.

`render_pdf(outline, handle, job)` lays the outline out on A4 with the Oogst
footer, page numbers, bookmarks and (for a draft) the CONCEPT mark
(`pdfkit.Doc`). How each node looks:

* `Title` and `Heading`s are bookmarked headings (title, h1, h2, h3 styles);
  a chapter heading (level 0) wants 5 cm of room below it and a section
  heading (level 1) 3.5 cm, else it starts on the next page. Inside a
  `KeepTogether` group the group itself keeps the heading with what follows.
* User text is escaped here (`safety.para`); a newline starts a new
  paragraph piece (`flow.chunks`, which also cuts very long texts) unless
  the paragraph has `line_breaks`.
* Lists are indented per depth: a perspective colour gives a coloured square
  and its tag ("BI") in dark text before the note (readable in grey), a
  marker ("a)") replaces the bullet, else a bullet per depth. The bullet is
  the paragraph style's (one style per depth and colour), not markup: markup
  bullets make reportlab copy every note's fragments.
* Long headings keep only their lead ("Vraag 1:") bold; a number and its
  unit never part ("20 min", `typeset`); an item with items nested under it
  stays on the page of its first child.
* Tables go through `flow.grid` (long cells continue below the table; words
  too wide for their cell get hyphens), pictures through `flow.photo`, the
  matrix through `charts.matrix_chart`.
* The flowables are made as the layout needs them (`lazy_flowables.LazyFlowables`),
  so a long document is not held in memory twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Spacer
from reportlab.platypus import KeepTogether as RLKeepTogether
from reportlab.platypus.flowables import Flowable

from . import fonts
from .charts import matrix_chart
from .flow import BULLETS, CHUNK, chunks, grid, indented, photo
from .note_group import MOST as GROUP_MOST, Note, NoteGroup, note
from .outline import (Block, BulletList, Gap, Heading, Image, KeepTogether, ListItem, Matrix,
                      Outline, PageBreakHint, Paragraph, Run, Table, Title)
from .line_breaking import plain_words
from .lazy_flowables import LazyFlowables
from .pdfkit import Doc, PageInfo, fragment, heading, styles
from .pdfkit import Paragraph as RLParagraph
from .safety import Job, clean, drawn_as_is, para
from .typeset import bind_units, heading_lead, ink

ROOM_CM = {0: 5.0, 1: 3.5}  # room a heading wants below it, per level
HEADING_STYLES = ("h1", "h2", "h3")
ASIDE = '<font size="7.5" color="#5f6368">{}</font>'
ALERT = '<font color="#b3261e">{}</font>'
BULLET_GREY = "#5f6368"
LABEL_INK = "#222222"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def render_pdf(outline: Outline, handle: IO[bytes], job: Job) -> None:
    """Lay `outline` out as a portrait A4 PDF into `handle` (a binary file)."""
    info = PageInfo(title=outline.title, lang=outline.lang, draft=outline.draft,
                    version=outline.version, footer_note=outline.footer_note)
    extra = {"subject": outline.subject} if outline.subject else {}
    steps = sum(len(b.items) if isinstance(b, BulletList) else 1 for b in outline.walk())
    doc = Doc(handle, info, job, total_steps=steps, **extra)
    # the frame's own width, to the last bit: a note's lines are laid out once
    renderer = PdfRenderer(outline, width=doc.body_width)
    doc.build(LazyFlowables(renderer.stream()))


class PdfRenderer:
    """Turns outline blocks into reportlab flowables (one renderer per document)."""

    def __init__(self, outline: Outline, width: float = 21 * cm - 4.4 * cm) -> None:
        self.outline = outline
        self.width = width
        self.s = styles()
        self.covered = fonts.covered()
        self._keys = 0
        self._item_styles: dict[tuple, ParagraphStyle] = {}
        self._bullets: dict[tuple, tuple[str, ParagraphStyle]] = {}
        self._long_styles: dict[str, ParagraphStyle] = {}

    def flowables(self) -> list[Flowable]:
        return list(self.stream())

    def stream(self) -> Iterator[Flowable]:
        """The flowables one by one, made when asked for."""
        for block in self.outline.blocks:
            yield from self.block(block)

    def render(self, blocks: tuple[Block, ...], *, grouped: bool = False) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            out += self.block(block, grouped=grouped)
        return out

    def block(self, b: Block, *, grouped: bool = False) -> Iterable[Flowable]:
        if isinstance(b, Title):
            return [self._heading(b.text, self.s["title"], 0)]
        if isinstance(b, Heading):
            level = max(0, b.level)
            out: list[Flowable] = []
            if not grouped and level in ROOM_CM:
                out.append(CondPageBreak(ROOM_CM[level] * cm))
            style = self.s[HEADING_STYLES[min(level, 2)]]
            return out + [self._heading(b.text, style, level)]
        if isinstance(b, Paragraph):
            return self.paragraph(b)
        if isinstance(b, BulletList):
            return self.bullet_list(b, grouped=grouped)
        if isinstance(b, Table):
            total = sum(b.weights) or 1.0
            widths = [x / total * self.width for x in b.weights]
            return grid(list(b.header), [list(r) for r in b.rows], widths,
                        cell=self.s["cell"], head=self.s["cellhead"], lang=self.outline.lang)
        if isinstance(b, Image):
            return [photo(b.read(), b.caption or b.name, b.fallback, self.width,
                          self.s["caption"], self.s["body"])]
        if isinstance(b, Matrix):
            return [matrix_chart(b, self.width)]
        if isinstance(b, PageBreakHint):
            return [CondPageBreak(b.room_cm * cm)]
        if isinstance(b, Gap):
            return [Spacer(1, b.points)]
        if isinstance(b, KeepTogether):
            return [RLKeepTogether(self.render(b.blocks, grouped=True))]
        raise TypeError(f"not an outline block: {b!r}")

    def bullet_list(self, b: BulletList, *, grouped: bool = False) -> Iterator[Flowable]:
        """The entries; a run of plain notes as one `NoteGroup` (most of a list),
        except inside a KeepTogether (`grouped`), which measures Paragraphs."""
        items = b.items
        leading = self.s["body"].leading
        group: list[Note] = []
        for i, item in enumerate(items):
            room = 0.0
            if i + 1 < len(items) and items[i + 1].depth > item.depth:
                # an entry that leads in to nested ones ("Daarvoor nodig:") never ends a
                # page: room for it and the first nested line, or a new page (cheaper
                # than keepWithNext, which lays every such pair out twice)
                lines = 1 + sum(len(r.text) for r in item.runs) * 5.6 // self.width
                room = min(lines + 1, 5) * leading + 4
            pieces = self.list_item(item, group=not grouped)
            if group and len(pieces) == 1 and isinstance(pieces[0], Note):
                pieces[0].room = room  # the group asks for it (`NoteGroup.split`)
                group.append(pieces[0])
                if len(group) >= GROUP_MOST:
                    yield NoteGroup(group)
                    group = []
                continue
            if group:
                yield NoteGroup(group)
                group = []
            if room:
                yield CondPageBreak(room)
            for piece in pieces:
                if isinstance(piece, Note):
                    group.append(piece)
                    # the list's first note alone: a heading kept with what follows
                    # (keepWithNext) is kept with that note, as with a Paragraph
                    if i == 0:
                        yield NoteGroup(group)
                        group = []
                else:
                    yield piece
        if group:
            yield NoteGroup(group)

    # -- pieces ------------------------------------------------------------------------

    def _heading(self, text: str, style: ParagraphStyle, level: int) -> Flowable:
        self._keys += 1
        text = bind_units(text)
        lead = None
        if stringWidth(text, style.fontName, style.fontSize) > 2 * self.width:
            lead = heading_lead(text)  # no block of bold lines: only the lead is bold
            style = self._long_styles.get(style.name) or self._long_styles.setdefault(
                style.name, ParagraphStyle(style.name + "-long", parent=style,
                                           fontName=fonts.REGULAR))
        return heading(text, style, level=level, key=f"h{self._keys}", lead=lead)

    def markup(self, run: Run, text: str | None = None) -> str:
        """One run as Paragraph markup; `text` (a piece of the run) is escaped here."""
        inner = para(bind_units(run.text if text is None else text), self.covered)
        return self.dress(run, inner)

    @staticmethod
    def dress(run: Run, inner: str) -> str:
        if run.italic:
            inner = f"<i>{inner}</i>"
        if run.bold:
            inner = f"<b>{inner}</b>"
        if run.colour and _COLOUR.fullmatch(run.colour):
            inner = f'<font color="{ink(run.colour)}">{inner}</font>'
        if run.tone == "aside":
            inner = ASIDE.format(inner)
        elif run.tone == "alert":
            inner = ALERT.format(inner)
        return inner

    def pieces(self, runs: tuple[Run, ...]) -> list[str]:
        """The runs as markup, split where a run's text has a newline (or is very long)."""
        out = [""]
        for run in runs:
            for i, piece in enumerate(chunks(run.text)):
                if i:
                    out.append("")
                out[-1] += self.dress(run, para(bind_units(piece), self.covered) or "&nbsp;")
        return out

    def paragraph(self, p: Paragraph) -> list[Flowable]:
        style = self.s[p.role]
        if p.line_breaks:
            return [RLParagraph("".join(self.markup(r) for r in p.runs), style)]
        run = p.runs[0] if len(p.runs) == 1 else None
        if run is not None and not (run.bold or run.italic or run.colour or run.tone):
            return [self._plain_piece(markup, style) for markup in self.pieces(p.runs)]
        return [RLParagraph(markup, style) for markup in self.pieces(p.runs)]

    def _plain_piece(self, markup: str, style: ParagraphStyle) -> Flowable:
        """A piece of a paragraph in one look; markup that is the text itself (no
        tag, no entity, drawn as it is) as the one fragment it parses to."""
        if "<" not in markup and "&" not in markup and drawn_as_is(markup, self.covered):
            words = plain_words(markup)
            if words:
                return RLParagraph(None, style, frags=[fragment(style).clone(
                    text=" ".join(words))])
        return RLParagraph(markup, style)

    def list_item(self, item: ListItem, *, group: bool = False) -> list[Flowable | Note]:
        """An entry as Paragraphs; with `group`, a plain note as a `Note` for a
        `NoteGroup` when it can be one."""
        bullet, style = self._bullet(item)
        fast = self._plain(item, style, bullet, group)
        if fast is not None:
            return [fast]
        pieces = self.pieces(item.runs)
        if item.lead:
            pieces[0] = f"<b>{para(item.lead, self.covered)}:</b> " + pieces[0]
        out = [RLParagraph(pieces[0], style, bulletText=bullet)]
        out += [RLParagraph(markup, style) for markup in pieces[1:]]
        return out

    def _bullet(self, item: ListItem) -> tuple[str, ParagraphStyle]:
        """An entry's bullet and style, made once per depth, marker, colour and tag."""
        key = (item.depth, item.marker, item.colour, item.tag)
        found = self._bullets.get(key)
        if found is not None:
            return found
        depth = max(0, item.depth)
        tagged = False
        if item.marker:
            bullet = item.marker
            colour = LABEL_INK if len(bullet) > 1 else BULLET_GREY
        elif item.colour and _COLOUR.fullmatch(item.colour):
            # the perspective's tag beside its square, in its colour made dark enough
            # to read (WCAG AA): the tag reads in grey, the colour is a second cue
            bullet, colour = "■", ink(item.colour)
            if item.tag:
                bullet, tagged = f"■\u00a0{item.tag}", True
        else:
            bullet, colour = BULLETS[min(depth, 3)], BULLET_GREY
        bullet = "".join(ch if ord(ch) in self.covered else f"[U+{ord(ch):04X}]"
                         for ch in bullet)
        style = self._item_style(depth, colour, len(bullet) > 1 and not tagged, tagged)
        found = self._bullets[key] = (bullet, style)
        return found

    def _plain(self, item: ListItem, style: ParagraphStyle, bullet: str,
               group: bool = False) -> Flowable | Note | None:
        """A note of plain Latin text in one look (most of them) as a Paragraph made
        from a ready fragment: no markup to write and parse again; with `group`, as
        a `Note` when it can be one (None otherwise)."""
        if item.lead or len(item.runs) != 1:
            return None
        run = item.runs[0]
        if run.bold or run.italic or run.colour or run.tone:
            return None
        text = run.text
        if not (text.isascii() and text.isprintable()):  # else `clean` leaves it as it is
            text = clean(text)
            if "\n" in text:
                return None
            if not text.replace("\u00a0", " ").isascii():
                # a group draws Latin text its font covers as it is (what `para` leaves)
                if not group or not drawn_as_is(text, self.covered):
                    return None
        if len(text) > CHUNK or not text.strip():
            return None
        # cleanBlockQuotedText of one line: its words, split once for the note too
        words = plain_words(bind_units(text))
        if group:
            found = note(style, bullet, "", self.width, words)
            if found is not None:
                return found
        frag = fragment(style).clone(text=" ".join(words))
        return RLParagraph(None, style, bulletText=bullet, frags=[frag])

    def _item_style(self, depth: int, colour: str, labelled: bool,
                    tagged: bool) -> ParagraphStyle:
        """The style of a list entry: indentation, bullet colour, room for a label
        such as "a)" or "12.", a bold bullet for a tag (each made once)."""
        key = (depth, colour, labelled, tagged)
        found = self._item_styles.get(key)
        if found is None:
            base = indented(self.s["body"], depth)
            extra = {"bulletFontName": fonts.BOLD, "bulletFontSize": 8} if tagged else {}
            found = ParagraphStyle(f"{base.name}-{colour}{'-lab' if labelled else ''}"
                                   f"{'-tag' if tagged else ''}", parent=base,
                                   leftIndent=base.leftIndent + (6 if labelled else 0),
                                   bulletColor=colors.HexColor(colour), **extra)
            self._item_styles[key] = found
        return found

