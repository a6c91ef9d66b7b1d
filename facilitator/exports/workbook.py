"""The action agenda and the whole harvest as an Excel workbook (openpyxl).

Sheets (names and headers in the chosen language):
* Actiepunten - a real Excel table (ListObject "Actiepunten" with filter
  buttons), frozen header, real date cells, drop-down validation of status
  and level (the labels of `domain.ACTION_STATUSES` / `ACTION_LEVELS`); the
  text of the note an action came from ("Uit oogstpunt").
* Oogstpunten - every note: table, round, programme item, perspective, kind,
  speaker/party, text, votes, key point, nesting depth and the start of the
  note it is under; also an Excel table, rows in the minutes' order, text
  indented by depth.
* Deelnemers, Tafels, Perspectief x tafel (counts), Vervolgbijeenkomsten.

Fit for print and filters: every sheet prints landscape on A4, fitted to the
page width, with the header row repeated on every page, grid lines, the
event's title above and the sheet name and page number below; rows are as
high as their wrapped text; numbers are number cells. Ids (for matching rows
with other files) are the last columns, hidden. A sheet without rows says so
in one line instead of printing an empty table.

Written in openpyxl's write-only mode: rows stream to the file as they are
made, with a few named styles ("Oogst kop", "Oogst tekst", "Oogst cel")
shared by every cell, so 50,000 notes cost seconds and little memory.

User text is written as explicit string cells, never a formula (a risky
start gets Excel's quote prefix, as `safety.set_text` does). A text over
Excel's 32,767-character limit continues in extra columns "<kop> (vervolg
2)", "(vervolg 3)", ... after the visible columns; joining a row's pieces in
order gives back the whole text.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ..domain import ACTION_LEVELS, ACTION_STATUSES, Note
from ..eventfile import EventFile
from ..words import tr
from ..reading import TreeNote, depth_first
from .agenda import sort_actions
from ..emphasis import plain
from .gc_spacing import spaced_collections
from .model import Harvest
from .safety import (EXCEL_CELL_LIMIT, Job, Progress, ShouldAbort, atomic_output, clean,
                     is_risky, split_for_cell)

HEAD_COLOUR = "1F5F8B"
LINE_POINTS = 15.0      # one line of Calibri 11, the default font
MAX_ROW_POINTS = 409.0  # Excel's highest row
CHARS_PER_WIDTH = 1.1   # average characters of Dutch text per unit of column width
PARENT_CHARS = 60       # "Onder oogstpunt" shows the start of the note above
CONTEXT_LINES = 2       # lines a `Column.context` text may add to a row's height


class Column:
    """One column: header, width (characters), whether it holds long user text
    (wrapped, split over continuation columns), whether it is hidden (ids).

    A `context` column repeats what many rows share (a table's theme on every
    note): it makes a row at most CONTEXT_LINES high, so that printed rows
    stay as high as their own text; the whole text is in the cell."""

    def __init__(self, header: str, width: float = 14, *, long: bool = False,
                 number_format: str | None = None, hidden: bool = False,
                 context: bool = False) -> None:
        self.header = header
        self.width = width
        self.long = long
        self.number_format = number_format
        self.hidden = hidden
        self.context = context


class Styles:
    """The workbook's named styles and the style arrays cells share (one per
    look), so that a cell costs no style work of its own."""

    HEAD, TEXT, CELL = "Oogst kop", "Oogst tekst", "Oogst cel"

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        for style in (NamedStyle(self.HEAD, font=Font(bold=True, color="FFFFFF"),
                                 fill=PatternFill("solid", fgColor=HEAD_COLOUR),
                                 alignment=Alignment(wrap_text=True, vertical="center")),
                      NamedStyle(self.TEXT, alignment=Alignment(wrap_text=True,
                                                                vertical="top")),
                      NamedStyle(self.CELL, alignment=Alignment(vertical="top"))):
            wb.add_named_style(style)
        self._arrays: dict[tuple, Any] = {}
        self.ids: dict[int, int] = {}  # id() of a shared style array -> its style id

    def array(self, ws: Any, name: str, *, number_format: str | None = None,
              indent: int = 0, quote: bool = False, fill: str | None = None,
              bold: bool = False) -> Any:
        key = (name, number_format, indent, quote, fill, bold)
        found = self._arrays.get(key)
        if found is None:
            cell = Cell(ws, row=1, column=1)
            cell.style = name
            if number_format:
                cell.number_format = number_format
            if indent:
                cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
            if quote:
                cell.quotePrefix = True
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
            if bold:
                cell.font = Font(bold=True)
            found = self._arrays[key] = cell._style
            self.ids[id(found)] = self.wb._cell_styles.add(found)
        return found


class ReadyCell(Cell):
    """A cell whose style is one of the workbook's registered style arrays: its
    id is looked up once per look, not hashed again for every cell written."""

    __slots__ = ("ready_id",)

    @property
    def style_id(self) -> int:
        return self.ready_id


def text_cell(ws: Any, styles: Styles, value: object, name: str, **look: Any) -> Cell:
    """User text as a plain string cell (never a formula)."""
    text = clean(value)
    cell = Cell(ws, row=1, column=1, value=text,
                style_array=styles.array(ws, name, quote=is_risky(text), **look))
    cell.data_type = "s"
    return cell


def value_cell(ws: Any, styles: Styles, value: object, name: str, **look: Any) -> Cell:
    """A number or date cell (None: an empty, styled cell)."""
    return Cell(ws, row=1, column=1, value=value, style_array=styles.array(ws, name, **look))


def text_lines(text: str, width: float, indent: int = 0) -> int:
    """How many lines `text` takes when wrapped in a column `width` wide."""
    per_line = max(4.0, width * CHARS_PER_WIDTH - 1 - indent * 1.5)
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(lines: int) -> float | None:
    """Points for a row of `lines` wrapped lines (None: the default single line)."""
    return None if lines <= 1 else min(MAX_ROW_POINTS, lines * LINE_POINTS + 2)


def _column_look(column: Column) -> dict[str, Any]:
    look: dict[str, Any] = {"name": Styles.TEXT if column.long else Styles.CELL}
    if column.number_format:
        look["number_format"] = column.number_format
    return look


def _cells_as_given(cells: Sequence[Cell], row_idx: int) -> Any:
    """Replaces a write-only sheet's own conversion of appended values: the cells
    are ready (value, type and style set), only their place is new; empty ones
    are left out."""
    for column, cell in enumerate(cells, 1):
        if cell._value is not None:
            cell.row, cell.column = row_idx, column
            yield cell


def print_setup(ws: Any, title: str, *, header_row: bool = True) -> None:
    """Landscape A4, one page wide, header row on every page, grid lines, the
    event's title above and 'sheet · page / pages' below."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7,
                                  header=0.3, footer=0.3)
    if header_row:
        ws.print_title_rows = "1:1"
    heading = " ".join(clean(title).split())[:200].replace("&", "&&")
    if heading:  # an empty header part is not valid in the file
        ws.oddHeader.center.text = heading
    ws.oddFooter.center.text = "&A · &P / &N"


def write_rows(ws: Any, styles: Styles, columns: Sequence[Column],
               rows: Sequence[Sequence[Any]], *, lang: str, title: str,
               table_name: str | None = None, indents: Sequence[int] | None = None,
               indent_col: int | None = None, job: Job | None = None,
               looks: dict[int, dict[int, dict[str, Any]]] | None = None) -> int:
    """Header plus rows on a write-only sheet; returns the number of columns.

    Long texts split over continuation columns (after the visible columns,
    before the hidden ones). `looks` gives single cells a look of their own
    ({row index: {column index: look}}). A sheet without rows gets one line
    saying it is empty."""
    if not rows:
        print_setup(ws, title, header_row=False)
        ws.column_dimensions["A"].width = 90
        ws.append([text_cell(ws, styles, tr("export.empty_sheet", lang), styles.CELL)])
        return 1
    pieces_at_most: dict[int, int] = {}
    for row in rows:
        for i, value in enumerate(row):
            if columns[i].long and isinstance(value, str) and \
                    len(value) * 2 > EXCEL_CELL_LIMIT:
                pieces_at_most[i] = max(pieces_at_most.get(i, 1), len(split_for_cell(value)))
    # output order: visible columns, continuation columns, hidden columns
    layout: list[tuple[int, int]] = [(i, 1) for i, c in enumerate(columns) if not c.hidden]
    layout += [(i, n) for i in sorted(pieces_at_most) for n in range(2, pieces_at_most[i] + 1)]
    layout += [(i, 1) for i, c in enumerate(columns) if c.hidden]
    headers = [columns[i].header if n == 1 else
               tr("export.col.continued", lang, header=columns[i].header, n=n)
               for i, n in layout]
    for j, ((i, n), header) in enumerate(zip(layout, headers), 1):
        dim = ws.column_dimensions[get_column_letter(j)]
        dim.width = max(columns[i].width if n == 1 else 60, min(len(header) + 2, 40))
        dim.hidden = columns[i].hidden
    ws.freeze_panes = "A2"
    print_setup(ws, title)
    head_lines = max(text_lines(h, ws.column_dimensions[get_column_letter(j)].width)
                     for j, h in enumerate(headers, 1) if not columns[layout[j - 1][0]].hidden)
    ws.row_dimensions[1].height = row_height(head_lines)
    ws.append([text_cell(ws, styles, h, styles.HEAD) for h in headers])
    # One cell object per column, filled anew for every row: a write-only sheet
    # writes a row as soon as it is appended, so the cells are free again.
    cells = [ReadyCell(ws, row=1, column=j) for j in range(1, len(layout) + 1)]
    ws._values_to_row = _cells_as_given
    looks = looks or {}
    plain = [_column_look(columns[i]) for i, _n in layout]
    arrays = [styles.array(ws, **look) for look in plain]
    for r, row in enumerate(rows):
        if job is not None and r % 500 == 0:
            job.check()
        own = looks.get(r)
        lines = 1
        for j, (i, n) in enumerate(layout):
            column, value, cell = columns[i], row[i], cells[j]
            array = arrays[j]
            look = None
            if own and i in own:
                look = dict(plain[j], **own[i])
            if isinstance(value, str):
                if column.long:
                    if i in pieces_at_most:
                        parts = split_for_cell(value)
                        value = parts[n - 1] if n <= len(parts) else ""
                    indent = min(indents[r] * 2, 15) if indents is not None and \
                        indent_col == i and indents[r] else 0
                    if indent:
                        look = dict(look or plain[j], indent=indent)
                    if not column.hidden:
                        wrapped = text_lines(value, column.width, indent)
                        lines = max(lines, min(wrapped, CONTEXT_LINES)
                                    if column.context else wrapped)
                value = clean(value)  # also takes out what XML cannot hold
                if is_risky(value):
                    look = dict(look or plain[j], quote=True)
                # a plain string cell, never a formula (openpyxl would guess one
                # for a leading "="); an empty text is no cell at all
                cell._value, cell.data_type = (value or None), "s"
            else:
                cell.value = value
            cell._style = array if look is None else styles.array(ws, **look)  # shared
            cell.ready_id = styles.ids[id(cell._style)]
        height = row_height(lines)
        if height is not None:  # the row's attributes as the writer takes them
            dict.__setitem__(ws.row_dimensions, r + 2,
                             {"ht": f"{height:g}", "customHeight": "1"})
        ws.append(cells)
        if height is not None:
            dict.__delitem__(ws.row_dimensions, r + 2)  # written: not kept
    ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    if table_name:
        table = Table(displayName=table_name, ref=ref)
        table._initialise_columns()  # write-only: the names come from `headers`
        for column, header in zip(table.tableColumns, headers):
            column.name = clean(header)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.tables.add(table)  # add_table() would warn: the columns are named above
    else:
        ws.auto_filter.ref = ref
    return len(headers)


@spaced_collections()  # many short-lived objects: collect less often
def export_workbook(event: EventFile, path: str | Path, *, lang: str | None = None,
                    anonymous: bool = False, progress: Progress | None = None,
                    should_abort: ShouldAbort | None = None) -> Path:
    """Write the workbook atomically and return its path."""
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 7, tr("export.progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    wb = Workbook(write_only=True)
    wb.properties.title = clean(h.text(ev.title))[:200]
    wb.properties.creator = "Oogst"
    styles = Styles(wb)
    title = h.text(ev.title)
    sheets = [("export.sheet.actions", _actions), ("export.sheet.notes", _notes),
              ("export.sheet.participants", _participants),
              ("export.sheet.tables", _tables), ("export.sheet.matrix", _matrix),
              ("export.sheet.follow_ups", _follow_ups)]
    try:
        for i, (key, fill) in enumerate(sheets):
            name = tr(key, lang)
            job.step(i + 1, len(sheets) + 1, tr("export.progress.sheet", lang, name=name))
            ws = wb.create_sheet(name)
            fill(ws, styles, h, job, title)
        job.step(len(sheets), len(sheets) + 1, tr("export.progress.writing", lang))
        with atomic_output(Path(path)) as handle:
            wb.save(handle)
    except BaseException:
        discard(wb)
        raise
    job.step(len(sheets) + 1, len(sheets) + 1, tr("export.progress.done", lang))
    return Path(path)


def discard(wb: Workbook) -> None:
    """An export that stopped half-way: close the sheets' streams in order and
    remove their temporary files (else they are torn down noisily later)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001 - the export failed already; this is tidying
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass


def table_name(sheet_key: str, lang: str) -> str:
    """The Excel table (ListObject) name of a sheet ("export.sheet.actions" in
    Dutch: 'tbl_Actiepunten')."""
    return "tbl_" + tr(sheet_key, lang).replace(" ", "_")


def date_format(lang: str) -> str:
    return "d-m-yyyy" if lang == "nl" else "yyyy-mm-dd"


def _actions(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.nr", lang), 6),
            Column(tr("export.col.what", lang), 45, long=True),
            Column(tr("export.col.owner", lang), 20, long=True),
            Column(tr("export.col.partners", lang), 24, long=True),
            Column(tr("export.col.level", lang), 12),
            Column(tr("export.col.due", lang), 11, number_format=date_format(lang)),
            Column(tr("export.col.period", lang), 14, long=True),
            Column(tr("export.col.status", lang), 10),
            Column(tr("export.col.source", lang), 40, long=True),
            Column(tr("export.col.id", lang), 12, hidden=True)]
    rows = []
    for a in sort_actions(h.file.actions()):
        source = h.note_by_id.get(a.note_id or "")
        rows.append([a.position + 1, plain(h.text(a.what)), h.text(a.owner),
                     "; ".join(h.text(p) for p in a.partners), tr(f"level.{a.level}", lang),
                     h.iso(a.due_date), h.text(a.period), tr(f"status.{a.status}", lang),
                     h.text(plain(source.text)) if source else "", a.id])
    write_rows(ws, styles, cols, rows, lang=lang, title=title,
               table_name=table_name("export.sheet.actions", lang), job=job)
    if not rows:
        return
    last = len(rows) + 1
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
        ws.data_validations.append(dv)


def note_rows(h: Harvest) -> list[TreeNote]:
    """Every live note once, in the minutes' order (programme items, then tables
    round by round; notes of deleted tables last), with its nesting depth.

    The same order as `Reading.note_tree` / `table_note_tree`, made from the
    notes `Harvest` has read once instead of a query per table and round."""
    by_item: dict[str, list[Note]] = {}
    by_round: dict[tuple[str, str | None], list[Note]] = {}
    for n in h.notes:  # in position order, as every tree below wants them
        if n.table_id is None and n.programme_item_id is not None:
            by_item.setdefault(n.programme_item_id, []).append(n)
        elif n.table_id is not None and n.programme_item_id is None:
            by_round.setdefault((n.table_id, n.question_id), []).append(n)
    ordered: list[TreeNote] = []
    for item in h.programme:
        ordered += depth_first(by_item.get(item.id, []))
    for table in h.tables:
        rounds = {None: -1, **{q.id: i for i, q in
                               enumerate(h.file.round_questions(table.id))}}
        places = sorted((q for t, q in by_round if t == table.id),
                        key=lambda q: rounds.get(q, len(rounds)))
        for question_id in places:
            ordered += depth_first(by_round[(table.id, question_id)])
    seen = {t.note.id for t in ordered}
    ordered += [TreeNote(n, 0) for n in h.notes if n.id not in seen]
    return ordered


def shortened(text: str, limit: int = PARENT_CHARS) -> str:
    """The start of a text on one line, with '…' when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def _notes(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.nr", lang), 6), Column(tr("export.col.table", lang), 6),
            Column(tr("export.col.theme", lang), 22, long=True, context=True),
            Column(tr("export.col.round", lang), 24, long=True, context=True),
            Column(tr("export.col.programme", lang), 16, long=True, context=True),
            Column(tr("export.col.perspective", lang), 18, long=True),
            Column(tr("export.col.kind", lang), 10),
            Column(tr("export.col.speaker", lang), 16, long=True),
            Column(tr("export.col.text", lang), 60, long=True),
            Column(tr("export.col.votes", lang), 9),
            Column(tr("export.col.key_point", lang), 9), Column(tr("export.col.depth", lang), 10),
            Column(tr("export.col.parent", lang), 24, long=True, context=True),
            Column(tr("export.col.id", lang), 12, hidden=True),
            Column(tr("export.col.parent_id", lang), 12, hidden=True)]
    yes = tr("export.yes", lang)
    kinds: dict[str, str] = {}
    rounds: dict[str, str] = {}
    rows, indents = [], []
    for i, item in enumerate(note_rows(h), 1):
        n = item.note
        table = h.table_by_id.get(n.table_id or "")
        q = h.question(n.question_id)
        if q is not None and q.id not in rounds:
            rounds[q.id] = h.round_title(q, with_minutes=False)
        programme = h.programme_by_id.get(n.programme_item_id or "")
        perspective = h.perspective_by_id.get(n.perspective_id or "")
        parent = h.note_by_id.get(n.parent_id or "")
        if n.kind not in kinds:
            kinds[n.kind] = h.kind_label(n.kind)
        rows.append([i, table.number if table else None, h.text(table.theme) if table else "",
                     rounds[q.id] if q else "", h.text(programme.title) if programme else "",
                     perspective.name if perspective else "", kinds[n.kind],
                     h.speaker(n), h.text(plain(n.text)), n.votes, yes if n.key_point else "",
                     item.depth, shortened(h.text(plain(parent.text))) if parent else "", n.id,
                     n.parent_id or ""])
        indents.append(item.depth)
    write_rows(ws, styles, cols, rows, lang=lang, title=title,
               table_name=table_name("export.sheet.notes", lang), indents=indents,
               indent_col=8, job=job)


def _participants(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    tables_of = h.seats()
    cols = [Column(tr("export.col.name", lang), 24, long=True),
            Column(tr("export.col.organisation", lang), 30, long=True),
            Column(tr("export.col.function", lang), 20, long=True),
            Column(tr("export.col.perspective", lang), 22, long=True),
            Column(tr("export.col.tables", lang), 9), Column(tr("export.col.email", lang), 28),
            Column(tr("export.col.consent", lang), 10)]
    rows = []
    for p in h.participants:
        perspective = h.perspective_by_id.get(p.perspective_id or "")
        hidden = h.hidden(p)
        seats = tables_of.get(p.id, [])
        rows.append(["" if hidden else p.name, "; ".join(p.organisations), p.function,
                     perspective.name if perspective else "",
                     int(seats[0]) if len(seats) == 1 else ", ".join(seats),
                     "" if hidden else p.email,
                     tr("export.yes" if p.consent_named else "export.no", lang)])
    if h.anonymous:  # no name or e-mail columns at all
        cols = [c for i, c in enumerate(cols) if i not in (0, 5)]
        rows = [[x for i, x in enumerate(r) if i not in (0, 5)] for r in rows]
        rows.sort(key=lambda r: [str(x).lower() for x in r])
    write_rows(ws, styles, cols, rows, lang=lang, title=title)


def _tables(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.table", lang), 7),
            Column(tr("export.col.theme", lang), 40, long=True),
            Column(tr("export.col.pitch", lang), 40, long=True),
            Column(tr("export.col.initiative", lang), 24, long=True),
            Column(tr("export.col.host", lang), 30, long=True),
            Column(tr("export.col.members", lang), 12),
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
    write_rows(ws, styles, cols, rows, lang=lang, title=title)


def _matrix(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    rows_ids, cols_ids, counts = h.matrix()
    header = [tr("export.col.perspective", lang)]
    for tid in cols_ids:
        header.append(tr("export.table.short", lang, n=h.table_by_id[tid].number) if tid
                      else tr("export.matrix.plenary", lang))
    header.append(tr("export.col.total", lang))
    cols = [Column(header[0], 30, long=True)] + [Column(x, 10) for x in header[1:]]
    rows: list[list[Any]] = []
    looks: dict[int, dict[int, dict[str, Any]]] = {}
    for r, pid in enumerate(rows_ids):
        name = h.perspective_by_id[pid].name if pid else tr("export.matrix.none", lang)
        values = [counts.get((pid, tid), 0) for tid in cols_ids]
        rows.append([name] + values + [sum(values)])
        if pid:
            colour = h.perspective_by_id[pid].colour.lstrip("#").upper()
            looks[r] = {0: {"fill": _light(colour)}}
    totals = [sum(counts.get((pid, tid), 0) for pid in rows_ids) for tid in cols_ids]
    if rows_ids:
        rows.append([tr("export.col.total", lang)] + totals + [sum(totals)])
        looks[len(rows) - 1] = {j: {"bold": True} for j in range(len(header))}
    write_rows(ws, styles, cols, rows, lang=lang, title=title, looks=looks)


def _light(hex_colour: str) -> str:
    try:
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "EEEEEE"
    return "".join(f"{int(255 - 0.35 * (255 - c)):02X}" for c in (r, g, b))


def _follow_ups(ws: Any, styles: Styles, h: Harvest, job: Job, title: str) -> None:
    lang = h.lang
    cols = [Column(tr("export.col.date", lang), 13, number_format=date_format(lang)),
            Column(tr("export.col.topic", lang), 60, long=True),
            Column(tr("export.col.organiser", lang), 30, long=True)]
    rows = [[h.iso(f.date), h.text(f.topic), h.text(f.organiser)] for f in h.file.follow_ups()]
    write_rows(ws, styles, cols, rows, lang=lang, title=title)


def read_back_date(value: Any) -> date | None:  # small helper for tests and importers
    if value is None:
        return None
    return value.date() if hasattr(value, "date") else value
