"""Participants > Import registration list: a wizard over `facilitator.participant_import`.

Pages: choose the file (and sheet), map the columns (with a live preview),
check the rows (every row with a problem is listed with what happens to
it), import. All imported rows are one undo step ("Import participants").

Reading the file (a big workbook takes seconds) and the import itself run
off the GUI thread through the one runner (`EventBridge.run_in_background`,
`ui/runner.py`): the page shows that it is busy, Next waits for the file,
and a problem is shown on the page in the interface language. The jobs
belong to the bridge, so closing the event waits for them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from facilitator import participant_import as pi

from . import i18n, theme
from .bridge import EventBridge
from .runner import Job, Progress, Work

PREVIEW_ROWS = 12


def read_work(path: Path, sheet: str | None) -> Work:
    """Reading a registration list as runner work (the result is a `pi.Sheet`)."""
    def work(progress: Progress, should_abort: Callable[[], bool]) -> pi.Sheet:
        progress(0, 0, "")
        return pi.read_sheet(path, sheet=sheet, progress=progress, should_abort=should_abort)
    return work


def import_work(event: Any, rows: list[pi.ImportRow]) -> Work:
    """The import as runner work: one core operation (one transaction, one undo
    step; the core reports progress about a hundred times and rolls back on cancel)."""
    def work(progress: Progress, should_abort: Callable[[], bool]) -> list[str]:
        return pi.apply_import(event, rows, progress=progress, should_abort=should_abort)
    return work


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the registration list"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, for example the "
                                 "export of a registration form."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The file with the registrations"))
        self.path.editingFinished.connect(self.load)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self.load(sheet=self.sheet.currentText()))
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        self.busy = QProgressBar()  # while the file is read: Qt's "busy" bar
        self.busy.setObjectName("importBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.job: Job | None = None
        self._source: tuple[str, str | None] | None = None  # (path, sheet) read or reading
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        label = QLabel(self.tr("&File"))
        label.setBuddy(self.path)  # a row of two widgets gets no buddy of its own
        form.addRow(label, row)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow("", self.busy)
        form.addRow("", self.info)

    def browse(self) -> None:
        folder = QSettings().value("import/last_dir", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the registration list"), str(folder),
            self.tr("Registration lists (*.xlsx *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load(again=True)

    @property
    def reading(self) -> bool:
        return self.job is not None

    def load(self, *, sheet: str | None = None, again: bool = False) -> Job | None:
        """Start reading the file (or another sheet of it) in the background;
        `loaded` or `load_failed` reports what was found. Returns the job.

        The file being read or read already is not read again (leaving the
        path field, say to press Next, must not throw the result away)
        unless `again`.
        """
        text = self.path.text().strip()
        if not again and self._source is not None and text == self._source[0] \
                and sheet in (None, self._source[1]) \
                and (self.job is not None or self.wiz.sheet_data is not None):
            return self.job
        self.stop_reading()
        self._source = (text, sheet)
        self.wiz.sheet_data = None
        self.info.setStyleSheet("")
        if not text:
            self.info.clear()
            self.completeChanged.emit()
            return None
        path = Path(text)
        self.info.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.busy.setVisible(True)
        self.sheet.setEnabled(False)
        self.job = self.wiz.bridge.run_in_background(
            read_work(path, sheet), initiator=self.wiz, on_success=self.loaded,
            on_failure=self.load_failed)
        self.completeChanged.emit()
        return self.job

    def stop_reading(self) -> None:
        """Forget a read that is still running (its result will be ignored)."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self.busy.setVisible(False)

    def _is_current(self) -> bool:
        """Is the signal being handled from the read this page waits for?"""
        return self.job is not None and self.sender() is self.job

    def loaded(self, data: pi.Sheet) -> None:
        if not self._is_current():
            return
        self.job = None
        self.busy.setVisible(False)
        path = Path(self.path.text().strip())
        QSettings().setValue("import/last_dir", str(path.parent))
        self.sheet.clear()
        self.sheet.addItems(list(data.sheet_names))
        self.sheet.setCurrentText(data.sheet)
        self.sheet.setEnabled(len(data.sheet_names) > 1)
        self._source = (self.path.text().strip(), data.sheet or None)
        self.wiz.sheet_data = data
        if data.encoding:
            found = self.tr("%n row(s) below the header; columns separated by “%1”, "
                            "text encoding %2.", "", len(data.rows)).replace(
                "%1", self.tr("tab") if data.delimiter == "\t" else data.delimiter).replace(
                "%2", data.encoding)
        else:
            found = self.tr("%n row(s) below the header.", "", len(data.rows))
        if not data.rows:
            found = self.tr("This sheet has no rows below its header.")
        warnings = data.warnings(i18n.current_language())
        self.info.setText("\n".join([found, *warnings]))
        self.completeChanged.emit()

    def load_failed(self, message: str) -> None:
        """The file cannot be read: say why (already in the interface language)."""
        if not self._is_current():
            return
        self.job = None
        self.busy.setVisible(False)
        self.info.setStyleSheet(theme.error_style(self.palette()))
        self.info.setText(message)
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return (self.job is None and self.wiz.sheet_data is not None
                and bool(self.wiz.sheet_data.rows))

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        return self.isComplete()  # also for a programmatic next() while still reading


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Oogst guessed which column holds what. Check it against "
                                 "the preview below."))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in pi.FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.activated.connect(lambda _i: self.update_preview())
            self.combos[field] = combo
            form.addRow(wizard.field_label(field), combo)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(form)
        layout.addWidget(left)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview of the first rows as they will be imported")))
        right.addWidget(self.preview, 1)
        layout.addLayout(right, 1)

    def initializePage(self) -> None:
        data = self.wiz.sheet_data
        assert data is not None
        guess = pi.guess_mapping(data.headers)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the list)"), None)
            for index, header in enumerate(data.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(max(combo.findData(guess[field]), 0)
                                  if guess[field] is not None else 0)
        self.update_preview()

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def update_preview(self) -> None:
        # Only the rows shown are planned (a row's problems depend on earlier rows
        # only), so a mapping change is instant even for a list of thousands.
        data = self.wiz.sheet_data
        assert data is not None
        plan = self.wiz.make_plan(self.mapping(), replace(
            data, rows=data.rows[:PREVIEW_ROWS], row_numbers=data.row_numbers[:PREVIEW_ROWS]))
        rows = sorted([(r.row_number, r) for r in plan.rows]
                      + [(s.row_number, s) for s in plan.skipped], key=lambda x: x[0])
        rows = rows[:PREVIEW_ROWS]
        headers = [self.tr("Row"), self.tr("Name"), self.tr("Organisations"),
                   self.tr("Function"), self.tr("Perspective"), self.tr("E-mail"),
                   self.tr("Named"), self.tr("Tables")]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(rows))
        perspectives = {p.id: p.name for p in self.wiz.bridge.event.perspectives()}
        tables = {t.id: str(t.number) for t in self.wiz.bridge.event.tables()}
        for r, (number, row) in enumerate(rows):
            if isinstance(row, pi.SkippedRow):
                cells = [str(number), self.wiz.problem_text(row.reason)] + [""] * 6
            else:
                cells = [str(number), row.name, ", ".join(row.organisations), row.function,
                         perspectives.get(row.perspective_id or "", ""), row.email,
                         self.tr("yes") if row.consent_named else self.tr("no"),
                         ", ".join(tables[t] for t in row.table_ids)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if isinstance(row, pi.SkippedRow):
                    item.setForeground(Qt.GlobalColor.gray)
                self.preview.setItem(r, c, item)


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setColumnCount(3)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Who"),
                                                 self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        copy = QPushButton(self.tr("&Copy the list"))
        copy.clicked.connect(self.copy)
        self.progress = QProgressBar()  # while the rows are imported
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.progress.setVisible(False)
        self.message.clear()
        plan = self.wiz.plan = self.wiz.make_plan(self.wiz.mapping_page.mapping())
        warned = sum(1 for r in plan.rows if r.warnings)
        self.summary.setText(" ".join((
            self.tr("%n participant(s) will be imported", "", len(plan.rows)) +
            (self.tr(" (%n with a remark)", "", warned) if warned else "") + ".",
            self.tr("%n row(s) will not be imported.", "", len(plan.skipped))
            if plan.skipped else self.tr("Every row can be imported."),
            self.tr("Undo takes the whole import back in one step."))))
        problems = plan.problems
        self.problems.setRowCount(len(problems))
        for r, (number, who, problem) in enumerate(problems):
            for c, text in enumerate((str(number), who, self.wiz.problem_text(problem))):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(1, 220)
        self.problems.setVisible(bool(problems))

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return self.wiz.import_job is None

    def show_importing(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Importing…"))
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def show_failure(self, message: str) -> None:
        self.progress.setVisible(False)
        self.message.setStyleSheet(theme.error_style(self.palette()))
        self.message.setText(self.tr("The import did not succeed: %1").replace("%1", message))
        self.completeChanged.emit()

    def copy(self) -> None:
        lines = ["\t".join(self.problems.item(r, c).text() for c in range(3))
                 for r in range(self.problems.rowCount())]
        QGuiApplication.clipboard().setText("\n".join(lines))


class ImportWizard(QWizard):
    """Import participants into the bridge's event."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.sheet_data: pi.Sheet | None = None
        self.plan: pi.ImportPlan | None = None
        self.imported: list[str] = []
        self.import_job: Job | None = None
        self.setWindowTitle(self.tr("Import participants"))
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(900, 600)

    def field_label(self, field: str) -> str:
        return {"name": self.tr("Name (full)"), "first_name": self.tr("First name"),
                "infix": self.tr("Infix (van, de…)"), "last_name": self.tr("Last name"),
                "organisations": self.tr("Organisation(s)"), "function": self.tr("Function"),
                "perspective": self.tr("Perspective"), "email": self.tr("E-mail"),
                "consent": self.tr("Consent to be named"), "table": self.tr("Table")}[field]

    def problem_text(self, problem: pi.Problem) -> str:
        return problem.text(i18n.current_language())

    def make_plan(self, mapping: dict[str, int | None],
                  sheet: pi.Sheet | None = None) -> pi.ImportPlan:
        """Plan the import of `sheet` (default: the whole list that was read)."""
        event = self.bridge.event
        sheet = sheet or self.sheet_data
        assert sheet is not None
        return pi.plan_import(
            sheet, mapping,
            perspectives={p.name: p.id for p in event.perspectives()},
            tables=pi.table_choices(event.tables()),
            existing=[(p.name, p.organisations, p.email) for p in event.participants()])

    # -- importing ----------------------------------------------------------------------

    def accept(self) -> None:
        """Import (Finish): in the background, one core operation and one undo step;
        the wizard closes when the rows are in, or says on the page why not."""
        if self.import_job is not None:
            return
        if self.plan is None or not self.plan.rows:
            super().accept()
            return
        rows = list(self.plan.rows)
        self.import_job = self.bridge.run_in_background(
            import_work(self.bridge.event, rows), initiator=self,
            on_success=self._imported, on_failure=self._import_failed,
            on_cancel=self._import_stopped, on_progress=self.check_page.show_progress)
        self.check_page.show_importing(len(rows))  # QWizard updates its buttons here,
        self._set_busy(True)                        # so this comes after

    def _set_busy(self, busy: bool) -> None:
        """While the rows go in: no Back, no second Import, no Cancel (the import
        is one transaction that either commits whole or not at all)."""
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _imported(self, added: list[str]) -> None:
        self.import_job = None
        self._set_busy(False)
        self.imported = list(added or [])
        self.bridge.statusMessage.emit(
            self.tr("%n participant(s) imported.", "", len(self.imported)))
        super().accept()

    def _import_failed(self, message: str) -> None:
        self.import_job = None
        self._set_busy(False)
        self.check_page.show_failure(message)

    def _import_stopped(self) -> None:
        """The event is being closed (the bridge cancels its jobs): go with it."""
        self.import_job = None
        self._set_busy(False)
        super().reject()

    def reject(self) -> None:
        """Cancel or Escape: stops waiting for a file being read; while the rows are
        being imported the wizard stays until they are in."""
        if self.import_job is not None:
            return
        self.file_page.stop_reading()
        super().reject()
