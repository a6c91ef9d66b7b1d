"""The dot-voting list: the notes of one place with their dots, as a model, its
number editor and the table that enters dots like a spreadsheet column.

`VotesModel` adapts `event.note_tree(...)` (a loader the view sets); sorting by
votes is a view order only, the notes' own order in the file is untouched.
`VotesTable` turns keys into operations: digits edit the dots, Enter goes to
the next note, + and - add or take one, Space marks a key point, Delete
clears the dots; each is one undo step through the bridge.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHeaderView,
                               QLineEdit, QStyledItemDelegate, QTableView, QWidget)

from facilitator.domain import Note
from facilitator.emphasis import plain
from facilitator.reading import TreeNote
from facilitator.transactions import Changes

from .widgets import dot_icon

Loader = Callable[[], Sequence[TreeNote]]


class VotesModel(QAbstractTableModel):
    """The notes of one place with their dots; the order is a view order only."""

    DOTS, KEY, NOTE, PERSPECTIVE = range(4)

    def __init__(self, bridge: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._loader: Loader | None = None
        self._natural: list[TreeNote] = []
        self._rows: list[TreeNote] = []
        self.sort_by_votes = False
        self._perspectives: dict[str, tuple[str, str]] = {}
        self._load_perspectives()
        bridge.watch(self, self._on_changed)

    # -- what is shown ---------------------------------------------------------------

    def set_loader(self, loader: Loader | None) -> None:
        self.beginResetModel()
        self._loader = loader
        self._natural = list(loader()) if loader else []
        self._rows = self._ordered(self._natural)
        self.endResetModel()

    def set_sort_by_votes(self, on: bool) -> None:
        self.sort_by_votes = bool(on)
        self._apply(self._natural)

    def _ordered(self, items: list[TreeNote]) -> list[TreeNote]:
        if not self.sort_by_votes:
            return list(items)
        return [t for _i, t in sorted(enumerate(items),
                                      key=lambda pair: (-pair[1].note.votes, pair[0]))]

    def refresh(self) -> None:
        """Re-read the place; keep editors and the current note where possible."""
        self._apply(list(self._loader()) if self._loader else [])

    def _apply(self, natural: list[TreeNote]) -> None:
        rows = self._ordered(natural)
        old_ids = [t.note.id for t in self._rows]
        new_ids = [t.note.id for t in rows]
        self._natural = natural
        if old_ids == new_ids:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, self.columnCount() - 1))
            return
        if sorted(old_ids) != sorted(new_ids):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        position = {note_id: row for row, note_id in enumerate(new_ids)}
        old = self.persistentIndexList()
        new = [self.index(position[old_ids[i.row()]], i.column()) for i in old]
        self._rows = rows
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_changed(self, changes: Changes) -> None:
        if "perspective" in changes.kinds:
            self._load_perspectives()
        if "note" in changes.kinds or "perspective" in changes.kinds:
            self.refresh()

    def _load_perspectives(self) -> None:
        self._perspectives = {p.id: (p.name, p.colour)
                              for p in self._bridge.event.perspectives()}

    # -- access ----------------------------------------------------------------------

    def note_at(self, row: int) -> Note | None:
        return self._rows[row].note if 0 <= row < len(self._rows) else None

    def row_of(self, note_id: str | None) -> int:
        for row, item in enumerate(self._rows):
            if item.note.id == note_id:
                return row
        return -1

    def note_ids(self) -> list[str]:
        return [t.note.id for t in self._rows]

    def used_dots(self) -> int:
        return sum(t.note.votes for t in self._rows)

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Dots"), self.tr("Key point"), self.tr("Note"),
                    self.tr("Perspective"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DOTS:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.KEY:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self._rows[index.row()] if index.isValid() and index.row() < len(
            self._rows) else None
        if item is None:
            return None
        note, column = item.note, index.column()
        if column == self.DOTS:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(note.votes)
            if role == Qt.ItemDataRole.EditRole:
                return note.votes
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole and not note.votes:
                return QColor("#9aa0a6")
            if role == Qt.ItemDataRole.FontRole and note.votes:
                font = QFont()
                font.setBold(True)
                return font
        elif column == self.KEY:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if note.key_point else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Key point: shown in bold in the minutes (Space)")
        elif column == self.NOTE:
            if role == Qt.ItemDataRole.DisplayRole:
                indent = "" if self.sort_by_votes else "    " * item.depth
                return indent + " ".join(plain(note.text).split())
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain(note.text)
            if role == Qt.ItemDataRole.DecorationRole:
                colour = self._perspectives.get(note.perspective_id or "", (None, None))[1]
                return dot_icon(colour)
            if role == Qt.ItemDataRole.FontRole and note.key_point:
                font = QFont()
                font.setBold(True)
                return font
        elif column == self.PERSPECTIVE and role == Qt.ItemDataRole.DisplayRole:
            return self._perspectives.get(note.perspective_id or "", ("", ""))[0]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None:
            return False
        event = self._bridge.event
        if index.column() == self.DOTS and role == Qt.ItemDataRole.EditRole:
            votes = str(value).strip() or "0"  # the core checks it and says why not
            if votes != str(note.votes):
                self._bridge.run(event.set_votes, note.id, votes=votes)
            return True
        if index.column() == self.KEY and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
                value, bool) else value
            self._bridge.run(event.update_note, note.id, key_point=checked)
            return True
        return False


class DotsDelegate(QStyledItemDelegate):
    """A number field: the typed digits replace the old number; Enter, Down or Up
    save it and go to the next (or previous) note; + and - add or take one."""

    def __init__(self, view: VotesTable) -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("dotsEditor")
        editor.setValidator(QIntValidator(0, 9999, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        text = editor.text().strip()
        if text:
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = -1 if key == Qt.Key.Key_Up else 1
                target = self.view.neighbour_id(step) or self.view.current_note_id()
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.view.select_note(target)
                return True
            if event.text() in ("+", "=", "-"):
                try:
                    value = int(editor.text() or "0")
                except ValueError:
                    value = 0
                value = max(0, value + (-1 if event.text() == "-" else 1))
                editor.setText(str(value))
                editor.selectAll()
                return True
        return super().eventFilter(editor, event)


class VotesTable(QTableView):
    """The list of notes; the keyboard enters dots like a spreadsheet column."""

    def __init__(self, model: VotesModel, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votesTable")
        self._bridge = bridge
        self.setModel(model)
        self.setItemDelegateForColumn(VotesModel.DOTS, DotsDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(VotesModel.DOTS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(VotesModel.KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VotesModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VotesModel.PERSPECTIVE, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(VotesModel.DOTS, 64)
        self.setColumnWidth(VotesModel.PERSPECTIVE, 190)
        self.verticalHeader().setDefaultSectionSize(26)

    def vmodel(self) -> VotesModel:
        return self.model()  # type: ignore[return-value]

    def current_note_id(self) -> str | None:
        note = self.vmodel().note_at(self.currentIndex().row())
        return note.id if note else None

    def neighbour_id(self, step: int) -> str | None:
        note = self.vmodel().note_at(self.currentIndex().row() + step)
        return note.id if note else None

    def select_note(self, note_id: str | None, column: int = VotesModel.DOTS) -> bool:
        row = self.vmodel().row_of(note_id)
        if row < 0:
            return False
        index = self.vmodel().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def step(self, delta: int) -> None:
        rows = self.vmodel().rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.currentIndex().row() + delta))
        self.setCurrentIndex(self.vmodel().index(row, VotesModel.DOTS))

    def adjust(self, delta: int) -> None:
        note_id = self.current_note_id()
        if note_id:
            self._bridge.run(self._bridge.event.vote, note_id, delta=delta)

    def toggle_key_point(self) -> None:
        note = self.vmodel().note_at(self.currentIndex().row())
        if note is not None:
            self._bridge.run(self._bridge.event.update_note, note.id,
                             key_point=not note.key_point)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(1)
        elif text in ("+", "="):
            self.adjust(1)
        elif text == "-":
            self.adjust(-1)
        elif key == Qt.Key.Key_Space:
            self.toggle_key_point()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            note_id = self.current_note_id()
            if note_id:
                self._bridge.run(self._bridge.event.set_votes, note_id, votes=0)
        elif text.isdigit():
            row = max(0, self.currentIndex().row())
            index = self.vmodel().index(row, VotesModel.DOTS)
            if index.isValid():
                self.setCurrentIndex(index)
                self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
        else:
            super().keyPressEvent(event)
