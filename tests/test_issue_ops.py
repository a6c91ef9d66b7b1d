"""Issued versions of the minutes: kept in the file, compared with the notes as they are."""
from __future__ import annotations

import json

import pytest

from facilitator import EventFile
from facilitator.errors import OogstError
from facilitator.issue_ops import note_changes


def small_event() -> tuple[EventFile, dict[str, str]]:
    ev = EventFile.in_memory()
    table = ev.add_table(theme="Wonen")
    ids = {"keep": ev.add_note(text="blijft", table_id=table),
           "edit": ev.add_note(text="Gemeente als wegberijder", table_id=table),
           "drop": ev.add_note(text="vervalt", table_id=table)}
    ids["table"] = table
    return ev, ids


def test_issuing_keeps_the_version_its_date_and_notes():
    ev, ids = small_event()
    assert ev.next_minutes_version() == 1
    assert ev.issue_minutes(final=False, on="2017-12-01") == 1
    [v1] = ev.minutes_issues()
    assert (v1.version, v1.status, v1.issued_on, v1.final) == (1, "concept", "2017-12-01", False)
    assert sorted(n.text for n in v1.notes) == sorted(n.text for n in ev.notes())
    assert (ev.event().minutes_status, ev.event().minutes_version) == ("concept", 1)
    assert ev.next_minutes_version() == 2
    assert ev.undo_label == "op.issue_minutes"


def test_v1_then_corrections_lists_exactly_the_corrections():
    ev, ids = small_event()
    ev.issue_minutes(final=False, on="2017-12-01")
    ev.update_note(ids["edit"], text="Gemeente als wegbereider")
    added = ev.add_note(text="Correctie: ook de bibliotheek", table_id=ids["table"])
    ev.delete_note(ids["drop"])
    ev.move_note(ids["keep"], index=1)  # moving alone is no correction
    changes = note_changes(ev.minutes_issues()[-1], ev.notes())
    assert [n.id for n in changes.added] == [added]
    assert [(a.text, b.text) for a, b in changes.changed] == [
        ("Gemeente als wegberijder", "Gemeente als wegbereider")]
    assert [n.text for n in changes.removed] == ["vervalt"]
    assert ev.issue_minutes(final=True, on="2017-12-12") == 2
    v1, v2 = ev.minutes_issues()
    assert v2.final and ev.event().minutes_status == "definitief"
    assert not note_changes(v2, ev.notes())  # nothing changed since v2


def test_undo_takes_the_issued_version_back():
    ev, _ = small_event()
    ev.issue_minutes(final=False)
    ev.undo()
    assert ev.minutes_issues() == [] and ev.next_minutes_version() == 1
    assert ev.event().minutes_version == 1


def test_a_bad_date_is_refused_and_nothing_is_kept():
    ev, _ = small_event()
    with pytest.raises(OogstError):
        ev.issue_minutes(final=False, on="twaalf december")
    assert ev.minutes_issues() == []


def test_erasing_a_person_takes_their_notes_out_of_issued_versions(tmp_path):
    path = tmp_path / "e.oogst"
    with EventFile.create(path) as ev:
        table = ev.add_table(theme="Wonen")
        person = ev.add_participant(name="Ans Jansen", organisations=["Gemeente Zeist"])
        said = ev.add_note(text="Ans vertelt over de buurtbus", table_id=table,
                           speaker_id=person)
        ev.add_note(text="iemand anders", table_id=table, party="Ans Jansen")
        ev.issue_minutes(final=False)
        ev.erase_participant(person, note_ids=[said])
        kept = ev._conn.execute("SELECT notes FROM minutes_issue").fetchone()[0]
    assert "buurtbus" not in kept and "Ans Jansen" not in kept
    assert [n["text"] for n in json.loads(kept)] == ["iemand anders"]
