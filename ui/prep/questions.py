"""Questions: a table's underlying questions as an editable tree, and round questions."""
from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTreeView, QVBoxLayout, QWidget)

from facilitator.domain import Question
from facilitator.transactions import Changes

from ..bridge import EventBridge
from .common import (ID_ROLE, Column, RecordModel, add_delete_shortcut, comma_list,
                     current_id, make_table_view, optional_minutes, select_id, split_commas)

Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("question", "parent", "children")

    def __init__(self, question: Question | None, parent: _Node | None) -> None:
        self.question = question
        self.parent = parent
        self.children: list[_Node] = []

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class QuestionTreeModel(QAbstractItemModel):
    """The underlying questions of one table (or none), nested by parent."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.table_id: str | None = None
        self.root = _Node(None, None)
        self.headers = [self.tr("Label"), self.tr("Question"),
                        self.tr("Raised by (initiatives)")]
        bridge.watch(self, self._on_changed)

    def set_table(self, table_id: str | None) -> None:
        self.table_id = table_id
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if "question" in changes.kinds:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.root = _Node(None, None)
        if self.table_id:
            questions = self.bridge.event.questions(table_id=self.table_id, kind="underlying")
            nodes = {q.id: _Node(q, None) for q in questions}
            for q in questions:  # already ordered by position
                parent = nodes.get(q.parent_id) if q.parent_id else None
                node = nodes[q.id]
                node.parent = parent or self.root
                node.parent.children.append(node)
        self.endResetModel()

    def node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_of(self, question_id: str, column: int = 0) -> QModelIndex:
        def walk(node: _Node) -> QModelIndex:
            for child in node.children:
                if child.question and child.question.id == question_id:
                    return self.createIndex(child.row(), column, child)
                found = walk(child)
                if found.isValid():
                    return found
            return QModelIndex()
        return walk(self.root)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < 3:
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q = index.internalPointer().question
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (q.label, q.text, comma_list(q.initiatives))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return q.text
        if role == ID_ROLE:
            return q.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        q = index.internalPointer().question
        key = ("label", "text", "initiatives")[index.column()]
        new = split_commas(value) if key == "initiatives" else str(value)
        if new != (list(q.initiatives) if key == "initiatives" else getattr(q, key)):
            self.bridge.run(self.bridge.event.update_question, q.id,
                            **{key: new})
        return True


def next_label(existing: list[str]) -> str:
    """a, b, c... after the labels in use ('' when they are not letters)."""
    letters = [x for x in existing if len(x) == 1 and x in string.ascii_lowercase]
    if len(letters) != len(existing):
        return ""
    return string.ascii_lowercase[min(len(existing), 25)]


class UnderlyingQuestions(QWidget):
    """Editor of one table's underlying questions: add, nest, move, delete."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = QuestionTreeModel(bridge, self)
        self.view = QTreeView()
        self.view.setObjectName("underlyingQuestions")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 80)
        self.view.setColumnWidth(2, 220)
        self.model.modelReset.connect(self.view.expandAll)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._current: str | None = None

        add = QPushButton(self.tr("Add &question"))
        add.clicked.connect(lambda: self.add(sub=False))
        sub = QPushButton(self.tr("Add &sub-question"))
        sub.clicked.connect(lambda: self.add(sub=True))
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete)
        add_delete_shortcut(self.view, self.delete)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Move up") if step < 0 else self.tr("Move down"))
            shortcut.activated.connect(lambda step=step: self.move(step))
        buttons = QHBoxLayout()
        for button in (add, sub, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_table(self, table_id: str | None) -> None:
        self.model.set_table(table_id)
        self.setEnabled(table_id is not None)

    def _remember(self) -> None:
        index = self.view.currentIndex()
        self._current = index.data(ID_ROLE) if index.isValid() else self._current

    def _restore(self) -> None:
        if self._current:
            self.view.setCurrentIndex(self.model.index_of(self._current))

    def selected(self) -> Question | None:
        index = self.view.currentIndex()
        return index.internalPointer().question if index.isValid() else None

    def add(self, *, sub: bool) -> None:
        table_id = self.model.table_id
        if not table_id:
            return
        current = self.selected()
        parent_id = (current.id if current else None) if sub else \
            (current.parent_id if current else None)
        if sub and current is None:
            return
        siblings = self.bridge.event.questions(table_id=table_id, kind="underlying",
                                               parent_id=parent_id)
        new = self.bridge.run(self.bridge.event.add_question,
                              text=self.tr("New question"), table_id=table_id,
                              parent_id=parent_id,
                              label="" if sub else next_label([q.label for q in siblings]))
        if new:
            self._current = new
            index = self.model.index_of(new, 1)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete(self) -> None:
        current = self.selected()
        if current:
            self._current = current.parent_id
            self.bridge.run(self.bridge.event.delete_question, current.id)

    def move(self, step: int) -> None:
        current = self.selected()
        if not current:
            return
        siblings = [q.id for q in self.bridge.event.questions(
            table_id=current.table_id, kind="underlying", parent_id=current.parent_id)]
        target = siblings.index(current.id) + step
        if 0 <= target < len(siblings):
            self._current = current.id
            self.bridge.run(self.bridge.event.move_question, current.id,
                            index=target)


class RoundQuestionsModel(RecordModel):
    """The timed round questions: shared (table None) or one table's own."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        event = bridge.event
        self.table_id: str | None = None
        super().__init__(bridge, fetch=self._fetch, kinds={"question"},
                         update=event.update_question,
                         move=event.move_question, parent=parent)
        self.columns = [
            Column(self.tr("Round"), lambda r: r.label, edit=lambda r: r.label,
                   save=lambda r, v: {"label": v}),
            Column(self.tr("Question"), lambda r: r.text, edit=lambda r: r.text,
                   save=lambda r, v: {"text": v}, tooltip=lambda r: r.text),
            Column(self.tr("Minutes"), lambda r: r.minutes if r.minutes is not None else "",
                   edit=lambda r: r.minutes or 0,
                   save=lambda r, v: {"minutes": optional_minutes(v)},
                   align=Qt.AlignmentFlag.AlignRight),
        ]

    def _fetch(self) -> list[Question]:
        return self.bridge.event.questions(table_id=self.table_id, kind="round",
                                           parent_id=None)

    def set_table(self, table_id: str | None) -> None:
        self.table_id = table_id
        self.beginResetModel()
        self.records = self._fetch()
        self.endResetModel()


class RoundQuestions(QWidget):
    """A list of round questions with time boxes, with add and delete."""

    def __init__(self, bridge: EventBridge, *, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.own = own
        self.model = RoundQuestionsModel(bridge, self)
        self.view = make_table_view(self.model, stretch=1)
        self.view.setObjectName("ownRounds" if own else "sharedRounds")
        self.view.setColumnWidth(0, 70)
        self.view.setColumnWidth(2, 70)
        add = QPushButton(self.tr("Add r&ound to this table") if own
                          else self.tr("Add &round for all tables"))
        add.clicked.connect(self.add)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete)
        add_delete_shortcut(self.view, self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if own:
            self.setEnabled(False)

    def set_table(self, table_id: str | None) -> None:
        self.model.set_table(table_id)
        self.setEnabled(table_id is not None or not self.own)

    def add(self) -> None:
        if self.own and self.model.table_id is None:
            return
        number = len(self.model.records) + 1
        new = self.bridge.run(self.bridge.event.add_question,
                              text=self.tr("New round question"), kind="round",
                              table_id=self.model.table_id,
                              label=self.tr("Q%1").replace("%1", str(number)), minutes=20)
        if new:
            select_id(self.view, self.model, new, column=1)
            self.view.edit(self.view.currentIndex())

    def delete(self) -> None:
        record_id = current_id(self.view, self.model)
        if record_id:
            self.bridge.run(self.bridge.event.delete_question, record_id)
