"""Perspective colours and their contrast (WCAG 2.x), without Qt.

A perspective's colour is drawn three ways: as the fill of its selected chip
with the name on it, as a bar or dot beside a name on the light or the dark
window background, and as a bullet in the minutes. `PERSPECTIVE_COLOURS`
is chosen so that all three read (colour-blind-friendly hues after Paul
Tol's "muted" scheme, each brought to a relative luminance of 0.19-0.29):

- the label on the fill (`label_colour`: black or white, whichever contrasts
  more) has at least 4.5:1 (WCAG AA for text);
- the colour has at least 3:1 (WCAG 1.4.11, non-text) against a white base
  and against the dark base `DARK_BASE`.
"""
from __future__ import annotations

import re

from .errors import InvalidValue

BLACK = "#000000"
WHITE = "#ffffff"
DARK_BASE = "#2a2a2a"  # the base colour of a dark palette (Fusion's dark base is #2a2a2a)
TEXT_AA = 4.5  # WCAG 2.x AA, normal text
NON_TEXT_AA = 3.0  # WCAG 2.x 1.4.11, bars, dots and borders

# In order: a new perspective takes the next one (the 12th the first again).
PERSPECTIVE_COLOURS: tuple[str, ...] = (
    "#7A68D9",  # indigo
    "#1F9AD7",  # sky blue
    "#3B9486",  # teal
    "#148C3C",  # green
    "#949431",  # olive
    "#A28D28",  # sand
    "#CE6B7B",  # rose
    "#D04189",  # wine
    "#BD59AC",  # purple
    "#8E8E8E",  # grey
    "#797979",  # dark grey
)

_HEX = re.compile(r"#?([0-9a-fA-F]{6})")


def _rgb(colour: str) -> tuple[int, int, int]:
    match = _HEX.fullmatch(colour.strip())
    if match is None:
        raise InvalidValue("error.colour_format", value=colour)
    digits = match.group(1)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour (0 black .. 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two colours, 1 .. 21."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def label_colour(background: str) -> str:
    """Black or white: the label colour with the higher contrast on `background`
    (at least 4.58:1 for every colour)."""
    return BLACK if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE) \
        else WHITE


def visible_on_light_and_dark(colour: str) -> bool:
    """True when a bar or dot of `colour` stands out (3:1) on white and on `DARK_BASE`."""
    return (contrast_ratio(colour, WHITE) >= NON_TEXT_AA
            and contrast_ratio(colour, DARK_BASE) >= NON_TEXT_AA)


def perspective_colour(index: int) -> str:
    """The colour for the perspective at `index` (0-based) of an event."""
    return PERSPECTIVE_COLOURS[index % len(PERSPECTIVE_COLOURS)]
