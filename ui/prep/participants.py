"""Navigation page "Participants": the participant list, with import from a registration
list, and erasing a person for good (AVG/GDPR art. 17: `EraseDialog`, and the retention
offer `offer_retention_erasure` when an old meeting is opened)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from facilitator.erasure_ops import ErasureReport
from facilitator.transactions import Changes

from ..bridge import EventBridge
from .common import (SORT_ROLE, Column, ComboDelegate, RecordModel, add_delete_shortcut, comma_list,
                     make_table_view, split_commas)


class ParticipantsModel(RecordModel):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        event = bridge.event
        super().__init__(bridge, fetch=event.participants,
                         kinds={"participant", "perspective", "membership", "theme_table"},
                         update=event.update_participant,
                         parent=parent)
        self.perspective_names: dict[str, str] = {}
        self.seats: dict[str, str] = {}
        self.columns = [
            Column(self.tr("Name"), lambda r: r.name, edit=lambda r: r.name,
                   save=lambda r, v: {"name": v},
                   # People known only by organisation sort among the names.
                   sort=lambda r: (r.name or ", ".join(r.organisations)).casefold()),
            Column(self.tr("Organisations"), lambda r: comma_list(r.organisations),
                   edit=lambda r: comma_list(r.organisations),
                   save=lambda r, v: {"organisations": split_commas(v)},
                   tooltip=lambda r: self.tr("Separate several organisations with commas")),
            Column(self.tr("Function"), lambda r: r.function, edit=lambda r: r.function,
                   save=lambda r, v: {"function": v}),
            Column(self.tr("Perspective"),
                   lambda r: self.perspective_names.get(r.perspective_id or "", ""),
                   edit=lambda r: r.perspective_id or "",
                   save=lambda r, v: {"perspective_id": v or None}),
            Column(self.tr("E-mail"), lambda r: r.email, edit=lambda r: r.email,
                   save=lambda r, v: {"email": str(v).strip()}),
            Column(self.tr("Tables"), lambda r: self.seats.get(r.id, ""),
                   tooltip=lambda r: self.tr("Seat people on the Theme tables page")),
            Column(self.tr("Named"), lambda r: "", check=lambda r: r.consent_named,
                   save=lambda r, v: {"consent_named": bool(v)},
                   tooltip=lambda r: self.tr("May be named in the minutes")),
            Column(self.tr("In the minutes as"), lambda r: r.listed_as,
                   edit=lambda r: r.listed_as, save=lambda r, v: {"listed_as": v},
                   tooltip=lambda r: self.tr(
                       "The line a table's participant list prints, as you type it "
                       "(empty: name (organisation, function)); never printed when names "
                       "are left out")),
        ]
        self._lookups()

    def reload(self) -> None:
        self._lookups()
        super().reload()

    def _lookups(self) -> None:
        event = self.bridge.event
        self.perspective_names = {p.id: p.name for p in event.perspectives()}
        seats: dict[str, list[str]] = {}
        for table in event.tables():
            for person in event.table_members(table.id):
                seats.setdefault(person.id, []).append(str(table.number))
        self.seats = {k: ", ".join(v) for k, v in seats.items()}


class ParticipantsPage(QWidget):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = ParticipantsModel(bridge, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view: QTableView = make_table_view(self.model, stretch=1)
        self.view.setModel(self.proxy)
        self.view.setObjectName("participantsTable")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegateForColumn(3, ComboDelegate(self._perspective_choices,
                                                            self.view))
        for column, width in ((0, 180), (2, 130), (3, 170), (4, 150), (5, 60), (6, 70), (7, 200)):
            self.view.setColumnWidth(column, width)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, function…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(self._update_count)
        self.count = QLabel()
        add = QPushButton(self.tr("&Add participant"))
        add.clicked.connect(self.add_participant)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_participant)
        add_delete_shortcut(self.view, self.delete_participant)
        self.erase_button = QPushButton(self.tr("E&rase personal data…"))
        self.erase_button.setObjectName("eraseParticipant")
        self.erase_button.clicked.connect(self.erase_participant)
        self.erase_action = QAction(self.tr("Erase personal data…"), self.view)
        self.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.erase_action.triggered.connect(self.erase_participant)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.erase_action)
        self.erase_dialog: EraseDialog | None = None
        self.import_button = QPushButton(self.tr("&Import registration list…"))
        self.import_button.clicked.connect(self.import_list)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (add, delete, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        bridge.watch(self, self._on_changed)
        self._update_count()

    def focus_main_field(self) -> None:
        """Shown: the focus in the list of participants."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()

    def _perspective_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("(none)"), "")] + [(p.name, p.id)
                                            for p in self.bridge.event.perspectives()]

    def _on_changed(self, changes: Changes) -> None:
        if "participant" in changes.kinds:
            self._update_count()

    def _update_count(self) -> None:
        n, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == n:
            self.count.setText(self.tr("%n participant(s)", "", n))
        else:  # a filter is on: how many of them it shows
            self.count.setText(self.tr("%1 of %n participant(s)", "", n).replace("%1", str(shown)))

    def add_participant(self) -> None:
        new = self.bridge.run(self.bridge.event.add_participant,
                              name=self.tr("New participant"))
        if new:
            self.filter.clear()
            row = self.model.row_of(new)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_participant(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            record = self.model.record(self.proxy.mapToSource(index).row())
            self.bridge.run(self.bridge.event.delete_participant,
                            record.id)

    def import_list(self) -> None:
        from ..import_wizard import ImportWizard
        wizard = ImportWizard(self.bridge, self)
        wizard.open()

    def erase_participant(self) -> None:
        """Ask which of the current person's notes and actions go with them, then erase."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        record = self.model.record(self.proxy.mapToSource(index).row())
        who = record.name or ", ".join(record.organisations) or record.function
        self.erase_dialog = EraseDialog(self.bridge, record.id, who, self)
        self.erase_dialog.open()


class EraseDialog(QDialog):
    """Confirm the erasure of one person, choosing the notes (speaker) and actions
    (owner) that go with them; runs it in the background and reports the backups."""

    def __init__(self, bridge: EventBridge, participant_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.participant_id = participant_id
        self.report: ErasureReport | None = None
        self.report_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Erase personal data"))
        notes, actions = bridge.event.erasable_records(participant_id)
        text = QLabel(self.tr(
            "Erase %1 for good: name, e-mail address, organisations and function, seats "
            "and table roles, from this file and from all its backups. Where their full "
            "name or e-mail address was typed in other notes, the programme, actions or "
            "captions, it is replaced by \"[name removed]\". This cannot be "
            "undone.").replace("%1", name or self.tr("this participant")))
        text.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("eraseItems")
        for kind, rows, label in (("note", notes, self.tr("Note: %1")),
                                  ("action", actions, self.tr("Action: %1"))):
            for row in rows:
                item = QListWidgetItem(label.replace("%1", row.text[:120]))
                item.setData(Qt.ItemDataRole.UserRole, (kind, row.id))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.items.addItem(item)
        choose = QLabel(self.tr("Also remove these notes they spoke and actions they own "
                                "(Space ticks or unticks):"))
        choose.setWordWrap(True)
        choose.setVisible(bool(notes or actions))
        self.items.setVisible(bool(notes or actions))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("&Erase for good"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(choose)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.job: Any = None
        if notes or actions:
            self.items.setCurrentRow(0)
            self.items.setFocus()

    def chosen(self, kind: str) -> list[str]:
        out = []
        for n in range(self.items.count()):
            item = self.items.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                item_kind, row_id = item.data(Qt.ItemDataRole.UserRole)
                if item_kind == kind:
                    out.append(row_id)
        return out

    def accept(self) -> None:
        if self.job is not None:
            return
        notes, actions = self.chosen("note"), self.chosen("action")
        event = self.bridge.event
        self.erase_button.setEnabled(False)
        self.status.setText(self.tr("Erasing…"))
        self.job = self.bridge.run_in_background(
            lambda progress, abort: event.erase_participant(
                self.participant_id, note_ids=notes, action_ids=actions),
            on_success=self._done, on_failure=self._failed)

    def _failed(self, message: str) -> None:
        self.job = None
        self.erase_button.setEnabled(True)
        self.status.setText(message)

    def _done(self, report: ErasureReport) -> None:
        self.report = report
        self.report_box = show_erasure_report(self.parentWidget() or self, report)
        super().accept()


def erasure_report_text(widget: QWidget, report: ErasureReport) -> str:
    """What an erasure did, in the interface's language (for the report box)."""
    lines = [widget.tr("Erased: %1 participant(s), %2 note(s), %3 action(s).")
             .replace("%1", str(report.participants)).replace("%2", str(report.notes))
             .replace("%3", str(report.actions))]
    if report.mentions:
        lines.append(widget.tr("Name taken out of %1 other text(s).")
                     .replace("%1", str(report.mentions)))
    if report.backups_rewritten:
        lines.append(widget.tr("Backups rewritten without them:"))
        lines += [f"  {p.name}" for p in report.backups_rewritten]
    if report.backups_removed:
        lines.append(widget.tr("Backups removed (they could not be rewritten):"))
        lines += [f"  {p.name}" for p in report.backups_removed]
    if not report.backups_rewritten and not report.backups_removed:
        lines.append(widget.tr("There were no backups of this file."))
    return "\n".join(lines)


def show_erasure_report(parent: QWidget, report: ErasureReport) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("Personal data erased"),
                      erasure_report_text(parent, report), QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("erasureReport")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def offer_retention_erasure(parent: QWidget, bridge: EventBridge) -> QMessageBox | None:
    """When the open event is older than the retention setting (and the user did not
    say "not now" for this file), offer, in a non-modal box, to erase all
    participants' personal data. Returns the box (None when nothing is offered)."""
    from .. import preferences
    event = bridge.event
    months = preferences.retention_months()
    if event.path is None or event.readonly or not months:
        return None
    if not event.participants() or preferences.erasure_declined(event.path):
        return None
    if not preferences.past_retention(event.event().date, months):
        return None
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Erase personal data?"),
                      parent.tr("This meeting was held more than %1 months ago. Erase the "
                                "personal data of all its participants (names, e-mail "
                                "addresses, organisations), in the file and in its backups? "
                                "Notes and actions stay, without names. This cannot be "
                                "undone.").replace("%1", str(months)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("retentionOffer")
    erase = box.addButton(parent.tr("&Erase now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(parent.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.setWindowModality(Qt.WindowModality.NonModal)
    path = event.path

    def answered(button: Any) -> None:
        if button is erase:
            bridge.run_in_background(lambda progress, abort: event.erase_all_personal_data(),
                                     on_success=lambda r: show_erasure_report(parent, r))
        else:
            preferences.decline_erasure(path)
    box.buttonClicked.connect(answered)
    box.show()
    return box
