"""Long work in the core: the progress and abort callbacks, and what cancelling raises.

A long core function (an export, reading a registration list, an import, a
seating plan) takes ``progress(done, total, message)`` (``total`` 0 when not
known yet) and ``should_abort()``; it checks the latter now and then and
raises `Cancelled` (which leaves nothing half-written: inside an operation
the transaction rolls back). The GUI's runner turns both into signals; the
command line and the tests pass plain functions or nothing.
"""
from __future__ import annotations

from collections.abc import Callable

from .errors import OogstError

Progress = Callable[[int, int, str], None]
ShouldAbort = Callable[[], bool]


class Cancelled(OogstError):
    """The user stopped the work; nothing was written."""


def check(should_abort: ShouldAbort | None, key: str = "error.cancelled") -> None:
    """Raise `Cancelled` when the user asked to stop."""
    if should_abort is not None and should_abort():
        raise Cancelled(key)
