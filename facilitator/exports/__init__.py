"""Exports: minutes (PDF and Word), action agenda (PDF and Excel), table cards,
sign-in sheet, seating plan. `formats.FORMATS` is the one list of them (the command line and
the export dialog are made from it); the minutes are built as a format-neutral
outline (`minutes_outline.py`, nodes in `outline.py`) that `pdf_render.py` lays
out and `docx_render.py` writes as a Word document.

No Qt here. Every export function takes the open `EventFile`, a target path
and keyword options, reads the event only through EventFile's public reading
methods, writes the file atomically (temporary file in the same folder, then
`os.replace`) and accepts two plain callbacks (Calibre's ThreadedJob pattern):

* `progress(done, total, message)` - called now and then;
* `should_abort() -> bool` - polled often; when it returns True the export
  stops with `ExportCancelled` and nothing is overwritten.

Problems a facilitator can fix (read-only folder, file open in Excel, disk
full) raise `facilitator.errors.ExportError` with a readable message; the old
file stays intact. How user text is made safe is described in `safety.py`.
"""
from __future__ import annotations

from .agenda import export_agenda_pdf
from .formats import FORMATS, ExportFormat
from .minutes import export_minutes
from .printables import export_signin_sheet, export_table_cards
from .run import ExportRequest, run_exports
from .safety import ExportCancelled
from .workbook import export_workbook

__all__ = ["FORMATS", "ExportCancelled", "ExportFormat", "ExportRequest", "export_agenda_pdf",
           "export_minutes", "export_signin_sheet", "export_table_cards", "export_workbook",
           "run_exports"]
