"""Finishing the opening of an event file while the window paints.

`EventFile.open(path, check_later=True)` locks the file and runs the quick
checks; SQLite's integrity check (it reads every page, long for a file with
photos) and the opening backup run here, on a background thread, after the
window has been built. Until the check has passed, the core makes the first
write wait for it, so a damaged file is refused before anything is written;
when it fails, `damaged` reaches the GUI thread and the window says so.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile

log = logging.getLogger(__name__)


class OpeningCheck(QObject):
    """Runs `event.finish_opening()` on a thread; `damaged(error)` when it fails."""

    damaged = Signal(object)  # the OogstError (DamagedFile)

    def __init__(self, event: EventFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._thread = threading.Thread(target=self._run, name="oogst-opening", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
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
    check = OpeningCheck(event, parent)
    check.damaged.connect(on_damaged)
    check.start()
    return check
