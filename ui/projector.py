"""The projector window: what the room sees on the second screen.

Event title, the current programme item or its round question, a large
countdown in the phase colour, and optionally a "harvest wall": the latest
notes of a chosen table, of the plenary or of the current item, coloured by
perspective. It follows the main window by itself: it re-reads the file when
the bridge reports a change, and its `RoomClock` ticks once a second.

Everything is painted from one layout computed from the window's size
(`compute_layout`), so every font scales with the height (and the countdown
also with the width). F11 toggles full screen, Esc leaves it (outside full
screen Esc closes the window), W switches the harvest wall, Ctrl+Shift+P
closes it (the main window's key that opens it); the context menu lists every
action with its key and the window's tooltip names them.

The projector never takes the keyboard from the main window: it opens
without activating. With one screen it opens as a smaller window beside or
below the main window and says how to move it to the projector screen.

The wall's "current programme item" choice follows the room: during a
table-round item the newest notes of all tables, during a plenary item that
item's notes, during another item that item's notes (else the event's), and
when nothing runs the newest notes of the event.

Which round question shows: see `facilitator.timer.round_position` (the
k-th table-round item shows the k-th round question; one table-round item
that holds all rounds steps through them by their time boxes; a round chosen
by hand in the timer bar wins). With the wall on a table, that table's own
round questions are used when it has them.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QRect, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import (QAction, QActionGroup, QColor, QFontMetrics, QGuiApplication,
                           QKeySequence, QPainter, QPainterPath)
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from facilitator.words import long_date
from facilitator.timer import Clock, format_clock

# The look lives in projector_layout (BACKGROUND and COUNTDOWN are imported from here too).
from .emphasis_layout import draw_layout, layout_height, note_layout
from .projector_layout import (ACCENT, BACKGROUND, CARD, COUNTDOWN, MUTED, TEXT, Screen,
                               WallNote, compute_layout, fit_pixels, make_font,
                               readable_on_dark)
from .timer_bar import RoomClock, interface_language, kind_label

WALL_SETTING = "projector/wall"
WALL_KINDS = {"note", "perspective", "theme_table", "programme_item", "run_state", "event"}
WALL_LIMIT = 14
GIVE_BACK_MS = 1000  # an activation this soon after opening is the platform's, not the user's


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
        # Opening the projector never takes the keyboard from the main window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.bridge = bridge
        self._placed = False
        self._give_back: tuple[QWidget | None, QWidget | None] | None = None
        self._opened = QElapsedTimer()
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
        self.room.planChanged.connect(self._on_plan_changed)
        bridge.watch(self, self._on_changed)
        self.resize(1280, 720)
        self._update_key_texts()
        self._refresh()

    # -- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.fullscreen_action = QAction(self.tr("Full screen"), self)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        # Esc: out of full screen first, then closed (its text says which).
        self.leave_action = QAction(self.tr("Leave full screen"), self)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.triggered.connect(self.escape)
        self.wall_action = QAction(self.tr("Next harvest wall"), self)
        self.wall_action.setShortcut(QKeySequence("W"))
        self.wall_action.triggered.connect(self.cycle_wall)
        # The main window's Ctrl+Shift+P opens the projector; here the same key closes it.
        self.close_action = QAction(self.tr("Open/close projector"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.close_action.triggered.connect(self.close)
        self._own_actions = (self.fullscreen_action, self.leave_action, self.wall_action,
                             self.close_action)
        for action in self._own_actions:
            self.addAction(action)

    def key_actions(self) -> list[QAction]:
        """Every action of this window with a key: its own, then the timer's (F5-F8)."""
        own = [a for a in self._own_actions if a is not self.close_action]
        others = [a for a in self.actions() if a not in self._own_actions]
        return own + others + [self.close_action]

    def key_help(self) -> str:
        """The tooltip: every key of the window and what it does."""
        lines = [self.tr("Keys of the projector window:")]
        for action in self.key_actions():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key and action.isVisible():
                lines.append(f"{key}  \u2013  {action.text().replace('&', '')}")
        lines.append(self.tr("Right-click for the menu."))
        return "\n".join(lines)

    def _update_key_texts(self) -> None:
        full = self.isFullScreen()
        self.leave_action.setText(self.tr("Leave full screen") if full
                                  else self.tr("Close projector"))
        self.fullscreen_action.setChecked(full)
        self.setToolTip(self.key_help())

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

    def context_menu(self) -> QMenu:
        """Every action with its key, and the harvest walls to choose from."""
        menu = QMenu(self)
        self._update_key_texts()
        menu.addAction(self.fullscreen_action)
        menu.addAction(self.leave_action)
        menu.addAction(self.wall_action)
        wall = menu.addMenu(self.tr("Harvest wall"))
        group = QActionGroup(wall)
        for source, label in self.wall_choices():
            action = wall.addAction(label)
            action.setCheckable(True)
            action.setChecked(source == self._wall_source)
            group.addAction(action)
            action.triggered.connect(lambda _=False, s=source: self.set_wall_source(s))
        timer = [a for a in self.actions() if a not in self._own_actions]
        if timer:
            menu.addSeparator()
            for action in timer:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def escape(self) -> None:
        """Esc: leave full screen; outside full screen, close the projector."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def toggle(self) -> None:
        """Ctrl+Shift+P in the main window: open the projector, or close it when open."""
        if self.isVisible():
            self.close()
        else:
            self.show_on_projector_screen()

    def show_on_projector_screen(self) -> None:
        """Full screen on a second screen if there is one, else a smaller window beside
        or below the main window. Never takes the keyboard (no activation)."""
        if not self.isVisible():
            # Some platforms (and window managers) activate every new window despite
            # WA_ShowWithoutActivating: the keyboard then goes straight back.
            self._give_back = (QApplication.activeWindow(), QApplication.focusWidget())
            self._opened.start()
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
            if not self._placed and own is not None:
                self.setGeometry(self._beside_main_window(own.availableGeometry()))
            self._placed = True
            self.show()

    def _beside_main_window(self, free: QRect) -> QRect:
        """A 16:9 window of at most 800 pixels wide, right of the main window if it fits
        there, else below it, else in the free area's bottom-right corner."""
        width = max(self.minimumWidth(), min(800, free.width() * 2 // 5))
        height = max(self.minimumHeight(), width * 9 // 16)
        gap = 8
        main = self.parentWidget().frameGeometry() if self.parentWidget() else QRect()
        if main.isValid() and main.right() + gap + width <= free.right():
            x, y = main.right() + gap, max(free.top(), main.top())
        elif main.isValid() and main.bottom() + gap + height <= free.bottom():
            x, y = max(free.left(), main.left()), main.bottom() + gap
        else:
            x, y = free.right() - width - gap, free.bottom() - height - gap
        return QRect(max(free.left(), x), max(free.top(), y), width, height)

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
            self._wall_title, notes = self._notes_of_now(event)
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

    def _notes_of_now(self, event) -> tuple[str, list]:
        """The wall that follows the room: (title, notes) for what is happening now."""
        item = self.room.plan.item
        name = (item.title or kind_label(item.kind)) if item else ""
        if item is not None and item.kind == "table_round":
            # Table notes carry no programme item: the newest of every table.
            return (self.tr("%1 \u00b7 all tables").replace("%1", name),
                    [n for n in event.notes() if n.table_id is not None])
        if item is not None and item.kind == "plenary":
            return name, event.notes(programme_item_id=item.id, table_id=None)
        if item is not None:
            notes = event.notes(programme_item_id=item.id)
            if notes:
                return name, notes
        return self.tr("Latest notes"), event.notes()

    def _on_plan_changed(self, _plan) -> None:
        # Another item started or the timer stopped: the following wall follows.
        if self._wall_source == "item":
            self._reload_wall()
            self._refresh()

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
                        wall_title=self._wall_title, wall=self._wall_notes,
                        hint=self.hint_text())
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

    def hint_text(self) -> str:
        """The line along the bottom while the window is not full screen."""
        if self.isFullScreen():
            return ""
        return self.tr("Drag this window to the projector screen and press F11 \u00b7 "
                       "Esc closes \u00b7 right-click for all keys")

    def _next_text(self, item) -> str:
        text = self.tr("Next: %1").replace("%1", item.title or kind_label(item.kind))
        if item.planned_start:
            text += f" \u00b7 {item.planned_start}"
        return text

    def _refresh(self) -> None:
        content = self._compose()
        relayout = (content.headline != self.screen_content.headline
                    or bool(content.wall_title) != bool(self.screen_content.wall_title)
                    or bool(content.hint) != ("hint" in self.layout_info.rects))
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
                                          wall=self._wall_source is not None,
                                          hint=not self.isFullScreen())
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

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._hand_back_keyboard()
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_key_texts()
            self._relayout()
            self._refresh()

    def _hand_back_keyboard(self) -> None:
        give_back, self._give_back = self._give_back, None
        if give_back is None or self._opened.elapsed() > GIVE_BACK_MS:
            return
        window, focus = give_back
        if window is None or window is self or not window.isVisible():
            return
        window.activateWindow()
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._give_back = None  # the facilitator clicked the projector: it may keep the keys
        super().mousePressEvent(event)

    def actionEvent(self, event) -> None:  # noqa: N802
        super().actionEvent(event)
        if hasattr(self, "_own_actions"):  # the main window adds the timer's keys
            self.setToolTip(self.key_help())

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
        if "hint" in r and s.hint:
            painter.fillRect(r["hint"], QColor(CARD))
            inset = r["hint"].adjusted(r["header"].x(), 0, -r["header"].x(), 0)
            self._text(painter, inset, s.hint, px["hint"], ACCENT, left | vcenter, elide=True)

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
            layout = note_layout(note.text, note_font, text_w)  # its emphasis bold
            height = label_h + layout_height(layout) + 2 * pad
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
            painter.setPen(QColor(TEXT))
            draw_layout(painter, layout, inner.x(), inner.y() + label_h)
            painter.restore()
            y += height + pad
            if y >= bottom:
                break
