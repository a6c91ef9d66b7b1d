"""Domain row objects (`domain.py`): `row_maker` makes the same objects as `from_row`."""
from __future__ import annotations

import dataclasses

from facilitator import EventFile, domain

KINDS = {"note": domain.Note, "theme_table": domain.ThemeTable,
         "participant": domain.Participant, "question": domain.Question,
         "action": domain.Action, "event": domain.Event, "perspective": domain.Perspective,
         "programme_item": domain.ProgrammeItem, "follow_up": domain.FollowUp}


def _event() -> EventFile:
    ev = EventFile.in_memory()
    person = ev.add_participant(name="Anna", organisations=["Gemeente", "Provincie"])
    table = ev.add_table(theme="Water", host_id=person, blocks=["notes", "rounds"],
                         block_labels={"notes": "Opgehaald:", "rounds": ""})
    first = ev.add_note(text="eerste", table_id=table)
    ev.add_note(text="daaronder", table_id=table, parent_id=first)
    ev.update_note(first, key_point=True)
    ev.add_action(what="bellen", partners=["Waterschap"], note_id=first)
    return ev


def test_row_maker_makes_what_from_row_makes():
    with _event() as ev:
        for table, cls in KINDS.items():
            cursor = ev._conn.execute(f"SELECT * FROM {table}")
            columns = tuple(d[0] for d in cursor.description)
            make = domain.row_maker(cls, columns)
            for row in cursor.fetchall():
                made, expected = make(row), cls.from_row(dict(row))
                assert type(made) is type(expected)
                assert made == expected
                assert list(vars(made).items()) == list(vars(expected).items())
        note = ev.notes()[0]
        assert note.key_point is True and isinstance(note.key_point, bool)
        assert ev.tables()[0].block_labels == (("notes", "Opgehaald:"), ("rounds", ""))
        assert ev.participants()[0].organisations == ("Gemeente", "Provincie")


def test_a_row_maker_object_is_frozen_and_works_as_a_dataclass():
    with _event() as ev:
        note = ev.notes()[0]
        try:
            note.text = "anders"  # type: ignore[misc]
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("a read note could be changed")
        assert dataclasses.replace(note, text="anders").text == "anders"
        assert hash(note) == hash(dataclasses.replace(note))
        assert dataclasses.asdict(note)["text"] == "eerste"


def test_a_column_the_query_lacks_is_none_as_with_from_row():
    with _event() as ev:
        cursor = ev._conn.execute("SELECT id, created_at, updated_at, name FROM participant")
        columns = tuple(d[0] for d in cursor.description)
        row = cursor.fetchone()
        made = domain.row_maker(domain.Participant, columns)(row)
        assert made == domain.Participant.from_row(dict(row))
        assert made.listed_as is None and made.organisations == ()
        # one column only: no itemgetter of one index (which gives a value, not a tuple)
        cursor = ev._conn.execute("SELECT id FROM participant")
        row = cursor.fetchone()
        made = domain.row_maker(domain.Participant, ("id",))(row)
        assert made == domain.Participant.from_row(dict(row))


def test_a_class_with_its_own_checks_is_made_through_them():
    @dataclasses.dataclass(frozen=True)
    class Checked(domain.Row):
        size: int

        def __post_init__(self) -> None:
            object.__setattr__(self, "size", max(0, self.size))

    made = domain.row_maker(Checked, ("id", "created_at", "updated_at", "size"))(
        ("x", "t", "t", -5))
    assert made == Checked("x", "t", "t", 0)


def test_an_action_history_from_elsewhere_reads_the_same_through_either_maker():
    """A history that is not a JSON list of objects of texts reads as no history (or
    only its texts), by `from_row` and by the quick `row_maker` alike."""
    with _event() as ev:
        cursor = ev._conn.execute("SELECT * FROM action")
        columns = tuple(d[0] for d in cursor.description)
        row = dict(cursor.fetchone())
        at = columns.index("history")
        for stored, expected in (
                ("not json", ()), ('{"meeting": "x"}', ()), ("", ()), (None, ()),
                ('[1, "x", {"meeting": "Eerste", "n": 2, "note": "ja"}]',
                 ({"meeting": "Eerste", "note": "ja"},))):
            values = [*row.values()]
            values[at] = stored
            made = domain.row_maker(domain.Action, columns)(tuple(values))
            assert made.history == expected
            assert made == domain.Action.from_row({**row, "history": stored})
