"""File > Export: pick what to export, run it off the GUI thread, show progress.

The exports are core functions (`facilitator.exports`) with plain
`progress`/`should_abort` callbacks; the dialog runs them through the one
runner for long work (`EventBridge.run_in_background`, see `ui/runner.py`),
which turns the callbacks into signals on the GUI thread, so the main window
stays usable, and tells a failure in the interface language. Cancel sets the
abort flag: the core stops at the next check and removes its temporary
file, old files stay whole.

The worker first makes a private copy of the event (`EventFile.private_copy`:
a temporary owner-only file, copied in steps under the writer's lock on the
worker's thread, removed when the export ends, fails or is cancelled) and
exports from it, never from the live connection and never holding the file
(photos included) in memory: the facilitator can go on typing while the
export runs, and the export shows the event as it was when the copy was
made. The job belongs to the bridge, so closing the event waits for it;
closing the dialog while it runs cancels it and hides the dialog at once (it
goes when the job ends).

With "Leave names out" ticked, Export first shows the anonymising review
(`facilitator.exports.anonymise.review`: every name and e-mail address that
will be replaced, with counts, and the words that still look like names) in a
panel inside the dialog; "Export anyway" writes the files, "Back" returns to
the choices. The panel does not block the main window.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from facilitator.errors import OogstError
from facilitator.exports import FORMATS, ExportFormat, ExportRequest
from facilitator.exports import run as export_run
from facilitator.exports.anonymise import review as anonymise_review
from facilitator.words import tr as core_tr

from . import i18n, theme
from .runner import Job, Progress, Work

SETTINGS_FOLDER = "export/folder"


def dialog_formats() -> list[ExportFormat]:
    """The formats File > Export offers, in the registry's order."""
    return [fmt for fmt in FORMATS if fmt.in_dialog]


def safe_file_title(title: str) -> str:
    """An event title usable as (part of) a file name on Windows, macOS and Linux."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", title)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:80] or "Oogst"


def export_work(event: Any, request: ExportRequest, written: list[Path]) -> Work:
    """The export as runner work: `run_exports` on a private copy of `event`, made
    on the worker's thread and removed after.

    The paths written are also put in `written`: Cancel pressed just after the
    last file was written makes the runner report "cancelled", yet the files
    are there, and the dialog must not say that nothing was overwritten.
    """
    def work(progress: Progress, should_abort: Callable[[], bool]) -> list[Path]:
        copy = event.private_copy(should_abort=should_abort)
        try:
            paths = export_run.run_exports(copy, request, progress=progress,
                                           should_abort=should_abort)
        finally:
            copy.close()  # and its file goes; the open file stays as it is
        written.extend(paths)
        return paths
    return work


class ExportDialog(QDialog):
    """Choose outputs, language, draft/final, names, folder; export with progress."""

    def __init__(self, parent: QWidget | None, bridge) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.job: Job | None = None
        self.written: list[Path] = []
        self._closing: int | None = None  # done(result) asked for while the job ran
        self._written_by_job: list[Path] = []
        event = bridge.event.event()
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)

        what = QGroupBox(self.tr("What to export"))
        what_layout = QVBoxLayout(what)
        self.formats = {fmt.key: fmt for fmt in dialog_formats()}
        self.checks: dict[str, QCheckBox] = {}
        for key, fmt in self.formats.items():
            box = QCheckBox(core_tr(fmt.name_key, i18n.current_language()))
            box.setChecked(fmt.checked)
            box.toggled.connect(self._update)
            what_layout.addWidget(box)
            self.checks[key] = box

        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if (event.language or "nl") == "nl" else 1)
        self.language.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Language:"), self.language)
        self.status = QComboBox()
        status_now = (self.tr("draft v%1").replace("%1", str(event.minutes_version))
                      if event.minutes_status == "concept" else self.tr("final"))
        self.status.addItem(self.tr("As set for the event (%1)").replace("%1", status_now), None)
        self.status.addItem(self.tr("Draft (CONCEPT mark)"), True)
        self.status.addItem(self.tr("Final"), False)
        form.addRow(self.tr("Status:"), self.status)
        # Issuing: the file keeps the version (date, notes) so that the next one can
        # list the corrections since.
        following = bridge.event.next_minutes_version()
        self.issue = QComboBox()
        self.issue.addItem(self.tr("Not issued (only the files)"), None)
        self.issue.addItem(self.tr("Concept v%1, for corrections")
                           .replace("%1", str(following)), "concept")
        self.issue.addItem(self.tr("Definitief v%1, with the changes since")
                           .replace("%1", str(following)),
                           "final")
        self.issue.setToolTip(self.tr("Issuing records the version's date and notes in the "
                                      "file; a later version lists what changed since."))
        self.issue.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Issue as:"), self.issue)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("by level (self, local … national)"), "level")
        self.group_by.addItem(self.tr("by owner"), "owner")
        form.addRow(self.tr("Agenda actions:"), self.group_by)
        self.anonymous = QCheckBox(self.tr("Leave names out (organisation or function "
                                           "instead)"))
        self.participant_list = QCheckBox(self.tr("Add the list of participants to the "
                                                  "minutes"))
        self.hide_empty_rounds = QCheckBox(self.tr("Leave out round questions without "
                                                   "notes"))
        form.addRow(self.anonymous)
        form.addRow(self.participant_list)
        form.addRow(self.hide_empty_rounds)

        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self._default_folder())
        self.folder.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Folder:"), folder_row)
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Files:"), self.files)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.review_panel = QGroupBox(self.tr("Check before sending"))
        review_layout = QVBoxLayout(self.review_panel)
        self.review_text = QPlainTextEdit()
        self.review_text.setReadOnly(True)
        self.review_text.setMinimumHeight(160)
        review_layout.addWidget(self.review_text)
        review_buttons = QHBoxLayout()
        review_buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.export_anyway_button = QPushButton(self.tr("Export anyway"))
        self.back_button.clicked.connect(self.hide_review)
        self.export_anyway_button.clicked.connect(self._export_anyway)
        review_buttons.addWidget(self.back_button)
        review_buttons.addWidget(self.export_anyway_button)
        review_layout.addLayout(review_buttons)
        self.review_panel.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("Open folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(lambda: self.start())
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(options)
        layout.addWidget(self.review_panel)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()

    # -- choices -------------------------------------------------------------------

    def _default_folder(self) -> str:
        """The last export folder, the event's folder, or Documents/Oogst (never a
        hidden folder such as the demo's: `places.export_folder_for`)."""
        from . import places
        stored = str(QSettings().value(SETTINGS_FOLDER, "") or "")
        return str(places.export_folder_for(getattr(self.bridge.event, "path", None), stored))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def targets(self) -> dict[str, Path]:
        lang = self.language.currentData()
        title = safe_file_title(self.bridge.event.event().title)
        folder = Path(self.folder.text().strip() or ".")
        return {key: folder / self.formats[key].file_name(title, lang)
                for key, box in self.checks.items() if box.isChecked()}

    def request(self) -> ExportRequest:
        return ExportRequest(outputs=self.targets(), lang=self.language.currentData(),
                             draft=self.status.currentData(),
                             anonymous=self.anonymous.isChecked(),
                             participant_list=self.participant_list.isChecked(),
                             group_by=self.group_by.currentData(),
                             hide_empty_rounds=self.hide_empty_rounds.isChecked(),
                             issue=self.issue.currentData() if self._takes("issue") else None)

    def _takes(self, option: str) -> bool:
        """Does a ticked format take this option?"""
        return any(option in self.formats[key].options
                   for key, box in self.checks.items() if box.isChecked())

    def _update(self) -> None:
        targets = self.targets()
        self.files.setText("\n".join(p.name for p in targets.values()) or
                           self.tr("Nothing chosen."))
        self.export_button.setEnabled(bool(targets) and self.job is None)
        self.participant_list.setEnabled(self._takes("participant_list"))
        self.group_by.setEnabled(self._takes("group_by"))
        self.anonymous.setEnabled(self._takes("anonymous"))
        self.hide_empty_rounds.setEnabled(self._takes("hide_empty_rounds"))
        self.issue.setEnabled(self._takes("issue"))
        # an issued version says itself whether it is a draft
        self.status.setEnabled(not (self._takes("issue") and self.issue.currentData()))
        if self.review_panel.isVisible():
            self.export_button.setEnabled(False)

    # -- the anonymising review ------------------------------------------------------

    def show_review(self) -> None:
        """List what anonymising replaces, before anything is written."""
        lang = self.language.currentData()
        try:
            found = anonymise_review(self.bridge.event, lang)
        except OogstError as exc:
            self._show_error(exc.text(i18n.current_language()))
            return
        self.review_text.setPlainText(found.text())
        self.review_panel.setVisible(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Check the names that will be replaced, then choose "
                                     "Export anyway or Back."))
        self.export_anyway_button.setFocus()
        self._update()

    def hide_review(self) -> None:
        self.review_panel.setVisible(False)
        self.message.setText("")
        self._update()

    def _export_anyway(self) -> None:
        self.review_panel.setVisible(False)
        self._update()
        self.start(reviewed=True)

    # -- running ---------------------------------------------------------------------

    def start(self, reviewed: bool = False) -> None:
        """Export; with names left out, show the review first (unless `reviewed`)."""
        if self.job is not None:
            return
        if self.anonymous.isChecked() and not reviewed:
            self.show_review()
            return
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self._show_error(self.tr("The folder %1 does not exist.").replace("%1",
                                                                               str(folder)))
            return
        QSettings().setValue(SETTINGS_FOLDER, str(folder))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.open_button.setVisible(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting…"))
        self.close_button.setText(self.tr("Cancel"))
        self._written_by_job = []
        self._request = self.request()
        self.job = self.bridge.run_in_background(
            export_work(self.bridge.event, self._request, self._written_by_job),
            on_success=self._on_finished, on_failure=self._on_failed,
            on_cancel=self._on_cancelled, on_progress=self._on_progress,
            on_finished=self._on_job_ended)
        self._update()

    def cancel(self) -> None:
        """Ask the running export to stop; old files stay as they were."""
        if self.job is not None and not self.job.is_cancelled:
            self.job.cancel()
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Cancelling…"))

    def _close_or_cancel(self) -> None:
        if self.job is not None:
            self.cancel()
        else:
            self.reject()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)
        self.message.setText(message)

    def _finish(self) -> None:
        self.job = None
        self.close_button.setText(self.tr("Close"))
        self._update()

    def _on_job_ended(self) -> None:
        if self._closing is not None:  # the dialog was closed while the job ran
            result, self._closing = self._closing, None
            super().done(result)

    def _on_finished(self, paths: list[Path]) -> None:
        self.written = [Path(p) for p in paths]
        self._finish()
        self.progress.setValue(1000)
        text = self.tr("Written to %1:\n%2").replace(
            "%1", str(self.written[0].parent) if self.written else "").replace(
            "%2", "\n".join(p.name for p in self.written))
        issue = getattr(self, "_request", None) and self._request.issue
        if issue and self.written:  # written: now the file keeps this version
            version = self.bridge.run(self.bridge.event.issue_minutes, final=issue == "final")
            if version is not None:
                text += "\n" + self.tr("Issued as %1 v%2; the file keeps its date and "
                                       "notes.").replace("%1", core_tr(
                                           "export.final" if issue == "final"
                                           else "export.draft", i18n.current_language())
                                       ).replace("%2", str(version))
                self._refresh_issue()
        self.message.setText(text)
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _refresh_issue(self) -> None:
        """After issuing, the choices name the next version; no second issue by accident."""
        following = str(self.bridge.event.next_minutes_version())
        for index, key in ((1, "concept"), (2, "final")):
            text = (self.tr("Concept v%1, for corrections") if key == "concept"
                    else self.tr("Definitief v%1, with the changes since"))
            self.issue.setItemText(index, text.replace("%1", following))
        self.issue.setCurrentIndex(0)

    def _on_failed(self, text: str) -> None:
        self._finish()
        self.progress.setVisible(False)
        self._show_error(text)

    def _on_cancelled(self) -> None:
        if self._written_by_job:  # Cancel came after the last file was written
            self._on_finished(list(self._written_by_job))
            return
        self._finish()
        self.progress.setVisible(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Export cancelled; no file was overwritten."))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(theme.error_style(self.palette()))
        self.message.setText(self.tr("The export did not succeed: %1").replace("%1", text))

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:
        """Close; while an export runs, cancel it and hide at once: the dialog goes
        when the job has stopped (the GUI thread never waits for it)."""
        if self.job is not None and not self.job.is_done:
            self.cancel()
            self._closing = result
            self.hide()
            return
        if self.job is not None:
            self.job.wait(5)  # done, but maybe still sending its last signal: then goes
        super().done(result)


def run_export_dialog(parent: QWidget | None, bridge) -> None:
    """Show the export dialog for the bridge's open event (non-modal: the main
    window stays usable while files are written)."""
    dialog = ExportDialog(parent, bridge)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(False)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
