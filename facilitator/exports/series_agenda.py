"""The action agenda across meetings (`agenda_across.CrossAgenda`) as a PDF and a
Word document (an outline that `pdf_render` and `docx_render` draw) and as an
Excel workbook. (Not in `formats.py`: those formats write one event; these
read several files.)

Both show the selection that was made (owner, organisation, level, period), the
actions grouped by level with the meeting each now stands in, and the files that
were skipped (named, with the reason). `FORMATS` lists the writers by key, as
`oogst agenda --pdf/--xlsx/--docx` and the agenda dialog use them:

    write(agenda, path, *, lang, agenda_filter, progress, should_abort) -> Path
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from ..agenda_across import AgendaFilter, AgendaItem, CrossAgenda, filtered, organisations
from ..domain import ACTION_LEVELS
from ..words import long_date, tr
from .outline import Block, BulletList, Heading, ListItem, Outline, Paragraph, Run, Table, Title
from .docx_render import render_docx
from ..emphasis import plain
from .gc_spacing import spaced_collections
from .pdf_render import render_pdf
from .safety import Job, Progress, ShouldAbort, atomic_output, clean
from .workbook import Column, Styles, date_format, discard, write_rows

CROSS_WEIGHTS = (0.29, 0.15, 0.17, 0.12, 0.10, 0.17)


def selection_text(agenda_filter: AgendaFilter, lang: str) -> str:
    """The selection in words ("organisatie Movisie · niveau Regionaal"); "" for all."""
    parts = []
    if agenda_filter.owner:
        parts.append(tr("export.cross.owner", lang, name=agenda_filter.owner))
    if agenda_filter.organisation:
        parts.append(tr("export.cross.organisation", lang, name=agenda_filter.organisation))
    if agenda_filter.level:
        parts.append(tr("export.cross.level", lang,
                        level=tr(f"level.{agenda_filter.level}", lang)))
    if agenda_filter.start or agenda_filter.end:
        parts.append(tr("export.cross.period", lang,
                        start=long_date(agenda_filter.start, lang) or "…",
                        end=long_date(agenda_filter.end, lang) or "…"))
    return " · ".join(parts)


def meeting_line(item: AgendaItem, lang: str) -> str:
    return ", ".join(x for x in (item.meeting, long_date(item.meeting_date, lang)) if x)


def by_level(items: list[AgendaItem]) -> list[tuple[str, list[AgendaItem]]]:
    levels = list(ACTION_LEVELS) + sorted({i.action.level for i in items} - set(ACTION_LEVELS))
    return [(level, [i for i in items if i.action.level == level]) for level in levels
            if any(i.action.level == level for i in items)]


def cross_outline(agenda: CrossAgenda, *, lang: str,
                  agenda_filter: AgendaFilter = AgendaFilter()) -> Outline:
    """The agenda across meetings as outline blocks (the PDF, and any other renderer)."""
    items = filtered(agenda.items, agenda_filter)
    title = tr("export.cross.title", lang)
    blocks: list[Block] = [Title(title)]
    read = len(agenda.files) - len(agenda.skipped)
    blocks.append(Paragraph((Run(tr("export.cross.meta", lang, files=read, n=len(items))),),
                            "meta", line_breaks=True))
    selection = selection_text(agenda_filter, lang)
    if selection:
        blocks.append(Paragraph((Run(tr("export.cross.selection", lang, selection=selection),
                                     bold=True),), "meta", line_breaks=True))
    if not items:
        blocks.append(Paragraph((Run(tr("export.cross.none", lang)),)))
    header = tuple(tr(k, lang) for k in ("export.col.what", "export.col.owner",
                                         "export.col.partners", "export.col.due",
                                         "export.col.status", "export.col.meeting"))
    for level, group in by_level(items):
        blocks.append(Heading(f"{tr(f'level.{level}', lang)} ({len(group)})", 1))
        rows = []
        for item in group:
            a = item.action
            when = " · ".join(x for x in (long_date(a.due_date, lang), a.period) if x)
            rows.append((plain(a.what), a.owner, ", ".join(a.partners), when,
                         tr(f"status.{a.status}", lang), meeting_line(item, lang)))
        blocks.append(Table(header, tuple(rows), CROSS_WEIGHTS))
    if agenda.skipped:
        blocks.append(Heading(tr("export.cross.skipped", lang), 1))
        blocks.append(BulletList(tuple(ListItem((Run(s.text(lang)),), lead=s.path.name)
                                       for s in agenda.skipped)))
    return Outline(title=title, lang=lang, blocks=tuple(blocks),
                   subject=tr("export.cross.title", lang))


def export_cross_pdf(agenda: CrossAgenda, path: str | Path, *, lang: str = "nl",
                     agenda_filter: AgendaFilter = AgendaFilter(),
                     progress: Progress | None = None,
                     should_abort: ShouldAbort | None = None) -> Path:
    """Write the agenda across meetings as a PDF, atomically."""
    return _rendered(render_pdf, agenda, path, lang, agenda_filter, progress, should_abort)


def export_cross_docx(agenda: CrossAgenda, path: str | Path, *, lang: str = "nl",
                      agenda_filter: AgendaFilter = AgendaFilter(),
                      progress: Progress | None = None,
                      should_abort: ShouldAbort | None = None) -> Path:
    """Write the agenda across meetings as a Word document, atomically."""
    return _rendered(render_docx, agenda, path, lang, agenda_filter, progress, should_abort)


@spaced_collections()  # many short-lived objects: collect less often
def _rendered(render: Callable, agenda: CrossAgenda, path: str | Path, lang: str,
              agenda_filter: AgendaFilter, progress: Progress | None,
              should_abort: ShouldAbort | None) -> Path:
    job = Job(progress, should_abort, lang)
    outline = cross_outline(agenda, lang=lang, agenda_filter=agenda_filter)
    with atomic_output(Path(path)) as handle:
        render(outline, handle, job)
    job.step(100, 100, tr("export.progress.done", lang))
    return Path(path)


@spaced_collections()  # many short-lived objects: collect less often
def export_cross_xlsx(agenda: CrossAgenda, path: str | Path, *, lang: str = "nl",
                      agenda_filter: AgendaFilter = AgendaFilter(),
                      progress: Progress | None = None,
                      should_abort: ShouldAbort | None = None) -> Path:
    """Write the agenda across meetings as a workbook, atomically: a sheet of actions
    (an Excel table with filter buttons, real dates) and a sheet of the files read."""
    job = Job(progress, should_abort, lang)
    items = filtered(agenda.items, agenda_filter)
    wb = Workbook(write_only=True)
    title = tr("export.cross.title", lang)
    wb.properties.title = title
    wb.properties.creator = "Oogst"
    styles = Styles(wb)
    ws = wb.create_sheet(tr("export.sheet.actions", lang))
    cols = [Column(tr("export.col.what", lang), 50, long=True),
            Column(tr("export.col.owner", lang), 22, long=True),
            Column(tr("export.col.partners", lang), 28, long=True),
            Column(tr("export.col.level", lang), 13),
            Column(tr("export.col.due", lang), 13, number_format=date_format(lang)),
            Column(tr("export.col.period", lang), 16, long=True),
            Column(tr("export.col.status", lang), 12),
            Column(tr("export.col.since", lang), 40, long=True),
            Column(tr("export.col.meeting", lang), 30, long=True),
            Column(tr("export.col.first_meeting", lang), 30, long=True),
            Column(tr("export.col.file", lang), 30, long=True),
            Column(tr("export.col.series", lang), 12)]
    rows = []
    for item in items:
        a = item.action
        rows.append([plain(a.what), a.owner, "; ".join(a.partners), tr(f"level.{a.level}", lang),
                     _date(a.due_date), a.period, tr(f"status.{a.status}", lang),
                     a.review_note, meeting_line(item, lang), item.first_meeting,
                     item.path.name, a.series_key])
    write_rows(ws, styles, cols, rows, lang=lang, title=title,
               table_name="tbl_" + clean(ws.title).replace(" ", "_"), job=job)
    selection = selection_text(agenda_filter, lang)
    files = wb.create_sheet(tr("export.cross.files", lang))
    file_rows = [[p.name, str(p), next((s.text(lang) for s in agenda.skipped if s.path == p),
                                       tr("export.cross.read", lang))]
                 for p in agenda.files]
    if selection:
        file_rows.append(["", "", tr("export.cross.selection", lang, selection=selection)])
    write_rows(files, styles, [Column(tr("export.col.file", lang), 30, long=True),
                               Column(tr("export.col.path", lang), 50, long=True),
                               Column(tr("export.col.read", lang), 50, long=True)],
               file_rows, lang=lang, title=title, job=job)
    try:
        with atomic_output(Path(path)) as handle:
            wb.save(handle)
    except BaseException:
        discard(wb)
        raise
    job.step(100, 100, tr("export.progress.done", lang))
    return Path(path)


def export_per_organisation(agenda: CrossAgenda, folder: str | Path, *, lang: str = "nl",
                            formats: tuple[str, ...] = ("pdf", "xlsx"),
                            agenda_filter: AgendaFilter = AgendaFilter(),
                            progress: Progress | None = None,
                            should_abort: ShouldAbort | None = None) -> list[Path]:
    """For every organisation named as owner or partner (`agenda_across.organisations`)
    of the selected actions, files with only the actions it is owner or partner of
    ("<title> - <organisation>.pdf"), so each receives only its own. With an
    organisation in `agenda_filter`, only that organisation's."""
    job = Job(progress, should_abort, lang)
    folder = Path(folder)
    names = [agenda_filter.organisation] if agenda_filter.organisation else \
        organisations(filtered(agenda.items, agenda_filter))
    written = []
    for i, name in enumerate(names):
        job.step(i, len(names), tr("agenda.progress.organisation", lang, name=name))
        own = replace(agenda_filter, organisation=name)
        stem = safe_file_name(f"{tr('export.cross.title', lang)} - {name}")
        for key in formats:
            suffix, write = FORMATS[key]
            written.append(write(agenda, folder / (stem + suffix), lang=lang,
                                 agenda_filter=own, should_abort=should_abort))
    job.step(len(names), len(names), tr("export.progress.done", lang))
    return written


def safe_file_name(text: str) -> str:
    """A file name from a title: no path separators or characters Windows refuses."""
    clean_name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return " ".join(clean_name.split()).strip(" .")[:120] or "agenda"


def _date(value: str | None):
    from datetime import date
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


Writer = Callable[..., Path]
# key -> (suffix, writer): the formats of the agenda across meetings.
FORMATS: dict[str, tuple[str, Writer]] = {
    "pdf": (".pdf", export_cross_pdf),
    "xlsx": (".xlsx", export_cross_xlsx),
    "docx": (".docx", export_cross_docx),
}
