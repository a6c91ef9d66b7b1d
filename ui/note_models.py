"""`NoteTreeModel`: the notes of one place (table + round, or a plenary list) as a tree.

The model adapts `EventFile.note_tree(...)` (or any loader returning
`TreeNote`s) and holds nothing the file does not. When it knows its place
(`set_loader(..., place=...)`, live capture) a change notice is applied from
its ids: the changed notes are read by id and a new note becomes one inserted
row, a deleted one one removed row, an edit one dataChanged, so typing at a
table with 2,500 notes never re-reads them. Otherwise (and for moves) it
re-reads ITS place only and applies the difference with the finest Qt
signals it can: rows inserted, rows removed, a layout change for moves,
dataChanged for edits. Views therefore keep their selection, expansion and
scroll position while 50 notes are typed. The other versions merges kept on
its notes (`note_conflicts`) are read once per place and per notice that
names MERGE_CONFLICT: `ConflictRole` and the tooltip show them.

Writes go through the bridge (`bridge.run`), so each edit is one undo step.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from facilitator.domain import Note, Participant, Perspective
from facilitator.errors import OogstError
from facilitator.reading import TreeNote

from . import i18n
from .note_conflicts import NoteConflicts

NOTE_MIME = "application/x-oogst-note-ids"

NoteIdRole = Qt.ItemDataRole.UserRole + 1
ColourRole = Qt.ItemDataRole.UserRole + 2  # the perspective's colour (QColor) or None
KindRole = Qt.ItemDataRole.UserRole + 3  # the kind code ("point", "wish"...)
ConflictRole = Qt.ItemDataRole.UserRole + 4  # True: a merge kept another version of it

Loader = Callable[[], Sequence[TreeNote]]
INCREMENTAL_LIMIT = 200  # changed notes a notice may name and still be applied row by row

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES_SHOWN = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FONT, _ALIGNMENT, int(NoteIdRole),
                          int(KindRole), int(ColourRole), int(ConflictRole)})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROOT_MOVABLE = Qt.ItemFlag.ItemIsDropEnabled
_ITEM = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_ITEM_MOVABLE = _ITEM | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_LEAF = _ITEM | Qt.ItemFlag.ItemNeverHasChildren
_LEAF_MOVABLE = _ITEM_MOVABLE | Qt.ItemFlag.ItemNeverHasChildren


def resolve_speaker(text: str, participants: Iterable[Participant]) -> tuple[str | None, str]:
    """A typed speaker: (participant id, "") when it names a participant, else (None, text)."""
    text = " ".join(text.split())
    if not text:
        return None, ""
    wanted = text.casefold()
    for person in participants:
        if person.name and person.name.casefold() == wanted:
            return person.id, ""
    return None, text


def tree_from_notes(notes: Sequence[Note]) -> list[TreeNote]:
    """Depth-first order of a set of notes (a parent outside the set counts as none)."""
    ids = {n.id for n in notes}
    children: dict[str | None, list[Note]] = {}
    for n in notes:
        children.setdefault(n.parent_id if n.parent_id in ids else None, []).append(n)
    out: list[TreeNote] = []

    def walk(parent: str | None, depth: int) -> None:
        for n in sorted(children.get(parent, []), key=lambda x: (x.position, x.created_at)):
            out.append(TreeNote(n, depth))
            walk(n.id, depth + 1)

    walk(None, 0)
    return out


class _Node:
    __slots__ = ("serial", "note", "parent", "children")

    def __init__(self, serial: int, note: Note | None, parent: _Node | None) -> None:
        self.serial = serial
        self.note = note
        self.parent = parent
        self.children: list[_Node] = []

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class NoteTreeModel(QAbstractItemModel):
    """Notes of one place; columns: text, kind, perspective, speaker, votes."""

    TEXT, KIND, PERSPECTIVE, SPEAKER, VOTES = range(5)

    def __init__(self, bridge, parent=None, *, movable: bool = True) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._movable = movable
        self._loader: Loader | None = None
        self._place: dict[str, str | None] | None = None
        self._serial = 0
        self._root = _Node(0, None, None)
        self._by_serial: dict[int, _Node] = {0: self._root}
        self._nodes: dict[str, _Node] = {}
        self._perspectives: dict[str, Perspective] = {}
        self._people: dict[str, Participant] = {}
        self.conflicts = NoteConflicts(bridge)
        self._load_lookups()
        bridge.watch(self, self._on_changed)

    # -- what is shown -----------------------------------------------------------

    def set_loader(self, loader: Loader | None, *,
                   place: dict[str, str | None] | None = None) -> None:
        """Show another place: `loader()` returns its notes depth-first.

        `place` names the columns every note of the loader has (e.g. table,
        round and programme item): with it, a change notice is applied from
        its ids (the changed notes read by id, one row inserted or removed)
        instead of re-reading the whole place."""
        self.beginResetModel()
        self._loader = loader
        self._place = dict(place) if place is not None and loader is not None else None
        self._clear()
        for item in (loader() if loader else []):
            self._attach(item.note)
        if loader is not None:
            self.conflicts.reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read this place and apply only the differences."""
        if self._loader is None:
            return
        self._sync(list(self._loader()))

    def note_ids(self) -> list[str]:
        """All notes in display (depth-first) order."""
        out: list[str] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                out.append(child.note.id)
                walk(child)

        walk(self._root)
        return out

    def note_count(self) -> int:
        """How many notes are shown (all levels)."""
        return len(self._nodes)

    def note_at(self, index: QModelIndex) -> Note | None:
        node = self._node(index)
        return node.note if node is not self._root else None

    def index_of(self, note_id: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(note_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node.serial)

    def last_top_level_id(self) -> str | None:
        return self._root.children[-1].note.id if self._root.children else None

    def last_child_id(self, note_id: str | None) -> str | None:
        node = self._nodes.get(note_id) if note_id else self._root
        return node.children[-1].note.id if node and node.children else None

    def contains(self, note_id: str | None) -> bool:
        return note_id in self._nodes

    def perspective(self, perspective_id: str | None) -> Perspective | None:
        return self._perspectives.get(perspective_id or "")

    def speaker_text(self, note: Note) -> str:
        person = self._people.get(note.speaker_id or "")
        return person.name or ", ".join(person.organisations) if person else note.party

    # -- Qt model interface ------------------------------------------------------

    # index() and rowCount() are called for every shown note each time the view lays
    # out its rows (after every inserted note): kept lean. An invalid index's
    # internalId() is 0, the root's serial.
    def _node(self, index: QModelIndex) -> _Node:
        return self._by_serial.get(index.internalId(), self._root)

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        children = self._by_serial.get(parent.internalId(), self._root).children
        if 0 <= row < len(children) and 0 <= column < 5:
            return self.createIndex(row, column, children[row].serial)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is self._root or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent.serial)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:  # (an invalid index has column -1)
            return 0
        return len(self._by_serial.get(parent.internalId(), self._root).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Note"), self.tr("Kind"), self.tr("Perspective"), self.tr("Speaker"),
                self.tr("Votes"))[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Precomputed: Qt asks for flags thousands of times, and enum `|` is slow.
        # A note without children says so (ItemNeverHasChildren, asked afresh each
        # time): a view laying out 2,500 rows then need not ask each for children.
        node = self._by_serial.get(index.internalId(), self._root)
        if node is self._root:
            return _ROOT_MOVABLE if self._movable else _NO_FLAGS
        if node.children:
            return _ITEM_MOVABLE if self._movable else _ITEM
        return _LEAF_MOVABLE if self._movable else _LEAF

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        if parent.column() > 0:
            return False
        return bool(self._by_serial.get(parent.internalId(), self._root).children)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES_SHOWN:  # most of what a view asks has no value here
            return None
        note = self.note_at(index)
        if note is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == self.TEXT:
                return note.text
            if column == self.KIND:
                return i18n.core_word(f"kind.{note.kind}")
            if column == self.PERSPECTIVE:
                perspective = self._perspectives.get(note.perspective_id or "")
                return perspective.name if perspective else ""
            if column == self.SPEAKER:
                return self.speaker_text(note)
            return str(note.votes) if note.votes else ""
        if role == _EDIT:
            return {self.TEXT: note.text, self.KIND: note.kind,
                    self.PERSPECTIVE: note.perspective_id or "",
                    self.SPEAKER: self.speaker_text(note), self.VOTES: note.votes}[column]
        if role == NoteIdRole:
            return note.id
        if role == KindRole:
            return note.kind
        if role == ColourRole:
            perspective = self._perspectives.get(note.perspective_id or "")
            return QColor(perspective.colour) if perspective else None
        if role == _TOOLTIP:
            return self.conflicts.tooltip(note.id, note.text) if column == self.TEXT else None
        if role == ConflictRole:
            return self.conflicts.has(note.id)
        if role == _FONT:
            if column == self.TEXT and note.key_point:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _ALIGNMENT and column == self.VOTES:
            return _CENTER
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        note = self.note_at(index)
        if note is None or role != Qt.ItemDataRole.EditRole:
            return False
        event = self._bridge.event
        column = index.column()
        if column == self.TEXT:
            text = str(value).strip()
            if text == note.text:
                return False
            self._bridge.run(event.update_note, note.id, text=text)
        elif column == self.KIND:
            if value == note.kind:
                return False
            self._bridge.run(event.update_note, note.id, kind=str(value))
        elif column == self.PERSPECTIVE:
            value = value or None
            if value == note.perspective_id:
                return False
            self._bridge.run(event.update_note, note.id, perspective_id=value)
        elif column == self.SPEAKER:
            speaker_id, party = resolve_speaker(str(value), self._people.values())
            if (speaker_id, party) == (note.speaker_id, note.party):
                return False
            self._bridge.run(event.update_note, note.id,
                             speaker_id=speaker_id, party=party)
        elif column == self.VOTES:
            votes = max(0, int(value or 0))
            if votes == note.votes:
                return False
            self._bridge.run(event.set_votes, note.id, votes=votes)
        return True

    # -- drag and drop (reordering and nesting) -------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            note = self.note_at(index)
            if note and note.id not in ids:
                ids.append(note.id)
        mime = QMimeData()
        mime.setData(NOTE_MIME, QByteArray("\n".join(ids).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        return self._movable and data.hasFormat(NOTE_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = [i for i in bytes(data.data(NOTE_MIME).data()).decode().split("\n")
               if i in self._nodes]
        if not ids:
            return False
        target = self._node(parent)
        parent_id = target.note.id if target is not self._root else None
        row = len(target.children) if row < 0 else row
        siblings = [n.id for n in self._node_children(parent_id)]
        # The core counts the index as if the moved notes were not there.
        index = len([s for s in siblings[:row] if s not in ids])
        moved = self._bridge.run(self._bridge.event.move_notes, ids, parent_id=parent_id,
                                 index=index)
        # The view must not remove rows itself (the refresh does that); a refused
        # move (a note under itself) is said in the status bar by the bridge.
        return moved is not None

    def _node_children(self, note_id: str | None) -> list[Note]:
        node = self._nodes.get(note_id) if note_id else self._root
        return [c.note for c in node.children] if node else []

    def _is_below(self, note_id: str | None, ancestor_id: str) -> bool:
        node = self._nodes.get(note_id or "")
        while node is not None and node is not self._root:
            if node.note.id == ancestor_id:
                return True
            node = node.parent
        return False

    # -- keeping up with the file ------------------------------------------------

    def _on_changed(self, changes) -> None:
        kinds = changes.kinds
        if "perspective" in kinds or "participant" in kinds:
            self._load_lookups()
            if self._root.children:
                self._emit_all_changed(self._root)
        if "note" in kinds:
            try:
                if not self._apply(changes.ids):
                    self.refresh()
            except OogstError as exc:  # e.g. the file was closed under us
                self._bridge.statusMessage.emit(i18n.core_error(exc))
        if "merge_conflict" in kinds and self._loader is not None:
            for note_id in self.conflicts.reload() & self._nodes.keys():
                node = self._nodes[note_id]
                self.dataChanged.emit(self.createIndex(node.row(), 0, node.serial),
                                      self.createIndex(node.row(), 4, node.serial))

    def _apply(self, ids: frozenset[str]) -> bool:
        """Apply a notice from its ids alone: new notes of this place inserted (one row
        each, at their place among their siblings), gone ones removed, edited ones
        updated. Nothing is changed and False returned when that is not safe (a note
        moved or renumbered, an orphan, a very large change): then `refresh` re-reads."""
        if self._place is None or len(ids) > INCREMENTAL_LIMIT:
            return False
        place = self._place
        here = {n.id: n for n in self._bridge.event.notes_with_ids(ids)
                if all(getattr(n, column) == value for column, value in place.items())}
        gone = {i for i in ids if i in self._nodes and i not in here}
        new = {i: n for i, n in here.items() if i not in self._nodes}
        edited = [n for i, n in here.items() if i in self._nodes]
        for note in edited:
            old = self._nodes[note.id].note
            if (note.parent_id, note.position) != (old.parent_id, old.position):
                return False  # a move: the refresh works out the new layout
        for note_id in gone:
            if any(c.note.id not in gone for c in self._nodes[note_id].children):
                return False  # a survivor under a removed note
        for note in new.values():
            parent = note.parent_id
            if parent and (parent in gone or (parent not in self._nodes and parent not in new)):
                return False  # shown at the top level by a re-read (its parent is elsewhere)
        for note_id in gone:
            node = self._nodes.get(note_id)
            if node is None or (node.parent is not self._root and node.parent.note.id in gone):
                continue  # goes with its parent
            row = node.row()
            self.beginRemoveRows(self._index_of_node(node.parent), row, row)
            node.parent.children.pop(row)
            self._forget(node)
            self.endRemoveRows()
        pending = sorted(new.values(), key=lambda n: (n.position, n.created_at))
        while pending:  # parents before their children
            ready = [n for n in pending if not n.parent_id or n.parent_id in self._nodes]
            if not ready:  # a loop of parents (a file made elsewhere): re-read instead
                self.refresh()
                return True
            for note in ready:
                self._insert(note)
            pending = [n for n in pending if n.id not in self._nodes]
        last = self.columnCount() - 1
        for note in edited:
            node = self._nodes[note.id]
            if node.note != note:
                node.note = note
                row = node.row()
                self.dataChanged.emit(self.createIndex(row, 0, node.serial),
                                      self.createIndex(row, last, node.serial))
        return True

    def _insert(self, note: Note) -> None:
        """One new row, among its siblings in display order (position, then age)."""
        parent = self._nodes.get(note.parent_id or "", self._root)
        key = (note.position, note.created_at)
        row = bisect.bisect_right([(c.note.position, c.note.created_at)
                                   for c in parent.children], key)
        self.beginInsertRows(self._index_of_node(parent), row, row)
        self._serial += 1
        node = _Node(self._serial, note, parent)
        parent.children.insert(row, node)
        self._by_serial[node.serial] = node
        self._nodes[note.id] = node
        self.endInsertRows()

    def _load_lookups(self) -> None:
        event = self._bridge.event
        self._perspectives = {p.id: p for p in event.perspectives()}
        self._people = {p.id: p for p in event.participants()}

    def participants(self) -> list[Participant]:
        return list(self._people.values())

    def perspectives(self) -> list[Perspective]:
        return sorted(self._perspectives.values(), key=lambda p: p.position)

    def _emit_all_changed(self, node: _Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0].serial)
            last = self.createIndex(len(node.children) - 1, self.columnCount() - 1,
                                    node.children[-1].serial)
            self.dataChanged.emit(first, last)
        for child in node.children:
            self._emit_all_changed(child)

    def _clear(self) -> None:
        self._root.children.clear()
        self._by_serial = {0: self._root}
        self._nodes.clear()

    def _attach(self, note: Note) -> _Node:
        """Append a node under its parent (or the root); no signals."""
        parent = self._nodes.get(note.parent_id or "", self._root)
        self._serial += 1
        node = _Node(self._serial, note, parent)
        parent.children.append(node)
        self._by_serial[node.serial] = node
        self._nodes[note.id] = node
        return node

    def _index_of_node(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node.serial)

    def _sync(self, tree: list[TreeNote]) -> None:
        new_notes = {t.note.id: t.note for t in tree}
        new_parent = {i: (n.parent_id if n.parent_id in new_notes else None)
                      for i, n in new_notes.items()}
        new_children: dict[str | None, list[str]] = {}
        for t in tree:  # depth-first order keeps siblings in display order
            new_children.setdefault(new_parent[t.note.id], []).append(t.note.id)

        # 1. removals (a removed note's surviving children: too tangled, reset)
        removed = set(self._nodes) - set(new_notes)
        for note_id in removed:
            for child in self._nodes[note_id].children:
                if child.note.id not in removed:
                    self._reset_to(tree)
                    return
        for note_id in [i for i in removed
                        if self._nodes[i].parent is self._root
                        or self._nodes[i].parent.note.id not in removed]:
            node = self._nodes[note_id]
            row = node.row()
            self.beginRemoveRows(self._index_of_node(node.parent), row, row)
            node.parent.children.pop(row)
            self._forget(node)
            self.endRemoveRows()

        # 2. moves among the notes that stay: one layout change
        def desired(parent_id: str | None) -> list[str]:
            return [i for i in new_children.get(parent_id, []) if i in self._nodes]

        moved = any(
            [c.note.id for c in node.children] != desired(None if node is self._root
                                                          else node.note.id)
            for node in [self._root, *self._nodes.values()])
        if moved:
            self._relayout(desired)

        # 3. insertions, parents before children
        for t in tree:
            note_id = t.note.id
            if note_id in self._nodes:
                continue
            parent = self._nodes.get(new_parent[note_id] or "", self._root)
            row = [i for i in new_children[new_parent[note_id]]
                   if i in self._nodes or i == note_id].index(note_id)
            self.beginInsertRows(self._index_of_node(parent), row, row)
            self._serial += 1
            node = _Node(self._serial, t.note, parent)
            parent.children.insert(row, node)
            self._by_serial[node.serial] = node
            self._nodes[note_id] = node
            self.endInsertRows()

        # 4. edits
        last = self.columnCount() - 1
        for note_id, note in new_notes.items():
            node = self._nodes[note_id]
            if node.note != note:
                node.note = note
                row = node.row()
                self.dataChanged.emit(self.createIndex(row, 0, node.serial),
                                      self.createIndex(row, last, node.serial))

    def _relayout(self, desired: Callable[[str | None], list[str]]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._node(i), i.column()) for i in persistent]
        nodes = list(self._nodes.values())
        for node in [self._root, *nodes]:
            node.children = []
        for node in [self._root, *nodes]:
            key = None if node is self._root else node.note.id
            for child_id in desired(key):
                child = self._nodes[child_id]
                child.parent = node
                node.children.append(child)
        new_indexes = [self.createIndex(node.row(), column, node.serial)
                       if node is not self._root else QModelIndex()
                       for node, column in remembered]
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    def _forget(self, node: _Node) -> None:
        self._by_serial.pop(node.serial, None)
        self._nodes.pop(node.note.id, None)
        for child in node.children:
            self._forget(child)

    def _reset_to(self, tree: list[TreeNote]) -> None:
        self.beginResetModel()
        self._clear()
        for item in tree:
            self._attach(item.note)
        self.endResetModel()

