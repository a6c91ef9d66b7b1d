"""The projector's look, without the window: fonts, colours, the plain-text
`Screen` it shows and the `compute_layout` that places it (see `ui/projector.py`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics

from facilitator.installed import resource_dir

FONT_DIR = resource_dir("fonts")

BACKGROUND = {"idle": "#0f1419", "running": "#0f1419", "paused": "#151a1f",
              "warning": "#2b2300", "overrun": "#3a0c0c"}
COUNTDOWN = {"idle": "#607d8b", "running": "#f5f7fa", "paused": "#90a4ae",
             "warning": "#ffc107", "overrun": "#ff5252"}
TEXT, MUTED, ACCENT, CARD = "#f5f7fa", "#9aa8b6", "#8ab4f8", "#1c252e"

_family: str | None = None


def projector_family() -> str:
    """DejaVu Sans from resources/fonts (equal-width digits, full Unicode), else the default."""
    global _family
    if _family is None:
        _family = QFont().family()
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                _family = families[0]
    return _family


def make_font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(projector_family())
    font.setPixelSize(max(1, int(pixels)))
    font.setBold(bold)
    return font


def fit_pixels(text: str, rect: QRect, *, largest: int, smallest: int, bold: bool = False,
               wrap: bool = True) -> int:
    """The largest pixel size (smallest..largest) at which `text` fits `rect`."""
    flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
    low, high, best = max(1, smallest), max(1, largest), max(1, smallest)
    while low <= high:
        mid = (low + high) // 2
        bounds = QFontMetrics(make_font(mid, bold=bold)).boundingRect(
            QRect(0, 0, rect.width(), 100000), flags, text)
        if bounds.width() <= rect.width() and bounds.height() <= rect.height():
            best, low = mid, mid + 1
        else:
            high = mid - 1
    return best


def readable_on_dark(colour: str) -> QColor:
    """A perspective colour mixed with white until it reads on the dark cards."""
    base = QColor(colour)
    mix = 0.0 if base.lightnessF() >= 0.6 else 0.6 - base.lightnessF() + 0.15
    mix = min(mix, 0.75)
    return QColor.fromRgbF(base.redF() + (1 - base.redF()) * mix,
                           base.greenF() + (1 - base.greenF()) * mix,
                           base.blueF() + (1 - base.blueF()) * mix)


@dataclass
class WallNote:
    text: str
    perspective: str
    colour: str


@dataclass
class Screen:
    """What the projector shows now, as plain texts (tests read this)."""

    title: str = ""
    time_of_day: str = ""
    kicker: str = ""
    headline: str = ""
    detail: str = ""
    countdown: str = ""
    caption: str = ""
    secondary: str = ""
    footer: str = ""
    phase: str = "idle"
    fraction: float | None = None
    wall_title: str = ""
    wall: list[WallNote] = field(default_factory=list)
    hint: str = ""  # how to move the window to the projector screen (not in full screen)


@dataclass
class Layout:
    """Rectangles and pixel sizes for one window size."""

    rects: dict[str, QRect]
    sizes: dict[str, int]


HINT_PIXELS = 13  # the smallest hint text that reads on a laptop screen


def compute_layout(width: int, height: int, *, wall: bool, hint: bool = False) -> Layout:
    """Where everything goes; every size is a fraction of the height.

    `hint`: a strip along the bottom for the "drag this window" line."""
    h, m = height, int(height * 0.035)
    # The hint is read on the laptop's own screen, where the window is small: at
    # least HINT_PIXELS high, whatever the window's size.
    strip = max(int(h * 0.05), HINT_PIXELS + 8) if hint else 0
    inner = width - 2 * m
    left_w = int((inner - m) * 0.60) if wall else inner
    rects: dict[str, QRect] = {}
    y = m
    rects["header"] = QRect(m, y, left_w, int(h * 0.05))
    y += int(h * 0.07)
    rects["kicker"] = QRect(m, y, left_w, int(h * 0.065))
    y += int(h * 0.075)
    rects["headline"] = QRect(m, y, left_w, int(h * 0.26))
    y += int(h * 0.27)
    rects["countdown"] = QRect(m, y, left_w, int(h * 0.33))
    y += int(h * 0.34)
    rects["progress"] = QRect(m, y, left_w, max(4, int(h * 0.016)))
    y += int(h * 0.03)
    rects["caption"] = QRect(m, y, left_w, int(h * 0.06))
    if hint:
        rects["footer"] = QRect(m, h - strip - int(h * 0.05), left_w, int(h * 0.05))
        rects["hint"] = QRect(0, h - strip, width, strip)
    else:
        rects["footer"] = QRect(m, h - m - int(h * 0.05), left_w, int(h * 0.05))
    if wall:
        x = m + left_w + m
        rects["wall"] = QRect(x, m, width - x - m, h - 2 * m - max(0, strip - m))
    sizes = {"header": int(h * 0.032), "kicker": int(h * 0.048), "headline": int(h * 0.085),
             "headline_min": int(h * 0.036), "caption": int(h * 0.042),
             "footer": int(h * 0.034), "wall_title": int(h * 0.04), "wall_note": int(h * 0.03),
             "wall_label": int(h * 0.022), "hint": max(HINT_PIXELS, int(h * 0.026))}
    # The countdown fills its box: as high as the box allows, as wide as "−88:88".
    box = rects["countdown"]
    sizes["countdown"] = fit_pixels("\u221288:88", box, largest=int(box.height() * 1.15),
                                    smallest=8, bold=True, wrap=False)
    return Layout(rects, sizes)
