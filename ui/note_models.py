"""`NoteTreeModel`: the notes of one place (table + round, or a plenary list) as a tree.

The model adapts `EventFile.note_tree(...)` (or any loader returning
`TreeNote`s) and holds nothing the file does not. When it knows its place
(`set_loader(..., place=...)`, live capture) a change notice is applied from
its ids: the changed notes are read by id and a new note becomes one inserted
row, a deleted one one removed row, an edit one dataChanged, so typing at a
table with 2,500 notes never re-reads them. Otherwise (and for moves) it
re-reads ITS place only and applies the difference with the finest Qt
signals it can: rows inserted, rows removed, dataChanged for edits; a move
builds the rows again (one reset, after which NoteTreeView restores its
current and selected notes and scroll position). Views therefore keep their
selection, expansion and scroll position while 50 notes are typed. The tree's
shape is kept in C++ (QStandardItemModel): a view lays out all rows after
each insert without calling Python per row. The other versions merges kept on
its notes (`note_conflicts`) are read once per place and per notice that
names MERGE_CONFLICT: `ConflictRole` and the tooltip show them.

Writes go through the bridge (`bridge.run`), so each edit is one undo step.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from facilitator.domain import Note, Participant, Perspective
from facilitator.emphasis import plain
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
_SERIAL = int(Qt.ItemDataRole.UserRole) + 64  # a row's node (kept on its C++ item)


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
    __slots__ = ("serial", "note", "parent", "children", "item")

    def __init__(self, serial: int, note: Note | None, parent: _Node | None,
                 item: QStandardItem | None) -> None:
        self.serial = serial
        self.note = note
        self.parent = parent
        self.children: list[_Node] = []
        # the row's place in the Qt (C++) tree; None for the root, whose item is asked
        # for when needed (a wrapper kept of it would outlive the model it belongs to)
        self.item = item

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class NoteTreeModel(QStandardItemModel):
    """Notes of one place; columns: text, kind, perspective, speaker, votes.

    The tree's shape lives in C++ (a QStandardItem per note, holding its node's
    serial and its flags): a view lays out every row after each inserted note,
    asking index(), flags() and hasChildren() of all 2,500 of them, and that must
    not call Python. The notes themselves stay in the Python nodes; data() (asked
    for the rows on screen only) reads them there."""

    TEXT, KIND, PERSPECTIVE, SPEAKER, VOTES = range(5)
    placeShown = Signal()  # `set_loader` showed a place (views: at its newest notes)

    def __init__(self, bridge, parent=None, *, movable: bool = True) -> None:
        super().__init__(0, 5, parent)
        self._bridge = bridge
        self._movable = movable
        self._loader: Loader | None = None
        self._place: dict[str, str | None] | None = None
        self._serial = 0
        self.invisibleRootItem().setFlags(_ROOT_MOVABLE if movable else _NO_FLAGS)
        self._root = _Node(0, None, None, None)
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
        self._loader = loader
        self._place = dict(place) if place is not None and loader is not None else None
        if loader is not None:
            self.conflicts.reload()  # before the rows: their marks take width
        self._reset_to(list(loader()) if loader else [])
        self.placeShown.emit()

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
        index = self.indexFromItem(node.item)
        return index.siblingAtColumn(column) if column else index

    def last_top_level_id(self) -> str | None:
        return self._root.children[-1].note.id if self._root.children else None

    def last_child_id(self, note_id: str | None) -> str | None:
        node = self._nodes.get(note_id) if note_id else self._root
        return node.children[-1].note.id if node and node.children else None

    def newest_id(self) -> str | None:
        newest = max(self._nodes.values(), key=lambda n: n.note.created_at, default=None)
        return newest.note.id if newest else None

    def contains(self, note_id: str | None) -> bool:
        return note_id in self._nodes

    def perspective(self, perspective_id: str | None) -> Perspective | None:
        return self._perspectives.get(perspective_id or "")

    def speaker_text(self, note: Note) -> str:
        person = self._people.get(note.speaker_id or "")
        return person.name or ", ".join(person.organisations) if person else note.party

    # -- Qt model interface ------------------------------------------------------

    # index(), parent(), rowCount(), flags() and hasChildren() are QStandardItemModel's
    # own (C++): a view asks them for every row at each layout. An item holds the
    # serial of its node; the other columns of a row have no item of their own.
    def _node(self, index: QModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        serial = QStandardItemModel.data(self, index.siblingAtColumn(0), _SERIAL)
        return self._by_serial.get(serial, self._root)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Note"), self.tr("Kind"), self.tr("Perspective"), self.tr("Speaker"),
                self.tr("Votes"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES_SHOWN:  # most of what a view asks has no value here
            return None
        note = self.note_at(index)
        if note is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == self.TEXT:  # the words as shown: emphasis marks left out
                return plain(note.text)
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

    def removeRows(self, row: int, count: int,  # noqa: N802
                   parent: QModelIndex = QModelIndex()) -> bool:
        """Refused: rows go when the file's notice says so. A view ending a drag
        (MoveAction) asks to remove the dragged rows; the move itself already
        went through the core (dropMimeData) and its notice moves them."""
        return False

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
                self._row_changed(self._nodes[note_id])

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
            self._remove(node)
        pending = sorted(new.values(), key=lambda n: (n.position, n.created_at))
        while pending:  # parents before their children
            ready = [n for n in pending if not n.parent_id or n.parent_id in self._nodes]
            if not ready:  # a loop of parents (a file made elsewhere): re-read instead
                self.refresh()
                return True
            for note in ready:
                self._insert(note)
            pending = [n for n in pending if n.id not in self._nodes]
        for note in edited:
            node = self._nodes[note.id]
            if node.note != note:
                node.note = note
                self._row_changed(node)
        return True

    def _insert(self, note: Note) -> None:
        """One new row, among its siblings in display order (position, then age)."""
        parent = self._nodes.get(note.parent_id or "", self._root)
        key = (note.position, note.created_at)
        children = parent.children
        if not children or (children[-1].note.position, children[-1].note.created_at) <= key:
            row = len(children)  # a typed note: after the last one (no list of 2,500 keys)
        else:
            row = bisect.bisect_right([(c.note.position, c.note.created_at)
                                       for c in children], key)
        self._insert_at(parent, row, note)

    def _insert_at(self, parent: _Node, row: int, note: Note) -> None:
        """A row for `note` at `row` under `parent`: rowsInserted for that row alone
        (the node is known before the view hears of it)."""
        node = self._new_node(note, parent)
        parent.children.insert(row, node)
        self._set_leaf(parent, False)
        self._item(parent).insertRow(row, [node.item])

    def _remove(self, node: _Node) -> None:
        """Remove a note's row (and the rows under it)."""
        parent = node.parent
        row = node.row()
        parent.children.pop(row)
        self._forget(node)
        self._item(parent).removeRow(row)  # deletes the items (C++); the nodes are forgotten
        if not parent.children:
            self._set_leaf(parent, True)

    def _new_node(self, note: Note, parent: _Node) -> _Node:
        self._serial += 1
        item = QStandardItem()
        item.setColumnCount(5)  # the columns of the rows that may come under it
        item.setData(self._serial, _SERIAL)
        item.setFlags(_LEAF_MOVABLE if self._movable else _LEAF)
        node = _Node(self._serial, note, parent, item)
        self._by_serial[node.serial] = node
        self._nodes[note.id] = node
        return node

    def _item(self, node: _Node) -> QStandardItem:
        return self.invisibleRootItem() if node.item is None else node.item

    def _set_leaf(self, node: _Node, leaf: bool) -> None:
        """A note without children says so (ItemNeverHasChildren): a view laying out
        2,500 rows then need not ask each for children."""
        if node is self._root:
            return
        if leaf:
            flags = _LEAF_MOVABLE if self._movable else _LEAF
        else:
            flags = _ITEM_MOVABLE if self._movable else _ITEM
        if node.item.flags() != flags:
            node.item.setFlags(flags)

    def _row_changed(self, node: _Node) -> None:
        index = self.indexFromItem(node.item)
        self.dataChanged.emit(index, index.siblingAtColumn(self.columnCount() - 1))

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
            first = self.indexFromItem(node.children[0].item)
            last = self.indexFromItem(node.children[-1].item)
            self.dataChanged.emit(first, last.siblingAtColumn(self.columnCount() - 1))
        for child in node.children:
            self._emit_all_changed(child)

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
            self._remove(self._nodes[note_id])

        # 2. moves among the notes that stay: the rows are built again (a view keeps
        # its current and selected notes: NoteTreeView); rare, unlike typing
        def desired(parent_id: str | None) -> list[str]:
            return [i for i in new_children.get(parent_id, []) if i in self._nodes]

        moved = any(
            [c.note.id for c in node.children] != desired(None if node is self._root
                                                          else node.note.id)
            for node in [self._root, *self._nodes.values()])
        if moved:
            self._reset_to(tree)
            return

        # 3. insertions, parents before children
        for t in tree:
            note_id = t.note.id
            if note_id in self._nodes:
                continue
            parent = self._nodes.get(new_parent[note_id] or "", self._root)
            row = [i for i in new_children[new_parent[note_id]]
                   if i in self._nodes or i == note_id].index(note_id)
            self._insert_at(parent, row, t.note)

        # 4. edits
        for note_id, note in new_notes.items():
            node = self._nodes[note_id]
            if node.note != note:
                node.note = note
                self._row_changed(node)

    def _forget(self, node: _Node) -> None:
        self._by_serial.pop(node.serial, None)
        self._nodes.pop(node.note.id, None)
        for child in node.children:
            self._forget(child)

    def _reset_to(self, tree: Sequence[TreeNote]) -> None:
        """Show exactly `tree` (depth-first): one model reset. The items are made
        before they join the model, so building them signals nothing."""
        self.beginResetModel()
        blocked = self.blockSignals(True)  # inside the reset: no row signals of its own
        root = self.invisibleRootItem()
        root.removeRows(0, root.rowCount())  # the old items (C++) go
        self._root.children.clear()
        self._by_serial = {0: self._root}
        self._nodes.clear()
        top: list[QStandardItem] = []
        for entry in tree:
            parent = self._nodes.get(entry.note.parent_id or "", self._root)
            node = self._new_node(entry.note, parent)
            parent.children.append(node)
            if parent is self._root:
                top.append(node.item)
            else:
                if len(parent.children) == 1:  # its first: no longer a leaf (asked once)
                    self._set_leaf(parent, False)
                parent.item.appendRow([node.item])
        if top:
            root.appendRows(top)
        self.blockSignals(blocked)
        self.endResetModel()
