"""`EventBridge`: one open EventFile for the GUI, with the one "something changed" signal.

Views read from `bridge.event` and write through `bridge.run(operation, ...)`:
the core makes every operation one transaction and one undo step, and
reports it once; the bridge turns that report into `changed(Changes)` on
the GUI thread (also for operations a background job commits). There is
no second undo stack: Undo and Redo call the core, and the Edit menu reads
`event.undo_label`/`redo_label` (catalogue keys, shown with `i18n.core_word`).

`watch(widget, handler)` is how a page listens: while the page is not on
screen its changes are gathered, and it hears them once, merged, when it is
shown again (Anki's "hidden screens refresh when shown").
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.transactions import Changes

from . import i18n
from .runner import Job, Progress, Work, run_job


def merge_changes(first: Changes | None, second: Changes) -> Changes:
    """Two notices as one (what a hidden page hears when it is shown)."""
    if first is None:
        return second
    return Changes(second.label, first.kinds | second.kinds, first.ids | second.ids,
                   second.source, second.initiator)


class _Watch(QObject):
    """Delivers changes to one page: at once when it is on screen, else when shown."""

    def __init__(self, widget: QWidget, handler: Callable[[Changes], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._handler = handler
        self.pending: Changes | None = None
        widget.installEventFilter(self)

    def deliver(self, changes: Changes) -> None:
        widget = self._widget
        if widget.window().isVisible() and not widget.isVisible():
            self.pending = merge_changes(self.pending, changes)
            return
        self._handler(changes)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Show and self.pending is not None:
            pending, self.pending = self.pending, None
            self._handler(pending)
        return False


INDEX_AFTER_MS = 1000  # a typed note's search entry: this long after the first waiting


class EventBridge(QObject):
    """Wraps one open EventFile for the GUI: the one 'something changed' signal."""

    changed = Signal(object)  # facilitator.transactions.Changes
    statusMessage = Signal(str)  # a short, non-modal message for the status bar
    saved = Signal(object)  # datetime of the last commit (every change is saved at once)

    def __init__(self, event: EventFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self.last_saved: datetime | None = None
        self._jobs: list[Job] = []
        self._told: object = None  # the backup problem the status bar has shown
        # Typed notes get their search entries in a commit of their own, a moment
        # after the first of them (facilitator/search_index.py): not in the Enter.
        self._indexing = QTimer(self, singleShot=True, interval=INDEX_AFTER_MS)
        self._indexing.timeout.connect(self._index_notes)
        self._notice.connect(self._on_notice)
        self._unsubscribe = event.subscribe(self._notice.emit)

    # The core may report from a background job's thread: a queued hop to ours.
    _notice = Signal(object)

    @property
    def event(self) -> EventFile:  # type: ignore[override]
        """The open file; views call its methods, never SQL.

        A read-only property on purpose: QObject has a virtual `event()`, and a
        plain instance attribute of that name would make Qt call the EventFile
        for every QEvent sent to the bridge (a crash in PySide6).
        """
        return self._event

    # -- writing ---------------------------------------------------------------

    def run(self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Call an EventFile operation; return its result, or None if the core refused.

        A refusal (an OogstError: bad value, not found, disk full...) goes to
        `statusMessage` in the interface language instead of raising.
        """
        try:
            return operation(*args, **kwargs)
        except OogstError as exc:
            self.statusMessage.emit(i18n.core_error(exc))
            return None

    def run_in_background(self, work: Work, *, initiator: object = None,
                          on_success: Callable[[Any], None] | None = None,
                          on_failure: Callable[[str], None] | None = None,
                          on_cancel: Callable[[], None] | None = None,
                          on_progress: Progress | None = None,
                          on_finished: Callable[[], None] | None = None) -> Job:
        """Long work on this event through the runner (see `ui.runner`); a failure
        without an `on_failure` goes to the status bar."""
        job = run_job(work, event=self._event, initiator=initiator, on_success=on_success,
                      on_failure=on_failure or self.statusMessage.emit, on_cancel=on_cancel,
                      on_progress=on_progress, on_finished=on_finished, parent=self)
        self._jobs = [j for j in self._jobs if not j.is_done] + [job]
        return job

    def watch(self, owner: QObject,
              handler: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `handler(changes)` for every change while `owner` is on screen;
        while it is hidden, once (merged) when it is shown again.

        `owner` is a widget, or an object (an item model) whose nearest
        widget parent decides; without one, every change is delivered.
        Returns a function that stops the watching.
        """
        widget: QObject | None = owner
        while widget is not None and not isinstance(widget, QWidget):
            widget = QObject.parent(widget)  # not a model's parent(index)
        watch = None if widget is None else _Watch(widget, handler)
        deliver = handler if watch is None else watch.deliver
        self.changed.connect(deliver)

        connected = [True]

        def stop() -> None:
            if not connected[0] or (watch is not None and not isValid(watch)):
                return  # stopped before, or the page is gone and Qt dropped it
            connected[0] = False
            try:
                self.changed.disconnect(deliver)
            except (RuntimeError, TypeError):
                pass  # the bridge is gone already
        return stop

    # -- undo and redo: the core's one stack ------------------------------------

    def undo(self) -> None:
        """Take back the last step, and say which (it may be on another page)."""
        done = self.undo_text
        if self.run(self._event.undo) is not None:
            self.statusMessage.emit(self.tr("Undone: {operation}").format(operation=done))

    def redo(self) -> None:
        done = self.redo_text
        if self.run(self._event.redo) is not None:
            self.statusMessage.emit(self.tr("Redone: {operation}").format(operation=done))

    @property
    def undo_text(self) -> str:
        """What Undo would take back, in the interface language ("" for nothing)."""
        return i18n.core_word(self._event.undo_label)

    @property
    def redo_text(self) -> str:
        return i18n.core_word(self._event.redo_label)

    # -- the core's notifications -------------------------------------------------

    def _on_notice(self, changes: Changes) -> None:
        if self._event.notes_to_index and not self._indexing.isActive():
            self._indexing.start()
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)
        self.changed.emit(changes)
        problem = self._event.backup_problem
        if problem is not None and problem is not self._told:
            self._told = problem  # once per failure, not at every keystroke
            self.statusMessage.emit(i18n.core_error(problem))

    def _index_notes(self) -> None:
        if self._event.closed:
            return
        try:  # never waiting for a long operation of another thread: later, then
            self._event.index_notes(wait=False)
        except OogstError:
            return  # (a full disk) the notes keep waiting; searches still find them
        if self._event.notes_to_index:
            self._indexing.start()

    def close(self) -> None:
        """Stop background work, stop listening, close the file (last backup, lock released)."""
        self._indexing.stop()
        for job in self._jobs:
            job.cancel()
        for job in self._jobs:
            job.wait(60)
        self._unsubscribe()
        self.event.close()
