"""A follow-up meeting: a new event file made from an earlier one (`oogst new
--follow-up`, File > New follow-up meeting), its open actions carried in.

The earlier meeting is an `EventFile` the caller hands in (the GUI: the open
event's snapshot; the command line: a read-only opening, which copies the file
into memory), so the earlier file is never opened behind SQLite's back.
"""
from __future__ import annotations

from pathlib import Path

from .eventfile import EventFile
from .sessions import apply_template, event_to_template, write_new
from .storage import refuse_existing
from .templates import Template
from .words import tr


def follow_up_title(earlier: EventFile) -> str:
    """'Vervolg: <title>' (a follow-up of a follow-up keeps its title)."""
    ev = earlier.event()
    lang = ev.language or "nl"
    prefix = tr("series.follow_up_title", lang, title="")
    if ev.title.startswith(prefix):
        return ev.title
    return tr("series.follow_up_title", lang, title=ev.title).strip()


def create_follow_up(path: str | Path, earlier: EventFile, *, title: str | None = None,
                     date: str | None = None) -> EventFile:
    """Create a follow-up meeting of `earlier` at `path` and return it open.

    Its programme, plenary questions, rounds, tables with their questions and
    perspectives start as the earlier meeting's (no notes, participants or
    photos); its open actions are carried in (`carry_actions`). Built in memory
    and written in one go, as `sessions.create_from_template` does."""
    path = Path(path)
    refuse_existing(path)
    EventFile.create(path).close()  # checks the target's folder before doing any work
    path.unlink()
    data = event_to_template(earlier, name=earlier.event().title)
    details = data.setdefault("event", {})
    details.pop("introduction", None)  # it introduced the earlier meeting
    details["title"] = title if title is not None else follow_up_title(earlier)
    if date:
        details["date"] = date
    scratch = EventFile.in_memory()
    with scratch._writer.change("op.create_follow_up"):
        apply_template(scratch, Template(path=Path(), key="", name=details["title"],
                                         description="", data=data))
        scratch.carry_actions(earlier)
    return write_new(path, scratch)

