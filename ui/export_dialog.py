"""File > Export: pick what to export, run it off the GUI thread, show progress.

The exports are core functions (`facilitator.exports`) with plain
`progress`/`should_abort` callbacks; `_ExportJob` runs them on Qt's global
thread pool and turns the callbacks into signals, so the main window stays
usable (Calibre's ThreadedJob pattern). Cancel sets the abort flag: the core
stops at the next check and removes its temporary file, old files stay whole.

The worker reads a snapshot of the event (`EventFile.snapshot()`, an
in-memory copy taken on the GUI thread in milliseconds), never the live
connection: the facilitator can go on typing while the export runs, and the
export shows the event as it was when Export was pressed.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from facilitator.errors import OogstError
from facilitator.exports import (FORMATS, ExportCancelled, ExportFormat, ExportRequest,
                                 run_exports)
from facilitator.words import tr as core_tr

from . import i18n

SETTINGS_FOLDER = "export/folder"


def dialog_formats() -> list[ExportFormat]:
    """The formats File > Export offers, in the registry's order."""
    return [fmt for fmt in FORMATS if fmt.in_dialog]


def safe_file_title(title: str) -> str:
    """An event title usable as (part of) a file name on Windows, macOS and Linux."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', " ", title)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:80] or "Oogst"


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(list)
    failed = Signal(str)
    cancelled = Signal()


class _ExportJob(QRunnable):
    """Runs `run_exports` on a pool thread; reports through `signals`."""

    def __init__(self, event, request: ExportRequest) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.event = event
        self.request = request
        self.signals = _Signals()
        self.abort = threading.Event()

    def run(self) -> None:  # on the pool thread
        try:
            written = run_exports(self.event, self.request,
                                  progress=lambda d, t, m: self.signals.progress.emit(d, t, m),
                                  should_abort=self.abort.is_set)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except OogstError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown, never a silent crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit([str(p) for p in written])
        finally:
            self.event.close()  # the snapshot; the open file stays as it is


class ExportDialog(QDialog):
    """Choose outputs, language, draft/final, names, folder; export with progress."""

    def __init__(self, parent: QWidget | None, bridge) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.job: _ExportJob | None = None
        self.written: list[Path] = []
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
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("by level (self, local … national)"), "level")
        self.group_by.addItem(self.tr("by owner"), "owner")
        form.addRow(self.tr("Agenda actions:"), self.group_by)
        self.anonymous = QCheckBox(self.tr("Leave names out (organisation or function "
                                           "instead)"))
        self.participant_list = QCheckBox(self.tr("Add the list of participants to the "
                                                  "minutes"))
        form.addRow(self.anonymous)
        form.addRow(self.participant_list)

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

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("Open folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(options)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()

    # -- choices -------------------------------------------------------------------

    def _default_folder(self) -> str:
        stored = QSettings().value(SETTINGS_FOLDER, "")
        if stored and Path(str(stored)).is_dir():
            return str(stored)
        path = getattr(self.bridge.event, "path", None)
        return str(Path(path).parent) if path else str(Path.home())

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
                             group_by=self.group_by.currentData())

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

    # -- running ---------------------------------------------------------------------

    def start(self) -> None:
        if self.job is not None:
            return
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self._show_error(self.tr("The folder %1 does not exist.").replace("%1",
                                                                               str(folder)))
            return
        QSettings().setValue(SETTINGS_FOLDER, str(folder))
        self.job = _ExportJob(self.bridge.event.snapshot(), self.request())
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.open_button.setVisible(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Exporting…"))
        self.close_button.setText(self.tr("Cancel"))
        self._update()
        QThreadPool.globalInstance().start(self.job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.abort.set()
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

    def _on_finished(self, paths: list[str]) -> None:
        self.written = [Path(p) for p in paths]
        self._finish()
        self.progress.setValue(1000)
        self.message.setText(self.tr("Written to %1:\n%2").replace(
            "%1", str(self.written[0].parent) if self.written else "").replace(
            "%2", "\n".join(p.name for p in self.written)))
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _on_failed(self, text: str) -> None:
        self._finish()
        self.progress.setVisible(False)
        self._show_error(text)

    def _on_cancelled(self) -> None:
        self._finish()
        self.progress.setVisible(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Export cancelled; no file was overwritten."))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.setText(self.tr("The export did not succeed: %1").replace("%1", text))

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def done(self, result: int) -> None:  # closing while running: stop the job first
        if self.job is not None:
            self.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)
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
