"""Which sections a table's part of the minutes shows, and in what order (its blocks)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from facilitator.domain import TABLE_BLOCKS, ThemeTable

from ..bridge import EventBridge


class BlocksEditor(QWidget):
    """A checklist of the minutes sections of one table: ticked ones are shown, in order."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.table_id: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("tableBlocks")
        self.list.itemChanged.connect(lambda _item: self.save())
        intro = QLabel(self.tr("The sections of this table in the minutes. Untick what the "
                               "table did not use; change the order with the buttons or "
                               "Alt+Up/Down."))
        intro.setWordWrap(True)
        up = QPushButton(self.tr("Move &up"))
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Move do&wn"))
        down.clicked.connect(lambda: self.move(1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Move up") if step < 0 else self.tr("Move down"))
            shortcut.activated.connect(lambda step=step: self.move(step))
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def block_name(self, block: str) -> str:
        return {"pitch": self.tr("Pitch"), "participants": self.tr("Participants"),
                "host": self.tr("Host and note-taker"), "questions": self.tr("Questions"),
                "rounds": self.tr("Rounds"), "notes": self.tr("Notes"),
                "conclusions": self.tr("Conclusions"), "dilemmas": self.tr("Dilemmas"),
                "photos": self.tr("Photos")}.get(block, block)

    def show_table(self, table: ThemeTable | None) -> None:
        self.table_id = table.id if table else None
        self.setEnabled(table is not None)
        shown = list(table.blocks) if table else list(TABLE_BLOCKS)
        order = shown + [b for b in TABLE_BLOCKS if b not in shown]
        current = self.list.currentItem()
        current_block = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.blockSignals(True)
        self.list.clear()
        for block in order:
            item = QListWidgetItem(self.block_name(block))
            item.setData(Qt.ItemDataRole.UserRole, block)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if block in shown
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if block == current_block:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def blocks(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.table_id and self.blocks() != list(self.bridge.event.table(self.table_id).blocks):
            self.bridge.run(self.bridge.event.update_table, self.table_id,
                            blocks=self.blocks())

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self.save()
