"""The projector window follows the room: item, round question, countdown, colours, wall."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from facilitator import EventFile
from ui.bridge import EventBridge
from ui.projector import BACKGROUND, COUNTDOWN, ProjectorWindow, compute_layout
from ui.timer_bar import TimerBar

from gui_helpers import build_room


def make_projector(qtbot, bridge, clock, size=(1280, 720)):
    window = ProjectorWindow(bridge, clock=clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def pixel(window, x, y) -> str:
    return QColor(window.grab().toImage().pixel(x, y)).name()


def test_follows_the_current_item_and_the_countdown(qtbot, room, clock):
    bridge, ids = room
    window = make_projector(qtbot, bridge, clock)
    bar = TimerBar(bridge, clock=clock, sound=lambda kind: None)
    qtbot.addWidget(bar)
    screen = window.screen_content
    assert (screen.headline, screen.phase, screen.footer) == (
        "Wijkgesprek Zuid", "idle", "Next: Opening door de wethouder \u00b7 13:00")
    bar.next_action.trigger()  # the facilitator presses F8 in the main window
    screen = window.screen_content
    assert (screen.kicker, screen.headline, screen.countdown) == (
        "Talk", "Opening door de wethouder", "10:00")
    assert screen.detail == "Wethouder Zuid"
    clock.advance(minutes=3, seconds=15)
    window.room.tick()
    assert window.screen_content.countdown == "06:45"
    bar.next_action.trigger()
    # One table-round item with rounds of 20 and 30 minutes: round 1 first.
    screen = window.screen_content
    assert (screen.kicker, screen.headline, screen.countdown) == (
        "Thematafels \u00b7 round 1 of 2", "Wat is er nodig?", "20:00")
    assert screen.secondary == "Thematafels: 50:00 left"
    clock.advance(minutes=21)
    window.room.tick()
    screen = window.screen_content
    assert (screen.headline, screen.countdown) == ("Wie doet wat?", "29:00")
    bar.next_action.trigger()
    screen = window.screen_content
    assert (screen.kicker, screen.headline) == ("Plenaire oogst", "Wat neem je mee?")
    bar.stop_action.trigger()
    assert window.screen_content.phase == "idle"


def test_warning_and_overrun_colours(qtbot, room, clock):
    bridge, ids = room
    window = make_projector(qtbot, bridge, clock)
    bridge.run(bridge.event.start_item, ids["talk"], clock=clock)
    assert window.screen_content.phase == "running"
    assert pixel(window, 2, 2) == BACKGROUND["running"]
    clock.advance(minutes=9, seconds=5)
    window.room.tick()
    assert window.screen_content.phase == "warning"
    assert window.screen_content.caption == "Last minutes"
    assert pixel(window, 2, 2) == BACKGROUND["warning"]
    clock.advance(minutes=1)
    window.room.tick()
    screen = window.screen_content
    assert (screen.phase, screen.caption, screen.countdown) == (
        "overrun", "Time is up", "\u221200:05")
    assert pixel(window, 2, 2) == BACKGROUND["overrun"]
    # The big digits are drawn in the overrun colour.
    image = window.grab().toImage()
    box = window.layout_info.rects["countdown"]
    colours = {QColor(image.pixel(x, box.center().y())).name()
               for x in range(box.left(), box.right(), 3)}
    assert COUNTDOWN["overrun"] in colours
    bridge.run(bridge.event.pause_timer, clock=clock)
    assert window.screen_content.phase == "paused"
    assert window.screen_content.caption == "Paused"


def test_fonts_scale_with_the_window(qtbot, room, clock):
    bridge, ids = room
    bridge.event.start_item(ids["tables"], clock=clock)
    window = make_projector(qtbot, bridge, clock, size=(640, 360))
    small = dict(window.font_sizes)
    window.resize(1920, 1080)
    large = dict(window.font_sizes)
    for key in ("header", "kicker", "caption", "footer", "countdown"):
        assert 2.6 <= large[key] / small[key] <= 3.4, key
    assert large["countdown"] >= 250  # a third of a 1080-line screen
    assert large["headline"] > small["headline"]
    # A narrow window: the countdown shrinks to fit its width.
    window.resize(700, 1000)
    narrow = window.font_sizes["countdown"]
    assert narrow < large["countdown"]
    layout = compute_layout(700, 1000, wall=False)
    assert layout.sizes["countdown"] == narrow


def test_long_question_is_fitted_not_cut(qtbot, room, clock):
    bridge, ids = room
    long_text = ("Wie of wat is nodig, wat doen om wensen en ambities verder te brengen, "
                 "waar te maken, te versterken wat versterkt kan worden en belemmeringen op "
                 "te heffen? Zelf, regionaal, landelijk: welke partijen zijn nodig?")
    bridge.event.update_question(ids["q1"], text=long_text)
    bridge.event.start_item(ids["tables"], clock=clock)
    window = make_projector(qtbot, bridge, clock)
    assert window.screen_content.headline == long_text
    assert window.font_sizes["headline"] < window.layout_info.sizes["headline"]
    assert window.font_sizes["headline"] >= window.layout_info.sizes["headline_min"]


def test_harvest_wall_shows_latest_notes_in_perspective_colours(qtbot, room, clock):
    bridge, ids = room
    window = make_projector(qtbot, bridge, clock)
    assert [label for _, label in window.wall_choices()] == [
        "No harvest wall", "Notes of the current programme item", "Plenary harvest",
        "Table 1: Eenzaamheid in de wijk"]
    window.set_wall_source(ids["t1"])
    assert "wall" in window.layout_info.rects
    assert window.screen_content.wall_title == "Table 1: Eenzaamheid in de wijk"
    bridge.run(bridge.event.add_note, text="Loket in de wijk",
               table_id=ids["t1"], perspective_id=ids["gemeente"])
    wall = window.screen_content.wall
    assert [(n.text, n.perspective, n.colour) for n in wall] == [
        ("Loket in de wijk", "Gemeenten", "#44aa99"),
        ("Koffieochtenden in de bibliotheek", "Burgers/inwoners", "#332288")]
    window.grab()  # paints the cards without errors
    # Plenary: notes of plenary programme items.
    bridge.event.add_note(text="Ik neem de bibliotheek mee", programme_item_id=ids["plenary"],
                          perspective_id=ids["burgers"])
    window.set_wall_source("plenary")
    assert [n.text for n in window.screen_content.wall] == ["Ik neem de bibliotheek mee"]
    # The choice is remembered; W cycles; a deleted table leaves the wall.
    window.set_wall_source(ids["t1"])
    again = make_projector(qtbot, bridge, clock)
    assert again.wall_source() == ids["t1"]
    again.wall_action.trigger()
    assert again.wall_source() is None
    bridge.run(bridge.event.delete_table, ids["t1"])
    assert window.wall_source() is None and "wall" not in window.layout_info.rects


def test_wall_on_a_table_uses_its_own_round_questions(qtbot, room, clock):
    bridge, ids = room
    ev = bridge.event
    ev.add_question(kind="round", table_id=ids["t1"], label="1", text="Eigen vraag", minutes=50)
    ev.start_item(ids["tables"], clock=clock)
    window = make_projector(qtbot, bridge, clock)
    assert window.screen_content.headline == "Wat is er nodig?"
    window.set_wall_source(ids["t1"])
    assert window.screen_content.headline == "Eigen vraag"


def test_full_screen_keys_and_screen_choice(qtbot, room, clock):
    bridge, _ = room
    window = ProjectorWindow(bridge, clock=clock)
    qtbot.addWidget(window)
    window.show_on_projector_screen()  # one screen here: a window, not full screen
    assert window.isVisible() and not window.isFullScreen()
    assert len(QGuiApplication.screens()) == 1
    window.fullscreen_action.trigger()  # F11
    assert window.isFullScreen()
    window.leave_action.trigger()  # Esc
    assert not window.isFullScreen()
    assert window.fullscreen_action.shortcut().toString() == "F11"
    assert window.leave_action.shortcut().toString() == "Esc"


def test_reopened_file_shows_the_running_countdown(qtbot, tmp_path, clock):
    path = tmp_path / "again.oogst"
    with EventFile.create(path) as ev:
        ids = build_room(ev)
        ev.start_item(ids["talk"], clock=clock)
    clock.advance(minutes=4)
    bridge = EventBridge(EventFile.open(path))
    try:
        window = make_projector(qtbot, bridge, clock)
        assert window.screen_content.countdown == "06:00"
    finally:
        bridge.close()


def test_demo_meeting(qtbot, demo_file, clock):
    bridge = EventBridge(EventFile.open(demo_file))
    try:
        ev = bridge.event
        tables_item = next(i for i in ev.programme() if i.kind == "table_round")
        ev.start_item(tables_item.id, clock=clock)
        window = make_projector(qtbot, bridge, clock, size=(1920, 1080))
        pitch = (tables_item.planned_minutes or 0) - sum(
            q.minutes or 0 for q in ev.round_questions())
        clock.advance(minutes=pitch + 1)
        window.room.tick()
        first = ev.round_questions()[0]
        assert window.screen_content.headline == first.text
        assert window.screen_content.countdown == f"{first.minutes - 1:02d}:00"
        table = ev.tables()[0]
        window.set_wall_source(table.id)
        assert window.screen_content.wall  # the demo's harvest of table 1
        assert not window.grab().isNull()
    finally:
        bridge.close()


# -- the projector never takes the keyboard; its keys are visible; the wall follows the room --


def test_opening_keeps_the_note_field_focused_and_toggles(window, qtbot, event_path):
    from PySide6.QtWidgets import QApplication
    from gui_helpers import focus_entry
    window.open_path(event_path)
    qtbot.waitExposed(window)
    window.activateWindow()
    capture = window.navigate("capture")
    focus_entry(qtbot, capture.bar)
    assert QApplication.focusWidget() is capture.bar.entry
    window.act_projector.trigger()  # Ctrl+Shift+P
    projector = window.projector
    assert projector.isVisible() and not projector.isFullScreen()  # one screen here
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.wait(50)
    assert QApplication.focusWidget() is capture.bar.entry
    assert QApplication.activeWindow() is not projector
    qtbot.keyClicks(capture.bar.entry, "Loket")
    assert "Loket" in capture.bar.entry.text()  # the typing reached the note field
    # Smaller than the screen, and it says how to move it to the projector screen.
    free = projector.screen().availableGeometry()
    assert projector.width() < free.width() and projector.height() < free.height()
    assert "press F11" in projector.screen_content.hint
    assert "hint" in projector.layout_info.rects
    projector.grab()  # paints the hint strip
    # Readable at the size it opens in on a 1366×768 laptop (546×307): not 8 px.
    small = compute_layout(546, 307, wall=True, hint=True)
    assert small.sizes["hint"] >= 13 and small.rects["hint"].height() >= small.sizes["hint"]
    # A second Ctrl+Shift+P closes it (MainWindow.show_projector calls toggle()).
    projector.toggle()
    assert not projector.isVisible()
    projector.toggle()
    assert projector.isVisible()
    assert QApplication.focusWidget() is capture.bar.entry


def test_escape_closes_outside_full_screen(qtbot, room, clock):
    from PySide6.QtWidgets import QApplication
    bridge, _ = room
    window = ProjectorWindow(bridge, clock=clock)
    qtbot.addWidget(window)
    window.show_on_projector_screen()
    qtbot.waitExposed(window)
    window.activateWindow()  # the facilitator clicked it: its keys work
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert window.leave_action.text() == "Close projector"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    window.toggle()
    window.fullscreen_action.trigger()
    assert window.isFullScreen() and window.leave_action.text() == "Leave full screen"
    assert window.screen_content.hint == "" and "hint" not in window.layout_info.rects
    window.leave_action.trigger()  # Esc in full screen: back to a window first
    assert window.isVisible() and not window.isFullScreen()
    window.leave_action.trigger()
    assert not window.isVisible()
    # Ctrl+Shift+P in the projector itself closes it too.
    window.toggle()
    assert window.isVisible()
    window.close_action.trigger()
    assert not window.isVisible()


def test_context_menu_and_tooltip_list_every_key(qtbot, room, clock):
    bridge, _ = room
    window = make_projector(qtbot, bridge, clock)
    bar = TimerBar(bridge, clock=clock, sound=lambda kind: None)
    qtbot.addWidget(bar)
    window.addActions(bar.room_actions())  # as the main window does
    menu = window.context_menu()
    keys = {a.text().replace("&", ""): a.shortcut().toString()
            for a in menu.actions() if not a.isSeparator()}
    assert keys["Full screen"] == "F11"
    assert keys["Close projector"] == "Esc"
    assert keys["Next harvest wall"] == "W"
    assert keys["Open/close projector"] == "Ctrl+Shift+P"
    assert "Harvest wall" in keys  # the submenu
    timer_keys = {a.shortcut().toString() for a in bar.room_actions()} - {""}
    assert timer_keys and timer_keys <= set(keys.values())
    tip = window.toolTip()
    for key in ("F11", "Esc", "W", "Ctrl+Shift+P", *timer_keys):
        assert key in tip, key
    assert "Right-click" in tip


def test_wall_follows_the_table_round_and_the_plenary(qtbot, room, clock):
    bridge, ids = room
    ev = bridge.event
    ev.add_table(theme="Mantelzorg")
    t2 = ev.tables()[1].id
    bridge.run(ev.add_note, text="Buurtbus naar de markt", table_id=t2,
               perspective_id=ids["gemeente"])
    window = make_projector(qtbot, bridge, clock)
    window.set_wall_source("item")
    # Nothing runs: the newest notes of the event.
    assert window.screen_content.wall_title == "Latest notes"
    assert [n.text for n in window.screen_content.wall] == [
        "Buurtbus naar de markt", "Koffieochtenden in de bibliotheek"]
    bar = TimerBar(bridge, clock=clock, sound=lambda kind: None)
    qtbot.addWidget(bar)
    bar.start_item(ids["tables"])
    # A table round: the notes of all tables (they carry no programme item).
    assert window.screen_content.wall_title == "Thematafels \u00b7 all tables"
    assert {n.text for n in window.screen_content.wall} == {
        "Buurtbus naar de markt", "Koffieochtenden in de bibliotheek"}
    bridge.run(ev.add_note, text="Maatjesproject", table_id=ids["t1"],
               perspective_id=ids["burgers"])
    assert window.screen_content.wall[0].text == "Maatjesproject"
    window.grab()
    # The table chosen in the wall's menu: only that table.
    window.set_wall_source(t2)
    assert [n.text for n in window.screen_content.wall] == ["Buurtbus naar de markt"]
    window.set_wall_source("item")
    # A plenary item: its plenary notes, not the tables'.
    bridge.run(ev.add_note, text="Ik neem de bibliotheek mee", programme_item_id=ids["plenary"],
               perspective_id=ids["burgers"])
    bar.start_item(ids["plenary"])
    assert window.screen_content.wall_title == "Plenaire oogst"
    assert [n.text for n in window.screen_content.wall] == ["Ik neem de bibliotheek mee"]
    bar.stop()
    assert window.screen_content.wall_title == "Latest notes"
    assert window.screen_content.wall[0].text == "Ik neem de bibliotheek mee"
