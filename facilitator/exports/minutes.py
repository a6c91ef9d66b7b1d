"""The minutes (verslag) as PDF and as Word document: the minutes' outline, rendered.

What the minutes say is decided in `minutes_outline.py` (seed 002's
structure); how they look on paper in `pdf_render.py` (A4; headings are PDF
bookmarks; a draft carries the CONCEPT mark) and in Word in `docx_render.py`
(Word's heading and list structure, a draft says CONCEPT in its header).
"""
from __future__ import annotations

from pathlib import Path

from ..eventfile import EventFile
from ..words import tr
from .minutes_outline import minutes_outline
from .minutes_versions import edition_of
from .model import Harvest
from .docx_render import render_docx
from .gc_spacing import spaced_collections
from .pdf_render import render_pdf
from .safety import Job, Progress, ShouldAbort, atomic_output


def export_minutes(event: EventFile, path: str | Path, *, lang: str | None = None,
                   draft: bool | None = None, anonymous: bool = False,
                   participant_list: bool = False, hide_empty_rounds: bool = False,
                   issue: str | None = None, progress: Progress | None = None,
                   should_abort: ShouldAbort | None = None) -> Path:
    """Write the minutes PDF to `path` atomically and return the path.

    `draft` None follows the event's minutes status ("concept" = draft).
    `hide_empty_rounds` leaves out round questions without notes. `issue`
    "concept"/"final" prints the next version as it is being issued (its number,
    today's date, the changes since the last issued version); recording it in the
    file is the caller's (`EventFile.issue_minutes`) once the file is written.
    Raises ExportError (ExportCancelled when `should_abort` said so); an
    existing file at `path` is then untouched.
    """
    return _export(event, path, render_pdf, lang=lang, draft=draft, anonymous=anonymous,
                   participant_list=participant_list, hide_empty_rounds=hide_empty_rounds,
                   issue=issue, progress=progress, should_abort=should_abort)


def export_minutes_docx(event: EventFile, path: str | Path, *, lang: str | None = None,
                        draft: bool | None = None, anonymous: bool = False,
                        participant_list: bool = False, hide_empty_rounds: bool = False,
                        issue: str | None = None, progress: Progress | None = None,
                        should_abort: ShouldAbort | None = None) -> Path:
    """Write the minutes as a Word document (.docx) to `path`, as `export_minutes`."""
    return _export(event, path, render_docx, lang=lang, draft=draft, anonymous=anonymous,
                   participant_list=participant_list, hide_empty_rounds=hide_empty_rounds,
                   issue=issue, progress=progress, should_abort=should_abort)


@spaced_collections()  # many short-lived objects: collect less often
def _export(event: EventFile, path: str | Path, render, *, lang: str | None,
            draft: bool | None, anonymous: bool, participant_list: bool,
            hide_empty_rounds: bool, issue: str | None,
            progress: Progress | None, should_abort: ShouldAbort | None) -> Path:
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 100, tr("export.progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    edition = edition_of(event, draft=draft, issue=issue)
    outline = minutes_outline(h, draft=edition.draft, participant_list=participant_list,
                              job=job, empty_rounds=not hide_empty_rounds, edition=edition)
    del h  # the outline holds all it says: let the notes read for it go before the layout
    path = Path(path)
    with atomic_output(path) as handle:
        render(outline, handle, job)
    job.step(100, 100, tr("export.progress.done", lang))
    return path
