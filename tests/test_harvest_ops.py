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


# -- limits: nesting depth and text length (security issue) ------------------------------

from facilitator.harvest_ops import MAX_NOTE_DEPTH  # noqa: E402
from facilitator.oplib import FIELD_LIMITS  # noqa: E402


def _chain(ev: EventFile, table: str, levels: int) -> list[str]:
    ids = [ev.add_note(text="niveau 1", table_id=table)]
    for level in range(2, levels + 1):
        ids.append(ev.add_note(text=f"niveau {level}", table_id=table, parent_id=ids[-1]))
    return ids


def test_notes_nest_at_most_max_depth_levels():
    with EventFile.in_memory() as ev:
        table = ev.add_table(theme="Diep")
        chain = _chain(ev, table, MAX_NOTE_DEPTH)
        before = file_state(ev)
        with pytest.raises(OogstError) as info:
            ev.add_note(text="te diep", table_id=table, parent_id=chain[-1])
        assert info.value.key == "error.note_too_deep"
        assert f"at most {MAX_NOTE_DEPTH} levels" in info.value.text("en")
        assert f"hoogstens {MAX_NOTE_DEPTH} niveaus" in info.value.text("nl")
        assert file_state(ev) == before


def test_move_and_indent_refuse_a_subtree_that_would_go_too_deep():
    with EventFile.in_memory() as ev:
        table = ev.add_table(theme="Diep")
        chain = _chain(ev, table, MAX_NOTE_DEPTH - 1)
        branch = _chain(ev, table, 2)  # a note with a child: two levels
        with pytest.raises(OogstError) as info:
            ev.move_note(branch[0], parent_id=chain[-1], index=0)
        assert info.value.key == "error.note_too_deep"
        with pytest.raises(OogstError):
            ev.move_notes([branch[0]], parent_id=chain[-1], index=0)
        ev.move_note(branch[0], parent_id=chain[-2], index=0)  # exactly at the limit
        ev.add_note(text="blad 1", table_id=table, parent_id=chain[-1])  # level 12
        leaf = ev.add_note(text="blad 2", table_id=table, parent_id=chain[-1])
        before = file_state(ev)
        with pytest.raises(OogstError) as info:
            ev.indent_note(leaf)
        assert info.value.key == "error.note_too_deep"
        assert file_state(ev) == before


def test_a_one_megabyte_field_is_refused_with_a_clear_message():
    mega = "x" * 1_000_000
    with EventFile.in_memory() as ev:
        table = ev.add_table(theme="t")
        for call in (lambda: ev.add_note(text=mega, table_id=table),
                     lambda: ev.update_event(title=mega),
                     lambda: ev.add_participant(name=mega),
                     lambda: ev.add_participant(name="a", organisations=[mega]),
                     lambda: ev.add_action(what=mega),
                     lambda: ev.add_table(theme=mega)):
            with pytest.raises(OogstError) as info:
                call()
            assert info.value.key == "error.text_too_long"
            assert "1000000 characters long" in info.value.text("en")
        note = ev.add_note(text="n" * FIELD_LIMITS["text"], table_id=table)
        assert len(ev.note(note).text) == FIELD_LIMITS["text"]
        with pytest.raises(OogstError) as info:
            ev.add_participant(name="a", organisations=[f"org {i}" for i in range(500)])
        assert info.value.key == "error.too_many_items"
        with pytest.raises(OogstError) as info:
            ev.set_votes(note, votes=10 ** 30)
        assert info.value.key == "error.number_out_of_range"


def test_a_new_note_goes_after_the_last_sibling_also_after_a_deletion():
    event = EventFile.in_memory()
    first, middle, last = (event.add_note(text=t) for t in ("a", "b", "c"))
    event.delete_note(middle)
    new = event.add_note(text="d")
    assert [n.text for n in event.notes_in_place(None, None, None, None)] == ["a", "c", "d"]
    assert event.note(new).position > event.note(last).position
    child = event.add_note(text="e", parent_id=first)
    assert event.note(child).position == 0
    after = event.add_note(text="f", after_id=first)  # right after a: the others move up
    assert [n.id for n in event.notes_in_place(None, None, None, None)][:2] == [first, after]


@pytest.mark.parametrize("ref", ["table_id", "question_id", "perspective_id", "speaker_id"])
def test_a_note_refers_only_to_what_exists_and_is_not_deleted(event, ref):
    table = event.add_table(theme="Samen")
    refs = {"table_id": table, "question_id": event.add_question(text="Wat?", kind="round"),
            "perspective_id": event.add_perspective(name="Burgers"),
            "speaker_id": event.add_participant(name="Wietske")}
    assert event.note(event.add_note(text="goed", **refs)).text == "goed"
    for missing in ("nobody", 7):
        with pytest.raises(OogstError) as refused:
            event.add_note(text="nee", **{**refs, ref: missing})
        assert refused.value.key == "error.not_found"
    delete = {"table_id": event.delete_table, "question_id": event.delete_question,
              "perspective_id": event.delete_perspective,
              "speaker_id": event.delete_participant}[ref]
    delete(refs[ref])
    before = file_state(event)
    with pytest.raises(OogstError) as refused:
        event.add_note(text="nee", **refs)
    assert refused.value.key == "error.not_found" and file_state(event) == before


def test_an_action_made_from_an_emphasised_note_says_its_words(event):
    """The note keeps its marks (the minutes print them bold); the action, a new
    text of its own, says the words."""
    table = event.add_table(theme="Wonen")
    note = event.add_note(text="Het gaat vooral om **duurzaam organiseren**", table_id=table)
    action = event.action(event.action_from_note(note))
    assert action.what == "Het gaat vooral om duurzaam organiseren"
    assert event.note(note).text == "Het gaat vooral om **duurzaam organiseren**"
