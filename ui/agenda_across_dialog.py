"""File > Agenda across meetings: choose event files or a folder, read them in the
background (progress, cancel), filter by owner, organisation, level and period,
and export the agenda as PDF or workbook, or one of each per organisation.

Reading and writing are core work (`facilitator.agenda_across`,
`facilitator.exports.series_agenda`) run through the runner; every file is
read read-only, and the event open in the window through a private copy on
disk (`EventFile.private_copy`, made on the worker's thread and removed after),
never by opening its file again.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from facilitator.agenda_across import (AgendaFilter, CrossAgenda, event_files, filtered,
                                       organisations, owners, read_agenda)
from facilitator.domain import ACTION_LEVELS
from facilitator.eventfile import EventFile
from facilitator.exports.series_agenda import FORMATS, export_per_organisation
from facilitator.words import long_date

from . import i18n
from .runner import Job, run_job
from .widgets import DateEdit, shorten


class AgendaAcrossDialog(QDialog):
    """The files, the filters, a preview of the actions, and the exports."""

    def __init__(self, parent: QWidget | None = None, *, open_event: EventFile | None = None,
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda across meetings"))
        self.open_event = open_event
        self.start_dir = start_dir
        self.agenda = CrossAgenda()
        self.job: Job | None = None
        self.paths: list[Path] = []
        if open_event is not None and open_event.path is not None:
            self.paths.append(open_event.path)
        self.files = QListWidget()
        self.files.setObjectName("agendaFiles")
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self.ask_files)
        add_folder = QPushButton(self.tr("Add a f&older…"))
        add_folder.clicked.connect(self.ask_folder)
        remove = QPushButton(self.tr("Re&move"))
        remove.clicked.connect(self.remove_chosen)
        self.read_button = QPushButton(self.tr("&Read the files"))
        self.read_button.setObjectName("agendaRead")
        self.read_button.clicked.connect(self.read)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel reading"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QVBoxLayout()
        for button in (add_files, add_folder, remove, self.read_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addLayout(buttons)
        self.owner = QComboBox()
        self.organisation = QComboBox()
        for combo in (self.owner, self.organisation):
            combo.setEditable(True)
            combo.lineEdit().setPlaceholderText(self.tr("any"))
            combo.currentTextChanged.connect(self.refilter)
        self.owner.setObjectName("agendaOwner")
        self.organisation.setObjectName("agendaOrganisation")
        self.level = QComboBox()
        self.level.setObjectName("agendaLevel")
        self.level.addItem(self.tr("any level"), "")
        for level in ACTION_LEVELS:
            self.level.addItem(i18n.core_word(f"level.{level}"), level)
        self.level.currentIndexChanged.connect(self.refilter)
        self.start = DateEdit(self, display_format="d MMM yyyy")
        self.end = DateEdit(self, display_format="d MMM yyyy")
        for field in (self.start, self.end):
            field.committed.connect(self.refilter)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        form = QFormLayout()
        form.addRow(self.tr("O&wner"), self.owner)
        form.addRow(self.tr("Organisation (owner or p&artner)"), self.organisation)
        form.addRow(self.tr("&Level"), self.level)
        due = QLabel(self.tr("&Due from"))
        due.setBuddy(self.start)  # a row with a layout gets no buddy of its own
        form.addRow(due, period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("agendaSummary")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("agendaPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"),
                                              self.tr("Status"), self.tr("Meeting")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.docx_button = QPushButton(self.tr("Export &Word…"))
        self.docx_button.clicked.connect(lambda: self.ask_export("docx"))
        self.each_button = QPushButton(self.tr("One per organi&sation…"))
        self.each_button.clicked.connect(self.ask_each)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button, self.docx_button, self.each_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Event files and folders (the .oogst files in them):")))
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._fill_files()
        self._enable_exports()
        self.resize(900, 680)

    # -- files --------------------------------------------------------------------------

    def add_paths(self, paths: list[str | Path]) -> None:
        for path in paths:
            path = Path(path)
            if path not in self.paths:
                self.paths.append(path)
        self._fill_files()

    def _fill_files(self) -> None:
        self.files.clear()
        for path in self.paths:
            self.files.addItem(f"{path}/" if path.is_dir() else
                               f"{path.name}  ({path.parent})")

    def ask_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Event files"), self.start_dir,
                                                self.tr("Oogst events (*.oogst)"))
        self.add_paths(paths)

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("A folder of event files"),
                                                  self.start_dir)
        if folder:
            self.add_paths([folder])

    def remove_chosen(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self._fill_files()

    # -- reading in the background ---------------------------------------------------

    def read(self) -> Job | None:
        """Read every file through the runner; the preview follows when it is done."""
        if self.job is not None and not self.job.is_done:
            return self.job
        files = event_files(self.paths)
        open_event = self.open_event
        lang = i18n.current_language()

        def work(progress, should_abort) -> CrossAgenda:
            return read_agenda(files, open_event=open_event, progress=progress,
                               should_abort=should_abort, lang=lang)

        self.progress.setRange(0, max(1, len(files)))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.read_button.setEnabled(False)
        self.job = run_job(work, on_success=self._read_done, on_failure=self._failed,
                           on_cancel=self._cancelled, on_progress=self._progressed,
                           on_finished=self._finished, parent=self)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.read_button.setEnabled(True)
        self._enable_exports()

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Stopped: no file was changed or half-written."))

    def _read_done(self, agenda: CrossAgenda) -> None:
        self.agenda = agenda
        for combo, names in ((self.owner, owners(agenda.items)),
                             (self.organisation, organisations(agenda.items))):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setEditText(text)
            combo.blockSignals(False)
        self.refilter()

    # -- the filter and the preview ----------------------------------------------------

    def agenda_filter(self) -> AgendaFilter:
        return AgendaFilter(owner=self.owner.currentText().strip(),
                            organisation=self.organisation.currentText().strip(),
                            level=self.level.currentData() or "",
                            start=self.start.value(), end=self.end.value())

    def refilter(self, *_args: object) -> None:
        items = filtered(self.agenda.items, self.agenda_filter())
        lang = i18n.current_language()
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            a = item.action
            meeting = ", ".join(x for x in (item.meeting, long_date(item.meeting_date, lang))
                                if x)
            for c, text in enumerate((shorten(a.what, 120), a.owner,
                                      i18n.core_word(f"status.{a.status}"), meeting)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(a.what if c == 0 else text)
                self.table.setItem(r, c, cell)
        read = len(self.agenda.files) - len(self.agenda.skipped)
        text = self.tr("%1 meetings read, %2 actions shown.").replace(
            "%1", str(read)).replace("%2", str(len(items)))
        if self.agenda.skipped:
            text += "\n" + self.tr("Skipped:") + " " + "; ".join(
                f"{s.path.name}: {i18n.core_error(s.error)}" for s in self.agenda.skipped)
        self.summary.setText(text)
        self._enable_exports()

    def _enable_exports(self) -> None:
        busy = self.job is not None and not self.job.is_done
        ready = bool(self.agenda.files) and not busy
        for button in (self.pdf_button, self.xlsx_button, self.docx_button, self.each_button):
            button.setEnabled(ready)

    # -- exports ---------------------------------------------------------------------

    def ask_export(self, key: str) -> None:
        suffix = FORMATS[key][0]
        name = self.tr("Action agenda across meetings") + suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agenda"),
                                              str(Path(self.start_dir or ".") / name),
                                              f"*{suffix}")
        if path:
            self.export(key, Path(path) if path.endswith(suffix) else Path(path + suffix))

    def export(self, key: str, path: Path) -> Job:
        agenda, chosen, lang = self.agenda, self.agenda_filter(), i18n.current_language()
        write = FORMATS[key][1]
        return self._run_export(lambda progress, should_abort: [write(
            agenda, path, lang=lang, agenda_filter=chosen, progress=progress,
            should_abort=should_abort)])

    def ask_each(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the agendas"),
                                                  self.start_dir)
        if folder:
            self.export_each(Path(folder))

    def export_each(self, folder: Path) -> Job:
        agenda, chosen, lang = self.agenda, self.agenda_filter(), i18n.current_language()
        return self._run_export(lambda progress, should_abort: export_per_organisation(
            agenda, folder, lang=lang, agenda_filter=chosen, progress=progress,
            should_abort=should_abort))

    def _run_export(self, work) -> Job:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._enable_exports()
        self.job = run_job(work, on_success=self._exported, on_failure=self._failed,
                           on_cancel=self._cancelled, on_progress=self._progressed,
                           on_finished=self._finished, parent=self)
        self._enable_exports()
        return self.job

    def _exported(self, paths: list[Path]) -> None:
        self.summary.setText(self.tr("Written: %1").replace(
            "%1", ", ".join(p.name for p in paths)))
        self.written = paths

    def done(self, result: int) -> None:  # noqa: D401 - Qt name
        """Closing the dialog stops work still running (it leaves nothing half-written)."""
        if self.job is not None and not self.job.is_done:
            self.job.cancel()
            self.job.wait(10)
        super().done(result)


def run_agenda_dialog(window) -> None:
    """File > Agenda across meetings, from the main window (the open event, if any,
    is in the list at first and read through a private copy)."""
    bridge = getattr(window, "bridge", None)
    dialog = AgendaAcrossDialog(window, open_event=bridge.event if bridge else None,
                                start_dir=window._last_dir())
    dialog.exec()

