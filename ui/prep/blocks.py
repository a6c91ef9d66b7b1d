"""Which sections a table's part of the minutes shows, in what order (its blocks), and
under which heading: the program's word, or the table's own words ("Achterliggende
vragen:", as the secretary's minutes say it), or none; and the table's own heading."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from facilitator.domain import TABLE_BLOCKS, ThemeTable
from facilitator.words import tr as core_tr

from ..bridge import EventBridge
from .common import CommitLineEdit


class BlocksEditor(QWidget):
    """A checklist of the minutes sections of one table: ticked ones are shown, in order."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.table_id: str | None = None
        self.labels: dict[str, str] = {}
        # The table's heading in its own words ("Ogst thematafel 4: ..."); empty: ours.
        self.table_heading = CommitLineEdit()
        self.table_heading.setObjectName("tableHeading")
        self.table_heading.committed.connect(self._save_heading)
        heading_label = QLabel(self.tr("Table hea&ding:"))
        heading_label.setBuddy(self.table_heading)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading_label)
        heading_row.addWidget(self.table_heading, 1)
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
        # The selected section's heading in the table's own words.
        self.own = QCheckBox(self.tr("Own headin&g in the minutes:"))
        self.own.setObjectName("ownHeading")
        self.heading = QLineEdit()
        self.heading.setObjectName("ownHeadingText")
        self.heading.setPlaceholderText(self.tr("empty: no heading for this section"))
        self.own.toggled.connect(self._own_toggled)
        self.heading.editingFinished.connect(self.save_label)
        self.list.currentItemChanged.connect(lambda *_: self._show_label())
        own_row = QHBoxLayout()
        own_row.addWidget(self.own)
        own_row.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(own_row)

    def block_name(self, block: str) -> str:
        return {"pitch": self.tr("Pitch"), "participants": self.tr("Participants"),
                "host": self.tr("Host and note-taker"), "questions": self.tr("Questions"),
                "rounds": self.tr("Rounds"), "notes": self.tr("Notes"),
                "conclusions": self.tr("Conclusions"), "dilemmas": self.tr("Dilemmas"),
                "photos": self.tr("Photos")}.get(block, block)

    def item_text(self, block: str) -> str:
        """The list's line: the section's name, and its own heading if it has one."""
        name = self.block_name(block)
        if block not in self.labels:
            return name
        own = self.labels[block]
        return (self.tr("%1: “%2”").replace("%1", name).replace("%2", own) if own
                else self.tr("%1 (no heading)").replace("%1", name))

    def show_table(self, table: ThemeTable | None) -> None:
        self.table_id = table.id if table else None
        self.labels = dict(table.block_labels) if table else {}
        self.setEnabled(table is not None)
        self.table_heading.show_value(table.heading if table else "")
        self.table_heading.setPlaceholderText(core_tr(
            "export.table.title", self.bridge.event.event().language or "nl",
            n=table.number, theme=table.theme) if table else "")
        self.table_heading.setToolTip(self.tr(
            "The table's heading in the minutes as you type it; empty: the heading shown "
            "in grey"))
        shown = list(table.blocks) if table else list(TABLE_BLOCKS)
        order = shown + [b for b in TABLE_BLOCKS if b not in shown]
        current = self.list.currentItem()
        current_block = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.blockSignals(True)
        self.list.clear()
        for block in order:
            item = QListWidgetItem(self.item_text(block))
            item.setData(Qt.ItemDataRole.UserRole, block)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if block in shown
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if block == current_block:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_label()

    def _save_heading(self, text: str) -> None:
        if self.table_id and text.strip() != self.bridge.event.table(self.table_id).heading:
            self.bridge.run(self.bridge.event.update_table, self.table_id,
                            heading=text.strip())

    def blocks(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.table_id and self.blocks() != list(self.bridge.event.table(self.table_id).blocks):
            self.bridge.run(self.bridge.event.update_table, self.table_id,
                            blocks=self.blocks())

    def current_block(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_label(self) -> None:
        block = self.current_block()
        own = block is not None and block in self.labels
        for widget in (self.own, self.heading):
            widget.blockSignals(True)
        self.own.setEnabled(block is not None)
        self.own.setChecked(own)
        self.heading.setText(self.labels.get(block or "", ""))
        self.heading.setEnabled(own)
        for widget in (self.own, self.heading):
            widget.blockSignals(False)

    def _own_toggled(self, checked: bool) -> None:
        self.heading.setEnabled(checked)
        if checked:
            self.heading.setFocus()
        self.save_label()

    def save_label(self) -> None:
        """The selected section's own heading (unticked: the program's word)."""
        block = self.current_block()
        if not self.table_id or block is None:
            return
        labels = dict(self.labels)
        if self.own.isChecked():
            labels[block] = self.heading.text().strip()
        else:
            labels.pop(block, None)
        if labels != self.labels:
            self.bridge.run(self.bridge.event.update_table, self.table_id,
                            block_labels=labels)

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
