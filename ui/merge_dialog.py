"""File > Merge: hand-out copies back into the event, and the versions that lost.

The facilitator picks several copies at once; the core merges them in the
background (`EventFile.merge_copies`: one operation, one undo step) while a
progress bar runs. The dialog then shows the report (per copy: what arrived,
every conflict) and the other versions kept on items: "Use this version"
switches the item to it (the current one becomes the other version), "Drop"
forgets it. File > Merge conflicts shows the same list later; a note's
context menu shows it for that note alone.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from facilitator.merge_ops import MergeReport, field_name, shown_value

from . import i18n
from .runner import Job


class MergeDialog(QDialog):
    """The merge of chosen copies (when given), its report and the kept versions."""

    def __init__(self, parent: QWidget | None, bridge, paths: list[Path] | None = None, *,
                 note_id: str | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.note_id = note_id  # only this note's other versions
        self.job: Job | None = None
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge") if paths else self.tr("Merge conflicts"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setVisible(bool(paths))
        layout.addWidget(self.progress)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setVisible(bool(paths))
        layout.addWidget(self.report_view, 2)
        layout.addWidget(QLabel(self.tr("Other versions kept on items (a change made on "
                                        "two laptops; the later one is on the item):")))
        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        layout.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        self.use_button = QPushButton(self.tr("&Use this version"))
        self.use_button.clicked.connect(self.use_version)
        self.drop_button = QPushButton(self.tr("&Drop it"))
        self.drop_button.clicked.connect(self.drop_version)
        self.show_button = QPushButton(self.tr("&Show the note"))
        self.show_button.clicked.connect(self.show_item)
        row.addWidget(self.use_button)
        row.addWidget(self.drop_button)
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.conflicts.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._stop_watching = bridge.watch(self, lambda _changes: self.fill_conflicts())
        self.fill_conflicts()
        if paths:
            self.start(paths)

    # -- merging ------------------------------------------------------------------------

    def start(self, paths: list[Path]) -> None:
        event = self.bridge.event

        def work(progress, should_abort):
            return event.merge_copies(paths, progress=progress, should_abort=should_abort)

        self.progress.setRange(0, 0)
        self.report_view.setPlainText(self.tr("Merging %n copy/copies…", "", len(paths)))
        self.job = self.bridge.run_in_background(
            work, initiator=self, on_success=self._merged, on_failure=self._failed,
            on_cancel=self._failed, on_progress=self._progressed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _merged(self, report: MergeReport) -> None:
        self.job = None
        self.report = report
        self.progress.setVisible(False)
        self.report_view.setPlainText(report.text(i18n.current_language()))
        merged = sum(1 for c in report.copies if c.merged)
        self.bridge.statusMessage.emit(self.tr("%n copy/copies merged.", "", merged))
        self.fill_conflicts()

    def _failed(self, message: str = "") -> None:
        self.job = None
        self.progress.setVisible(False)
        self.report_view.setPlainText(message or self.tr("The merge was stopped; "
                                                         "nothing was changed."))

    # -- the other versions -------------------------------------------------------------

    def fill_conflicts(self) -> None:
        lang = i18n.current_language()
        self.conflicts.clear()
        only = {"kind": "note", "row_id": self.note_id} if self.note_id else {}
        for c in self.bridge.event.conflicts(**only):
            kind = i18n.core_word(f"kind_name.{c.kind}")
            if c.field == "deleted_at":
                text = self.tr("%1 “%2”: deleted on another laptop").replace(
                    "%1", kind).replace("%2", shown_value(c.item, lang, 60))
            else:
                text = self.tr("%1 “%2”, %3: now “%4”, other version “%5”")
                for mark, value in (("%1", kind), ("%2", shown_value(c.item, lang, 60)),
                                    ("%3", field_name(c.field, lang)),
                                    ("%4", shown_value(c.current, lang)),
                                    ("%5", shown_value(c.value, lang))):
                    text = text.replace(mark, value)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setData(Qt.ItemDataRole.UserRole + 1,
                         c.row_id if c.kind == "note" and c.field != "deleted_at" else None)
            self.conflicts.addItem(item)
        if self.conflicts.count():
            self.conflicts.setCurrentRow(0)
        self._update_buttons()

    def _current(self) -> str | None:
        item = self.conflicts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self._current() is not None
        self.use_button.setEnabled(chosen)
        self.drop_button.setEnabled(chosen)
        item = self.conflicts.currentItem()
        self.show_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))
            and hasattr(self.parent(), "show_note"))

    def show_item(self) -> None:
        """The note in its place (live capture or the plenary view), in the window."""
        item = self.conflicts.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        if note_id and hasattr(self.parent(), "show_note"):
            self.parent().show_note(note_id)

    def use_version(self) -> None:
        conflict_id = self._current()
        if conflict_id:
            self.bridge.run(self.bridge.event.use_conflict_version, conflict_id)

    def drop_version(self) -> None:
        conflict_id = self._current()
        if conflict_id:
            self.bridge.run(self.bridge.event.dismiss_conflict, conflict_id)

    def done(self, result: int) -> None:
        if self.job is not None:  # the merge is one transaction: it finishes first
            return
        self._stop_watching()
        super().done(result)


def choose_copies(parent: QWidget | None, folder: str) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("MergeDialog", "Hand-out copies to merge"), folder,
        "Oogst (*.oogst)")
    return [Path(f) for f in files]


def run_merge_dialog(parent: QWidget | None, bridge,
                     paths: list[Path] | None = None) -> MergeDialog | None:
    """File > Merge: choose copies (several at once), merge them, show the report."""
    if paths is None:
        start = str(bridge.event.path.parent) if bridge.event.path is not None else ""
        paths = choose_copies(parent, start)
        if not paths:
            return None
    dialog = MergeDialog(parent, bridge, paths)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def run_conflicts_dialog(parent: QWidget | None, bridge, *,
                         note_id: str | None = None) -> MergeDialog:
    """File > Merge conflicts: the other versions kept on items (on one note, when given)."""
    dialog = MergeDialog(parent, bridge, note_id=note_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
