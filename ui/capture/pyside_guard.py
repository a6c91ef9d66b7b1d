"""A guard against a PySide6 6.12.0 bug that crashes Python 3.11 mid-meeting.

PySide6 6.12.0 returns None from every void Qt method (`widget.update()`,
`label.setText()`, `super().paint()`...) and for every invalid QVariant
(`index.data(role)` without a value) WITHOUT taking a reference to it. On
Python 3.12+ None is immortal and nothing happens; on Python 3.11 each call
takes None's reference count one step closer to zero, and at zero the
interpreter aborts ("Fatal Python error: none_dealloc"). Live capture makes
some hundred such calls per note typed: the program would die after a few
hundred notes. PySide6 6.11.3 does not have the bug.

`protect_none()` detects the leak with a tiny probe and, only then, gives
None a reference count it can never use up (what Python 3.12 does for
immortal objects). It changes nothing on a healthy PySide6 or Python 3.12+.
The real fix is a PySide6 without the bug (pin `PySide6-Essentials<6.12`).
"""
from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 32
_RESERVE = min(1 << 40, sys.maxsize // 4)
_applied = False


def none_leaks() -> bool:
    """True when void Qt calls eat references to None in this interpreter."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal there
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    return sys.getrefcount(None) <= before - PROBE_CALLS // 2


def protect_none() -> bool:
    """Make None's reference count unexhaustible if the bug is present; True if done."""
    global _applied
    if _applied:
        return True
    if not none_leaks():
        return False
    before = sys.getrefcount(None)
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: PyObject's first field
    refcount.value += _RESERVE
    if sys.getrefcount(None) - before != _RESERVE:  # not the layout we expect: undo
        refcount.value -= _RESERVE
        return False
    _applied = True
    return True
