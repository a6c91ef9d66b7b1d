"""Building blocks of the preparation views: a record table model and small editors.

The models adapt the core's frozen objects: they keep the list the file
returned and nothing else, re-read it when `bridge.changed` names one of
their kinds, and send every edit through `bridge.run(...)`. When an edit is
refused, the status bar says why and the cell simply shows the file again.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QByteArray, QCoreApplication, QEvent,
                            QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QStyledItemDelegate, QTableView,
                               QWidget)

from facilitator.transactions import Changes

from ..bridge import EventBridge
from ..widgets import DateEdit, meeting_edit_key

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_IDS = "application/x-oogst-row-id"

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """One column of a RecordModel: how to show a record and how to save an edit.

    `save(record, value)` returns the keyword arguments of the update
    operation (or None to change nothing).
    """

    header: str
    display: Callable[[Any], Any]
    edit: Callable[[Any], Any] | None = None
    save: Callable[[Any, Any], dict[str, Any] | None] | None = None
    check: Callable[[Any], bool] | None = None
    decoration: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag | None = None
    sort: Callable[[Any], Any] | None = None  # sort key (SORT_ROLE); else the display text


class RecordModel(QAbstractTableModel):
    """A list of core records (one per row) read by `fetch()`, edited through the bridge."""

    # The ids of records that came into the list (added, or brought back by undo).
    recordsArrived = Signal(list)

    def __init__(self, bridge: EventBridge, *, fetch: Callable[[], Sequence[Any]],
                 kinds: set[str], columns: list[Column] | None = None,
                 update: Callable[..., Any] | None = None, move: Callable[..., Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.fetch = fetch
        self.columns = columns or []  # subclasses may set them after __init__ (self.tr)
        self.kinds = frozenset(kinds)
        self.update = update
        self.move = move
        self.records: list[Any] = list(fetch())
        bridge.watch(self, self._on_changed)

    # -- reading ---------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & self.kinds:
            self.reload()

    def reload(self) -> None:
        """Re-read from the file; keeps selections when only values or order changed."""
        new = list(self.fetch())
        old_ids = [r.id for r in self.records]
        new_ids = [r.id for r in new]
        if old_ids == new_ids:
            self.records = new
            if new:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(new) - 1, len(self.columns) - 1))
        elif sorted(old_ids) == sorted(new_ids):
            self.layoutAboutToBeChanged.emit()
            where = {rid: row for row, rid in enumerate(new_ids)}
            for index in self.persistentIndexList():
                rid = old_ids[index.row()]
                self.changePersistentIndex(index, self.index(where[rid], index.column()))
            self.records = new
            self.layoutChanged.emit()
        elif _within(new_ids, old_ids):  # rows deleted: the others keep their selection
            self._remove_rows(old_ids, set(new_ids))
            self._take(new)
        elif _within(old_ids, new_ids):  # rows added or brought back
            had = set(old_ids)
            self._insert_rows(new, had)
            self._take(new)
            self.recordsArrived.emit([r for r in new_ids if r not in had])
        else:
            self.beginResetModel()
            self.records = new
            self.endResetModel()

    def _remove_rows(self, old_ids: list[str], kept: set[str]) -> None:
        row = len(old_ids) - 1
        while row >= 0:  # from the bottom: the rows above keep their numbers
            if old_ids[row] in kept:
                row -= 1
                continue
            last = row
            while row > 0 and old_ids[row - 1] not in kept:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self.records[row:last + 1]
            self.endRemoveRows()
            row -= 1

    def _insert_rows(self, new: list[Any], had: set[str]) -> None:
        row = 0
        while row < len(new):
            if new[row].id in had:
                row += 1
                continue
            last = row
            while last + 1 < len(new) and new[last + 1].id not in had:
                last += 1
            self.beginInsertRows(QModelIndex(), row, last)
            self.records[row:row] = new[row:last + 1]
            self.endInsertRows()
            row = last + 1

    def _take(self, new: list[Any]) -> None:
        """The records as read (same ids, same order): their values may have changed."""
        self.records = new
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1,
                                                               len(self.columns) - 1))

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: str | None) -> int:
        for row, rec in enumerate(self.records):
            if rec.id == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return None if col.check else col.display(rec)
        if role == Qt.ItemDataRole.EditRole and col.edit:
            return col.edit(rec)
        if role == Qt.ItemDataRole.CheckStateRole and col.check:
            return Qt.CheckState.Checked if col.check(rec) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col.decoration:
            return col.decoration(rec)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(rec)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return rec.id
        if role == SORT_ROLE:
            if col.sort:
                return col.sort(rec)
            value = col.check(rec) if col.check else col.display(rec)
            return value.casefold() if isinstance(value, str) else value
        return None

    # -- editing -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled if self.move else flags
        col = self.columns[index.column()]
        if col.edit and col.save:
            flags |= Qt.ItemFlag.ItemIsEditable
        if col.check and col.save:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.move:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.update is None:
            return False
        rec = self.records[index.row()]
        col = self.columns[index.column()]
        if col.save is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and col.check:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        values = col.save(rec, value)
        if values:
            self.bridge.run(self.update, rec.id, **values)
        return True

    # -- reordering by drag and drop ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_IDS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(MIME_IDS, QByteArray(self.records[indexes[0].row()].id.encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if self.move is None or not data.hasFormat(MIME_IDS):
            return False
        record_id = bytes(data.data(MIME_IDS).data()).decode()
        source = self.row_of(record_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.records))
        if target > source:
            target -= 1
        if target != source:
            self.bridge.run(self.move, record_id, index=target)
        return False  # the model re-reads the file; Qt must not remove the source row

    def move_by(self, row: int, step: int) -> None:
        """Move the record at `row` one place up (-1) or down (+1)."""
        if self.move is None or not 0 <= row < len(self.records):
            return
        target = row + step
        if 0 <= target < len(self.records):
            self.bridge.run(self.move, self.records[row].id, index=target)


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is `whole` with some of its ids left out (same order)."""
    rest = iter(whole)
    return all(record_id in rest for record_id in part)


class SelectArrived(QObject):
    """A record that comes into a list on its own (brought back by Ctrl+Z, added)
    comes selected; a whole import leaves the selection where it was."""

    def __init__(self, view: QAbstractItemView, model: RecordModel) -> None:
        super().__init__(view)
        self._view, self._model = view, model
        model.recordsArrived.connect(self._arrived)

    def _arrived(self, record_ids: list[str]) -> None:
        if len(record_ids) == 1:
            select_id(self._view, self._model, record_ids[0],
                      column=max(0, self._view.currentIndex().column()))


def make_table_view(model: RecordModel, parent: QWidget | None = None, *,
                    stretch: int | None = None) -> QTableView:
    """A table view with the conventions of every preparation list."""
    view = QTableView(parent)
    view.setViewport(plain_viewport(view))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setAlternatingRowColors(True)
    # Tab leaves the list, as everywhere in a form (the arrow keys go from cell to
    # cell; Tab in a cell's editor still saves it and opens the next cell).
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if stretch is not None:
        StretchColumn(view, stretch)
    SelectArrived(view, model)
    if model.move:
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        add_move_shortcuts(view, model)
    return view


def plain_viewport(view: QTableView) -> QWidget:
    """The viewport Qt would make (a plain QWidget: same name, Base background), made
    here: the first `viewport()` of one Qt made itself has PySide resolve every Qt
    class to find its type (~15 ms, and the first page's StretchColumn asks)."""
    viewport = QWidget(view)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class StretchColumn(QObject):
    """Gives one column the width the others leave, but never less than `minimum`
    (Qt's Stretch mode squeezes it to nothing when the window gets narrow)."""

    def __init__(self, view: QTableView, column: int, minimum: int = 160) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self.minimum = minimum
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        header.resizeSection(self.column,
                             max(self.minimum, self.view.viewport().width() - others))


def add_move_shortcuts(view: QAbstractItemView, model: RecordModel) -> None:
    """Alt+Up / Alt+Down move the current row; the selection follows it."""
    def move(step: int) -> None:
        index = view.currentIndex()
        if not index.isValid():
            return
        record_id = model.record(index.row()).id
        model.move_by(index.row(), step)
        select_id(view, model, record_id, column=index.column())

    for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key), view)
        # The view itself, not its children: Alt+Down in a cell's list editor opens
        # the list (it moved the row and closed the editor).
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.setWhatsThis(QCoreApplication.translate("Shortcuts", "Move up") if step < 0
                              else QCoreApplication.translate("Shortcuts", "Move down"))
        shortcut.activated.connect(lambda step=step: move(step))


def select_id(view: QAbstractItemView, model: RecordModel, record_id: str | None, *,
              column: int = 0) -> None:
    row = model.row_of(record_id)
    if row >= 0:
        index, shown = model.index(row, column), view.model()
        if shown is not model:  # a sorting or filtering proxy in between
            index = shown.mapFromSource(index)
        if index.isValid():
            view.setCurrentIndex(index)


def add_delete_shortcut(view: QAbstractItemView, handler: Callable[[], None]) -> None:
    """The Delete key on a list deletes its current record (not while editing a cell)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.setWhatsThis(QCoreApplication.translate("Shortcuts", "Delete"))
    shortcut.activated.connect(handler)


def current_id(view: QAbstractItemView, model: RecordModel) -> str | None:
    index = view.currentIndex()
    return model.record(index.row()).id if index.isValid() else None


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (text, value) choices; saves the value."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self.choices():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _meetings_key(event: QEvent, undo: bool, redo: bool) -> bool:
    """Ctrl+Z (Ctrl+Shift+Z) in a form field with nothing of its own to undo (redo):
    not taken by the field, so the window's Undo (Redo) has it."""
    return (event.type() == QEvent.Type.ShortcutOverride
            and meeting_edit_key(event, undo, redo) is not None)  # type: ignore[arg-type]


def optional_minutes(value: object) -> int | None:
    """A time box typed in a cell: 0 or nothing is none (the cell empty again)."""
    return (int(value) if value not in ("", None) else 0) or None  # type: ignore[call-overload]


class CommitLineEdit(QLineEdit):
    """A line edit that reports its text once, when editing is finished and it changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def event(self, event: QEvent) -> bool:
        if _meetings_key(event, self.isUndoAvailable(), self.isRedoAvailable()):
            return False
        return super().event(event)

    def show_value(self, text: str) -> None:
        """Show the file's value, unless the user is typing in this field."""
        self._shown = text or ""
        if not self.hasFocus() or not self.isModified():
            self.setText(self._shown)
            self.setCursorPosition(0)
            self.setModified(False)

    def _finish(self) -> None:
        if self.text() != self._shown:
            self.committed.emit(self.text())
        self.setModified(False)


class CommitTextEdit(QPlainTextEdit):
    """A plain text edit that reports its text when it loses focus and it changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        document = self.document()
        if _meetings_key(event, document.isUndoAvailable(), document.isRedoAvailable()):
            return False
        return super().event(event)

    def show_value(self, text: str) -> None:
        self._shown = text or ""
        if not self.hasFocus():
            self.setPlainText(self._shown)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self.committed.emit(self.toPlainText())


# The preparation forms' date field is the interface's one date field.
OptionalDateEdit = DateEdit


def comma_list(values: Sequence[str]) -> str:
    return ", ".join(values)


def split_commas(text: str) -> list[str]:
    return [p.strip() for p in str(text or "").split(",") if p.strip()]
