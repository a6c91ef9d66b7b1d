"""PySide6 6.12.0 on Python 3.11 eats a reference to None on every void Qt call
(and to True on every signal emit)
(see ui/capture/pyside_guard.py); without the guard the program dies after a few
hundred notes. These tests run fresh interpreters so the guard of this test
process does not hide anything."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLS = 60_000  # far more than None's reference count at start-up (~20,000)

HAMMER = f"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {str(ROOT)!r})
if sys.argv[1] == "guarded":
    import ui.capture
    from ui.capture import pyside_guard
    print("guard applied:", pyside_guard._applied, flush=True)
from PySide6.QtCore import QObject, Signal
class Probe(QObject):
    ping = Signal()
probe = Probe()
for _ in range({CALLS}):
    probe.setObjectName("x")  # void: PySide6 6.12.0 hands out an unowned None
    probe.ping.emit()  # ... and an unowned True
print("alive", flush=True)
"""


def run(mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HAMMER, mode], capture_output=True,
                          text=True, timeout=120)


def test_importing_the_capture_views_makes_qt_calls_safe():
    result = run("guarded")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "alive" in result.stdout


def test_the_guard_acts_only_when_the_bug_is_there():
    from ui.capture import pyside_guard

    unguarded = run("bare")
    buggy = unguarded.returncode != 0
    if buggy:  # the bug is real here: the guard must have been applied
        assert "_dealloc" in unguarded.stderr or unguarded.returncode < 0
        assert pyside_guard._applied
    else:  # a healthy PySide6 or Python 3.12+: the guard leaves None alone
        assert "alive" in unguarded.stdout
        assert not pyside_guard.leaks()
