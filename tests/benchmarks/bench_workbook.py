"""Figures for the workbook export (issue 13, item 4): seconds for the 5k- and
50k-note events, and the peak memory of the 50k one, measured in a fresh
process that opens the file read-only and writes the workbook, as `oogst
export` does (its VmHWM, `figures.child_peak_mib`: `ru_maxrss` reported the
benchmark process's own peak). Not a test: it judges nothing.

Run alone: ``python tests/benchmarks/bench_workbook.py 5k=path.oogst 50k=path.oogst``.
"""
from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from figures import Figure, child_peak_mib, format_table, timed  # noqa: E402

_CHILD = textwrap.dedent("""
    import json, sys, time
    from facilitator.eventfile import EventFile
    from facilitator.exports import export_workbook
    with EventFile.open(sys.argv[1], readonly=True) as event:
        start = time.perf_counter()
        export_workbook(event, sys.argv[2])
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds}))
""")


def peak_memory(event: Path, target: Path) -> float:
    """Peak resident memory (MiB) of a fresh process that exports `event`'s workbook."""
    return child_peak_mib(_CHILD, str(event), str(target))[0]


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    from facilitator.eventfile import EventFile
    from facilitator.exports import export_workbook

    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "w.xlsx"
        for name, target_words in (("5k", "< 1.5 s"), ("50k", "")):
            if name not in events:
                continue
            with EventFile.open(events[name], readonly=True) as event:
                samples = [timed(lambda: export_workbook(event, target))
                           for _ in range(max(1, repeat if name == "5k" else
                                                  min(repeat, 3)))]
            figure = Figure(f"workbook, {name} notes", samples, "s", target=target_words)
            if target_words:
                figure.met = figure.value < 1.5
            out.append(figure)
        if "50k" in events:
            peaks = [peak_memory(events["50k"], target)
                     for _ in range(max(1, min(repeat, 3)))]
            figure = Figure("workbook, 50k notes: peak memory", peaks, "MiB",
                            target="< 250 MiB")
            figure.met = figure.value < 250
            out.append(figure)
    return out


if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parents[2]))
    given = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(format_table(figures({k: Path(v) for k, v in given.items()}, 3)))
