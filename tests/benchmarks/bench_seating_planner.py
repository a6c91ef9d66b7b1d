"""Figures for the World Café seating planner against the random baseline.

Run: ``python tests/benchmarks/bench_seating_planner.py [--seeds N] [--iterations K]``.
Prints, per input (participants x tables x rounds, averaged over N seeded
inputs), planner / random baseline for: perspectives per table-round (mean,
with in brackets an upper bound on the mean: a perspective with k people can be
at no more than min(k, tables) tables; and minimum), repeated encounters,
organisation clashes, distinct people met per person, and the planner's time;
then summary ratios. Not a test: it passes or fails nothing.

Inputs: perspectives are drawn from seed 002's eight groups with the skew of
such a meeting (many citizens/initiatives and municipalities, few insurers,
banks and ministries); people of one perspective come from a small pool of
organisations (municipalities and insurers send colleagues); every table has a
host.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.seating_planner import (  # noqa: E402
    DEFAULT_ITERATIONS,
    Person,
    Table,
    evaluate,
    make_plan,
    random_plan,
)

# seed 002's perspectives, with a realistic share of the room and how many
# distinct organisations a group of ten such participants tends to come from
PERSPECTIVES = [
    ("Burgers/inwoners", 0.30, 8),
    ("Wmo-raden/adviesraden", 0.08, 5),
    ("Gemeenten", 0.24, 4),
    ("Zorg- en welzijnsinstellingen", 0.12, 5),
    ("Zorgverzekeraars", 0.06, 2),
    ("Banken", 0.05, 2),
    ("Hogescholen", 0.09, 3),
    ("Ministeries", 0.06, 2),
]


def make_input(
    participants: int, tables: int, seed: int
) -> tuple[list[Person], list[Table]]:
    """A seeded registration list and tables with hosts."""
    rng = random.Random(seed)
    weights = [w for _, w, _ in PERSPECTIVES]
    people = []
    for i in range(participants):
        k = rng.choices(range(len(PERSPECTIVES)), weights)[0]
        name, _, orgs_per_ten = PERSPECTIVES[k]
        pool = max(1, round(orgs_per_ten * participants / 60))
        org = f"{name} #{rng.randrange(pool)}"
        people.append(Person(f"p{i:02d}", name, (org,) if rng.random() < 0.9 else ()))
    hosts = rng.sample(range(participants), tables)
    return people, [Table(f"T{j + 1}", people[h].id) for j, h in enumerate(hosts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="inputs per grid cell")
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    args = parser.parse_args()

    header = (
        f"{'n x T x R':>11} | {'persp/table (bound)':>19} | {'min':>9} | {'repeats':>13} "
        f"| {'org clashes':>11} | {'people met':>11} | {'time ms':>8}"
    )
    print("planner / random baseline, mean over", args.seeds, "seeded inputs per row")
    print(header)
    print("-" * len(header))
    rows = []
    for n in (12, 24, 36, 48, 60):
        for n_tables in (3, 5, 8):
            for n_rounds in (2, 3, 4):
                plan_q, base_q, times, bounds = [], [], [], []
                for s in range(args.seeds):
                    people, tables = make_input(n, n_tables, seed=1000 * n + 10 * n_tables + s)
                    groups = Counter(p.perspective for p in people).values()
                    bounds.append(sum(min(g, n_tables) for g in groups) / n_tables)
                    start = time.perf_counter()
                    plan = make_plan(
                        people, tables, n_rounds, seed=s, time_budget_iterations=args.iterations
                    )
                    times.append(time.perf_counter() - start)
                    plan_q.append(evaluate(plan, people, tables))
                    base = random_plan(people, tables, n_rounds, seed=s)
                    base_q.append(evaluate(base, people, tables))

                def m(qs: list, attr: str) -> float:
                    return statistics.fmean(getattr(q, attr) for q in qs)

                row = {
                    key: (m(plan_q, attr), m(base_q, attr))
                    for key, attr in (
                        ("mean", "perspectives_per_table_round"),
                        ("min", "min_perspectives_per_table_round"),
                        ("rep", "repeated_encounters"),
                        ("org", "organisation_clashes"),
                        ("met", "distinct_people_met_per_person"),
                    )
                }
                row["time"] = (statistics.fmean(times), max(times))
                row["bound"] = (statistics.fmean(bounds), 0.0)
                rows.append(row)
                print(
                    f"{n:>3} x {n_tables} x {n_rounds} | "
                    f"{row['mean'][0]:>5.2f} / {row['mean'][1]:<4.2f} ({row['bound'][0]:.2f}) | "
                    f"{row['min'][0]:>3.1f} / {row['min'][1]:<3.1f} | "
                    f"{row['rep'][0]:>5.1f} / {row['rep'][1]:<5.1f} | "
                    f"{row['org'][0]:>4.1f} / {row['org'][1]:<4.1f} | "
                    f"{row['met'][0]:>4.1f} / {row['met'][1]:<4.1f} | "
                    f"{1000 * row['time'][0]:>8.0f}"
                )

    def total(key: str, side: int) -> float:
        return sum(r[key][side] for r in rows)

    print()
    print("summary over", len(rows), "grid cells (planner vs baseline)")
    print(
        f"  perspectives per table-round: {total('mean', 0) / len(rows):.2f} vs "
        f"{total('mean', 1) / len(rows):.2f} (ratio {total('mean', 0) / total('mean', 1):.3f}); "
        f"upper bound {total('bound', 0) / len(rows):.2f}"
    )
    print(
        f"  minimum per table-round:      {total('min', 0) / len(rows):.2f} vs "
        f"{total('min', 1) / len(rows):.2f}; cells where planner min < baseline min: "
        f"{sum(r['min'][0] < r['min'][1] for r in rows)}"
    )
    print(
        f"  repeated encounters (sum):    {total('rep', 0):.0f} vs {total('rep', 1):.0f} "
        f"(ratio {total('rep', 0) / max(total('rep', 1), 1e-9):.3f})"
    )
    print(
        f"  organisation clashes (sum):   {total('org', 0):.0f} vs {total('org', 1):.0f} "
        f"(ratio {total('org', 0) / max(total('org', 1), 1e-9):.3f})"
    )
    print(
        f"  distinct people met:          {total('met', 0) / len(rows):.2f} vs "
        f"{total('met', 1) / len(rows):.2f} (ratio {total('met', 0) / total('met', 1):.3f})"
    )
    print(
        f"  planner time: mean {1000 * statistics.fmean(r['time'][0] for r in rows):.0f} ms, "
        f"max {1000 * max(r['time'][1] for r in rows):.0f} ms "
        f"({args.iterations} annealing steps)"
    )


if __name__ == "__main__":
    main()
