"""Preparing a meeting (`setup_ops`): update_X refuses exactly what add_X refuses.

For every object, each bad value that `add_X` refuses is fed to `update_X`:
it must be refused with the same error key, and the file must stay as it
was. Arbitrary text (lone surrogates, control characters) never raises
anything but an `OogstError`, and what was stored reads back.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import EventFile
from facilitator.errors import OogstError
from facilitator.oplib import clean_text
from facilitator.words import catalogue

_counter = itertools.count()


def file_state(event: EventFile) -> list[str]:
    """Everything in the file, as SQL (to show that a refusal wrote nothing)."""
    return list(event._conn.iterdump())


def unique() -> str:
    return str(next(_counter))


@pytest.fixture
def event(tmp_path):
    ev = EventFile.create(tmp_path / "setup.oogst", title="Samenspel")
    ev.add_perspective(name="Burgers", shortcut="1")
    ev.add_participant(name="Wietske")
    yield ev
    ev.close()


# object -> (add, update, good keywords for add)
OBJECTS: dict[str, tuple[Callable[..., str], Callable[..., None],
                         Callable[[EventFile], dict[str, Any]]]] = {
    "perspective": (EventFile.add_perspective, EventFile.update_perspective,
                    lambda ev: {"name": f"Perspectief {unique()}", "colour": "#1b9e77",
                                "shortcut": ""}),
    "programme_item": (EventFile.add_programme_item, EventFile.update_programme_item,
                       lambda ev: {"title": "Opening", "kind": "opening", "speakers": "",
                                   "description": "", "planned_start": "13:00",
                                   "planned_minutes": 15}),
    "table": (EventFile.add_table, EventFile.update_table,
              lambda ev: {"theme": "Wonen", "pitch": "", "initiative": "",
                          "number": 7}),
    "question": (EventFile.add_question, EventFile.update_question,
                 lambda ev: {"text": "Wat wensen we?", "label": "a", "minutes": 20,
                             "initiatives": ["Brengplein"]}),
    "participant": (EventFile.add_participant, EventFile.update_participant,
                    lambda ev: {"name": f"Deelnemer {unique()}",
                                "organisations": ["Gemeente"], "function": "",
                                "email": ""}),
}

BAD: list[tuple[str, str, Any, str]] = [
    ("perspective", "name", "", "error.perspective_needs_name"),
    ("perspective", "name", "  \t", "error.perspective_needs_name"),
    ("perspective", "name", 5, "error.value_must_be_text"),
    ("perspective", "colour", "rood", "error.colour_format"),
    ("perspective", "colour", "#12345", "error.colour_format"),
    ("perspective", "colour", None, "error.colour_format"),
    ("perspective", "shortcut", "ab", "error.shortcut_one_key"),
    ("perspective", "shortcut", "!", "error.shortcut_one_key"),
    ("perspective", "shortcut", "1", "error.shortcut_taken"),
    ("perspective", "shortcut", 7, "error.value_must_be_text"),
    ("programme_item", "title", 5, "error.value_must_be_text"),
    ("programme_item", "kind", "lunch", "error.value_must_be_one_of"),
    ("programme_item", "kind", None, "error.value_must_be_one_of"),
    ("programme_item", "speakers", ["Jan"], "error.value_must_be_text"),
    ("programme_item", "description", 1.5, "error.value_must_be_text"),
    ("programme_item", "planned_start", "25:00", "error.value_must_be_time"),
    ("programme_item", "planned_start", "middag", "error.value_must_be_time"),
    ("programme_item", "planned_minutes", -1, "error.minutes_out_of_range"),
    ("programme_item", "planned_minutes", 1441, "error.minutes_out_of_range"),
    ("programme_item", "planned_minutes", "lang", "error.value_must_be_minutes"),
    ("programme_item", "planned_minutes", True, "error.value_must_be_minutes"),
    ("table", "theme", 3, "error.value_must_be_text"),
    ("table", "pitch", b"x", "error.value_must_be_text"),
    ("table", "initiative", ["x"], "error.value_must_be_text"),
    ("table", "number", "drie", "error.value_must_be_whole_number"),
    ("table", "number", 2.5, "error.value_must_be_whole_number"),
    ("table", "number", True, "error.value_must_be_whole_number"),
    ("table", "host_id", "nobody", "error.not_found"),
    ("table", "note_taker_id", "nobody", "error.not_found"),
    ("table", "blocks", ["koffie"], "error.value_must_be_one_of"),
    ("table", "blocks", ["pitch", "pitch"], "error.table_block_twice"),
    ("table", "blocks", "pitch", "error.value_must_be_text_list"),
    ("question", "text", 1, "error.value_must_be_text"),
    ("question", "label", 2, "error.value_must_be_text"),
    ("question", "minutes", -5, "error.minutes_out_of_range"),
    ("question", "minutes", "kwartier", "error.value_must_be_minutes"),
    ("question", "initiatives", "Brengplein", "error.value_must_be_text_list"),
    ("question", "initiatives", [1], "error.value_must_be_text"),
    ("participant", "name", 5, "error.value_must_be_text"),
    ("participant", "organisations", "Gemeente", "error.value_must_be_text_list"),
    ("participant", "organisations", [3], "error.value_must_be_text"),
    ("participant", "function", 1, "error.value_must_be_text"),
    ("participant", "email", 2, "error.value_must_be_text"),
    ("participant", "perspective_id", "nobody", "error.not_found"),
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
    assert event.undo_label == f"op.add_{kind}"  # the refused update left no step


@pytest.mark.parametrize(("field", "bad", "key"), [
    ("title", 5, "error.value_must_be_text"),
    ("date", "gisteren", "error.value_must_be_date"),
    ("date", "2017-02-30", "error.value_must_be_date"),
    ("language", "de", "error.unknown_language"),
    ("language", ["nl"], "error.unknown_language"),
    ("minutes_status", "klaar", "error.value_must_be_one_of"),
    ("minutes_version", 0, "error.minutes_version_from_1"),
    ("minutes_version", "een", "error.value_must_be_whole_number"),
    ("introduction", ["x"], "error.value_must_be_text"),
])
def test_update_event_refuses_bad_details(event, field, bad, key):
    before = file_state(event)
    with pytest.raises(OogstError) as refused:
        event.update_event(**{field: bad})
    assert refused.value.key == key
    assert file_state(event) == before


def test_create_checks_like_update_event(tmp_path):
    for bad in ("de", None):
        with pytest.raises(OogstError) as refused:
            EventFile.create(tmp_path / "x.oogst", language=bad)
        assert refused.value.key == "error.unknown_language"
        assert not (tmp_path / "x.oogst").exists()
    with EventFile.create(tmp_path / "y.oogst", title="a\ud800b") as ev:
        assert ev.event().title == "a?b"  # what clean_text makes of a lone surrogate


def test_participant_keeps_a_name_or_an_organisation(event):
    named = event.add_participant(name="Wietske")
    organisation = event.add_participant(name="", organisations=["Movisie"])
    before = file_state(event)
    for participant_id, change in ((named, {"name": ""}), (named, {"name": "   "}),
                                   (organisation, {"organisations": []}),
                                   (organisation, {"organisations": [" ", ""]}),
                                   (named, {"name": "", "organisations": []})):
        with pytest.raises(OogstError) as refused:
            event.update_participant(participant_id, **change)
        assert refused.value.key == "error.participant_needs_name"
        assert file_state(event) == before
    # with the other field present, emptying one is fine
    event.update_participant(named, organisations=["Gemeente Utrecht"])
    event.update_participant(named, name="")
    assert event.participant(named).organisations == ("Gemeente Utrecht",)
    event.update_participant(organisation, name=" Joke ", organisations=[])
    assert event.participant(organisation).name == "Joke"


def test_update_perspective_strips_and_checks_like_add(event):
    perspective = event.add_perspective(name="  Banken ", colour="#ABCDEF", shortcut=" b ")
    event.update_perspective(perspective, name="  Hogescholen  ", colour="#FFAA00",
                             shortcut=" h ")
    stored = event.perspective(perspective)
    assert (stored.name, stored.colour, stored.shortcut) == ("Hogescholen", "#ffaa00", "h")
    event.update_perspective(perspective, shortcut="H")  # its own key stays allowed
    event.update_perspective(perspective, shortcut="")
    assert event.perspective(perspective).shortcut == ""


def test_update_question_cleans_lone_surrogates(event):
    question = event.add_question(text="Wat\ud83dnodig?", label="a\udfff")
    assert event.question(question).text == clean_text("Wat\ud83dnodig?") == "Wat?nodig?"
    event.update_question(question, text="Wie\udc00?", label="b\ud800")
    stored = event.question(question)
    assert (stored.text, stored.label) == ("Wie??", "b?")


def test_update_programme_item_checks_recorded_times(event):
    item = event.add_programme_item(title="Ronde 1", kind="table_round")
    event.update_programme_item(item, actual_start="2017-11-28T12:30:00+00:00")
    assert event.programme_item(item).actual_start == "2017-11-28T12:30:00+00:00"
    with pytest.raises(OogstError) as refused:
        event.update_programme_item(item, actual_end="straks")
    assert refused.value.key == "error.value_must_be_moment"


def test_a_programme_item_needs_a_title(event):
    item = event.add_programme_item(title="Welkom", kind="opening")
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(OogstError) as refused:
            event.update_programme_item(item, title=blank)
        assert refused.value.key == "error.programme_item_needs_title"
        with pytest.raises(OogstError):
            event.add_programme_item(title=blank)
    assert [p.title for p in event.programme()][-1] == "Welkom"


# -- arbitrary text ------------------------------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
TEXT_FIELDS = [
    # (object, field, how it reads back, stripped)
    ("perspective", "name", lambda ev, i: ev.perspective(i).name, True),
    ("programme_item", "title", lambda ev, i: ev.programme_item(i).title, False),
    ("programme_item", "speakers", lambda ev, i: ev.programme_item(i).speakers, False),
    ("programme_item", "description", lambda ev, i: ev.programme_item(i).description,
     False),
    ("table", "theme", lambda ev, i: ev.table(i).theme, False),
    ("table", "pitch", lambda ev, i: ev.table(i).pitch, False),
    ("table", "initiative", lambda ev, i: ev.table(i).initiative, False),
    ("question", "text", lambda ev, i: ev.question(i).text, False),
    ("question", "label", lambda ev, i: ev.question(i).label, False),
    ("participant", "name", lambda ev, i: ev.participant(i).name, True),
    ("participant", "function", lambda ev, i: ev.participant(i).function, False),
    ("participant", "email", lambda ev, i: ev.participant(i).email, False),
]
_scratch: dict[str, EventFile] = {}


def scratch() -> EventFile:
    if "event" not in _scratch:
        _scratch["event"] = EventFile.in_memory()
    return _scratch["event"]


@pytest.mark.parametrize(("kind", "field", "read", "stripped"), TEXT_FIELDS,
                         ids=[f"{k}.{f}" for k, f, _, _ in TEXT_FIELDS])
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=ANY_TEXT, second=ANY_TEXT)
def test_any_text_is_stored_or_refused_cleanly(kind, field, read, stripped, first, second):
    event = scratch()
    add, update, good = OBJECTS[kind]

    def expected(text: str) -> str:
        cleaned = clean_text(text)
        return cleaned.strip() if stripped else cleaned

    try:
        object_id = add(event, **{**good(event), field: first})
    except OogstError as exc:
        assert exc.key in catalogue("en")
        return
    assert read(event, object_id) == expected(first)
    try:
        update(event, object_id, **{field: second})
    except OogstError as exc:
        assert exc.key in catalogue("en")
        assert read(event, object_id) == expected(first)
        return
    assert read(event, object_id) == expected(second)


def test_a_round_is_called_a_round_in_the_undo_history(tmp_path):
    """The preparation page says "round"; so do the Edit menu's undo and redo."""
    from facilitator import EventFile
    from facilitator.words import tr
    with EventFile.create(tmp_path / "r.oogst", title="Rondes") as event:
        table = event.add_table(theme="Wonen")
        shared = event.add_question(text="Wat is er nodig?", kind="round", minutes=20)
        assert event.undo_label == "op.add_round"
        event.update_question(shared, minutes=25)
        assert event.undo_label == "op.edit_round"
        event.delete_question(shared)
        assert event.undo_label == "op.delete_round"
        assert tr(event.undo_label, "nl") == "Ronde verwijderen"
        underlying = event.add_question(text="Waarom?", table_id=table)
        event.delete_question(underlying)
        assert event.undo_label == "op.delete_question"
