"""Small widgets and helpers that several views share.

* `DateEdit`: the one date field of the interface, where "no date" is a
  value of its own (None in Python, "No date" for the user);
* `shorten`: one line of text cut to a length, with an ellipsis;
* `dot_icon`: a perspective's colour as a small filled circle;
* `hbox`: a row layout in one call; `number`: a measure with one decimal in
  the interface's locale; `html_text`: user text made safe for rich-text labels.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLayout, QLineEdit, QToolButton, QWidget

from .theme import SPIN_BOX_SHEET

NO_DATE = QDate(1900, 1, 1)  # the DateEdit's lowest date: it stands for "no date"


def meeting_edit_key(event: QKeyEvent, undo: bool, redo: bool) -> str | None:
    """"undo" or "redo" when the key is Undo (Redo) and the field it is typed in
    has nothing of its own to undo (redo): then it is the meeting's last step,
    not a key the field swallows. Else None."""
    if event.matches(QKeySequence.StandardKey.Undo) and not undo:
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) and not redo:
        return "redo"
    return None


def shorten(text: str, limit: int) -> str:
    """`text` on one line (runs of white space become one space), at most `limit`
    characters; a cut text ends in an ellipsis."""
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: max(0, limit - 1)].rstrip() + "…"


_BARE_LABEL = re.compile(r"\w{1,3}[.):]?")


def own_round_label(label: str) -> str | None:
    """A round's label in the user's own words ("Vraag 2:", as seed 002 writes it),
    shown as typed; None for a bare label ("1", "a)") that gets the word "Round"."""
    label = " ".join(str(label or "").split())
    return label if label and not _BARE_LABEL.fullmatch(label) else None


def html_text(text: str) -> str:
    """User text for a rich-text QLabel: shown as typed, never read as markup."""
    # html.escape(text, quote=False), without loading `html` (its entity tables) at start
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def number(value: float) -> str:
    """A measure with one decimal in the interface's locale (4,0 in Dutch)."""
    return QLocale().toString(float(value), "f", 1)


def hbox(*items: QWidget | tuple[QWidget, int] | int | QLayout | None) -> QHBoxLayout:
    """A row: widgets, (widget, stretch) pairs, ints for spacing, None for a stretch,
    layouts nested as they are."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        elif isinstance(item, int):
            row.addSpacing(item)
        elif isinstance(item, tuple):
            row.addWidget(*item)
        elif isinstance(item, QLayout):
            row.addLayout(item)
        else:
            row.addWidget(item)
    return row


@lru_cache(maxsize=64)
def dot_icon(colour: str | None, size: int = 12) -> QIcon:
    """A filled circle in a perspective's colour (hollow grey: no perspective)."""
    from PySide6.QtGui import QBrush, QPainter, QPen, QPixmap  # QPainter's enums: not at start
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


def clear_icon(widget: QWidget) -> QIcon:
    """The style's icon for clearing a field, as QLineEdit's own clear button has it.

    Taken from that button's action rather than asked of `QStyle` by name: Python's
    QStyle class, made on first use, makes its eleven enumerations (~14 ms of the
    start, for one icon on the programme page)."""
    field = QLineEdit()  # never shown; gone with this call
    field.setClearButtonEnabled(True)
    action = field.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None and not action.icon().isNull():
        return action.icon()
    from PySide6.QtWidgets import QStyle
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)


class DateEdit(QDateEdit):
    """A date field in which "no date" is a value: its lowest date, shown as
    "No date"; `value()` gives None for it and an ISO date otherwise.

    For the keyboard: Delete takes the date away; from "No date", a digit,
    Up/Down or the calendar (F4, Alt+Down) start at today, never in 1900;
    Escape in the calendar leaves the date as it was. A small clear button
    inside the field does what Delete does. `committed(value)` is sent when
    an edit ends with another value than the one shown (focus leaves, Enter,
    a day picked in the calendar, the clear button).
    """

    committed = Signal(object)  # an ISO date string, or None for "no date"

    def __init__(self, parent: QWidget | None = None, *,
                 display_format: str = "d MMMM yyyy") -> None:
        super().__init__(parent)
        self.setObjectName("dateEdit")
        self.setStyleSheet(SPIN_BOX_SHEET)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDisplayFormat(display_format)
        self.setDate(NO_DATE)
        self._shown: str | None = None
        self._before_popup: QDate | None = None
        self._picked = False
        # The clear button is made here (not by QLineEdit.addAction): a button Qt
        # makes itself can outlive its Python wrapper in editors that come and go.
        self.clear_button = QToolButton(self.lineEdit())
        self.clear_button.setObjectName("clearDate")
        self.clear_button.setIcon(clear_icon(self))
        self.clear_button.setToolTip(self.tr("Remove the date (Delete)"))
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setAutoRaise(True)
        self.clear_button.setStyleSheet("QToolButton { border: none; padding: 0px; }")
        self.clear_button.clicked.connect(self._clear_and_commit)
        self._calendar: QWidget | None = None  # made when first opened (~2 ms a field)
        self.editingFinished.connect(self._finish)
        self.dateChanged.connect(self._show_clear_button)
        self._show_clear_button()

    @property
    def edit(self) -> DateEdit:
        """The date field itself (the name the agenda's former two-part editor used)."""
        return self

    # -- the value ----------------------------------------------------------------------

    def value(self) -> str | None:
        """The ISO date shown, or None for "no date"."""
        day = self.date()
        return None if day <= NO_DATE else day.toString(Qt.DateFormat.ISODate)

    def show_value(self, iso: str | None) -> None:
        """Show a stored value (ISO date or None/"") without sending `committed`."""
        day = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else NO_DATE
        self._shown = iso or None
        self.blockSignals(True)
        self.setDate(day if day.isValid() else NO_DATE)
        self.blockSignals(False)
        self._show_clear_button()

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    def _clear_and_commit(self) -> None:
        self.clear_date()
        self._finish()

    def _finish(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self.committed.emit(self._shown)

    def _show_clear_button(self, *_args: object) -> None:
        self.clear_button.setVisible(self.value() is not None)
        self._place_clear_button()

    def _place_clear_button(self) -> None:
        line = self.lineEdit()
        side = max(12, line.height() - 4)
        self.clear_button.setFixedSize(side, side)
        self.clear_button.move(line.width() - side - 1, (line.height() - side) // 2)
        line.setTextMargins(0, 0, side + 2 if self.clear_button.isVisibleTo(self) else 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._place_clear_button()

    # -- keyboard and calendar ------------------------------------------------------------

    def _start_today_if_empty(self) -> bool:
        if self.value() is not None:
            return False
        self.setDate(QDate.currentDate())
        return True

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt name
        if not self._start_today_if_empty():
            super().stepBy(steps)

    def stepEnabled(self):  # noqa: N802 - Qt name
        if self.value() is None:
            return (QDateEdit.StepEnabledFlag.StepUpEnabled
                    | QDateEdit.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()

    def calendar(self) -> QWidget:
        """The popup calendar, made and hooked up when first wanted: Qt makes it when
        the popup first opens (a click on the arrow, F4, Alt+Down), and those go
        through `mousePressEvent` and `keyPressEvent` first."""
        if self._calendar is None:
            calendar = self._calendar = self.calendarWidget()
            calendar.setStyleSheet(SPIN_BOX_SHEET)  # its year field too
            calendar.installEventFilter(self)
            calendar.clicked.connect(self._picked_in_calendar)
            calendar.activated.connect(self._picked_in_calendar)
        return self._calendar

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        self.calendar()
        if event.key() == Qt.Key.Key_Delete and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.clear_date()
            event.accept()
            return
        if event.text().isdigit() and self._start_today_if_empty():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if self._calendar is not None and watched is self._calendar:
            if event.type() == QEvent.Type.Show:
                self._before_popup, self._picked = self.date(), False
                if self.value() is None:
                    self._calendar.setSelectedDate(QDate.currentDate())
            elif event.type() == QEvent.Type.Hide and self._before_popup is not None:
                before, self._before_popup = self._before_popup, None
                if not self._picked and self.date() != before:
                    self.setDate(before)  # closed with Escape: nothing changes
        return super().eventFilter(watched, event)

    def _picked_in_calendar(self, *_args: object) -> None:
        self._picked = True
        self._finish()
