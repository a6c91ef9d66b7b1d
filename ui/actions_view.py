"""`ActionsView`: the action agenda (who does what, with whom, by when) and follow-ups.

The agenda is a table edited in place: level and status from their fixed
lists, a due date (clearable) or a period in words, partners as a comma-
separated list. Sorting by owner, level or due date only changes the view;
the agenda's own order stays in the file. Below: the follow-up meetings.
The item models are in `ui.agenda_models`; the date field is `ui.widgets.DateEdit`.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractItemModel, QModelIndex, QObject, QSize,
                            QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget)

from facilitator.domain import ACTION_LEVELS, ACTION_STATUSES

from . import i18n
from .bridge import EventBridge
from .agenda_models import ActionsModel, FollowUpsModel, IdRole, SortRole
from .widgets import DateEdit

__all__ = ["ActionsView", "AgendaDelegate", "ActionsModel", "FollowUpsModel", "IdRole",
           "SortRole", "DateEditor"]

DateEditor = DateEdit  # the agenda's date editor is the interface's one date field


class AgendaDelegate(QStyledItemDelegate):
    """Combos for level and status, the date editor for dates, text otherwise."""

    def __init__(self, parent: QObject | None = None, *, date_column: int = -1,
                 choices: dict[int, tuple[tuple[str, ...], str]] | None = None) -> None:
        super().__init__(parent)
        self.date_column = date_column
        self.choices = choices or {}  # column -> (values, label prefix)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)  # room to breathe between rows

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        column = index.column()
        if column in self.choices:
            values, prefix = self.choices[column]
            combo = QComboBox(parent)
            for value in values:
                combo.addItem(i18n.core_word(f"{prefix}.{value}"), value)
            return combo
        if column == self.date_column:
            editor = DateEdit(parent, display_format="d MMM yyyy")
            editor.setAutoFillBackground(True)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEdit):
            editor.show_value(value or None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateEdit):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class _Table(QTableView):
    """A table whose Delete key deletes rows (undo brings them back)."""

    deleteRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState and (
                event.matches(QKeySequence.StandardKey.Delete)):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class ActionsView(QWidget):
    """The action agenda as an editable, sortable table, and the follow-up meetings."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
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
        # Narrow enough that "What" keeps a third of a 1366×768 window's table.
        for column, width in ((ActionsModel.OWNER, 120), (ActionsModel.PARTNERS, 150),
                              (ActionsModel.LEVEL, 85), (ActionsModel.DUE, 100),
                              (ActionsModel.PERIOD, 110), (ActionsModel.STATUS, 70),
                              (ActionsModel.SOURCE, 120)):
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

    def focus_main_field(self) -> None:
        """Shown: the focus in the "New action" field."""
        self.new_action.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._rows_timer.start()
        if not event.spontaneous():
            self.focus_main_field()

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
