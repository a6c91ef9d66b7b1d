"""Running the room: the programme timer as operations of `EventFile`.

The timer's state lives in the event file (table ``run_state``, one row with
id ``'run'``; schema version 3), so a countdown survives closing and
reopening the file, a crash or a laptop swap. Starting, ending and moving on
also record ``actual_start``/``actual_end`` (UTC ISO, seconds) on the
programme items, so the minutes can show planned against actual times
(`programme_timing`).

Timer operations are committed at once like every write, but they are NOT
steps of the facilitator's undo: Ctrl+Z while typing notes must take back the
last note, not "next item". They go through `Writer.change(label,
record=False)` with ``source="timer"``; listeners (the GUI's bridge) still
hear them as `Changes` with kinds ``{"run_state", "programme_item"}``, but
the bridge pushes no undo entry for a source other than "edit".

Every operation takes an optional ``clock`` (`facilitator.timer.Clock`); the
default is the system clock.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from . import oplib
from .domain import ProgrammeItem, Question
from .errors import InvalidValue, OogstError
from .timer import (Clock, RoundPosition, RunState, TimerStatus, now_from, parse_time,
                    round_position)
from .transactions import Source, Transaction

RUN_STATE_ID = "run"
TIMER_SOURCE = Source.TIMER  # Changes.source of timer operations (not undoable)


@dataclass(frozen=True)
class RoundInfo:
    """The round question on screen now, and where it stands."""

    question: Question
    number: int  # 1-based among the rounds that apply
    count: int
    remaining: float | None  # seconds left in the round's own time box, if timed by boxes


@dataclass(frozen=True)
class RoomPlan:
    """What the room shows that changes only when the file changes.

    Views keep one (re-read on `changed`) and call `status(now)` and
    `round_at(status)` every second: that reads nothing but the clock.
    """

    state: RunState
    item: ProgrammeItem | None
    next_item: ProgrammeItem | None
    rounds: tuple[Question, ...]  # the round questions that apply (a table's own, else shared)
    round_slot: int | None  # the item's 0-based place among table-round items
    round_items: int
    plenary_question: Question | None

    def status(self, now: datetime) -> TimerStatus:
        return self.state.status(now, self.item.planned_minutes if self.item else None)

    def position_at(self, status: TimerStatus) -> RoundPosition | None:
        """Where the current table-round item stands among its rounds (see
        `timer.round_position`); None when it is no table round or has no rounds."""
        if self.item is None:
            return None
        return round_position(
            slot=self.round_slot, round_items=self.round_items,
            round_minutes=[q.minutes for q in self.rounds],
            planned_minutes=self.item.planned_minutes, elapsed=status.elapsed,
            chosen=self.state.round_index)

    def round_at(self, status: TimerStatus) -> RoundInfo | None:
        """The round question of the current item at this moment (None: no round)."""
        pos = self.position_at(status)
        if pos is None or pos.index is None:
            return None
        return RoundInfo(self.rounds[pos.index], pos.index + 1, len(self.rounds),
                         pos.remaining)


@dataclass(frozen=True)
class ItemTiming:
    """Planned against actual time of one programme item (for the minutes)."""

    item: ProgrammeItem
    planned_start: str | None  # "HH:MM" as planned
    planned_minutes: int | None
    actual_start: datetime | None  # in the requested time zone
    actual_end: datetime | None
    actual_minutes: int | None  # rounded to whole minutes
    difference: int | None  # actual minus planned minutes (positive: took longer)

    @property
    def actual_start_text(self) -> str:
        return self.actual_start.strftime("%H:%M") if self.actual_start else ""

    @property
    def actual_end_text(self) -> str:
        return self.actual_end.strftime("%H:%M") if self.actual_end else ""


class TimerOps(oplib.Base):
    """Operations of the programme timer (mixed into `EventFile`)."""

    # -- reading -----------------------------------------------------------------------

    def run_state(self) -> RunState:
        """The stored timer state (idle when the timer never ran)."""
        row = self._conn.execute("SELECT * FROM run_state WHERE id = ?",  # type: ignore
                                 (RUN_STATE_ID,)).fetchone()
        return RunState.from_row(dict(row) if row else None)

    def timer_state(self, clock: Clock | None = None) -> TimerStatus:
        """The timer now: current item, elapsed, remaining, phase. Writes nothing."""
        return self.room_plan().status(now_from(clock))

    def room_plan(self, *, table_id: str | None = None) -> RoomPlan:
        """The current item, the next one and its round/plenary questions.

        `table_id` picks a table's own round questions (else the shared ones).
        A deleted current item reads as idle.
        """
        state = self.run_state()
        programme: list[ProgrammeItem] = self.programme()  # type: ignore[attr-defined]
        item = next((i for i in programme if i.id == state.item_id), None)
        if item is None:
            state = state.stop()
        rounds = tuple(self.round_questions(table_id))  # type: ignore[attr-defined]
        round_items = [i for i in programme if i.kind == "table_round"]
        plenaries = [i for i in programme if i.kind == "plenary"]
        slot = plenary = None
        if item is not None and item.kind == "table_round":
            slot = round_items.index(item)
        if item is not None and item.kind == "plenary":
            questions = self.questions(table_id=None, kind="plenary",  # type: ignore
                                       parent_id=None)
            k = plenaries.index(item)
            plenary = questions[k] if k < len(questions) else None
        return RoomPlan(state, item, self._following(programme, state, item), rounds, slot,
                        len(round_items), plenary)

    def programme_timing(self, *, tz: tzinfo | None = None) -> list[ItemTiming]:
        """Planned against actual times of every programme item, in programme order.

        Times are converted to `tz` (default: this computer's time zone).
        """
        out = []
        for item in self.programme():  # type: ignore[attr-defined]
            start, end = parse_time(item.actual_start), parse_time(item.actual_end)
            start_local = start.astimezone(tz) if start else None
            end_local = end.astimezone(tz) if end else None
            minutes = None
            if start and end:
                minutes = round(max(0.0, (end - start).total_seconds()) / 60)
            difference = (minutes - item.planned_minutes
                          if minutes is not None and item.planned_minutes is not None else None)
            out.append(ItemTiming(item, item.planned_start, item.planned_minutes, start_local,
                                  end_local, minutes, difference))
        return out

    # -- operations ------------------------------------------------------------------------

    def start_item(self, item_id: str, *, clock: Clock | None = None) -> None:
        """Make a programme item current and start its countdown at its full time.

        The item gets ``actual_start = now`` (its ``actual_end`` is cleared: a
        restart is a new run); the item that was current gets ``actual_end =
        now``. Not an undo step (see the module's docstring).
        """
        now = now_from(clock)
        with self._timer_change("op.start_programme_item") as tx:
            tx.get("programme_item", item_id)
            state = self._load(tx)
            if state.item_id and state.item_id != item_id:
                self._mark(tx, state.item_id, actual_end=now)
            self._mark(tx, item_id, actual_start=now, actual_end=None)
            self._save(tx, state.start(item_id, now))

    def pause_timer(self, *, clock: Clock | None = None) -> None:
        """Pause the countdown; the time until `resume_timer` is not counted."""
        now = now_from(clock)
        with self._timer_change("op.pause_timer") as tx:
            state = self._running(tx)
            self._save(tx, state.pause(now))

    def resume_timer(self, *, clock: Clock | None = None) -> None:
        """Continue a paused countdown where it stood."""
        now = now_from(clock)
        with self._timer_change("op.resume_timer") as tx:
            state = self._running(tx)
            self._save(tx, state.resume(now))

    def add_timer_minutes(self, minutes: int, *, clock: Clock | None = None) -> None:
        """Give the current item extra minutes (negative: take minutes away).

        The item's total time never drops below zero; an untimed item becomes
        timed when minutes are added. `clock` is accepted for symmetry.
        """
        try:
            minutes = int(minutes)
        except (TypeError, ValueError):
            raise InvalidValue("error.timer_minutes_whole") from None
        if minutes == 0 or abs(minutes) > 24 * 60:
            raise InvalidValue("error.timer_minutes_range")
        label = "op.add_minutes" if minutes > 0 else "op.take_minutes"
        with self._timer_change(label) as tx:
            state = self._running(tx)
            planned = tx.get("programme_item", state.item_id)["planned_minutes"]
            self._save(tx, state.add_minutes(minutes, planned))

    def next_item(self, *, clock: Clock | None = None) -> str | None:
        """End the current item and start the next one; returns its id.

        When the timer is idle this starts the first item that has not ended
        yet; after the last item the timer stops (returns None).
        """
        now = now_from(clock)
        with self._timer_change("op.next_programme_item") as tx:
            state = self._load(tx)
            programme = self.programme()  # type: ignore[attr-defined]
            if state.item_id is None:
                following = next((i for i in programme if not i.actual_end),
                                 programme[0] if programme else None)
            else:
                self._mark(tx, state.item_id, actual_end=now)
                current = tx.get("programme_item", state.item_id, include_deleted=True)
                following = next((i for i in programme
                                  if (i.position, i.created_at) >
                                  (current["position"], current["created_at"])), None)
            if following is None:
                self._save(tx, state.stop())
                return None
            self._mark(tx, following.id, actual_start=now, actual_end=None)
            self._save(tx, state.start(following.id, now))
            return following.id

    def stop_timer(self, *, clock: Clock | None = None) -> None:
        """End the current item (``actual_end = now``) and leave the timer idle."""
        now = now_from(clock)
        with self._timer_change("op.stop_timer") as tx:
            state = self._load(tx)
            if state.item_id:
                self._mark(tx, state.item_id, actual_end=now)
            self._save(tx, state.stop())

    def set_timer_round(self, index: int | None) -> None:
        """Show round question `index` (0-based) for the current item; None: automatic."""
        if index is not None and (not isinstance(index, int) or index < 0):
            raise InvalidValue("error.timer_round_from_1")
        with self._timer_change("op.choose_round") as tx:
            self._save(tx, self._running(tx).with_round(index))

    def set_timer_warning(self, minutes: int) -> None:
        """How many minutes before the end the warning starts (at most 10% of an item)."""
        minutes = oplib.minutes(minutes, field="warning") or 0
        if minutes > 60:
            raise InvalidValue("error.timer_warning_at_most_60")
        with self._timer_change("op.set_timer_warning") as tx:
            self._save(tx, self._load(tx).with_warning(minutes))

    # -- helpers ----------------------------------------------------------------------------

    @contextmanager
    def _timer_change(self, label: str) -> Iterator[Transaction]:
        """Like `Base._change`, but committed outside the undo history."""
        if self.readonly:
            raise OogstError("error.read_only_event")
        with self._writer.change(label, source=TIMER_SOURCE, record=False) as tx:
            yield tx

    @staticmethod
    def _load(tx: Transaction) -> RunState:
        rows = tx.query("SELECT * FROM run_state WHERE id = ?", (RUN_STATE_ID,))
        state = RunState.from_row(dict(rows[0]) if rows else None)
        if state.item_id:
            live = tx.query("SELECT 1 FROM programme_item WHERE id = ? AND deleted_at IS NULL",
                            (state.item_id,))
            if not live:
                # The current item was deleted: it can no longer run.
                return state.stop()
        return state

    def _running(self, tx: Transaction) -> RunState:
        state = self._load(tx)
        if state.item_id is None:
            raise InvalidValue("error.timer_not_running")
        return state

    @staticmethod
    def _save(tx: Transaction, state: RunState) -> None:
        if tx.query("SELECT 1 FROM run_state WHERE id = ?", (RUN_STATE_ID,)):
            tx.update("run_state", RUN_STATE_ID, state.to_row())
        else:
            tx.insert("run_state", {"id": RUN_STATE_ID, **state.to_row()})

    @staticmethod
    def _mark(tx: Transaction, item_id: str, **times: datetime | None) -> None:
        values: dict[str, Any] = {k: (v.isoformat(timespec="seconds") if v else None)
                                  for k, v in times.items()}
        tx.update("programme_item", item_id, values)

    @staticmethod
    def _following(programme: list[ProgrammeItem], state: RunState,
                   item: ProgrammeItem | None) -> ProgrammeItem | None:
        if item is None:
            return next((i for i in programme if not i.actual_end), None)
        index = programme.index(item)
        return programme[index + 1] if index + 1 < len(programme) else None
