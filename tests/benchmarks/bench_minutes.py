"""Figures for the minutes (issue 13, item 4): how long the minutes PDF of a
large event takes, against LibreOffice converting the same text in the same
run, and how much memory the 50k-note minutes need. Not a test: it passes or
fails nothing (see figures.py).

The references, taken paired with the minutes (minutes, reference, ...):
LibreOffice headless (`soffice --convert-to pdf`) converting the minutes'
own text as a plain .txt, and converting the minutes' .docx (Oogst's Word
export of the same outline). LibreOffice is warmed up once first, so its
profile is not made inside a sample.

Run on its own: ``python tests/benchmarks/bench_minutes.py [--notes 5000]
[--big 50000] [--repeat 3]`` builds the events itself (tests/exports/seedlike.py).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.exports.minutes import export_minutes, export_minutes_docx  # noqa: E402
from facilitator.exports.minutes_outline import minutes_outline  # noqa: E402
from facilitator.exports.model import Harvest  # noqa: E402
from facilitator.exports.outline import BulletList, Paragraph, Table  # noqa: E402

from figures import Figure, format_table, timed  # noqa: E402

# The child's own peak: VmHWM of its address space. (ru_maxrss would carry over
# the peak of the benchmark process it was forked from, across exec.)
PEAK_SCRIPT = """
import resource, sys
sys.path.insert(0, {root!r})
from facilitator.eventfile import EventFile
from facilitator.exports.minutes import export_minutes
with EventFile.open({event!r}, readonly=True) as event:
    export_minutes(event, {target!r})
try:
    with open("/proc/self/status") as status:
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def outline_text(event: EventFile) -> str:
    """The minutes' text, plainly: headings, paragraphs, list entries, table rows."""
    outline = minutes_outline(Harvest(event, lang="nl"), draft=True)
    lines: list[str] = []
    for block in outline.walk():
        if isinstance(block, BulletList):
            lines += ["  " * item.depth + "• " + item.text for item in block.items]
        elif isinstance(block, Table):
            lines += ["\t".join(row) for row in (block.header, *block.rows)]
        elif isinstance(block, Paragraph) or hasattr(block, "text"):
            lines.append(block.text)
    return "\n".join(lines) + "\n"


class LibreOffice:
    """`soffice --headless --convert-to pdf` with its own profile (warmed up once)."""

    def __init__(self, folder: Path) -> None:
        self.soffice = shutil.which("soffice")
        self.folder = folder
        self.profile = folder / "lo-profile"
        if self.soffice:
            warm = folder / "warm.txt"
            warm.write_text("warm\n")
            self.convert(warm)

    def convert(self, source: Path) -> Path:
        out = self.folder / "lo"
        subprocess.run([self.soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{self.profile}", "--convert-to", "pdf",
                        "--outdir", str(out), str(source)], capture_output=True, timeout=600,
                       check=True, env={**os.environ, "HOME": str(self.folder)})
        return out / (source.stem + ".pdf")


def peak_mib(event: Path, target: Path) -> float:
    """Peak resident memory (MiB) of a fresh process writing the minutes PDF."""
    script = PEAK_SCRIPT.format(root=str(ROOT), event=str(event), target=str(target))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=1800).stdout
    return int(out.split()[-1]) / 1024


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    out: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lo = LibreOffice(folder)
        if "5k" in events:
            with EventFile.open(events["5k"], readonly=True) as event:
                pdf, word = folder / "m5k.pdf", folder / "m5k.docx"
                text = folder / "m5k.txt"
                text.write_text(outline_text(event), encoding="utf-8")
                export_minutes_docx(event, word)
                mine, docx_times, txt_times = [], [], []
                for _ in range(repeat):
                    mine.append(timed(lambda: export_minutes(event, pdf)))
                    if lo.soffice:
                        txt_times.append(timed(lambda: lo.convert(text)))
                        docx_times.append(timed(lambda: lo.convert(word)))
            out.append(Figure("minutes PDF, 5k notes", mine, target="< 3 s",
                              met=sorted(mine)[len(mine) // 2] < 3))
            for name, samples in (("LibreOffice .txt → PDF", txt_times),
                                  ("LibreOffice .docx → PDF", docx_times)):
                if samples:
                    figure = Figure(f"minutes PDF, 5k notes vs {name}", mine, reference=name,
                                    reference_samples=samples, target="ratio ≤ 0.2 (5× faster)")
                    figure.met = figure.ratio is not None and figure.ratio <= 0.2
                    out.append(figure)
        if "50k" in events:
            target = folder / "m50k.pdf"
            with EventFile.open(events["50k"], readonly=True) as event:
                samples = [timed(lambda: export_minutes(event, target))
                           for _ in range(max(1, min(repeat, 2)))]
            out.append(Figure("minutes PDF, 50k notes", samples))
            peaks = [peak_mib(events["50k"], target)]
            out.append(Figure("minutes PDF, 50k notes, peak memory", peaks, unit="MiB",
                              target="< 250 MiB", met=peaks[0] < 250))
    return out


def _build(folder: Path, notes: int) -> Path:
    import sqlite3
    sys.path.insert(0, str(ROOT / "tests" / "exports"))
    import seedlike
    event = EventFile.in_memory()
    seedlike.build_big(event, notes=notes)
    path = folder / f"big{notes}.oogst"
    target = sqlite3.connect(str(path))
    event._conn.backup(target)  # noqa: SLF001 - a benchmark's own copy of its event
    target.close()
    event.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--big", type=int, default=50000, help="0: no 50k figures")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        events = {"5k": _build(Path(tmp), args.notes)}
        if args.big:
            events["50k"] = _build(Path(tmp), args.big)
        print(f"events built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        print(format_table(figures(events, args.repeat)))


if __name__ == "__main__":
    main()
