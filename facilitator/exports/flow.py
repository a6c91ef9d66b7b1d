"""Flowables shared by the PDF exports: nested notes, simple lists, tables, photos."""
from __future__ import annotations

import io
import re
from collections.abc import Iterable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..domain import Action, Attachment
from ..labels import long_date, tr
from ..reading import TreeNote
from . import fonts
from .model import Harvest
from .pdfkit import HEAD_FILL, MUTED, RULE
from .safety import clean, para
from .words import w

INDENT = 14.0
CHUNK = 2500  # characters per laid-out paragraph piece (long notes stay fast)
_BULLETS = ("•", "–", "◦", "·")


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split a long text into paragraphs (at newlines) and pieces of about `size`
    characters (at a space when there is one), losing nothing."""
    out: list[str] = []
    for block in clean(text).split("\n"):
        while len(block) > size:
            cut = block.rfind(" ", size // 2, size)
            cut = cut + 1 if cut > 0 else size
            out.append(block[:cut])
            block = block[cut:]
        out.append(block)
    while len(out) > 1 and not out[-1].strip():
        out.pop()
    return out or [""]


def paragraphs(text: str, style: ParagraphStyle, *, bullet: str | None = None,
               bullet_colour: str | None = None, prefix: str = "", suffix: str = "",
               wrap: tuple[str, str] = ("", "")) -> list[Flowable]:
    """User text as one or more Paragraphs (escaped). `prefix`/`suffix` are markup
    before the first and after the last piece; `wrap` opens/closes every piece."""
    covered = fonts.covered()
    pieces = chunks(text)
    out: list[Flowable] = []
    for i, piece in enumerate(pieces):
        markup = wrap[0] + (para(piece, covered) or "&nbsp;") + wrap[1]
        if i == 0 and prefix:
            markup = prefix + markup
        if i == len(pieces) - 1 and suffix:
            markup += suffix
        if i == 0 and bullet:
            colour = f' color="{bullet_colour}"' if bullet_colour else ""
            markup = f"<bullet{colour}>{bullet}</bullet>" + markup
        out.append(Paragraph(markup, style))
    return out


def indented(style: ParagraphStyle, depth: int, base: float = 0.0) -> ParagraphStyle:
    left = base + INDENT * (depth + 1)
    return ParagraphStyle(f"{style.name}-d{depth}", parent=style, leftIndent=left,
                          bulletIndent=left - INDENT + 2, spaceAfter=2,
                          bulletFontName=fonts.REGULAR, bulletFontSize=style.fontSize)


def note_flowables(h: Harvest, tree: Iterable[TreeNote], body: ParagraphStyle, *,
                   show_perspective: bool = True, base_depth: int = 0,
                   hide_speaker: str | None = None, group_speakers: bool = False,
                   label_style: ParagraphStyle | None = None) -> list[Flowable]:
    """Notes nested as captured: bullet in the perspective's colour, speaker/party
    prefix in bold (not repeated under a parent with the same speaker), votes and
    key point after the text, quotes in italics, key points in bold.

    `hide_speaker`: a speaker already named above the list (never prefixed).
    `group_speakers`: a root note's speaker becomes a label line above it when it
    changes, instead of a prefix (as seed 002 writes talks and the agenda)."""
    out: list[Flowable] = []
    covered = fonts.covered()
    styles: dict[int, ParagraphStyle] = {}
    speaker_at: dict[int, str] = {}
    last_root_speaker: str | None = None
    for item in tree:
        n = item.note
        depth = item.depth + base_depth
        style = styles.get(depth) or styles.setdefault(depth, indented(body, depth))
        perspective = h.perspective_by_id.get(n.perspective_id or "")
        if perspective is not None and show_perspective:
            bullet, colour = "■", perspective.colour
        else:
            bullet, colour = _BULLETS[min(depth, 3)], "#5f6368"
        speaker = h.speaker(n)
        speaker_at[item.depth] = speaker
        shown = speaker
        if speaker and (speaker == hide_speaker or
                        (item.depth > 0 and speaker_at.get(item.depth - 1) == speaker)):
            shown = ""
        if item.depth == 0 and group_speakers:
            if speaker and speaker != last_root_speaker and speaker != hide_speaker:
                out.append(Paragraph(f"{para(speaker, covered)}:", label_style or body))
            last_root_speaker = speaker
            shown = ""
        prefix = f"<b>{para(shown, covered)}:</b> " if shown else ""
        extras = []
        if n.votes:
            extras.append(w("vote", h.lang) if n.votes == 1 else w("votes", h.lang,
                                                                   n=n.votes))
        if n.key_point:
            extras.append(w("key_point", h.lang))
        suffix = ""
        if extras:
            suffix = (f' <font size="7.5" color="#5f6368">[{para("; ".join(extras), covered)}]'
                      "</font>")
        wrap = ("", "")
        if n.kind == "quote":
            prefix, suffix, wrap = prefix + "“", "”" + suffix, ("<i>", "</i>")
        if n.kind == "dilemma" and " versus " in n.text:
            pass
        if n.key_point:
            wrap = ("<b>" + wrap[0], wrap[1] + "</b>")
        out += paragraphs(h.text(n.text), style, bullet=bullet, bullet_colour=colour,
                          prefix=prefix, suffix=suffix, wrap=wrap)
    return out


def legend(h: Harvest, style: ParagraphStyle) -> Flowable:
    """One line naming the perspective colours used for the bullets."""
    covered = fonts.covered()
    parts = [f'<font color="{p.colour}">■</font>&nbsp;{para(p.name, covered)}'
             for p in h.perspectives]
    return Paragraph("&nbsp;&nbsp; ".join(parts), style)


def mentions(speaker: str, name: str) -> bool:
    a = re.sub(r"\W+", "", speaker.lower())
    b = re.sub(r"\W+", "", name.lower())
    return bool(a) and (a in b or b in a)


def bullet_list(items: Iterable[tuple], body: ParagraphStyle) -> list[Flowable]:
    """Plain user texts with their depth (and optionally their own bullet, such as
    'a)'), as a bulleted list."""
    out: list[Flowable] = []
    for entry in items:
        text, depth = entry[0], entry[1]
        bullet = entry[2] if len(entry) > 2 and entry[2] else _BULLETS[min(depth, 3)]
        style = indented(body, depth)
        if len(bullet) > 1:  # a label such as "a)" or "12." needs room
            style = ParagraphStyle(style.name + "-lab", parent=style,
                                   leftIndent=style.leftIndent + 6)
        out += paragraphs(text, style, bullet=para(bullet, fonts.covered()),
                          bullet_colour="#5f6368" if len(bullet) == 1 else "#222222")
    return out


def question_items(h: Harvest, table_id: str) -> list[tuple[str, int, str]]:
    """A table's underlying questions as (text with initiatives, depth, label)."""
    items = []
    for node in h.underlying_questions(table_id):
        q = node.question
        text = h.text(q.text)
        if q.initiatives:
            text += " (" + ", ".join(h.text(x) for x in q.initiatives) + ")"
        label = h.text(q.label).strip()
        if label and label[-1].isalnum():
            label += ")" if node.depth == 0 else "."
        items.append((text, node.depth, label))
    return items


CELL_LIMIT = 1200  # characters shown inside a table cell; the rest goes below the table


def grid(header: list[str], rows: list[list[str]], widths: list[float], *,
         cell: ParagraphStyle, head: ParagraphStyle, zebra: bool = True,
         lang: str = "nl") -> list[Flowable]:
    """A table of user texts (escaped) with a repeated header row; rows may split
    across pages. A text longer than CELL_LIMIT is shortened in its cell with a
    pointer to a numbered note right below the table that holds the whole text
    (a giant cell would make reportlab's layout quadratic): nothing is lost."""
    covered = fonts.covered()
    data = [[Paragraph(para(x, covered), head) for x in header]]
    overflow: list[str] = []
    for row in rows:
        cells = []
        for x in row:
            x = clean(x)
            if len(x) > CELL_LIMIT:
                overflow.append(x)
                cut = x.rfind(" ", CELL_LIMIT - 200, CELL_LIMIT)
                shown = x[:cut if cut > 0 else CELL_LIMIT]
                more = w("long.more", lang, n=len(overflow))
                cells.append(Paragraph(para(shown, covered) + f" <i>{para(more)}</i>", cell))
            else:
                cells.append(Paragraph(para(x, covered) or "&nbsp;", cell))
        data.append(cells)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f8fa")))
    table.setStyle(TableStyle(commands))
    out: list[Flowable] = [table]
    for n, text in enumerate(overflow, 1):
        out.append(Spacer(1, 4))
        out += paragraphs(text, cell, prefix=f"<b>{para(w('long.note', lang, n=n))}:</b> ")
    return out


def action_cells(h: Harvest, a: Action) -> list[str]:
    due = long_date(a.due_date, h.lang) if a.due_date else ""
    when = " · ".join(x for x in (due, h.text(a.period)) if x)
    return [h.text(a.what), h.text(a.owner), ", ".join(h.text(p) for p in a.partners),
            tr(f"level.{a.level}", h.lang), when, tr(f"status.{a.status}", h.lang)]


def action_header(lang: str) -> list[str]:
    return [w(k, lang) for k in ("col.what", "col.owner", "col.partners", "col.level",
                                 "col.due", "col.status")]


def photo(h: Harvest, attachment: Attachment, max_width: float, caption: ParagraphStyle,
          body: ParagraphStyle, max_height: float = 11 * cm) -> Flowable:
    """A photo scaled to fit, with its caption; a clear line if it cannot be shown."""
    try:
        from PIL import Image as PILImage
        data = h.file.attachment_data(attachment.id)
        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            if img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            img.thumbnail((1600, 1600))
            buffer = io.BytesIO()
            img.save(buffer, format="JPEG", quality=85)
            px_w, px_h = img.size
        buffer.seek(0)
        # fit the page, but never blow a small picture up beyond 1.5 pt per pixel
        scale = min(max_width / px_w, max_height / px_h, 1.5)
        flow: list[Flowable] = [Image(buffer, width=px_w * scale, height=px_h * scale)]
    except Exception:  # noqa: BLE001 - a bad picture must not stop the minutes
        return Paragraph(para(w("photo.missing", h.lang, name=attachment.filename),
                              fonts.covered()), body)
    text = h.text(attachment.caption) or attachment.filename
    flow += [Spacer(1, 3)] + paragraphs(text, caption)
    return KeepTogether(flow)
