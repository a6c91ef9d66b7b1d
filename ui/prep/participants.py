"""Navigation page "Participants": the participant list, with import from a registration list."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

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
        for column, width in ((0, 190), (2, 150), (3, 180), (4, 170), (5, 60), (6, 70)):
            self.view.setColumnWidth(column, width)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, function…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel()
        add = QPushButton(self.tr("&Add participant"))
        add.clicked.connect(self.add_participant)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_participant)
        add_delete_shortcut(self.view, self.delete_participant)
        self.import_button = QPushButton(self.tr("&Import registration list…"))
        self.import_button.clicked.connect(self.import_list)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (add, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        bridge.watch(self, self._on_changed)
        self._update_count()

    def _perspective_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("(none)"), "")] + [(p.name, p.id)
                                            for p in self.bridge.event.perspectives()]

    def _on_changed(self, changes: Changes) -> None:
        if "participant" in changes.kinds:
            self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("%n participant(s)", "", n))

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
