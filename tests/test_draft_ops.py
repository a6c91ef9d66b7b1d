"""Drafts: the capture field's text before Enter is kept in the file (issue 12, item 1)."""
from __future__ import annotations

import pytest

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.transactions import Source


@pytest.fixture
def event(tmp_path):
    with EventFile.create(tmp_path / "e.oogst") as ev:
        yield ev


def test_a_draft_is_kept_per_place_and_survives_reopening(tmp_path):
    path = tmp_path / "d.oogst"
    with EventFile.create(path) as ev:
        one, two = ev.add_table(theme="Een"), ev.add_table(theme="Twee")
        question = ev.add_question(text="Wensen?", kind="round", label="1")
        ev.save_draft(text="Buurtkamer als", table_id=one)
        ev.save_draft(text="in ronde 1", table_id=one, question_id=question)
        ev.save_draft(text="", table_id=two)  # nothing to keep
    with EventFile.open(path) as ev:
        assert ev.draft(table_id=one) == "Buurtkamer als"
        assert ev.draft(table_id=one, question_id=question) == "in ronde 1"
        assert ev.draft(table_id=two) == ""


def test_drafts_are_not_undo_steps_and_say_so(event):
    table = event.add_table(theme="Een")
    heard = []
    event.subscribe(heard.append)
    event.save_draft(text="half", table_id=table)
    event.save_draft(text="half getypt", table_id=table)
    assert event.undo_label == "op.add_table"  # Ctrl+Z still takes back the table
    assert [c.source for c in heard] == [Source.DRAFT, Source.DRAFT]
    assert all(c.kinds == {"draft"} for c in heard)
    event.save_draft(text="half getypt", table_id=table)  # the same: nothing written
    assert len(heard) == 2
    event.save_draft(text="  ", table_id=table)  # emptied: the draft is gone
    assert event.draft(table_id=table) == ""


def test_a_read_only_event_keeps_no_drafts(tmp_path):
    path = tmp_path / "r.oogst"
    EventFile.create(path).close()
    with EventFile.open(path, readonly=True) as ev:
        with pytest.raises(OogstError):
            ev.save_draft(text="x")
