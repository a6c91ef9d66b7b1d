"""The projector window: what the room sees on the second screen.

Event title, the current programme item or its round question, a large
countdown in the phase colour, and optionally a "harvest wall": the latest
notes of a chosen table, of the plenary or of the current item, coloured by
perspective. It follows the main window by itself: it re-reads the file when
the bridge reports a change, and its `RoomClock` ticks once a second.

Everything is painted from one layout computed from the window's size
(`compute_layout`), so every font scales with the height (and the countdown
also with the width). F11 toggles full screen, Esc leaves it, W switches the
harvest wall; the context menu offers the same.

Which round question shows: see `facilitator.timer.round_position` (the
k-th table-round item shows the k-th round question; one table-round item
that holds all rounds steps through them by their time boxes; a round chosen
by hand in the timer bar wins). With the wall on a table, that table's own
round questions are used when it has them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import (QAction, QActionGroup, QColor, QFont, QFontDatabase, QFontMetrics,
                           QGuiApplication, QKeySequence, QPainter, QPainterPath)
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.words import long_date
from facilitator.timer import Clock, format_clock

from .timer_bar import RoomClock, interface_language, kind_label

WALL_SETTING = "projector/wall"
WALL_KINDS = {"note", "perspective", "theme_table", "programme_item", "run_state", "event"}
WALL_LIMIT = 14
FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

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


@dataclass
class Layout:
    """Rectangles and pixel sizes for one window size."""

    rects: dict[str, QRect]
    sizes: dict[str, int]


def compute_layout(width: int, height: int, *, wall: bool) -> Layout:
    """Where everything goes; every size is a fraction of the height."""
    h, m = height, int(height * 0.035)
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
    rects["footer"] = QRect(m, h - m - int(h * 0.05), left_w, int(h * 0.05))
    if wall:
        x = m + left_w + m
        rects["wall"] = QRect(x, m, width - x - m, h - 2 * m)
    sizes = {"header": int(h * 0.032), "kicker": int(h * 0.048), "headline": int(h * 0.085),
             "headline_min": int(h * 0.036), "caption": int(h * 0.042),
             "footer": int(h * 0.034), "wall_title": int(h * 0.04), "wall_note": int(h * 0.03),
             "wall_label": int(h * 0.022)}
    # The countdown fills its box: as high as the box allows, as wide as "−88:88".
    box = rects["countdown"]
    sizes["countdown"] = fit_pixels("\u221288:88", box, largest=int(box.height() * 1.15),
                                    smallest=8, bold=True, wrap=False)
    return Layout(rects, sizes)


class ProjectorWindow(QWidget):
    """The room's screen; opens on a second screen when there is one."""

    wallChanged = Signal(object)  # the wall source: None, "item", "plenary" or a table id

    def __init__(self, bridge, parent: QWidget | None = None, *,
                 clock: Clock | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ProjectorWindow")
        self.setWindowTitle(self.tr("Oogst \u2013 projector"))
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.bridge = bridge
        self._wall_source: str | None = None
        saved = QSettings().value(WALL_SETTING, "")
        self.room = RoomClock(bridge, self, clock=clock)
        self._event = bridge.event.event()
        self._perspectives: dict[str, tuple[str, str]] = {}
        self._wall_notes: list[WallNote] = []
        self._wall_title = ""
        self.screen_content = Screen()
        self.layout_info = compute_layout(1280, 720, wall=False)
        self._headline_px = self.layout_info.sizes["headline"]
        self._build_actions()
        self.set_wall_source(saved or None, remember=False)
        self.room.ticked.connect(lambda _status: self._refresh())
        bridge.watch(self, self._on_changed)
        self.resize(1280, 720)
        self._refresh()

    # -- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.fullscreen_action = QAction(self.tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.leave_action = QAction(self.tr("Leave full screen"), self)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.triggered.connect(self.leave_full_screen)
        self.wall_action = QAction(self.tr("Next harvest wall"), self)
        self.wall_action.setShortcut(QKeySequence("W"))
        self.wall_action.triggered.connect(self.cycle_wall)
        self.close_action = QAction(self.tr("Close projector"), self)
        self.close_action.triggered.connect(self.close)
        for action in (self.fullscreen_action, self.leave_action, self.wall_action):
            self.addAction(action)

    def wall_choices(self) -> list[tuple[str | None, str]]:
        """(source, label) of every harvest wall the facilitator can choose."""
        choices: list[tuple[str | None, str]] = [
            (None, self.tr("No harvest wall")),
            ("item", self.tr("Notes of the current programme item")),
            ("plenary", self.tr("Plenary harvest"))]
        for table in self.bridge.event.tables():
            choices.append((table.id, self.tr("Table %1: %2").replace("%1", str(table.number))
                            .replace("%2", table.theme)))
        return choices

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        menu = QMenu(self)
        self.fullscreen_action.setChecked(self.isFullScreen())
        menu.addAction(self.fullscreen_action)
        wall = menu.addMenu(self.tr("Harvest wall"))
        group = QActionGroup(wall)
        for source, label in self.wall_choices():
            action = wall.addAction(label)
            action.setCheckable(True)
            action.setChecked(source == self._wall_source)
            group.addAction(action)
            action.triggered.connect(lambda _=False, s=source: self.set_wall_source(s))
        menu.addSeparator()
        menu.addAction(self.close_action)
        menu.exec(event.globalPos())

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def show_on_projector_screen(self) -> None:
        """Full screen on a second screen if there is one, else a window on this one."""
        screens = QGuiApplication.screens()
        own = (self.parentWidget().screen() if self.parentWidget() else
               QGuiApplication.primaryScreen())
        others = [s for s in screens if s is not own]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    # -- the harvest wall ------------------------------------------------------------------------

    def wall_source(self) -> str | None:
        return self._wall_source

    def set_wall_source(self, source: str | None, *, remember: bool = True) -> None:
        valid = {s for s, _ in self.wall_choices()}
        source = source if source in valid else None
        self._wall_source = source
        self.room.set_table(source if source not in (None, "item", "plenary") else None)
        if remember:
            QSettings().setValue(WALL_SETTING, source or "")
        self._reload_wall()
        self._relayout()
        self._refresh()
        self.wallChanged.emit(source)

    def cycle_wall(self) -> None:
        sources = [s for s, _ in self.wall_choices()]
        index = sources.index(self._wall_source) if self._wall_source in sources else 0
        self.set_wall_source(sources[(index + 1) % len(sources)])

    def _reload_wall(self) -> None:
        event = self.bridge.event
        self._perspectives = {p.id: (p.name, p.colour) for p in event.perspectives()}
        source = self._wall_source
        notes = []
        if source == "item":
            item = self.room.plan.item
            self._wall_title = item.title if item else self.tr("Current programme item")
            if item:
                notes = event.notes(programme_item_id=item.id, table_id=None)
        elif source == "plenary":
            self._wall_title = self.tr("Plenary harvest")
            plenaries = {i.id for i in event.programme() if i.kind == "plenary"}
            notes = [n for n in event.notes(table_id=None) if n.programme_item_id in plenaries]
        elif source:
            table = event.table(source)
            self._wall_title = self.tr("Table %1: %2").replace("%1", str(table.number)) \
                .replace("%2", table.theme)
            notes = event.notes(table_id=source)
        else:
            self._wall_title = ""
        notes = sorted(notes, key=lambda n: n.created_at, reverse=True)[:WALL_LIMIT]
        self._wall_notes = [WallNote(n.text, *self._perspectives.get(n.perspective_id or "",
                                                                     ("", MUTED)))
                            for n in notes]

    def _on_changed(self, changes) -> None:
        kinds = set(changes.kinds)
        if "event" in kinds:
            self._event = self.bridge.event.event()
        if kinds & WALL_KINDS:
            if self._wall_source not in (None, "item", "plenary") and "theme_table" in kinds:
                # A deleted table leaves the wall.
                if self._wall_source not in {t.id for t in self.bridge.event.tables()}:
                    self.set_wall_source(None)
                    return
            self._reload_wall()
            self._refresh()

    # -- content -----------------------------------------------------------------------------------

    def _compose(self) -> Screen:
        room, lang = self.room, interface_language()
        status, plan = room.status, room.plan
        info = room.round()
        event = self._event
        now_local = room.now().astimezone()
        screen = Screen(title=event.title, time_of_day=now_local.strftime("%H:%M"),
                        wall_title=self._wall_title, wall=self._wall_notes)
        item = plan.item
        if item is None:
            screen.kicker = " \u00b7 ".join(x for x in (long_date(event.date, lang),
                                                         event.venue) if x)
            screen.headline = event.title or self.tr("Welcome")
            screen.title = ""  # the headline is the title already
            screen.countdown = now_local.strftime("%H:%M")
            screen.caption = self.tr("Current time")
            screen.phase = "idle"
            if plan.next_item:
                screen.footer = self._next_text(plan.next_item)
            return screen
        timed_round = info is not None and info.remaining is not None
        if info is not None:
            screen.kicker = self.tr("%1 \u00b7 round %2 of %3").replace(
                "%1", item.title).replace("%2", str(info.number)).replace("%3", str(info.count))
            screen.headline = info.question.text
        elif item.kind == "plenary" and plan.plenary_question is not None:
            screen.kicker = item.title
            screen.headline = plan.plenary_question.text
        else:
            screen.kicker = kind_label(item.kind)
            screen.headline = item.title
            screen.detail = item.speakers
            position = plan.position_at(status)
            if position is not None and position.index is None and position.remaining:
                screen.secondary = self.tr("Round 1 starts in %1").replace(
                    "%1", format_clock(position.remaining))
        phase = room.phase
        if timed_round and status.phase not in ("paused", "overrun"):
            screen.countdown = format_clock(info.remaining)
            box = (info.question.minutes or 0) * 60.0
            screen.fraction = max(0.0, min(1.0, 1 - info.remaining / box)) if box else None
            if status.remaining is not None:
                screen.secondary = self.tr("%1: %2 left").replace("%1", item.title).replace(
                    "%2", format_clock(status.remaining))
        else:
            screen.countdown = status.countdown_text()
            screen.fraction = status.fraction
        screen.phase = phase
        screen.caption = {
            "warning": self.tr("Last minutes"), "overrun": self.tr("Time is up"),
            "paused": self.tr("Paused"),
        }.get(phase, "" if status.remaining is not None or timed_round else self.tr("Elapsed"))
        if plan.next_item:
            screen.footer = self._next_text(plan.next_item)
        return screen

    def _next_text(self, item) -> str:
        text = self.tr("Next: %1").replace("%1", item.title or kind_label(item.kind))
        if item.planned_start:
            text += f" \u00b7 {item.planned_start}"
        return text

    def _refresh(self) -> None:
        content = self._compose()
        relayout = (content.headline != self.screen_content.headline
                    or bool(content.wall_title) != bool(self.screen_content.wall_title))
        self.screen_content = content
        if relayout:
            self._relayout()
        self.update()

    # -- layout and painting ---------------------------------------------------------------------

    @property
    def font_sizes(self) -> dict[str, int]:
        """Pixel sizes now in use (the headline's after fitting its text)."""
        return {**self.layout_info.sizes, "headline": self._headline_px}

    def _relayout(self) -> None:
        self.layout_info = compute_layout(self.width(), self.height(),
                                          wall=self._wall_source is not None)
        sizes = self.layout_info.sizes
        self._headline_px = fit_pixels(self.screen_content.headline,
                                       self.layout_info.rects["headline"],
                                       largest=sizes["headline"],
                                       smallest=sizes["headline_min"], bold=True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.room.tick()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.room.stop()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        s, lay = self.screen_content, self.layout_info
        r, px = lay.rects, self.font_sizes
        painter.fillRect(self.rect(), QColor(BACKGROUND[s.phase]))
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        vcenter = Qt.AlignmentFlag.AlignVCenter
        self._text(painter, r["header"], s.title, px["header"], MUTED, left | vcenter,
                   elide=True)
        if s.phase != "idle":
            self._text(painter, r["header"], s.time_of_day, px["header"], MUTED,
                       right | vcenter)
        self._text(painter, r["kicker"], s.kicker, px["kicker"], ACCENT, left | vcenter,
                   bold=True, elide=True)
        painter.setFont(make_font(self._headline_px, bold=True))
        painter.setPen(QColor(TEXT))
        painter.drawText(r["headline"], int(left | Qt.AlignmentFlag.AlignTop
                                            | Qt.TextFlag.TextWordWrap), s.headline)
        self._text(painter, r["countdown"], s.countdown, px["countdown"],
                   COUNTDOWN[s.phase], Qt.AlignmentFlag.AlignCenter, bold=True)
        self._progress(painter, r["progress"], s)
        self._text(painter, r["caption"], s.caption, px["caption"], COUNTDOWN[s.phase],
                   left | vcenter, bold=True)
        secondary = s.secondary or s.detail
        self._text(painter, r["caption"], secondary, px["caption"] * 3 // 4, MUTED,
                   right | vcenter, elide=True)
        self._text(painter, r["footer"], s.footer, px["footer"], MUTED, left | vcenter,
                   elide=True)
        if "wall" in r:
            self._paint_wall(painter, r["wall"], s, px)

    def _text(self, painter: QPainter, rect: QRect, text: str, pixels: int, colour: str,
              align, *, bold: bool = False, elide: bool = False) -> None:
        if not text:
            return
        font = make_font(pixels, bold=bold)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        if elide:
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                 rect.width())
        painter.drawText(rect, int(align), text)

    def _progress(self, painter: QPainter, rect: QRect, s: Screen) -> None:
        if s.fraction is None:
            return
        radius = rect.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2c3742"))
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        done = QRectF(rect)
        done.setWidth(max(rect.height(), rect.width() * s.fraction))
        painter.setBrush(QColor(COUNTDOWN[s.phase]))
        painter.drawRoundedRect(done, radius, radius)

    def _paint_wall(self, painter: QPainter, rect: QRect, s: Screen,
                    px: dict[str, int]) -> None:
        # The title (a table's theme can be long) takes up to two lines.
        title_box = QRect(rect.x(), rect.y(), rect.width(), int(px["wall_title"] * 2.5))
        title_px = fit_pixels(s.wall_title, title_box, largest=px["wall_title"],
                              smallest=px["wall_label"], bold=True)
        title_font = make_font(title_px, bold=True)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        used = QFontMetrics(title_font).boundingRect(title_box, flags, s.wall_title)
        painter.setFont(title_font)
        painter.setPen(QColor(ACCENT))
        painter.drawText(title_box, flags, s.wall_title)
        y = rect.y() + min(used.height(), title_box.height()) + px["wall_note"] // 2
        bottom = rect.bottom()
        pad = max(4, px["wall_note"] // 2)
        bar = max(4, px["wall_note"] // 4)
        note_font, label_font = make_font(px["wall_note"]), make_font(px["wall_label"],
                                                                       bold=True)
        text_w = rect.width() - bar - 2 * pad
        if not s.wall:
            self._text(painter, QRect(rect.x(), y, rect.width(), px["wall_note"] * 2),
                       self.tr("No notes yet"), px["wall_note"], MUTED,
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return
        for note in s.wall:
            label_h = QFontMetrics(label_font).height() if note.perspective else 0
            text_rect = QFontMetrics(note_font).boundingRect(
                QRect(0, 0, text_w, 100000), int(Qt.TextFlag.TextWordWrap), note.text)
            height = label_h + text_rect.height() + 2 * pad
            if y + height > bottom:
                break  # no half cards: the wall shows the newest notes that fit whole
            card = QRect(rect.x(), y, rect.width(), height)
            path = QPainterPath()
            path.addRoundedRect(QRectF(card), pad / 2, pad / 2)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(card, QColor(CARD))
            painter.fillRect(QRect(card.x(), card.y(), bar, card.height()), QColor(note.colour))
            inner = QRect(card.x() + bar + pad, card.y() + pad, text_w, card.height() - 2 * pad)
            if note.perspective:
                painter.setFont(label_font)
                painter.setPen(readable_on_dark(note.colour))
                painter.drawText(QRect(inner.x(), inner.y(), inner.width(), label_h),
                                 int(Qt.AlignmentFlag.AlignLeft), note.perspective)
            painter.setFont(note_font)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRect(inner.x(), inner.y() + label_h, inner.width(),
                                   inner.height() - label_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                             note.text)
            painter.restore()
            y += height + pad
            if y >= bottom:
                break
