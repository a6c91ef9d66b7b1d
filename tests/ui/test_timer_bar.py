"""The timer bar: its buttons and shortcuts call the core; colours and sounds follow."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton

from ui.timer_bar import PHASE_COLOURS, SOUND_SETTING, RoomClock, TimerBar


def make_bar(qtbot, bridge, clock, sounds=None):
    sounds = [] if sounds is None else sounds
    bar = TimerBar(bridge, clock=clock, sound=sounds.append)
    qtbot.addWidget(bar)
    bar.resize(900, 40)
    bar.show()
    return bar


def button(bar, action):
    return next(b for b in bar.findChildren(QToolButton) if b.defaultAction() is action)


def test_buttons_call_the_core(qtbot, room, clock):
    bridge, ids = room
    ev = bridge.event
    bar = make_bar(qtbot, bridge, clock)
    undo_before = ev.undo_label
    assert "Opening door de wethouder" in bar.item_label.text()  # what F5 will start
    assert not bar.pause_action.isEnabled()
    qtbot.mouseClick(button(bar, bar.start_action), Qt.MouseButton.LeftButton)
    assert ev.timer_state(clock).item_id == ids["talk"]
    assert bar.countdown.accessibleName() == "10:00"
    qtbot.mouseClick(button(bar, bar.plus_action), Qt.MouseButton.LeftButton)
    assert ev.timer_state(clock).remaining == 11 * 60
    qtbot.mouseClick(button(bar, bar.minus_action), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(bar, bar.minus_action), Qt.MouseButton.LeftButton)
    assert ev.timer_state(clock).remaining == 9 * 60
    qtbot.mouseClick(button(bar, bar.pause_action), Qt.MouseButton.LeftButton)
    assert ev.timer_state(clock).phase == "paused"
    assert bar.pause_action.text() == "Resume" and bar.start_action.isEnabled()
    clock.advance(minutes=5)
    bar.start_action.trigger()  # F5 resumes
    assert ev.timer_state(clock).remaining == 9 * 60
    bar.next_action.trigger()  # F8
    assert ev.timer_state(clock).item_id == ids["tables"]
    assert ev.programme_item(ids["talk"]).actual_end is not None
    bar.stop_action.trigger()
    assert ev.timer_state(clock).idle
    assert ev.undo_label == undo_before  # the timer is no undo step


def test_shortcuts(qtbot, room, clock):
    bridge, ids = room
    bar = make_bar(qtbot, bridge, clock)
    keys = {a.text(): a.shortcut().toString() for a in bar.room_actions()}
    assert keys == {"Start": "F5", "Pause": "F6", "+1 min": "F7", "\u22121 min": "Shift+F7",
                    "Next": "F8", "Stop timer": "Shift+F5", "Sound": ""}
    for action in bar.room_actions():
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus
               for b in bar.findChildren(QToolButton))  # the capture field keeps focus


def test_start_menu_jumps_to_an_item_and_chooses_a_round(qtbot, room, clock):
    bridge, ids = room
    bar = make_bar(qtbot, bridge, clock)
    bar.start_menu.aboutToShow.emit()
    titles = [a.text() for a in bar.start_menu.actions() if a.text()]
    assert titles[:3] == ["13:00  Opening door de wethouder", "13:10  Thematafels",
                          "14:00  Plenaire oogst"]
    bar.start_menu.actions()[1].trigger()
    assert bridge.event.timer_state(clock).item_id == ids["tables"]
    bar.start_menu.aboutToShow.emit()
    rounds = next(a.menu() for a in bar.start_menu.actions() if a.menu())
    rounds.actions()[2].trigger()  # "Round 2: Wie doet wat?"
    assert bridge.event.run_state().round_index == 1
    assert "round 2 of 2" in bar.item_label.text()


def test_colour_follows_the_phase(qtbot, room, clock):
    bridge, ids = room
    bar = make_bar(qtbot, bridge, clock)
    assert bar.countdown.property("phase") == "idle"
    bar.start_item(ids["talk"])
    assert bar.countdown.property("phase") == "running"
    clock.advance(minutes=9, seconds=1)
    bar.room.tick()
    assert bar.countdown.property("phase") == "warning"
    assert PHASE_COLOURS["warning"][0] in bar.countdown.styleSheet()
    clock.advance(minutes=1)
    bar.room.tick()
    assert bar.countdown.property("phase") == "overrun"
    assert bar.countdown.accessibleName() == "\u221200:01"
    assert PHASE_COLOURS["overrun"][0] in bar.countdown.styleSheet()


def test_sound_at_warning_and_time_up_and_switch_off(qtbot, room, clock):
    bridge, ids = room
    sounds: list[str] = []
    bar = make_bar(qtbot, bridge, clock, sounds)
    bar.start_item(ids["talk"])
    clock.advance(minutes=9, seconds=30)
    bar.room.tick()
    bar.room.tick()
    clock.advance(minutes=1)
    bar.room.tick()
    assert sounds == ["warning", "time_up"]
    bar.add_minutes(2)  # 1:30 left of 12 minutes: running again, silently
    assert bar.room.status.phase == "running" and sounds == ["warning", "time_up"]
    clock.advance(seconds=20)  # 1:10 left: inside the 72-second window (10% of 12 min)
    bar.room.tick()
    assert sounds == ["warning", "time_up", "warning"]
    bar.sound_action.setChecked(False)
    assert QSettings().value(SOUND_SETTING) in (False, "false")
    clock.advance(minutes=3)
    bar.room.tick()
    assert sounds == ["warning", "time_up", "warning"]
    # The preference holds for the next bar.
    assert not make_bar(qtbot, bridge, clock).sound_action.isChecked()


def test_no_sound_when_opening_a_file_that_is_already_over_time(qtbot, room, clock):
    bridge, ids = room
    bridge.event.start_item(ids["talk"], clock=clock)
    clock.advance(minutes=30)
    sounds: list[str] = []
    bar = make_bar(qtbot, bridge, clock, sounds)
    bar.room.tick()
    assert bar.countdown.property("phase") == "overrun" and sounds == []


def test_a_tick_reads_the_clock_and_writes_nothing(qtbot, room, clock):
    bridge, ids = room
    bridge.event.start_item(ids["tables"], clock=clock)
    commits = []
    bridge.event.subscribe(commits.append)
    reads = []
    room_clock = RoomClock(bridge, clock=clock)
    original = bridge.event.room_plan
    bridge.event.room_plan = lambda **kw: reads.append(kw) or original(**kw)  # type: ignore
    for _ in range(120):
        clock.advance(1)
        room_clock.tick()
    assert commits == [] and reads == []
    assert room_clock.status.remaining == 48 * 60


def test_the_real_timer_ticks(qtbot, room):
    bridge, ids = room
    bridge.event.start_item(ids["talk"])
    room_clock = RoomClock(bridge)
    seen = []
    room_clock.ticked.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=2500)
    assert room_clock.status.phase == "running" and seen[0].item_id == ids["talk"]


def test_the_qt_binding_keeps_its_references():
    """A room screen calls Qt thousands of times an hour. PySide6 6.12.0 on Python
    3.11 drops a reference to None on every call of a void method and one to True
    on every Signal.emit from Python, so a projector that repaints every second
    dies with "none_dealloc"/"bool_dealloc" within minutes (6.11.3 does not): the
    set-up must pin PySide6-Essentials below 6.12 (or use Python >= 3.12, where
    None, True and False are immortal)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        poked = Signal(object)

    probe = Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        probe.setObjectName("probe")
        probe.poked.emit(1)
    lost = before[0] - sys.getrefcount(None), before[1] - sys.getrefcount(True)
    assert sys.version_info >= (3, 12) or max(lost) <= 0, (
        f"this PySide6 lost {lost[0]} references to None and {lost[1]} to True in 200 "
        "calls; pin PySide6-Essentials<6.12 (see the docstring)")


def test_rounds_inside_one_item_warn_and_end_by_their_time_boxes(qtbot, room, clock):
    bridge, ids = room
    sounds: list[str] = []
    bar = make_bar(qtbot, bridge, clock, sounds)
    bar.start_item(ids["tables"])  # 50 minutes: round 1 of 20, round 2 of 30
    clock.advance(minutes=18, seconds=30)
    bar.room.tick()
    assert bar.countdown.property("phase") == "warning"  # round 1 ends in 1:30
    assert "round 01:30" in bar.countdown.accessibleName()
    assert bridge.event.timer_state(clock).phase == "running"  # the item has 31:30 left
    clock.advance(minutes=2)
    bar.room.tick()
    assert sounds == ["warning", "time_up"]  # round 1 is over: round 2 begins
    assert bar.countdown.property("phase") == "running"
    assert "round 2 of 2" in bar.item_label.text()
    bar.choose_round(0)  # chosen by hand: no time box, no sound
    bar.room.tick()
    assert sounds == ["warning", "time_up"]


def test_default_chime_is_a_valid_wave_file(tmp_path, monkeypatch):
    import wave

    from ui import timer_bar
    monkeypatch.setattr(timer_bar.tempfile, "gettempdir", lambda: str(tmp_path))
    for kind in ("warning", "time_up"):
        with wave.open(str(timer_bar._tone_file(kind))) as chime:
            seconds = chime.getnframes() / chime.getframerate()
            assert chime.getnchannels() == 1 and 0.4 < seconds < 1.0
