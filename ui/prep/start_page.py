"""The welcome: whenever no event is open, and over the demo meeting at the first start.

The demo meeting is one key away (its button has the focus: Enter or Space
opens it); next to it a new meeting from a template, a new blank meeting,
opening a file, and the recent events (Enter or a double-click opens one).
`./start.sh` without a file opens the demo meeting; the very first time (no
recent events yet) `WelcomeDialog` shows the same choices over it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from ..theme import secondary


class StartPage(QWidget):
    newRequested = Signal()
    blankRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    pathRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("Welcome to Oogst"))
        title.setObjectName("startTitle")
        title.setStyleSheet("font-size: 28pt; font-weight: bold;")
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("Prepare theme-table meetings, capture the harvest live, "
                                  "and send out the minutes and the action agenda."))
        subtitle.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("startMessage")
        self.message.setStyleSheet("border: 1px solid palette(mid); border-radius: 4px; "
                                   "padding: 8px; background: palette(alternate-base);")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.demo = QPushButton(self.tr("Open the &demo meeting"))
        self.demo.setObjectName("demoButton")
        self.demo.setAutoDefault(True)  # Enter on the focused button opens the demo
        self.demo.clicked.connect(self.demoRequested)
        self.new = QPushButton(self.tr("&New meeting from a template…"))
        self.new.setObjectName("newButton")
        self.new.clicked.connect(self.newRequested)
        self.blank = QPushButton(self.tr("New &blank meeting…"))
        self.blank.setObjectName("blankButton")
        self.blank.clicked.connect(self.blankRequested)
        self.open = QPushButton(self.tr("&Open an event file…"))
        self.open.setObjectName("openButton")
        self.open.clicked.connect(self.openRequested)
        explanations = (
            (self.demo, self.tr("A real meeting (“Samenspel in beweging”, 2017) with its "
                                "programme, five theme tables and the whole harvest: look "
                                "around, try capturing, export the minutes. Press Enter.")),
            (self.new, self.tr("Programme, rounds, tables and perspectives filled in from "
                               "a template; change them afterwards.")),
            (self.blank, self.tr("An empty event file: you add the programme, tables and "
                                 "perspectives yourself.")),
            (self.open, self.tr("A .oogst file you made or were sent.")),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, (button, text) in enumerate(explanations):
            button.setAutoDefault(True)
            button.setMinimumWidth(260)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            label = QLabel(text)
            label.setObjectName("hint")
            secondary(label)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)

        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(
            lambda item: self.pathRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label = QLabel(self.tr("&Recent events"))
        self.recent_label.setBuddy(self.recent)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addWidget(self.message)
        column.addLayout(grid)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        column.addStretch(1)
        column.setContentsMargins(0, 40, 0, 24)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def focus_main_field(self) -> None:
        """The demo button takes the keyboard: Enter opens the demo meeting."""
        self.demo.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()


class WelcomeDialog(QDialog):
    """The first start without a file: the demo meeting is open behind it, and this
    says what else there is (a meeting from a template, a blank one, a file).
    Enter (or Esc) continues with the demo; another choice closes the dialog first."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Oogst"))
        self.page = StartPage(self)
        self.page.demo.setText(self.tr("&Continue with the demo meeting"))
        self.page.set_recent([])
        self.page.layout().setContentsMargins(24, 0, 24, 0)
        for signal, action in ((self.page.demoRequested, None),
                               (self.page.newRequested, window.new_event),
                               (self.page.blankRequested, lambda: new_blank(window)),
                               (self.page.openRequested, window.open_dialog)):
            signal.connect(lambda _c=False, act=action: self._chosen(act))
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.resize(900, 380)  # the four choices at this width, nothing below them
        self.page.demo.setDefault(True)  # Enter continues with the demo
        self.page.focus_main_field()

    def _chosen(self, action) -> None:
        self.accept()
        if action is not None:
            action()


def new_blank(window) -> bool:
    from .new_event import new_blank as make  # the New dialog's module: on demand
    return make(window)
