"""Several exports in one go, as the command line and the export dialog ask for them."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExportError
from ..eventfile import EventFile
from ..words import tr
from .formats import FORMATS, OPTIONS, ExportFormat, get
from .safety import Progress, ShouldAbort


@dataclass(frozen=True)
class ExportRequest:
    """What to write where: `outputs` maps a format key ("minutes", see
    `formats.FORMATS`) to its target path; the options go to every format
    that takes them."""

    outputs: Mapping[str, Path] = field(default_factory=dict)
    lang: str | None = None          # None: the event's language
    draft: bool | None = None        # None: follow the event's minutes status
    anonymous: bool = False
    participant_list: bool = False
    group_by: str = "level"          # or "owner": how the agenda PDF groups actions
    hide_empty_rounds: bool = False  # leave rounds without notes out of the minutes
    issue: str | None = None         # "concept"/"final": the minutes as the next issued version

    def targets(self) -> list[tuple[ExportFormat, Path]]:
        """The requested outputs in the registry's order (KeyError: unknown format)."""
        for key in self.outputs:
            get(key)
        return [(fmt, Path(self.outputs[fmt.key])) for fmt in FORMATS
                if self.outputs.get(fmt.key) is not None]

    def options(self) -> dict[str, object]:
        """The shared options (`formats.OPTIONS`) as this request sets them."""
        return {o.name: getattr(self, o.name) for o in OPTIONS}


def run_exports(event: EventFile, request: ExportRequest, *,
                progress: Progress | None = None,
                should_abort: ShouldAbort | None = None) -> list[Path]:
    """Write every requested file; returns the paths written, in order.

    Raises ExportError before writing anything when no output is asked for or
    two outputs share a path. Each file is written atomically on its own; a
    failure stops the run (files already written stay written).
    """
    lang = request.lang or event.event().language or "nl"
    targets = request.targets()
    if not targets:
        raise ExportError("export.err.nothing")
    seen: dict[Path, Path] = {}
    for _, path in targets:
        if path.resolve() in seen:
            raise ExportError("export.err.same_file", path=path, file=path.name)
        seen[path.resolve()] = path
    written: list[Path] = []
    count = len(targets)
    options = request.options()
    for index, (fmt, path) in enumerate(targets):
        def part_progress(done: int, total: int, message: str, _i: int = index,
                          _path: Path = path) -> None:
            if progress is not None:
                fraction = (done / total) if total else 1.0
                progress(int(1000 * (_i + min(1.0, fraction)) / count), 1000,
                         f"{_path.name}: {message}")

        fmt.run(event, path, lang=lang, progress=part_progress, should_abort=should_abort,
                options=options)
        written.append(path)
    if progress is not None:
        progress(1000, 1000, tr("export.progress.done", lang))
    return written
