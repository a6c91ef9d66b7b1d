"""Figures for the GUI's export (issue 13, item 5): the peak memory of File >
Export (the dialog's default outputs: minutes PDF, agenda PDF, workbook) on the
event with 100 photos, in a fresh process that opens a copy of the event as
the window does and runs the dialog's own work function
(`ui.export_dialog.export_work`: a private copy on disk, then the exports).
The reference is the same process's peak with the event only opened. Not a
test: it judges nothing.

Run alone: ``python tests/benchmarks/bench_gui_export.py photos=path.oogst``.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
from figures import Figure, child_peak_mib, format_table  # noqa: E402

_CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    os.environ["OOGST_HOME"] = sys.argv[3]  # the copy's backups and private copies
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from facilitator.eventfile import EventFile
    from facilitator.exports import ExportRequest
    from ui.export_dialog import export_work

    def hwm():
        with open("/proc/self/status") as status:
            return int(next(l.split()[1] for l in status if l.startswith("VmHWM:")))

    out = Path(sys.argv[2])
    event = EventFile.open(sys.argv[1])
    event.wait_for_backup()
    opened = hwm()
    request = ExportRequest({"minutes": out / "m.pdf", "agenda": out / "a.pdf",
                             "workbook": out / "w.xlsx"})
    start = time.perf_counter()
    export_work(event, request, [])(lambda *a: None, lambda: False)
    seconds = time.perf_counter() - start
    event.close()
    print("opened", opened, "seconds", seconds)
""")


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    if "photos" not in events:
        return []
    peaks, opened, seconds = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event = folder / "photos.oogst"
        shutil.copyfile(events["photos"], event)  # the benchmark's event is read-only
        for _ in range(max(1, min(repeat, 2))):
            peak, said = child_peak_mib(_CHILD, str(event), str(folder), str(folder / "home"))
            words = said.split()
            peaks.append(peak)
            opened.append(int(words[words.index("opened") + 1]) / 1024)
            seconds.append(float(words[words.index("seconds") + 1]))
    figure = Figure("GUI export (minutes, agenda, workbook), photos event: peak memory",
                    peaks, "MiB", reference="event opened", reference_samples=opened)
    return [figure, Figure("GUI export (minutes, agenda, workbook), photos event", seconds)]


if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parents[2]))
    given = dict(arg.split("=", 1) for arg in sys.argv[1:])
    print(format_table(figures({k: Path(v) for k, v in given.items()}, 2)))
