"""facilitator/exports/pdf_text.py: what it writes into a text object is what
reportlab's own text object writes (`_formatText`, `setFillColor`, `setFont`,
`_leftDrawParaLine`), operator for operator, for any text: ASCII (the quick
path), Latin letters, non-breaking spaces, parentheses and backslashes,
letters in other font subsets and characters the font does not have."""
from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.paragraph import _leftDrawParaLine

from facilitator.exports import fonts
from facilitator.exports.pdf_text import (Fills, TextWriter, font_setter, moves, text_writer,
                                          write_line, write_lines)

fonts.register()
# ASCII (with what PDF strings escape), Latin-1, a non-breaking space, a tag's
# square, Cyrillic and Greek, and characters DejaVu Sans lacks (a CJK ideograph,
# an emoji)
LETTERS = ("abcXYZ019 ()\\.,;:!?'\"%&<>[]{}~`^_|/-+=*#@$"
           "éëïöüçñßÆøÅ€£§°±«»\u00a0■•–—…АБВЖЯабвжяΑΒΓαβγ\u4e2d\U0001F600")
WORD = st.text(alphabet=st.sampled_from(LETTERS.replace(" ", "")), min_size=1, max_size=14)
ASCII_WORD = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126),
                     min_size=1, max_size=14)
LINE = st.lists(st.one_of(WORD, ASCII_WORD), min_size=1, max_size=12)


def text_object(font=fonts.REGULAR, size=10, leading=13.5):
    canvas = Canvas(io.BytesIO())
    tx = canvas.beginText(0, 0)
    tx.setFont(font, size, leading)
    return canvas, tx


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=12), font=st.sampled_from(
    [fonts.REGULAR, fonts.BOLD]), sizes=st.lists(st.sampled_from([8, 8.5, 10, 12.25]),
                                                min_size=1, max_size=3))
def test_lines_are_written_as_reportlabs_text_object_writes_them(lines, font, sizes):
    ours_canvas, ours = text_object(font)
    theirs_canvas, theirs = text_object(font)
    encode = text_writer(ours_canvas, ours, font)
    for i, words in enumerate(lines):
        size = sizes[i % len(sizes)]
        if i % 3 == 0:  # a new font size now and then: its subset selected anew
            ours.setFont(font, size, size * 1.3)
            theirs.setFont(font, size, size * 1.3)
        ours._code.append(encode(words, " T*"))
        theirs._textOut(" ".join(words), 1)
        assert ours._code == theirs._code, words
        assert ours._curSubset == theirs._curSubset
    # the same letters now have codes: written again, the same again
    for words in lines:
        ours._code.append(encode(words))
        theirs._code.append(theirs._formatText(" ".join(words)))
    assert ours._code == theirs._code


def test_an_ascii_line_is_written_as_it_is():
    canvas, tx = text_object()
    writer = TextWriter.of(canvas, fonts.REGULAR)
    assert writer.ascii_as_is
    words = ["(a)", "back\\slash", "~x", "it's", "50%"]
    _, theirs = text_object()
    assert writer.line(tx, words) == theirs._formatText(" ".join(words))
    assert not set(words) & set(writer.words)  # never split into subsets word by word
    assert tx._curSubset == theirs._curSubset == 0


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.tuples(st.sampled_from([0.0, 5.5, 1e-9, -1e-9, -0.75, -2.125]),
                                LINE), min_size=1, max_size=6),
       offset=st.sampled_from([0, 1e-7, -1e-7, 3.5, 21.25, -4.0]))
def test_a_notes_lines_are_reportlabs_paragraph_lines(lines, offset):
    """write_lines (a group's notes) and write_line (a grid's cells) against
    reportlab's _leftDrawParaLine, after the origin and colour as a note sets them."""
    canvases = [text_object() for _ in range(3)]
    for _, tx in canvases:
        tx.setTextOrigin(30, 700)
        tx.setFillColor(colors.HexColor("#222222"))
    (c1, group), (c2, cells), (_, theirs) = canvases
    write_lines(group, lines, TextWriter.of(c1, fonts.REGULAR), *moves(offset))
    encode = text_writer(c2, cells, fonts.REGULAR)
    for i, (extra, words) in enumerate(lines):
        write_line(cells, offset if i == 0 else 0, extra, words, encode)
        _leftDrawParaLine(theirs, offset if i == 0 else 0, extra, words)
    assert group._code == theirs._code
    assert cells._code == theirs._code


def test_fonts_and_colours_are_set_as_reportlab_sets_them():
    ours_canvas, ours = text_object()
    _, theirs = text_object()
    for font, size, leading in ((fonts.BOLD, 8, None), (fonts.REGULAR, 10, 13.5),
                                ("Helvetica", 9, 11), (fonts.REGULAR, 10, None)):
        font_setter(font, size, leading)(ours)
        theirs.setFont(font, size, leading)
        assert ours._code == theirs._code
        assert (ours._fontname, ours._fontsize, ours._leading, ours._curSubset) == \
            (theirs._fontname, theirs._fontsize, theirs._leading, theirs._curSubset)
    grey, ink = colors.HexColor("#5f6368"), colors.HexColor("#1a4d80")
    see_through = colors.Color(0.2, 0.4, 0.6, alpha=0.5)
    cmyk = colors.CMYKColor(0.1, 0.2, 0.3, 0.4)
    order = (grey, ink, grey, see_through, grey, cmyk, ink, cmyk, see_through, grey)
    for _ in range(2):  # the second text object of the canvas reuses what the first made
        fill = Fills(ours_canvas, ours)
        for colour in order:
            ours._code.append(fill(colour))
            theirs.setFillColor(colour)
            assert " ".join(ours._code) == " ".join(theirs._code)  # as getCode joins them
            assert ours._fillColorObj is theirs._fillColorObj
        ours_canvas._code.append(ours.getCode())
        theirs._canvas._code.append(theirs.getCode())
        ours, theirs = ours_canvas.beginText(0, 0), theirs._canvas.beginText(0, 0)
    assert ours_canvas._code == theirs._canvas._code
