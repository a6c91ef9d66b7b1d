"""Navigation page "Theme tables": the tables, each with its details, people and questions."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from facilitator.domain import ThemeTable
from facilitator.transactions import Changes

from ..bridge import EventBridge
from ..theme import secondary, spin_box
from ..widgets import shorten
from .common import (Column, CommitLineEdit, CommitTextEdit, RecordModel, add_delete_shortcut,
                     current_id, make_table_view, select_id)
from .blocks import BlocksEditor
from .questions import RoundQuestions, UnderlyingQuestions


class TablesModel(RecordModel):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        event = bridge.event
        super().__init__(bridge, fetch=event.tables, kinds={"theme_table", "membership",
                                                            "participant"},
                         update=event.update_table,
                         move=event.move_table, parent=parent)
        self.sizes: dict[str, int] = {}
        self.columns = [
            Column(self.tr("No."), lambda r: r.number, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Theme"), lambda r: r.theme, edit=lambda r: r.theme,
                   save=lambda r, v: {"theme": v}, tooltip=lambda r: r.theme),
            Column(self.tr("People"), lambda r: self.sizes.get(r.id, 0),
                   align=Qt.AlignmentFlag.AlignRight),
        ]
        self._count()

    def reload(self) -> None:
        self._count()
        super().reload()

    def _count(self) -> None:
        event = self.bridge.event
        self.sizes = {t.id: len(event.table_members(t.id)) for t in event.tables()}


class PersonCombo(QComboBox):
    """Choose a participant (or nobody) for a table's host or note-taker."""

    ITEM_CHARACTERS = 80

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Long "name, organisation" labels must not widen the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def fill(self, people: list[tuple[str, str]], current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(nobody)"), None)
        for text, person_id in people:  # a 300-character name: not a screen-wide list
            self.addItem(shorten(text, self.ITEM_CHARACTERS), person_id)
            if len(text) > self.ITEM_CHARACTERS:
                self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self.blockSignals(False)


class TableDetails(QWidget):
    """Number, theme, pitch, initiative, host, note-taker and the seated participants."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.table_id: str | None = None
        self.number = spin_box(QSpinBox())
        self.number.setRange(1, 999)
        self.number.setKeyboardTracking(False)
        self.theme = CommitLineEdit()
        self.pitch = CommitTextEdit()
        self.pitch.setPlaceholderText(self.tr("The practice story that opens the table"))
        self.pitch.setMaximumHeight(80)
        self.initiative = CommitLineEdit()
        self.initiative.setPlaceholderText(self.tr("The initiative that brings the pitch"))
        self.host = PersonCombo()
        self.note_taker = PersonCombo()
        form = QFormLayout()
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("&Pitch"), self.pitch)
        form.addRow(self.tr("Initiative"), self.initiative)
        form.addRow(self.tr("H&ost"), self.host)
        form.addRow(self.tr("Note-taker"), self.note_taker)

        self.seated = QListWidget()
        self.seated.setObjectName("seatedParticipants")
        self.seated.itemChanged.connect(self._seat_changed)
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(self.tr("Filter participants…"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self._filter_people)
        self.seated_count = QLabel()
        people = QGroupBox(self.tr("Participants at this table"))
        box = QVBoxLayout(people)
        top = QHBoxLayout()
        top.addWidget(self.people_filter, 1)
        top.addWidget(self.seated_count)
        box.addLayout(top)
        box.addWidget(self.seated, 1)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left, 1)
        people.setMinimumWidth(240)
        layout.addWidget(people, 1)

        self.number.valueChanged.connect(lambda v: self._save(number=v))
        self.theme.committed.connect(lambda v: self._save(theme=v))
        self.pitch.committed.connect(lambda v: self._save(pitch=v))
        self.initiative.committed.connect(lambda v: self._save(initiative=v))
        self.host.activated.connect(lambda: self._save(host_id=self.host.currentData()))
        self.note_taker.activated.connect(
            lambda: self._save(note_taker_id=self.note_taker.currentData()))

    def _save(self, **values: object) -> None:
        if not self.table_id:
            return
        table = self.bridge.event.table(self.table_id)
        if all(getattr(table, k) == v for k, v in values.items()):
            return
        self.bridge.run(self.bridge.event.update_table, self.table_id, **values)

    def show_table(self, table: ThemeTable | None) -> None:
        self.table_id = table.id if table else None
        self.setEnabled(table is not None)
        self.number.blockSignals(True)
        self.number.setValue(table.number if table else 1)
        self.number.blockSignals(False)
        self.theme.show_value(table.theme if table else "")
        self.pitch.show_value(table.pitch if table else "")
        self.initiative.show_value(table.initiative if table else "")
        people = [(p.label(), p.id) for p in self.bridge.event.participants()]
        self.host.fill(people, table.host_id if table else None)
        self.note_taker.fill(people, table.note_taker_id if table else None)
        self._fill_seats()

    def _fill_seats(self) -> None:
        event = self.bridge.event
        seated = {p.id for p in event.table_members(self.table_id)} if self.table_id else set()
        people = event.participants()
        self.seated.blockSignals(True)
        shown = [self.seated.item(r).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.seated.count())]
        if shown == [p.id for p in people]:
            # Update in place: this runs inside itemChanged when a box is ticked.
            for row, person in enumerate(people):
                item = self.seated.item(row)
                item.setText(person.label())
                item.setCheckState(Qt.CheckState.Checked if person.id in seated
                                   else Qt.CheckState.Unchecked)
            people = []
        else:
            self.seated.clear()
        for person in people:
            item = QListWidgetItem(person.label())
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in seated
                               else Qt.CheckState.Unchecked)
            self.seated.addItem(item)
        self.seated.blockSignals(False)
        self._filter_people(self.people_filter.text())
        self.seated_count.setText(self.tr("%n seated", "", len(seated)))

    def _filter_people(self, text: str) -> None:
        text = text.casefold()
        for row in range(self.seated.count()):
            item = self.seated.item(row)
            item.setHidden(bool(text) and text not in item.text().casefold())

    def _seat_changed(self, item: QListWidgetItem) -> None:
        if not self.table_id:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        event = self.bridge.event
        if item.checkState() == Qt.CheckState.Checked:
            self.bridge.run(event.assign_participant, person,
                            table_id=self.table_id)
        else:
            self.bridge.run(event.unassign_participant,
                            person, table_id=self.table_id)


class TablesPage(QWidget):
    """The list of tables (and the shared rounds) beside the selected table's editor."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = TablesModel(bridge, self)
        self.view = make_table_view(self.model, stretch=1)
        self.view.setObjectName("tablesList")
        self.view.setColumnWidth(0, 44)
        self.view.setColumnWidth(2, 60)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        add = QPushButton(self.tr("&Add table"))
        add.clicked.connect(self.add_table)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_table)
        add_delete_shortcut(self.view, self.delete_table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        tables_box = QGroupBox(self.tr("Theme tables"))
        tables_layout = QVBoxLayout(tables_box)
        tables_layout.addWidget(self.view, 1)
        tables_layout.addLayout(buttons)

        self.shared_rounds = RoundQuestions(bridge, own=False)
        self.shared_rounds.set_table(None)
        rounds_box = QGroupBox(self.tr("Rounds (all tables)"))
        rounds_layout = QVBoxLayout(rounds_box)
        rounds_layout.addWidget(self.shared_rounds)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(tables_box)
        left.addWidget(rounds_box)
        left.setMinimumWidth(300)

        self.details = TableDetails(bridge)
        self.underlying = UnderlyingQuestions(bridge)
        self.own_rounds = RoundQuestions(bridge, own=True)
        own_hint = QLabel(self.tr("A table without rounds of its own follows the rounds "
                                  "for all tables."))
        own_hint.setObjectName("hint")
        secondary(own_hint)
        own_hint.setWordWrap(True)
        questions = QWidget()
        q_layout = QVBoxLayout(questions)
        q_layout.addWidget(QLabel(self.tr("Underlying questions")))
        q_layout.addWidget(self.underlying, 3)
        q_layout.addWidget(QLabel(self.tr("Rounds of this table")))
        q_layout.addWidget(own_hint)
        q_layout.addWidget(self.own_rounds, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Table and participants"))
        self.tabs.addTab(questions, self.tr("Questions"))
        self.blocks = BlocksEditor(bridge)
        self.tabs.addTab(self.blocks, self.tr("In the minutes"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        bridge.watch(self, self._on_changed)
        if self.model.records:
            self.view.selectRow(0)
        else:
            self._show(None)

    def focus_main_field(self) -> None:
        """Shown: the focus in the list of tables."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()

    def current_table(self) -> str | None:
        return current_id(self.view, self.model)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        self._show(self.current_table())

    def _show(self, table_id: str | None) -> None:
        table = self.bridge.event.table(table_id) if table_id else None
        self.details.show_table(table)
        self.blocks.show_table(table)
        self.underlying.set_table(table_id)
        self.own_rounds.set_table(table_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {"theme_table", "participant", "membership"}:
            table_id = self.current_table()
            if table_id and self.model.row_of(table_id) < 0:
                table_id = None
            if table_id is None and self.model.records:
                self.view.selectRow(0)  # shows it through the selection signal
                return
            self._show(table_id)

    def add_table(self) -> None:
        new = self.bridge.run(self.bridge.event.add_table,
                              theme=self.tr("New theme"))
        if new:
            select_id(self.view, self.model, new, column=1)
            self.tabs.setCurrentIndex(0)
            self.details.theme.setFocus()
            self.details.theme.selectAll()

    def delete_table(self) -> None:
        table_id = self.current_table()
        if table_id:
            self.bridge.run(self.bridge.event.delete_table, table_id)
