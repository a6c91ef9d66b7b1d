"""The tags of the next note as clickable chips: perspectives and kinds.

The chips never take focus (the note field keeps it); clicking one is the
same as its shortcut: Ctrl+digit for a perspective, Alt+letter for a kind.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from facilitator.domain import NOTE_KINDS, Perspective

from .common import (DEFAULT_KIND, KIND_COLOURS, KIND_LETTERS, kind_label,
                     readable_text_colour)
from .flow import FlowLayout, flow_policy


def perspective_key(perspective: Perspective) -> str | None:
    """The digit of a perspective's shortcut ("1", also "Ctrl+1"), or None."""
    key = perspective.shortcut.strip().lower().removeprefix("ctrl+")
    return key if len(key) == 1 and key.isdigit() else None


def _chip_style(colour: str) -> str:
    fill = QColor(colour)
    text = readable_text_colour(fill).name()
    soft = QColor(fill)
    soft.setAlpha(40)
    return (
        "QToolButton { border: 1px solid palette(mid); border-left: 6px solid %(c)s;"
        " border-radius: 4px; padding: 3px 8px; background: palette(base); }"
        "QToolButton:hover { background: rgba(%(r)d,%(g)d,%(b)d,40); }"
        "QToolButton:checked { background: %(c)s; color: %(t)s; border-color: %(c)s;"
        " font-weight: bold; }"
        % {"c": colour, "t": text, "r": soft.red(), "g": soft.green(), "b": soft.blue()})


class PerspectiveChips(QWidget):
    """One chip per perspective, in the perspectives' order, with its key."""

    picked = Signal(object)  # perspective id, or None to clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(flow_policy())
        self._layout = FlowLayout(self, spacing=5)
        self._buttons: dict[str, QToolButton] = {}
        self._current: str | None = None

    def set_perspectives(self, perspectives: list[Perspective]) -> None:
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        for perspective in perspectives:
            key = perspective_key(perspective)
            button = QToolButton(self)
            button.setObjectName(f"perspectiveChip_{perspective.id}")
            button.setText(f"{key}  {perspective.name}" if key else perspective.name)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(_chip_style(perspective.colour))
            if key:
                tip = self.tr("Perspective of the next note: {name} (Ctrl+{key}; press "
                              "again to clear)").format(name=perspective.name, key=key)
            else:
                tip = self.tr("Perspective of the next note: {name}").format(
                    name=perspective.name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, pid=perspective.id: self._clicked(pid))
            self._layout.addWidget(button)
            self._buttons[perspective.id] = button
        self.set_current(self._current if self._current in self._buttons else None)
        self.updateGeometry()

    def set_current(self, perspective_id: str | None) -> None:
        self._current = perspective_id
        for pid, button in self._buttons.items():
            button.setChecked(pid == perspective_id)

    def button(self, perspective_id: str) -> QToolButton | None:
        return self._buttons.get(perspective_id)

    def _clicked(self, perspective_id: str) -> None:
        self.picked.emit(None if perspective_id == self._current else perspective_id)


class KindToggles(QWidget):
    """A toggle row of note kinds; exactly one is on (point by default)."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._buttons: dict[str, QToolButton] = {}
        for kind in NOTE_KINDS:
            button = QToolButton(self)
            button.setObjectName(f"kindToggle_{kind}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            colour = QColor(KIND_COLOURS[kind])
            button.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                " padding: 2px 9px; background: palette(base); }"
                "QToolButton:checked { background: %s; color: %s; border-color: %s; }"
                % (colour.name(), readable_text_colour(colour).name(), colour.name()))
            button.clicked.connect(lambda _=False, k=kind: self.picked.emit(k))
            layout.addWidget(button)
            self._buttons[kind] = button
        self.retranslate()
        self.set_current(DEFAULT_KIND)

    def retranslate(self) -> None:
        for kind, button in self._buttons.items():
            button.setText(f"{kind_label(kind)} {KIND_LETTERS[kind]}")
            button.setToolTip(self.tr("Kind of the next note: {kind} (Alt+{key})").format(
                kind=kind_label(kind), key=KIND_LETTERS[kind]))

    def set_current(self, kind: str) -> None:
        for k, button in self._buttons.items():
            button.setChecked(k == kind)

    def button(self, kind: str) -> QToolButton:
        return self._buttons[kind]
