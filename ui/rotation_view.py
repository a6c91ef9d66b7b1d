"""`RotationView`: the World Café seating plan — make it, adjust it by hand, print it.

Top: the number of rounds, "Make seating plan" and "Print…". Left: the plan
as a grid (a row per table with its theme, a column per round; each cell
lists who sits there, a perspective colour dot before each name, the host in
bold). A name is moved by dragging it to another table in the same round, or
by its context menu ("Move to table N"). Right: the plan's quality beside
that of random seatings of the same people, so the facilitator sees what
the planner gained. Every change is one undo step through the bridge; the
view only shows what the file holds.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFileDialog, QFrame,
                               QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QScrollArea, QSizePolicy,
                               QSpinBox, QVBoxLayout, QWidget)

from facilitator.errors import OogstError
from facilitator.rotation import PlanQuality, SeatingPlan
from facilitator.seating_ops import RANDOM_SAMPLES, person_label

SEAT_MIME = "application/x-oogst-seat"
PersonRole = Qt.ItemDataRole.UserRole + 1
ROUNDS_MIN, ROUNDS_MAX = 2, 4
WATCHED = {"seat", "participant", "theme_table", "membership", "perspective"}


@lru_cache(maxsize=64)
def dot_icon(colour: str | None, size: int = 12) -> QIcon:
    """A filled circle in a perspective's colour (hollow grey: no perspective)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setPen(QPen(QColor(colour).darker(130), 1))
        painter.setBrush(QBrush(QColor(colour)))
    else:
        painter.setPen(QPen(QColor("#9aa0a6"), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(1, 1, size - 3, size - 3)
    painter.end()
    return QIcon(pixmap)


class SeatList(QListWidget):
    """The people at one table in one round; names can be dragged to another table."""

    def __init__(self, view: RotationView, table_id: str, round_index: int) -> None:
        super().__init__()
        self.view = view
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

    def mimeData(self, items) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            payload = f"{items[0].data(PersonRole)}\n{self.round_index}\n{self.table_id}"
            data.setData(SEAT_MIME, payload.encode())
        return data

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(12, 12))
        drag.exec(Qt.DropAction.MoveAction)  # the grid is redrawn from the file afterwards

    def _payload(self, event) -> tuple[str, int, str] | None:
        data = event.mimeData()
        if not data.hasFormat(SEAT_MIME):
            return None
        try:
            person, round_text, source = bytes(data.data(SEAT_MIME)).decode().split("\n")
            return person, int(round_text), source
        except ValueError:
            return None

    def _accepts(self, event) -> bool:
        payload = self._payload(event)
        return (payload is not None and payload[1] == self.round_index
                and payload[2] != self.table_id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        payload = self._payload(event)
        if not self._accepts(event) or payload is None:
            event.ignore()
            return
        # Nothing is moved here: the file changes, then the grid is redrawn. That
        # must wait until the drag is over (it would delete the drag's source).
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        person = payload[0]
        QTimer.singleShot(0, lambda: self.view.move(person, self.round_index, self.table_id))

    # -- context menu ----------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.pos())
        if event.reason() == event.Reason.Keyboard or item is None:
            item = self.currentItem()
        if item is None:
            return
        self.setCurrentItem(item)
        menu = self.view.move_menu(item.data(PersonRole), self.round_index, self)
        where = event.globalPos()
        if event.reason() == event.Reason.Keyboard:
            where = self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft())
        self.view.popup(menu, where)


class RotationView(QWidget):
    """The World Café seating plan: make, show, adjust, measure and print it."""

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationView")
        self._bridge = bridge
        self._seed = 0
        self._baseline_key: tuple | None = None
        self._baseline: PlanQuality | None = None
        self.lists: dict[tuple[str, int], SeatList] = {}
        self.captions: dict[tuple[str, int], QLabel] = {}
        self.plan: SeatingPlan | None = None

        self.rounds_spin = QSpinBox(self)
        self.rounds_spin.setObjectName("roundsSpin")
        self.rounds_spin.setRange(ROUNDS_MIN, ROUNDS_MAX)
        rounds_label = QLabel(self.tr("&Rounds:"), self)
        rounds_label.setBuddy(self.rounds_spin)
        self.make_button = QPushButton(self.tr("Make seating plan"), self)
        self.make_button.setObjectName("makePlanButton")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_plan)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printPlanButton")
        self.print_button.clicked.connect(lambda: self.print_plan())
        self.clear_button = QPushButton(self.tr("Remove plan"), self)
        self.clear_button.setObjectName("clearPlanButton")
        self.clear_button.clicked.connect(self.clear_plan)
        self.hint = QLabel(self.tr("Drag a name to another table in the same round, or "
                                   "right-click it. Hosts stay at their table."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        top = hbox(rounds_label, self.rounds_spin, self.make_button, 12, self.print_button,
                   self.clear_button, 12, (self.hint, 1))

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("planProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(
            "#planProblems { background: #fff4e0; color: #6b4100; border: 1px solid #e0b050;"
            " border-radius: 4px; padding: 6px; }")
        self.problems_label.hide()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyPlan")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("planScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)

        self.quality_panel = self._build_quality_panel()
        body = hbox((self.scroll, 1), (self.empty_label, 1), self.quality_panel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.problems_label)
        layout.addLayout(body, 1)

        bridge.watch(self, self._on_changed)
        self.reload()
        self.rounds_spin.setValue(self.default_rounds())

    # -- the quality panel ------------------------------------------------------------

    def _build_quality_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("qualityPanel")
        panel.setFixedWidth(370)
        title = QLabel(self.tr("Quality of the plan"), panel)
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        box = QFrame(panel)
        box.setObjectName("qualityBox")
        box.setStyleSheet("#qualityBox { background: palette(base); border: 1px solid "
                          "palette(mid); border-radius: 4px; }")
        self.quality_grid = QGridLayout(box)
        self.quality_grid.setContentsMargins(8, 6, 8, 6)
        self.quality_grid.setHorizontalSpacing(10)
        self.quality_grid.setVerticalSpacing(5)
        self.quality_grid.setColumnStretch(0, 1)
        for column, text in ((1, self.tr("This plan")), (2, self.tr("Random"))):
            head = QLabel(text, box)
            head.setStyleSheet("font-weight: bold;")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.quality_grid.addWidget(head, 0, column)
        self.quality_values: dict[tuple[str, int], QLabel] = {}
        for row, (label, field, _higher, _whole) in enumerate(self._measures(), start=1):
            name = QLabel(label, box)
            name.setWordWrap(True)
            self.quality_grid.addWidget(name, row, 0)
            for column in (1, 2):
                value = QLabel("–", box)
                value.setObjectName(f"quality-{field}-{column}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setMinimumWidth(58)
                self.quality_grid.addWidget(value, row, column)
                self.quality_values[(field, column)] = value
        self.quality_note = QLabel(panel)
        self.quality_note.setObjectName("qualityNote")
        self.quality_note.setWordWrap(True)
        self.quality_note.setStyleSheet("color: palette(placeholder-text);")
        self.legend = QLabel(panel)
        self.legend.setObjectName("perspectiveLegend")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(box)
        layout.addWidget(self.quality_note)
        layout.addSpacing(6)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        return panel

    def _measures(self) -> list[tuple[str, str, bool, bool]]:
        """(label, PlanQuality field, higher is better, whole number)."""
        return [
            (self.tr("Perspectives per table and round (mean)"),
             "perspectives_per_table_round", True, False),
            (self.tr("Perspectives per table and round (minimum)"),
             "min_perspectives_per_table_round", True, True),
            (self.tr("New perspectives heard per person"),
             "mean_new_perspectives_heard_per_person", True, False),
            (self.tr("Different people met per person"),
             "distinct_people_met_per_person", True, False),
            (self.tr("Repeated encounters"), "repeated_encounters", False, True),
            (self.tr("Colleagues at one table"), "organisation_clashes", False, True),
            (self.tr("Return visits to a table"), "table_revisits", False, True),
        ]

    def _show_quality(self) -> None:
        event = self._bridge.event
        quality = baseline = None
        if self.plan is not None:
            try:
                quality = event.seating_quality()
                baseline = self._random_baseline()
            except OogstError as exc:
                self._bridge.statusMessage.emit(str(exc))
        for _label, field, higher, whole in self._measures():
            for column, source in ((1, quality), (2, baseline)):
                value = getattr(source, field) if source is not None else None
                if value is None:
                    text = "–"
                elif whole and column == 1:
                    text = str(int(value))
                else:
                    text = number(value)
                style = ""
                if column == 1 and quality is not None and baseline is not None:
                    mine, theirs = getattr(quality, field), getattr(baseline, field)
                    if (mine > theirs + 1e-9) if higher else (mine < theirs - 1e-9):
                        style = "font-weight: bold; color: #1e7b34;"
                label = self.quality_values[(field, column)]
                label.setText(text)
                label.setStyleSheet(style)
        self.quality_note.setText(self.tr(
            "Higher is better for the first four measures, lower for the others. "
            "Random: the mean of {count} random seatings of the same people, with the "
            "hosts kept and the table sizes balanced. Bold green: the plan does better."
        ).format(count=RANDOM_SAMPLES))
        self._show_legend()

    def _random_baseline(self) -> PlanQuality:
        plan = self.plan
        assert plan is not None
        people = tuple(sorted({i for r in plan.rounds for ids in r.values() for i in ids}))
        key = (people, tuple((t.id, t.host_id) for t in plan.tables), len(plan.rounds))
        if key != self._baseline_key or self._baseline is None:
            self._baseline = self._bridge.event.seating_quality_random(
                0, samples=RANDOM_SAMPLES)
            self._baseline_key = key
        return self._baseline

    def _show_legend(self) -> None:
        parts = []
        for perspective in self._bridge.event.perspectives():
            parts.append(f'<span style="color:{perspective.colour}">●</span>&nbsp;'
                         f"{_html(perspective.name)}")
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    # -- reading ----------------------------------------------------------------------

    def default_rounds(self) -> int:
        """As many rounds as round questions, within 2-4 (the plan's own count if any)."""
        if self.plan is not None:
            return max(ROUNDS_MIN, min(ROUNDS_MAX, len(self.plan.rounds)))
        count = len(self._bridge.event.round_questions(None))
        return max(ROUNDS_MIN, min(ROUNDS_MAX, count or 3))

    def _on_changed(self, changes) -> None:
        if changes.kinds & WATCHED:
            self.reload()
        elif "question" in changes.kinds and self.plan is None:
            self.rounds_spin.setValue(self.default_rounds())

    def reload(self) -> None:
        """Redraw the grid and the quality report from the file."""
        event = self._bridge.event
        self.plan = event.seating()
        self._people = {p.id: p for p in event.participants()}
        self._colours = {p.id: p.colour for p in event.perspectives()}
        self._perspective_names = {p.id: p.name for p in event.perspectives()}
        self._tables = {t.id: t for t in event.tables()}
        self._build_grid()
        has_plan = self.plan is not None
        self.scroll.setVisible(has_plan)
        self.empty_label.setVisible(not has_plan)
        self.print_button.setEnabled(has_plan)
        self.clear_button.setEnabled(has_plan)
        self.hint.setVisible(has_plan)
        self.make_button.setText(self.tr("Make a new seating plan") if has_plan
                                 else self.tr("Make seating plan"))
        if not has_plan:
            if not self._tables:
                text = self.tr("This event has no theme tables yet. Add tables and seat "
                               "the participants at them; then make a seating plan here.")
            else:
                text = self.tr("No seating plan yet. Choose the number of rounds and press "
                               "“Make seating plan”: hosts stay at their table, the others "
                               "change tables so that every table hears as many "
                               "perspectives as possible.")
            self.empty_label.setText(text)
        problems = [self._problem_text(p) for p in
                    (event.seating_problems() if has_plan else [])]
        if problems:
            shown = problems[:4] + ([self.tr("…and {count} more.").format(
                count=len(problems) - 4)] if len(problems) > 4 else [])
            self.problems_label.setText(
                _html(self.tr("The plan no longer matches the tables (people or hosts "
                              "changed since it was made). Make a new plan, or adjust it by "
                              "hand:")) + "<br>" + "<br>".join(_html(p) for p in shown))
        self.problems_label.setVisible(bool(problems))
        self._show_quality()

    def _problem_text(self, problem) -> str:
        """A `SeatingProblem` in the interface language."""
        name = person_label(self._people.get(problem.participant_id or ""))
        table = self._tables.get(problem.table_id or "")
        if problem.kind == "missing":
            return self.tr("{name} is not in the plan.").format(name=name)
        if problem.kind == "extra":
            return self.tr("{name} is in the plan but no longer seated at a table.").format(
                name=name)
        if problem.kind == "host" and table is not None:
            return self.tr("{name} hosts table {table} but does not sit there in round "
                           "{round}.").format(name=name, table=table.number,
                                              round=(problem.round or 0) + 1)
        if problem.kind == "unbalanced":
            return self.tr("Round {round}: the tables are no longer the same size.").format(
                round=(problem.round or 0) + 1)
        return problem.message

    def _build_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.lists.clear()
        self.captions.clear()
        plan = self.plan
        if plan is None:
            return
        header = QLabel(self.tr("Table"), self.grid_host)
        header.setStyleSheet("font-weight: bold;")
        self.grid.addWidget(header, 0, 0)
        for r in range(len(plan.rounds)):
            label = QLabel(self.tr("Round {number}").format(number=r + 1), self.grid_host)
            label.setObjectName(f"roundHeader-{r}")
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, r + 1)
        most = max((len(ids) for seating in plan.rounds for ids in seating.values()),
                   default=1)
        perspective_of = {pid: p.perspective_id for pid, p in self._people.items()}
        for row, table in enumerate(plan.tables, start=1):
            theme_table = self._tables.get(table.id)
            if theme_table is None:
                continue
            theme = theme_table.theme if len(theme_table.theme) <= 90 else (
                theme_table.theme[:89].rstrip() + "…")
            caption = self.tr("Table {number}").format(number=theme_table.number)
            label = QLabel(f"<b>{_html(caption)}</b><br>{_html(theme)}", self.grid_host)
            label.setWordWrap(True)
            label.setFixedWidth(200)
            label.setToolTip(theme_table.theme)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(label, row, 0)
            for r, seating in enumerate(plan.rounds):
                ids = list(seating.get(table.id, ()))
                cell = QWidget(self.grid_host)
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(1)
                seats = SeatList(self, table.id, r)
                self._fill(seats, ids, table.host_id)
                row_height = max(18, seats.sizeHintForRow(0)) if seats.count() else 18
                seats.setFixedHeight(most * row_height + 2 * seats.frameWidth() + 2)
                seats.setMinimumWidth(170)
                seats.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                count = len({perspective_of.get(i) for i in ids} - {None})
                caption = QLabel(self.tr("1 perspective") if count == 1 else
                                 self.tr("{count} perspectives").format(count=count), cell)
                caption.setObjectName(f"caption-{r}-{table.id}")
                caption.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
                cell_layout.addWidget(seats)
                cell_layout.addWidget(caption)
                self.lists[(table.id, r)] = seats
                self.captions[(table.id, r)] = caption
                self.grid.addWidget(cell, row, r + 1)
        self.grid.setRowStretch(len(plan.tables) + 1, 1)
        for r in range(len(plan.rounds)):
            self.grid.setColumnStretch(r + 1, 1)

    def _fill(self, seats: SeatList, ids: list[str], host_id: str | None) -> None:
        def order(pid: str) -> tuple:
            person = self._people.get(pid)
            return (pid != host_id, person_label(person).casefold() if person else "")

        for pid in sorted(ids, key=order):
            person = self._people.get(pid)
            name = person_label(person)
            item = QListWidgetItem(self.tr("{name} (host)").format(name=name)
                                   if pid == host_id else name)
            item.setData(PersonRole, pid)
            perspective = person.perspective_id if person else None
            item.setIcon(dot_icon(self._colours.get(perspective or "")))
            tip = [name]
            if person is not None and person.name and person.organisations:
                tip.append(", ".join(person.organisations))
            tip.append(self._perspective_names.get(perspective or "",
                                                   self.tr("No perspective")))
            if pid == host_id:
                tip.append(self.tr("Host: stays at this table in every round"))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setToolTip("\n".join(tip))
            seats.addItem(item)

    # -- writing ----------------------------------------------------------------------

    def make_plan(self) -> None:
        """Make (or remake) the plan with the chosen number of rounds; one undo step."""
        event = self._bridge.event
        rounds = self.rounds_spin.value()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            quality = self._bridge.run(event.plan_seating,
                                       rounds=rounds, seed=self._seed)
        finally:
            QApplication.restoreOverrideCursor()
        if quality is None:
            return
        self._seed += 1  # pressing again offers another good plan
        baseline = self._random_baseline() if self.plan is not None else None
        text = self.tr("Seating plan made: {mean} perspectives per table on average "
                       "(random seating: {random}), {repeats} repeated encounters "
                       "(random: {random_repeats}).")
        if baseline is not None:
            self._bridge.statusMessage.emit(text.format(
                mean=number(quality.perspectives_per_table_round),
                random=number(baseline.perspectives_per_table_round),
                repeats=quality.repeated_encounters,
                random_repeats=number(baseline.repeated_encounters)))

    def clear_plan(self) -> None:
        self._bridge.run(self._bridge.event.clear_seating)

    def move(self, participant_id: str, round_index: int, table_id: str) -> bool:
        """Seat someone at another table in one round; False when the core refused."""
        event = self._bridge.event
        hosted = next((t for t in self._tables.values()
                       if t.host_id == participant_id and t.id != table_id), None)
        if hosted is not None:  # the core refuses too; say it in the interface language
            self._bridge.statusMessage.emit(self.tr(
                "{name} hosts table {table} and stays there in every round. Move a guest "
                "instead, or choose another host for the table.").format(
                name=person_label(self._people.get(participant_id)), table=hosted.number))
            return False
        others = self._bridge.run(event.move_seat, participant_id,
                                  round=round_index, table_id=table_id)
        if others is None:
            return False
        table = self._tables.get(table_id)
        number = table.number if table else "?"
        text = self.tr("{name} now sits at table {table} in round {round}.").format(
            name=person_label(self._people.get(participant_id)), table=number,
            round=round_index + 1)
        plan = self.plan
        for other in others:
            where = plan.table_of(other, round_index) if plan is not None else None
            other_table = self._tables.get(where or "")
            text += " " + self.tr("{name} moves to table {table} to keep the tables "
                                  "balanced.").format(
                name=person_label(self._people.get(other)),
                table=other_table.number if other_table else "?")
        self._bridge.statusMessage.emit(text)
        return True

    def move_menu(self, participant_id: str, round_index: int,
                  parent: QWidget | None = None) -> QMenu:
        """The context menu of a name: "Move to table N: theme" for the other tables."""
        menu = QMenu(parent or self)
        plan = self.plan
        if plan is None:
            return menu
        current = plan.table_of(participant_id, round_index)
        for table in plan.tables:
            theme_table = self._tables.get(table.id)
            if theme_table is None or table.id == current:
                continue
            theme = theme_table.theme if len(theme_table.theme) <= 50 else (
                theme_table.theme[:49].rstrip() + "…")
            action = menu.addAction(self.tr("Move to table {number}: {theme}").format(
                number=theme_table.number, theme=theme))
            action.setData(table.id)
            action.triggered.connect(
                lambda _c=False, t=table.id: self.move(participant_id, round_index, t))
        return menu

    def popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu (tests replace this to pick an action)."""
        menu.exec(where)

    def print_plan(self, path: str | Path | None = None) -> Path | None:
        """Write the plan as PDF (per table, per participant, cards) to `path`, or to a
        file chosen in a dialog. Problems go to the status bar."""
        from facilitator.exports.seating import export_seating
        event = self._bridge.event
        if path is None:
            path = self._ask_pdf_path()
            if not path:
                return None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_seating(event, path)
        except OogstError as exc:
            self._bridge.statusMessage.emit(str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._bridge.statusMessage.emit(
            self.tr("Seating plan written to {path}").format(path=str(path)))
        return path

    def _ask_pdf_path(self) -> str:
        event = self._bridge.event
        folder = event.path.parent if event.path else Path.home()
        stem = event.path.stem if event.path else "oogst"
        suggestion = folder / self.tr("{name} - seating plan.pdf").format(name=stem)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print seating plan"), str(suggestion),
            self.tr("PDF files (*.pdf)"))
        return chosen


def hbox(*items) -> QHBoxLayout:
    """A row: widgets, (widget, stretch) pairs, ints for spacing, None for a stretch."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        elif isinstance(item, int):
            row.addSpacing(item)
        elif isinstance(item, tuple):
            row.addWidget(*item)
        else:
            row.addWidget(item)
    return row


def number(value: float) -> str:
    """A measure with one decimal in the interface's locale (4,0 in Dutch)."""
    return QLocale().toString(float(value), "f", 1)


def _html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
