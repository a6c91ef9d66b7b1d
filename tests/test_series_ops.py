"""Carrying open actions into a follow-up meeting and reviewing them there."""
from __future__ import annotations

import pytest

from facilitator import EventFile
from facilitator.errors import OogstError
from facilitator.series_ops import open_actions


@pytest.fixture
def earlier():
    ev = EventFile.in_memory()
    ev.update_event(title="Eerste tafel", date="2026-03-01")
    ev.add_action(what="Verslag rondsturen", owner="Gemeente", partners=["Movisie"],
                  level="regionaal", due_date="2026-03-15")
    ev.add_action(what="Al gedaan", owner="Wijkteam", status="gereed")
    ev.add_action(what="Loopt nog", owner="Provincie", status="bezig")
    return ev


def test_only_open_and_running_actions_are_carried_with_their_lineage(earlier):
    later = EventFile.in_memory()
    ids = later.carry_actions(earlier)
    assert [later.action(i).what for i in ids] == ["Verslag rondsturen", "Loopt nog"]
    first = earlier.actions()[0]
    carried = later.action(ids[0])
    assert (carried.owner, carried.partners, carried.level, carried.due_date,
            carried.status) == ("Gemeente", ("Movisie",), "regionaal", "2026-03-15", "open")
    assert carried.carried_from == first.id and carried.series_key == first.id
    assert carried.history == ({"meeting": "Eerste tafel", "date": "2026-03-01",
                                "status": "open", "due_date": "2026-03-15", "note": ""},)
    assert later.carried_actions() == later.actions()


def test_carrying_is_one_undo_step_and_never_twice(earlier):
    later = EventFile.in_memory()
    later.carry_actions(earlier)
    assert later.undo_label == "op.carry_actions"
    assert later.carry_actions(earlier) == []  # the same earlier actions: nothing new
    later.undo()
    assert later.actions() == []


def test_review_sets_status_note_and_due_date_in_one_undo_step(earlier):
    later = EventFile.in_memory()
    action_id = later.carry_actions(earlier)[0]
    later.review_action(action_id, status="gereed", review_note="Verstuurd op 10 maart",
                        due_date="2026-04-01")
    done = later.action(action_id)
    assert (done.status, done.review_note, done.due_date) == (
        "gereed", "Verstuurd op 10 maart", "2026-04-01")
    assert later.undo_label == "op.review_action"
    later.undo()
    back = later.action(action_id)
    assert (back.status, back.review_note, back.due_date) == ("open", "", "2026-03-15")


def test_review_refuses_bad_values_and_changes_nothing(earlier):
    later = EventFile.in_memory()
    action_id = later.carry_actions(earlier)[0]
    with pytest.raises(OogstError):
        later.review_action(action_id, status="half")
    with pytest.raises(OogstError):
        later.review_action(action_id, due_date="morgen")
    assert later.action(action_id).status == "open"


def test_a_series_keeps_its_first_id_and_grows_its_history(earlier):
    second = EventFile.in_memory()
    second.update_event(title="Tweede tafel", date="2026-04-01")
    second.carry_actions(earlier)
    first_id = earlier.actions()[0].id
    a2 = next(a for a in second.actions() if a.series_key == first_id)
    second.review_action(a2.id, status="bezig", review_note="Half verstuurd")
    third = EventFile.in_memory()
    third.carry_actions(second)
    a3 = next(a for a in third.actions() if a.series_key == first_id)
    assert a3.carried_from == a2.id
    assert [(h["meeting"], h["status"], h["note"]) for h in a3.history] == [
        ("Eerste tafel", "open", ""), ("Tweede tafel", "bezig", "Half verstuurd")]
    assert a3.review_note == "" and a3.status == "bezig"


def test_open_actions(earlier):
    assert [a.what for a in open_actions(earlier)] == ["Verslag rondsturen", "Loopt nog"]


def test_erasing_a_person_takes_their_name_out_of_reviews_and_history(tmp_path):
    first = EventFile.in_memory()
    first.update_event(title="Eerste", date="2026-01-01")
    first.add_action(what="Subsidie", owner="Gemeente")
    second = EventFile.in_memory()
    [carried] = second.carry_actions(first)
    second.review_action(carried, review_note="Ans Jansen belt de wethouder")
    second.update_event(title="Tweede", date="2026-02-01")
    with EventFile.create(tmp_path / "derde.oogst") as third:
        person = third.add_participant(name="Ans Jansen", organisations=["Wijkteam"])
        [again] = third.carry_actions(second)
        third.review_action(again, review_note="Ans Jansen heeft gebeld")
        third.erase_participant(person)
        action = third.action(again)
        assert "Ans Jansen" not in action.review_note
        assert "Ans Jansen" not in action.history[-1]["note"]
        assert action.history[-1]["note"].endswith("belt de wethouder")
