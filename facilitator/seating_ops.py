"""World Café seating as operations of `EventFile`: plan, read, adjust, measure.

The plan lives in the ``seat`` table (schema 4): one row per participant per
round (0-based) naming the theme table where they sit. The planner itself is
`seating_planner` (pure Python); this mixin builds its input from the event and
stores its output:

* the people are the participants seated at the planned tables (membership),
  plus each table's host and note-taker;
* a table's host stays at that table in every round (``Table.host_id``); a
  note-taker who hosts no table is pinned to their table as well, since the
  harvest of a table must stay with the table;
* perspectives and organisations come from the participants.

Every write is one transaction and one undo step: making a plan soft-deletes
the previous plan's seats and inserts the new ones together, so undo brings
the old plan back whole. Inputs no plan can satisfy raise `InvalidValue` with
the planner's message (a catalogue key), ids replaced by names and table numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from . import oplib
from .domain import Participant, Seat, ThemeTable
from .errors import InvalidValue, NotFound
from .words import Word, tr

if TYPE_CHECKING:  # the planner is loaded when a plan is read or made, not at start
    from . import seating_planner
    from .seating_planner import PlanQuality, SeatingPlan

MAX_ROUNDS = 8
RANDOM_SAMPLES = 20  # random plans averaged for the baseline the GUI shows


@dataclass(frozen=True)
class SeatingInput:
    """What the planner gets: people, tables (with hosts) and pins."""

    people: tuple[seating_planner.Person, ...]
    tables: tuple[seating_planner.Table, ...]
    fixed: dict[tuple[str, int], str]


@dataclass(frozen=True)
class SeatingProblem:
    """Something in the stored plan that no longer fits the event (see
    `SeatingOps.seating_problems`): `text(lang)` says it in Dutch or English
    (the catalogue word `seating.problem.<kind>` with `fields`)."""

    kind: str  # "missing", "extra", "host" or "unbalanced"
    fields: tuple[tuple[str, Any], ...] = ()
    participant_id: str | None = None
    table_id: str | None = None
    round: int | None = None  # 0-based

    def text(self, lang: str) -> str:
        return tr(f"seating.problem.{self.kind}", lang, **dict(self.fields))

    @property
    def message(self) -> str:
        """The problem in English (for logs and the command line)."""
        return self.text("en")


def person_label(person: Participant | None, lang: str = "en") -> str:
    """How the seating plan names someone: name, else organisation(s), else role."""
    if person is None:
        return "?"
    return (person.name or ", ".join(person.organisations) or person.function
            or tr("kind_name.participant", lang))


@dataclass(frozen=True)
class PersonName:
    """A participant as a field of a message, named as `person_label` does."""

    person: Participant | None

    def text(self, lang: str) -> str:
        return person_label(self.person, lang)


class SeatingOps(oplib.Base):
    """Seating-plan operations (mixed into `EventFile`)."""

    # -- reading -------------------------------------------------------------------

    def seats(self) -> list[Seat]:
        """The live seats of the stored plan (deleted people and tables left out)."""
        rows = self._conn.execute(  # type: ignore[attr-defined]
            """SELECT s.* FROM seat s
               JOIN participant p ON p.id = s.participant_id AND p.deleted_at IS NULL
               JOIN theme_table t ON t.id = s.table_id AND t.deleted_at IS NULL
               WHERE s.deleted_at IS NULL
               ORDER BY s.round, t.position, t.number, s.rowid""").fetchall()
        return [Seat.from_row(dict(r)) for r in rows]

    def seating(self) -> SeatingPlan | None:
        """The stored seating plan, or None when there is none.

        Its tables are the event's tables that have seats, in table order,
        with their current hosts; per round every such table has an entry
        (host first, then guests in the order the planner seated them).
        """
        from . import seating_planner
        seats = self.seats()
        if not seats:
            return None
        used = {s.table_id for s in seats}
        tables = [t for t in self.tables() if t.id in used]  # type: ignore[attr-defined]
        n_rounds = max(s.round for s in seats) + 1
        rounds: list[dict[str, list[str]]] = [{t.id: [] for t in tables}
                                              for _ in range(n_rounds)]
        for seat in seats:
            rounds[seat.round][seat.table_id].append(seat.participant_id)
        for seating in rounds:
            for table in tables:
                ids = seating[table.id]
                if table.host_id in ids:
                    ids.remove(table.host_id)
                    ids.insert(0, table.host_id)
        return seating_planner.SeatingPlan(tuple({t: tuple(ids) for t, ids in r.items()} for r in rounds),
                           tuple(seating_planner.Table(t.id, t.host_id) for t in tables))

    def seating_input(self, table_ids: list[str] | tuple[str, ...] | None = None
                      ) -> SeatingInput:
        """The planner's input for `table_ids` (default: all tables of the event)."""
        from . import seating_planner
        tables = self._planned_tables(table_ids)
        people = self._people_at(tables)
        hosts = {t.host_id for t in tables if t.host_id}
        fixed: dict[tuple[str, int], str] = {}
        pinned: set[str] = set()
        for table in tables:
            taker = table.note_taker_id
            if taker and taker not in hosts and taker not in pinned:
                pinned.add(taker)
                fixed.update({(taker, r): table.id for r in range(MAX_ROUNDS)})
        persons = tuple(seating_planner.Person(p.id, p.perspective_id, p.organisations)
                        for p in people)
        return SeatingInput(persons, tuple(seating_planner.Table(t.id, t.host_id) for t in tables),
                            fixed)

    def seating_quality(self) -> PlanQuality:
        """The measures of the stored plan (`seating_planner.evaluate`); InvalidValue if none."""
        from . import seating_planner
        plan = self._stored_plan()
        return seating_planner.evaluate(plan, self._plan_people(plan), plan.tables)

    def seating_quality_random(self, seed: int = 0, *, samples: int = 1) -> PlanQuality:
        """The baseline: random plans (hosts kept, sizes balanced) for the same people,
        tables and rounds as the stored plan, measured like it.

        With ``samples`` > 1, plans with seeds ``seed .. seed + samples - 1`` are
        averaged (the whole-number measures then become means).
        """
        from . import seating_planner
        plan = self._stored_plan()
        people = self._plan_people(plan)
        qualities = []
        for k in range(max(1, int(samples))):
            try:
                other = seating_planner.random_plan(people, plan.tables, len(plan.rounds),
                                             seed=seed + k)
            except seating_planner.PlanError as exc:
                raise self._readable(exc) from None
            qualities.append(seating_planner.evaluate(other, people, plan.tables))
        if len(qualities) == 1:
            return qualities[0]
        quality = seating_planner.PlanQuality
        return quality(**{f.name: sum(getattr(q, f.name) for q in qualities)
                          / len(qualities) for f in fields(quality)})

    def seating_problems(self) -> list[SeatingProblem]:
        """What no longer fits in the stored plan since it was made, for the
        facilitator to act on (empty when the plan fits the event):

        * ``missing``: seated at a planned table (or its host) but not in the plan;
        * ``extra``: in the plan but no longer at any planned table;
        * ``host``: a table's host does not sit there in a round;
        * ``unbalanced``: table sizes in a round differ by more than one.
        """
        plan = self.seating()
        if plan is None:
            return []
        planned = {t.id for t in plan.tables}
        tables = [t for t in self.tables() if t.id in planned]  # type: ignore[attr-defined]
        people = {p.id: p for p in self._people_at(tables)}
        everyone = {p.id: p for p in self.participants()}  # type: ignore[attr-defined]
        seated = dict.fromkeys(i for r in plan.rounds for ids in r.values() for i in ids)
        out = [SeatingProblem("missing", (("name", PersonName(p)),), participant_id=p.id)
               for p in people.values() if p.id not in seated]
        out += [SeatingProblem("extra", (("name", PersonName(everyone.get(i))),),
                               participant_id=i)
                for i in seated if i not in people]
        for table in tables:
            away = [r for r, seating in enumerate(plan.rounds)
                    if table.host_id and table.host_id not in seating.get(table.id, ())]
            if away:
                out.append(SeatingProblem(
                    "host", (("name", PersonName(everyone.get(table.host_id or ""))),
                             ("table", table.number), ("round", away[0] + 1)),
                    participant_id=table.host_id, table_id=table.id, round=away[0]))
        for r, seating in enumerate(plan.rounds):
            sizes = [len(ids) for ids in seating.values()]
            if sizes and max(sizes) - min(sizes) > 1:
                out.append(SeatingProblem("unbalanced", (
                    ("round", r + 1), ("smallest", min(sizes)), ("largest", max(sizes))),
                    round=r))
        return out

    # -- writing -------------------------------------------------------------------

    def plan_seating(self, *, rounds: int, seed: int = 0,
                     table_ids: list[str] | tuple[str, ...] | None = None) -> PlanQuality:
        """Make a World Café seating plan for `rounds` rounds and store it.

        People, hosts and pins as in `seating_input`. The previous plan's
        seats are soft-deleted and the new ones inserted in ONE transaction
        ("Make seating plan"); undo brings the previous plan back. The result
        depends only on the event and `seed`. Returns the new plan's quality.
        Raises InvalidValue for impossible inputs (no participants at the
        tables, fewer people than tables, a person hosting two tables...).
        """
        from . import seating_planner
        try:
            if isinstance(rounds, bool):
                raise TypeError
            rounds = int(rounds)
        except (TypeError, ValueError, OverflowError):
            raise InvalidValue("error.seating.rounds_whole_number") from None
        if not 1 <= rounds <= MAX_ROUNDS:
            raise InvalidValue("error.seating.rounds_range", most=MAX_ROUNDS, rounds=rounds)
        given = self.seating_input(table_ids)
        if not given.tables:
            raise InvalidValue("error.seating.no_tables")
        guests = [p for p in given.people if p.id not in {t.host_id for t in given.tables}]
        if not guests:
            raise InvalidValue("error.seating.nobody_seated")
        if len(given.people) < len(given.tables):
            raise InvalidValue("error.seating.too_few_people", people=len(given.people),
                               tables=len(given.tables))
        fixed = {k: v for k, v in given.fixed.items() if k[1] < rounds}
        try:
            plan = seating_planner.make_plan(given.people, given.tables, rounds, seed=int(seed),
                                          fixed=fixed)
        except seating_planner.PlanError as exc:
            raise self._readable(exc) from None
        with self._change("op.make_seating_plan") as tx:
            self._drop_seats(tx)
            for r, seating in enumerate(plan.rounds):
                for table_id, ids in seating.items():
                    for person_id in ids:
                        tx.insert("seat", {"participant_id": person_id,
                                           "table_id": table_id, "round": r})
        return seating_planner.evaluate(plan, given.people, given.tables)

    def move_seat(self, participant_id: str, *, round: int, table_id: str) -> tuple[str, ...]:
        """Seat a participant at another table in one round (0-based) of the plan.

        If that would unbalance the table sizes, one guest of the target
        table changes places with them (`seating_planner.move_person` picks the one
        that keeps the plan best). One transaction, one undo step ("Move
        seat"). Returns the ids of the others who moved (empty or one).
        A host cannot be moved: InvalidValue says so.
        """
        from . import seating_planner
        plan = self._stored_plan()
        person = self.participant(participant_id)  # type: ignore[attr-defined]
        target = self.table(table_id)  # type: ignore[attr-defined]
        hosted = next((t for t in self.tables()  # type: ignore[attr-defined]
                       if t.host_id == participant_id and t.id != table_id), None)
        if hosted is not None:
            raise InvalidValue("error.seating.host_stays", name=PersonName(person),
                               table=hosted.number)
        if isinstance(round, bool) or not isinstance(round, int) \
                or not 0 <= round < len(plan.rounds):
            raise InvalidValue("error.seating.no_such_round", rounds=len(plan.rounds),
                               round=round + 1 if isinstance(round, int) else round)
        if target.id not in plan.rounds[round]:
            raise InvalidValue("error.seating.table_not_in_plan", table=target.number)
        if plan.table_of(participant_id, round) is None:
            raise InvalidValue("error.seating.no_seat", name=PersonName(person),
                               round=round + 1)
        try:
            moved = seating_planner.move_person(plan, participant_id, round, table_id,
                                         people=self._plan_people(plan))
        except seating_planner.PlanError as exc:
            raise self._readable(exc) from None
        changed = [i for t, ids in moved.rounds[round].items() for i in ids
                   if plan.table_of(i, round) != t]
        if not changed:
            return ()
        with self._change("op.move_seat") as tx:
            for person_id in changed:
                for row in tx.query("SELECT id FROM seat WHERE participant_id = ? AND "
                                    "round = ? AND deleted_at IS NULL", (person_id, round)):
                    tx.update("seat", row[0],
                              {"table_id": moved.table_of(person_id, round)})
        return tuple(i for i in changed if i != participant_id)

    def clear_seating(self) -> None:
        """Remove the seating plan (one undo step brings it back)."""
        with self._change("op.clear_seating_plan") as tx:
            self._drop_seats(tx)

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _drop_seats(tx) -> None:
        for row in tx.query("SELECT id FROM seat WHERE deleted_at IS NULL"):
            tx.delete("seat", row[0])

    def _stored_plan(self) -> SeatingPlan:
        plan = self.seating()
        if plan is None:
            raise InvalidValue("error.seating.no_plan")
        return plan

    def _planned_tables(self, table_ids) -> list[ThemeTable]:
        tables = self.tables()  # type: ignore[attr-defined]
        if table_ids is None:
            return tables
        by_id = {t.id: t for t in tables}
        missing = [i for i in table_ids if i not in by_id]
        if missing:
            raise NotFound("error.not_found", kind=Word("kind_name.theme_table"),
                           id=missing[0])
        wanted = set(table_ids)
        return [t for t in tables if t.id in wanted]

    def _people_at(self, tables: list[ThemeTable]) -> list[Participant]:
        """Members of `tables` plus their hosts and note-takers, each once, by name."""
        everyone = {p.id: p for p in self.participants()}  # type: ignore[attr-defined]
        ids: set[str] = set()
        for table in tables:
            ids.update(p.id for p in self.table_members(table.id))  # type: ignore
            ids.update(x for x in (table.host_id, table.note_taker_id) if x in everyone)
        return [p for p in everyone.values() if p.id in ids]

    def _plan_people(self, plan: SeatingPlan) -> list[seating_planner.Person]:
        from . import seating_planner
        everyone = {p.id: p for p in self.participants()}  # type: ignore[attr-defined]
        ids = dict.fromkeys(i for r in plan.rounds for group in r.values() for i in group)
        return [seating_planner.Person(i, everyone[i].perspective_id, everyone[i].organisations)
                if i in everyone else seating_planner.Person(i, None) for i in ids]

    def _readable(self, exc: seating_planner.PlanError) -> InvalidValue:
        """The planner's refusal with its ids replaced by names and table numbers."""
        from . import seating_planner
        people = {p.id: p for p in self.participants()}  # type: ignore[attr-defined]
        numbers = {t.id: t.number for t in self.tables()}  # type: ignore[attr-defined]

        def readable(value: object) -> object:
            if not isinstance(value, seating_planner.Ref):
                return value
            if value.kind == "table":
                return numbers.get(value.id, value)
            return PersonName(people[value.id]) if value.id in people else value

        return InvalidValue(exc.key, **{k: readable(v) for k, v in exc.fields.items()})
