"""The minutes PDF in print: readable without colour, and clean where pages and
lines break (lead-ins kept with what they lead to, units with their numbers,
words broken only at a hyphen, no heading as a block of bold lines)."""
from __future__ import annotations

import subprocess

from pypdf import PdfReader

from facilitator.exports import fonts
from facilitator.exports import outline as o
from facilitator.exports.minutes_outline import minutes_outline
from facilitator.exports.perspective_tags import perspective_tags
from facilitator.exports.model import Harvest
from facilitator.exports.pdf_render import PdfRenderer, render_pdf
from facilitator.exports.pdfkit import Heading
from facilitator.exports.safety import Job

from export_helpers import _top_conftest, flat, pdf_text


def write(outline: o.Outline, path):
    with open(path, "wb") as handle:
        render_pdf(outline, handle, Job(None, None, outline.lang))
    return path


def lines_of(path) -> list[str]:
    tool = _top_conftest().require_tool("pdftotext")
    out = subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def test_perspectives_read_as_text_next_to_the_notes_and_in_the_legend(seed_event, tmp_path):
    target = tmp_path / "m.pdf"
    outline = minutes_outline(Harvest(seed_event, lang="nl"), draft=False)
    write(outline, target)
    text = pdf_text(target)
    tags = perspective_tags(seed_event.perspectives())
    assert sorted(tags.values()) == sorted(set(tags.values()))  # one tag per perspective
    for p in seed_event.perspectives():
        assert flat(f"{tags[p.id]} {p.name}") in text.replace("\u00a0", " ")  # the legend
    first = next(n for n in seed_event.notes() if n.text.startswith("Tafel 1 ronde 1"))
    assert flat(f"■ {tags[first.perspective_id]} Tafel 1 ronde 1") in \
        text.replace("\u00a0", " ")
    assert tags[seed_event.perspectives()[0].id] == "BI"  # Burgers/inwoners


def test_a_lead_in_entry_is_never_left_at_the_foot_of_a_page(tmp_path):
    for gap in range(0, 40, 3):  # some of these leave room for the lead-in line only
        blocks: list = [o.Paragraph((o.Run(f"Regel {i}"),)) for i in range(42)]
        blocks.append(o.Gap(gap))
        blocks.append(o.BulletList((o.ListItem((o.Run("Daarvoor nodig:"),)),
                                    o.ListItem((o.Run("eerste middel"),), depth=1),
                                    o.ListItem((o.Run("tweede middel"),), depth=1))))
        target = write(o.Outline("Proef", "nl", tuple(blocks)), tmp_path / f"{gap}.pdf")
        pages = [flat(p.extract_text() or "") for p in PdfReader(str(target)).pages]
        page = next(p for p in pages if "Daarvoor nodig:" in p)
        assert "eerste middel" in page, gap


def test_a_number_never_parts_from_its_unit_at_a_line_end(tmp_path):
    blocks = [o.Paragraph((o.Run("woord " * i + "vraag (20 min) en om 13.00 uur klaar"),))
              for i in range(1, 40)]
    blocks.append(o.Heading("Vraag 1: " + "lang " * 18 + "(20 min)", 2))
    lines = lines_of(write(o.Outline("Proef", "nl", tuple(blocks)), tmp_path / "u.pdf"))
    assert not [line for line in lines if line.endswith(("(20", "13.00"))]
    assert any(line.startswith("(20") for line in lines)  # it did wrap there, whole


def test_a_word_too_wide_for_its_cell_breaks_only_at_a_hyphen(tmp_path):
    words = "bewonersinitiatieven gemeenteambtenaren zorgverzekeraars kennisinstituten"
    table = o.Table(("Partners", "Wat"), ((words, "x"),), (0.12, 0.88))
    lines = lines_of(write(o.Outline("Proef", "nl", (table,)), tmp_path / "t.pdf"))
    cell = lines[lines.index("Partners Wat") + 1:]
    pieces, joined = [], ""
    for line in cell:
        if line == "x":
            continue
        for token in line.split():
            joined += token
            if token.endswith("-"):
                joined = joined[:-1]  # a hyphen where the word was broken
                continue
            pieces.append(joined)
            joined = ""
    assert pieces == words.split(), cell
    assert any(line.endswith("-") for line in cell)  # they did need breaking


def test_long_headings_are_never_blocks_of_bold_lines(demo_event):
    outline = minutes_outline(Harvest(demo_event, lang="nl"), draft=True)
    renderer = PdfRenderer(outline)
    headings = [f for f in renderer.stream() if isinstance(f, Heading)]
    assert len(headings) > 20
    for h in headings:
        h.wrap(renderer.width, 10_000)
        lines = len(h.blPara.lines)
        if h.style.fontName in (fonts.BOLD, fonts.BOLD_ITALIC):
            assert lines <= 3, h.text
    long = [h for h in headings if h.style.name.endswith("-long")]
    assert long  # the demo has them: bold only up to the colon
    assert all(h.text.startswith("<b>") or "<b>" not in h.text for h in long)


def test_perspective_tags_are_short_unique_and_drawable():
    from types import SimpleNamespace
    names = ["Burgers/inwoners", "Banken", "Bewoners", "العائلات", "Gemeenten", "Gemeente",
             "Zorg- en welzijnsinstellingen", "Zorgverzekeraars", "", "Łódź", "Banken"]
    tags = perspective_tags([SimpleNamespace(id=str(i), name=n) for i, n in enumerate(names)])
    assert len(set(tags.values())) == len(names)
    assert (tags["0"], tags["4"], tags["6"], tags["3"]) == ("BI", "GE", "ZW", "P4")
    covered = fonts.covered()
    assert all(len(t) <= 4 and all(ord(ch) in covered for ch in t) for t in tags.values())


def plain_as_before(renderer, item, style, bullet, group):
    """PdfRenderer._plain as it was written first: every text cleaned, bound and
    split the general way (the quick route for printable ASCII must agree)."""
    from facilitator.exports.flow import CHUNK
    from facilitator.exports.line_breaking import plain_words
    from facilitator.exports.note_group import note
    from facilitator.exports.pdfkit import fragment
    from facilitator.exports.safety import clean, drawn_as_is
    from facilitator.exports.typeset import bind_units
    if item.lead or len(item.runs) != 1:
        return None
    run = item.runs[0]
    if run.bold or run.italic or run.colour or run.tone:
        return None
    text = clean(run.text)
    if len(text) > CHUNK or "\n" in text or not text.strip():
        return None
    if not text.replace("\u00a0", " ").isascii():
        if not group or not drawn_as_is(text, renderer.covered):
            return None
    words = plain_words(bind_units(text))
    text = " ".join(words)
    if group:
        found = note(style, bullet, text, renderer.width, words)
        if found is not None:
            return found
    from facilitator.exports.pdfkit import Paragraph as RLParagraph
    return RLParagraph(None, style, bulletText=bullet, frags=[fragment(style).clone(text=text)])


def looks_of(piece):
    if piece is None:
        return None
    if hasattr(piece, "frags"):
        return ("paragraph", piece.style.name, piece.bulletText, piece.frags[0].text)
    return ("note", piece.style.name, piece.bullet, piece.words, piece.width, piece.lines)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80),
    st.text(alphabet=st.sampled_from("ab (20 min) € 5\\é\u00a0\u200b\t\n\r\x01\x7f\x85"
                                     "\U0001F600\u05d0■"), max_size=40),
    st.just("x" * 120), st.just("word " * 500)),
    group=st.booleans(), tagged=st.booleans(), depth=st.integers(0, 3))
def test_a_plain_note_is_made_as_the_general_route_makes_it(text, group, tagged, depth):
    outline = o.Outline("T", "nl", ())
    renderer = PdfRenderer(outline)
    item = o.ListItem((o.Run(text),), depth=depth, colour="#3366cc" if tagged else None,
                      tag="BI" if tagged else "")
    bullet, style = renderer._bullet(item)
    ours = renderer._plain(item, style, bullet, group)
    assert looks_of(ours) == looks_of(plain_as_before(renderer, item, style, bullet, group))


PLAIN_WORDS = ("de", "gemeente", "coöperatie", "20 min", "€ 25", "a&b", "<samen>", "ja\u00a0nee",
               "שלום", "مرحبا", "zacht\u00adje", "", "   ", "\n", "x" * 30)


def test_a_plain_paragraph_is_the_paragraph_its_markup_makes():
    """A paragraph in one look made from a ready fragment (`_plain_piece`) against
    the Paragraph its markup parses to: the same fragments, lines and split
    pieces, for texts with entities, right-to-left words, soft hyphens, units."""
    import random

    from facilitator.exports.pdfkit import Paragraph as Parsed
    renderer = PdfRenderer(o.Outline("x", "nl", ()))
    rng = random.Random(5)
    fast_ones = 0
    for _ in range(300):
        text = " ".join(rng.choice(PLAIN_WORDS) for _ in range(rng.choice((1, 3, 30, 90))))
        role = rng.choice(("body", "meta", "small"))
        made = renderer.paragraph(o.Paragraph((o.Run(text),), role=role))
        parsed = [Parsed(m, renderer.s[role]) for m in renderer.pieces((o.Run(text),))]
        assert len(made) == len(parsed)
        for mine, theirs in zip(made, parsed):
            fast_ones += mine.text is None
            assert [(f.text, f.fontName) for f in mine.frags] == \
                [(f.text, f.fontName) for f in theirs.frags]
            assert mine._bidi == theirs._bidi  # noqa: SLF001
            width = rng.choice((60.0, 200.0, 476.0))
            for p in (mine, theirs):
                p.wrap(width, 10000)
            assert repr(mine.blPara.lines) == repr(theirs.blPara.lines)
            room = rng.choice((5.0, 20.0, 60.0))
            assert [repr(p.blPara.lines) for p in mine.split(width, room) if p.wrap(width, 1e4)] \
                == [repr(p.blPara.lines) for p in theirs.split(width, room) if p.wrap(width, 1e4)]
    assert fast_ones > 50
