"""facilitator/exports/line_breaking.py: the paragraph of the exports (pdfkit)
breaks a plain paragraph's lines itself (cached word widths); the lines are
exactly the ones reportlab's own `breakLines` makes, for any text, width and
bullet."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph as RLParagraph

from facilitator.exports import fonts
from facilitator.exports.line_breaking import plain_lines
from facilitator.exports.pdfkit import Paragraph, styles

WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzWMil.,:;()-é\u00a0"),
               min_size=1, max_size=18)


def lines_of(paragraph, width):
    para = paragraph.breakLines(width)
    if para.kind == 1:  # several looks: reportlab's fragment lines
        return 1, [(round(line.extraSpace, 6), len(line.words)) for line in para.lines]
    return para.kind, [(round(extra, 6), list(words)) for extra, words in para.lines]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=60), spaces=st.sampled_from([" ", "  ", "\n"]),
       width=st.floats(min_value=30, max_value=480), style=st.sampled_from(
           ["body", "small", "cell", "label", "h3"]),
       bullet=st.sampled_from([None, "•", "■\u00a0BI", "12."]))
def test_plain_lines_are_reportlabs_lines(words, spaces, width, style, bullet):
    s = styles()[style]
    text = spaces.join(words)
    ours = Paragraph(text, s, bulletText=bullet)
    theirs = RLParagraph(text, s, bulletText=bullet)
    assert lines_of(ours, width) == lines_of(theirs, width)
    assert ours._width_max == theirs._width_max
    # the same again (the paragraph laid out twice, as a frame does)
    assert lines_of(ours, width) == lines_of(theirs, width)
    assert lines_of(ours, [width, width - 20]) == lines_of(theirs, [width, width - 20])


def test_what_it_does_not_handle_is_reportlabs():
    s = styles()["body"]
    for text in ("<b>vet</b> en gewoon", "Donaudampfschifffahrtsgesellschaftskapitän " * 2,
                 "zacht\u00adafbreekbaar woord", ""):
        ours, theirs = Paragraph(text, s), RLParagraph(text, s)
        assert lines_of(ours, 60) == lines_of(theirs, 60), text
        assert plain_lines(ours, 60) is None  # handed to reportlab
    plain = Paragraph("Een gewone notitie van de tafel over de wijk", s, bulletText="•")
    assert plain_lines(plain, 120) is not None  # this one the fast way
    assert fonts.REGULAR == s.fontName


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é\u00a0\u200b\t\n\r\x0b\x0c\x1c\x1f\x85"
                                        "\u2028\u3000\u2009\u202f\u1680"), max_size=30))
def test_plain_words_are_a_paragraphs_words(text):
    """str.split where it gives what reportlab's split and strip give."""
    from reportlab.platypus.paragraph import split, strip
    from facilitator.exports.line_breaking import plain_words
    assert plain_words(text) == [w for w in split(strip(text)) if w]


def lines_as_reportlab_sums(words, font, size, max_widths, shrinkage):
    """The greedy loop of reportlab's breakLines for one plain fragment, word by word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    space = stringWidth(" ", font, size)
    lines, line, current, widest, lineno = [], [], -space, 0.0, 0
    max_width = max_widths[0]
    for word in words:
        width = stringWidth(word, font, size)
        new = current + space + width
        if new <= max_width + shrinkage * space * len(line) or not line:
            line.append(word)
            current = new
        else:
            widest = max(widest, current)
            lines.append((max_width - current, line))
            line, current = [word], width
            lineno += 1
            max_width = max_widths[min(len(max_widths) - 1, lineno)]
    widest = max(widest, current)
    lines.append((max_width - current, line))
    return lines, widest


@settings(max_examples=400, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=80),
       widths=st.lists(st.floats(min_value=25, max_value=480), min_size=1, max_size=3),
       size=st.sampled_from([8, 8.5, 10, 10.5]), shrinkage=st.sampled_from([0, 0.05, 0.3]))
def test_break_words_sums_as_reportlab_does(words, widths, size, shrinkage):
    """Every line's extra space and the widest line to the last bit (the sums made
    in the same order), with a long word on a line of its own."""
    from facilitator.exports.line_breaking import break_words
    ours = break_words(words, fonts.REGULAR, size, "utf8", widths, shrinkage, long_words=True)
    theirs = lines_as_reportlab_sums(words, fonts.REGULAR, size, widths, shrinkage)
    assert [(extra.hex(), line) for extra, line in ours[0]] == \
        [(extra.hex(), line) for extra, line in theirs[0]]
    assert ours[1].hex() == theirs[1].hex()
