"""`ui.launch`: a file starts the window without loading the command line or the
export machinery; a command never loads Qt."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.launch import names_a_file, wants_window

ROOT = Path(__file__).resolve().parents[2]


def test_no_command_looks_like_a_file_so_the_shortcut_decides_as_before():
    from facilitator import cli
    commands = list(cli.COMMANDS)
    assert commands and not any(names_a_file([name]) for name in commands)
    for args in ([], ["vergadering.oogst"], ["map/vergadering"], [r"C:\map\v"]):
        assert names_a_file(args) and wants_window(args, commands)
    for args in (["info", "x.oogst"], ["--help"], ["templates"], ["-v.oogst"]):
        assert not names_a_file(args)


def test_the_window_starts_without_reportlab_openpyxl_or_the_command_line():
    code = ("import sys, ui.launch, ui.main_window, ui.app; "
            "print(sorted(m for m in ('reportlab', 'openpyxl', 'facilitator.exports', "
            "'facilitator.cli', 'sqlite_utils') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# What the window has loaded and read when it first paints an event, in a fresh
# process started as `oogst FILE` starts it (ui.launch.main); printed as JSON.
FIRST_PAINT = r"""
import importlib.machinery, json, os, re, sys
statements = []
class Hook:
    def find_spec(self, name, path, target=None):
        if name != "ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            from facilitator import storage
            opened = storage.open_connection
            def traced(*args, **kwargs):
                conn = opened(*args, **kwargs)
                conn.set_trace_callback(statements.append)
                return conn
            storage.open_connection = traced
            paint = module.MainWindow.paintEvent
            def first_paint(self, event):
                paint(self, event)
                page = self.current_page()
                from PySide6.QtWidgets import QApplication
                print(json.dumps({
                    "title": self.windowTitle(), "page": page,
                    "app_sheet": QApplication.instance().styleSheet(),
                    "built": [k for k in self.pages if self.pages.built(k) is not None],
                    "welcome": self.start_area.built() is not None,
                    "search": self.search_area.built() is not None,
                    "modules": sorted(set(sys.modules) & set(sys.argv[2].split(","))),
                    "note_reads": [s for s in statements
                                   if re.search(r"\bFROM note\b(?!_)", s)]}), flush=True)
                os._exit(0)
            module.MainWindow.paintEvent = first_paint
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Hook())
from ui.launch import main
main([sys.argv[1]])
"""

# Not needed for the first page of an event: each of these once cost the start time.
NOT_AT_START = ("reportlab", "openpyxl", "sqlite_utils", "facilitator.exports",
                "facilitator.cli", "facilitator.sessions", "facilitator.templates",
                "tomllib", "importlib.metadata", "importlib.resources", "logging.handlers",
                "subprocess", "uuid", "ui.search_panel", "ui.prep.start_page",
                "ui.prep.new_event", "ui.prep.participants", "ui.export_dialog",
                "ui.file_dialogs", "ui.capture", "hashlib", "facilitator.seating_planner")


def _env(home: Path) -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), OOGST_HOME=str(home),
                XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")


def _first_paint(path: Path, home: Path) -> dict:
    import json
    env = _env(home)
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(path), ",".join(NOT_AT_START)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_paint_shows_the_event_with_a_light_start(demo_file, tmp_path):
    for start in ("first", "second"):  # the second start reads the compiled caches
        seen = _first_paint(demo_file, tmp_path / "home")
        assert seen["title"].endswith(demo_file.name), start
        assert seen["page"] == "programme" and seen["built"] == ["programme"], start
        assert not seen["welcome"] and not seen["search"], start  # never shown: never made
        # the first start parses the word catalogue once (then its compiled copy)
        assert seen["modules"] == (["tomllib"] if start == "first" else []), start
        assert seen["note_reads"] == [], start  # the programme page reads no note
        # no application-wide sheet: Qt would polish every widget through its
        # style-sheet style (ui/theme.py)
        assert seen["app_sheet"] == "", start
    cache = tmp_path / "home" / "cache"
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == [
        "catalogue", "dataclass", "module", "regex", "schema"]  # module, regex: PySide6's


def test_pyside_does_not_read_the_source_of_oogsts_modules():
    """PySide6 reads every module imported after it for `__feature__` imports, unless the
    module is in its table already: ui.launch enters Oogst's own (ui: 0, core: -1) and
    Python's library (-1, loaded already or not), and nothing of anyone else."""
    code = ("import json.decoder, ui.launch; ui.launch.without_feature_scan(); "
            "from shibokensupport import feature; t = feature.pyside_feature_dict; "
            "print(t.get('ui.main_window'), t.get('ui.prep.programme'), "
            "t.get('ui.capture.view'), t.get('facilitator.cli'), t.get('logging'), "
            "t.get('json.decoder'), t.get('tomllib'), t.get('reportlab'))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "0", "0", "-1", "-1", "-1", "-1", "None"]


# Where the facilitator was when the file closed: live capture, at the table with the
# most notes, in its first round (what ui.window_state remembers), printed.
LEFT_ON_CAPTURE = r"""
import sys
from PySide6.QtCore import QSettings
from facilitator.eventfile import EventFile
from ui.app import create_application
from ui.window_state import file_key
app = create_application([sys.argv[0]])
event = EventFile.open(sys.argv[1], readonly=True)
table = max(event.tables(), key=lambda t: len(event.notes(table_id=t.id)))
question = event.round_questions(table.id)[0]
key = file_key(sys.argv[1])
settings = QSettings()
settings.setValue(key + "/page", "capture")
settings.setValue(key + "/table", table.id)
settings.setValue(key + "/round", question.id)
settings.sync()
print(question.id)
event.close()
"""


def test_reopened_on_live_capture_the_first_paint_reads_only_that_round(demo_file, tmp_path):
    home = tmp_path / "home"
    out = subprocess.run([sys.executable, "-c", LEFT_ON_CAPTURE, str(demo_file)],
                         capture_output=True, text=True, env=_env(home), cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    question_id = out.stdout.split()[-1]
    seen = _first_paint(demo_file, home)
    assert seen["page"] == "capture" and seen["built"] == ["capture"]
    # the round's notes, not first all notes of the table to find its newest
    assert len(seen["note_reads"]) == 1, seen["note_reads"]
    assert f"question_id IS '{question_id}'" in seen["note_reads"][0]
