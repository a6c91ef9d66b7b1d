"""`NoteTreeView`: the captured notes, editable in place, reordered by key or drag.

Keys on a selected note: F2 (or double-click) edits, Delete deletes (undo
brings it back), Alt+Up/Alt+Down move it among its siblings, Tab/Shift+Tab
nest it under the previous note / move it one level up, + and - vote, Esc
goes back to the note field, and other text typed goes into that field. The
context menu (right-click or the Menu key) turns a note into an action and
changes its kind or perspective. A note with another version kept by a merge
has a ⇄ mark before its text; its context menu uses or drops that version (one
undo step each) or opens its versions.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from facilitator.domain import NOTE_KINDS

from ..note_models import NoteTreeModel
from .common import kind_label
from .note_delegate import NoteDelegate


class NoteTreeView(QTreeView):
    """The notes of one place; all edits go through the model and the bridge."""

    escapePressed = Signal()
    actionMade = Signal(str)  # the new action's id

    def __init__(self, bridge, model: NoteTreeModel, parent: QWidget | None = None, *,
                 movable: bool = True, inline_kind: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("noteTree")
        self._bridge = bridge
        self._movable = movable
        self.key_router: Callable[[QKeyEvent], bool] | None = None
        self.key_router_wants: Callable[[QKeyEvent], bool] | None = None
        # Where text typed on the list goes (the note field): a facilitator who
        # starts a note with the list in focus loses no keys.
        self.type_into: Callable[[str], None] | None = None
        self.setModel(model)
        self.setItemDelegate(NoteDelegate(self, inline_kind=inline_kind))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(22)
        if movable:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NoteTreeModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # the columns beside the note: their widths as wanted (set here, or by hand)
        self._wanted = {NoteTreeModel.KIND: 110, NoteTreeModel.PERSPECTIVE: 170,
                        NoteTreeModel.SPEAKER: 170, NoteTreeModel.VOTES: 80}
        self._fitting = False  # the widths are being fitted: not by hand
        for column, width in self._wanted.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.sectionResized.connect(self._column_resized)
        self.placeholder = ""
        model.rowsInserted.connect(self._on_rows_inserted)
        model.layoutChanged.connect(self.expandAll)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._after_reset)
        model.placeShown.connect(self.scrollToBottom)  # another place: its newest notes
        self._remembered: tuple = (None, [], 0)  # current, selected, scrolled
        self._build_actions()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == NoteTreeModel.TEXT and self.wordWrap():
            self.scheduleDelayedItemsLayout()  # wrapped notes get their new heights
        elif column in self._wanted and not self._fitting:
            self._wanted[column] = new

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The note keeps at least half the list's width: on a narrow list (a laptop
        screen beside the search panel) the columns beside it give way in proportion,
        and get their wanted widths back when there is room again."""
        header = self.header()
        shown = {c: w for c, w in self._wanted.items() if not header.isSectionHidden(c)}
        total = sum(shown.values())
        if not total:
            return
        factor = min(1.0, (self.viewport().width() // 2) / total)
        self._fitting = True
        try:
            for column, width in shown.items():
                header.resizeSection(column, max(min(width, 40), int(width * factor)))
        finally:
            self._fitting = False

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802
        super().dataChanged(top_left, bottom_right, roles)
        self.scheduleDelayedItemsLayout()  # an edited note may wrap differently

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.placeholder and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            palette = self.palette()  # held: color() answers a reference into it
            painter.setPen(QColor(palette.color(palette.ColorRole.PlaceholderText)))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()  # now, not whenever the wrapper is collected

    @property
    def note_model(self) -> NoteTreeModel:
        return self.model()  # type: ignore[return-value]

    def _remember_selection(self) -> None:
        self._remembered = (self.current_note_id(), self.selected_note_ids(),
                            self.verticalScrollBar().value())

    def _after_reset(self) -> None:
        """Rows built again (a move): expanded; current and selected notes, scroll kept."""
        self.expandAll()
        (current, selected, scrolled), self._remembered = self._remembered, (None, [], 0)
        if current is None or not self.note_model.contains(current):
            return
        self.setCurrentIndex(self.note_model.index_of(current))
        for index in [self.note_model.index_of(i) for i in selected]:  # invalid: none
            self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
        self.verticalScrollBar().setValue(scrolled)

    def _on_rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        if parent.isValid():
            self.expand(parent)
        self.scrollTo(self.note_model.index(first, 0, parent))

    # -- the selected notes ----------------------------------------------------

    def current_note_id(self) -> str | None:
        note = self.note_model.note_at(self.currentIndex())
        return note.id if note else None

    def selected_note_ids(self) -> list[str]:
        ids: list[str] = []
        for index in self.selectionModel().selectedRows(0):
            note = self.note_model.note_at(index)
            if note and note.id not in ids:
                ids.append(note.id)
        if not ids and self.current_note_id():
            ids.append(self.current_note_id())  # type: ignore[arg-type]
        return ids

    def select_note(self, note_id: str) -> bool:
        index = self.note_model.index_of(note_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.selectionModel().select(
            index, self.selectionModel().SelectionFlag.ClearAndSelect
            | self.selectionModel().SelectionFlag.Rows)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- operations -------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.addAction(act)
            act.triggered.connect(slot)
            return act

        self.make_action_action = action("makeAction", self.tr("Make action"),
                                         self.make_action,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT
                                                      | Qt.Key.Key_A))
        self.edit_action = action("editNote", self.tr("Edit text"), self.edit_current)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown; the view does F2
        self.key_point_action = action("keyPoint", self.tr("Key point"), self.toggle_key_point)
        self.key_point_action.setCheckable(True)
        self.vote_up_action = action("voteUp", self.tr("Add a vote"), lambda: self.vote(1))
        self.vote_up_action.setShortcut(QKeySequence("+"))
        self.vote_down_action = action("voteDown", self.tr("Take a vote away"),
                                       lambda: self.vote(-1))
        self.vote_down_action.setShortcut(QKeySequence("-"))
        self.indent_action = action("indentNote", self.tr("Nest under previous note"),
                                    self.indent)
        self.indent_action.setShortcut(QKeySequence(Qt.Key.Key_Tab))
        self.outdent_action = action("outdentNote", self.tr("Move one level up"),
                                     self.outdent)
        self.outdent_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Tab))
        self.move_up_action = action("moveNoteUp", self.tr("Move up"), lambda: self.move(-1))
        self.move_up_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.move_down_action = action("moveNoteDown", self.tr("Move down"),
                                       lambda: self.move(1))
        self.move_down_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.delete_action = action("deleteNote", self.tr("Delete"), self.delete_selected)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.menu_action = action("noteMenu", self.tr("The note's context menu"),
                                  self.menu_for_current, QKeySequence(Qt.Key.Key_Menu))
        self.menu_action.setShortcuts([QKeySequence(Qt.Key.Key_Menu),
                                       QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10)])

    def make_menu(self) -> QMenu:
        """The context menu for the current note (built fresh: kinds, perspectives)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: gone after
        note = self.note_model.note_at(self.currentIndex())
        if note is None:
            return menu
        if self.note_model.conflicts.has(note.id):
            self.note_model.conflicts.add_menu_entries(menu, note.id, self.window())
            menu.addSeparator()
        menu.addAction(self.make_action_action)
        menu.addSeparator()
        kinds = menu.addMenu(self.tr("Kind"))
        kinds.setObjectName("kindMenu")
        group = QActionGroup(kinds)
        for kind in NOTE_KINDS:
            act = kinds.addAction(kind_label(kind))
            act.setObjectName(f"setKind_{kind}")
            act.setCheckable(True)
            act.setChecked(kind == note.kind)
            group.addAction(act)
            act.triggered.connect(lambda _=False, k=kind: self.set_kind(k))
        perspectives = menu.addMenu(self.tr("Perspective"))
        perspectives.setObjectName("perspectiveMenu")
        group = QActionGroup(perspectives)
        none = perspectives.addAction(self.tr("No perspective"))
        none.setObjectName("setPerspective_none")
        none.setCheckable(True)
        none.setChecked(note.perspective_id is None)
        group.addAction(none)
        none.triggered.connect(lambda: self.set_perspective(None))
        for perspective in self.note_model.perspectives():
            act = perspectives.addAction(perspective.name)
            act.setObjectName(f"setPerspective_{perspective.id}")
            act.setCheckable(True)
            act.setChecked(perspective.id == note.perspective_id)
            group.addAction(act)
            act.triggered.connect(lambda _=False, p=perspective.id: self.set_perspective(p))
        self.key_point_action.setChecked(note.key_point)
        menu.addAction(self.key_point_action)
        menu.addAction(self.vote_up_action)
        menu.addAction(self.vote_down_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        if self._movable:
            menu.addAction(self.indent_action)
            menu.addAction(self.outdent_action)
            menu.addAction(self.move_up_action)
            menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if event.reason() == event.Reason.Keyboard:
            self.menu_for_current()
            return
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        menu = self.make_menu()
        if menu.actions():
            menu.popup(event.globalPos())

    def menu_for_current(self) -> None:
        """The Menu key (or Shift+F10): the current note's context menu, under it."""
        index = self.currentIndex()
        menu = self.make_menu()
        if menu.actions():
            rect = self.visualRect(index)
            menu.popup(self.viewport().mapToGlobal(rect.bottomLeft()))
            menu.setActiveAction(menu.actions()[0])

    def make_action(self) -> None:
        note_id = self.current_note_id()
        if not note_id:
            return
        event = self._bridge.event
        action_id = self._bridge.run(event.action_from_note, note_id)
        if action_id:
            self._bridge.statusMessage.emit(
                self.tr("Added to the action agenda: {what}").format(
                    what=event.action(action_id).what[:60]))
            self.actionMade.emit(action_id)

    def edit_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(index.siblingAtColumn(NoteTreeModel.TEXT))

    def set_kind(self, kind: str) -> None:
        ids = self.selected_note_ids()
        event = self._bridge.event
        self._bridge.run(event.update_notes, ids, kind=kind)

    def set_perspective(self, perspective_id: str | None) -> None:
        ids = self.selected_note_ids()
        event = self._bridge.event
        self._bridge.run(event.update_notes, ids, perspective_id=perspective_id)

    def toggle_key_point(self) -> None:
        note = self.note_model.note_at(self.currentIndex())
        if note:
            self._bridge.run(self._bridge.event.update_note, note.id,
                             key_point=not note.key_point)

    def vote(self, delta: int) -> None:
        note_id = self.current_note_id()
        if note_id:
            self._bridge.run(self._bridge.event.vote, note_id, delta=delta)

    def indent(self) -> None:
        note_id = self.current_note_id()
        if note_id and not self._bridge.run(self._bridge.event.indent_note,
                                            note_id):
            self._bridge.statusMessage.emit(self.tr("There is no previous note to nest under."))
        self._keep(note_id)

    def outdent(self) -> None:
        note_id = self.current_note_id()
        if note_id:
            self._bridge.run(self._bridge.event.outdent_note, note_id)
        self._keep(note_id)

    def move(self, step: int) -> None:
        index = self.currentIndex()
        note = self.note_model.note_at(index)
        if note is None:
            return
        row = index.row() + step
        if row < 0 or row >= self.note_model.rowCount(index.parent()):
            return
        self._bridge.run(self._bridge.event.move_note, note.id, index=row)
        self._keep(note.id)

    def _keep(self, note_id: str | None) -> None:
        if note_id:
            self.select_note(note_id)

    def delete_selected(self) -> None:
        ids = self.selected_note_ids()
        if not ids:
            return
        index = self.currentIndex()
        self._bridge.run(self._bridge.event.delete_notes,
                         [i for i in ids if self.note_model.contains(i)])
        self._bridge.statusMessage.emit(
            self.tr("Deleted. Ctrl+Z brings it back.") if len(ids) == 1 else
            self.tr("{count} notes deleted. Ctrl+Z brings them back.").format(count=len(ids)))
        # keep the cursor near where it was
        near = self.note_model.index(min(index.row(), self.note_model.rowCount(index.parent()) - 1),
                                     0, index.parent()) if index.isValid() else QModelIndex()
        if near.isValid():
            self.setCurrentIndex(near)

    # -- keys -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if self.key_router_wants and self.key_router_wants(event):  # type: ignore[arg-type]
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress and self.state() != self.State.EditingState:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Tab and self._movable:
                self.indent()
                return True
            if key == Qt.Key.Key_Backtab and self._movable:
                self.outdent()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.key_router and self.key_router(event):
            return
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            self.delete_selected()
            return
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self._movable:
                self.move(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and not mods & ~(
                Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            self.vote(1 if key == Qt.Key.Key_Plus else -1)
            return
        if mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier) \
                and key == Qt.Key.Key_A:
            self.make_action()
            return
        text = event.text()
        if self.type_into and text and text.isprintable() and not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier):
            self.type_into(text)
            return
        super().keyPressEvent(event)

