"""The start screen when no event is open: New, Open, the demo and recent files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    pathRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("Oogst"))
        title.setObjectName("startTitle")
        subtitle = QLabel(self.tr("Prepare theme-table meetings, capture the harvest live, "
                                  "and send out the minutes and the action agenda."))
        subtitle.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        new = QPushButton(self.tr("&New event from a template…"))
        new.clicked.connect(self.newRequested)
        open_ = QPushButton(self.tr("&Open an event file…"))
        open_.clicked.connect(self.openRequested)
        demo = QPushButton(self.tr("Open the &demo meeting"))
        demo.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        for button in (new, open_, demo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(
            lambda item: self.pathRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label = QLabel(self.tr("Recent events"))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        column.addStretch(1)
        column.setContentsMargins(0, 60, 0, 40)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
