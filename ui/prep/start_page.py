"""The welcome: what `./start.sh` shows without a file, and whenever no event is open.

The demo meeting is one key away (its button has the focus: Enter or Space
opens it); next to it a new meeting from a template, a new blank meeting,
opening a file, and the recent events (Enter or a double-click opens one).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)


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
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("Prepare theme-table meetings, capture the harvest live, "
                                  "and send out the minutes and the action agenda."))
        subtitle.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("startMessage")
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
