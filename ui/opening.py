"""Finishing the opening of an event file while the window paints.

`EventFile.open(path, check_later=True)` locks the file and runs the quick
checks; SQLite's integrity check (it reads every page, long for a file with
photos) and the opening backup run here, on a background thread, once the
window has painted the event (so they do not compete with the first paint).
Until the check has passed, the core makes the first write wait for it, so a
damaged file is refused before anything is written; when it fails, `damaged`
reaches the GUI thread and the window says so.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile

from .lazy_pages import after_first_paint

log = logging.getLogger(__name__)


class OpeningCheck(QObject):
    """Runs `event.finish_opening()` on a thread; `damaged(error)` when it fails."""

    damaged = Signal(object)  # the OogstError (DamagedFile)

    def __init__(self, event: EventFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._thread = threading.Thread(target=self._run, name="oogst-opening", daemon=True)

    def start(self) -> None:
        """Start the check (once)."""
        if self._thread.ident is None:
            self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        self.start()
        self._thread.join(seconds)

    def _run(self) -> None:
        try:
            self._event.finish_opening()
        except OogstError as exc:
            self.damaged.emit(exc)  # queued to the GUI thread
        except Exception:  # noqa: BLE001 - a closed file under way, say: never a crash
            log.exception("Finishing the opening of %s failed", self._event.path)


def finish_later(event: EventFile, on_damaged: Callable[[OogstError], None],
                 parent: QObject | None = None) -> OpeningCheck:
    """The check of `event`, started when the window `parent` has painted (at most
    half a second from now), or at once without a window."""
    check = OpeningCheck(event, parent)
    check.damaged.connect(on_damaged)
    if isinstance(parent, QWidget):
        after_first_paint(parent, check.start, at_most=500)
    else:
        check.start()
    return check
