"""A series of meetings: open actions carried into a follow-up meeting with their
lineage and history, and their review there (`follow_up.py` makes the new file).

An action's series is named by the id of its first action (`Action.series_key`);
`carried_from` is the action in the meeting just before, and `history` holds one
entry per earlier meeting the action passed through (meeting title and date,
status, due date and review note there), oldest first. The agenda across
meetings (`agenda_across`) shows a series once, with its latest status.

The earlier meeting is read only through an `EventFile` the caller hands in:
the GUI gives the open event (or its snapshot), the command line a read-only
opening (`EventFile.open(path, readonly=True)` copies it into memory), so the
earlier file is never opened behind SQLite's back.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import oplib
from .domain import Action
from .harvest_ops import _UNSET, _given, check_action

if TYPE_CHECKING:
    from .eventfile import EventFile

# Statuses of an action that is still to be done: these are carried to a follow-up.
OPEN_STATUSES = ("open", "bezig")


def open_actions(event: EventFile) -> list[Action]:
    """The actions of `event` that a follow-up meeting carries (open or in progress)."""
    return [a for a in event.actions() if a.status in OPEN_STATUSES]


def history_entry(meeting: EventFile, action: Action) -> dict[str, Any]:
    """What `action` was at `meeting`: the meeting's title and date, its status,
    due date and the review note written there."""
    ev = meeting.event()
    return {"meeting": ev.title, "date": ev.date, "status": action.status,
            "due_date": action.due_date, "note": action.review_note}


class SeriesOps(oplib.Base):
    """Carrying actions into a follow-up meeting and reviewing them there."""

    def carry_actions(self, earlier: EventFile, *,
                      action_ids: Iterable[str] | None = None) -> list[str]:
        """Carry the open actions of `earlier` (or those named) into this event as ONE
        operation: each keeps its description, owner, partners, level, due date,
        period and status, and gets its lineage (series, the earlier action) and
        history (the earlier meeting added). An action carried already (the same
        earlier action) is not carried twice. Returns the new actions' ids."""
        chosen = open_actions(earlier) if action_ids is None else [
            earlier.action(action_id) for action_id in action_ids]
        with self._change("op.carry_actions") as tx:
            present = {row["carried_from"] for row in tx.query(
                "SELECT carried_from FROM action WHERE deleted_at IS NULL "
                "AND carried_from IS NOT NULL")}
            new_ids = []
            for a in chosen:
                if a.id in present:
                    continue
                history = [*a.history, history_entry(earlier, a)]
                new_ids.append(tx.insert("action", {
                    **check_action({"what": a.what, "owner": a.owner, "partners": a.partners,
                                    "level": a.level, "due_date": a.due_date,
                                    "period": a.period, "status": a.status}),
                    "series_id": a.series_key, "carried_from": a.id,
                    "history": json.dumps(history, ensure_ascii=False),
                    "review_note": ""}, last_of=oplib.AT_THE_END))
            return new_ids

    def carried_actions(self) -> list[Action]:
        """The actions carried in from an earlier meeting, in agenda order."""
        return [a for a in self.actions() if a.carried]  # type: ignore[attr-defined]

    def review_action(self, action_id: str, *, status: str = _UNSET,
                      review_note: str = _UNSET, due_date: str | None = _UNSET) -> None:
        """Review a carried action: its status now, what happened since the earlier
        meeting, a new due date. One operation (one undo step)."""
        values = check_action(_given(status=status, due_date=due_date))
        if review_note is not _UNSET:
            values["review_note"] = oplib.clean_text(review_note, field="review_note")
        with self._change("op.review_action") as tx:
            tx.update("action", action_id, values)
