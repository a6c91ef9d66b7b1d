"""Participants > Import registration list: a wizard over `facilitator.participant_import`.

Pages: choose the file (and sheet), map the columns (with a live preview),
check the rows (every row with a problem is listed with what happens to
it), import. All imported rows are one undo step ("Import participants").
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from facilitator import participant_import as pi

from .bridge import EventBridge

PREVIEW_ROWS = 12


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
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&File"), row)
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.addRow("", self.info)

    def browse(self) -> None:
        folder = QSettings().value("import/last_dir", "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the registration list"), str(folder),
            self.tr("Registration lists (*.xlsx *.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load()

    def load(self, *, sheet: str | None = None) -> None:
        """Read the file (or another sheet of it) and report what was found."""
        text = self.path.text().strip()
        self.wiz.sheet_data = None
        if not text:
            self.info.clear()
            self.completeChanged.emit()
            return
        path = Path(text)
        try:
            names = pi.sheet_names(path) if path.is_file() else []
            data = pi.read_sheet(path, sheet=sheet)
        except pi.OogstError as exc:
            self.info.setText(str(exc))
            self.sheet.clear()
            self.sheet.setEnabled(False)
            self.completeChanged.emit()
            return
        QSettings().setValue("import/last_dir", str(path.parent))
        self.sheet.clear()
        self.sheet.addItems(names)
        self.sheet.setCurrentText(data.sheet)
        self.sheet.setEnabled(len(names) > 1)
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
        self.info.setText(found)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.sheet_data is not None and bool(self.wiz.sheet_data.rows)


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
        plan = self.wiz.make_plan(self.mapping())
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)

    def initializePage(self) -> None:
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
        text = {
            "empty": self.tr("No name and no organisation: not imported."),
            "duplicate_file": self.tr("Same person as row %1: not imported."),
            "duplicate_event": self.tr("Already in the participant list: not imported."),
            "perspective": self.tr("Unknown perspective “%1”: imported without perspective."),
            "email": self.tr("Not an e-mail address “%1”: imported without e-mail."),
            "consent": self.tr("Consent “%1” not understood: imported as not to be named."),
            "table": self.tr("Unknown table “%1”: imported without that seat."),
        }.get(problem.code)
        return text.replace("%1", problem.value) if text else str(problem)

    def make_plan(self, mapping: dict[str, int | None]) -> pi.ImportPlan:
        event = self.bridge.event
        assert self.sheet_data is not None
        return pi.plan_import(
            self.sheet_data, mapping,
            perspectives={p.name: p.id for p in event.perspectives()},
            tables=pi.table_choices(event.tables()),
            existing=[(p.name, p.organisations, p.email) for p in event.participants()])

    def accept(self) -> None:
        if self.plan is not None and self.plan.rows:
            added = self.bridge.run(pi.apply_import, self.bridge.event,
                                    self.plan.rows)
            self.imported = list(added or [])
            self.bridge.statusMessage.emit(
                self.tr("%n participant(s) imported.", "", len(self.imported)))
        super().accept()
