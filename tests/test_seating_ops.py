"""World Café seating as EventFile operations (facilitator/seating_ops.py)."""
from __future__ import annotations

from collections import Counter

import pytest

from facilitator.errors import InvalidValue, NothingToUndo
from facilitator.eventfile import EventFile
from facilitator.seating_planner import PlanQuality


def build(event: EventFile, *, people: int = 17, tables: int = 4) -> dict:
    """Perspectives, organisations, tables with hosts and seated participants."""
    ids: dict = {"people": [], "tables": []}
    groups = [event.add_perspective(name=name) for name in
              ("Burgers", "Gemeenten", "Zorg", "Banken", "Ministeries")]
    for i in range(people):
        ids["people"].append(event.add_participant(
            name=f"Deelnemer {i:02d}", organisations=[f"Organisatie {i % 6}"],
            perspective_id=groups[i % len(groups)]))
    for j in range(tables):
        host = ids["people"][j] if j < tables - 1 else None  # the last table has no host
        ids["tables"].append(event.add_table(theme=f"Thema {j + 1}", host_id=host))
    for i, person in enumerate(ids["people"]):
        if i >= tables - 1:  # hosts are not members: the host field is enough
            event.assign_participant(person, table_id=ids["tables"][i % tables])
    return ids


@pytest.fixture
def event(tmp_path):
    ev = EventFile.create(tmp_path / "cafe.oogst")
    ev.ids = build(ev)  # type: ignore[attr-defined]
    yield ev
    ev.close()


def live_seats(ev: EventFile) -> list[tuple[str, str, int]]:
    return sorted((s.participant_id, s.table_id, s.round) for s in ev.seats())


def test_plan_is_stored_and_read_back(event):
    ids = event.ids
    quality = event.plan_seating(rounds=3, seed=4)
    assert isinstance(quality, PlanQuality)
    plan = event.seating()
    assert plan is not None and len(plan.rounds) == 3
    assert [t.id for t in plan.tables] == ids["tables"]
    for seating in plan.rounds:
        seated = sorted(i for group in seating.values() for i in group)
        assert seated == sorted(ids["people"])  # everyone once per round (hosts included)
        sizes = [len(group) for group in seating.values()]
        assert max(sizes) - min(sizes) <= 1
    assert len(event.seats()) == 3 * len(ids["people"])
    assert event.seating_quality() == quality
    assert event.seating_problems() == []


def test_hosts_stay_at_their_table(event):
    event.plan_seating(rounds=4, seed=1)
    plan = event.seating()
    for table in event.tables():
        if table.host_id:
            assert all(seating[table.id][0] == table.host_id for seating in plan.rounds)
            assert plan.schedule(table.host_id) == (table.id,) * 4


def test_a_note_taker_stays_with_the_table(event):
    ids = event.ids
    taker = ids["people"][10]
    event.update_table(ids["tables"][3], note_taker_id=taker)
    event.plan_seating(rounds=3)
    assert event.seating().schedule(taker) == (ids["tables"][3],) * 3


def test_same_input_and_seed_give_the_same_plan(event, tmp_path):
    event.plan_seating(rounds=3, seed=9)
    first = live_seats(event)
    event.plan_seating(rounds=3, seed=9)
    assert live_seats(event) == first


def test_planner_mixes_better_than_random(event):
    quality = event.plan_seating(rounds=3)
    baseline = event.seating_quality_random(0, samples=20)
    assert quality.perspectives_per_table_round >= baseline.perspectives_per_table_round
    assert quality.repeated_encounters <= baseline.repeated_encounters
    assert quality.organisation_clashes <= baseline.organisation_clashes
    single = event.seating_quality_random(3)
    assert isinstance(single.repeated_encounters, int)


def test_plan_is_one_undo_step_that_brings_the_old_plan_back(event):
    event.plan_seating(rounds=2, seed=1)
    old = live_seats(event)
    event.plan_seating(rounds=3, seed=2)
    assert event.undo_label == "op.make_seating_plan"
    assert len(event.seating().rounds) == 3
    event.undo()
    assert live_seats(event) == old
    event.undo()
    assert event.seating() is None
    event.redo()
    event.redo()
    assert len(event.seating().rounds) == 3


def test_move_a_guest_and_refuse_a_host(event):
    ids = event.ids
    event.plan_seating(rounds=3, seed=5)
    plan = event.seating()
    guest = next(i for i in plan.rounds[1][ids["tables"][0]][1:])
    target = ids["tables"][2]
    before = Counter(len(g) for g in plan.rounds[1].values())
    others = event.move_seat(guest, round=1, table_id=target)
    after = event.seating()
    assert after.table_of(guest, 1) == target
    assert Counter(len(g) for g in after.rounds[1].values()) == before  # sizes stay balanced
    assert len(others) == 1 and after.table_of(others[0], 1) == ids["tables"][0]
    assert after.rounds[0] == plan.rounds[0] and after.rounds[2] == plan.rounds[2]
    assert event.undo_label == "op.move_seat"
    event.undo()
    assert event.seating() == plan

    host = ids["people"][0]
    with pytest.raises(InvalidValue, match=r"Deelnemer 00 hosts table 1 and stays there"):
        event.move_seat(host, round=0, table_id=target)
    with pytest.raises(InvalidValue, match="round 5 does not exist"):
        event.move_seat(guest, round=4, table_id=target)
    assert event.seating() == plan  # nothing written by a refusal


def test_moving_to_the_own_table_changes_nothing(event):
    event.plan_seating(rounds=2)
    plan = event.seating()
    guest = plan.rounds[0][event.ids["tables"][3]][0]
    label = event.undo_label
    assert event.move_seat(guest, round=0, table_id=event.ids["tables"][3]) == ()
    assert event.undo_label == label


def test_clear_and_undo(event):
    event.plan_seating(rounds=2)
    plan = event.seating()
    event.clear_seating()
    assert event.seating() is None
    with pytest.raises(InvalidValue, match="no seating plan"):
        event.seating_quality()
    event.undo()
    assert event.seating() == plan


def test_impossible_inputs_are_refused(tmp_path):
    with EventFile.create(tmp_path / "empty.oogst") as ev:
        with pytest.raises(InvalidValue, match="no theme tables"):
            ev.plan_seating(rounds=2)
        ev.add_table(theme="Alleen")
        with pytest.raises(InvalidValue, match="No participants are seated"):
            ev.plan_seating(rounds=2)
        a = ev.add_participant(name="Ans")
        ev.add_table(theme="Tweede")
        ev.assign_participant(a, table_id=ev.tables()[0].id)
        with pytest.raises(InvalidValue, match="1 participants cannot fill 2 tables"):
            ev.plan_seating(rounds=2)
        with pytest.raises(InvalidValue, match="1 to 8 rounds"):
            ev.plan_seating(rounds=0)
        with pytest.raises(InvalidValue, match="no seating plan"):
            ev.move_seat(a, round=0, table_id=ev.tables()[0].id)
        with pytest.raises(NothingToUndo):
            while True:  # the refusals wrote nothing: only the set-up is on the stack
                assert ev.undo_label != "op.make_seating_plan"
                ev.undo()


def test_one_host_for_two_tables_is_refused_by_name(tmp_path):
    with EventFile.create(tmp_path / "twice.oogst") as ev:
        host = ev.add_participant(name="Bram Host")
        t1 = ev.add_table(theme="Een", host_id=host)
        t2 = ev.add_table(theme="Twee", host_id=host)
        for name in ("Cor", "Dirk", "Eva"):
            ev.assign_participant(ev.add_participant(name=name), table_id=t1)
        with pytest.raises(InvalidValue, match="Bram Host cannot host both table 1 and "
                                               "table 2"):
            ev.plan_seating(rounds=2)
        assert t2


def test_plan_for_some_tables_only(event):
    ids = event.ids
    chosen = ids["tables"][:2]
    event.plan_seating(rounds=2, table_ids=chosen)
    plan = event.seating()
    assert [t.id for t in plan.tables] == chosen
    people = {i for seating in plan.rounds for g in seating.values() for i in g}
    members = {p.id for t in chosen for p in event.table_members(t)}
    assert people == members | {ids["people"][0], ids["people"][1]}


def test_changes_since_the_plan_are_reported(event):
    ids = event.ids
    event.plan_seating(rounds=2)
    newcomer = event.add_participant(name="Laatkomer")
    event.assign_participant(newcomer, table_id=ids["tables"][1])
    problems = event.seating_problems()
    assert [(p.kind, p.participant_id) for p in problems] == [("missing", newcomer)]
    assert problems[0].message == "Laatkomer is not in the seating plan."
    event.delete_participant(ids["people"][9])  # a guest leaves: their seats are not read
    assert all(ids["people"][9] not in g for s in event.seating().rounds for g in s.values())
    event.unassign_participant(ids["people"][10], table_id=ids["tables"][10 % 4])
    event.update_table(ids["tables"][3], host_id=ids["people"][11])
    kinds = {(p.kind, p.participant_id) for p in event.seating_problems()}
    assert ("extra", ids["people"][10]) in kinds
    assert ("host", ids["people"][11]) in kinds


def test_plan_survives_reopening(tmp_path):
    path = tmp_path / "reopen.oogst"
    with EventFile.create(path) as ev:
        build(ev, people=23, tables=5)
        ev.plan_seating(rounds=4, seed=3)
        plan, quality = ev.seating(), ev.seating_quality()
        moved_guest = plan.rounds[2][plan.tables[0].id][1]
        ev.move_seat(moved_guest, round=2, table_id=plan.tables[4].id)
        plan = ev.seating()
    with EventFile.open(path) as again:
        assert again.seating() == plan
        assert again.seating().table_of(moved_guest, 2) == plan.tables[4].id
        assert again.seating_quality().size_spread <= 1
        assert quality.repeated_encounters >= 0


def test_demo_meeting_can_be_planned(demo_file):
    with EventFile.open(demo_file) as ev:
        quality = ev.plan_seating(rounds=3)
        baseline = ev.seating_quality_random(0, samples=20)
        plan = ev.seating()
        assert len(plan.tables) == len(ev.tables())
        hosted = [t for t in ev.tables() if t.host_id]
        assert hosted and all(plan.schedule(t.host_id) == (t.id,) * 3 for t in hosted)
        assert quality.perspectives_per_table_round > baseline.perspectives_per_table_round
        assert quality.repeated_encounters < baseline.repeated_encounters
