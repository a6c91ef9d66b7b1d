"""Printables for the venue: a table card per table and a sign-in sheet (PDF).

With `anonymous` no personal name is printed: a card names its host by
organisation or function, free texts go through the anonymiser, and the
sign-in sheet lists organisation and function instead of names (its rows
stay, to be filled in by hand)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..eventfile import EventFile
from ..words import long_date, tr
from . import fonts
from .flow import bullet_list, paragraphs
from .anonymise import fold
from .model import Harvest, question_items
from .pdfkit import (ACCENT, HEAD_FILL, MUTED, RULE, Doc, PageInfo, Paragraph, heading,
                     styles)
from .safety import Job, Progress, ShouldAbort, atomic_output, para

WALK_IN_ROWS = 12


def _sort_key(person) -> tuple[str, str]:
    """Alphabetical as a person reads it: Łucja with the L, Ĳsbrand with the I."""
    return (fold(person.name or "~"), fold(" ".join(person.organisations)))


def _anonymous_sort_key(person) -> tuple[str, str]:
    return (fold(" ".join(person.organisations) or "~"), fold(person.function))


CARD_SCALES = (1.0, 0.9, 0.8, 0.7, 0.62)  # a long card is set smaller to fit one page


def export_table_cards(event: EventFile, path: str | Path, *, lang: str | None = None,
                       anonymous: bool = False, progress: Progress | None = None,
                       should_abort: ShouldAbort | None = None) -> Path:
    """One A4 page per table: number, theme, pitch, host, underlying questions and
    the round questions with their time boxes, in print that reads from a distance.
    A card with much text is set in smaller type (down to 62 %) so that it stays on
    one page; only a card that does not fit even then runs on."""
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    h = Harvest(event, lang=lang, anonymous=anonymous)
    s = styles()
    frame_w, frame_h = A4[0] - 4.4 * cm, A4[1] - 4.2 * cm
    story: list[Flowable] = []
    for i, t in enumerate(h.tables):
        job.step(40 * i // max(1, len(h.tables)), 100,
                 tr("export.progress.table", lang, n=t.number))
        if story:
            story.append(PageBreak())
        for scale in CARD_SCALES:
            card = _card(h, event, t, i, scale, s)
            if _height(card, frame_w) <= frame_h * 0.97:
                break
        story += card
    if not story:
        story.append(Paragraph(para(tr("export.tables", lang)), s["body"]))
    info = PageInfo(title=h.text(ev.title), lang=lang, footer_note=long_date(ev.date, lang))
    with atomic_output(Path(path)) as handle:
        Doc(handle, info, job, total_steps=len(story)).build(story)
    job.step(100, 100, tr("export.progress.done", lang))
    return Path(path)


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _card(h: Harvest, event: EventFile, t, index: int, scale: float,
          s: dict[str, ParagraphStyle]) -> list[Flowable]:
    lang = h.lang
    covered = fonts.covered()
    big = ParagraphStyle("cardtheme", parent=s["title"], fontSize=24 * scale,
                         leading=30 * scale, spaceAfter=10 * scale)
    number = ParagraphStyle("cardnumber", parent=s["meta"], fontName=fonts.BOLD,
                            fontSize=16 * scale, leading=20 * scale, textColor=ACCENT)
    body = ParagraphStyle("cardbody", parent=s["body"], fontSize=12.5 * scale,
                          leading=17 * scale, spaceAfter=4 * scale)
    label = ParagraphStyle("cardlabel", parent=s["label"], fontSize=13 * scale,
                           leading=17 * scale, spaceBefore=10 * scale, textColor=ACCENT)
    out: list[Flowable] = [
        Paragraph(para(tr("export.table.short", lang, n=t.number).upper()), number),
        heading(h.text(t.theme), big, level=0, key=f"card{index}")]
    if t.initiative:
        out.append(Paragraph(f"<b>{para(tr('export.initiative', lang))}:</b> "
                             f"{para(h.text(t.initiative), covered)}", body))
    if t.pitch:
        out += paragraphs(h.text(t.pitch), body,
                          prefix=f"<b>{para(tr('export.pitch', lang))}:</b> ")
    host = h.people.get(t.host_id or "")
    if host is not None:
        out.append(Paragraph(para(tr("export.card.host", lang, who=h.person_line(host)), covered),
                             body))
    items = question_items(h, t.id)
    if items:
        out.append(Paragraph(para(tr("export.questions", lang)), label))
        out += bullet_list(items, body)
    rounds = event.round_questions(t.id)
    if rounds:
        out.append(Paragraph(para(tr("export.card.rounds", lang)), label))
        rows = []
        for r in rounds:
            head = tr("export.round", lang, label=r.label) if r.label else ""
            rows.append([Paragraph(f"<b>{para(head)}</b>", body),
                         Paragraph(para(h.text(r.text), covered), body),
                         Paragraph(f"<b>{para(tr('export.round.minutes', lang, n=r.minutes))}</b>"
                                   if r.minutes else "", body)])
        table = Table(rows, colWidths=[2.6 * cm, 11.2 * cm, 2.8 * cm], splitInRow=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 5 * scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * scale)]))
        out.append(table)
    return out


def export_signin_sheet(event: EventFile, path: str | Path, *, lang: str | None = None,
                        walk_in_rows: int = WALK_IN_ROWS, anonymous: bool = False,
                        progress: Progress | None = None,
                        should_abort: ShouldAbort | None = None) -> Path:
    """The registration list with a signature column, plus empty rows for walk-ins.
    `anonymous`: organisation and function instead of names (the rows stay)."""
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 100, tr("export.progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    s = styles()
    covered = fonts.covered()
    cell = ParagraphStyle("signcell", parent=s["cell"], fontSize=9.5, leading=12)
    head = ParagraphStyle("signhead", parent=s["cellhead"], fontSize=9.5, leading=12)
    table_of = h.seats()
    story: list[Flowable] = [
        Paragraph(para(tr("export.signin.title", lang).upper()), s["meta"]),
        heading(h.text(ev.title) or tr("export.signin.title", lang), s["title"], level=0,
                key="top")]
    meta = " · ".join(x for x in (long_date(ev.date, lang), h.text(ev.venue),
                                  h.text(ev.organiser)) if x)
    if meta:
        story.append(Paragraph(para(meta, covered), s["meta"]))
    story.append(Spacer(1, 10))
    header = [tr(k, lang) for k in ("export.col.nr", "export.col.name",
                                    "export.col.organisation", "export.col.table",
                                    "export.col.signature")]
    if anonymous:  # organisation, then function where the name was
        header[1:3] = header[2], tr("export.col.function", lang)
    data = [[Paragraph(para(x), head) for x in header]]
    people = sorted(h.participants, key=_anonymous_sort_key if anonymous else _sort_key)
    for i, p in enumerate(people, 1):
        first, second = (h.text("; ".join(p.organisations)), h.text(p.function)) if anonymous else \
            (p.name, "; ".join(p.organisations))
        data.append([Paragraph(str(i), cell), Paragraph(para(first, covered), cell),
                     Paragraph(para(second, covered), cell),
                     Paragraph(para(", ".join(table_of.get(p.id, []))), cell), ""])
    registered = len(data)
    for i in range(walk_in_rows):
        data.append([Paragraph(str(registered + i), cell), "", "", "", ""])
    width = A4[0] - 4.4 * cm
    table = Table(data, colWidths=[x * width for x in (0.07, 0.27, 0.29, 0.09, 0.28)],
                  repeatRows=1, splitInRow=1,
                  rowHeights=[None] * registered + [0.95 * cm] * walk_in_rows)
    commands = [("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
                ("GRID", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]
    if walk_in_rows:
        commands.append(("LINEABOVE", (0, registered), (-1, registered), 1.4, ACCENT))
    table.setStyle(TableStyle(commands))
    story.append(table)
    if walk_in_rows:
        story.append(Spacer(1, 4))
        story.append(Paragraph(para(tr("export.signin.walk_ins", lang)), s["small"]))
    info = PageInfo(title=f"{tr('export.signin.title', lang)} · {h.text(ev.title)}".strip(" ·"),
                    lang=lang)
    with atomic_output(Path(path)) as handle:
        Doc(handle, info, job, total_steps=len(story)).build(story)
    job.step(100, 100, tr("export.progress.done", lang))
    return Path(path)
