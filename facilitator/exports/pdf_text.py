"""Plain text written straight into a reportlab text object's operators.

A note group (`note_group`) and a grid's plain cells (`grid`) draw thousands of
lines of plain text in one font. reportlab's text object would look the font
up, split every line into font subsets character by character and format each
number again for every line. Here what it writes is made once and written
again: a word's encoding per document and font (`TextWriter`), a colour's
operators (`Fills`), a font's selection per size. The operators are exactly
reportlab's (`TextObject._formatText`, `setFillColor`, `setFont`,
`_leftDrawParaLine`); tests/exports/test_pdf_text.py compares them.

This reaches into the text object's `_code` (its list of operators),
`_curSubset` (the font subset selected last) and font attributes, and into a
TrueType font's subset state, as reportlab's own text object does.
"""
from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.paragraph import _nbspCount


class TextWriter:
    """Lines of words in one TrueType font as reportlab's `_formatText` writes
    them (the subset's font selected where it changes, each run as a string
    shown), for one canvas (one document): `line(tx, words, end)`.

    A line of printable ASCII (most) is written as it is: with reportlab's
    `ttfAsciiReadable` subsets every ASCII character is its own code in subset
    0, whose glyphs are in the font from the start (`TTFont.State`), so
    `splitString` would give the line itself, one run, in subset 0 (checked
    once per document and font, `_ascii_as_is`). Other lines have each word
    encoded once per document and font."""

    def __init__(self, canvas: Any, font: Any) -> None:
        self.font = font
        self.doc = canvas._doc  # noqa: SLF001
        escape = canvas._escape  # noqa: SLF001
        # reportlab's own is escapePDF: called straight away
        self.escape = escapePDF if getattr(escape, "__func__", None) is Canvas._escape else escape
        self.words: dict[str, list[tuple[int, str]]] = {}
        # a word in one subset (most): its (subset, text), else None
        self.one: dict[str, tuple[int, str] | None] = {}
        self.selects: dict[tuple[int, float, float], str] = {}
        self.encoded(" ")
        self.space_one = self.one[" "]
        self.ascii_as_is = _ascii_as_is(font, self.doc)

    @classmethod
    def of(cls, canvas: Any, font_name: str) -> TextWriter | None:
        """The canvas's writer for a font; None for a font that is not TrueType
        (then reportlab writes the text itself)."""
        writers = canvas.__dict__.setdefault("_oogst_writers", {})
        found = writers.get(font_name)
        if found is None:
            font = getFont(font_name)
            found = writers[font_name] = (cls(canvas, font) if
                                          getattr(font, "_dynamicFont", False) else False)
        return found or None

    def encoded(self, word: str) -> list[tuple[int, str]]:
        found = self.words.get(word)
        if found is None:
            found = self.words[word] = [(subset, self.escape(t)) for subset, t in
                                        self.font.splitString(word, self.doc)]
            self.one[word] = found[0] if len(found) == 1 else None
        return found

    def select(self, tx: Any, subset: int) -> str:
        """The operators selecting a subset's font at the text object's size."""
        key = (subset, tx._fontsize, tx._leading)  # noqa: SLF001
        found = self.selects.get(key)
        if found is None:
            found = self.selects[key] = (
                f"{self.font.getSubsetInternalName(subset, self.doc)} "
                f"{fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL")  # noqa: SLF001
        return found

    def line(self, tx: Any, words: list[str], end: str = "") -> str:
        """The operators showing `words` (one space between them), then `end`."""
        if self.ascii_as_is:
            line = " ".join(words)
            if line.isascii() and line.isprintable():  # characters 32-126 only
                if tx._curSubset == 0:  # noqa: SLF001
                    return f"({self.escape(line)}) Tj{end}"
                tx._curSubset = 0  # noqa: SLF001
                return f"{self.select(tx, 0)} ({self.escape(line)}) Tj{end}"
        one, encoded = self.one, self.encoded
        # most other lines: every word in the subset of the space between them
        found = [one.get(w) or (encoded(w) and one[w]) for w in words]
        space_one = self.space_one
        if space_one is not None and None not in found:
            subset = space_one[0]
            for f in found:
                if f[0] != subset:
                    break
            else:
                text = space_one[1].join([f[1] for f in found])
                if subset == tx._curSubset:  # noqa: SLF001
                    return f"({text}) Tj{end}"
                tx._curSubset = subset  # noqa: SLF001
                return f"{self.select(tx, subset)} ({text}) Tj{end}"
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
                out.append(self.select(tx, subset))
                tx._curSubset = subset  # noqa: SLF001
            out.append(f"({text}) Tj")
        return " ".join(out) + end


def text_writer(canvas: Any, tx: Any, font_name: str) -> Any:
    """`encode(words, end="")`: the operators of a line in `font_name` for `tx`
    (`TextWriter.line`); None for a font that is not TrueType."""
    writer = TextWriter.of(canvas, font_name)
    return None if writer is None else partial(writer.line, tx)


def _ascii_as_is(font: Any, doc: Any) -> bool:
    """Does `splitString` give printable ASCII as itself in subset 0 in this
    document (reportlab's `ttfAsciiReadable` subsets, which hold every ASCII
    character from the start)? Anything else answers False (the general path)."""
    state = getattr(font, "state", {}).get(doc)
    assigned = getattr(state, "assignments", None)
    subsets = getattr(state, "subsets", None)
    if not isinstance(assigned, dict) or not subsets:
        return False
    return all(assigned.get(c) == c and len(subsets[0]) > c and subsets[0][c] == c
               for c in range(32, 127))


def write_line(tx: Any, offset: float, extra: float, words: list[str], encode: Any) -> None:
    """reportlab's `_leftDrawParaLine` with the text written by `encode`."""
    if offset > 1e-6 or offset < -1e-6:
        tx.setXPos(offset)
    spaces = 0
    if extra <= -1e-8:  # a line set a little tight (spaceShrinkage): narrower spaces
        spaces = len(words) + _nbspCount(" ".join(words)) - 1
    if spaces > 0:
        tx.setWordSpace(extra / float(spaces))
        tx._code.append(encode(words, " T*"))  # noqa: SLF001 - as TextObject._textOut
        tx.setWordSpace(0)
    else:
        tx._code.append(encode(words, " T*"))  # noqa: SLF001
    if offset > 1e-6 or offset < -1e-6:
        tx.setXPos(-offset)


def write_lines(tx: Any, lines: list[tuple[float, list[str]]], writer: TextWriter,
                move_in: str, move_out: str) -> None:
    """`write_line` for each of a note's lines in a TrueType font, the first
    moved in by `move_in` and back by `move_out` (`tx.setXPos`'s operators, or
    ""; what comes before and after them is never a move, which `setXPos` would
    join with them). A line of printable ASCII is written here as
    `TextWriter.line` writes it (most lines: a call less each)."""
    append = tx._code.append  # noqa: SLF001 - as TextObject._textOut
    line, escape = writer.line, writer.escape
    ascii_as_is = writer.ascii_as_is
    for extra, words in lines:
        if move_in:
            append(move_in)
        if ascii_as_is and (text := " ".join(words)).isascii() and text.isprintable():
            if tx._curSubset == 0:  # noqa: SLF001
                shown = f"({escape(text)}) Tj T*"
            else:
                shown = f"{writer.select(tx, 0)} ({escape(text)}) Tj T*"
                tx._curSubset = 0  # noqa: SLF001
            if extra <= -1e-8 and len(words) > 1:  # as write_line (no nbsp in ASCII)
                append(f"{fp_str(extra / float(len(words) - 1))} Tw")  # as tx.setWordSpace
                append(shown)
                append("0 Tw")
            else:
                append(shown)
        elif extra <= -1e-8:  # as write_line
            spaces = len(words) + _nbspCount(" ".join(words)) - 1
            if spaces > 0:
                append(f"{fp_str(extra / float(spaces))} Tw")  # as tx.setWordSpace
                append(line(tx, words, " T*"))
                append("0 Tw")
            else:
                append(line(tx, words, " T*"))
        else:
            append(line(tx, words, " T*"))
        if move_out:
            append(move_out)
            move_in = move_out = ""


def moves(offset: float) -> tuple[str, str]:
    """The operators of `tx.setXPos(offset)` and `tx.setXPos(-offset)` as
    `write_line` writes them around a first line ("" for no move)."""
    if offset > 1e-6 or offset < -1e-6:
        return f"{fp_str(offset, 0)} Td", f"{fp_str(-offset, 0)} Td"
    return "", ""


def font_setter(font_name: str, size: float, leading: float | None) -> Any:
    """tx.setFont(font_name, size, leading); for a TrueType font that writes
    nothing: the font is remembered and its subset chosen again at the next text
    (as reportlab's setFont does), without looking the font up every time."""
    if not getattr(getFont(font_name), "_dynamicFont", False):
        return lambda tx: tx.setFont(font_name, size, leading)
    if leading is None:
        leading = size * 1.2  # as setFont

    def set_font(tx: Any) -> None:
        tx._fontname, tx._fontsize, tx._leading = font_name, size, leading  # noqa: SLF001
        tx._curSubset = -1  # noqa: SLF001
    return set_font


class Fills:
    """tx.setFillColor for one text object as a string of operators, each colour's
    made once per canvas: written again while the canvas's fill alpha is the one
    the colour sets (then setFillColor writes the colour and nothing else)."""

    def __init__(self, canvas: Any, tx: Any) -> None:
        self.tx = tx
        self.state = canvas._extgstate  # noqa: SLF001 - where setFillAlpha looks
        self.made: dict[int, tuple[Any, str, Any]] = \
            canvas.__dict__.setdefault("_oogst_fills", {})
        self.ready: dict[int, tuple[Any, str]] = {}  # good at this text object's alpha

    def __call__(self, colour: Any) -> str:
        """The operators setting `colour` (to be written next, as one string)."""
        found = self.ready.get(id(colour))
        if found is not None and found[0] is colour:
            self.tx._fillColorObj = colour  # noqa: SLF001
            return found[1]
        return self._make(colour)

    def _make(self, colour: Any) -> str:
        tx = self.tx
        made = self.made.get(id(colour))
        if made is not None and made[0] is colour and (
                made[2] is None or self.state.getValue("ca") == made[2]):
            self.ready[id(colour)] = (colour, made[1])
            tx._fillColorObj = colour  # noqa: SLF001
            return made[1]
        code = tx._code  # noqa: SLF001
        start = len(code)
        tx.setFillColor(colour)
        written = code[start:]
        del code[start:]
        text = " ".join(written)
        if len(written) == 1:  # the colour alone: no change of alpha
            self.made[id(colour)] = (colour, text, getattr(colour, "alpha", None))
            self.ready[id(colour)] = (colour, text)
        else:  # the alpha changed: what was good before may not be now
            self.ready.clear()
        return text
