"""Figures for the exports of the event with photos (issue 13, item 5): the peak
memory of the minutes as PDF and as .docx, and of `oogst export --minutes`, each
in a fresh process that opens the file read-only (`figures.child_peak_mib`: its
VmHWM). The photos are read when drawn, one at a time: the outline does not
hold them. Not a test: it judges nothing.

Run alone: ``python tests/benchmarks/bench_photo_exports.py photos=path.oogst``.
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

_MINUTES = textwrap.dedent("""
    import sys, time
    from facilitator.eventfile import EventFile
    from facilitator.exports.minutes import export_minutes, export_minutes_docx
    write = export_minutes if sys.argv[3] == "pdf" else export_minutes_docx
    with EventFile.open(sys.argv[1], readonly=True) as event:
        start = time.perf_counter()
        write(event, sys.argv[2])
        print("seconds", time.perf_counter() - start)
""")
_CLI = textwrap.dedent("""
    import sys, time
    from facilitator.cli import main
    start = time.perf_counter()
    code = main(["export", sys.argv[1], "--minutes", sys.argv[2]])
    print("seconds", time.perf_counter() - start)
    if code:
        sys.exit(code)
""")


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    if "photos" not in events:
        return []
    out: list[Figure] = []
    source = str(events["photos"])
    with tempfile.TemporaryDirectory() as tmp:
        runs = (("minutes PDF", _MINUTES, ("m.pdf", "pdf")),
                ("minutes .docx", _MINUTES, ("m.docx", "docx")),
                ("oogst export --minutes", _CLI, ("cli.pdf",)))
        for name, code, (target, *rest) in runs:
            peaks, seconds = [], []
            for _ in range(max(1, min(repeat, 2))):
                peak, said = child_peak_mib(code, source, str(Path(tmp) / target), *rest)
                peaks.append(peak)
                seconds.append(float(said.split()[-1]))
            out.append(Figure(f"{name}, photos event: peak memory", peaks, "MiB"))
            out.append(Figure(f"{name}, photos event", seconds))
    return out


if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parents[2]))
    given = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(format_table(figures({k: Path(v) for k, v in given.items()}, 2)))
