"""One action agenda across meetings: the actions of several event files (or the
`.oogst` files of a folder), an action carried through a series shown once with
its latest status, filtered by owner, partner organisation, level and period.

Every file is opened read-only (`EventFile.open(path, readonly=True)` never
locks or writes it); the event the caller has open is read through a private
copy on disk instead (`open_event`; made on the reading thread), so nothing
opens that file behind SQLite's back. A damaged file or a file that is not an Oogst event is
named in `CrossAgenda.skipped` and the rest goes on.
"""
from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .domain import Action
from .errors import OogstError
from .eventfile import EventFile
from .jobs import Progress, ShouldAbort, check
from .words import tr

SUFFIX = ".oogst"


@dataclass(frozen=True)
class AgendaItem:
    """An action as the agenda across meetings shows it: with the meeting it is in."""

    action: Action
    meeting: str            # the event's title
    meeting_date: str | None
    path: Path

    @property
    def generation(self) -> int:
        """How many meetings the action passed through before this one."""
        return len(self.action.history)

    @property
    def first_meeting(self) -> str:
        """The meeting where it was agreed (the first of its series)."""
        return self.action.history[0].get("meeting", "") if self.action.history else \
            self.meeting


@dataclass(frozen=True)
class Skipped:
    """A file that could not be read, and why (an `OogstError`)."""

    path: Path
    error: OogstError

    def text(self, lang: str) -> str:
        return self.error.text(lang)


@dataclass
class CrossAgenda:
    """The actions of several meetings, each series once (its latest), and the files
    read and skipped."""

    items: list[AgendaItem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class AgendaFilter:
    """Which actions to show: each criterion empty means any.

    `owner`: the owner is this (ignoring case and accents); `organisation`:
    owner or one of the partners is this (a ministry receives only its own);
    `level`: one of `domain.ACTION_LEVELS`; `start`/`end`: ISO dates the due
    date lies between (an action without a due date is left out once a period
    is given)."""

    owner: str = ""
    organisation: str = ""
    level: str = ""
    start: str | None = None
    end: str | None = None

    def admits(self, action: Action) -> bool:
        if self.owner and fold(self.owner) not in forms(action.owner):
            return False
        if self.organisation and fold(self.organisation) not in involved(action):
            return False
        if self.level and action.level != self.level:
            return False
        if self.start or self.end:
            if not action.due_date:
                return False
            if self.start and action.due_date < self.start:
                return False
            if self.end and action.due_date > self.end:
                return False
        return True

    @property
    def empty(self) -> bool:
        return not (self.owner or self.organisation or self.level or self.start or self.end)


def fold(text: str) -> str:
    """A name compared without case, accents or surrounding spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c))
                    .casefold().split())


def forms(name: str) -> set[str]:
    """The folded ways a name matches: as written, and without what follows in
    brackets ("Movisie (Daan de Bruijn)" is Movisie's too)."""
    return {fold(x) for x in (name, name.split("(")[0]) if x.strip()}


def involved(action: Action) -> set[str]:
    """The folded names of the owner and the partners of an action."""
    return {form for x in (action.owner, *action.partners) for form in forms(x)}


def event_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: each file named, and the `.oogst` files in each folder named
    (and its subfolders), in order, each once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file()) \
            if path.is_dir() else [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def read_agenda(paths: Iterable[str | Path], *, open_event: EventFile | None = None,
                progress: Progress | None = None,
                should_abort: ShouldAbort | None = None, lang: str = "nl") -> CrossAgenda:
    """Read the actions of every event file in `paths` (files and folders), each file
    read-only; an action carried through a series appears once, as it stands in the
    latest meeting of the series (the most meetings passed through; then the later
    meeting date; then the later change)."""
    files = event_files(paths)
    open_path = open_event.path.resolve() if open_event is not None and \
        open_event.path is not None else None
    agenda = CrossAgenda(files=files)
    latest: dict[str, AgendaItem] = {}
    for i, path in enumerate(files):
        check(should_abort)
        if progress is not None:
            progress(i, len(files), tr("agenda.progress.reading", lang, name=path.name))
        try:
            if open_path is not None and path.resolve() == open_path:
                # a private copy on disk, made here (safe on a worker's thread)
                event = open_event.private_copy(  # type: ignore[union-attr]
                    should_abort=should_abort)
            else:
                event = EventFile.open(path, readonly=True)
            try:
                ev = event.event()
                actions = event.actions()
            finally:
                event.close()
        except OogstError as exc:
            agenda.skipped.append(Skipped(path, exc))
            continue
        except (sqlite3.Error, OSError, ValueError, KeyError) as exc:
            agenda.skipped.append(Skipped(path, OogstError(
                "error.agenda_file_unreadable", name=path.name, reason=str(exc))))
            continue
        for action in actions:
            item = AgendaItem(action, ev.title, ev.date, path)
            key = action.series_key
            if key not in latest or _later(item, latest[key]):
                latest[key] = item
    if progress is not None:
        progress(len(files), len(files), tr("agenda.progress.done", lang))
    agenda.items = sorted(latest.values(), key=_order)
    return agenda


def _later(a: AgendaItem, b: AgendaItem) -> bool:
    return (a.generation, a.meeting_date or "", a.action.updated_at) > \
        (b.generation, b.meeting_date or "", b.action.updated_at)


def _order(item: AgendaItem) -> tuple:
    a = item.action
    return (a.due_date is None, a.due_date or "", fold(a.owner), item.meeting_date or "",
            a.position)


def filtered(items: Iterable[AgendaItem], agenda_filter: AgendaFilter) -> list[AgendaItem]:
    """The items the filter admits, in their order."""
    return [item for item in items if agenda_filter.admits(item.action)]


def organisations(items: Iterable[AgendaItem]) -> list[str]:
    """Every owner and partner named in the items (as first written, without a person
    in brackets), sorted, each once: the organisations a per-organisation export can be
    made for."""
    names: dict[str, str] = {}
    for item in items:
        for name in (item.action.owner, *item.action.partners):
            short = name.split("(")[0].strip()
            if short:
                names.setdefault(fold(short), short)
    return sorted(names.values(), key=fold)


def owners(items: Iterable[AgendaItem]) -> list[str]:
    """Every owner named in the items, sorted, each once."""
    names: dict[str, str] = {}
    for item in items:
        if item.action.owner.strip():
            names.setdefault(fold(item.action.owner), item.action.owner.strip())
    return sorted(names.values(), key=fold)
