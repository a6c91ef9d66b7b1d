"""The World Café seating plan on paper (PDF): per table, per participant, and cards.

Three parts, each starting on a new page:

1. **Per table**: for every table its number, theme and host, then who sits
   there round by round (perspective colour before each name) - for the hosts
   and for the wall at the door.
2. **Per participant**: an alphabetical list with each person's table number
   in every round, to look yourself up.
3. **Cards**: one cut-out card per participant (eight to an A4 page) naming
   their table and its theme in every round; a host's card says they stay.

With `anonymous` nobody is named: a person shows as organisation (or function,
or "deelnemer"), and the event's and tables' texts go through the anonymiser.

Uses the shared PDF machinery (`pdfkit.Doc`, the embedded font, `para` for
user text, `atomic_output`); its words are the catalogue's "seating.*" keys.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..domain import Participant, ThemeTable
from ..errors import ExportError
from ..eventfile import EventFile
from ..seating_planner import SeatingPlan
from ..words import long_date, tr
from . import fonts
from .anonymise import Anonymiser, fold
from .pdfkit import (ACCENT, HEAD_FILL, MUTED, RULE, Doc, PageInfo, Paragraph, heading,
                     styles)
from .safety import Job, Progress, ShouldAbort, atomic_output, para

CARDS_PER_ROW, CARD_ROWS = 2, 4


_fold = fold


def _name(person: Participant) -> str:
    return person.name or ", ".join(person.organisations) or person.function or "?"


def _unnamed(person: Participant, anon: Anonymiser) -> Participant:
    """The person without a name: organisation, function (or 'deelnemer') instead."""
    orgs = tuple(anon(o) for o in person.organisations)
    function = anon(person.function) or ("" if orgs else anon.generic)
    return dataclasses.replace(person, name="", organisations=orgs, function=function,
                               email="")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def export_seating(event: EventFile, path: str | Path, *, lang: str | None = None,
                   cards: bool = True, anonymous: bool = False, progress: Progress | None = None,
                   should_abort: ShouldAbort | None = None) -> Path:
    """Write the stored seating plan as a PDF (per table, per participant, cards).

    Raises ExportError when the event has no seating plan, or the target
    cannot be written (the old file then stays as it was).
    """
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    plan = event.seating()
    if plan is None:
        raise ExportError("seating.no_plan", path=path)
    job.step(5, 100, tr("seating.progress", lang))
    participants = event.participants()
    anon = Anonymiser(participants, anonymous=anonymous, lang=lang)
    people = {p.id: _unnamed(p, anon) if anonymous else p for p in participants}
    tables = {t.id: dataclasses.replace(t, theme=anon(t.theme)) for t in event.tables()}
    title, venue = anon(ev.title), anon(ev.venue)
    colours = {p.id: p.colour for p in event.perspectives()}
    s = styles()
    seated = sorted({i for r in plan.rounds for ids in r.values() for i in ids if i in people},
                    key=lambda i: (_fold(_name(people[i])),
                                   _fold(" ".join(people[i].organisations))))
    hosts = {t.host_id: t for t in tables.values() if t.host_id}

    story: list[Flowable] = [
        Paragraph(para(tr("seating.title", lang).upper()), s["meta"]),
        heading(title or tr("seating.title", lang), s["title"], level=0, key="top")]
    meta = " · ".join(x for x in (long_date(ev.date, lang), venue) if x)
    if meta:
        story.append(Paragraph(para(meta, fonts.covered()), s["meta"]))
    story.append(Paragraph(para(tr("seating.summary", lang, people=len(seated),
                                   tables=len(plan.tables), rounds=len(plan.rounds))),
                           s["meta"]))
    story.append(Paragraph(para(tr("seating.explain", lang)), s["small"]))
    story += _per_table(plan, people, tables, colours, lang, s)
    job.step(35, 100, tr("seating.progress", lang))
    story.append(PageBreak())
    story += _per_person(plan, seated, people, tables, hosts, lang, s)
    job.step(55, 100, tr("seating.progress", lang))
    if cards and seated:
        story.append(PageBreak())
        story += _cards(plan, seated, people, tables, hosts, lang, s)
    info = PageInfo(title=f"{tr('seating.title', lang)} · {title}".strip(" ·"), lang=lang,
                    footer_note=long_date(ev.date, lang))
    with atomic_output(Path(path)) as handle:
        Doc(handle, info, job, total_steps=len(story), phase=(60, 99)).build(story)
    job.step(100, 100, tr("seating.done", lang))
    return Path(path)


def _person_markup(person: Participant | None, colours: dict[str, str], *,
                   host: bool, lang: str) -> str:
    covered = fonts.covered()
    if person is None:
        return "?"
    colour = colours.get(person.perspective_id or "")
    dot = f'<font color="{colour}">●</font>&nbsp;' if colour else '<font color="#9aa0a6">○' \
                                                                  '</font>&nbsp;'
    text = para(_name(person), covered)
    if host:
        text = f"<b>{text}</b> <font color=\"#5f6368\">({para(tr('seating.host', lang))})</font>"
    return dot + text


def _per_table(plan: SeatingPlan, people, tables, colours, lang: str,
               s: dict[str, ParagraphStyle]) -> list[Flowable]:
    covered = fonts.covered()
    out: list[Flowable] = [heading(tr("seating.per_table", lang), s["h1"], level=1, key="tables")]
    width = A4[0] - 4.4 * cm
    cell = ParagraphStyle("seatcell", parent=s["cell"], fontSize=9.5, leading=13)
    for index, table in enumerate(plan.tables):
        theme_table: ThemeTable | None = tables.get(table.id)
        if theme_table is None:
            continue
        title = tr("seating.table.theme", lang, n=theme_table.number, theme=theme_table.theme)
        block: list[Flowable] = [heading(title, s["h3"], level=2, key=f"table{index}")]
        host = people.get(theme_table.host_id or "")
        if host is not None:
            block.append(Paragraph(para(tr("seating.host.line", lang, who=_name(host)), covered),
                                   s["small"]))
        rows = []
        for r, seating in enumerate(plan.rounds):
            ids = sorted(seating.get(table.id, ()), key=lambda i: (
                i != table.host_id, _fold(_name(people[i])) if i in people else ""))
            names = [_person_markup(people.get(i), colours, host=i == table.host_id,
                                    lang=lang) for i in ids]
            rows.append([Paragraph(f"<b>{para(tr('seating.round', lang, n=r + 1))}</b>", cell),
                         Paragraph(" &nbsp; ".join(names) or para(tr("seating.nobody", lang)),
                                   cell)])
        grid = Table(rows, colWidths=[2.3 * cm, width - 2.3 * cm], splitInRow=1)
        grid.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        block.append(grid)
        block.append(Spacer(1, 6))
        out.append(KeepTogether(block))
    return out


def _per_person(plan: SeatingPlan, seated: list[str], people, tables, hosts, lang: str,
                s: dict[str, ParagraphStyle]) -> list[Flowable]:
    covered = fonts.covered()
    out: list[Flowable] = [heading(tr("seating.per_person", lang), s["h1"], level=1, key="people")]
    cell, head = s["cell"], s["cellhead"]
    n = len(plan.rounds)
    header = [tr("seating.col.name", lang), tr("seating.col.organisation", lang)] + [
        tr("seating.round", lang, n=r + 1) for r in range(n)]
    data = [[Paragraph(para(x), head) for x in header]]
    for person_id in seated:
        person = people[person_id]
        numbers = []
        for table_id in plan.schedule(person_id):
            table = tables.get(table_id or "")
            numbers.append(Paragraph(f"<b>{table.number}</b>" if table else "–", cell))
        name = para(_name(person), covered)
        if person_id in hosts:
            name = f"<b>{name}</b> ({para(tr('seating.host', lang))})"
        org = "; ".join(person.organisations) if person.name else person.function
        data.append([Paragraph(name, cell), Paragraph(para(org, covered), cell), *numbers])
    width = A4[0] - 4.4 * cm
    round_w = 2.0 * cm
    rest = width - n * round_w
    grid = Table(data, colWidths=[rest * 0.45, rest * 0.55] + [round_w] * n, repeatRows=1,
                 splitInRow=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    out.append(grid)
    return out


def _cards(plan: SeatingPlan, seated: list[str], people, tables, hosts, lang: str,
           s: dict[str, ParagraphStyle]) -> list[Flowable]:
    covered = fonts.covered()
    out: list[Flowable] = [heading(tr("seating.cards", lang), s["h2"], level=1, key="cards")]
    name_style = ParagraphStyle("cardname", parent=s["body"], fontName=fonts.BOLD,
                                fontSize=12, leading=15, textColor=ACCENT, spaceAfter=1)
    org_style = ParagraphStyle("cardorg", parent=s["small"], spaceAfter=5)
    line = ParagraphStyle("cardline", parent=s["body"], fontSize=9, leading=11.5,
                          spaceAfter=2)
    cards: list[list[Flowable]] = []
    for person_id in seated:
        person = people[person_id]
        card: list[Flowable] = [Paragraph(para(_name(person), covered), name_style)]
        org = "; ".join(person.organisations) if person.name else person.function
        card.append(Paragraph(para(org, covered) or "&nbsp;", org_style))
        if person_id in hosts:
            card.append(Paragraph(para(tr("seating.host.card", lang, n=hosts[person_id].number)),
                                  line))
        for r, table_id in enumerate(plan.schedule(person_id)):
            table = tables.get(table_id or "")
            where = (f"<b>{para(tr('seating.table', lang, n=table.number))}</b> · "
                     f"{para(_short(table.theme, 60), covered)}" if table else "–")
            card.append(Paragraph(f"{para(tr('seating.round', lang, n=r + 1))}: {where}", line))
        cards.append(card)
    width = A4[0] - 4.4 * cm
    card_h = (A4[1] - 4.2 * cm - 1.6 * cm) / CARD_ROWS
    rows = [cards[i:i + CARDS_PER_ROW] for i in range(0, len(cards), CARDS_PER_ROW)]
    rows[-1] += [[]] * (CARDS_PER_ROW - len(rows[-1]))
    grid = Table(rows, colWidths=[width / CARDS_PER_ROW] * CARDS_PER_ROW,
                 rowHeights=[card_h] * len(rows))
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, MUTED, None, (3, 3)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 10)]))
    out.append(grid)
    return out
