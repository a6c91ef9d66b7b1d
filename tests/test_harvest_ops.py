"""Capturing the harvest (`harvest_ops`): update_X refuses exactly what add_X refuses.

Notes, actions, follow-up meetings and photos: each bad value `add_X`
refuses is refused by `update_X` with the same error key, and the file is
left as it was. Arbitrary text never raises anything but an `OogstError`,
and what was stored reads back.
"""
from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import EventFile
from facilitator.errors import OogstError
from facilitator.oplib import clean_text
from facilitator.words import catalogue

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg==")


def file_state(event: EventFile) -> list[str]:
    """Everything in the file, as SQL (to show that a refusal wrote nothing)."""
    return list(event._conn.iterdump())


@pytest.fixture
def event(tmp_path):
    ev = EventFile.create(tmp_path / "harvest.oogst", title="Samenspel")
    yield ev
    ev.close()


OBJECTS: dict[str, tuple[Callable[..., str], Callable[..., None],
                         Callable[[EventFile], dict[str, Any]]]] = {
    "note": (EventFile.add_note, EventFile.update_note,
             lambda ev: {"text": "Meer samen doen", "kind": "wish", "party": ""}),
    "action": (EventFile.add_action, EventFile.update_action,
               lambda ev: {"what": "Regionale agenda opstellen", "owner": "Movisie",
                           "partners": ["Gemeente"], "level": "regionaal",
                           "due_date": "2018-03-01", "period": "", "status": "open"}),
    "follow_up": (EventFile.add_follow_up, EventFile.update_follow_up,
                  lambda ev: {"topic": "Terugkomdag", "date": "2018-02-01",
                              "organiser": "Movisie"}),
    "attachment": (EventFile.add_attachment, EventFile.update_attachment,
                   lambda ev: {"data": PNG, "filename": "flap.png", "caption": ""}),
}

BAD: list[tuple[str, str, Any, str]] = [
    ("note", "text", "", "error.note_needs_text"),
    ("note", "text", " \n\t", "error.note_needs_text"),
    ("note", "text", 5, "error.value_must_be_text"),
    ("note", "kind", "idee", "error.value_must_be_one_of"),
    ("note", "party", ["x"], "error.value_must_be_text"),
    ("note", "perspective_id", "nobody", "error.not_found"),
    ("note", "speaker_id", "nobody", "error.not_found"),
    ("action", "what", "", "error.action_needs_description"),
    ("action", "what", "   ", "error.action_needs_description"),
    ("action", "what", 3, "error.value_must_be_text"),
    ("action", "owner", 1, "error.value_must_be_text"),
    ("action", "partners", "Gemeente, Provincie", "error.value_must_be_text_list"),
    ("action", "partners", [None, 2], "error.value_must_be_text"),
    ("action", "level", "wereld", "error.value_must_be_one_of"),
    ("action", "due_date", "morgen", "error.value_must_be_date"),
    ("action", "due_date", "2017-13-01", "error.value_must_be_date"),
    ("action", "period", 2018, "error.value_must_be_text"),
    ("action", "status", "klaar", "error.value_must_be_one_of"),
    ("follow_up", "topic", 1, "error.value_must_be_text"),
    ("follow_up", "date", "volgende week", "error.value_must_be_date"),
    ("follow_up", "organiser", ["Movisie"], "error.value_must_be_text"),
    ("attachment", "caption", 3, "error.value_must_be_text"),
    ("attachment", "table_id", "nobody", "error.not_found"),
    ("attachment", "question_id", "nobody", "error.not_found"),
]


@pytest.mark.parametrize(("kind", "field", "bad", "key"), BAD,
                         ids=[f"{k}.{f}={b!r}" for k, f, b, _ in BAD])
def test_update_refuses_what_add_refuses(event, kind, field, bad, key):
    add, update, good = OBJECTS[kind]
    before = file_state(event)
    with pytest.raises(OogstError) as added:
        add(event, **{**good(event), field: bad})
    assert added.value.key == key
    assert file_state(event) == before
    object_id = add(event, **good(event))
    before = file_state(event)
    with pytest.raises(OogstError) as updated:
        update(event, object_id, **{field: bad})
    assert updated.value.key == key
    assert file_state(event) == before


def test_update_action_keeps_a_description(event):
    action = event.add_action(what="Agenda opstellen")
    event.update_action(action, what="Agenda\ud800 delen", owner="Jan\udfff",
                        period="Q1\udc00")
    stored = event.action(action)
    assert (stored.what, stored.owner, stored.period) == ("Agenda? delen", "Jan?", "Q1?")


def test_votes_are_whole_numbers(event):
    note = event.add_note(text="Kans")
    before = file_state(event)
    for bad, key in ((-1, "error.votes_negative"),
                     ("veel", "error.value_must_be_whole_number"),
                     (1.5, "error.value_must_be_whole_number")):
        with pytest.raises(OogstError) as refused:
            event.set_votes(note, votes=bad)
        assert refused.value.key == key
    with pytest.raises(OogstError) as refused:
        event.vote(note, delta="twee")
    assert refused.value.key == "error.value_must_be_whole_number"
    assert file_state(event) == before
    assert event.vote(note, delta=2) == 2


def test_photos_are_checked_before_anything_is_written(event, tmp_path):
    before = file_state(event)
    for kwargs, key in (({"data": b""}, "error.attachment_empty"),
                        ({"data": b"not a picture", "filename": "x.txt"},
                         "error.not_a_picture"),
                        ({"data": b"not a picture"}, "error.not_a_picture_unnamed"),
                        ({"path": tmp_path / "missing.png"}, "error.file_unreadable"),
                        ({"path": tmp_path}, "error.file_unreadable")):
        with pytest.raises(OogstError) as refused:
            event.add_attachment(**kwargs)
        assert refused.value.key == key
    assert file_state(event) == before
    refused_text = refused.value.text("nl")
    assert "kan niet worden gelezen" in refused_text and "het is een map" in refused_text
    photo = tmp_path / "flap.png"
    photo.write_bytes(PNG)
    stored = event.attachment_data(event.add_attachment(path=photo, caption="Flap"))
    assert stored == PNG


def test_moving_a_note_under_itself_is_refused(event):
    parent = event.add_note(text="Ouder")
    child = event.add_note(text="Kind", parent_id=parent)
    with pytest.raises(OogstError) as refused:
        event.move_note(parent, parent_id=child, index=0)
    assert refused.value.key == "error.note_under_itself"


# -- arbitrary text ------------------------------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
TEXT_FIELDS = [
    ("note", "text", lambda ev, i: ev.note(i).text),
    ("note", "party", lambda ev, i: ev.note(i).party),
    ("action", "what", lambda ev, i: ev.action(i).what),
    ("action", "owner", lambda ev, i: ev.action(i).owner),
    ("action", "period", lambda ev, i: ev.action(i).period),
    ("follow_up", "topic", lambda ev, i: next(f.topic for f in ev.follow_ups() if f.id == i)),
    ("follow_up", "organiser",
     lambda ev, i: next(f.organiser for f in ev.follow_ups() if f.id == i)),
    ("attachment", "caption",
     lambda ev, i: next(a.caption for a in ev.attachments() if a.id == i)),
]
_scratch: dict[str, EventFile] = {}


def scratch() -> EventFile:
    if "event" not in _scratch:
        _scratch["event"] = EventFile.in_memory()
    return _scratch["event"]


@pytest.mark.parametrize(("kind", "field", "read"), TEXT_FIELDS,
                         ids=[f"{k}.{f}" for k, f, _ in TEXT_FIELDS])
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=ANY_TEXT, second=ANY_TEXT)
def test_any_text_is_stored_or_refused_cleanly(kind, field, read, first, second):
    event = scratch()
    add, update, good = OBJECTS[kind]
    try:
        object_id = add(event, **{**good(event), field: first})
    except OogstError as exc:
        assert exc.key in catalogue("en")
        return
    assert read(event, object_id) == clean_text(first)
    try:
        update(event, object_id, **{field: second})
    except OogstError as exc:
        assert exc.key in catalogue("en")
        assert read(event, object_id) == clean_text(first)
        return
    assert read(event, object_id) == clean_text(second)


@settings(max_examples=60, deadline=None)
@given(text=ANY_TEXT)
def test_search_survives_any_note_text(text):
    event = scratch()
    try:
        event.add_note(text=text)
    except OogstError as exc:
        assert exc.key == "error.note_needs_text"
    event.search(text)  # the full-text index takes whatever was stored
