"""Light and dark: the few colours Oogst sets itself, chosen for the palette in use.

Qt takes the OS's light or dark palette by itself, and the style sheets use
palette roles. Secondary text uses `palette(placeholder-text)`, never
`palette(dark)`: in a dark palette "dark" is darker than the window, so such
text vanished. What needs a colour of its own (an error, the timer's phases)
asks here whether the palette is dark: all pass 4.5:1 on white and on
#2a2a2a-#353535 (tests/ui/test_theme.py).
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

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
