"""Several exports in one go, as the command line and the export dialog ask for them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError
from ..eventfile import EventFile
from .safety import Progress, ShouldAbort
from .words import w


@dataclass(frozen=True)
class ExportRequest:
    """What to write where; a None path means: not this one."""

    minutes: Path | None = None
    agenda: Path | None = None
    workbook: Path | None = None
    cards: Path | None = None
    signin: Path | None = None
    seating: Path | None = None      # the stored World Café seating plan
    lang: str | None = None          # None: the event's language
    draft: bool | None = None        # None: follow the event's minutes status
    anonymous: bool = False
    participant_list: bool = False
    agenda_group_by: str = "level"  # or "owner": how the agenda PDF groups actions

    def targets(self) -> list[tuple[str, Path]]:
        return [(kind, Path(p)) for kind, p in (
            ("minutes", self.minutes), ("agenda", self.agenda), ("workbook", self.workbook),
            ("cards", self.cards), ("signin", self.signin), ("seating", self.seating))
            if p is not None]


def run_exports(event: EventFile, request: ExportRequest, *,
                progress: Progress | None = None,
                should_abort: ShouldAbort | None = None) -> list[Path]:
    """Write every requested file; returns the paths written, in order.

    Raises ExportError before writing anything when no output is asked for or
    two outputs share a path. Each file is written atomically on its own; a
    failure stops the run (files already written stay written).
    """
    from . import (export_agenda_pdf, export_minutes, export_signin_sheet,
                   export_table_cards, export_workbook)

    lang = request.lang or event.event().language or "nl"
    targets = request.targets()
    if not targets:
        raise ExportError("Nothing to export: give at least one output "
                          "(minutes, agenda, workbook, table cards, sign-in sheet or "
                          "seating plan).")
    resolved = [p.resolve() for _, p in targets]
    if len(set(resolved)) != len(resolved):
        raise ExportError("Two outputs have the same file name; give each its own.")
    written: list[Path] = []
    count = len(targets)
    for index, (kind, path) in enumerate(targets):
        def part_progress(done: int, total: int, message: str, _i: int = index,
                          _path: Path = path) -> None:
            if progress is not None:
                fraction = (done / total) if total else 1.0
                progress(int(1000 * (_i + min(1.0, fraction)) / count), 1000,
                         f"{_path.name}: {message}")

        common = {"lang": lang, "progress": part_progress, "should_abort": should_abort}
        if kind == "minutes":
            export_minutes(event, path, draft=request.draft, anonymous=request.anonymous,
                           participant_list=request.participant_list, **common)
        elif kind == "agenda":
            export_agenda_pdf(event, path, draft=request.draft, anonymous=request.anonymous,
                              group_by=request.agenda_group_by, **common)
        elif kind == "workbook":
            export_workbook(event, path, anonymous=request.anonymous, **common)
        elif kind == "cards":
            export_table_cards(event, path, **common)
        elif kind == "signin":
            export_signin_sheet(event, path, **common)
        elif kind == "seating":
            from .seating import export_seating
            export_seating(event, path, **common)
        written.append(path)
    if progress is not None:
        progress(1000, 1000, w("progress.done", lang))
    return written
