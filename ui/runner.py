"""The one runner for long work: a background thread, progress, cancel, one outcome.

Long work (exports, the seating plan and its printing, reading and importing
a registration list) is a plain core function `work(progress, should_abort)`
that knows nothing of Qt. `run_job` runs it on Qt's thread pool and turns
its callbacks into signals on the GUI thread, like Anki's `CollectionOp`
and Calibre's `ThreadedJob`:

* `progressed(done, total, message)` while it runs;
* then exactly one of `succeeded(result)` (the work returned: it did all it
  was asked, even if Cancel came too late to stop it), `failed(message)` (an
  OogstError in the interface language, or a calm sentence for a bug, which
  is logged with its traceback) or `cancelled()` (the work stopped at a
  check after `job.cancel()`, leaving nothing half-written);
* then `finished()`.

Writes the work makes go through the core's operations, which serialise
with the GUI's own edits (the core's write lock) and end in the one change
notice the views already listen to; `initiator` is named in it. The GUI
thread only starts the job and receives its signals, so it never waits.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from facilitator.errors import OogstError
from facilitator.jobs import Cancelled, Progress, ShouldAbort

from . import i18n
from .errors import log

Work = Callable[[Progress, ShouldAbort], Any]


class Job(QObject):
    """One piece of long work; its signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, *, event: Any = None, initiator: object = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._event = event
        self._initiator = initiator
        self._abort = threading.Event()
        self._done = threading.Event()  # the outcome is known: what `finished` slots see
        self._ended = threading.Event()  # and the worker has sent its last signal

    # -- the GUI side -------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it leaves nothing half-written)."""
        self._abort.set()

    @property
    def is_cancelled(self) -> bool:
        return self._abort.is_set()

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the work has ended and the worker has sent its last signal (for
        closing the file: the job may then be deleted with its owner); True when it has."""
        return self._ended.wait(seconds)

    # -- the worker side ------------------------------------------------------------

    def _run(self) -> None:
        try:
            if self._event is not None:
                with self._event.initiated_by(self._initiator):
                    result = self._work(self.progressed.emit, self._abort.is_set)
            else:
                result = self._work(self.progressed.emit, self._abort.is_set)
        except Cancelled:
            self.cancelled.emit()
        except OogstError as exc:
            if self._abort.is_set():  # a refusal caused by stopping half-way
                self.cancelled.emit()
            else:
                self.failed.emit(i18n.core_error(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: logged, told calmly
            log.exception("Background work failed")
            self.failed.emit(QCoreApplication.translate(
                "Runner", "Something unexpected went wrong (%1); the event file is safe. "
                "The details are in the log.").replace("%1", type(exc).__name__))
        else:
            # Work that returned did all it was asked (a late Cancel changes nothing).
            self.succeeded.emit(result)
        finally:
            self._done.set()
            try:
                self.finished.emit()
            finally:
                self._ended.set()  # the worker no longer touches the job


class _Task(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


def run_job(work: Work, *, event: Any = None, initiator: object = None,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[str], None] | None = None,
            on_cancel: Callable[[], None] | None = None,
            on_progress: Progress | None = None,
            on_finished: Callable[[], None] | None = None,
            parent: QObject | None = None) -> Job:
    """Start `work(progress, should_abort)` in the background and return its Job.

    The callbacks are connected before the job starts, so none is missed: a signal
    reaches only the slots connected when the worker sends it, and short work may be
    over before the caller's next line (connect to the returned job's signals only
    for what may be missed).
    """
    job = Job(work, event=event, initiator=initiator, parent=parent)
    if on_progress is not None:
        job.progressed.connect(on_progress)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_failure is not None:
        job.failed.connect(on_failure)
    if on_cancel is not None:
        job.cancelled.connect(on_cancel)
    if on_finished is not None:
        job.finished.connect(on_finished)
    QThreadPool.globalInstance().start(_Task(job))
    return job
