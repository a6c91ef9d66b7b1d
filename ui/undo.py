"""The GUI's undo stack on top of the core's undo: one QUndoCommand per core step(s).

The core (`EventFile.undo`/`redo`) owns what undo means; the QUndoStack only
mirrors it so that Qt's Edit menu, shortcuts and undo view work. A command
stands for `steps` consecutive core edits (an import of 40 participants is
one command of 40 steps), so one Ctrl+Z takes all of them back.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile

UNDO_LIMIT = 1000  # the core keeps the same number of steps


def translate_label(label: str) -> str:
    """The core's English operation label ("Add note") in the interface language."""
    return QCoreApplication.translate("CoreLabels", label)


class EventCommand(QUndoCommand):
    """Stands for `steps` edits that are already committed in the event file."""

    def __init__(self, event: EventFile, label: str, steps: int = 1,
                 on_error: Callable[[OogstError], None] | None = None) -> None:
        super().__init__(translate_label(label))
        self.event = event
        self.steps = steps
        self._on_error = on_error
        self._first_redo = True  # pushing must not redo what is already done

    def undo(self) -> None:
        self._repeat(self.event.undo)

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._repeat(self.event.redo)

    def _repeat(self, operation: Callable[[], object]) -> None:
        try:
            for _ in range(self.steps):
                operation()
        except OogstError as exc:
            # The core refused (e.g. the stacks got out of step); nothing was
            # half-written, because each core step is one transaction.
            if self._on_error:
                self._on_error(exc)


def new_undo_stack(parent=None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(UNDO_LIMIT)
    return stack
