"""The programme timer in the main window: `TimerBar`, and `RoomClock` that views share.

`RoomClock` keeps the core's `RoomPlan` (re-read when the bridge reports a
change to the timer, the programme or the questions) and ticks once a second.
A tick only reads the clock: it computes the countdown from the cached plan
and never writes. Every write goes through `bridge.run(...)` to an
`EventFile` timer operation (which is not an undo step; see
`facilitator.timer_ops`).

Shortcuts: F5 start or resume, F6 pause/resume, F7 one minute more,
Shift+F7 one minute less, F8 next item, Shift+F5 stop.
"""
from __future__ import annotations

import math
import shutil
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMenu, QSizePolicy,
                               QToolButton, QWidget)

from facilitator.words import tr as core_tr
from facilitator.timer import Clock, TimerStatus, format_clock, now_from, warning_window
from facilitator.timer_ops import RoomPlan, RoundInfo

from . import theme
from .widgets import html_text, own_round_label, shorten

SOUND_SETTING = "room/sound"
WATCHED_KINDS = {"run_state", "programme_item", "question", "event"}

# Phase colours shared by the timer bar and the projector: (background, text).
PHASE_COLOURS = {
    "idle": ("#eceff1", "#455a64"),
    "running": ("#e8f5e9", "#1b5e20"),
    "warning": ("#ffb300", "#000000"),
    "overrun": ("#c62828", "#ffffff"),
    "paused": ("#cfd8dc", "#263238"),
}
# The same phases on a dark window (the OS's dark mode): no light block in a dark bar.
DARK_PHASE_COLOURS = {
    "idle": ("#37474f", "#eceff1"),
    "running": ("#1b5e20", "#e8f5e9"),
    "warning": ("#ffb300", "#000000"),
    "overrun": ("#c62828", "#ffffff"),
    "paused": ("#455a64", "#ffffff"),
}


def interface_language() -> str:
    try:
        from . import i18n
        return i18n.current_language()
    except ImportError:  # pragma: no cover - the language module is optional here
        return "nl"


def kind_label(kind: str) -> str:
    """A programme kind ("table_round") in the interface language ("Tafelronde")."""
    return core_tr(f"programme.{kind}", interface_language())


def round_phase(status: TimerStatus, info: RoundInfo | None) -> str:
    """The phase of the round's own time box (the item's phase when not timed by boxes)."""
    if info is None or info.remaining is None or status.phase in ("paused", "idle",
                                                                 "overrun"):
        return status.phase
    box = (info.question.minutes or 0) * 60.0
    window = warning_window(box, 2) or 0.0
    if info.remaining <= 0:
        return "overrun"
    return "warning" if info.remaining <= window else "running"


class Notifier:
    """A minimal signal in plain Python: `connect(callback)`, `emit(value)`."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., object]] = []

    def connect(self, callback: Callable[..., object]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., object]) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args: object) -> None:
        for callback in list(self._callbacks):
            callback(*args)


class RoomClock(QObject):
    """The timer as the views see it: a cached plan plus a once-a-second tick.

    `ticked(status)` after every tick or reload; `planChanged(plan)` when the
    file changed. `phase` is what the colours show: the phase of the round's
    own time box while a table-round item steps through its rounds, else the
    item's. `alert(kind)`: "warning" when that phase enters its warning
    window, "time_up" when it passes its end or a round's time box ends and the
    next round begins; never when a file is opened in such a state, on a change
    of item, or on a round chosen by hand.

    The three notifications are plain Python callbacks (`Notifier`), not Qt
    signals: PySide6 6.12.0 drops a reference to True on every `Signal.emit`
    made from Python, and a once-a-second emit would use up True's few
    thousand references within an hour on Python 3.11.
    """

    ticked: Notifier  # TimerStatus
    planChanged: Notifier  # RoomPlan
    alert: Notifier  # "warning" | "time_up"

    def __init__(self, bridge, parent: QObject | None = None, *, clock: Clock | None = None,
                 table_id: str | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.ticked, self.planChanged, self.alert = Notifier(), Notifier(), Notifier()
        self.bridge = bridge
        self.clock = clock
        self.table_id = table_id
        self.plan: RoomPlan = bridge.event.room_plan(table_id=table_id)
        self.status: TimerStatus = self.plan.status(now_from(clock))
        self.phase = self.status.phase  # of the round's time box when timed by rounds
        self._last: tuple[str | None, int | None, str] = (None, None, "idle")
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._interval = interval_ms
        bridge.changed.connect(self._on_changed)
        self.tick()

    def now(self):
        return now_from(self.clock)

    def set_table(self, table_id: str | None) -> None:
        """Read round questions of this table (its own, else the shared ones)."""
        if table_id != self.table_id:
            self.table_id = table_id
            self.reload()

    def reload(self) -> None:
        self.plan = self.bridge.event.room_plan(table_id=self.table_id)
        self.planChanged.emit(self.plan)
        self.tick()

    def round(self) -> RoundInfo | None:
        return self.plan.round_at(self.status)

    def tick(self) -> None:
        """Recompute the countdown from the clock (reads nothing else, writes nothing)."""
        before_item, before_round, before_phase = self._last
        self.status = status = self.plan.status(self.now())
        info = self.plan.round_at(status)
        self.phase = round_phase(status, info)
        number = info.number if info else None
        timed = info is not None and info.remaining is not None
        if status.item_id is not None and status.item_id == before_item:
            if number == before_round and self.phase != before_phase:
                if self.phase == "warning" and before_phase == "running":
                    self.alert.emit("warning")
                elif self.phase == "overrun" and before_phase in ("running", "warning"):
                    self.alert.emit("time_up")
            elif timed and number == (before_round or 0) + 1 and before_phase != "paused":
                self.alert.emit("time_up")  # a round's (or the pitch's) time box ended
        self._last = (status.item_id, number, self.phase)
        self.ticked.emit(status)
        self._schedule()

    def _schedule(self) -> None:
        # Fire just after the display's next whole second, so no second is skipped.
        interval = self._interval
        status = self.status
        if interval == 1000 and status.item_id and not status.paused:
            value = status.remaining if status.remaining is not None else -status.elapsed
            fraction = value - math.floor(value)
            interval = int(fraction * 1000) + 20 if fraction > 0.001 else 1000
        self._timer.start(max(50, interval))

    def stop(self) -> None:
        self._timer.stop()

    def _on_changed(self, changes) -> None:
        if set(changes.kinds) & WATCHED_KINDS:
            self.reload()


def _tone_file(kind: str) -> Path:
    """A short chime as a WAV file (made once, in the temp folder; standard library only):
    two rising notes for the warning, three falling notes when time is up."""
    path = Path(tempfile.gettempdir()) / f"oogst-{kind}-v1.wav"
    if path.exists():
        return path
    notes = (660, 880) if kind == "warning" else (988, 784, 587)
    rate, frames = 22050, bytearray()
    for frequency in notes:
        length = int(rate * 0.22)
        for i in range(length):
            fade = min(1.0, i / 200, (length - i) / 800)
            value = int(12000 * fade * math.sin(2 * math.pi * frequency * i / rate))
            frames += struct.pack("<h", value)
        frames += bytes(int(rate * 0.04) * 2)
    partial = path.with_suffix(".part")
    import wave
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    partial.replace(path)
    return path


def beep(kind: str) -> None:
    """The default sound: a chime ("warning" or "time_up"), never blocking the GUI.

    PySide6-Essentials has no QtMultimedia, so the chime is played by what the
    system has: winsound on Windows, afplay on macOS, paplay/aplay on Linux;
    failing those, the system beep (once for the warning, twice for time up).
    """
    try:
        wav = _tone_file(kind)
        if sys.platform == "win32":
            import winsound
            winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        for player in ("afplay", "paplay", "aplay"):
            command = shutil.which(player)
            if command:
                import subprocess  # only for the sound: not at start
                subprocess.Popen([command, *(["-q"] if player == "aplay" else []), str(wav)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                return
    except (OSError, ImportError, RuntimeError):
        pass
    QApplication.beep()
    if kind == "time_up":
        QTimer.singleShot(350, QApplication.beep)


class TimerBar(QWidget):
    """A compact strip: current item, countdown, start/pause/±1/next, sound switch."""

    def __init__(self, bridge, parent: QWidget | None = None, *, clock: Clock | None = None,
                 sound: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimerBar")
        self.bridge = bridge
        self.room = RoomClock(bridge, self, clock=clock)
        self._sound = sound or beep
        self._build_actions()
        self._build_widgets()
        self.room.ticked.connect(self._show)
        self.room.planChanged.connect(lambda _plan: self._update_actions())
        self.room.alert.connect(self._alert)
        self._update_actions()
        self._show(self.room.status)

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.start_action = self._action(self.tr("Start"), "F5", self.start_or_resume,
                                         self.tr("Start the next programme item, or resume"))
        self.pause_action = self._action(self.tr("Pause"), "F6", self.toggle_pause,
                                         self.tr("Pause or resume the countdown"))
        self.plus_action = self._action(self.tr("+1 min"), "F7", lambda: self.add_minutes(1),
                                        self.tr("One minute more"))
        self.minus_action = self._action(self.tr("\u22121 min"), "Shift+F7",
                                         lambda: self.add_minutes(-1),
                                         self.tr("One minute less"))
        self.next_action = self._action(self.tr("Next"), "F8", self.next_item,
                                        self.tr("End this item and start the next one"))
        self.stop_action = self._action(self.tr("Stop timer"), "Shift+F5", self.stop,
                                        self.tr("End the current item and stop the timer"))
        self.sound_action = QAction(self.tr("Sound"), self)
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(_setting_bool(SOUND_SETTING, True))
        self.sound_action.setToolTip(self.tr("A sound when the warning starts and when time "
                                             "is up"))
        self.sound_action.toggled.connect(lambda on: QSettings().setValue(SOUND_SETTING, on))
        self.addAction(self.sound_action)

    def _build_widgets(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        self.item_label = QLabel(self)
        self.item_label.setObjectName("TimerItem")
        self.item_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("TimerCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setTextFormat(Qt.TextFormat.RichText)
        font = self.countdown.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setStyleHint(font.StyleHint.Monospace)
        self.countdown.setFont(font)
        self.countdown.setMinimumWidth(self.countdown.fontMetrics().horizontalAdvance(
            "\u22120:00:00") + 16)
        layout.addWidget(self.item_label, 1)
        layout.addWidget(self.countdown)
        self.start_button = self._button(self.start_action)
        self.start_menu = QMenu(self)
        self.start_menu.aboutToShow.connect(self._fill_start_menu)
        self.start_button.setMenu(self.start_menu)
        self.start_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        for action in (self.pause_action, self.minus_action, self.plus_action,
                       self.next_action):
            self._button(action)
        self.sound_button = self._button(self.sound_action)
        for button in self.findChildren(QToolButton):
            layout.addWidget(button)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steal the capture field's focus
        return button

    def room_actions(self) -> list[QAction]:
        """The timer's actions, for a menu or another window (the projector)."""
        return [self.start_action, self.pause_action, self.plus_action, self.minus_action,
                self.next_action, self.stop_action, self.sound_action]

    def _fill_start_menu(self) -> None:
        menu = self.start_menu
        menu.clear()
        current = self.room.plan.item.id if self.room.plan.item else None
        group = QActionGroup(menu)
        for item in self.bridge.event.programme():
            when = f"{item.planned_start}  " if item.planned_start else ""
            action = menu.addAction(f"{when}{item.title or kind_label(item.kind)}")
            action.setCheckable(True)
            action.setChecked(item.id == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, i=item.id: self.start_item(i))
        rounds = self.room.plan.rounds if self.room.plan.round_slot is not None else ()
        if rounds:
            sub = menu.addMenu(self.tr("Round question on the projector"))
            chosen = self.room.plan.state.round_index
            auto = sub.addAction(self.tr("Automatic (by the round times)"))
            auto.setCheckable(True)
            auto.setChecked(chosen is None)
            auto.triggered.connect(lambda: self.choose_round(None))
            for index, question in enumerate(rounds):
                own = own_round_label(question.label)
                text = (f"{own} {shorten(question.text, 60)}" if own else
                         self.tr("Round %1: %2").replace("%1", question.label or
                                                         str(index + 1)).replace(
                             "%2", shorten(question.text, 60)))
                action = sub.addAction(text)
                action.setCheckable(True)
                action.setChecked(chosen == index)
                action.triggered.connect(lambda _=False, i=index: self.choose_round(i))
        menu.addSeparator()
        menu.addAction(self.stop_action)

    # -- operations (through the bridge, never SQL) ------------------------------------------

    def _run(self, func, *args, **kwargs):
        return self.bridge.run(func, *args, **kwargs)

    def start_or_resume(self) -> None:
        status = self.room.status
        if status.paused:
            self._run(self.bridge.event.resume_timer, clock=self.room.clock)
        elif status.idle:
            self._run(self.bridge.event.next_item,
                      clock=self.room.clock)

    def start_item(self, item_id: str) -> None:
        self._run(self.bridge.event.start_item, item_id,
                  clock=self.room.clock)

    def toggle_pause(self) -> None:
        status = self.room.status
        if status.idle:
            return
        if status.paused:
            self._run(self.bridge.event.resume_timer, clock=self.room.clock)
        else:
            self._run(self.bridge.event.pause_timer, clock=self.room.clock)

    def add_minutes(self, minutes: int) -> None:
        if not self.room.status.idle:
            self._run(self.bridge.event.add_timer_minutes, minutes,
                      clock=self.room.clock)

    def next_item(self) -> None:
        self._run(self.bridge.event.next_item, clock=self.room.clock)

    def stop(self) -> None:
        if not self.room.status.idle:
            self._run(self.bridge.event.stop_timer, clock=self.room.clock)

    def choose_round(self, index: int | None) -> None:
        self._run(self.bridge.event.set_timer_round, index)

    # -- showing ------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        status = self.room.status
        plan = self.room.plan
        has_items = bool(plan.item or plan.next_item)
        self.start_action.setEnabled(status.paused or (status.idle and has_items))
        self.start_action.setText(self.tr("Resume") if status.paused else self.tr("Start"))
        self.pause_action.setEnabled(not status.idle)
        self.pause_action.setText(self.tr("Resume") if status.paused else self.tr("Pause"))
        for action in (self.plus_action, self.minus_action, self.stop_action):
            action.setEnabled(not status.idle)
        self.next_action.setEnabled(bool(plan.item) or has_items)

    def _show(self, status: TimerStatus) -> None:
        plan = self.room.plan
        info = self.room.round()
        if plan.item is None:
            upcoming = plan.next_item
            self.item_label.setText(
                self.tr("Timer stopped. Next: %1").replace("%1", upcoming.title)
                if upcoming else self.tr("Timer stopped"))
            self.item_label.setToolTip(self.tr("F5 starts the next programme item"))
        else:
            parts = [plan.item.title or kind_label(plan.item.kind)]
            if info is not None:
                parts.append(self.tr("round %1 of %2").replace("%1", str(info.number))
                             .replace("%2", str(info.count)))
            text = " \u00b7 ".join(parts)
            if status.extra_minutes:
                text += f"  ({status.extra_minutes:+d} min)"
            self.item_label.setText(text)
            tip = [plan.item.title]
            if info is not None:
                tip.append(info.question.text)
            if plan.next_item:
                tip.append(self.tr("Next: %1").replace("%1", plan.next_item.title))
            self.item_label.setToolTip("\n".join(tip))
        countdown = status.countdown_text()
        shown = countdown
        if info is not None and info.remaining is not None and status.phase not in (
                "overrun", "paused"):
            extra = self.tr("round %1").replace("%1", format_clock(info.remaining))
            countdown += "  " + extra
            shown = (f"{html_text(status.countdown_text())} <span style='font-size:small;"
                     f"font-weight:normal'>{html_text(extra)}</span>")
        self.countdown.setText(shown)
        self.countdown.setAccessibleName(countdown)
        needed = self.countdown.fontMetrics().horizontalAdvance(countdown) + 20
        if needed > self.countdown.minimumWidth():  # grow only: no jitter every second
            self.countdown.setMinimumWidth(needed)
        phase = self.room.phase
        colours = DARK_PHASE_COLOURS if theme.is_dark(self.palette()) else PHASE_COLOURS
        background, text = colours[phase]
        self.countdown.setStyleSheet(
            f"QLabel#TimerCountdown {{ background: {background}; color: {text}; "
            "border-radius: 4px; padding: 1px 8px; }")
        self.countdown.setProperty("phase", phase)
        self._update_actions()

    def _alert(self, kind: str) -> None:
        if self.sound_action.isChecked():
            self._sound(kind)


def _setting_bool(key: str, default: bool) -> bool:
    value = QSettings().value(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
