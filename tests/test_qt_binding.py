"""The installed Qt binding must not eat references (PySide6 6.12.0 on Python 3.11 does).

With such a binding the program aborts ("Fatal Python error: bool_dealloc")
after some hundred widget calls, in the middle of a meeting. This runs the
calls in a child process so that a broken binding fails this test instead of
killing the test run.
"""
from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

class Probe(QObject):
    ping = Signal()

probe = Probe()
none, true = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(200):
    probe.setObjectName("x")
    probe.ping.emit()
print(none - sys.getrefcount(None), true - sys.getrefcount(True))
"""


def test_void_calls_and_emits_keep_reference_counts():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    lost_none, lost_true = (int(x) for x in result.stdout.split())
    assert lost_none < 50 and lost_true < 50, (lost_none, lost_true)
