"""What every benchmark hands the benchmark command: figures, not verdicts.

A benchmark module (`tests/benchmarks/bench_*.py`) that takes part in the one
benchmark command defines

    def figures(events: dict[str, Path], repeat: int) -> list[Figure]

where `events` maps a name ("5k", "50k", "photos", "demo") to a generated
event file (read-only for the benchmark: copy it before writing) and `repeat`
is how many paired samples to take. A figure holds its samples and, when it
is compared, the samples of its reference taken in the same run (paired:
measure, reference, measure, reference, ...), because this machine is noisy.
The command prints them as one table; nothing here passes or fails.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Figure:
    name: str                      # what was measured, e.g. "minutes PDF, 5k notes"
    samples: list[float]           # in `unit`
    unit: str = "s"                # "s", "ms", "MiB", "×"
    reference: str = ""            # what it is compared with ("" = not compared)
    reference_samples: list[float] = field(default_factory=list)
    target: str = ""               # the target, in words ("< 3 s", "ratio ≤ 1.3")
    met: bool | None = None        # whether the target is met (None: not judged)
    statistic: str = "median"      # "median" or "p99" (what `value` reports)

    @property
    def value(self) -> float:
        return summary(self.samples, self.statistic)

    @property
    def spread(self) -> tuple[float, float]:
        return (min(self.samples), max(self.samples)) if self.samples else (0.0, 0.0)

    @property
    def reference_value(self) -> float | None:
        if not self.reference_samples:
            return None
        return summary(self.reference_samples, self.statistic)

    @property
    def ratio(self) -> float | None:
        """Median of the paired ratios (sample / reference sample)."""
        pairs = [(s, r) for s, r in zip(self.samples, self.reference_samples) if r > 0]
        if not pairs:
            return None
        return statistics.median(s / r for s, r in pairs)


def summary(samples: list[float], statistic: str = "median") -> float:
    if not samples:
        return float("nan")
    if statistic == "p99":
        ordered = sorted(samples)
        return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    return statistics.median(samples)


def timed(func: Callable[[], object]) -> float:
    """Seconds one call of `func` takes."""
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def paired(func: Callable[[], object], reference: Callable[[], object],
           repeat: int) -> tuple[list[float], list[float]]:
    """`repeat` alternating timings of `func` and `reference` (seconds)."""
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(timed(func))
        theirs.append(timed(reference))
    return mine, theirs


def format_table(figures: list[Figure]) -> str:
    """One plain-text table: figure, median (or p99), spread, reference, ratio, target."""
    head = ("figure", "value", "spread", "reference", "ratio", "target", "met")
    rows = [head]
    for f in figures:
        ref = f.reference_value
        ratio = f.ratio
        rows.append((
            f.name,
            f"{f.statistic} {_num(f.value)} {f.unit}",
            f"{_num(f.spread[0])}–{_num(f.spread[1])}",
            f"{f.reference}: {_num(ref)} {f.unit}" if ref is not None else f.reference,
            f"{ratio:.2f}×" if ratio is not None else "",
            f.target,
            {True: "yes", False: "NO", None: ""}[f.met],
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _num(x: float) -> str:
    if x != x:  # nan
        return "–"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def child_peak_mib(code: str, *args: str, timeout: float = 1800) -> tuple[float, str]:
    """Run `code` (Python, with `args` as sys.argv[1:]) in a fresh interpreter with
    this checkout on its path; returns its peak resident memory in MiB and its
    output. The peak is the child's VmHWM, read by the child itself at its end:
    `ru_maxrss` would report the benchmark process's own peak instead (a child
    started by vfork keeps its parent's high-water mark across exec)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    tail = ("\nwith open('/proc/self/status') as _status:\n"
            "    print('VmHWM', next(l.split()[1] for l in _status"
            " if l.startswith('VmHWM:')))\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    out = subprocess.run([sys.executable, "-c", code + tail, *args], capture_output=True,
                         text=True, env=env, check=True, timeout=timeout).stdout
    lines = out.strip().splitlines()
    return int(lines[-1].split()[1]) / 1024, "\n".join(lines[:-1])
