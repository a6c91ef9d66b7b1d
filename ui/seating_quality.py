"""The seating plan's quality beside that of random seatings of the same people.

`QualityPanel` shows the planner's measures (`facilitator.seating_planner.PlanQuality`)
for the stored plan and for the random baseline, so the facilitator sees what
the planner gained; where the plan does better, its figure is bold and green.
It only shows what it is given: the seating view computes the baseline in
the background (`random_quality` on a snapshot) and passes None while it is
not there yet ("…").
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.domain import Perspective
from facilitator.eventfile import EventFile
from facilitator.seating_planner import PlanQuality, SeatingPlan
from facilitator.seating_ops import RANDOM_SAMPLES

from .widgets import html_text, number

PLAN, RANDOM = 1, 2  # the columns of the figures
BaselineKey = tuple[tuple[str, ...], tuple[tuple[str, str | None], ...], int]


def baseline_key(plan: SeatingPlan) -> BaselineKey:
    """What the random baseline depends on: the people, the tables (and hosts), rounds."""
    people = tuple(sorted({i for r in plan.rounds for ids in r.values() for i in ids}))
    return people, tuple((t.id, t.host_id) for t in plan.tables), len(plan.rounds)


def random_quality(copy: EventFile) -> PlanQuality:
    """The baseline of a copy's plan (background work; `EventFile.private_copy`):
    the mean of RANDOM_SAMPLES random seatings. Closes the copy."""
    try:
        return copy.seating_quality_random(0, samples=RANDOM_SAMPLES)
    finally:
        copy.close()


class QualityPanel(QFrame):
    """Measures of the plan (column 1) and of random seatings (column 2), a note on
    how to read them, and the perspectives' colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPanel")
        self.setFixedWidth(370)
        title = QLabel(self.tr("Quality of the plan"), self)
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        box = QFrame(self)
        box.setObjectName("qualityBox")
        box.setStyleSheet("#qualityBox { background: palette(base); border: 1px solid "
                          "palette(mid); border-radius: 4px; }")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(0, 1)
        for column, text in ((PLAN, self.tr("This plan")), (RANDOM, self.tr("Random"))):
            head = QLabel(text, box)
            head.setStyleSheet("font-weight: bold;")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, column)
        self.values: dict[tuple[str, int], QLabel] = {}
        for row, (label, field, _higher, _whole) in enumerate(self.measures(), start=1):
            name = QLabel(label, box)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            for column in (PLAN, RANDOM):
                value = QLabel("–", box)
                value.setObjectName(f"quality-{field}-{column}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setMinimumWidth(58)
                grid.addWidget(value, row, column)
                self.values[(field, column)] = value
        self.note = QLabel(self)
        self.note.setObjectName("qualityNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.legend = QLabel(self)
        self.legend.setObjectName("perspectiveLegend")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.legend)
        layout.addStretch(1)

    def measures(self) -> list[tuple[str, str, bool, bool]]:
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

    def show_quality(self, quality: PlanQuality | None, baseline: PlanQuality | None, *,
                     baseline_pending: bool = False) -> None:
        """Show the plan's figures and the baseline's ("…" while it is being made)."""
        for _label, field, higher, whole in self.measures():
            for column, source in ((PLAN, quality), (RANDOM, baseline)):
                value = getattr(source, field) if source is not None else None
                if value is None:
                    text = "…" if column == RANDOM and baseline_pending else "–"
                elif whole and column == PLAN:
                    text = str(int(value))
                else:
                    text = number(value)
                style = ""
                if column == PLAN and quality is not None and baseline is not None:
                    mine, theirs = getattr(quality, field), getattr(baseline, field)
                    if (mine > theirs + 1e-9) if higher else (mine < theirs - 1e-9):
                        style = "font-weight: bold; color: #1e7b34;"
                label = self.values[(field, column)]
                label.setText(text)
                label.setStyleSheet(style)
        self.note.setText(self.tr(
            "Higher is better for the first four measures, lower for the others. "
            "Random: the mean of {count} random seatings of the same people, with the "
            "hosts kept and the table sizes balanced. Bold green: the plan does better."
        ).format(count=RANDOM_SAMPLES))

    def show_legend(self, perspectives: Iterable[Perspective]) -> None:
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{p.colour}">●</span>&nbsp;{html_text(p.name)}'
            for p in perspectives))
