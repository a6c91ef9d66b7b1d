"""The programme timer as pure logic: a run state, its transitions and derived values.

No database and no Qt here. `RunState` is an immutable value: every
transition (`start`, `pause`, `resume`, `add_minutes`, `stop`, `with_round`)
returns a new state, so `timer_ops` can store it in the event file in one
transaction and the GUI can recompute the countdown from a cached state
every second by reading nothing but the clock.

Time comes from a `Clock` (``now()`` returns an aware UTC datetime); tests
use `FakeClock` and never wait. Durations are in seconds (floats).

Rules
-----
* elapsed = (paused_at or now) - started_at - paused_seconds: time spent
  paused is not counted.
* duration = planned minutes + extra minutes (never below 0). An item without
  planned minutes is *untimed* (duration None: the clock counts up) until
  minutes are added to it.
* remaining = duration - elapsed; negative means overrun.
* phase: "idle" (no item), "paused", "overrun" (remaining <= 0),
  "warning" (remaining within the warning window), else "running".
* warning window = the last `warning_minutes` (default 2), but at most 10% of
  the item's duration (a 5-minute pitch warns at 30 seconds, not at 2
  minutes), and never less than 30 seconds (capped by the duration itself).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from .errors import InvalidValue

PHASES = ("idle", "running", "warning", "overrun", "paused")
DEFAULT_WARNING_MINUTES = 2
WARNING_FRACTION = 0.10
MIN_WARNING_SECONDS = 30.0


class NaiveTimeError(InvalidValue, ValueError):
    """A time without a time zone reached the timer (its moment is unknown)."""


class Clock(Protocol):
    """Where the timer gets the time from."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FakeClock:
    """A clock that only moves when told to (tests, screenshots)."""

    def __init__(self, start: datetime | str | None = None) -> None:
        if start is None:
            start = datetime(2017, 11, 28, 12, 0, tzinfo=timezone.utc)
        self._now = as_utc(parse_time(start) if isinstance(start, str) else start)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> datetime:
        self._now += timedelta(seconds=seconds, minutes=minutes)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = as_utc(when)


SYSTEM_CLOCK = SystemClock()


def as_utc(when: datetime) -> datetime:
    """An aware datetime in UTC; a naive one is refused (its zone is unknown)."""
    if when.tzinfo is None:
        raise NaiveTimeError("error.timer_naive_time")
    return when.astimezone(timezone.utc)


def now_from(clock: Clock | None) -> datetime:
    return as_utc((clock or SYSTEM_CLOCK).now())


def parse_time(value: str | None) -> datetime | None:
    """A stored ISO timestamp back as an aware UTC datetime (None stays None)."""
    if not value:
        return None
    return as_utc(datetime.fromisoformat(value))


def stamp(when: datetime | None) -> str | None:
    """How the event file stores a moment: ISO 8601, UTC, microseconds."""
    return None if when is None else as_utc(when).isoformat(timespec="microseconds")


def warning_window(duration: float | None, warning_minutes: int = DEFAULT_WARNING_MINUTES
                   ) -> float | None:
    """Seconds before the end at which the warning starts (None for untimed items)."""
    if duration is None:
        return None
    window = min(warning_minutes * 60.0, max(duration * WARNING_FRACTION, MIN_WARNING_SECONDS))
    return max(0.0, min(window, duration))


def early_starts(items: Sequence[Any]) -> dict[str, Any]:
    """Programme items planned to start before an item above them: item id -> the
    item above with the latest planned start ("20:45" above "19:45"). Items
    without a planned start are passed over; the programme's order is the
    facilitator's, so this is for a warning, never a refusal."""
    early: dict[str, Any] = {}
    latest, latest_at = None, -1  # the item above with the latest planned start so far
    for item in items:
        hours, _, minutes = (item.planned_start or "").partition(":")
        if not (hours.isdigit() and minutes.isdigit()):
            continue
        at = int(hours) * 60 + int(minutes)
        if at < latest_at:
            early[item.id] = latest
        elif at > latest_at:
            latest, latest_at = item, at
    return early


def format_clock(seconds: float) -> str:
    """A countdown as shown: "19:59", "1:05:00"; negative (overrun) as "−02:13".

    Remaining time is rounded up (a countdown shows 20:00 at the start and
    00:01 in its last second); overrun is rounded down (−00:00 in the first
    second after the end), so the display never skips or repeats a second.
    """
    negative = seconds < 0
    whole = math.floor(-seconds) if negative else math.ceil(seconds)
    hours, rest = divmod(int(whole), 3600)
    mins, secs = divmod(rest, 60)
    text = f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins:02d}:{secs:02d}"
    return ("\u2212" + text) if negative else text


@dataclass(frozen=True)
class TimerStatus:
    """The timer at one moment: everything a view shows, derived from a RunState."""

    item_id: str | None
    phase: str
    elapsed: float  # seconds of the item, pauses not counted
    duration: float | None  # seconds (planned + extra); None: untimed
    remaining: float | None  # seconds; negative = overrun; None: untimed or idle
    warning: float | None  # the warning window in seconds
    extra_minutes: int
    started_at: datetime | None
    paused: bool

    @property
    def idle(self) -> bool:
        return self.item_id is None

    @property
    def overrun(self) -> float:
        """Seconds past the end (0 when not overrun)."""
        return max(0.0, -self.remaining) if self.remaining is not None else 0.0

    @property
    def fraction(self) -> float | None:
        """Part of the item's time used, 0..1 (None when untimed or idle)."""
        if not self.duration:
            return None if self.duration is None else 1.0
        return max(0.0, min(1.0, self.elapsed / self.duration))

    def countdown_text(self) -> str:
        """The big number: remaining time, or elapsed time for an untimed item."""
        if self.idle:
            return "--:--"
        if self.remaining is None:
            return format_clock(self.elapsed)
        return format_clock(self.remaining)


@dataclass(frozen=True)
class RunState:
    """The stored state of the programme run (one per event file)."""

    item_id: str | None = None
    started_at: datetime | None = None
    paused_at: datetime | None = None
    paused_seconds: float = 0.0
    extra_minutes: int = 0
    warning_minutes: int = DEFAULT_WARNING_MINUTES
    round_index: int | None = None  # the round question chosen by hand; None: automatic

    # -- transitions ----------------------------------------------------------------

    def start(self, item_id: str, now: datetime) -> RunState:
        """Make `item_id` current, counting down its full time from `now`."""
        return replace(self, item_id=item_id, started_at=as_utc(now), paused_at=None,
                       paused_seconds=0.0, extra_minutes=0, round_index=None)

    def pause(self, now: datetime) -> RunState:
        if self.item_id is None or self.paused_at is not None:
            return self
        return replace(self, paused_at=as_utc(now))

    def resume(self, now: datetime) -> RunState:
        if self.item_id is None or self.paused_at is None:
            return self
        pause = max(0.0, (as_utc(now) - self.paused_at).total_seconds())
        return replace(self, paused_at=None, paused_seconds=self.paused_seconds + pause)

    def add_minutes(self, minutes: int, planned_minutes: int | None) -> RunState:
        """Give (+) or take (−) minutes; the total never drops below zero."""
        if self.item_id is None:
            return self
        extra = self.extra_minutes + int(minutes)
        extra = max(extra, -(planned_minutes or 0))
        return replace(self, extra_minutes=extra)

    def stop(self) -> RunState:
        return RunState(warning_minutes=self.warning_minutes)

    def with_round(self, index: int | None) -> RunState:
        return replace(self, round_index=index)

    def with_warning(self, minutes: int) -> RunState:
        return replace(self, warning_minutes=int(minutes))

    # -- derived values -----------------------------------------------------------------

    def elapsed(self, now: datetime) -> float:
        if self.item_id is None or self.started_at is None:
            return 0.0
        until = self.paused_at or as_utc(now)
        return max(0.0, (until - self.started_at).total_seconds() - self.paused_seconds)

    def duration(self, planned_minutes: int | None) -> float | None:
        if planned_minutes is None and self.extra_minutes <= 0:
            return None
        return max(0, (planned_minutes or 0) + self.extra_minutes) * 60.0

    def status(self, now: datetime, planned_minutes: int | None) -> TimerStatus:
        """The timer at `now` for an item planned to take `planned_minutes`."""
        if self.item_id is None:
            return TimerStatus(None, "idle", 0.0, None, None, None, 0, None, False)
        elapsed = self.elapsed(now)
        duration = self.duration(planned_minutes)
        remaining = None if duration is None else duration - elapsed
        window = warning_window(duration, self.warning_minutes)
        if self.paused_at is not None:
            phase = "paused"
        elif remaining is not None and remaining <= 0:
            phase = "overrun"
        elif remaining is not None and window is not None and remaining <= window:
            phase = "warning"
        else:
            phase = "running"
        return TimerStatus(self.item_id, phase, elapsed, duration, remaining, window,
                           self.extra_minutes, self.started_at, self.paused_at is not None)

    # -- storage -------------------------------------------------------------------------

    def to_row(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "started_at": stamp(self.started_at),
                "paused_at": stamp(self.paused_at), "paused_seconds": self.paused_seconds,
                "extra_minutes": self.extra_minutes, "warning_minutes": self.warning_minutes,
                "round_index": self.round_index}

    @classmethod
    def from_row(cls, row: dict[str, Any] | None) -> RunState:
        if not row:
            return cls()
        return cls(item_id=row.get("item_id"), started_at=parse_time(row.get("started_at")),
                   paused_at=parse_time(row.get("paused_at")),
                   paused_seconds=float(row.get("paused_seconds") or 0.0),
                   extra_minutes=int(row.get("extra_minutes") or 0),
                   warning_minutes=int(row.get("warning_minutes")
                                       if row.get("warning_minutes") is not None
                                       else DEFAULT_WARNING_MINUTES),
                   round_index=row.get("round_index"))


# -- which round question belongs to the moment ------------------------------------------

@dataclass(frozen=True)
class RoundPosition:
    """Which round question is current inside a table-round item.

    `index` points into the round questions (None: before the first round,
    e.g. the pitch that opens the tables); `remaining` is the seconds left in
    that round's own time box (None when not timed by the rounds' boxes).
    """

    index: int | None
    remaining: float | None


def round_position(*, slot: int | None, round_items: int,
                   round_minutes: Sequence[int | None], planned_minutes: int | None,
                   elapsed: float, chosen: int | None = None) -> RoundPosition | None:
    """The round question of a table-round programme item at `elapsed` seconds.

    The mapping, kept simple on purpose:

    * `slot` is the item's 0-based place among the programme's table-round
      items, `round_items` how many there are (None/0: not a table round).
    * A round chosen by hand (`chosen`) always wins.
    * Several table-round items (a World Café: "Caféronde 1, 2, 3"): the k-th
      table-round item shows the k-th round question.
    * One table-round item that holds all rounds (seed 002: "Thematafels",
      70 minutes, rounds of 20/30/10): the rounds follow each other by their
      time boxes, after the slack at the start (planned minutes minus the
      rounds' total: the pitch). After the last box the last round stays.
      If a round has no time box, round 1 shows until one is chosen by hand.
    """
    count = len(round_minutes)
    if slot is None or not round_items or count == 0:
        return None
    if chosen is not None:
        return RoundPosition(max(0, min(chosen, count - 1)), None)
    if round_items > 1:
        return RoundPosition(slot, None) if slot < count else None
    if any(not m for m in round_minutes):
        return RoundPosition(0, None)
    boxes = [m * 60.0 for m in round_minutes if m]
    start = max(0.0, (planned_minutes or 0) * 60.0 - sum(boxes))
    if elapsed < start:
        return RoundPosition(None, start - elapsed)
    end = start
    for index, box in enumerate(boxes):
        end += box
        if elapsed < end or index == count - 1:
            return RoundPosition(index, end - elapsed)
    raise AssertionError("unreachable")
