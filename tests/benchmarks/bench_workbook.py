"""Figures for the workbook export (issue 13, item 4): seconds for the 5k- and
50k-note events, and the peak memory of the 50k one, measured in a fresh
process (`resource.getrusage` ru_maxrss: the export alone, after opening the
file read-only as `oogst export` does). Not a test: it judges nothing.

Run alone: ``python tests/benchmarks/bench_workbook.py 5k=path.oogst 50k=path.oogst``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from figures import Figure, format_table, timed  # noqa: E402

_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from facilitator.eventfile import EventFile
    from facilitator.exports import export_workbook
    with EventFile.open(sys.argv[1], readonly=True) as event:
        opened = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        export_workbook(event, sys.argv[2])
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_kib": peak, "opened_kib": opened, "seconds": seconds}))
""")


def peak_memory(event: Path, target: Path) -> dict:
    """Peak resident memory (KiB) of a fresh process that exports `event`'s workbook."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(event), str(target)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


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
            peaks = [peak_memory(events["50k"], target)["peak_kib"] / 1024
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
