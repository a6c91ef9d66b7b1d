"""facilitator/exports/note_group.py: a run of plain notes laid out as one flowable
prints what reportlab's Paragraphs print: the same lines on the same pages at the
same places (text per page, and the pages as pixels), however the notes fall
across page ends; notes it does not handle stay Paragraphs."""
from __future__ import annotations

import random
import subprocess

import pytest
from reportlab.platypus.flowables import CondPageBreak

from facilitator.exports import note_group, pdf_render
from facilitator.exports import outline as o
from facilitator.exports.pdf_render import PdfRenderer, render_pdf
from facilitator.exports.safety import Job

from export_helpers import _top_conftest

WORDS = ("de", "gemeente", "wil", "samen", "met", "bewoners", "een", "buurtkamer",
         "openen", "waar", "initiatieven", "elkaar", "ontmoeten", "zorgcoöperatie",
         "en", "vrijwilligers", "16:00", "€ 25", "ook", "netwerk", "woningcorporatie")


def notes_outline(seed: int, count: int = 260) -> o.Outline:
    """Bullet lists of plain notes of every length, nested, with perspective tags
    and a few notes a group does not take (bold, a lead, a very long word)."""
    rng = random.Random(seed)
    blocks: list[o.Block] = [o.Title("Notities")]
    for part in range(3):
        blocks.append(o.Heading(f"Tafel {part + 1}", 1))
        items, depth = [], 0
        for i in range(count // 3):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.choice((2, 6, 14, 30, 60,
                                                                            110))))
            runs = (o.Run(text, bold=rng.random() < 0.05),)
            if rng.random() < 0.02:
                runs = (o.Run("x" * 120),)  # wider than a line: reportlab splits it
            tagged = rng.random() < 0.3
            items.append(o.ListItem(runs, depth=depth,
                                    lead="Besluit" if rng.random() < 0.03 else "",
                                    colour="#3366cc" if tagged else None,
                                    tag="BA" if tagged else ""))
            depth = max(0, min(2, depth + rng.choice((-1, 0, 0, 0, 0, 0, 0, 1))))
        blocks.append(o.BulletList(tuple(items)))
    return o.Outline("Notities", "nl", tuple(blocks))


def write(outline: o.Outline, path, monkeypatch=None, grouped: bool = True):
    if not grouped:
        monkeypatch.setattr(pdf_render, "note", lambda *a: None)
    with open(path, "wb") as handle:
        render_pdf(outline, handle, Job(None, None, "nl"))
    if not grouped:
        monkeypatch.undo()
    return path


def pages_text(path) -> list[str]:
    tool = _top_conftest().require_tool("pdftotext")
    text = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_groups_print_the_lines_and_pages_paragraphs_print(seed, tmp_path, monkeypatch):
    outline = notes_outline(seed)
    grouped = write(outline, tmp_path / "groups.pdf")
    single = write(outline, tmp_path / "paragraphs.pdf", monkeypatch, grouped=False)
    assert pages_text(grouped) == pages_text(single)
    assert len(pages_text(grouped)) > 8
    tool = _top_conftest().require_tool("pdftoppm")
    for name in ("groups", "paragraphs"):
        subprocess.run([tool, "-png", "-r", "40", "-gray", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
    from PIL import Image, ImageChops
    pictures = sorted(tmp_path.glob("groups-*.png"))
    assert pictures
    for picture in pictures:
        other = picture.with_name(picture.name.replace("groups", "paragraphs"))
        assert not ImageChops.difference(Image.open(picture), Image.open(other)).getbbox(), \
            picture.name


def test_plain_notes_are_grouped_and_the_rest_stay_paragraphs():
    outline = notes_outline(4, count=90)
    flows = PdfRenderer(outline).flowables()
    groups = [f for f in flows if isinstance(f, note_group.NoteGroup)]
    assert groups and max(len(g.notes) for g in groups) > 3
    grouped = sum(len(g.notes) for g in groups)
    items = [i for b in outline.walk() if isinstance(b, o.BulletList) for i in b.items]
    plain = [i for i in items if not i.lead and not i.runs[0].bold and
             not i.runs[0].text.startswith("xxx")]
    assert grouped == len(plain)
    # a group's first line of a tagged note is shortened by the tag, as reportlab's
    tagged = next(n for g in groups for n in g.notes if n.bullet and len(n.bullet) > 1)
    width = PdfRenderer(outline).width
    first = tagged.lay(width)[0]
    assert first[0] >= -1e-6


def test_a_group_splits_as_paragraphs_would_keeping_two_lines_each_side():
    outline = notes_outline(5, count=30)
    renderer = PdfRenderer(outline)
    group = next(f for f in renderer.flowables() if isinstance(f, note_group.NoteGroup)
                 and any(len(n.lay(renderer.width)) >= 5 for n in f.notes))
    width = renderer.width
    _, height = group.wrap(width, 10_000)
    for room in range(0, int(height) + 20, 7):
        pieces = group.split(width, room)
        if room >= height:
            assert pieces == [group]
            continue
        if not pieces:
            continue
        head, rest = pieces[0], pieces[-1]
        if len(pieces) == 3:  # a lead-in without room below: a new page before it
            assert isinstance(pieces[1], CondPageBreak) and not rest.notes[0].room
            assert room - head.wrap(width, room)[1] - head.getSpaceAfter() < pieces[1].height
        words = [w for n in group.notes for _, line in n.lay(width) for w in line]
        assert [w for n in head.notes + rest.notes for _, line in n.lay(width)
                for w in line] == words  # nothing lost, nothing twice
        assert head.wrap(width, room)[1] <= room + 1e-6
        cut = head.notes[-1]
        if rest.notes[0].bullet is None:  # a note split: two lines at least each side
            assert len(cut.lay(width)) >= 2 and len(rest.notes[0].lay(width)) >= 2


def test_many_letters_switch_font_subsets_as_paragraphs_do(tmp_path, monkeypatch):
    """Over 256 different letters: the text is written in several font subsets,
    switched inside a line; the group writes it as reportlab's text object does."""
    from facilitator.exports import fonts
    covered = fonts.covered()
    letters = [chr(c) for c in (*range(0x100, 0x250), *range(0x410, 0x450)) if c in covered]
    assert len(letters) > 300
    rng = random.Random(7)
    items = tuple(o.ListItem((o.Run(" ".join("".join(rng.choice(letters) for _ in range(6))
                                             for _ in range(rng.choice((3, 12, 40))))),))
                  for _ in range(120))
    outline = o.Outline("Letters", "nl", (o.Title("Letters"), o.BulletList(items)))
    grouped = write(outline, tmp_path / "groups.pdf")
    single = write(outline, tmp_path / "paragraphs.pdf", monkeypatch, grouped=False)
    assert pages_text(grouped) == pages_text(single)
    tool = _top_conftest().require_tool("pdftoppm")
    from PIL import Image, ImageChops
    for name in ("groups", "paragraphs"):
        subprocess.run([tool, "-png", "-r", "40", "-gray", str(tmp_path / f"{name}.pdf"),
                        str(tmp_path / name)], check=True)
    for picture in sorted(tmp_path.glob("groups-*.png")):
        other = picture.with_name(picture.name.replace("groups", "paragraphs"))
        assert not ImageChops.difference(Image.open(picture), Image.open(other)).getbbox()


def drawn_by_reportlab(self) -> None:
    """NoteGroup.draw as reportlab's own calls would draw the notes (the text
    object's setTextOrigin, setFont, setFillColor, textOut and the Paragraph's
    _leftDrawParaLine, one call per bullet, colour and line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.paragraph import _leftDrawParaLine
    canvas = self.canv
    tx = canvas.beginText(0, 0)
    top = self.height
    for n in self.notes:
        style = n.style
        lines = n.lay(self.width)
        if lines:
            cur_y = top - style.fontSize
            offset = style.firstLineIndent
            if n.bullet:
                tx.setTextOrigin(style.bulletIndent, cur_y + getattr(style, "bulletOffsetY", 0))
                tx.setFont(style.bulletFontName, style.bulletFontSize)
                tx.setFillColor(getattr(style, "bulletColor", style.textColor))
                tx.textOut(n.bullet)
                end = style.bulletIndent + stringWidth(n.bullet, style.bulletFontName,
                                                       style.bulletFontSize)
                offset = max(offset, end + style.bulletFontSize * 0.6 - style.leftIndent)
            tx.setTextOrigin(style.leftIndent, cur_y)
            tx.setFillColor(style.textColor)
            tx.setFont(style.fontName, style.fontSize, style.leading)
            for i, (extra, words) in enumerate(lines):
                _leftDrawParaLine(tx, offset if i == 0 else 0, extra, words)
        top -= len(lines) * style.leading + style.spaceAfter
    canvas.drawText(tx)


@pytest.mark.parametrize("seed", [6, 7])
def test_a_group_writes_the_bytes_reportlabs_calls_write(seed, tmp_path, monkeypatch):
    """What a group writes into the page, made once per look and colour, is byte
    for byte what the text object's own calls write (the same PDF file)."""
    from reportlab import rl_config
    monkeypatch.setattr(rl_config, "invariant", 1)
    outline = notes_outline(seed, count=150)
    letters = [chr(c) for c in range(0x100, 0x180)] + ["(", ")", "\\", "\u00a0"]
    rng = random.Random(seed)
    extra = tuple(o.ListItem((o.Run(" ".join("".join(rng.choice(letters) for _ in range(5))
                                             for _ in range(rng.choice((2, 9, 25))))),),
                             colour="#3366cc" if rng.random() < 0.5 else None,
                             tag="BI" if rng.random() < 0.3 else "") for _ in range(60))
    outline = o.Outline("Notities", "nl", outline.blocks + (o.BulletList(extra),))
    ours = write(outline, tmp_path / "ours.pdf").read_bytes()
    monkeypatch.setattr(note_group.NoteGroup, "draw", drawn_by_reportlab)
    theirs = write(outline, tmp_path / "theirs.pdf").read_bytes()
    assert ours == theirs


def wrapped_as_summed_each_time(group, width, room):
    """NoteGroup.wrap as first written: the notes summed again at every call."""
    height, short = 0.0, False
    for i, n in enumerate(group.notes):
        if i and n.room and room - height < n.room:
            short = True
        height += len(n.lay(width)) * n.style.leading + n.style.spaceAfter
    height -= group.notes[-1].style.spaceAfter
    return width, (max(height, room + 1) if short else height)


def test_a_group_says_what_it_needs_however_often_it_is_asked():
    """wrap sums the notes once per width; asked again at any height it answers
    what summing them again answers (a note asking for room included)."""
    outline = notes_outline(8, count=120)
    renderer = PdfRenderer(outline)
    groups = [f for f in renderer.flowables() if isinstance(f, note_group.NoteGroup)]
    assert any(n.room for g in groups for n in g.notes[1:])
    for group in groups:
        for width in (renderer.width, renderer.width - 40, renderer.width):
            for room in (0, 13.5, 40, 99.9, 250, 700, 10_000):
                assert group.wrap(width, room) == wrapped_as_summed_each_time(group, width, room)
