"""The programme timer: pure logic with a fake clock, the EventFile operations, schema v3."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import EventFile, InvalidValue, NotFound, OogstError
from facilitator.schema import MIGRATIONS, SCHEMA_VERSION
from facilitator.timer import (FakeClock, RunState, early_starts, format_clock, round_position,
                               warning_window)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
T0 = datetime(2017, 11, 28, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock():
    return FakeClock(T0)


def programme(ev: EventFile) -> tuple[str, str, str]:
    """Opening 10 min, Thematafels 70 min (rounds 20/30/10), Plenair 30 min."""
    a = ev.add_programme_item(title="Welkom", kind="opening", planned_minutes=10,
                              planned_start="13:00")
    b = ev.add_programme_item(title="Thematafels", kind="table_round", planned_minutes=70,
                              planned_start="13:10")
    c = ev.add_programme_item(title="Plenaire oogst", kind="plenary", planned_minutes=30,
                              planned_start="14:20")
    for label, minutes, text in (("1", 20, "Wensen en ambities"), ("2", 30, "Wie of wat is nodig"),
                                 ("3", 10, "Conclusies")):
        ev.add_question(kind="round", label=label, text=text, minutes=minutes)
    ev.add_question(kind="plenary", text="Wat heeft het mij opgeleverd?")
    return a, b, c


@pytest.fixture
def ev():
    event = EventFile.in_memory()
    yield event
    event.close()


# -- the pure logic ----------------------------------------------------------------------

def test_start_counts_down_from_the_planned_time(clock):
    state = RunState().start("item", clock.now())
    status = state.status(clock.now(), 20)
    assert (status.phase, status.remaining, status.countdown_text()) == ("running", 1200, "20:00")
    clock.advance(0.4)
    assert state.status(clock.now(), 20).countdown_text() == "20:00"  # rounded up
    clock.advance(1)
    assert state.status(clock.now(), 20).countdown_text() == "19:59"


def test_warning_in_the_last_two_minutes_then_overrun(clock):
    state = RunState().start("item", clock.now())
    clock.advance(minutes=17, seconds=59)
    assert state.status(clock.now(), 20).phase == "running"
    clock.advance(1)
    assert state.status(clock.now(), 20).phase == "warning"
    clock.advance(minutes=2)
    status = state.status(clock.now(), 20)
    assert status.phase == "overrun" and status.remaining == 0
    clock.advance(seconds=75)
    status = state.status(clock.now(), 20)
    assert status.overrun == 75 and status.countdown_text() == "\u221201:15"


def test_warning_window_is_at_most_ten_percent_of_a_short_item():
    assert warning_window(20 * 60) == 120
    assert warning_window(5 * 60) == 30  # 10% of a 5-minute pitch
    assert warning_window(60 * 60) == 120
    assert warning_window(60 * 60, 10) == 360  # 10 minutes asked, 10% is 6
    assert warning_window(10.0) == 10.0  # never longer than the item
    assert warning_window(None) is None


def test_pause_is_not_counted(clock):
    state = RunState().start("item", clock.now())
    clock.advance(minutes=5)
    state = state.pause(clock.now())
    clock.advance(minutes=30)
    status = state.status(clock.now(), 20)
    assert (status.phase, status.remaining) == ("paused", 15 * 60)
    state = state.resume(clock.now())
    clock.advance(minutes=1)
    assert state.status(clock.now(), 20).remaining == 14 * 60
    # Pausing twice and resuming twice change nothing more.
    assert state.resume(clock.now()) == state
    paused = state.pause(clock.now())
    assert paused.pause(clock.now() + timedelta(minutes=3)) == paused


def test_add_and_take_minutes(clock):
    state = RunState().start("item", clock.now())
    state = state.add_minutes(5, 20).add_minutes(-1, 20)
    assert state.status(clock.now(), 20).remaining == 24 * 60
    assert state.add_minutes(-100, 20).status(clock.now(), 20).duration == 0
    # An untimed item counts up, and becomes timed when minutes are added.
    untimed = RunState().start("item", clock.now())
    clock.advance(minutes=3)
    status = untimed.status(clock.now(), None)
    assert (status.remaining, status.countdown_text(), status.phase) == (None, "03:00", "running")
    assert untimed.add_minutes(5, None).status(clock.now(), None).remaining == 120


def test_idle_and_clock_rules(clock):
    status = RunState().status(clock.now(), 20)
    assert status.idle and status.phase == "idle" and status.countdown_text() == "--:--"
    with pytest.raises(ValueError):
        RunState().start("item", datetime(2017, 11, 28, 12, 0))  # naive: zone unknown
    assert format_clock(3725) == "1:02:05"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["pause", "resume", "wait"]),
                          st.integers(min_value=0, max_value=600)), max_size=30))
def test_elapsed_is_the_running_time_only(steps):
    clock = FakeClock(T0)
    state = RunState().start("item", clock.now())
    running = 0
    for action, seconds in steps:
        if action == "pause":
            state = state.pause(clock.now())
        elif action == "resume":
            state = state.resume(clock.now())
        else:
            clock.advance(seconds)
            running += 0 if state.paused_at else seconds
        status = state.status(clock.now(), 30)
        assert status.elapsed == running
        assert status.remaining == 30 * 60 - running
    assert RunState.from_row(state.to_row()) == state  # survives storage


def test_round_position_mapping():
    boxes = [20, 30, 10]
    # World Café: the k-th table-round item shows the k-th round question.
    assert round_position(slot=1, round_items=3, round_minutes=boxes, planned_minutes=20,
                          elapsed=0).index == 1
    assert round_position(slot=3, round_items=4, round_minutes=boxes, planned_minutes=20,
                          elapsed=0) is None
    # One item holds all rounds: a 10-minute pitch first, then 20/30/10 by time box.
    def at(minutes: float):
        return round_position(slot=0, round_items=1, round_minutes=boxes, planned_minutes=70,
                              elapsed=minutes * 60)
    assert at(5).index is None and at(5).remaining == 300
    assert (at(10).index, at(10).remaining) == (0, 1200)
    assert (at(45).index, at(45).remaining) == (1, 900)
    assert at(65).index == 2 and at(90).index == 2
    # Chosen by hand wins; not a table round: nothing.
    assert round_position(slot=0, round_items=1, round_minutes=boxes, planned_minutes=70,
                          elapsed=0, chosen=2).index == 2
    assert round_position(slot=None, round_items=1, round_minutes=boxes, planned_minutes=70,
                          elapsed=0) is None


# -- the EventFile operations ---------------------------------------------------------------

def test_start_records_actual_start_and_state(ev, clock):
    a, b, _ = programme(ev)
    ev.start_item(a, clock=clock)
    assert ev.programme_item(a).actual_start == "2017-11-28T12:00:00+00:00"
    clock.advance(minutes=8, seconds=30)
    status = ev.timer_state(clock)  # a 10-minute item warns in its last minute (10%)
    assert (status.item_id, status.phase, status.remaining) == (a, "running", 90)
    clock.advance(seconds=30)
    assert ev.timer_state(clock).phase == "warning"
    clock.advance(minutes=1)
    assert ev.timer_state(clock).phase == "overrun"


def test_next_item_ends_the_previous_and_starts_the_next(ev, clock):
    a, b, c = programme(ev)
    assert ev.next_item(clock=clock) == a  # idle: the first item that has not ended
    clock.advance(minutes=12)
    assert ev.next_item(clock=clock) == b
    assert ev.programme_item(a).actual_end == "2017-11-28T12:12:00+00:00"
    assert ev.programme_item(b).actual_start == "2017-11-28T12:12:00+00:00"
    assert ev.timer_state(clock).remaining == 70 * 60
    clock.advance(minutes=75)
    assert ev.next_item(clock=clock) == c
    clock.advance(minutes=20)
    assert ev.next_item(clock=clock) is None  # after the last item: stopped
    assert ev.timer_state(clock).idle
    assert ev.programme_item(c).actual_end == "2017-11-28T13:47:00+00:00"
    timing = ev.programme_timing(tz=timezone(timedelta(hours=1)))
    assert [(t.actual_start_text, t.actual_end_text, t.actual_minutes, t.difference)
            for t in timing] == [("13:00", "13:12", 12, 2), ("13:12", "14:27", 75, 5),
                                 ("14:27", "14:47", 20, -10)]
    assert timing[0].planned_start == "13:00"


def test_pause_resume_extend_and_stop_through_the_file(ev, clock):
    a, b, _ = programme(ev)
    ev.start_item(b, clock=clock)
    clock.advance(minutes=10)
    ev.pause_timer(clock=clock)
    clock.advance(minutes=15)
    assert ev.timer_state(clock).phase == "paused"
    ev.resume_timer(clock=clock)
    clock.advance(minutes=5)
    assert ev.timer_state(clock).remaining == 55 * 60
    ev.add_timer_minutes(5, clock=clock)
    ev.add_timer_minutes(-2, clock=clock)
    assert ev.timer_state(clock).remaining == 58 * 60
    ev.stop_timer(clock=clock)
    assert ev.timer_state(clock).idle
    assert ev.programme_item(b).actual_end == "2017-11-28T12:30:00+00:00"
    with pytest.raises(InvalidValue):
        ev.pause_timer(clock=clock)
    with pytest.raises(InvalidValue):
        ev.add_timer_minutes(1, clock=clock)
    with pytest.raises(NotFound):
        ev.start_item("no-such-item", clock=clock)


def test_starting_another_item_ends_the_current_one(ev, clock):
    a, b, c = programme(ev)
    ev.start_item(a, clock=clock)
    clock.advance(minutes=3)
    ev.start_item(c, clock=clock)
    assert ev.programme_item(a).actual_end == "2017-11-28T12:03:00+00:00"
    assert ev.timer_state(clock).item_id == c


def test_timer_operations_are_not_undo_steps(ev, clock):
    a, b, _ = programme(ev)
    heard = []
    ev.subscribe(heard.append)
    ev.update_programme_item(c := a, title="Welkom!")
    ev.start_item(b, clock=clock)
    ev.add_timer_minutes(3, clock=clock)
    assert ev.undo_label == "op.edit_programme_item"
    assert heard[-1].source == "timer" and heard[-1].kinds == {"run_state"}
    assert heard[-2].kinds == {"run_state", "programme_item"}
    ev.undo()
    assert ev.programme_item(c).title == "Welkom"
    assert ev.timer_state(clock).item_id == b  # the timer ran on


def test_undoing_an_older_programme_edit_keeps_actual_times(ev, clock):
    a, _, _ = programme(ev)
    ev.update_programme_item(a, title="Welkom!")
    ev.start_item(a, clock=clock)
    ev.undo()
    assert ev.programme_item(a).actual_start == "2017-11-28T12:00:00+00:00"


def test_deleted_current_item_reads_as_idle(ev, clock):
    a, b, _ = programme(ev)
    ev.start_item(a, clock=clock)
    ev.delete_programme_item(a)
    assert ev.timer_state(clock).idle
    assert ev.next_item(clock=clock) == b  # the first item that has not ended


def test_reopen_mid_item_continues_the_countdown(tmp_path, clock):
    path = tmp_path / "room.oogst"
    with EventFile.create(path) as ev:
        a, b, _ = programme(ev)
        ev.start_item(b, clock=clock)
        clock.advance(minutes=20)
        ev.add_timer_minutes(2, clock=clock)
    clock.advance(minutes=3)  # the laptop was restarted
    with EventFile.open(path) as ev:
        status = ev.timer_state(clock)
        assert (status.item_id, status.remaining, status.extra_minutes) == (b, 49 * 60, 2)
        ev.pause_timer(clock=clock)
    clock.advance(minutes=30)
    with EventFile.open(path) as ev:
        status = ev.timer_state(clock)
        assert (status.phase, status.remaining) == ("paused", 49 * 60)
        ev.resume_timer(clock=clock)
        clock.advance(minutes=1)
        assert ev.timer_state(clock).remaining == 48 * 60


def test_read_only_event_refuses_timer_operations(tmp_path, clock):
    path = tmp_path / "room.oogst"
    with EventFile.create(path) as ev:
        a, _, _ = programme(ev)
        ev.start_item(a, clock=clock)
    with EventFile.open(path, readonly=True) as ev:
        assert ev.timer_state(clock).item_id == a
        with pytest.raises(OogstError):
            ev.next_item(clock=clock)


def test_room_plan_round_and_plenary_questions(ev, clock):
    a, b, c = programme(ev)
    ev.start_item(b, clock=clock)
    plan = ev.room_plan()
    assert plan.next_item.id == c
    assert plan.round_at(plan.status(clock.now())) is None  # the pitch
    clock.advance(minutes=35)
    info = plan.round_at(plan.status(clock.now()))
    assert (info.question.text, info.number, info.count, info.remaining) == \
        ("Wie of wat is nodig", 2, 3, 25 * 60)
    ev.set_timer_round(0)
    plan = ev.room_plan()
    assert plan.round_at(plan.status(clock.now())).question.text == "Wensen en ambities"
    ev.next_item(clock=clock)
    plan = ev.room_plan()
    assert plan.plenary_question.text == "Wat heeft het mij opgeleverd?"
    assert plan.state.round_index is None  # a new item starts automatic again


def test_warning_minutes_setting(ev, clock):
    _, b, _ = programme(ev)
    ev.set_timer_warning(5)
    ev.start_item(b, clock=clock)
    clock.advance(minutes=65)
    assert ev.timer_state(clock).phase == "warning"
    with pytest.raises(InvalidValue):
        ev.set_timer_warning(90)


# -- schema version 3 -------------------------------------------------------------------

def test_migration_from_v2_adds_run_state(tmp_path, clock):
    path = tmp_path / "old.oogst"
    shutil.copyfile(FIXTURES / "schema_v2.oogst", path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[3](conn)
    conn.execute("COMMIT")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(run_state)")]
    assert columns[:4] == ["id", "created_at", "updated_at", "deleted_at"]
    assert {"item_id", "started_at", "paused_at", "paused_seconds", "extra_minutes",
            "warning_minutes", "round_index"} <= set(columns)
    conn.close()
    shutil.copyfile(FIXTURES / "schema_v2.oogst", path)
    with EventFile.open(path) as ev:
        assert ev.schema_version() == SCHEMA_VERSION
        assert ev.timer_state(clock).idle
        item = ev.add_programme_item(title="Opening", planned_minutes=10)
        ev.start_item(item, clock=clock)
        assert ev.timer_state(clock).remaining == 600


def test_stored_v3_file_keeps_its_running_timer(tmp_path):
    path = tmp_path / "v3.oogst"
    shutil.copyfile(FIXTURES / "schema_v3.oogst", path)
    later = FakeClock(T0 + timedelta(hours=3))
    with EventFile.open(path) as ev:
        status = ev.timer_state(later)  # paused at 12:37 after 25 of 70+5 minutes
        item = ev.programme_item(status.item_id)
        assert (item.title, status.phase, status.remaining, status.extra_minutes) == \
            ("Thematafels", "paused", 50 * 60, 5)
        assert [(t.actual_minutes, t.difference) for t in ev.programme_timing()] == \
            [(12, 2), (None, None)]


class _Item:
    def __init__(self, item_id: str, planned_start: str | None) -> None:
        self.id, self.planned_start = item_id, planned_start


def test_an_item_planned_before_one_above_it_is_named_with_that_one():
    items = [_Item("a", "19:00"), _Item("b", "20:45"), _Item("c", None),
             _Item("d", "19:45"), _Item("e", "21:00"), _Item("f", "9:30")]
    early = early_starts(items)
    assert {k: v.id for k, v in early.items()} == {"d": "b", "f": "e"}
    assert early_starts([_Item("a", "19:00"), _Item("b", "19:00")]) == {}  # same time


@given(st.lists(st.one_of(st.none(), st.times().map(lambda t: t.strftime("%H:%M")))))
def test_a_programme_in_time_order_has_no_early_starts(starts):
    """Exactly the items after a later one are early: none when the times only grow."""
    items = [_Item(str(i), s) for i, s in enumerate(starts)]
    early = early_starts(items)
    timed = [s for s in starts if s]
    assert (early == {}) == (timed == sorted(timed))
    for item_id, above in early.items():
        assert int(above.id) < int(item_id) and above.planned_start > starts[int(item_id)]
