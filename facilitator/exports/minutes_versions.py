"""Which version of the minutes is printed, and what changed since the last issued one.

The corrections round (seed 002 asks readers to send corrections): "Concept v1"
is issued and kept in the file (`issue_ops`); corrections are made; "Definitief
v2" ends with an appendix listing the notes added, changed (then and now) and
removed since v1. The title block and the page footer name the version and the
date it was issued.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..eventfile import EventFile
from ..issue_ops import IssuedNote, MinutesIssue, note_changes
from ..words import long_date, tr
from .outline import emphasis_runs
from .model import Harvest
from .outline import BulletList, Heading, ListItem, PageBreakHint, Paragraph, Run
from .rounds import round_name


@dataclass(frozen=True)
class Edition:
    """Which version of the minutes is printed: its number, whether it is a draft,
    the date it was issued (ISO; "" when not issued) and the issued version it is
    compared with (its changes are the appendix; None: no appendix)."""

    version: int
    draft: bool
    issued_on: str = ""
    since: MinutesIssue | None = None


def edition_of(event: EventFile, *, draft: bool | None = None,
               issue: str | None = None, today: str | None = None) -> Edition:
    """The edition an export prints. `issue` "concept"/"final": the version about to be
    issued (the next number, dated `today`), compared with the last issued one;
    otherwise the event's version, with the date it was issued if it was, compared
    with the last version issued before it."""
    ev = event.event()
    issued = event.minutes_issues()
    if issue:
        since = issued[-1] if issued else None
        return Edition(event.next_minutes_version(), issue != "final",
                       today or date.today().isoformat(), since)
    version = ev.minutes_version or 1
    is_draft = (ev.minutes_status == "concept") if draft is None else draft
    same = next((i for i in issued if i.version == version), None)
    before = [i for i in issued if i.version < version]
    return Edition(version, is_draft, same.issued_on if same else "",
                   before[-1] if before else None)


def status_line(edition: Edition, lang: str) -> str:
    """ "Concept v1" / "Definitief v2", with the date it was issued if it was."""
    status = (tr("export.draft" if edition.draft else "export.final", lang) + " "
              + tr("export.version", lang, n=edition.version))
    if edition.issued_on:
        status += " · " + tr("export.issued_on", lang, date=long_date(edition.issued_on, lang))
    return status


def footer_note(edition: Edition, lang: str) -> str:
    """The footer's words after the title (the renderer adds "Concept v1" to a draft)."""
    parts = [] if edition.draft else [tr("export.final", lang) + " "
                                      + tr("export.version", lang, n=edition.version)]
    if edition.issued_on:
        parts.append(long_date(edition.issued_on, lang))
    return " · ".join(parts)


def changes_appendix(h: Harvest, since: MinutesIssue) -> list:
    """"Changes since Concept v1 (1 December 2017)": the notes added, changed
    (then and now) and removed, each with its place; "no changes" when none."""
    changes = note_changes(since, h.notes)
    name = (tr("export.draft" if not since.final else "export.final", h.lang) + " "
            + tr("export.version", h.lang, n=since.version))
    out: list = [PageBreakHint(6),
                 Heading(tr("export.changes", h.lang, version=name,
                            date=long_date(since.issued_on, h.lang)), 0)]
    if not changes:
        out.append(Paragraph((Run(tr("export.changes.none", h.lang)),)))
        return out
    for key, items in (("export.changes.added", changes.added),
                       ("export.changes.changed", changes.changed),
                       ("export.changes.removed", changes.removed)):
        if not items:
            continue
        out.append(Heading(tr(key, h.lang, n=len(items)), 1))
        rows: list[ListItem] = []
        for item in items:
            if isinstance(item, tuple):
                then, now = item
                rows.append(ListItem(emphasis_runs(h.text(now.text)), lead=place_of(h, now)))
                rows.append(ListItem((Run(tr("export.changes.was", h.lang), italic=True),
                                      Run(" "), *emphasis_runs(h.text(then.text), italic=True)),
                                     1))
            else:
                rows.append(ListItem(emphasis_runs(h.text(item.text)), lead=place_of(h, item)))
        out.append(BulletList(tuple(rows)))
    return out


def place_of(h: Harvest, note: IssuedNote) -> str:
    """Where a note stands: "Tafel 4, Vraag 2", a programme item, or "Plenair"."""
    parts: list[str] = []
    table = h.table_by_id.get(note.table_id or "")
    if table is not None:
        parts.append(tr("export.table.short", h.lang, n=table.number))
    item = h.programme_by_id.get(note.programme_item_id or "")
    if item is not None and table is None:
        parts.append(h.text(item.title) or tr("export.matrix.plenary", h.lang))
    question = h.question(note.question_id)
    if question is not None and question.kind == "round":
        parts.append(round_name(h, question))
    return ", ".join(parts) or tr("export.matrix.plenary", h.lang)
