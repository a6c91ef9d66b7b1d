"""The action agenda and the whole harvest as an Excel workbook (openpyxl).

Sheets (names and headers in the chosen language):
* Actiepunten - a real Excel table (ListObject "Actiepunten" with filter
  buttons), frozen header, real date cells, drop-down validation of status
  and level (the labels of `domain.ACTION_STATUSES` / `ACTION_LEVELS`).
* Oogstpunten - every note: table, round, programme item, perspective, kind,
  speaker/party, text, votes, key point, nesting depth and parent; also an
  Excel table, rows in the minutes' order, text indented by depth.
* Deelnemers, Tafels, Perspectief x tafel (counts), Vervolgbijeenkomsten.

User text is written by `safety.set_text` (explicit string cells, never a
formula). A text over Excel's 32,767-character limit continues in extra
columns "<kop> (vervolg 2)", "(vervolg 3)", ... at the right of its sheet;
joining a row's pieces in order gives back the whole text.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ..domain import ACTION_LEVELS, ACTION_STATUSES
from ..eventfile import EventFile
from ..words import tr
from ..reading import TreeNote
from .agenda import sort_actions
from .model import Harvest
from .safety import (Job, Progress, ShouldAbort, atomic_output, clean, set_text,
                     split_for_cell)

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="1F5F8B")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


class Column:
    """One column: header, width (characters), whether it holds long user text."""

    def __init__(self, header: str, width: float = 14, *, long: bool = False,
                 number_format: str | None = None) -> None:
        self.header = header
        self.width = width
        self.long = long
        self.number_format = number_format


def write_rows(ws: Worksheet, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
               lang: str, table_name: str | None = None,
               indents: Sequence[int] | None = None, indent_col: int | None = None,
               job: Job | None = None) -> int:
    """Header plus rows; long texts split over continuation columns. Returns the
    number of columns written."""
    extra: dict[int, int] = {}  # column index -> number of pieces at most
    split_rows: list[list[Any]] = []
    for row in rows:
        out = []
        for i, value in enumerate(row):
            if columns[i].long and isinstance(value, str):
                pieces = split_for_cell(value)
                extra[i] = max(extra.get(i, 1), len(pieces))
                out.append(pieces)
            else:
                out.append(value)
        split_rows.append(out)
    headers = [c.header for c in columns]
    continuation: list[tuple[int, int]] = []  # (column index, piece number)
    for i in sorted(extra):
        for n in range(2, extra[i] + 1):
            continuation.append((i, n))
            headers.append(tr("export.col.continued", lang, header=columns[i].header, n=n))
    for j, header in enumerate(headers, 1):
        cell = ws.cell(row=1, column=j)
        set_text(cell, header)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(split_rows, 2):
        if job is not None and r % 500 == 0:
            job.check()
        for j, value in enumerate(row, 1):
            col = columns[j - 1]
            cell = ws.cell(row=r, column=j)
            if isinstance(value, list):
                set_text(cell, value[0] if value else "")
            elif isinstance(value, str):
                set_text(cell, value)
            elif value is not None:
                cell.value = value
            if col.number_format and value is not None:
                cell.number_format = col.number_format
            cell.alignment = WRAP if col.long else TOP
            if indents is not None and indent_col == j - 1 and indents[r - 2]:
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           indent=min(indents[r - 2] * 2, 15))
        for k, (i, n) in enumerate(continuation):
            pieces = row[i]
            if isinstance(pieces, list) and len(pieces) >= n:
                cell = ws.cell(row=r, column=len(columns) + k + 1)
                set_text(cell, pieces[n - 1])
                cell.alignment = WRAP
    for j, header in enumerate(headers, 1):
        width = columns[j - 1].width if j <= len(columns) else 60
        ws.column_dimensions[get_column_letter(j)].width = max(width, min(len(header) + 2,
                                                                          40))
    ws.freeze_panes = "A2"
    last_row = max(2, len(split_rows) + 1)
    if table_name:
        ref = f"A1:{get_column_letter(len(headers))}{last_row}"
        table = Table(displayName=table_name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    else:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    return len(headers)


def export_workbook(event: EventFile, path: str | Path, *, lang: str | None = None,
                    anonymous: bool = False, progress: Progress | None = None,
                    should_abort: ShouldAbort | None = None) -> Path:
    """Write the workbook atomically and return its path."""
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 7, tr("export.progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    wb = Workbook()
    wb.properties.title = clean(h.text(ev.title))[:200]
    wb.properties.creator = "Oogst"
    sheets = [("export.sheet.actions", _actions), ("export.sheet.notes", _notes),
              ("export.sheet.participants", _participants),
              ("export.sheet.tables", _tables), ("export.sheet.matrix", _matrix),
              ("export.sheet.follow_ups", _follow_ups)]
    for i, (key, fill) in enumerate(sheets):
        name = tr(key, lang)
        job.step(i + 1, len(sheets) + 1, tr("export.progress.sheet", lang, name=name))
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        fill(ws, h, job)
    job.step(len(sheets), len(sheets) + 1, tr("export.progress.writing", lang))
    with atomic_output(Path(path)) as handle:
        wb.save(handle)
    job.step(len(sheets) + 1, len(sheets) + 1, tr("export.progress.done", lang))
    return Path(path)


def table_name(sheet_key: str, lang: str) -> str:
    """The Excel table (ListObject) name of a sheet ("export.sheet.actions" in
    Dutch: 'tbl_Actiepunten')."""
    return "tbl_" + tr(sheet_key, lang).replace(" ", "_")


def _date_format(lang: str) -> str:
    return "d-m-yyyy" if lang == "nl" else "yyyy-mm-dd"


def _actions(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.nr", lang), 6),
            Column(tr("export.col.what", lang), 50, long=True),
            Column(tr("export.col.owner", lang), 22, long=True),
            Column(tr("export.col.partners", lang), 28, long=True),
            Column(tr("export.col.level", lang), 13),
            Column(tr("export.col.due", lang), 13, number_format=_date_format(lang)),
            Column(tr("export.col.period", lang), 16, long=True),
            Column(tr("export.col.status", lang), 12),
            Column(tr("export.col.source", lang), 40, long=True),
            Column(tr("export.col.id", lang), 12)]
    rows = []
    for a in sort_actions(h.file.actions()):
        source = h.note_by_id.get(a.note_id or "")
        rows.append([a.position + 1, h.text(a.what), h.text(a.owner),
                     "; ".join(h.text(p) for p in a.partners), tr(f"level.{a.level}", lang),
                     h.iso(a.due_date), h.text(a.period), tr(f"status.{a.status}", lang),
                     h.text(source.text) if source else "", a.id])
    write_rows(ws, cols, rows, lang=lang, table_name=table_name("export.sheet.actions", lang),
               job=job)
    last = max(2, len(rows) + 1)
    for column, values in ((5, ACTION_LEVELS), (8, ACTION_STATUSES)):
        labels = ",".join(tr(f"{'level' if column == 5 else 'status'}.{v}", lang)
                          for v in values)
        dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True,
                            showDropDown=False)
        dv.error = labels
        dv.errorTitle = tr("export.col.level" if column == 5 else "export.col.status", lang)
        dv.showErrorMessage = True
        letter = get_column_letter(column)
        dv.add(f"{letter}2:{letter}{last + 200}")
        ws.add_data_validation(dv)


def note_rows(h: Harvest) -> list[TreeNote]:
    """Every live note once, in the minutes' order (programme items, then tables
    round by round; notes of deleted tables last), with its nesting depth."""
    ordered: list[TreeNote] = []
    for item in h.programme:
        ordered += h.item_tree(item.id)
    for table in h.tables:
        ordered += h.table_tree(table.id)
    seen = {t.note.id for t in ordered}
    ordered += [TreeNote(n, 0) for n in h.notes if n.id not in seen]
    return ordered


def _notes(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.nr", lang), 7), Column(tr("export.col.table", lang), 7),
            Column(tr("export.col.theme", lang), 28), Column(tr("export.col.round", lang), 30),
            Column(tr("export.col.programme", lang), 20),
            Column(tr("export.col.perspective", lang), 22),
            Column(tr("export.col.kind", lang), 11),
            Column(tr("export.col.speaker", lang), 20, long=True),
            Column(tr("export.col.text", lang), 70, long=True),
            Column(tr("export.col.votes", lang), 9),
            Column(tr("export.col.key_point", lang), 9), Column(tr("export.col.depth", lang), 10),
            Column(tr("export.col.parent", lang), 12), Column(tr("export.col.id", lang), 12)]
    tree = note_rows(h)
    rows, indents = [], []
    for i, item in enumerate(tree, 1):
        n = item.note
        table = h.table_by_id.get(n.table_id or "")
        q = h.question(n.question_id)
        programme = h.programme_by_id.get(n.programme_item_id or "")
        perspective = h.perspective_by_id.get(n.perspective_id or "")
        rows.append([i, table.number if table else None, h.text(table.theme) if table else "",
                     h.round_title(q, with_minutes=False) if q else "",
                     h.text(programme.title) if programme else "",
                     perspective.name if perspective else "", h.kind_label(n.kind),
                     h.speaker(n), h.text(n.text), n.votes,
                     tr("export.yes", lang) if n.key_point else "", item.depth, n.parent_id or "",
                     n.id])
        indents.append(item.depth)
    write_rows(ws, cols, rows, lang=lang, table_name=table_name("export.sheet.notes", lang),
               indents=indents, indent_col=8, job=job)


def _participants(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    tables_of = h.seats()
    cols = [Column(tr("export.col.name", lang), 26),
            Column(tr("export.col.organisation", lang), 32),
            Column(tr("export.col.function", lang), 22),
            Column(tr("export.col.perspective", lang), 24),
            Column(tr("export.col.tables", lang), 9), Column(tr("export.col.email", lang), 28),
            Column(tr("export.col.consent", lang), 10)]
    rows = []
    for p in h.participants:
        perspective = h.perspective_by_id.get(p.perspective_id or "")
        hidden = h.hidden(p)
        rows.append(["" if hidden else p.name, "; ".join(p.organisations), p.function,
                     perspective.name if perspective else "",
                     ", ".join(tables_of.get(p.id, [])), "" if hidden else p.email,
                     tr("export.yes" if p.consent_named else "export.no", lang)])
    if h.anonymous:  # no name or e-mail columns at all
        cols = [c for i, c in enumerate(cols) if i not in (0, 5)]
        rows = [[x for i, x in enumerate(r) if i not in (0, 5)] for r in rows]
        rows.sort(key=lambda r: [str(x).lower() for x in r])
    write_rows(ws, cols, rows, lang=lang)


def _tables(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.table", lang), 7),
            Column(tr("export.col.theme", lang), 45, long=True),
            Column(tr("export.col.pitch", lang), 40, long=True),
            Column(tr("export.col.initiative", lang), 24, long=True),
            Column(tr("export.col.host", lang), 30), Column(tr("export.col.members", lang), 12),
            Column(tr("export.col.notes", lang), 12)]
    counts: dict[str | None, int] = {}
    for n in h.notes:
        counts[n.table_id] = counts.get(n.table_id, 0) + 1
    rows = []
    for t in h.tables:
        host = h.people.get(t.host_id or "")
        rows.append([t.number, h.text(t.theme), h.text(t.pitch), h.text(t.initiative),
                     h.person_line(host) if host else "", len(h.file.table_members(t.id)),
                     counts.get(t.id, 0)])
    write_rows(ws, cols, rows, lang=lang)


def _matrix(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    rows_ids, cols_ids, counts = h.matrix()
    header = [tr("export.col.perspective", lang)]
    for tid in cols_ids:
        header.append(tr("export.table.short", lang, n=h.table_by_id[tid].number) if tid
                      else tr("export.matrix.plenary", lang))
    header.append(tr("export.col.total", lang))
    cols = [Column(header[0], 30)] + [Column(x, 10) for x in header[1:]]
    rows = []
    for pid in rows_ids:
        name = h.perspective_by_id[pid].name if pid else tr("export.matrix.none", lang)
        values = [counts.get((pid, tid), 0) for tid in cols_ids]
        rows.append([name] + values + [sum(values)])
    totals = [sum(counts.get((pid, tid), 0) for pid in rows_ids) for tid in cols_ids]
    rows.append([tr("export.col.total", lang)] + totals + [sum(totals)])
    write_rows(ws, cols, rows, lang=lang)
    for r, pid in enumerate(rows_ids, 2):
        if pid:
            colour = h.perspective_by_id[pid].colour.lstrip("#").upper()
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=_light(colour))
    for j in range(1, len(header) + 1):
        ws.cell(row=len(rows) + 1, column=j).font = Font(bold=True)


def _light(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{int(255 - 0.35 * (255 - c)):02X}" for c in (r, g, b))


def _follow_ups(ws: Worksheet, h: Harvest, job: Job) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.date", lang), 13, number_format=_date_format(lang)),
            Column(tr("export.col.topic", lang), 60, long=True),
            Column(tr("export.col.organiser", lang), 30, long=True)]
    rows = [[h.iso(f.date), h.text(f.topic), h.text(f.organiser)] for f in h.file.follow_ups()]
    write_rows(ws, cols, rows, lang=lang)


def read_back_date(value: Any) -> date | None:  # small helper for tests and importers
    if value is None:
        return None
    return value.date() if hasattr(value, "date") else value
