"""`VotingView`: enter the dots of a round of sticker voting, fast, and mark key points.

After a round of stickers on paper the facilitator picks a table (or a
plenary part) and a round, and types the dots note by note, like a
spreadsheet column: a number, Enter, the next note. ``+`` and ``-`` add or take
one dot, Space marks a key point, Delete clears the dots. The dot budget
(dots per participant times the people at the table, or a number of dots per
table; a QSettings preference) is shown against the dots used, with a
warning - never a refusal - when more dots were entered than handed out.
"Sort by votes" orders the LIST by votes (highest first); the notes' own
order in the file is untouched. Every entry is one undo step via the bridge.
The list itself (model, editor, table) is in `ui.voting_models`.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLabel, QSizePolicy, QSpinBox, QVBoxLayout,
                               QWidget)

from facilitator.errors import OogstError
from facilitator.transactions import Changes

from .bridge import EventBridge
from .capture.common import combo_value
from .theme import secondary, spin_box
from .voting_models import Loader, VotesModel, VotesTable
from .widgets import hbox, own_round_label, shorten

__all__ = ["VotingView", "VotesModel", "VotesTable", "SETTING_MODE", "SETTING_PER_PARTICIPANT",
           "SETTING_PER_TABLE", "DEFAULTS"]

SETTING_MODE = "voting/budget_mode"  # "participant" or "table"
SETTING_PER_PARTICIPANT = "voting/dots_per_participant"
SETTING_PER_TABLE = "voting/dots_per_table"
DEFAULTS = {"participant": 3, "table": 15}
ALL_ROUNDS, GENERAL = "*", ""


class VotingView(QWidget):
    """Dot voting per table and round (or plenary part): entry, budget, sorting."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingView")
        self._bridge = bridge

        self.place_combo = self._combo("placeCombo")
        place_label = QLabel(self.tr("&Table:"), self)
        place_label.setBuddy(self.place_combo)
        self.round_combo = self._combo("roundCombo")
        self.round_label = QLabel(self.tr("&Round:"), self)
        self.round_label.setBuddy(self.round_combo)
        self.sort_check = QCheckBox(self.tr("&Sort by votes"), self)
        self.sort_check.setObjectName("sortByVotes")
        self.sort_check.setToolTip(self.tr("Show the notes with the most dots first; the "
                                           "notes keep their own order in the minutes."))

        self.dots_spin = spin_box(QSpinBox(self))
        self.dots_spin.setObjectName("dotsSpin")
        self.dots_spin.setRange(1, 999)
        dots_label = QLabel(self.tr("&Dots:"), self)
        dots_label.setBuddy(self.dots_spin)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("budgetMode")
        self.mode_combo.addItem(self.tr("per participant"), "participant")
        self.mode_combo.addItem(self.tr("per table"), "table")
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setWordWrap(True)

        self.model = VotesModel(bridge, self)
        self.table = VotesTable(self.model, bridge, self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyVotes")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.hint = QLabel(self.tr("Type the number of dots and press Enter for the next "
                                   "note. + and − add or take one dot, Space marks a key "
                                   "point, Delete clears the dots."), self)
        self.hint.setObjectName("hint")
        secondary(self.hint)
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(hbox(place_label, (self.place_combo, 3), 12, self.round_label,
                              (self.round_combo, 2), 16, self.sort_check))
        layout.addLayout(hbox(dots_label, self.dots_spin, self.mode_combo, 16,
                              (self.budget_label, 1)))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.hint)

        self._load_budget_setting()
        self.place_combo.currentIndexChanged.connect(self._place_changed)
        self.round_combo.currentIndexChanged.connect(self._round_changed)
        self.sort_check.toggled.connect(self._sort_toggled)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.dots_spin.valueChanged.connect(self._dots_changed)
        for signal in (self.model.dataChanged, self.model.modelReset,
                       self.model.layoutChanged):
            signal.connect(self.update_budget)
        bridge.watch(self, self._on_changed)
        self.reload_places()

    def _combo(self, name: str) -> QComboBox:
        """A place or round list as wide as there is room for: on a laptop screen
        beside the search panel a long theme or question is cut in the closed list,
        the page never widened."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        fit = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        combo.setSizeAdjustPolicy(fit)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    # -- places --------------------------------------------------------------------------

    def current_place(self) -> tuple[str, str] | None:
        """("table", id) or ("plenary", programme item id)."""
        value = combo_value(self.place_combo)
        if not value:
            return None
        kind, _, ident = value.partition(":")
        return kind, ident

    def current_round(self) -> str | None:
        return combo_value(self.round_combo)

    def select_place(self, kind: str, ident: str) -> bool:
        index = self.place_combo.findData(f"{kind}:{ident}")
        if index >= 0:
            self.place_combo.setCurrentIndex(index)
        return index >= 0

    def select_round(self, question_id: str | None) -> bool:
        index = self.round_combo.findData(question_id if question_id is not None else GENERAL)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)
        return index >= 0

    def reload_places(self) -> None:
        event = self._bridge.event
        keep = combo_value(self.place_combo)
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for table in event.tables():
            self.place_combo.addItem(self.tr("Table {number}: {theme}").format(
                number=table.number, theme=shorten(table.theme, 60)), f"table:{table.id}")
        for item in event.programme():
            if item.kind == "plenary":
                self.place_combo.addItem(self.tr("Plenary: {title}").format(
                    title=item.title or self.tr("plenary harvest")), f"plenary:{item.id}")
        index = self.place_combo.findData(keep) if keep else -1
        self.place_combo.setCurrentIndex(index if index >= 0 else
                                         (0 if self.place_combo.count() else -1))
        self.place_combo.blockSignals(False)
        self._place_changed()

    def _place_changed(self, *_args) -> None:
        place = self.current_place()
        keep = combo_value(self.round_combo)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        if place is not None and place[0] == "table":
            for number, question in enumerate(self._bridge.event.round_questions(place[1]),
                                              start=1):
                own = own_round_label(question.label)
                self.round_combo.addItem(
                    f"{own} {shorten(question.text, 45)}" if own else
                    self.tr("Round {label}: {text}").format(
                        label=question.label or number, text=shorten(question.text, 45)),
                    question.id)
            self.round_combo.addItem(self.tr("General (no round)"), GENERAL)
            self.round_combo.addItem(self.tr("All rounds of this table"), ALL_ROUNDS)
        index = self.round_combo.findData(keep) if keep is not None else -1
        if index < 0 and place is not None and place[0] == "table":
            index = self._first_round_with_notes(place[1])
        self.round_combo.setCurrentIndex(index if index >= 0 else
                                         (0 if self.round_combo.count() else -1))
        self.round_combo.blockSignals(False)
        is_table = place is not None and place[0] == "table"
        self.round_combo.setVisible(is_table)
        self.round_label.setVisible(is_table)
        self._round_changed()

    def _first_round_with_notes(self, table_id: str) -> int:
        """The first round (or "General") of a table that has notes; -1 if none."""
        used = {n.question_id or GENERAL for n in self._bridge.event.notes(table_id=table_id)}
        for index in range(self.round_combo.count()):
            if self.round_combo.itemData(index) in used:
                return index
        return -1

    def _round_changed(self, *_args) -> None:
        self.model.set_loader(self._loader())
        has_place = self.current_place() is not None
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not has_place:
            self.empty_label.setText(self.tr("This event has no theme tables and no plenary "
                                             "part yet."))
        else:
            self.empty_label.setText(self.tr("No notes here yet: capture them first, then "
                                             "enter the dots here."))
        if not empty:
            self.table.select_note(self.model.note_ids()[0])
        self._show_perspective_column()
        self.update_budget()

    def _show_perspective_column(self, *_args) -> None:
        """The perspective column only when some note here has one."""
        used = any(self.model.note_at(row).perspective_id
                   for row in range(self.model.rowCount()))
        self.table.setColumnHidden(VotesModel.PERSPECTIVE, not used)

    def _loader(self) -> Loader | None:
        event, place, round_id = self._bridge.event, self.current_place(), self.current_round()
        if place is None:
            return None
        kind, ident = place
        if kind == "plenary":
            return lambda: event.note_tree(table_id=None, programme_item_id=ident)
        if round_id == ALL_ROUNDS:
            return lambda: event.table_note_tree(ident)
        question = round_id or None
        return lambda: event.note_tree(table_id=ident, question_id=question)

    def _on_changed(self, changes: Changes) -> None:
        kinds = changes.kinds
        if kinds & {"theme_table", "programme_item", "question"}:
            self.reload_places()
        elif kinds & {"membership", "seat", "participant"}:
            self.update_budget()
        elif "note" in kinds and self.table.isHidden() != (self.model.rowCount() == 0):
            self._round_changed()

    # -- sorting and the budget ---------------------------------------------------------

    def _sort_toggled(self, on: bool) -> None:
        keep = self.table.current_note_id()
        self.model.set_sort_by_votes(on)
        self.table.select_note(keep)

    def _load_budget_setting(self) -> None:
        mode = QSettings().value(SETTING_MODE, "participant")
        index = self.mode_combo.findData(mode if mode in DEFAULTS else "participant")
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(index)
        self.mode_combo.blockSignals(False)
        self._show_dots_setting()

    def budget_mode(self) -> str:
        return combo_value(self.mode_combo) or "participant"

    def _setting_key(self) -> str:
        return SETTING_PER_TABLE if self.budget_mode() == "table" else SETTING_PER_PARTICIPANT

    def _show_dots_setting(self) -> None:
        try:
            value = int(QSettings().value(self._setting_key(), DEFAULTS[self.budget_mode()]))
        except (TypeError, ValueError):
            value = DEFAULTS[self.budget_mode()]
        self.dots_spin.blockSignals(True)
        self.dots_spin.setValue(value)
        self.dots_spin.blockSignals(False)

    def _mode_changed(self, *_args) -> None:
        QSettings().setValue(SETTING_MODE, self.budget_mode())
        self._show_dots_setting()
        self.update_budget()

    def _dots_changed(self, value: int) -> None:
        QSettings().setValue(self._setting_key(), int(value))
        self.update_budget()

    def people_here(self) -> int:
        """How many people voted here: the seating plan's round when there is one,
        else the table's participants (with host and note-taker); all for a plenary."""
        event, place = self._bridge.event, self.current_place()
        if place is None:
            return 0
        kind, ident = place
        if kind == "plenary":
            return len(event.participants())
        round_id = self.current_round()
        plan = event.seating()
        if plan is not None and round_id not in (None, GENERAL, ALL_ROUNDS):
            ids = [q.id for q in event.round_questions(ident)]
            position = ids.index(round_id) if round_id in ids else -1
            if 0 <= position < len(plan.rounds) and ident in plan.rounds[position]:
                return len(plan.rounds[position][ident])
        try:
            table = event.table(ident)
        except OogstError:
            return 0
        people = {p.id for p in event.table_members(ident)}
        people |= {x for x in (table.host_id, table.note_taker_id) if x}
        return len(people)

    def budget(self) -> int:
        dots = self.dots_spin.value()
        return dots if self.budget_mode() == "table" else dots * self.people_here()

    def update_budget(self, *_args) -> None:
        used, budget = self.model.used_dots(), self.budget()
        if self.budget_mode() == "table":
            basis = self.tr("{dots} dots per table").format(dots=self.dots_spin.value())
        else:
            basis = self.tr("{dots} × {people} participants").format(
                dots=self.dots_spin.value(), people=self.people_here())
        text = self.tr("Budget: {budget} dots ({basis}) · used: {used}").format(
            budget=budget, basis=basis, used=used)
        over = used - budget
        if over > 0:
            text += " · " + self.tr("{over} over budget: check the count").format(over=over)
            style = ("#budgetLabel { background: #fdecea; color: #8a1c13; border: 1px solid "
                     "#e3a29b; border-radius: 4px; padding: 3px 6px; }")
        else:
            text += " · " + self.tr("{left} left").format(left=-over)
            style = "#budgetLabel { padding: 3px 6px; }"
        self.budget_label.setText(text)
        self.budget_label.setStyleSheet(style)
        self.budget_label.setProperty("overBudget", over > 0)

    # -- focus ---------------------------------------------------------------------------

    def focus_main_field(self) -> None:
        """Shown: the focus in the votes table."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()
