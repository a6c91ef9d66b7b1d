"""Light and dark: the few colours Oogst sets itself, chosen for the palette in use.

Qt takes the OS's light or dark palette by itself, and the style sheets use
palette roles. Secondary text uses the placeholder-text role (`secondary`, or
`palette(placeholder-text)` in a widget's sheet), never `palette(dark)`: in a
dark palette "dark" is darker than the window, so such text vanished. What
needs a colour of its own (an error, the timer's phases) asks here whether
the palette is dark: all pass 4.5:1 on white and on #2a2a2a-#353535
(tests/ui/test_theme.py).

There is no application-wide style sheet: with one (even of a single rule) Qt
polishes and paints every widget through its style-sheet style, 12-15 ms of
the start. A sheet is set only on the widget that needs one (the navigation
list: `navigation_sheet`, resources/styles/oogst.qss).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from facilitator.installed import resource_dir

NAVIGATION_SHEET = resource_dir("styles") / "oogst.qss"
# Spin boxes (numbers, dates) keep the look they had under the application-wide
# sheet: Qt's style-sheet style sizes and draws them (22 px high, wider); Fusion's
# own spin box is 26 px high and moved every form row. A rule that sets nothing
# has that style draw this one widget.
SPIN_BOX_SHEET = "QAbstractSpinBox {}"

ERROR_ON_LIGHT = "#b3261e"
ERROR_ON_DARK = "#ff8a80"


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (the OS's dark mode)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette | None = None) -> str:
    """Red text that reads on the window (4.5:1 on light and on dark windows)."""
    return ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT


# An action's status in the agenda: (on a light window, on a dark one).
STATUS_COLOURS = {"bezig": ("#1f6fc5", "#7fb3ff"), "gereed": ("#1e7d46", "#6fd39a")}


def status_colour(status: str, palette: QPalette | None = None) -> QColor | None:
    """The text colour of an action status that has one (in progress, done)."""
    pair = STATUS_COLOURS.get(status)
    return QColor(pair[1] if is_dark(palette) else pair[0]) if pair else None


def error_style(palette: QPalette | None = None) -> str:
    return f"color: {error_colour(palette)}; font-weight: bold;"


def secondary(widget: QWidget) -> QWidget:
    """Secondary text (a hint, a count) in the palette's placeholder-text colour, which
    reads on light and dark windows; follows a change of palette by itself."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget


def spin_box(spin: QWidget) -> QWidget:
    """A spin box (QSpinBox, QDateEdit) drawn as Oogst's spin boxes are (SPIN_BOX_SHEET)."""
    spin.setStyleSheet(SPIN_BOX_SHEET)
    return spin


@lru_cache(maxsize=1)
def navigation_sheet() -> str:
    """The style sheet of the main window's navigation list (palette roles only)."""
    try:
        return NAVIGATION_SHEET.read_text(encoding="utf-8")
    except OSError:
        return ""
