"""`ActionsView`: the action agenda (who does what, with whom, by when) and follow-ups.

The agenda is a table edited in place: level and status from their fixed
lists, a due date (clearable) or a period in words, partners as a comma-
separated list. Sorting by owner, level or due date only changes the view;
the agenda's own order stays in the file. Below: the follow-up meetings.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import (QAbstractTableModel, QDate, QModelIndex, QSize,
                            QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QStyledItemDelegate, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from facilitator.domain import ACTION_LEVELS, ACTION_STATUSES, Action, FollowUp
from facilitator.errors import OogstError
from facilitator.words import long_date

from . import i18n

SortRole = Qt.ItemDataRole.UserRole + 10
IdRole = Qt.ItemDataRole.UserRole + 11
NO_DATE = QDate(1900, 1, 1)  # the date editors' "no date" value


def _short(text: str, limit: int = 50) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _today() -> str:
    return date.today().isoformat()


class _ListModel(QAbstractTableModel):
    """A flat list of rows re-read from the file when its kind changes; the
    rows are replaced with the finest signals (insert/remove/dataChanged)."""

    KIND = ""

    def __init__(self, bridge, parent=None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._rows: list = []
        self._rows = self._load()
        bridge.watch(self, self._on_changed)

    def _load(self) -> list:
        raise NotImplementedError

    def _on_changed(self, changes) -> None:
        if self.KIND in changes.kinds or self._also_depends_on(changes.kinds):
            self.refresh()

    def _also_depends_on(self, kinds: frozenset[str]) -> bool:
        return False

    def refresh(self) -> None:
        new = self._load()
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in new]
        if old_ids == new_ids:
            for row, (before, after) in enumerate(zip(self._rows, new)):
                if before != after:
                    self._rows[row] = after
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, self.columnCount() - 1))
            self._rows = new
            return
        # removals
        keep = set(new_ids)
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        # insertions at their place among the survivors
        present = {r.id for r in self._rows}
        for item in new:
            if item.id not in present:
                before = [i for i in new_ids if i in present or i == item.id]
                row = before.index(item.id)
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, item)
                self.endInsertRows()
                present.add(item.id)
        # order (rare: a move) and values
        current_ids = [r.id for r in self._rows]
        if current_ids != new_ids:
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            position = {row_id: n for n, row_id in enumerate(new_ids)}
            moved = [self.index(position[current_ids[p.row()]], p.column())
                     for p in persistent]
            self._rows = new
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        for row, after in enumerate(new):
            if self._rows[row] is not after and self._rows[row] != after:
                self._rows[row] = after
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
        self._rows = new

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsEditable


class ActionsModel(_ListModel):
    """The action agenda: one row per action, in the agenda's order."""

    KIND = "action"
    WHAT, OWNER, PARTNERS, LEVEL, DUE, PERIOD, STATUS, SOURCE = range(8)

    def _load(self) -> list[Action]:
        return self._bridge.event.actions()

    def _also_depends_on(self, kinds: frozenset[str]) -> bool:
        return "note" in kinds  # the source note's text may have changed

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("What"), self.tr("Owner"), self.tr("Partners"), self.tr("Level"),
                self.tr("Due date"), self.tr("Period"), self.tr("Status"),
                self.tr("From note"))[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.SOURCE:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def action_at(self, row: int) -> Action | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _source_text(self, action: Action) -> str:
        if not action.note_id:
            return ""
        try:
            return self._bridge.event.note(action.note_id).text
        except OogstError:
            return self.tr("(note deleted)")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        action = self.action_at(index.row())
        if action is None:
            return None
        column = index.column()
        if role == IdRole:
            return action.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == self.WHAT:
                return action.what
            if column == self.OWNER:
                return action.owner
            if column == self.PARTNERS:
                return ", ".join(action.partners)
            if column == self.LEVEL:
                return action.level if edit else i18n.label(f"level.{action.level}")
            if column == self.DUE:
                if edit:
                    return action.due_date or ""
                return long_date(action.due_date, i18n.current_language())
            if column == self.PERIOD:
                return action.period
            if column == self.STATUS:
                return action.status if edit else i18n.label(f"status.{action.status}")
            if column == self.SOURCE:
                return _short(self._source_text(action))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SOURCE:
                return self._source_text(action) or None
            if column == self.WHAT:
                return action.what
        if role == SortRole:
            if column == self.LEVEL:
                return ACTION_LEVELS.index(action.level)
            if column == self.STATUS:
                return ACTION_STATUSES.index(action.status)
            if column == self.DUE:
                return action.due_date or "9999-12-31"  # no date: last
            return (self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.status == "vervallen":
                return QColor("#8a8f98")
            if column == self.STATUS:
                return {"bezig": QColor("#2f7ed8"), "gereed": QColor("#2e9d5b")}.get(
                    action.status)
            if column == self.DUE and action.due_date and action.due_date < _today() \
                    and action.status in ("open", "bezig"):
                return QColor("#c0392b")  # overdue
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        action = self.action_at(index.row())
        if action is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        field = {self.WHAT: "what", self.OWNER: "owner", self.PARTNERS: "partners",
                 self.LEVEL: "level", self.DUE: "due_date", self.PERIOD: "period",
                 self.STATUS: "status"}.get(column)
        if field is None:
            return False
        if field == "partners":
            value = [p.strip() for p in str(value).split(",") if p.strip()]
            if tuple(value) == action.partners:
                return False
        elif field == "due_date":
            value = value or None
            if value == action.due_date:
                return False
        else:
            value = str(value).strip()
            if value == getattr(action, field):
                return False
            if field == "what" and not value:
                self._bridge.statusMessage.emit(self.tr("An action needs a description."))
                return False
        self._bridge.run(self._bridge.event.update_action, action.id,
                         **{field: value})
        return True


class FollowUpsModel(_ListModel):
    """Follow-up meetings: date, topic, organiser."""

    KIND = "follow_up"
    DATE, TOPIC, ORGANISER = range(3)

    def _load(self) -> list[FollowUp]:
        return self._bridge.event.follow_ups()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Date"), self.tr("Topic"), self.tr("Organiser"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not 0 <= index.row() < len(self._rows):
            return None
        meeting: FollowUp = self._rows[index.row()]
        column = index.column()
        if role == IdRole:
            return meeting.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.DATE:
                if role == Qt.ItemDataRole.EditRole:
                    return meeting.date or ""
                return long_date(meeting.date, i18n.current_language()) or self.tr("no date yet")
            return meeting.topic if column == self.TOPIC else meeting.organiser
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DATE and not meeting.date:
            return QColor("#8a8f98")
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self._rows):
            return False
        meeting: FollowUp = self._rows[index.row()]
        field = ("date", "topic", "organiser")[index.column()]
        value = (value or None) if field == "date" else str(value).strip()
        if value == getattr(meeting, field):
            return False
        self._bridge.run(self._bridge.event.update_follow_up,
                         meeting.id, **{field: value})
        return True


class DateEditor(QWidget):
    """A date edit with a calendar and a clear button (an empty date is allowed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setObjectName("dateEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("no date"))
        self.edit.setDisplayFormat("d MMM yyyy")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearDate")
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setAutoFillBackground(True)

    def set_iso(self, value: str) -> None:
        if value:
            self.edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
        else:
            self.edit.setDate(QDate.currentDate())

    def iso(self) -> str:
        day = self.edit.date()
        return "" if day == NO_DATE else day.toString(Qt.DateFormat.ISODate)

    def clear(self) -> None:
        self.edit.setDate(NO_DATE)


class AgendaDelegate(QStyledItemDelegate):
    """Combos for level and status, the date editor for dates, text otherwise."""

    def __init__(self, parent=None, *, date_column: int = -1,
                 choices: dict[int, tuple[tuple[str, ...], str]] | None = None) -> None:
        super().__init__(parent)
        self.date_column = date_column
        self.choices = choices or {}  # column -> (values, label prefix)

    def sizeHint(self, option, index):  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)  # room to breathe between rows

    def createEditor(self, parent, option, index):  # noqa: N802
        column = index.column()
        if column in self.choices:
            values, prefix = self.choices[column]
            combo = QComboBox(parent)
            for value in values:
                combo.addItem(i18n.label(f"{prefix}.{value}"), value)
            return combo
        if column == self.date_column:
            return DateEditor(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEditor):
            editor.set_iso(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateEditor):
            model.setData(index, editor.iso())
        else:
            super().setModelData(editor, model, index)


class _Table(QTableView):
    """A table whose Delete key deletes rows (undo brings them back)."""

    deleteRequested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState and (
                event.matches(QKeySequence.StandardKey.Delete)):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class ActionsView(QWidget):
    """The action agenda as an editable, sortable table, and the follow-up meetings."""

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsView")
        self._bridge = bridge

        # -- actions
        self.actions_title = QLabel(self.tr("Action agenda"), self)
        self.actions_title.setStyleSheet("font-weight: bold; font-size: 120%;")
        self.new_action = QLineEdit(self)
        self.new_action.setObjectName("newAction")
        self.new_action.setPlaceholderText(self.tr("New action: what is to be done? (Enter "
                                                   "adds it)"))
        self.new_action.returnPressed.connect(self.add_action)
        self.add_button = QPushButton(self.tr("Add action"), self)
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("Delete action"), self)
        self.delete_button.setObjectName("deleteAction")
        self.delete_button.clicked.connect(self.delete_actions)
        self.order_button = QPushButton(self.tr("Agenda order"), self)
        self.order_button.setObjectName("agendaOrder")
        self.order_button.setToolTip(self.tr("Undo the sorting: show the actions in the "
                                             "agenda's own order"))
        self.order_button.clicked.connect(self.agenda_order)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("actionFilter")
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(220)

        self.model = ActionsModel(bridge, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = _Table(self)
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(AgendaDelegate(
            self.table, date_column=ActionsModel.DUE,
            choices={ActionsModel.LEVEL: (ACTION_LEVELS, "level"),
                     ActionsModel.STATUS: (ACTION_STATUSES, "status")}))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.deleteRequested.connect(self.delete_actions)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActionsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ActionsModel.OWNER, 140), (ActionsModel.PARTNERS, 170),
                              (ActionsModel.LEVEL, 90), (ActionsModel.DUE, 115),
                              (ActionsModel.PERIOD, 120), (ActionsModel.STATUS, 80),
                              (ActionsModel.SOURCE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Rows as tall as their wrapped text, recomputed after the columns settle.
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        for signal in (self.model.rowsInserted, self.model.dataChanged,
                       self.model.layoutChanged, self.proxy.layoutChanged):
            signal.connect(lambda *_: self._rows_timer.start())

        # -- follow-up meetings
        self.follow_title = QLabel(self.tr("Follow-up meetings"), self)
        self.follow_title.setStyleSheet("font-weight: bold; font-size: 120%;")
        self.new_follow_up = QLineEdit(self)
        self.new_follow_up.setObjectName("newFollowUp")
        self.new_follow_up.setPlaceholderText(self.tr("New follow-up meeting: topic (Enter "
                                                      "adds it; then set the date)"))
        self.new_follow_up.returnPressed.connect(self.add_follow_up)
        self.add_follow_button = QPushButton(self.tr("Add meeting"), self)
        self.add_follow_button.setObjectName("addFollowUp")
        self.add_follow_button.clicked.connect(self.add_follow_up)
        self.delete_follow_button = QPushButton(self.tr("Delete meeting"), self)
        self.delete_follow_button.setObjectName("deleteFollowUp")
        self.delete_follow_button.clicked.connect(self.delete_follow_ups)
        self.follow_model = FollowUpsModel(bridge, self)
        self.follow_table = _Table(self)
        self.follow_table.setObjectName("followUpTable")
        self.follow_table.setModel(self.follow_model)
        self.follow_table.setItemDelegate(AgendaDelegate(self.follow_table,
                                                         date_column=FollowUpsModel.DATE))
        self.follow_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_table.setAlternatingRowColors(True)
        self.follow_table.deleteRequested.connect(self.delete_follow_ups)
        follow_header = self.follow_table.horizontalHeader()
        follow_header.resizeSection(FollowUpsModel.DATE, 170)
        follow_header.setSectionResizeMode(FollowUpsModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        follow_header.resizeSection(FollowUpsModel.ORGANISER, 320)
        self.follow_table.setWordWrap(True)
        follow_header.sectionResized.connect(lambda *_: self._rows_timer.start())
        for signal in (self.follow_model.rowsInserted, self.follow_model.dataChanged):
            signal.connect(lambda *_: self._rows_timer.start())

        actions_box = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.actions_title)
        top.addStretch(1)
        top.addWidget(self.filter)
        top.addWidget(self.order_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_action, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)
        box = QVBoxLayout(actions_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(add_row)
        box.addWidget(self.table, 1)
        follow_box = QWidget(self)
        follow_add = QHBoxLayout()
        follow_add.addWidget(self.new_follow_up, 1)
        follow_add.addWidget(self.add_follow_button)
        follow_add.addWidget(self.delete_follow_button)
        fbox = QVBoxLayout(follow_box)
        fbox.setContentsMargins(0, 0, 0, 0)
        fbox.addWidget(self.follow_title)
        fbox.addLayout(follow_add)
        fbox.addWidget(self.follow_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(actions_box)
        self.splitter.addWidget(follow_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.splitter)

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        self.follow_table.resizeRowsToContents()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._rows_timer.start()

    # -- actions --------------------------------------------------------------------

    def add_action(self) -> str | None:
        what = self.new_action.text().strip()
        if not what:
            self.new_action.setFocus()
            return None
        action_id = self._bridge.run(self._bridge.event.add_action, what=what)
        if action_id:
            self.new_action.clear()
            self.select_action(action_id)
            self.new_action.setFocus()
        return action_id

    def select_action(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, ActionsModel.WHAT))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_action_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.table.currentIndex()).row()}
        return [i for i in (self.model.row_id(r) for r in sorted(rows)) if i]

    def delete_actions(self) -> None:
        ids = self.selected_action_ids()
        if not ids:
            return
        event = self._bridge.event
        self._bridge.run(event.delete_actions, ids)
        self._bridge.statusMessage.emit(self.tr("Action deleted. Ctrl+Z brings it back.")
                                        if len(ids) == 1 else
                                        self.tr("{count} actions deleted. Ctrl+Z brings them "
                                                "back.").format(count=len(ids)))

    def agenda_order(self) -> None:
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table.sortByColumn(column, order)

    # -- follow-up meetings -----------------------------------------------------------

    def add_follow_up(self) -> str | None:
        topic = self.new_follow_up.text().strip()
        if not topic:
            self.new_follow_up.setFocus()
            return None
        new_id = self._bridge.run(self._bridge.event.add_follow_up,
                                  topic=topic)
        if new_id:
            self.new_follow_up.clear()
            row = self.follow_model.row_of(new_id)
            if row >= 0:
                index = self.follow_model.index(row, FollowUpsModel.DATE)
                self.follow_table.setCurrentIndex(index)
        return new_id

    def delete_follow_ups(self) -> None:
        rows = {i.row() for i in self.follow_table.selectionModel().selectedRows()}
        if not rows and self.follow_table.currentIndex().isValid():
            rows = {self.follow_table.currentIndex().row()}
        ids = [i for i in (self.follow_model.row_id(r) for r in sorted(rows)) if i]
        if not ids:
            return
        self._bridge.run(self._bridge.event.delete_follow_ups, ids)
        self._bridge.statusMessage.emit(self.tr("Follow-up meeting deleted. Ctrl+Z brings it "
                                                "back."))
