"""`EventBridge`: one open EventFile for the GUI, with the one "something changed" signal.

Views get the bridge, read from `bridge.event` and write through
`bridge.run(label, bridge.event.some_operation, ...)`. Every committed core
edit (also one made by calling `bridge.event` directly) becomes an entry on
`bridge.undo_stack`; `changed` is emitted after every commit, undo and redo
with the core's `Changes` (views re-read only the kinds they show).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.transactions import Changes

from .undo import EventCommand, new_undo_stack


def merge_changes(label: str, changes: list[Changes]) -> Changes:
    """Several commits reported as one (e.g. an import of many rows)."""
    kinds: frozenset[str] = frozenset().union(*(c.kinds for c in changes))
    ids: frozenset[str] = frozenset().union(*(c.ids for c in changes))
    return Changes(label, kinds, ids, changes[-1].source if changes else "edit")


class EventBridge(QObject):
    """Wraps one open EventFile for the GUI: the one 'something changed' signal."""

    changed = Signal(object)  # facilitator.transactions.Changes
    statusMessage = Signal(str)  # a short, non-modal message for the status bar
    saved = Signal(object)  # datetime of the last commit (every change is saved at once)

    def __init__(self, event: EventFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self.undo_stack: QUndoStack = new_undo_stack(self)
        self.last_saved: datetime | None = None
        self._batch: list[Changes] | None = None  # collecting inside run()
        self._batch_steps = 0
        self._unsubscribe = event.subscribe(self._on_core_change)

    @property
    def event(self) -> EventFile:  # type: ignore[override]
        """The open file; views call its methods, never SQL.

        A read-only property on purpose: QObject has a virtual `event()`, and a
        plain instance attribute of that name would make Qt call the EventFile
        for every QEvent sent to the bridge (a crash in PySide6).
        """
        return self._event

    # -- writing ---------------------------------------------------------------

    def run(self, label: str, func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Call an EventFile operation; return its result, or None if it refused.

        `label` and `func` are positional-only, so operations that take a
        `label=` keyword themselves (add_question) pass it through unharmed.

        An OogstError (bad value, not found...) goes to `statusMessage` instead
        of raising. All commits made by `func` become ONE undo entry named
        `label`, and `changed` is emitted once with their merged kinds.
        """
        if self._batch is not None:  # nested run: the outer one collects
            return self._call(func, args, kwargs)
        self._batch, self._batch_steps = [], 0
        try:
            result = self._call(func, args, kwargs)
        finally:
            batch, steps = self._batch, self._batch_steps
            self._batch, self._batch_steps = None, 0
            if steps:
                self._push(label, steps)
            if batch:
                self.changed.emit(merge_changes(label, batch))
        return result

    def _call(self, func: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
        try:
            return func(*args, **kwargs)
        except OogstError as exc:
            self.statusMessage.emit(str(exc))
            return None

    def _push(self, label: str, steps: int) -> None:
        self.undo_stack.push(EventCommand(label, steps, self._replay, self.event))

    def _replay(self, operation: Callable[[], object], steps: int, label: str) -> None:
        """Undo or redo `steps` core edits as one batch (one `changed` signal)."""
        self._batch, self._batch_steps = [], 0
        try:
            for _ in range(steps):
                operation()
        except OogstError as exc:
            # The core refused (its stack got out of step with ours, e.g. beyond
            # its limit); each core step is one transaction, so nothing is
            # half-done. The core's stack is the truth: start ours afresh, but
            # not from inside the command QUndoStack is running now.
            self.statusMessage.emit(str(exc))
            QTimer.singleShot(0, self.undo_stack.clear)
        finally:
            batch = self._batch
            self._batch, self._batch_steps = None, 0
            if batch:
                self.changed.emit(merge_changes(label, batch))

    # -- the core's notifications -------------------------------------------------

    def _on_core_change(self, changes: Changes) -> None:
        self.last_saved = datetime.now()
        self.saved.emit(self.last_saved)
        if self._batch is not None:
            self._batch.append(changes)
            if changes.source == "edit":
                self._batch_steps += 1
            return
        if changes.source == "edit":
            # An edit made outside run(): still one undo entry.
            self._push(changes.label, 1)
        self.changed.emit(changes)

    # -- undo and redo as plain calls (the Edit menu uses undo_stack's actions) ----

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    def close(self) -> None:
        """Stop listening and close the event file (last backup, lock released)."""
        self._unsubscribe()
        self.undo_stack.clear()
        self.event.close()
