"""Issued versions of the minutes: the corrections round.

A secretary sends "Concept v1" to the participants, who send corrections;
the notes are corrected; "Definitief v2" goes out with an appendix that lists
what changed since v1. For that the file keeps every issued version
(`minutes_issue`, schema 8): its number, status ("concept" or
"definitief"), date, and the notes it contained (id, text and place of each
note). `note_changes` compares a kept version with the notes as they are.

Issuing is one operation (one undo step): it records the version and sets
the event's minutes status and version to it.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date

from . import oplib
from .domain import Note
from .errors import InvalidValue

# What of a note a version keeps: enough to say what it said and where.
KEPT_FIELDS = ("id", "text", "kind", "table_id", "question_id", "programme_item_id",
               "parent_id", "perspective_id", "speaker_id", "party")
# A note counts as changed when one of these differs (moving it alone is no correction).
COMPARED_FIELDS = ("text", "kind", "perspective_id", "speaker_id", "party")


@dataclass(frozen=True)
class IssuedNote:
    """A note as an issued version of the minutes contained it."""

    id: str
    text: str
    kind: str
    table_id: str | None
    question_id: str | None
    programme_item_id: str | None
    parent_id: str | None
    perspective_id: str | None
    speaker_id: str | None
    party: str

    @classmethod
    def of(cls, note: Note | dict) -> IssuedNote:
        get = note.get if isinstance(note, dict) else lambda k, d=None: getattr(note, k, d)
        return cls(**{k: get(k, "" if k in ("text", "party", "kind") else None)
                      for k in KEPT_FIELDS})


@dataclass(frozen=True)
class MinutesIssue:
    """One issued version of the minutes."""

    version: int
    status: str       # "concept" | "definitief"
    issued_on: str    # ISO date
    notes: tuple[IssuedNote, ...]

    @property
    def final(self) -> bool:
        return self.status == "definitief"


@dataclass(frozen=True)
class NoteChanges:
    """What changed in the notes since an issued version, in reading order."""

    added: tuple[IssuedNote, ...]
    changed: tuple[tuple[IssuedNote, IssuedNote], ...]  # (then, now)
    removed: tuple[IssuedNote, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def note_changes(before: MinutesIssue, notes: list[Note]) -> NoteChanges:
    """The notes added, changed and removed since `before` (notes: as they are now)."""
    then = {n.id: n for n in before.notes}
    now = [IssuedNote.of(n) for n in notes]
    now_ids = {n.id for n in now}
    added = tuple(n for n in now if n.id not in then)
    changed = tuple((then[n.id], n) for n in now if n.id in then and any(
        getattr(then[n.id], f) != getattr(n, f) for f in COMPARED_FIELDS))
    removed = tuple(n for n in before.notes if n.id not in now_ids)
    return NoteChanges(added, changed, removed)


class IssueOps(oplib.Base):
    """Issuing the minutes (mixed into `EventFile`)."""

    def issue_minutes(self, *, final: bool, on: str | None = None) -> int:
        """Record the minutes as issued: the next version number (1 for the first),
        "definitief" when `final` else "concept", the date `on` (ISO; default today)
        and every note as it is now. The event's minutes status and version become
        this version's. Returns the version number."""
        day = on or date.today().isoformat()
        try:
            date.fromisoformat(day)
        except (TypeError, ValueError):
            raise InvalidValue("error.value_must_be_date", field=oplib.field_word("date"),
                               value=str(day)) from None
        status = "definitief" if final else "concept"
        with self._change("op.issue_minutes") as tx:
            row = tx.query("SELECT max(version) FROM minutes_issue WHERE deleted_at IS NULL")
            version = (row[0][0] or 0) + 1
            kept = [asdict(IssuedNote.of(n)) for n in self.notes()]  # type: ignore[attr-defined]
            tx.insert("minutes_issue", {"version": version, "status": status,
                                        "issued_on": day,
                                        "notes": json.dumps(kept, ensure_ascii=False)})
            event_id = tx.query("SELECT id FROM event WHERE deleted_at IS NULL")[0][0]
            tx.update("event", event_id, {"minutes_status": status, "minutes_version": version})
        return version

    def minutes_issues(self) -> list[MinutesIssue]:
        """Every issued version of the minutes, oldest first."""
        rows = self._conn.execute(  # type: ignore[attr-defined]
            "SELECT version, status, issued_on, notes FROM minutes_issue "
            "WHERE deleted_at IS NULL ORDER BY version").fetchall()
        return [MinutesIssue(r[0], r[1], r[2], tuple(IssuedNote.of(n) for n in
                                                      json.loads(r[3] or "[]")))
                for r in rows]

    def next_minutes_version(self) -> int:
        """The number the next issued version gets: one more than the last issued one
        (1 when none was issued)."""
        row = self._conn.execute(  # type: ignore[attr-defined]
            "SELECT max(version) FROM minutes_issue WHERE deleted_at IS NULL").fetchone()
        last = row[0] if row and row[0] is not None else None
        return last + 1 if last is not None else 1
