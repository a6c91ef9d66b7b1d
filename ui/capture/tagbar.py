"""The tags of the next note as clickable chips: perspectives and kinds.

The chips never take focus (the note field keeps it); clicking one is the
same as its shortcut: Ctrl+digit for a perspective, Alt+letter for a kind.
Perspectives without a Ctrl+digit key (an 11th one, or one without a digit)
are in the menu of all perspectives (the "…" chip, or Alt+Shift+P), where a
letter picks them.

A chip shows the perspective's whole name, also in bold when it is on; only
a very long name is shortened with "…" (the tooltip has all of it).
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from facilitator.domain import NOTE_KINDS, Perspective

from .common import DEFAULT_KIND, KIND_COLOURS, kind_label, kind_letter, readable_text_colour
from .flow import FlowLayout, flow_policy


def perspective_key(perspective: Perspective) -> str | None:
    """The digit of a perspective's shortcut ("1", also "Ctrl+1"), or None."""
    key = perspective.shortcut.strip().lower().removeprefix("ctrl+")
    return key if len(key) == 1 and key.isdigit() else None


MENU_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_CHIP_NAME_CHARS = 40  # longer names (in average characters) are elided


def menu_keys(perspectives: list[Perspective]) -> dict[str, str]:
    """The key of each perspective in the menu of all perspectives: its own
    digit, or else a letter (a, b, c... in the perspectives' order)."""
    letters = iter(MENU_LETTERS)
    keys: dict[str, str] = {}
    for perspective in perspectives:
        key = perspective_key(perspective) or next(letters, None)
        if key:
            keys[perspective.id] = key
    return keys


class Chip(QToolButton):
    """A tool button whose size fits its text also in bold (the checked chip's
    style sheet makes it bold, which Qt's size hint does not know)."""

    def _bold_extra(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        text = self.text().replace("&&", "&")
        extra = QFontMetrics(bold).horizontalAdvance(text) - \
            self.fontMetrics().horizontalAdvance(text)
        return max(0, extra) + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width() + self._bold_extra(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.sizeHint().width()), hint.height())


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
    menuRequested = Signal()  # the "…" chip: the menu of all perspectives

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(flow_policy())
        self._layout = FlowLayout(self, spacing=5)
        self._buttons: dict[str, QToolButton] = {}
        self._current: str | None = None
        self.more = QToolButton(self)
        self.more.setObjectName("perspectiveMenuChip")
        self.more.setText("…")
        self.more.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more.setStyleSheet(_chip_style("#8a8f98"))
        self.more.setToolTip(self.tr("All perspectives, also those without a Ctrl+digit "
                                     "key (Alt+Shift+P)"))
        self.more.clicked.connect(self.menuRequested)
        self._layout.addWidget(self.more)
        self.more.hide()

    @staticmethod
    def _chip_text(button: QToolButton, key: str | None, name: str) -> str:
        bold = QFont(button.font())
        bold.setBold(True)
        width = button.fontMetrics().averageCharWidth() * MAX_CHIP_NAME_CHARS
        shown = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, width)
        shown = shown.replace("&", "&&")  # not a mnemonic
        return f"{key}  {shown}" if key else shown

    def set_perspectives(self, perspectives: list[Perspective]) -> None:
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        self._layout.removeWidget(self.more)
        letters = menu_keys(perspectives)
        for perspective in perspectives:
            key = perspective_key(perspective)
            button = Chip(self)
            button.setObjectName(f"perspectiveChip_{perspective.id}")
            button.setText(self._chip_text(button, key, perspective.name))
            button.setAccessibleName(perspective.name)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(_chip_style(perspective.colour))
            if key:
                tip = self.tr("Perspective of the next note: {name} (Ctrl+{key}; press "
                              "again to clear)").format(name=perspective.name, key=key)
            elif perspective.id in letters:
                tip = self.tr("Perspective of the next note: {name} (Alt+Shift+P, then "
                              "{key})").format(name=perspective.name,
                                               key=letters[perspective.id].upper())
            else:
                tip = self.tr("Perspective of the next note: {name}").format(
                    name=perspective.name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, pid=perspective.id: self._clicked(pid))
            self._layout.addWidget(button)
            self._buttons[perspective.id] = button
        self._layout.addWidget(self.more)
        self.more.setVisible(any(perspective_key(p) is None for p in perspectives))
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
            button.setText(f"{kind_label(kind)} {kind_letter(kind)}")
            button.setToolTip(self.tr("Kind of the next note: {kind} (Alt+{key})").format(
                kind=kind_label(kind), key=kind_letter(kind)))

    def set_current(self, kind: str) -> None:
        for k, button in self._buttons.items():
            button.setChecked(k == kind)

    def button(self, kind: str) -> QToolButton:
        return self._buttons[kind]
