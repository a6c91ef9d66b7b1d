"""Figures for the minutes as a Word document (issue 13, item 4; issue 10, item 2):
seconds for the .docx of the 5k- and 50k-note events, and the peak memory of
each, measured in a fresh process that opens the file read-only and writes the
.docx, as `oogst export --docx` does (its VmHWM, `figures.child_peak_mib`).
Not a test: it judges nothing.

Run alone: ``python tests/benchmarks/bench_docx.py 5k=path.oogst 50k=path.oogst``.
"""
from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from figures import Figure, child_peak_mib, format_table  # noqa: E402

_CHILD = textwrap.dedent("""
    import sys, time
    from facilitator.eventfile import EventFile
    from facilitator.exports.minutes import export_minutes_docx
    with EventFile.open(sys.argv[1], readonly=True) as event:
        start = time.perf_counter()
        export_minutes_docx(event, sys.argv[2])
        print("seconds", time.perf_counter() - start)
""")


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "minutes.docx"
        for name in ("5k", "50k"):
            if name not in events:
                continue
            seconds, peaks = [], []
            for _ in range(max(1, repeat if name == "5k" else min(repeat, 2))):
                peak, said = child_peak_mib(_CHILD, str(events[name]), str(target))
                seconds.append(float(said.split()[-1]))
                peaks.append(peak)
            out.append(Figure(f"minutes .docx, {name} notes", seconds))
            figure = Figure(f"minutes .docx, {name} notes: peak memory", peaks, "MiB",
                            target="< 250 MiB")
            figure.met = figure.value < 250
            out.append(figure)
    return out


if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parents[2]))
    given = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(format_table(figures({k: Path(v) for k, v in given.items()}, 3)))
