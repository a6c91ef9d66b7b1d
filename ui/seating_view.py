"""`SeatingView`: the World Café seating plan — make it, adjust it by hand, print it.

Top: the number of rounds, "Make seating plan", "Print…" and "Remove plan".
Left: the plan as a grid (`ui.seating_grid`); a name is moved by dragging it
to another table in the same round, or by its context menu ("Move to table
N"). Right: the plan's quality beside that of random seatings of the same
people (`ui.seating_quality`), so the facilitator sees what the planner gained.

Making the plan (the planner can take seconds for a big event), the random
baseline and printing run in the background through `bridge.run_in_background`:
the GUI thread never waits, the button says it is busy, a second click starts
nothing, a failure is a calm status message. The baseline and the PDF read a
private copy on disk (`EventFile.private_copy`, made on the worker's thread:
the GUI thread copies nothing, an event's photos are not held in memory),
never the live file. Every change is one undo step in
the core; the view only shows what the file holds.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QLabel, QMenu, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from facilitator.domain import Participant, ThemeTable
from facilitator.errors import OogstError
from facilitator.seating_planner import PlanQuality, SeatingPlan
from facilitator.seating_ops import SeatingProblem, person_label
from facilitator.transactions import Changes

from . import i18n
from .bridge import EventBridge
from .runner import Job
from .seating_grid import SEAT_MIME, SeatingGrid, SeatList
from .seating_quality import BaselineKey, QualityPanel, baseline_key, random_quality
from .theme import secondary, spin_box
from .widgets import hbox, html_text, number, shorten

__all__ = ["SeatingView", "SEAT_MIME", "SeatList", "number"]

ROUNDS_MIN, ROUNDS_MAX = 2, 4
BASELINE_DELAY = 60  # ms after a plan is drawn before its random baseline starts
WATCHED = {"seat", "participant", "theme_table", "membership", "perspective"}


class SeatingView(QWidget):
    """The World Café seating plan: make, show, adjust, measure and print it."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingView")
        self._bridge = bridge
        self._seed = 0
        self._baseline_key: BaselineKey | None = None
        self._baseline: PlanQuality | None = None
        self._baseline_job: Job | None = None
        self._baseline_job_key: BaselineKey | None = None
        self._plan_job: Job | None = None
        self._print_job: Job | None = None
        self._made: PlanQuality | None = None  # a new plan's quality, until it is reported
        self._baseline_timer = QTimer(self, singleShot=True, interval=BASELINE_DELAY)
        self._baseline_timer.timeout.connect(self._start_baseline)
        self.plan: SeatingPlan | None = None
        self._people: dict[str, Participant] = {}
        self._tables: dict[str, ThemeTable] = {}

        self.rounds_spin = spin_box(QSpinBox(self))
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
        secondary(self.hint)
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

        self.grid = SeatingGrid(self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("planScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid)
        self.quality_panel = QualityPanel(self)
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

    # -- what the tests and the grid look at ----------------------------------------------

    @property
    def lists(self) -> dict[tuple[str, int], SeatList]:
        return self.grid.lists

    @property
    def captions(self) -> dict[tuple[str, int], QLabel]:
        return self.grid.captions

    @property
    def quality_values(self) -> dict[tuple[str, int], QLabel]:
        return self.quality_panel.values

    @property
    def busy(self) -> bool:
        """True while a plan is being made or printed (in the background)."""
        return self._plan_job is not None or self._print_job is not None

    # -- reading ----------------------------------------------------------------------

    def default_rounds(self) -> int:
        """As many rounds as round questions, within 2-4 (the plan's own count if any)."""
        if self.plan is not None:
            return max(ROUNDS_MIN, min(ROUNDS_MAX, len(self.plan.rounds)))
        count = len(self._bridge.event.round_questions(None))
        return max(ROUNDS_MIN, min(ROUNDS_MAX, count or 3))

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & WATCHED:
            self.reload()
        elif "question" in changes.kinds and self.plan is None:
            self.rounds_spin.setValue(self.default_rounds())

    def reload(self) -> None:
        """Redraw the grid and the quality report from the file."""
        event = self._bridge.event
        self.plan = event.seating()
        self._people = {p.id: p for p in event.participants()}
        self._tables = {t.id: t for t in event.tables()}
        perspectives = event.perspectives()
        self.grid.show_plan(self.plan, self._people, self._tables,
                            {p.id: p.colour for p in perspectives},
                            {p.id: p.name for p in perspectives})
        has_plan = self.plan is not None
        self.scroll.setVisible(has_plan)
        self.empty_label.setVisible(not has_plan)
        self.hint.setVisible(has_plan)
        self._update_buttons()
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
                html_text(self.tr("The plan no longer matches the tables (people or hosts "
                                  "changed since it was made). Make a new plan, or adjust it "
                                  "by hand:")) + "<br>" + "<br>".join(html_text(p) for p in shown))
        self.problems_label.setVisible(bool(problems))
        self._show_quality()
        self.quality_panel.show_legend(perspectives)

    def _name(self, participant_id: str | None) -> str:
        return person_label(self._people.get(participant_id or ""), i18n.current_language())

    def _problem_text(self, problem: SeatingProblem) -> str:
        """A `SeatingProblem` in the interface language."""
        name = self._name(problem.participant_id)
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
        return problem.text(i18n.current_language())

    def _update_buttons(self) -> None:
        has_plan, making = self.plan is not None, self._plan_job is not None
        self.make_button.setEnabled(not making)
        self.rounds_spin.setEnabled(not making)
        self.clear_button.setEnabled(has_plan and not making)
        self.print_button.setEnabled(has_plan and not making and self._print_job is None)
        self.make_button.setText(self.tr("Make a new seating plan") if has_plan
                                 else self.tr("Make seating plan"))

    # -- the quality and its random baseline -----------------------------------------------

    def _show_quality(self) -> None:
        quality = baseline = None
        if self.plan is not None:
            try:
                quality = self._bridge.event.seating_quality()
            except OogstError as exc:
                self._bridge.statusMessage.emit(exc.text(i18n.current_language()))
            baseline = self._current_baseline()
        pending = self._baseline_job is not None or self._baseline_timer.isActive()
        self.quality_panel.show_quality(quality, baseline, baseline_pending=pending)
        self._report_made()

    def _current_baseline(self) -> PlanQuality | None:
        """The baseline of the shown plan, or None while it is being made.

        It starts a moment after the plan is drawn: computing beside the GUI
        thread while it lays out a new grid would slow that down (one GIL).
        """
        if self.plan is None:
            return None
        if baseline_key(self.plan) == self._baseline_key:
            return self._baseline  # None when it could not be made: not tried again
        if self._baseline_job is None:
            self._baseline_timer.start()
        return None

    def _start_baseline(self) -> None:
        if self._baseline_job is not None or self.plan is None or not self.isVisible():
            return  # a hidden page (or a closed file) starts it when shown again
        key = baseline_key(self.plan)
        if key == self._baseline_key:
            return
        event = self._bridge.event
        self._baseline_job_key = key
        self._baseline_job = self._bridge.run_in_background(
            lambda _progress, abort: random_quality(event.private_copy(should_abort=abort)),
            initiator=self,
            on_success=self._baseline_ready, on_failure=self._baseline_failed,
            on_cancel=self._baseline_finished)

    def focus_main_field(self) -> None:
        """Shown: the focus on the plan, or on "Make seating plan" when there is none."""
        grid_ok = (self.plan is not None and self.grid.isVisibleTo(self)
                   and self.grid.focusPolicy() != Qt.FocusPolicy.NoFocus)
        target = self.grid if grid_ok else self.make_button
        if not target.isEnabled():
            target = self.rounds_spin
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()
        if self.plan is not None and baseline_key(self.plan) != self._baseline_key:
            self._baseline_timer.start()

    # A job's outcome handlers are connected before it starts (its `finished` could
    # come before a later connect), and exactly one of them is called.

    def _baseline_ready(self, quality: PlanQuality) -> None:
        if self._closing(self._baseline_job):
            return
        self._baseline_key, self._baseline = self._baseline_job_key, quality
        self._baseline_finished()

    def _baseline_failed(self, message: str) -> None:
        if self._closing(self._baseline_job):
            return
        self._baseline_key, self._baseline = self._baseline_job_key, None
        self._bridge.statusMessage.emit(message)
        self._baseline_finished()

    def _baseline_finished(self) -> None:
        if self._closing(self._baseline_job):
            return
        self._baseline_job = None
        self._show_quality()  # shows it, or starts again if the plan changed meanwhile

    # -- writing ----------------------------------------------------------------------

    def make_plan(self) -> Job | None:
        """Make (or remake) the plan with the chosen number of rounds, in the background;
        one undo step. None when a plan is being made already."""
        if self._plan_job is not None:
            return None
        event, rounds, seed = self._bridge.event, self.rounds_spin.value(), self._seed
        self._plan_job = self._bridge.run_in_background(
            lambda _progress, _abort: event.plan_seating(rounds=rounds, seed=seed),
            initiator=self, on_success=self._plan_made, on_failure=self._plan_failed,
            on_cancel=self._plan_finished)
        self._bridge.statusMessage.emit(self.tr("Making the seating plan…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update_buttons()
        return self._plan_job

    def _closing(self, job: Job | None) -> bool:
        """True when the job was cancelled: the file is being closed, so its outcome
        is not shown (the file may be gone already). Forgets the job."""
        if job is None or not job.is_cancelled:
            return False
        for name in ("_baseline_job", "_plan_job", "_print_job"):
            if getattr(self, name) is job:
                setattr(self, name, None)
        return True

    def _plan_made(self, quality: PlanQuality) -> None:
        if self._closing(self._plan_job):
            return
        self._seed += 1  # pressing again offers another good plan
        self._made = quality
        self._plan_finished()
        if self._bridge.event.seating() != self.plan:  # the change notice waits for a show
            self.reload()
        else:
            self._report_made()

    def _plan_failed(self, message: str) -> None:
        if self._closing(self._plan_job):
            return
        self._plan_finished()
        self._bridge.statusMessage.emit(message)  # the core's refusal, in the interface language

    def _plan_finished(self) -> None:
        self._plan_job = None
        self.unsetCursor()
        self._update_buttons()

    def _report_made(self) -> None:
        """Say how good a new plan is, once its baseline is there."""
        quality, plan = self._made, self.plan
        if quality is None or plan is None or self._baseline is None \
                or self._baseline_key != baseline_key(plan):
            return
        self._made = None
        self._bridge.statusMessage.emit(self.tr(
            "Seating plan made: {mean} perspectives per table on average (random seating: "
            "{random}), {repeats} repeated encounters (random: {random_repeats}).").format(
            mean=number(quality.perspectives_per_table_round),
            random=number(self._baseline.perspectives_per_table_round),
            repeats=quality.repeated_encounters,
            random_repeats=number(self._baseline.repeated_encounters)))

    def clear_plan(self) -> None:
        self._bridge.run(self._bridge.event.clear_seating)

    def move(self, participant_id: str, round_index: int, table_id: str) -> bool:
        """Seat someone at another table in one round; False when the core refused."""
        event = self._bridge.event
        others = self._bridge.run(event.move_seat, participant_id,
                                  round=round_index, table_id=table_id)
        if others is None:
            return False
        table = self._tables.get(table_id)
        text = self.tr("{name} now sits at table {table} in round {round}.").format(
            name=self._name(participant_id), table=table.number if table else "?",
            round=round_index + 1)
        plan = self.plan
        for other in others:
            where = plan.table_of(other, round_index) if plan is not None else None
            other_table = self._tables.get(where or "")
            text += " " + self.tr("{name} moves to table {table} to keep the tables "
                                  "balanced.").format(
                name=self._name(other), table=other_table.number if other_table else "?")
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
            action = menu.addAction(self.tr("Move to table {number}: {theme}").format(
                number=theme_table.number, theme=shorten(theme_table.theme, 50)))
            action.setData(table.id)
            action.triggered.connect(
                lambda _c=False, t=table.id: self.move(participant_id, round_index, t))
        return menu

    def popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu (tests replace this to pick an action)."""
        menu.exec(where)

    # -- printing -----------------------------------------------------------------------

    def print_plan(self, path: str | Path | None = None) -> Job | None:
        """Write the plan as PDF (per table, per participant, cards) to `path`, or to a
        file chosen in a dialog, in the background. The outcome goes to the status bar;
        None when nothing was started (no plan, printing already, dialog cancelled)."""
        if self._print_job is not None or self.plan is None:
            return None
        if path is None:
            path = self._ask_pdf_path()
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        event = self._bridge.event
        lang = event.event().language or i18n.current_language()  # the minutes' language

        def work(progress: Any, should_abort: Any) -> Path:
            from facilitator.exports import seating as seating_export
            copy = event.private_copy(should_abort=should_abort)  # on disk, removed after
            try:
                return seating_export.export_seating(copy, target, lang=lang,
                                                     progress=progress,
                                                     should_abort=should_abort)
            finally:
                copy.close()

        self._print_job = self._bridge.run_in_background(
            work, initiator=self, on_success=self._printed, on_failure=self._print_failed,
            on_cancel=self._print_finished)
        self._bridge.statusMessage.emit(self.tr("Writing the seating plan…"))
        self._update_buttons()
        return self._print_job

    def _print_failed(self, message: str) -> None:
        if self._closing(self._print_job):
            return
        self._print_finished()
        self._bridge.statusMessage.emit(message)

    def _printed(self, path: Path) -> None:
        if self._closing(self._print_job):
            return
        self._print_finished()
        self._bridge.statusMessage.emit(
            self.tr("Seating plan written to {path}").format(path=str(path)))

    def _print_finished(self) -> None:
        self._print_job = None
        self._update_buttons()

    def _ask_pdf_path(self) -> str:
        event = self._bridge.event
        folder = event.path.parent if event.path else Path.home()
        stem = event.path.stem if event.path else "oogst"
        suggestion = folder / self.tr("{name} - seating plan.pdf").format(name=stem)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print seating plan"), str(suggestion),
            self.tr("PDF files (*.pdf)"))
        return chosen
