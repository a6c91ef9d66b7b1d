"""Domain vocabulary: the kinds, levels and statuses, and read-only row objects.

The event file stores rows; the core hands them out as frozen dataclasses so
that callers (GUI, CLI, exports) can never write behind the core's back.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from operator import itemgetter
from typing import Any, ClassVar

# Kinds of a programme item, in the order a meeting usually has them.
PROGRAMME_KINDS = ("opening", "talk", "pitch", "table_round", "plenary", "break",
                   "agenda", "other")
# Kinds of a captured note (oogstpunt).
NOTE_KINDS = ("point", "wish", "need", "opportunity", "conclusion", "dilemma", "quote")
# Kinds of question: a table's underlying questions, the timed round questions
# (shared by all tables when table_id is empty) and the plenary question.
QUESTION_KINDS = ("underlying", "round", "plenary")
ACTION_LEVELS = ("zelf", "lokaal", "regionaal", "provinciaal", "landelijk")
ACTION_STATUSES = ("open", "bezig", "gereed", "vervallen")
MINUTES_STATUSES = ("concept", "definitief")
# The blocks of a table's harvest in the minutes; a table may hide or reorder them.
TABLE_BLOCKS = ("pitch", "participants", "host", "questions", "rounds", "notes",
                "conclusions", "dilemmas", "photos")


_PLAN: dict[type, tuple[tuple[str, str], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, how to decode it) per field of `cls`, worked out once per class:
    `dataclasses.fields()` is too slow to ask for every row of a 50,000-note read.
    How: "json", "bool", "" (as stored) or the class's own decoder (`DECODERS`)."""
    plan = _PLAN.get(cls)
    if plan is None:
        own = cls.DECODERS  # type: ignore[attr-defined]
        plan = tuple((f.name, own[f.name] if f.name in own
                      else "json" if f.name in cls.JSON_FIELDS  # type: ignore[attr-defined]
                      else "bool" if f.type in ("bool",) else "")
                     for f in fields(cls))
        _PLAN[cls] = plan
    return plan


def _decode(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """Keep only the dataclass's fields and decode JSON list columns."""
    out: dict[str, Any] = {}
    for name, how in _plan(cls):
        value = row.get(name)
        if how == "json":
            value = _json_value(value)
        elif how == "bool":
            if value is not None:
                value = bool(value)
        elif how:
            value = how(value)
        out[name] = value
    return out


def _json_value(value: Any) -> tuple:
    if not value or value == "[]":  # most lists are empty: no parser for them
        return ()
    value = json.loads(value)
    # A JSON object (block labels) becomes sorted (key, value) pairs.
    return tuple(sorted(value.items())) if isinstance(value, dict) else tuple(value)


_MAKERS: dict[tuple[type, tuple[str, ...]], Callable[[Sequence[Any]], Any]] = {}


def row_maker(cls: type, columns: tuple[str, ...]) -> Callable[[Sequence[Any]], Any]:
    """A function that makes a `cls` from one row of a query with these `columns`
    (a tuple or sqlite3.Row in that order), equal to `cls.from_row(dict(row))`.

    Worked out once per class and column list: a 50,000-note read makes no dict per
    row, asks no field list and runs no dataclass __init__ (which sets each field of a
    frozen object through object.__setattr__); the object's __dict__ is filled at once.
    A class with its own from_row or a __post_init__ goes through from_row."""
    key = (cls, columns)
    maker = _MAKERS.get(key)
    if maker is not None:
        return maker
    if cls.from_row.__func__ is not Row.from_row.__func__ or \
            hasattr(cls, "__post_init__"):  # type: ignore[attr-defined]
        def maker(row: Sequence[Any]) -> Any:
            return cls.from_row(dict(zip(columns, row)))  # type: ignore[attr-defined]
    else:
        where = {name: i for i, name in enumerate(columns)}
        plan = _plan(cls)
        names = tuple(name for name, _ in plan)
        # A field the query has no column for is None, as row.get() gives in _decode.
        width = len(columns)
        picks = tuple(where.get(name, width) for name in names)
        decoded = tuple((i, how) for i, (_, how) in enumerate(plan) if how)
        new = object.__new__
        pick = itemgetter(*picks) if len(picks) > 1 and max(picks) < width else None

        def maker(row: Sequence[Any]) -> Any:
            if pick is not None:
                values = pick(row)
                if decoded:
                    values = list(values)
            else:
                padded = [*row, None]
                values = [padded[i] for i in picks]
            for i, how in decoded:
                value = values[i]
                if how == "json":
                    values[i] = _json_value(value)
                elif how == "bool":
                    if value is not None:
                        values[i] = bool(value)
                else:
                    values[i] = how(value)
            obj = new(cls)
            obj.__dict__.update(zip(names, values))
            return obj
    _MAKERS[key] = maker
    return maker


@dataclass(frozen=True)
class Row:
    """Common columns of every row: merge-safe key and timestamps."""

    id: str
    created_at: str
    updated_at: str

    JSON_FIELDS: ClassVar[tuple[str, ...]] = ()
    # A field's own decoder (stored value -> field value), for a column that
    # needs more than JSON or bool; the fast `row_maker` path uses it too.
    DECODERS: ClassVar[dict[str, Callable[[Any], Any]]] = {}

    @classmethod
    def from_row(cls, row: dict[str, Any]):
        return cls(**_decode(cls, row))


@dataclass(frozen=True)
class Event(Row):
    """The event (bijeenkomst) itself: its details and the minutes' status; one per file."""

    title: str
    subtitle: str
    date: str | None
    venue: str
    organiser: str
    language: str
    minutes_status: str
    minutes_version: int
    introduction: str


@dataclass(frozen=True)
class Perspective(Row):
    """A stakeholder group (perspectief) with its colour and capture shortcut."""

    name: str
    colour: str
    shortcut: str
    position: int


@dataclass(frozen=True)
class ProgrammeItem(Row):
    """One item of the programme (opening, talk, table round...), planned and actual times."""

    position: int
    kind: str
    title: str
    speakers: str
    description: str
    planned_start: str | None
    planned_minutes: int | None
    actual_start: str | None
    actual_end: str | None


@dataclass(frozen=True)
class Participant(Row):
    """A participant: name, organisations, function, perspective and consent."""

    name: str
    organisations: tuple[str, ...]
    function: str
    perspective_id: str | None
    email: str
    consent_named: bool
    # The person as the minutes' lists write them, as typed ("Gemeente
    # Woudenberg, R. Hilderink"); "": "Name (organisation, function)".
    listed_as: str = ""
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("organisations",)

    def label(self, *, anonymous: bool = False) -> str:
        """How minutes name this person: name and organisation, or only role."""
        org = ", ".join(self.organisations)
        if anonymous or not self.consent_named:
            return ", ".join(x for x in (org, self.function) if x) or "deelnemer"
        return ", ".join(x for x in (self.name, org) if x)


@dataclass(frozen=True)
class ThemeTable(Row):
    """A theme table (thematafel): theme, host, note-taker and how its minutes read."""

    number: int
    theme: str
    pitch: str
    initiative: str
    host_id: str | None
    note_taker_id: str | None
    blocks: tuple[str, ...]
    position: int
    # (block, heading) pairs: the minutes' heading of a block in the table's own
    # words ("Achterliggende vragen:"); "" leaves the heading out; absent: ours.
    block_labels: tuple[tuple[str, str], ...] = ()
    # The table's heading in the minutes as typed ("Ogst thematafel 4: ...");
    # "": the program's "Oogst thematafel N: theme".
    heading: str = ""
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("blocks", "block_labels")

    def block_label(self, block: str) -> str | None:
        """The table's own heading for `block`, or None for the program's word."""
        return dict(self.block_labels).get(block)


@dataclass(frozen=True)
class Question(Row):
    """A question: a table's underlying question, a (timed) round question or the plenary one."""

    kind: str
    table_id: str | None
    parent_id: str | None
    label: str
    text: str
    minutes: int | None
    initiatives: tuple[str, ...]
    position: int
    programme_item_id: str | None = None  # a plenary question's programme item (schema 4)
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("initiatives",)


@dataclass(frozen=True)
class Note(Row):
    """A captured note (oogstpunt) at its place: table and round, or programme item."""

    text: str
    table_id: str | None
    question_id: str | None
    programme_item_id: str | None
    perspective_id: str | None
    speaker_id: str | None
    party: str
    kind: str
    parent_id: str | None
    position: int
    votes: int
    key_point: bool


def _history_value(value: Any) -> tuple[dict[str, str], ...]:
    """An action's history as stored; one that is not a JSON list of objects of texts
    (a file made elsewhere) reads as no history rather than stopping the agenda."""
    if not value or value == "[]":
        return ()
    try:
        entries = json.loads(value)
    except ValueError:
        entries = []
    entries = entries if isinstance(entries, list) else []
    return tuple({k: v for k, v in e.items() if isinstance(v, str)}
                 for e in entries if isinstance(e, dict))


@dataclass(frozen=True)
class Action(Row):
    """An action on the agenda: what, who, with whom, at what level, by when."""

    what: str
    owner: str
    partners: tuple[str, ...]
    level: str
    due_date: str | None
    period: str
    status: str
    note_id: str | None
    position: int
    series_id: str | None      # the first action of its series (None: this one)
    carried_from: str | None   # the action in the earlier meeting it was carried from
    history: tuple[dict[str, Any], ...]  # earlier meetings it passed through, oldest first
    review_note: str           # what happened since, written at the review
    JSON_FIELDS: ClassVar[tuple[str, ...]] = ("partners",)
    DECODERS: ClassVar[dict[str, Callable[[Any], Any]]] = {"history": _history_value}

    @property
    def series_key(self) -> str:
        """The id that names the action's whole series (the same in every meeting)."""
        return self.series_id or self.id

    @property
    def carried(self) -> bool:
        return self.carried_from is not None


@dataclass(frozen=True)
class FollowUp(Row):
    """A follow-up meeting agreed at the event."""

    date: str | None
    topic: str
    organiser: str
    position: int


@dataclass(frozen=True)
class Attachment(Row):
    """A photo (of a flip chart, say) kept in the file."""

    filename: str
    mime: str
    caption: str
    table_id: str | None
    question_id: str | None
    position: int
    size: int


@dataclass(frozen=True)
class Membership(Row):
    """A participant seated at a theme table."""

    table_id: str
    participant_id: str


@dataclass(frozen=True)
class Seat(Row):
    """Where a participant sits in one round of the seating plan (World Café)."""

    participant_id: str
    table_id: str
    round: int
