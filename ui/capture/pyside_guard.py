"""A guard against a PySide6 6.12.0 bug that crashes Python 3.11 mid-meeting.

PySide6 6.12.0 returns None from every void Qt method (`widget.update()`,
`label.setText()`, `super().paint()`...) and for every invalid QVariant
(`index.data(role)` without a value), and True from every `signal.emit()`,
WITHOUT taking a reference. On Python 3.12+ None, True and False are
immortal and nothing happens; on Python 3.11 each call takes their
reference count one step closer to zero, and at zero the interpreter aborts
("Fatal Python error: none_dealloc" / "bool_dealloc"). Live capture makes
some hundred such calls per note typed: the program would die after a few
hundred notes. PySide6 6.11.3 does not have the bug.

`protect_singletons()` detects the leak with a tiny probe and, only then,
gives None, True and False a reference count they can never use up (what
Python 3.12 does for immortal objects). It changes nothing on a healthy
PySide6 or on Python 3.12+. The real fix is a PySide6 without the bug
(pin `PySide6-Essentials<6.12`).
"""
from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 32
_RESERVE = min(1 << 40, sys.maxsize // 4)
_applied = False


def leaks() -> bool:
    """True when void Qt calls or signal emits eat references to None or True."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal there
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method: returns None
        probe.ping.emit()  # returns True
    return (sys.getrefcount(None) <= none_before - PROBE_CALLS // 2
            or sys.getrefcount(True) <= true_before - PROBE_CALLS // 2)


def _reserve(obj: object) -> bool:
    before = sys.getrefcount(obj)
    refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: PyObject's first field
    refcount.value += _RESERVE
    if sys.getrefcount(obj) - before != _RESERVE:  # not the layout we expect: undo
        refcount.value -= _RESERVE
        return False
    return True


def protect_singletons() -> bool:
    """Make the singletons' reference counts unexhaustible if the bug is present."""
    global _applied
    if _applied:
        return True
    if not leaks():
        return False
    _applied = all([_reserve(None), _reserve(True), _reserve(False)])
    return _applied
