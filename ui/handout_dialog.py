"""File > Hand out: one copy of the event per table, for the note-takers' laptops.

The facilitator ticks the tables (all by default) and picks a folder (a USB
stick); the copies are written in the background by the core
(`EventFile.hand_out`: SQLite's backup API from the open connection, each copy
written to a temporary name and renamed). Each copy opens on its table's
capture page (`window_state.restore_place`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from .runner import Job
from .widgets import shorten


class HandoutDialog(QDialog):
    """Tables to hand out, the folder, then the copies written with progress."""

    def __init__(self, parent: QWidget | None, bridge) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.job: Job | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Hand out"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "One copy of the whole event per table, for each note-taker's laptop. "
            "Merge the copies back afterwards with File > Merge.")))
        self.tables = QListWidget()
        for table in bridge.event.tables():
            item = QListWidgetItem(shorten(f"{table.number}. {table.theme}", 90))
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tables.addItem(item)
        layout.addWidget(self.tables)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder:")))
        path = bridge.event.path
        self.folder = QLineEdit(str(path.parent) if path is not None else "")
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.hand_out_button = self.buttons.addButton(
            self.tr("Hand out"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen_tables(self) -> list[str]:
        return [self.tables.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.tables.count())
                if self.tables.item(i).checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the copies"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        """Write the copies in the background (Hand out)."""
        if self.job is not None:
            return
        event, tables, folder = self.bridge.event, self.chosen_tables(), self.folder.text()

        def work(progress, should_abort):
            return event.hand_out(folder=folder, table_ids=tables, progress=progress,
                                  should_abort=should_abort)

        self.hand_out_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(tables)))
        self.job = self.bridge.run_in_background(
            work, initiator=self, on_success=self._done, on_failure=self._failed,
            on_cancel=self._failed, on_progress=self._progressed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, written: list[Path]) -> None:
        self.job = None
        self.written = list(written)
        self.progress.setVisible(False)
        self.message.setText(self.tr("%n copy/copies written:", "", len(self.written))
                             + "\n" + "\n".join(str(p) for p in self.written))
        self.bridge.statusMessage.emit(
            self.tr("%n copy/copies handed out.", "", len(self.written)))

    def _failed(self, message: str = "") -> None:
        self.job = None
        self.progress.setVisible(False)
        self.hand_out_button.setEnabled(True)
        self.message.setText(message)


def run_handout_dialog(parent: QWidget | None, bridge) -> HandoutDialog:
    """File > Hand out (non-modal: the window stays usable)."""
    dialog = HandoutDialog(parent, bridge)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

