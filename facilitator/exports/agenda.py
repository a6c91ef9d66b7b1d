"""The action agenda as PDF (landscape A4): actions grouped by level or by owner,
sorted by due date within a group, then the follow-up meetings."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from ..domain import ACTION_LEVELS, Action
from ..errors import ExportError
from ..eventfile import EventFile
from ..words import long_date, tr
from . import fonts
from .flow import grid
from .gc_spacing import spaced_collections
from .model import Harvest, action_cells, action_header
from .pdfkit import Doc, PageInfo, Paragraph, heading, styles
from .safety import Job, Progress, ShouldAbort, atomic_output, para

GROUPINGS = ("level", "owner")


def sort_actions(actions: list[Action]) -> list[Action]:
    """By due date (actions without one last), then in the agenda's own order."""
    return sorted(actions, key=lambda a: (a.due_date is None, a.due_date or "", a.position))


def group_actions(h: Harvest, actions: list[Action],
                  group_by: str) -> list[tuple[str, list[Action]]]:
    if group_by == "owner":
        owners: dict[str, list[Action]] = {}
        for a in actions:
            owners.setdefault(h.text(a.owner).strip(), []).append(a)
        keys = sorted(owners, key=lambda k: (k == "", k.lower()))
        return [(k or tr("export.agenda.no_owner", h.lang), sort_actions(owners[k])) for k in keys]
    levels = list(ACTION_LEVELS)
    levels += sorted({a.level for a in actions} - set(levels))
    out = []
    for level in levels:
        group = [a for a in actions if a.level == level]
        if group:
            out.append((tr(f"level.{level}", h.lang), sort_actions(group)))
    return out


@spaced_collections()  # many short-lived objects: collect less often
def export_agenda_pdf(event: EventFile, path: str | Path, *, lang: str | None = None,
                      draft: bool | None = None, anonymous: bool = False,
                      group_by: str = "level", progress: Progress | None = None,
                      should_abort: ShouldAbort | None = None) -> Path:
    """Write the action agenda PDF atomically; `group_by` is 'level' or 'owner'."""
    if group_by not in GROUPINGS:
        raise ExportError("export.err.group_by", choices="/".join(GROUPINGS), value=group_by)
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 100, tr("export.progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    s = styles()
    width = landscape(A4)[0] - 4.4 * cm
    covered = fonts.covered()
    story: list[Flowable] = [Paragraph(tr("export.agenda.title", lang).upper(), s["meta"]),
                             heading(h.text(ev.title) or tr("export.agenda.title", lang),
                                     s["title"], level=0, key="top")]
    meta = " · ".join(x for x in (h.text(ev.organiser), long_date(ev.date, lang),
                                  h.text(ev.venue)) if x)
    if meta:
        story.append(Paragraph(para(meta, covered), s["meta"]))
    story.append(Spacer(1, 8))
    actions = event.actions()
    header = action_header(lang)
    drop = 3 if group_by != "owner" else 1  # the grouping column is the heading
    fractions = [0.38, 0.16, 0.18, 0.09, 0.12, 0.07]
    header = [x for i, x in enumerate(header) if i != drop]
    fr = [x for i, x in enumerate(fractions) if i != drop]
    widths = [x / sum(fr) * width for x in fr]
    if not actions:
        story.append(Paragraph(para(tr("export.agenda.none", lang)), s["body"]))
    for i, (title, group) in enumerate(group_actions(h, actions, group_by)):
        job.step(min(39, 10 + i), 100, tr("export.progress.reading", lang))
        story.append(heading(f"{title} ({len(group)})", s["h2"], level=1, key=f"g{i}"))
        rows = [[x for j, x in enumerate(action_cells(h, a)) if j != drop] for a in group]
        story += grid(header, rows, widths, cell=s["cell"], head=s["cellhead"], lang=lang)
    story.append(heading(tr("export.follow_ups", lang), s["h1"], level=0, key="follow"))
    follow_ups = event.follow_ups()
    if follow_ups:
        rows = [[long_date(f.date, lang), h.text(f.topic), h.text(f.organiser)]
                for f in follow_ups]
        story += grid([tr("export.col.date", lang), tr("export.col.topic", lang),
                       tr("export.col.organiser", lang)],
                      rows, [0.18 * width, 0.52 * width, 0.30 * width], cell=s["cell"],
                      head=s["cellhead"], lang=lang)
    else:
        story.append(Paragraph(para(tr("export.agenda.no_follow_ups", lang)), s["body"]))
    is_draft = (ev.minutes_status == "concept") if draft is None else draft
    info = PageInfo(title=f"{tr('export.agenda.title', lang)} · {h.text(ev.title)}".strip(" ·"),
                    lang=lang, draft=is_draft, version=ev.minutes_version or 1)
    with atomic_output(Path(path)) as handle:
        Doc(handle, info, job, total_steps=len(story), wide=True,
            subject=tr("export.agenda.title", lang)).build(story)
    job.step(100, 100, tr("export.progress.done", lang))
    return Path(path)
