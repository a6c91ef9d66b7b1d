"""World Café rotation planner: who sits at which theme table in which round.

Pure Python, standard library only, no Qt and no database: the planner takes
plain ``Person`` and ``Table`` values and returns a ``SeatingPlan``; the event
file and the GUI store and show it.

Rules every plan keeps
    * a table's host sits at that table in every round;
    * in every round the table sizes are as equal as possible: sizes are ``M``
      or ``M - 1``, and only a table whose ``capacity`` is below that level is
      smaller (it is then full);
    * every person sits at exactly one table per round;
    * pins (``fixed``: (person id, round index) -> table id) are kept.
    Inputs that cannot satisfy these raise ``ValueError`` with a message a
    facilitator can act on.

What the planner optimises (a weighted sum, lower is better)
    * ``-gain(d)`` for the d-th distinct perspective at a table in a round,
      ``gain(d) = W_PERSPECTIVE + W_EVEN_COVERAGE * (P - d)`` with ``P`` the
      number of perspectives: decreasing, so a fourth perspective at a poor
      table beats a sixth at a rich one (this lifts the poorest table); and
      ``W_SAME_PERSPECTIVE`` per pair sharing a perspective at a table (this
      spreads large groups evenly);
    * ``W_REPEAT`` per extra meeting of a pair (``C(m, 2)`` for a pair that sits
      together in ``m`` rounds, so a third meeting costs more than a second);
    * ``W_ORGANISATION`` per pair from one organisation at a table in a round;
    * ``W_REVISIT`` per extra visit of a person to the same table (a World Café
      guest should see other themes).

Method, and why
    A greedy construction round by round (hosts and pins first, then each guest
    to the allowed table where it adds least cost) followed by simulated
    annealing over two neighbourhood moves inside one round: swap two guests of
    different tables, or move a guest from a table of size ``M`` to one of size
    ``M - 1``. Both moves keep every rule above, so the search never leaves
    the set of valid plans, and each move's cost change is computed
    incrementally from per-table perspective counts and a pair matrix in
    O(table size). Exact methods (ILP/CP-SAT for this social-golfer-like
    problem) would need a heavy dependency and give little here: the figures
    in ``tests/benchmarks/bench_rotation.py`` show annealing reaches (near)
    full perspective coverage and few repeats for 60 people x 8 tables x 4
    rounds in a fraction of a second. A seeded ``random.Random`` makes the
    result deterministic; the plan is never iterated through string-keyed sets,
    so ``PYTHONHASHSEED`` does not change it.

Round indexes are 0-based in the API; messages for people number rounds from 1.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "Person",
    "Table",
    "SeatingPlan",
    "PlanQuality",
    "plan_rotation",
    "random_plan",
    "evaluate",
    "move_person",
    "plan_problems",
]

W_PERSPECTIVE = 10
W_EVEN_COVERAGE = 3
W_SAME_PERSPECTIVE = 1
W_REPEAT = 4
W_ORGANISATION = 8
W_REVISIT = 2
DEFAULT_ITERATIONS = 30_000


@dataclass(frozen=True)
class Person:
    """One participant: id, perspective (None if unknown) and organisations."""

    id: str
    perspective: str | None
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A theme table; ``host_id`` stays here every round; optional ``capacity``."""

    id: str
    host_id: str | None
    capacity: int | None = None


@dataclass(frozen=True)
class SeatingPlan:
    """Per round (0-based), table id -> person ids seated there (host first).

    ``tables`` carries the tables the plan was made for, so that manual changes
    (``move_person``) know hosts and capacities. A plan is a value: changes
    return a new plan.
    """

    rounds: tuple[dict[str, tuple[str, ...]], ...]
    tables: tuple[Table, ...] = ()

    def __post_init__(self) -> None:
        rounds = tuple({t: tuple(ids) for t, ids in r.items()} for r in self.rounds)
        object.__setattr__(self, "rounds", rounds)
        object.__setattr__(self, "tables", tuple(self.tables))

    def table_of(self, person_id: str, round_index: int) -> str | None:
        """The table of ``person_id`` in round ``round_index``, or None."""
        if not 0 <= round_index < len(self.rounds):
            return None
        for table_id, ids in self.rounds[round_index].items():
            if person_id in ids:
                return table_id
        return None

    def schedule(self, person_id: str) -> tuple[str | None, ...]:
        """The tables of ``person_id`` round by round (for a personal card)."""
        return tuple(self.table_of(person_id, r) for r in range(len(self.rounds)))

    def hosts(self) -> dict[str, str]:
        """Table id -> host id, for the tables that have a host."""
        return {t.id: t.host_id for t in self.tables if t.host_id is not None}


@dataclass(frozen=True)
class PlanQuality:
    """Measures of a plan; see ``evaluate`` for the exact definitions."""

    perspectives_per_table_round: float
    min_perspectives_per_table_round: int
    mean_new_perspectives_heard_per_person: float
    repeated_encounters: int
    distinct_people_met_per_person: float
    organisation_clashes: int
    size_spread: int
    table_revisits: int = 0


# --------------------------------------------------------------------------
# Input checking and the size rule


def _org_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class _Sizes:
    """The balanced size rule for ``n`` people over tables with capacities."""

    level: int  # M: the size of the larger tables
    larger: int  # how many non-full tables have size M (the rest M - 1)
    full: tuple[bool, ...]  # capacity below M: the table has exactly its capacity
    high: tuple[int, ...]  # the most people a table may take

    def allows(self, sizes: Sequence[int]) -> bool:
        """True if ``sizes`` (one per table) follow the rule."""
        at_level = 0
        for size, full, high in zip(sizes, self.full, self.high):
            if full:
                if size != high:
                    return False
            elif size == self.level:
                at_level += 1
            elif size != self.level - 1:
                return False
        return at_level == self.larger


def _size_rule(n: int, capacities: Sequence[int | None]) -> _Sizes:
    """Water-fill ``n`` people over the tables: sizes M or M-1, or full."""
    if not capacities:
        raise ValueError("There are no tables to seat people at.")
    for cap in capacities:
        if cap is not None and cap < 0:
            raise ValueError(f"A table capacity cannot be negative (got {cap}).")
    if all(c is not None for c in capacities) and sum(capacities) < n:  # type: ignore[arg-type]
        raise ValueError(
            f"Too few seats: {n} participants but the tables have "
            f"{sum(capacities)} seats in all."  # type: ignore[arg-type]
        )

    def seated(level: int) -> int:
        return sum(level if c is None else min(c, level) for c in capacities)

    level = -(-n // len(capacities))
    while seated(level) < n:
        level += 1
    full = tuple(c is not None and c <= level - 1 for c in capacities)
    high = tuple(c if f else level for c, f in zip(capacities, full))  # type: ignore[misc]
    larger = n - seated(level - 1) if level > 0 else len(capacities)
    return _Sizes(level, larger, full, high)


class _Problem:
    """Validated input, translated to indexes for the optimiser."""

    def __init__(
        self,
        people: Sequence[Person],
        tables: Sequence[Table],
        rounds: int,
        fixed: Mapping[tuple[str, int], str] | None,
    ) -> None:
        if rounds < 1:
            raise ValueError(f"A rotation needs at least one round (got {rounds}).")
        self.people = tuple(people)
        self.tables = tuple(tables)
        self.rounds = rounds
        self.index = {p.id: i for i, p in enumerate(self.people)}
        if len(self.index) != len(self.people):
            dup = [k for k, c in Counter(p.id for p in self.people).items() if c > 1]
            raise ValueError(f"Participant ids must be unique; repeated: {', '.join(dup)}.")
        self.table_index = {t.id: i for i, t in enumerate(self.tables)}
        if len(self.table_index) != len(self.tables):
            dup = [k for k, c in Counter(t.id for t in self.tables).items() if c > 1]
            raise ValueError(f"Table ids must be unique; repeated: {', '.join(dup)}.")
        self.sizes = _size_rule(len(self.people), [t.capacity for t in self.tables])

        self.host_of_table: list[int] = []
        hosted: dict[str, str] = {}
        for table in self.tables:
            host = table.host_id
            if host is None:
                self.host_of_table.append(-1)
                continue
            if host not in self.index:
                raise ValueError(f"The host {host!r} of table {table.id!r} is not a participant.")
            if host in hosted:
                raise ValueError(
                    f"{host!r} cannot host both table {hosted[host]!r} and table {table.id!r}."
                )
            hosted[host] = table.id
            self.host_of_table.append(self.index[host])

        keys: dict[str, int] = {}
        self.perspective = [
            -1 if p.perspective is None else keys.setdefault(p.perspective, len(keys))
            for p in self.people
        ]
        self.n_perspectives = len(keys)
        orgs = [frozenset(_org_key(o) for o in p.organisations if o.strip()) for p in self.people]
        self.clash = [[i != j and bool(a & b) for j, b in enumerate(orgs)] for i, a in enumerate(orgs)]

        # pins per round: person index -> table index (hosts included)
        self.pins: list[dict[int, int]] = [
            {h: t for t, h in enumerate(self.host_of_table) if h >= 0} for _ in range(rounds)
        ]
        for (person_id, r), table_id in (fixed or {}).items():
            if person_id not in self.index:
                raise ValueError(f"Cannot pin {person_id!r}: not a participant.")
            if not isinstance(r, int) or not 0 <= r < rounds:
                raise ValueError(
                    f"Cannot pin {person_id!r} to round index {r}: rounds are 0..{rounds - 1}."
                )
            if table_id not in self.table_index:
                raise ValueError(f"Cannot pin {person_id!r} to unknown table {table_id!r}.")
            if person_id in hosted and hosted[person_id] != table_id:
                raise ValueError(
                    f"{person_id!r} hosts table {hosted[person_id]!r} and cannot be pinned "
                    f"to table {table_id!r} in round {r + 1}."
                )
            self.pins[r][self.index[person_id]] = self.table_index[table_id]
        for r in range(rounds):
            self._check_pins(r)

    def _check_pins(self, r: int) -> None:
        counts = Counter(self.pins[r].values())
        s = self.sizes
        for t, c in counts.items():
            if c > s.high[t]:
                raise ValueError(
                    f"Round {r + 1}: {c} people are pinned to table {self.tables[t].id!r} "
                    f"(host included), but it seats at most {s.high[t]} for balanced tables."
                )
        at_level = sum(1 for t, c in counts.items() if not s.full[t] and c == s.level)
        if at_level > s.larger:
            raise ValueError(
                f"Round {r + 1}: the pins fill {at_level} tables to {s.level} people, but with "
                f"balanced tables only {s.larger} may have {s.level}."
            )


# --------------------------------------------------------------------------
# The optimiser's state


class _State:
    """Seats, per-table perspective counts and the weighted pair matrix."""

    def __init__(self, problem: _Problem) -> None:
        self.pb = problem
        n, n_tables = len(problem.people), len(problem.tables)
        self.seat = [[-1] * n for _ in range(problem.rounds)]
        self.members: list[list[list[int]]] = [
            [[] for _ in range(n_tables)] for _ in range(problem.rounds)
        ]
        self.pcount = [
            [[0] * problem.n_perspectives for _ in range(n_tables)] for _ in range(problem.rounds)
        ]
        self.distinct = [[0] * n_tables for _ in range(problem.rounds)]
        # gain[d]: what the d-th distinct perspective at a table is worth
        self.gain = [0] + [
            W_PERSPECTIVE + W_EVEN_COVERAGE * (problem.n_perspectives - d)
            for d in range(1, problem.n_perspectives + 1)
        ]
        # pair[i][j] = W_REPEAT * meetings(i, j) + W_ORGANISATION * clash(i, j)
        self.pair = [[W_ORGANISATION if c else 0 for c in row] for row in problem.clash]
        self.visits = [[0] * n_tables for _ in range(n)]

    def add_cost(self, r: int, p: int, t: int) -> int:
        """Cost change of seating ``p`` (not seated) at table ``t`` in round ``r``."""
        d = 0
        k = self.pb.perspective[p]
        if k >= 0:
            c = self.pcount[r][t][k]
            d += W_SAME_PERSPECTIVE * c - (self.gain[self.distinct[r][t] + 1] if c == 0 else 0)
        row = self.pair[p]
        d += sum(map(row.__getitem__, self.members[r][t]))
        return d + W_REVISIT * self.visits[p][t]

    def place(self, r: int, p: int, t: int) -> None:
        """Seat ``p`` at ``t`` in round ``r``."""
        pair, prow = self.pair, self.pair[p]
        for x in self.members[r][t]:
            prow[x] += W_REPEAT
            pair[x][p] += W_REPEAT
        self.members[r][t].append(p)
        self.seat[r][p] = t
        k = self.pb.perspective[p]
        if k >= 0:
            self.pcount[r][t][k] += 1
            self.distinct[r][t] += self.pcount[r][t][k] == 1
        self.visits[p][t] += 1

    def unplace(self, r: int, p: int) -> int:
        """Take ``p`` away from its table in round ``r``; returns that table."""
        t = self.seat[r][p]
        self.members[r][t].remove(p)
        pair, prow = self.pair, self.pair[p]
        for x in self.members[r][t]:
            prow[x] -= W_REPEAT
            pair[x][p] -= W_REPEAT
        self.seat[r][p] = -1
        k = self.pb.perspective[p]
        if k >= 0:
            self.pcount[r][t][k] -= 1
            self.distinct[r][t] -= self.pcount[r][t][k] == 0
        self.visits[p][t] -= 1
        return t

    def move_cost(self, r: int, p: int, b: int) -> int:
        """Cost change of moving ``p`` from its table to table ``b`` in round ``r``."""
        a = self.seat[r][p]
        d = 0
        k = self.pb.perspective[p]
        if k >= 0:
            ca, cb = self.pcount[r][a][k], self.pcount[r][b][k]
            d += W_SAME_PERSPECTIVE * (cb - ca + 1)
            if ca == 1:
                d += self.gain[self.distinct[r][a]]
            if cb == 0:
                d -= self.gain[self.distinct[r][b] + 1]
        row, ma, mb = self.pair[p], self.members[r][a], self.members[r][b]
        d += sum(map(row.__getitem__, mb)) - sum(map(row.__getitem__, ma))
        d += W_REPEAT * (len(ma) - 1)
        v = self.visits[p]
        return d + W_REVISIT * (v[b] - v[a] + 1)

    def swap_cost(self, r: int, p: int, q: int) -> int:
        """Cost change of swapping ``p`` and ``q`` (at different tables) in round ``r``."""
        seat = self.seat[r]
        a, b = seat[p], seat[q]
        d = 0
        kp, kq = self.pb.perspective[p], self.pb.perspective[q]
        if kp != kq:
            gain = self.gain
            for t, gone, come in ((a, kp, kq), (b, kq, kp)):
                counts, n_distinct = self.pcount[r][t], self.distinct[r][t]
                if gone >= 0:
                    c = counts[gone]
                    d -= W_SAME_PERSPECTIVE * (c - 1)
                    if c == 1:
                        d += gain[n_distinct]
                        n_distinct -= 1
                if come >= 0:
                    c = counts[come]
                    d += W_SAME_PERSPECTIVE * c
                    if c == 0:
                        d -= gain[n_distinct + 1]
        rp, rq = self.pair[p], self.pair[q]
        ma, mb = self.members[r][a], self.members[r][b]
        sa_p, sb_p = sum(map(rp.__getitem__, ma)), sum(map(rp.__getitem__, mb))
        sa_q, sb_q = sum(map(rq.__getitem__, ma)), sum(map(rq.__getitem__, mb))
        d += (sb_p - rp[q]) - sa_p + (sa_q - rq[p]) - sb_q
        d += W_REPEAT * (len(ma) + len(mb) - 2)
        vp, vq = self.visits[p], self.visits[q]
        return d + W_REVISIT * (vp[b] - vp[a] + 1 + vq[a] - vq[b] + 1)

    def plan(self, seat: list[list[int]] | None = None) -> SeatingPlan:
        """The plan for ``seat`` (default: the current seats)."""
        seat = self.seat if seat is None else seat
        pb = self.pb
        rounds = []
        for row in seat:
            tables: dict[str, list[str]] = {t.id: [] for t in pb.tables}
            for t, h in enumerate(pb.host_of_table):
                if h >= 0:
                    tables[pb.tables[t].id].append(pb.people[h].id)
            for p, t in enumerate(row):
                if pb.host_of_table[t] != p:
                    tables[pb.tables[t].id].append(pb.people[p].id)
            rounds.append({t: tuple(ids) for t, ids in tables.items()})
        return SeatingPlan(tuple(rounds), pb.tables)


def _construct(state: _State, rng: random.Random) -> None:
    """Greedy start: pins first, then each guest to its cheapest allowed table."""
    pb, sizes = state.pb, state.pb.sizes
    n_tables = len(pb.tables)
    for r in range(pb.rounds):
        for p, t in pb.pins[r].items():
            state.place(r, p, t)
        guests = [p for p in range(len(pb.people)) if p not in pb.pins[r]]
        rng.shuffle(guests)
        members = state.members[r]
        for p in guests:
            at_level = sum(
                1 for t in range(n_tables) if not sizes.full[t] and len(members[t]) == sizes.level
            )
            best: tuple[int, int, float, int] | None = None
            for t in range(n_tables):
                size = len(members[t])
                if size >= sizes.high[t]:
                    continue
                if not sizes.full[t] and size == sizes.level - 1 and at_level >= sizes.larger:
                    continue
                key = (state.add_cost(r, p, t), size, rng.random(), t)
                if best is None or key < best:
                    best = key
            assert best is not None  # the size rule leaves exactly enough seats
            state.place(r, p, best[3])


def _anneal(state: _State, rng: random.Random, iterations: int) -> list[list[int]]:
    """Simulated annealing from the current seats; returns the best seats seen."""
    pb, sizes = state.pb, state.pb.sizes
    n_tables = len(pb.tables)
    movable = [[p for p in range(len(pb.people)) if p not in pb.pins[r]] for r in range(pb.rounds)]
    pinned = [[p in pb.pins[r] for p in range(len(pb.people))] for r in range(pb.rounds)]
    active = [r for r in range(pb.rounds) if movable[r]]
    best_seat = [row[:] for row in state.seat]
    if not active or n_tables < 2 or iterations <= 0:
        return best_seat
    temp, t_end = 3.0, 0.05
    cool = (t_end / temp) ** (1.0 / iterations)
    cost = best = 0
    level, full = sizes.level, sizes.full
    for _ in range(iterations):
        temp *= cool
        r = rng.choice(active)
        p = rng.choice(movable[r])
        members = state.members[r]
        a = state.seat[r][p]
        b = rng.randrange(n_tables - 1)
        if b >= a:
            b += 1
        mb = members[b]
        can_move = (
            not full[a] and not full[b] and len(members[a]) == level and len(mb) == level - 1
        )
        if can_move and (not mb or rng.random() < 0.5):
            q = -1
            delta = state.move_cost(r, p, b)
        else:
            if not mb:
                continue
            q = mb[rng.randrange(len(mb))]
            if pinned[r][q]:
                continue
            delta = state.swap_cost(r, p, q)
        if delta > 0 and rng.random() >= math.exp(-delta / temp):
            continue
        state.unplace(r, p)
        if q >= 0:
            state.unplace(r, q)
            state.place(r, q, a)
        state.place(r, p, b)
        cost += delta
        if cost < best:
            best = cost
            best_seat = [row[:] for row in state.seat]
    return best_seat


# --------------------------------------------------------------------------
# Public functions


def plan_rotation(
    people: Sequence[Person],
    tables: Sequence[Table],
    rounds: int,
    *,
    seed: int = 0,
    fixed: Mapping[tuple[str, int], str] | None = None,
    time_budget_iterations: int = DEFAULT_ITERATIONS,
) -> SeatingPlan:
    """Plan ``rounds`` rounds of seating that mixes perspectives and people.

    ``fixed`` pins (person id, 0-based round index) -> table id. The result
    depends only on the inputs and ``seed``. ``time_budget_iterations`` is the
    number of annealing steps (0: greedy construction only). Raises
    ``ValueError`` for inputs no plan can satisfy (see the module docstring).
    """
    problem = _Problem(people, tables, rounds, fixed)
    rng = random.Random(seed)
    state = _State(problem)
    _construct(state, rng)
    return state.plan(_anneal(state, rng, time_budget_iterations))


def random_plan(
    people: Sequence[Person], tables: Sequence[Table], rounds: int, *, seed: int = 0
) -> SeatingPlan:
    """The baseline: hosts fixed and sizes balanced as by the planner, else random."""
    problem = _Problem(people, tables, rounds, None)
    rng = random.Random(seed)
    sizes = problem.sizes
    state = _State(problem)
    open_tables = [t for t in range(len(problem.tables)) if not sizes.full[t]]
    for r in range(rounds):
        # a table whose host alone exceeds M - 1 (only when M == 1) must be larger
        needed = [t for t in open_tables if (problem.host_of_table[t] >= 0) > sizes.level - 1]
        rest = [t for t in open_tables if t not in needed]
        larger = set(needed + rng.sample(rest, sizes.larger - len(needed)))
        slots: list[int] = []
        for t in range(len(problem.tables)):
            target = sizes.high[t] if sizes.full[t] or t in larger else sizes.level - 1
            slots += [t] * (target - (problem.host_of_table[t] >= 0))
        guests = [p for p in range(len(problem.people)) if p not in problem.pins[r]]
        rng.shuffle(slots)
        for p, t in problem.pins[r].items():
            state.place(r, p, t)
        for p, t in zip(guests, slots):
            state.place(r, p, t)
    return state.plan()


def evaluate(
    plan: SeatingPlan, people: Sequence[Person], tables: Sequence[Table] = ()
) -> PlanQuality:
    """Measure ``plan``. Definitions:

    * perspectives per table-round: distinct known perspectives at one table in
      one round (host included), mean and minimum over occupied table-rounds;
    * new perspectives heard: per person, the distinct perspectives other than
      their own among everyone they sat with, averaged over people;
    * repeated encounters: for every pair, meetings beyond the first, summed;
    * distinct people met: per person, how many others they sat with at least
      once, averaged;
    * organisation clashes: pairs sharing an organisation at one table in one
      round, summed over table-rounds;
    * size spread: largest minus smallest table size over all rounds;
    * table revisits: visits of a non-host to a table beyond the first.
    Hosts come from ``tables``, or from the plan's own tables if none are given.
    """
    perspective = {p.id: p.perspective for p in people}
    orgs = {p.id: frozenset(_org_key(o) for o in p.organisations if o.strip()) for p in people}
    hosts = {t.host_id for t in (tables or plan.tables) if t.host_id is not None}
    distinct: list[int] = []
    sizes: list[int] = []
    meetings: Counter[tuple[str, str]] = Counter()
    heard: dict[str, set[str]] = {}
    met: dict[str, set[str]] = {}
    visits: Counter[tuple[str, str]] = Counter()
    clashes = 0
    for seating in plan.rounds:
        for table_id, ids in seating.items():
            sizes.append(len(ids))
            if not ids:
                continue
            here = {perspective.get(i) for i in ids} - {None}
            distinct.append(len(here))
            for n, i in enumerate(ids):
                if i not in hosts:
                    visits[i, table_id] += 1
                heard.setdefault(i, set()).update(here - {perspective.get(i)})
                met.setdefault(i, set()).update(x for x in ids if x != i)
                for j in ids[n + 1 :]:
                    meetings[min(i, j), max(i, j)] += 1
                    if orgs.get(i, frozenset()) & orgs.get(j, frozenset()):
                        clashes += 1
    everyone = list(heard) or [p.id for p in people]
    count = max(len(everyone), 1)
    return PlanQuality(
        perspectives_per_table_round=sum(distinct) / len(distinct) if distinct else 0.0,
        min_perspectives_per_table_round=min(distinct, default=0),
        mean_new_perspectives_heard_per_person=sum(len(heard.get(i, ())) for i in everyone)
        / count,
        repeated_encounters=sum(m - 1 for m in meetings.values() if m > 1),
        distinct_people_met_per_person=sum(len(met.get(i, ())) for i in everyone) / count,
        organisation_clashes=clashes,
        size_spread=max(sizes) - min(sizes) if sizes else 0,
        table_revisits=sum(v - 1 for v in visits.values() if v > 1),
    )


def _score(plan: SeatingPlan, people: Sequence[Person]) -> float:
    """The planner's objective, approximated from ``evaluate`` (lower is better)."""
    q = evaluate(plan, people)
    occupied = sum(1 for seating in plan.rounds for ids in seating.values() if ids)
    return (
        -W_PERSPECTIVE * q.perspectives_per_table_round * occupied
        + W_REPEAT * q.repeated_encounters
        + W_ORGANISATION * q.organisation_clashes
        + W_REVISIT * q.table_revisits
    )


def move_person(
    plan: SeatingPlan,
    person_id: str,
    round_index: int,
    table_id: str,
    *,
    people: Sequence[Person] = (),
) -> SeatingPlan:
    """Return a plan with ``person_id`` at ``table_id`` in round ``round_index``.

    A facilitator's manual adjustment. If the move alone would unbalance the
    table sizes (or overfill a table), one guest of ``table_id`` moves the other
    way: the one whose move keeps the plan best (perspectives from ``people``
    when given, otherwise repeated encounters). Hosts cannot be moved away from
    their table, and a full table with nobody to swap refuses: ``ValueError``.
    """
    if not 0 <= round_index < len(plan.rounds):
        raise ValueError(
            f"Round index {round_index} does not exist: the plan has {len(plan.rounds)} rounds."
        )
    seating = plan.rounds[round_index]
    if table_id not in seating:
        raise ValueError(f"There is no table {table_id!r} in this plan.")
    source = plan.table_of(person_id, round_index)
    if source is None:
        raise ValueError(f"{person_id!r} is not seated in round {round_index + 1}.")
    hosting = {h: t for t, h in plan.hosts().items()}
    if person_id in hosting and hosting[person_id] != table_id:
        raise ValueError(
            f"{person_id!r} is the host of table {hosting[person_id]!r} and stays there in "
            "every round; move a guest instead, or choose another host."
        )
    if source == table_id:
        return plan

    def with_round(new: dict[str, tuple[str, ...]]) -> SeatingPlan:
        rounds = list(plan.rounds)
        rounds[round_index] = new
        return SeatingPlan(tuple(rounds), plan.tables)

    moved = dict(seating)
    moved[source] = tuple(i for i in seating[source] if i != person_id)
    moved[table_id] = seating[table_id] + (person_id,)
    capacity = {t.id: t.capacity for t in plan.tables}
    order = list(seating)
    rule = _size_rule(sum(map(len, seating.values())), [capacity.get(t) for t in order])
    if rule.allows([len(moved[t]) for t in order]):
        return with_round(moved)

    candidates = [i for i in seating[table_id] if i not in hosting]
    if not candidates:
        raise ValueError(
            f"Table {table_id!r} is full in round {round_index + 1} and has no guest who "
            f"could change places with {person_id!r}."
        )
    known = {p.id for p in people}
    scoring_people = list(people) + [
        Person(i, None) for r in plan.rounds for ids in r.values() for i in ids if i not in known
    ]
    best: tuple[float, int, SeatingPlan] | None = None
    for n, other in enumerate(candidates):
        swapped = dict(moved)
        swapped[table_id] = tuple(i for i in moved[table_id] if i != other)
        swapped[source] = moved[source] + (other,)
        candidate = with_round(swapped)
        key = (_score(candidate, scoring_people), n, candidate)
        if best is None or key[:2] < best[:2]:
            best = key
    assert best is not None
    return best[2]


def plan_problems(
    plan: SeatingPlan,
    people: Sequence[Person],
    tables: Sequence[Table],
    *,
    fixed: Mapping[tuple[str, int], str] | None = None,
) -> list[str]:
    """The rules ``plan`` breaks, as messages for a facilitator (empty: valid)."""
    problems: list[str] = []
    ids = [p.id for p in people]
    rule = _size_rule(len(ids), [t.capacity for t in tables])
    for r, seating in enumerate(plan.rounds):
        label = f"Round {r + 1}"
        if list(seating) != [t.id for t in tables]:
            problems.append(f"{label}: the tables differ from the event's tables.")
            continue
        seated = Counter(i for table_ids in seating.values() for i in table_ids)
        for i in ids:
            if seated[i] != 1:
                problems.append(f"{label}: {i!r} is seated {seated[i]} times.")
        known = set(ids)
        for i in seated:
            if i not in known:
                problems.append(f"{label}: {i!r} is not a participant.")
        for t in tables:
            if t.host_id is not None and t.host_id not in seating[t.id]:
                problems.append(f"{label}: host {t.host_id!r} is not at table {t.id!r}.")
        if not rule.allows([len(seating[t.id]) for t in tables]):
            sizes = ", ".join(f"{t.id}: {len(seating[t.id])}" for t in tables)
            problems.append(f"{label}: table sizes are not balanced ({sizes}).")
    for (i, r), table_id in (fixed or {}).items():
        if plan.table_of(i, r) != table_id:
            problems.append(f"Round {r + 1}: {i!r} is pinned to table {table_id!r}.")
    return problems
