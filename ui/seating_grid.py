"""The seating plan as a grid: a row per table, a column per round.

Each cell is a `SeatList`: who sits at that table in that round, a
perspective colour dot before each name, the host first and in bold. A name
is moved by dragging it to another table in the same round, or through its
context menu; the list never moves anything itself: it asks its `SeatMover`
(the seating view), which changes the file, after which the grid is drawn
again from what the file holds.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import (QContextMenuEvent, QDrag, QDragEnterEvent, QDragMoveEvent,
                           QDropEvent, QFont)
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QLabel, QListWidget,
                               QListWidgetItem, QMenu, QSizePolicy, QVBoxLayout, QWidget)

from facilitator.domain import Participant, ThemeTable
from facilitator.seating_planner import SeatingPlan, Table
from facilitator.seating_ops import person_label

from . import i18n
from .widgets import dot_icon, html_text, shorten

SEAT_MIME = "application/x-oogst-seat"
PersonRole = Qt.ItemDataRole.UserRole + 1


class SeatMover(Protocol):
    """What a seat list asks of its view."""

    def move(self, participant_id: str, round_index: int, table_id: str) -> bool: ...

    def move_menu(self, participant_id: str, round_index: int,
                  parent: QWidget | None = None) -> QMenu: ...

    def popup(self, menu: QMenu, where: QPoint) -> None: ...


class SeatList(QListWidget):
    """The people at one table in one round; names can be dragged to another table."""

    def __init__(self, mover: SeatMover, table_id: str, round_index: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mover = mover
        self.table_id = table_id
        self.round_index = round_index
        self.setObjectName(f"seats-{round_index}-{table_id}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def person_ids(self) -> list[str]:
        return [self.item(i).data(PersonRole) for i in range(self.count())]

    # -- dragging --------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SEAT_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            payload = f"{items[0].data(PersonRole)}\n{self.round_index}\n{self.table_id}"
            data.setData(SEAT_MIME, payload.encode())
        return data

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(12, 12))
        drag.exec(Qt.DropAction.MoveAction)  # the grid is redrawn from the file afterwards

    def _payload(self, event: QDropEvent) -> tuple[str, int, str] | None:
        data = event.mimeData()
        if not data.hasFormat(SEAT_MIME):
            return None
        try:
            person, round_text, source = bytes(data.data(SEAT_MIME)).decode().split("\n")
            return person, int(round_text), source
        except ValueError:
            return None

    def _accepts(self, event: QDropEvent) -> bool:
        payload = self._payload(event)
        return (payload is not None and payload[1] == self.round_index
                and payload[2] != self.table_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        payload = self._payload(event)
        if not self._accepts(event) or payload is None:
            event.ignore()
            return
        # Nothing is moved here: the file changes, then the grid is redrawn. That
        # must wait until the drag is over (it would delete the drag's source).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        person = payload[0]
        QTimer.singleShot(0, lambda: self.mover.move(person, self.round_index, self.table_id))

    # -- context menu ----------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        item = self.itemAt(event.pos())
        if event.reason() == event.Reason.Keyboard or item is None:
            item = self.currentItem()
        if item is None:
            return
        self.setCurrentItem(item)
        menu = self.mover.move_menu(item.data(PersonRole), self.round_index, self)
        where = event.globalPos()
        if event.reason() == event.Reason.Keyboard:
            where = self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft())
        self.mover.popup(menu, where)


class SeatingGrid(QWidget):
    """The plan drawn as a grid of `SeatList`s, with a caption per cell."""

    def __init__(self, mover: SeatMover, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingGrid")
        self._mover = mover
        self.lists: dict[tuple[str, int], SeatList] = {}
        self.captions: dict[tuple[str, int], QLabel] = {}
        self._table_labels: dict[str, QLabel] = {}
        self._shape: tuple[tuple[tuple[str, str | None], ...], int] | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)

    def clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.lists.clear()
        self.captions.clear()
        self._table_labels.clear()

    def show_plan(self, plan: SeatingPlan | None, people: Mapping[str, Participant],
                  tables: Mapping[str, ThemeTable], colours: Mapping[str, str],
                  perspective_names: Mapping[str, str]) -> None:
        """Draw `plan` (nothing for None) with the event's people, tables and perspectives.

        When the tables, hosts and rounds are those already drawn (a new plan, a
        move), the lists are refilled in place: no widgets are made or deleted,
        so a redraw is quick on the GUI thread.
        """
        if plan is None:
            self.clear()
            self._shape = None
            return
        shown = [t for t in plan.tables if t.id in tables]
        shape = (tuple((t.id, t.host_id) for t in shown), len(plan.rounds))
        if shape != self._shape:
            self._build(shown, len(plan.rounds))
            self._shape = shape
        most = max((len(ids) for seating in plan.rounds for ids in seating.values()),
                   default=1)
        perspective_of = {pid: p.perspective_id for pid, p in people.items()}
        for table in shown:
            theme_table = tables[table.id]
            caption = self.tr("Table {number}").format(number=theme_table.number)
            label = self._table_labels[table.id]
            label.setText(f"<b>{html_text(caption)}</b><br>"
                          f"{html_text(shorten(theme_table.theme, 90))}")
            label.setToolTip(theme_table.theme)
            for r, seating in enumerate(plan.rounds):
                ids = list(seating.get(table.id, ()))
                seats = self.lists[(table.id, r)]
                seats.clear()
                self._fill(seats, ids, table.host_id, people, colours, perspective_names)
                row_height = max(18, seats.sizeHintForRow(0)) if seats.count() else 18
                seats.setFixedHeight(most * row_height + 2 * seats.frameWidth() + 2)
                count = len({perspective_of.get(i) for i in ids} - {None})
                self.captions[(table.id, r)].setText(
                    self.tr("1 perspective") if count == 1 else
                    self.tr("{count} perspectives").format(count=count))

    def _build(self, tables: list[Table], rounds: int) -> None:
        """The empty grid: headers, a label per table, a list and caption per cell."""
        self.clear()
        header = QLabel(self.tr("Table"), self)
        header.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(header, 0, 0)
        for r in range(rounds):
            label = QLabel(self.tr("Round {number}").format(number=r + 1), self)
            label.setObjectName(f"roundHeader-{r}")
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, r + 1)
        for row, table in enumerate(tables, start=1):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setFixedWidth(200)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(label, row, 0)
            self._table_labels[table.id] = label
            for r in range(rounds):
                cell = QWidget(self)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(1)
                seats = SeatList(self._mover, table.id, r, cell)
                seats.setMinimumWidth(170)
                seats.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                caption = QLabel(cell)
                caption.setObjectName(f"caption-{r}-{table.id}")
                caption.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
                cell_layout.addWidget(seats)
                cell_layout.addWidget(caption)
                self.lists[(table.id, r)] = seats
                self.captions[(table.id, r)] = caption
                self.grid.addWidget(cell, row, r + 1)
        self.grid.setRowStretch(len(tables) + 1, 1)
        for r in range(rounds):
            self.grid.setColumnStretch(r + 1, 1)

    def _fill(self, seats: SeatList, ids: list[str], host_id: str | None,
              people: Mapping[str, Participant], colours: Mapping[str, str],
              perspective_names: Mapping[str, str]) -> None:
        lang = i18n.current_language()

        def order(pid: str) -> tuple[bool, str]:
            person = people.get(pid)
            return (pid != host_id, person_label(person, lang).casefold() if person else "")

        for pid in sorted(ids, key=order):
            person = people.get(pid)
            name = person_label(person, lang)
            item = QListWidgetItem(self.tr("{name} (host)").format(name=name)
                                   if pid == host_id else name)
            item.setData(PersonRole, pid)
            perspective = person.perspective_id if person else None
            item.setIcon(dot_icon(colours.get(perspective or "")))
            tip = [name]
            if person is not None and person.name and person.organisations:
                tip.append(", ".join(person.organisations))
            tip.append(perspective_names.get(perspective or "", self.tr("No perspective")))
            if pid == host_id:
                tip.append(self.tr("Host: stays at this table in every round"))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setToolTip("\n".join(tip))
            seats.addItem(item)
