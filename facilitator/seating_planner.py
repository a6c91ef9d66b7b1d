"""World Café seating planner: who sits at which theme table in which round.

Pure Python (standard library only; no Qt, no database). Every plan keeps these
rules: a table's host sits there in every round; every person sits at exactly
one table per round; pins (``fixed``: (person id, 0-based round) -> table id)
hold; table sizes are balanced in every round: ``M`` or ``M - 1``, where only a
table whose ``capacity`` is below that level is smaller (it is then full).
Inputs no plan can satisfy raise ``PlanError`` (a ``ValueError``): a catalogue
key with fields, the ids in it as ``Ref``s that a caller can replace by names
(round numbers in messages count from 1).

The planner minimises a weighted sum: ``-gain(d)`` for the d-th distinct
perspective at a table in a round, with ``gain(d) = W_PERSPECTIVE +
W_EVEN_COVERAGE * (P - d)`` decreasing in ``d`` (``P`` perspectives in all) so
that a fourth perspective at a poor table beats a sixth at a rich one;
``W_SAME_PERSPECTIVE`` per same-perspective pair at a table (spreads big groups);
``W_REPEAT * C(m, 2)`` for a pair that meets in ``m`` rounds (a third meeting
costs more than a second); ``W_ORGANISATION`` per same-organisation pair at a
table; ``W_REVISIT`` per extra visit to one table (guests should see other themes).

Method: a greedy construction per round (hosts and pins first, then each guest
to the allowed table where it adds least cost), then simulated annealing over
two moves inside one round: swap two guests of different tables, or move a
guest from a table of size ``M`` to one of size ``M - 1``. Both keep every rule,
so the search never leaves the valid plans, and each move's cost change is
computed incrementally (per-table perspective counts, a pair-weight matrix) in
O(table size). Why not an exact solver: ILP/CP-SAT for this social-golfer-like
problem needs a heavy dependency for little gain; annealing reaches the
perspective coverage the group sizes allow and few repeats for 60 people x 8
tables x 4 rounds in about a tenth of a second (``tests/benchmarks/
bench_seating_planner.py``). A seeded ``random.Random`` makes plans deterministic; no
string-keyed set is iterated, so ``PYTHONHASHSEED`` does not change them.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import InvalidValue

__all__ = ["Person", "Table", "SeatingPlan", "PlanQuality", "make_plan", "random_plan",
           "evaluate", "move_person", "plan_problems", "PlanError", "Ref"]

W_PERSPECTIVE = 10
W_EVEN_COVERAGE = 3
W_SAME_PERSPECTIVE = 1
W_REPEAT = 4
W_ORGANISATION = 8
W_REVISIT = 2
DEFAULT_ITERATIONS = 30_000


@dataclass(frozen=True)
class Ref:
    """An id in a planner message: a participant (``kind="person"``) or a table.

    Shown as the quoted id; `seating_ops` puts names and table numbers in
    its place."""

    kind: str
    id: str

    def text(self, lang: str) -> str:
        return repr(self.id)


class PlanError(InvalidValue, ValueError):
    """An input no plan can satisfy: a catalogue key (``seating_planner.*``) with fields."""


def _person(person_id: str) -> Ref:
    return Ref("person", person_id)


def _table(table_id: str) -> Ref:
    return Ref("table", table_id)


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
    """Per round (0-based): table id -> person ids seated there, host first.

    ``tables`` are the tables the plan was made for, so that ``move_person``
    knows hosts and capacities. A plan is a value: changes return a new plan.
    """

    rounds: tuple[dict[str, tuple[str, ...]], ...]
    tables: tuple[Table, ...] = ()

    def __post_init__(self) -> None:
        rounds = tuple({t: tuple(ids) for t, ids in r.items()} for r in self.rounds)
        object.__setattr__(self, "rounds", rounds)
        object.__setattr__(self, "tables", tuple(self.tables))

    def table_of(self, person_id: str, round_index: int) -> str | None:
        """The table of ``person_id`` in round ``round_index``, or None."""
        if 0 <= round_index < len(self.rounds):
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
    """Measures of a plan; ``evaluate`` gives the definitions."""

    perspectives_per_table_round: float
    min_perspectives_per_table_round: int
    mean_new_perspectives_heard_per_person: float
    repeated_encounters: int
    distinct_people_met_per_person: float
    organisation_clashes: int
    size_spread: int
    table_revisits: int = 0


def _orgs(person: Person) -> frozenset[str]:
    return frozenset(" ".join(o.split()).casefold() for o in person.organisations if o.strip())


@dataclass(frozen=True)
class _Sizes:
    """Balanced sizes: a full table has its capacity, the others M or M - 1."""

    level: int  # M
    larger: int  # how many tables that are not full have M people
    full: tuple[bool, ...]
    high: tuple[int, ...]  # the most people a table may take

    def allows(self, sizes: Sequence[int]) -> bool:
        """True if ``sizes`` (one per table) follow the rule."""
        at_level = 0
        for size, full, high in zip(sizes, self.full, self.high):
            if full and size != high or not full and size not in (high, high - 1):
                return False
            at_level += not full and size == high
        return at_level == self.larger


def _size_rule(n: int, capacities: Sequence[int | None]) -> _Sizes:
    """Water-fill ``n`` people over tables with optional capacities."""
    if not capacities:
        raise PlanError("seating_planner.no_tables")
    if any(c is not None and c < 0 for c in capacities):
        raise PlanError("seating_planner.negative_capacity")
    caps = [n if c is None else c for c in capacities]
    if sum(caps) < n:
        raise PlanError("seating_planner.too_few_seats", people=n, seats=sum(caps))

    def seated(level: int) -> int:
        return sum(min(c, level) for c in caps)

    level = -(-n // len(caps))
    while seated(level) < n:
        level += 1
    full = tuple(c is not None and c < level for c in capacities)
    high = tuple(c if f else level for c, f in zip(caps, full))
    larger = n - seated(level - 1) if level > 0 else len(caps)
    return _Sizes(level, larger, full, high)


class _Problem:
    """Validated input, translated to indexes for the optimiser."""

    def __init__(self, people: Sequence[Person], tables: Sequence[Table], rounds: int,
                 fixed: Mapping[tuple[str, int], str] | None) -> None:
        if rounds < 1:
            raise PlanError("seating_planner.no_rounds", rounds=rounds)
        self.people, self.tables, self.rounds = tuple(people), tuple(tables), rounds
        self.index = {p.id: i for i, p in enumerate(self.people)}
        self.table_index = {t.id: i for i, t in enumerate(self.tables)}
        for what, ids in (("person", [p.id for p in people]),
                          ("table", [t.id for t in tables])):
            repeated = [k for k, c in Counter(ids).items() if c > 1]
            if repeated:
                raise PlanError(f"seating_planner.repeated_{what}_ids", ids=", ".join(repeated))
        self.sizes = _size_rule(len(self.people), [t.capacity for t in self.tables])
        hosted: dict[str, str] = {}
        for table in (t for t in self.tables if t.host_id is not None):
            host = table.host_id
            if host not in self.index:
                raise PlanError("seating_planner.host_not_participant", host=_person(host),
                                table=_table(table.id))
            if host in hosted:
                raise PlanError("seating_planner.hosts_two_tables", host=_person(host),
                                table=_table(hosted[host]), other=_table(table.id))
            hosted[host] = table.id
        self.host_of_table = [-1 if t.host_id is None else self.index[t.host_id] for t in tables]
        keys: dict[str, int] = {}
        self.perspective = [-1 if p.perspective is None
                            else keys.setdefault(p.perspective, len(keys)) for p in self.people]
        self.n_perspectives = len(keys)
        orgs = [_orgs(p) for p in self.people]
        self.clash = [[i != j and bool(a & b) for j, b in enumerate(orgs)]
                      for i, a in enumerate(orgs)]
        # pins per round: person index -> table index, hosts included
        self.pins = [{h: t for t, h in enumerate(self.host_of_table) if h >= 0}
                     for _ in range(rounds)]
        for (person_id, r), table_id in (fixed or {}).items():
            where = {"person": _person(person_id), "table": _table(table_id), "index": r}
            if person_id not in self.index or table_id not in self.table_index:
                raise PlanError("seating_planner.pin_unknown", **where)
            if not isinstance(r, int) or not 0 <= r < rounds:
                raise PlanError("seating_planner.pin_round", last=rounds - 1, **where)
            if hosted.get(person_id, table_id) != table_id:
                raise PlanError("seating_planner.pin_host", hosted=_table(hosted[person_id]),
                                **where)
            self.pins[r][self.index[person_id]] = self.table_index[table_id]
        s = self.sizes
        for r in range(rounds):
            counts = Counter(self.pins[r].values())
            for t, c in counts.items():
                if c > s.high[t]:
                    raise PlanError("seating_planner.pinned_too_many", round=r + 1, count=c,
                                    table=_table(self.tables[t].id), most=s.high[t])
            at_level = sum(1 for t, c in counts.items() if not s.full[t] and c == s.level)
            if at_level > s.larger:
                raise PlanError("seating_planner.pins_unbalance", round=r + 1, count=at_level,
                                level=s.level, larger=s.larger)


class _State:
    """Seats, per-table perspective counts and the weighted pair matrix."""

    def __init__(self, problem: _Problem) -> None:
        self.pb = pb = problem
        n, n_tables, n_persp = len(pb.people), len(pb.tables), pb.n_perspectives
        self.seat = [[-1] * n for _ in range(pb.rounds)]
        self.members = [[[] for _ in range(n_tables)] for _ in range(pb.rounds)]
        self.pcount = [[[0] * n_persp for _ in range(n_tables)] for _ in range(pb.rounds)]
        self.distinct = [[0] * n_tables for _ in range(pb.rounds)]
        # gain[d]: what the d-th distinct perspective at a table is worth
        self.gain = [0] + [W_PERSPECTIVE + W_EVEN_COVERAGE * (n_persp - d)
                           for d in range(1, n_persp + 1)]
        # pair[i][j] = W_REPEAT * meetings(i, j) + W_ORGANISATION * clash(i, j)
        self.pair = [[W_ORGANISATION if c else 0 for c in row] for row in pb.clash]
        self.visits = [[0] * n_tables for _ in range(n)]

    def add_cost(self, r: int, p: int, t: int) -> int:
        """Cost change of seating ``p`` (not seated) at table ``t`` in round ``r``."""
        d, k = 0, self.pb.perspective[p]
        if k >= 0:
            c = self.pcount[r][t][k]
            d += W_SAME_PERSPECTIVE * c - (self.gain[self.distinct[r][t] + 1] if c == 0 else 0)
        d += sum(map(self.pair[p].__getitem__, self.members[r][t]))
        return d + W_REVISIT * self.visits[p][t]

    def place(self, r: int, p: int, t: int) -> None:
        """Seat ``p`` at ``t`` in round ``r``."""
        self._meet(p, self.members[r][t], W_REPEAT)
        self.members[r][t].append(p)
        self.seat[r][p] = t
        k = self.pb.perspective[p]
        if k >= 0:
            self.pcount[r][t][k] += 1
            self.distinct[r][t] += self.pcount[r][t][k] == 1
        self.visits[p][t] += 1

    def unplace(self, r: int, p: int) -> None:
        """Take ``p`` away from its table in round ``r``."""
        t = self.seat[r][p]
        self.members[r][t].remove(p)
        self._meet(p, self.members[r][t], -W_REPEAT)
        self.seat[r][p] = -1
        k = self.pb.perspective[p]
        if k >= 0:
            self.pcount[r][t][k] -= 1
            self.distinct[r][t] -= self.pcount[r][t][k] == 0
        self.visits[p][t] -= 1

    def _meet(self, p: int, others: list[int], weight: int) -> None:
        row = self.pair[p]
        for x in others:
            row[x] += weight
            self.pair[x][p] += weight

    def move_cost(self, r: int, p: int, b: int) -> int:
        """Cost change of moving ``p`` from its table to table ``b`` in round ``r``."""
        a, k, d = self.seat[r][p], self.pb.perspective[p], 0
        if k >= 0:
            ca, cb = self.pcount[r][a][k], self.pcount[r][b][k]
            d += W_SAME_PERSPECTIVE * (cb - ca + 1)
            d += (self.gain[self.distinct[r][a]] if ca == 1 else 0) - (
                self.gain[self.distinct[r][b] + 1] if cb == 0 else 0)
        row, ma, mb = self.pair[p], self.members[r][a], self.members[r][b]
        d += sum(map(row.__getitem__, mb)) - sum(map(row.__getitem__, ma))
        d += W_REPEAT * (len(ma) - 1)
        return d + W_REVISIT * (self.visits[p][b] - self.visits[p][a] + 1)

    def swap_cost(self, r: int, p: int, q: int) -> int:
        """Cost change of swapping ``p`` and ``q`` (at different tables) in round ``r``."""
        a, b = self.seat[r][p], self.seat[r][q]
        kp, kq, d = self.pb.perspective[p], self.pb.perspective[q], 0
        if kp != kq:
            for t, gone, come in ((a, kp, kq), (b, kq, kp)):
                counts, n_distinct = self.pcount[r][t], self.distinct[r][t]
                if gone >= 0:
                    c = counts[gone]
                    d -= W_SAME_PERSPECTIVE * (c - 1)
                    if c == 1:
                        d += self.gain[n_distinct]
                        n_distinct -= 1
                if come >= 0:
                    c = counts[come]
                    d += W_SAME_PERSPECTIVE * c - (self.gain[n_distinct + 1] if c == 0 else 0)
        rp, rq = self.pair[p], self.pair[q]
        ma, mb = self.members[r][a], self.members[r][b]
        d += sum(map(rp.__getitem__, mb)) - sum(map(rp.__getitem__, ma)) - 2 * rp[q]
        d += sum(map(rq.__getitem__, ma)) - sum(map(rq.__getitem__, mb))
        d += W_REPEAT * (len(ma) + len(mb) - 2)
        vp, vq = self.visits[p], self.visits[q]
        return d + W_REVISIT * (vp[b] - vp[a] + vq[a] - vq[b] + 2)

    def plan(self, seat: list[list[int]] | None = None) -> SeatingPlan:
        """The plan for ``seat`` (default: the current seats), hosts first."""
        pb, rounds = self.pb, []
        for row in self.seat if seat is None else seat:
            ids: list[list[str]] = [[pb.people[h].id] if h >= 0 else [] for h in pb.host_of_table]
            for p, t in enumerate(row):
                if pb.host_of_table[t] != p:
                    ids[t].append(pb.people[p].id)
            rounds.append({table.id: tuple(i) for table, i in zip(pb.tables, ids)})
        return SeatingPlan(tuple(rounds), pb.tables)


def _construct(state: _State, rng: random.Random) -> None:
    """Greedy start: pins first, then each guest to its cheapest allowed table."""
    pb, sizes = state.pb, state.pb.sizes
    for r in range(pb.rounds):
        for p, t in pb.pins[r].items():
            state.place(r, p, t)
        guests = [p for p in range(len(pb.people)) if p not in pb.pins[r]]
        rng.shuffle(guests)
        members = state.members[r]
        for p in guests:
            at_level = sum(not f and len(m) == sizes.level for f, m in zip(sizes.full, members))
            best: tuple[int, int, float, int] | None = None
            for t, m in enumerate(members):
                if len(m) >= sizes.high[t] or (not sizes.full[t] and len(m) == sizes.level - 1
                                               and at_level >= sizes.larger):
                    continue
                key = (state.add_cost(r, p, t), len(m), rng.random(), t)
                best = key if best is None or key < best else best
            assert best is not None  # the size rule leaves exactly enough seats
            state.place(r, p, best[3])


def _anneal(state: _State, rng: random.Random, iterations: int) -> list[list[int]]:
    """Simulated annealing from the current seats; returns the best seats seen."""
    pb, level, full = state.pb, state.pb.sizes.level, state.pb.sizes.full
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
    for _ in range(iterations):
        temp *= cool
        r = rng.choice(active)
        p = rng.choice(movable[r])
        members, a = state.members[r], state.seat[r][p]
        b = rng.randrange(n_tables - 1)
        b += b >= a
        mb = members[b]
        can_move = not full[a] and not full[b] and len(members[a]) == level == len(mb) + 1
        if can_move and (not mb or rng.random() < 0.5):
            q, delta = -1, state.move_cost(r, p, b)
        else:
            if not mb or pinned[r][q := mb[rng.randrange(len(mb))]]:
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
            best, best_seat = cost, [row[:] for row in state.seat]
    return best_seat


def make_plan(people: Sequence[Person], tables: Sequence[Table], rounds: int, *,
                  seed: int = 0, fixed: Mapping[tuple[str, int], str] | None = None,
                  time_budget_iterations: int = DEFAULT_ITERATIONS) -> SeatingPlan:
    """Plan ``rounds`` rounds of seating that mixes perspectives and people.

    ``fixed`` pins (person id, 0-based round index) -> table id. The result
    depends only on the inputs and ``seed``. ``time_budget_iterations`` is the
    number of annealing steps (0: greedy construction only). Raises
    ``ValueError`` for inputs no plan can satisfy (see the module docstring).
    """
    state, rng = _State(_Problem(people, tables, rounds, fixed)), random.Random(seed)
    _construct(state, rng)
    return state.plan(_anneal(state, rng, time_budget_iterations))


def random_plan(people: Sequence[Person], tables: Sequence[Table], rounds: int, *,
                seed: int = 0) -> SeatingPlan:
    """The baseline: hosts fixed and sizes balanced as by the planner, else random."""
    pb = _Problem(people, tables, rounds, None)
    rng, sizes, state = random.Random(seed), pb.sizes, _State(pb)
    open_tables = [t for t in range(len(pb.tables)) if not sizes.full[t]]
    # a host alone exceeds M - 1 only when M == 1: such a table must be a larger one
    needed = [t for t in open_tables if pb.host_of_table[t] >= 0 and sizes.level == 1]
    rest = [t for t in open_tables if t not in needed]
    for r in range(rounds):
        larger = needed + rng.sample(rest, sizes.larger - len(needed))
        slots: list[int] = []
        for t in range(len(pb.tables)):
            target = sizes.high[t] if sizes.full[t] or t in larger else sizes.level - 1
            slots += [t] * (target - (pb.host_of_table[t] >= 0))
        rng.shuffle(slots)
        guests = [p for p in range(len(pb.people)) if p not in pb.pins[r]]
        for p, t in [*pb.pins[r].items(), *zip(guests, slots)]:
            state.place(r, p, t)
    return state.plan()


def evaluate(plan: SeatingPlan, people: Sequence[Person],
             tables: Sequence[Table] = ()) -> PlanQuality:
    """Measure ``plan`` (hosts from ``tables``, else from the plan's own tables).

    Perspectives per table-round: distinct known perspectives at a table in a
    round, host included (mean and minimum over occupied table-rounds). New
    perspectives heard: per person, the distinct perspectives other than their
    own among everyone they sat with (mean). Repeated encounters: meetings of a
    pair beyond the first, summed over pairs. Distinct people met: per person
    (mean). Organisation clashes: pairs sharing an organisation at a table in a
    round. Size spread: largest minus smallest table over all rounds. Table
    revisits: visits of a guest to a table beyond the first.
    """
    perspective = {p.id: p.perspective for p in people}
    orgs = {p.id: _orgs(p) for p in people}
    hosts = {t.host_id for t in (tables or plan.tables)}
    distinct: list[int] = []
    sizes: list[int] = []
    meetings: Counter[tuple[str, str]] = Counter()
    visits: Counter[tuple[str, str]] = Counter()
    heard: dict[str, set[str | None]] = {}
    met: dict[str, set[str]] = {}
    clashes = 0
    for seating in plan.rounds:
        for table_id, ids in seating.items():
            sizes.append(len(ids))
            here = {perspective.get(i) for i in ids} - {None}
            if ids:
                distinct.append(len(here))
            for n, i in enumerate(ids):
                visits[i, table_id] += i not in hosts
                heard.setdefault(i, set()).update(here - {perspective.get(i)})
                met.setdefault(i, set()).update(ids)
                for j in ids[n + 1:]:
                    meetings[min(i, j), max(i, j)] += 1
                    clashes += bool(orgs.get(i, frozenset()) & orgs.get(j, frozenset()))
    count = max(len(met), 1)
    return PlanQuality(
        perspectives_per_table_round=sum(distinct) / len(distinct) if distinct else 0.0,
        min_perspectives_per_table_round=min(distinct, default=0),
        mean_new_perspectives_heard_per_person=sum(map(len, heard.values())) / count,
        repeated_encounters=sum(m - 1 for m in meetings.values() if m > 1),
        distinct_people_met_per_person=sum(len(m) - 1 for m in met.values()) / count,
        organisation_clashes=clashes,
        size_spread=max(sizes) - min(sizes) if sizes else 0,
        table_revisits=sum(v - 1 for v in visits.values() if v > 1),
    )


def move_person(plan: SeatingPlan, person_id: str, round_index: int, table_id: str, *,
                people: Sequence[Person] = ()) -> SeatingPlan:
    """Return a plan with ``person_id`` at ``table_id`` in round ``round_index``.

    A facilitator's manual adjustment. If the move alone would unbalance the
    table sizes (or overfill a table), one guest of ``table_id`` moves the other
    way: the one that keeps the plan best (perspectives counted when ``people``
    is given; repeats, clashes and revisits always). ``ValueError`` when
    ``person_id`` hosts another table, or a full table has no guest to swap.
    """
    if not 0 <= round_index < len(plan.rounds):
        raise PlanError("seating_planner.no_such_round", index=round_index,
                        rounds=len(plan.rounds))
    seating = plan.rounds[round_index]
    source = plan.table_of(person_id, round_index)
    if table_id not in seating or source is None:
        raise PlanError("seating_planner.cannot_move", person=_person(person_id),
                        table=_table(table_id), round=round_index + 1)
    hosting = {h: t for t, h in plan.hosts().items()}
    if hosting.get(person_id, table_id) != table_id:
        raise PlanError("seating_planner.host_stays", person=_person(person_id),
                        table=_table(hosting[person_id]))
    if source == table_id:
        return plan

    def moving(*moves: tuple[str, str, str]) -> SeatingPlan:
        new = dict(seating)
        for who, old, to in moves:
            new[old] = tuple(i for i in new[old] if i != who)
            new[to] = new[to] + (who,)
        return SeatingPlan(plan.rounds[:round_index] + (new,) + plan.rounds[round_index + 1:],
                           plan.tables)

    moved = moving((person_id, source, table_id))
    capacity = {t.id: t.capacity for t in plan.tables}
    rule = _size_rule(sum(map(len, seating.values())), [capacity.get(t) for t in seating])
    if rule.allows([len(ids) for ids in moved.rounds[round_index].values()]):
        return moved
    others = [i for i in seating[table_id] if i not in hosting]
    if not others:
        # Only hosts there: nobody can go the other way to keep the sizes even
        # (e.g. the person would leave their own table empty).
        raise PlanError("seating_planner.no_guest_to_swap", table=_table(table_id),
                        round=round_index + 1, person=_person(person_id))

    def cost(candidate: SeatingPlan) -> float:
        q = evaluate(candidate, people)
        return (W_REPEAT * q.repeated_encounters + W_ORGANISATION * q.organisation_clashes
                + W_REVISIT * q.table_revisits - W_PERSPECTIVE * q.perspectives_per_table_round
                * sum(1 for r in candidate.rounds for ids in r.values() if ids))

    swaps = [moving((person_id, source, table_id), (o, table_id, source)) for o in others]
    return min(swaps, key=cost)  # min keeps the first of equals: deterministic


def plan_problems(plan: SeatingPlan, people: Sequence[Person], tables: Sequence[Table], *,
                  fixed: Mapping[tuple[str, int], str] | None = None) -> list[str]:
    """The rules ``plan`` breaks, as messages for a facilitator (empty: valid)."""
    problems: list[str] = []
    ids, known = [p.id for p in people], {p.id for p in people}
    rule = _size_rule(len(ids), [t.capacity for t in tables])
    for r, seating in enumerate(plan.rounds):
        if list(seating) != [t.id for t in tables]:
            problems.append(f"Round {r + 1}: the tables differ from the event's tables.")
            continue
        seated = Counter(i for table_ids in seating.values() for i in table_ids)
        problems += [f"Round {r + 1}: {i!r} is seated {seated[i]} times." for i in ids
                     if seated[i] != 1]
        problems += [f"Round {r + 1}: {i!r} is not a participant." for i in seated
                     if i not in known]
        problems += [f"Round {r + 1}: host {t.host_id!r} is not at table {t.id!r}."
                     for t in tables if t.host_id is not None and t.host_id not in seating[t.id]]
        if not rule.allows([len(seating[t.id]) for t in tables]):
            sizes = ", ".join(f"{t.id}: {len(seating[t.id])}" for t in tables)
            problems.append(f"Round {r + 1}: table sizes are not balanced ({sizes}).")
    problems += [f"Round {r + 1}: {i!r} is pinned to table {t!r}." for (i, r), t
                 in (fixed or {}).items() if plan.table_of(i, r) != t]
    return problems
