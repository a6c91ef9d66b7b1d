"""The action agenda's item models: actions and follow-up meetings.

Each model adapts the core's list (`event.actions()`, `event.follow_ups()`):
it holds the rows the file returned and nothing else, re-reads them when a
change names its kind, and replaces them with the finest signals
(insert/remove/move/dataChanged) so selections and editors stay put. Edits
go through `bridge.run(...)`: one operation, one undo step.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from facilitator.domain import ACTION_LEVELS, ACTION_STATUSES, Action, FollowUp
from facilitator.emphasis import plain
from facilitator.errors import OogstError
from facilitator.words import long_date

from . import i18n, theme
from .widgets import shorten

SortRole = Qt.ItemDataRole.UserRole + 10
IdRole = Qt.ItemDataRole.UserRole + 11


def _today() -> str:
    return date.today().isoformat()


class _ListModel(QAbstractTableModel):
    """A flat list of rows re-read from the file when its kind changes; the
    rows are replaced with the finest signals (insert/remove/dataChanged)."""

    KIND = ""

    def __init__(self, bridge: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._rows: list[Any] = self._load()
        bridge.watch(self, self._on_changed)

    def _load(self) -> list[Any]:
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
            return plain(self._bridge.event.note(action.note_id).text)
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
            if column == self.WHAT:  # shown as the exports print it: no emphasis marks
                return action.what if edit else plain(action.what)
            if column == self.OWNER:
                return action.owner
            if column == self.PARTNERS:
                return ", ".join(action.partners)
            if column == self.LEVEL:
                return action.level if edit else i18n.core_word(f"level.{action.level}")
            if column == self.DUE:
                if edit:
                    return action.due_date or ""
                return long_date(action.due_date, i18n.current_language())
            if column == self.PERIOD:
                return action.period
            if column == self.STATUS:
                return action.status if edit else i18n.core_word(f"status.{action.status}")
            if column == self.SOURCE:
                return shorten(self._source_text(action), 50)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SOURCE:
                return self._source_text(action) or None
            if column == self.WHAT:
                return plain(action.what)
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
                return theme.status_colour(action.status)
            if column == self.DUE and action.due_date and action.due_date < _today() \
                    and action.status in ("open", "bezig"):
                return QColor(theme.error_colour())  # overdue
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
