"""Shared steps of the capture tests: showing a view with focus, typing a note."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def show(qtbot, widget: QWidget, size=(1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def focus_entry(qtbot, bar) -> None:
    bar.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.entry, timeout=2000)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest only knows ASCII keys, so other characters
    (é, ‘, —) arrive as key events carrying their text, as from a keyboard layout."""
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    if run:
        qtbot.keyClicks(widget, run)


def type_note(qtbot, entry, text: str) -> None:
    """Text, then Enter: what a facilitator does for every note."""
    type_text(qtbot, entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


class KeyCounter(QObject):
    """Counts the key presses a widget receives (to prove how many keys a note costs)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.presses = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            self.presses += 1
        return False
