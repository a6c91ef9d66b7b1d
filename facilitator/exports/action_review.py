"""The follow-up meeting's "Stand van zaken actiepunten" (progress on actions) as
outline blocks: per action carried in from an earlier meeting, what was agreed
(where and when, by whom, by which date), its status now and what happened
since. `minutes_outline` adds them after the agenda; only outline elements that
every renderer draws (a heading, a line of text, a table) are used.
"""
from __future__ import annotations

from ..domain import Action
from ..words import long_date, tr
from ..emphasis import plain
from .model import Harvest
from .outline import Block, Heading, Paragraph, Run, Table

REVIEW_WEIGHTS = (0.28, 0.24, 0.10, 0.27, 0.11)


def agreed_at(h: Harvest, a: Action) -> str:
    """'Samenspel in beweging, 28 november 2017 · Initiatiefgroep · vóór 13 december 2017'."""
    first = a.history[0] if a.history else {}
    last = a.history[-1] if a.history else {}
    where = ", ".join(x for x in (h.text(first.get("meeting", "")),
                                  long_date(first.get("date"), h.lang)) if x)
    due = last.get("due_date")
    parts = [where, h.text(a.owner),
             tr("export.review.due_then", h.lang, date=long_date(due, h.lang)) if due else ""]
    return " · ".join(x for x in parts if x)


def since(h: Harvest, a: Action) -> str:
    """What happened since: the notes of earlier reviews (dated by meeting), then this one."""
    lines = [f"{long_date(e.get('date'), h.lang) or h.text(e.get('meeting', ''))}: "
             f"{h.text(e['note'])}" for e in a.history if e.get("note")]
    if a.review_note:
        lines.append(h.text(a.review_note))
    return "\n".join(lines)


def review_blocks(h: Harvest) -> list[Block]:
    """The section's blocks; none when no action was carried in."""
    carried = [a for a in h.actions if a.carried]
    if not carried:
        return []
    meetings = []
    for a in carried:
        last = a.history[-1] if a.history else {}
        name = ", ".join(x for x in (h.text(last.get("meeting", "")),
                                     long_date(last.get("date"), h.lang)) if x)
        if name and name not in meetings:
            meetings.append(name)
    blocks: list[Block] = [Heading(tr("export.review", h.lang), 0)]
    if meetings:
        blocks.append(Paragraph((Run(tr("export.review.intro", h.lang,
                                        meetings="; ".join(meetings), n=len(carried))),)))
    header = tuple(tr(k, h.lang) for k in ("export.col.what", "export.col.agreed",
                                           "export.col.status", "export.col.since",
                                           "export.col.new_due"))
    rows = []
    for a in carried:
        last_due = a.history[-1].get("due_date") if a.history else None
        new_due = long_date(a.due_date, h.lang) if a.due_date and a.due_date != last_due \
            else ""
        rows.append((plain(h.text(a.what)), agreed_at(h, a), tr(f"status.{a.status}", h.lang),
                     since(h, a), new_due))
    blocks.append(Table(header, tuple(rows), REVIEW_WEIGHTS))
    return blocks
