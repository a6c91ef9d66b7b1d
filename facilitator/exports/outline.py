"""A document as a format-neutral outline: what a report says, not how it is printed.

An `Outline` is a flat sequence of blocks, headings among them (as Pandoc's
document model has it: a heading opens a section that runs to the next
heading of the same or a higher level). Renderers turn any outline into a
file: `pdf_render.py` into a PDF through reportlab; a Word renderer can read
the same nodes.

Rules for the nodes:

* All text is plain text, exactly as the user typed it (newlines included);
  no markup, no escaping. The renderer escapes it for its format.
* Words of the program itself (headings, labels) are already in the
  document's language (`Outline.lang`); renderers only add words of their
  own making (page numbers, "note 2 below the table") in that language.
* No reportlab (or other library) objects: only the dataclasses below,
  strings, numbers and bytes; the one exception is a picture's reader
  (`Image.data` may be a function): a picture's bytes are read when it is
  drawn, one at a time, not held by the outline.
* Layout hints (`PageBreakHint`, `KeepTogether`, `Gap`) say what a good
  printed page needs; a renderer without pages may ignore them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal, Union

from ..emphasis import emphasis_pieces

Tone = Literal["", "aside", "alert"]
Role = Literal["body", "small", "meta", "subtitle", "label", "caption"]


# Sets a field of a frozen node in its own __init__ (looked up once, not per field).
_set = object.__setattr__


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of inline text with one look.

    `colour` is a colour that belongs to the content (a perspective's
    "#rrggbb"); `tone` is a semantic look the renderer chooses: "aside" (a
    small, muted remark such as "[2 votes]") or "alert" (the draft status).
    """

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    tone: Tone = ""

    def __init__(self, text: str, bold: bool = False, italic: bool = False,
                 colour: str | None = None, tone: Tone = "") -> None:
        # The dataclass's own __init__, written out with object.__setattr__ at hand
        # (the generated one looks it up for every field); with slots, no dict per
        # run: the minutes make a run and an item for every note.
        _set(self, "text", text)
        _set(self, "bold", bold)
        _set(self, "italic", italic)
        _set(self, "colour", colour)
        _set(self, "tone", tone)


@dataclass(frozen=True)
class Title:
    """The document's title (the top bookmark)."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A section heading; `level` 0 is a chapter, 1 a section, 2 a subsection."""

    text: str
    level: int


@dataclass(frozen=True)
class Paragraph:
    """Inline runs in a paragraph role.

    A newline inside a run's text starts a new paragraph (of the same role)
    unless `line_breaks` is True: then it is a line break inside this one
    (short "Label: value" lines).
    """

    runs: tuple[Run, ...]
    role: Role = "body"
    line_breaks: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class ListItem:
    """One entry of a bulleted list.

    `depth` is its nesting (0 = outermost; it may skip levels when a subtree
    is shown without its parent). `lead` is shown in bold before the text,
    followed by a colon (a speaker or party). `marker` replaces the bullet
    with a label such as "a)"; `colour` shows a bullet in that colour (a
    perspective's). `tag` is that perspective as a short text ("BI"), shown
    next to the note, so the perspective reads without colour (in grey print).
    """

    runs: tuple[Run, ...]
    depth: int = 0
    lead: str = ""
    marker: str | None = None
    colour: str | None = None
    tag: str = ""

    def __init__(self, runs: tuple[Run, ...], depth: int = 0, lead: str = "",
                 marker: str | None = None, colour: str | None = None, tag: str = "") -> None:
        # As Run's.
        _set(self, "runs", runs)
        _set(self, "depth", depth)
        _set(self, "lead", lead)
        _set(self, "marker", marker)
        _set(self, "colour", colour)
        _set(self, "tag", tag)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class BulletList:
    """Items in order; nesting is each item's `depth`."""

    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Table:
    """A table of plain texts with a header row (repeated on every page).

    `weights` are the relative column widths (they need not add up to 1).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]


@dataclass(frozen=True)
class Image:
    """A picture (any format PIL reads) with its caption.

    `data` is the picture's bytes, or a function that reads them: renderers call
    `read()` when they draw the picture, so an outline of a meeting's hundred
    photos does not hold them all. `fallback` is the line to show instead when
    the picture cannot be shown (its bytes are empty or not a picture).
    """

    data: bytes | Callable[[], bytes] = field(repr=False, compare=False)
    caption: str
    name: str = ""
    fallback: str = ""

    def read(self) -> bytes:
        return self.data() if callable(self.data) else self.data


@dataclass(frozen=True)
class MatrixRow:
    """A row of the matrix: its label, colour (None: neutral) and counts per column."""

    label: str
    colour: str | None
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Matrix:
    """The perspective x table counts: one column per table (and plenary)."""

    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    total_label: str

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(r.counts[j] for r in self.rows) for j in range(len(self.columns)))


@dataclass(frozen=True)
class PageBreakHint:
    """Start a new page here unless at least `room_cm` centimetres are left."""

    room_cm: float


@dataclass(frozen=True)
class Gap:
    """Extra vertical space, in points."""

    points: float


@dataclass(frozen=True)
class KeepTogether:
    """Blocks that belong on one page when they fit (a heading with its picture)."""

    blocks: tuple[Block, ...]


Block = Union[Title, Heading, Paragraph, BulletList, Table, Image, Matrix, PageBreakHint,
              Gap, KeepTogether]
NODE_TYPES = (Run, Title, Heading, Paragraph, ListItem, BulletList, Table, Image, MatrixRow,
              Matrix, PageBreakHint, Gap, KeepTogether)


@dataclass(frozen=True)
class Outline:
    """A whole document: its blocks and what its page decorations need."""

    title: str
    lang: str
    blocks: tuple[Block, ...]
    subject: str = ""
    draft: bool = False
    version: int = 1
    date: str = ""  # the event's date (ISO), for the document's properties
    # What the page footer says after the title besides the draft mark ("Concept v1",
    # which a renderer adds for a draft itself): a final version's "Definitief v2"
    # and the date a version was issued ("12 december 2017").
    footer_note: str = ""

    def walk(self) -> Iterator[Block]:
        """Every block in reading order, the contents of KeepTogether groups included."""
        yield from walk(self.blocks)

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading in order; the title counts as level 0."""
        return [(-1 if isinstance(b, Title) else b.level, b.text) for b in self.walk()
                if isinstance(b, (Title, Heading))]


def walk(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, KeepTogether):
            yield from walk(block.blocks)


class OutlineBuilder:
    """Collects blocks; small helpers for the common shapes."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def heading(self, text: str, level: int) -> None:
        self.add(Heading(text, level))

    def para(self, *runs: Run | str, role: Role = "body", line_breaks: bool = False) -> None:
        self.add(paragraph(*runs, role=role, line_breaks=line_breaks))

    def text(self, text: str, role: Role = "body") -> None:
        """User text (newlines are paragraph breaks); nothing for blank text."""
        if text.strip():
            self.add(Paragraph((Run(text),), role))


def paragraph(*runs: Run | str, role: Role = "body", line_breaks: bool = False) -> Paragraph:
    """A Paragraph from runs; a plain string is a plain run."""
    return Paragraph(tuple(Run(r) if isinstance(r, str) else r for r in runs), role,
                     line_breaks)


def field_line(label: str, value: str, role: Role = "body") -> Paragraph:
    """'Label: value' with the label in bold, on one line (newlines as line breaks)."""
    return Paragraph((Run(f"{label}:", bold=True), Run(" "), Run(value)), role, True)


def emphasis_runs(text: str, *, bold: bool = False, italic: bool = False) -> tuple[Run, ...]:
    """The outline's runs of a note's text: its emphasised words bold (all of it
    bold when `bold`), every run italic when `italic`."""
    if "**" not in text:  # one run, as the pieces below would give
        return (Run(text, bold=bold or False, italic=italic),)
    return tuple(Run(piece, bold=bold or strong, italic=italic)
                 for piece, strong in emphasis_pieces(text))
