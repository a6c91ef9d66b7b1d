"""Figures for start-up (issue 13, item 3): a fresh process until the first paint.

Oogst as `./start.sh FILE` starts it (`ui.launch.main`, its own import order),
paired with a bare PySide6 QMainWindow script of the same size, each in its
own process of the same interpreter, with the same environment and folder,
alternating. Both are measured the same way: from starting the process until
the first paint of the main window has been drawn and flushed (a zero timer
posted from the window's first paintEvent fires after the whole frame), and
for Oogst the frame must show the event: the event open and its first page
built (else the figure fails rather than measuring an empty window).

Compiled files: both run with their byte code cached in a scratch folder
(PYTHONPYCACHEPREFIX), compiled by a warm-up start of each, as a user's
second start (or an installed wheel) has them. (With PYTHONDONTWRITEBYTECODE
set and no __pycache__ in the checkout, as some shells have it, Oogst would
compile its ~150 modules from source at every start while PySide6 comes
precompiled from site-packages: not what a user's start does.)

Events: the 5k event on its first page (a file opened for the first time),
the same file reopened where the facilitator was (live capture at the busy
table: 2,500 notes in the round), the demo, and the 5k event with 100 photos.

Run with the other benchmarks: ``./bench.sh --only startup``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(HERE), str(ROOT)) if p not in sys.path]

from figures import Figure, summary  # noqa: E402

# Reported when the first frame has been painted and flushed: the zero timer posted
# from the first paintEvent runs after the paint event (the whole window) is done.
# PySide6 is imported when the window paints (loaded by then), not before: Oogst
# imports its core before Qt, as `./start.sh FILE` does.
REPORT = """
import os, time
_reported = []
def first_frame(check=lambda: ""):
    if _reported:
        return
    _reported.append(True)
    from PySide6.QtCore import QTimer
    def report():
        problem = check()
        print(problem or "painted", flush=True)
        os._exit(0)
    QTimer.singleShot(0, report)
"""

BARE_WINDOW = REPORT + """
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        first_frame()
app = QApplication([])
window = Window()
window.resize(1280, 800)
window.show()
app.exec()
"""

# Oogst as `./start.sh FILE` starts it, with the first paint of its main window
# reported: patched when ui.main_window is loaded (imports stay in Oogst's order).
OOGST_WINDOW = """
import importlib.machinery, sys
class Hook:
    def find_spec(self, name, path, target=None):
        if name != "ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            shown = module.MainWindow.paintEvent
            def paint(self, event):
                shown(self, event)
                first_frame(lambda: showing(self))
            module.MainWindow.paintEvent = paint
        spec.loader.exec_module = exec_module
        return spec
def showing(window):
    page = window.current_page()
    if window.bridge is None or page is None or window.pages.built(page) is None \\
            or not window.pages.built(page).isVisible():
        return "the first paint did not show the event's page"
    return ""
sys.meta_path.insert(0, Hook())
from ui.launch import main
main([sys.argv[1]])
""".replace("import importlib.machinery, sys", REPORT + "\nimport importlib.machinery, sys", 1)

# Where the facilitator was in the file: live capture, table 1 (the busy one), round 1.
PLACE = """
import sys
from PySide6.QtCore import QSettings
from facilitator.eventfile import EventFile
from ui.app import create_application
from ui.window_state import file_key
app = create_application([sys.argv[0]])
event = EventFile.open(sys.argv[1], readonly=True)
table = min(event.tables(), key=lambda t: t.number)
question = event.round_questions(table.id)[0]
key = file_key(sys.argv[1])
settings = QSettings()
settings.setValue(key + "/page", "capture")
settings.setValue(key + "/table", table.id)
settings.setValue(key + "/round", question.id)
settings.sync()
event.close()
"""


def _env(compiled: Path | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [p for p in (os.environ.get("PYTHONPATH", ""), str(ROOT)) if p]))
    if compiled is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(compiled)
    return env


def _first_paint(script: str, *args: str, compiled: Path | None) -> float:
    import time
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(compiled), cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(60)
    if line.strip() != "painted":
        raise RuntimeError(f"no first paint of the event: {line.strip()} "
                           f"{proc.stderr.read()[-2000:]}")
    return elapsed


def _copy(path: Path, folder: Path, name: str) -> Path:
    target = folder / f"{name}-{uuid.uuid4().hex[:6]}.oogst"
    shutil.copyfile(path, target)
    return target


def _figure(label: str, path: Path, repeat: int, compiled: Path | None,
            target: str = "") -> Figure:
    for script, args in ((OOGST_WINDOW, [str(path)]), (BARE_WINDOW, [])):
        _first_paint(script, *args, compiled=compiled)  # warm the disk cache (and compile)
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(_first_paint(OOGST_WINDOW, str(path), compiled=compiled))
        theirs.append(_first_paint(BARE_WINDOW, compiled=compiled))
    ratio = summary(mine) / summary(theirs)
    return Figure(f"start-up to first paint, {label}", mine, "s",
                  reference="bare PySide6 window", reference_samples=theirs,
                  target=target, met=ratio <= 2 if target else None)


def startup_figures(events: dict[str, Path], scratch: Path, repeat: int) -> list[Figure]:
    compiled = scratch / "pycache"
    out = []
    if "5k" in events:
        path = _copy(events["5k"], scratch, "start-5k")
        out.append(_figure("5k event", path, repeat, compiled, "≤ 2× bare (goal 1.5×)"))
        subprocess.run([sys.executable, "-c", PLACE, str(path)], check=True, cwd=ROOT,
                       env=_env(compiled), capture_output=True, timeout=120)
        out.append(_figure("5k event reopened on live capture (2,500 notes in the round)",
                           path, repeat, compiled))
    for name in ("demo", "photos"):
        if name in events:
            out.append(_figure(f"{name} event", _copy(events[name], scratch, "start-" + name),
                               repeat, compiled))
    return out


def figures(events: dict[str, Path], repeat: int) -> list[Figure]:
    scratch = Path(tempfile.mkdtemp(prefix="oogst-bench-startup-"))
    try:
        return startup_figures(events, scratch, max(repeat, 3))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    from big_event import events as make_events
    from figures import format_table
    os.environ.setdefault("OOGST_HOME", tempfile.mkdtemp(prefix="oogst-bench-home-"))
    print(format_table(figures(make_events(quick=True), 5)))
