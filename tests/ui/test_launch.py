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
