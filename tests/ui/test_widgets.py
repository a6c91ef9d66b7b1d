"""ui/widgets.py: the date field's popup calendar, made when first opened."""
from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt

from ui.widgets import DateEdit


def _open_popup(qtbot, field: DateEdit):
    """A click on the field's arrow, as a person opens the calendar."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton,
                     pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field._calendar
    assert calendar is not None  # hooked up by the click, before Qt showed it
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_calendar_is_made_when_first_opened_and_escape_keeps_the_date(qtbot):
    field = DateEdit()
    qtbot.addWidget(field)
    field.resize(220, field.sizeHint().height())
    field.show()
    qtbot.waitExposed(field)
    assert field._calendar is None  # a page with a date field does not make it
    committed = []
    field.committed.connect(committed.append)
    field.show_value("2017-11-28")
    calendar = _open_popup(qtbot, field)
    assert calendar is field.calendarWidget()
    calendar.setSelectedDate(QDate(2018, 1, 5))  # moved about, then Escape
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.value() == "2017-11-28" and committed == []

