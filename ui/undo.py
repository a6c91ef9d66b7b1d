"""The GUI's undo stack on top of the core's undo: one QUndoCommand per core step(s).

The core (`EventFile.undo`/`redo`) owns what undo means; the QUndoStack only
mirrors it so that Qt's Edit menu, shortcuts and undo view work. A command
stands for `steps` consecutive core edits (an import of 40 participants is
one command of 40 steps), so one Ctrl+Z takes all of them back.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.eventfile import EventFile

UNDO_LIMIT = 1000  # the core keeps the same number of steps

# The core's operation labels (Writer.change(label)) and the GUI's own
# multi-step labels, listed for Qt Linguist; tests/ui_shell checks that every
# label the core uses is here.
CORE_LABELS = (
    QT_TRANSLATE_NOOP("CoreLabels", "Add action"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add follow-up meeting"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add minutes"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add note"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add participant"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add perspective"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add photo"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add question"),
    QT_TRANSLATE_NOOP("CoreLabels", "Add table"),
    QT_TRANSLATE_NOOP("CoreLabels", "Clear seating plan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Assign participant"),
    QT_TRANSLATE_NOOP("CoreLabels", "Choose round"),
    QT_TRANSLATE_NOOP("CoreLabels", "Create event"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete action"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete follow-up meeting"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete note"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete participant"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete perspective"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete photo"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete question"),
    QT_TRANSLATE_NOOP("CoreLabels", "Delete table"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit action"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit event details"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit follow-up meeting"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit note"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit participant"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit perspective"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit photo"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit question"),
    QT_TRANSLATE_NOOP("CoreLabels", "Edit table"),
    QT_TRANSLATE_NOOP("CoreLabels", "Make seating plan"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move action"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move note"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move perspective"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move seat"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move question"),
    QT_TRANSLATE_NOOP("CoreLabels", "Move table"),
    QT_TRANSLATE_NOOP("CoreLabels", "Next programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Pause timer"),
    QT_TRANSLATE_NOOP("CoreLabels", "Remove participant from table"),
    QT_TRANSLATE_NOOP("CoreLabels", "Resume timer"),
    QT_TRANSLATE_NOOP("CoreLabels", "Set timer warning"),
    QT_TRANSLATE_NOOP("CoreLabels", "Set votes"),
    QT_TRANSLATE_NOOP("CoreLabels", "Start programme item"),
    QT_TRANSLATE_NOOP("CoreLabels", "Stop timer"),
    QT_TRANSLATE_NOOP("CoreLabels", "Take minutes"),
    QT_TRANSLATE_NOOP("CoreLabels", "Vote"),
    # Labels of GUI steps made of several core operations (EventBridge.run):
    QT_TRANSLATE_NOOP("CoreLabels", "Import participants"),
)


def translate_label(label: str) -> str:
    """The core's English operation label ("Add note") in the interface language."""
    return QCoreApplication.translate("CoreLabels", label)


class EventCommand(QUndoCommand):
    """Stands for `steps` edits that are already committed in the event file.

    `replay(operation, steps, label)` runs `event.undo` or `event.redo` that
    many times (the bridge does it as one batch, with one `changed` signal).
    """

    def __init__(self, label: str, steps: int,
                 replay: Callable[[Callable[[], object], int, str], None],
                 event: EventFile) -> None:
        super().__init__(translate_label(label))
        self.label = label
        self.steps = steps
        self._replay = replay
        self._event = event
        self._first_redo = True  # pushing must not redo what is already done

    def undo(self) -> None:
        self._replay(self._event.undo, self.steps, self.label)

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._replay(self._event.redo, self.steps, self.label)


def new_undo_stack(parent=None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(UNDO_LIMIT)
    return stack
