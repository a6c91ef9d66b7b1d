"""How the minutes print notes (`minutes_notes.py`): a table's notes read as plain
rows (`Harvest.table_tree`, `ListedNote`) print exactly as the full notes do."""
from __future__ import annotations

import dataclasses

import pytest

from facilitator.exports.minutes_notes import note_blocks
from facilitator.exports.model import Harvest
from facilitator.reading import ListedNote


def _fields(x):
    """A node with the type of every value, so True and 1 differ."""
    if dataclasses.is_dataclass(x):
        return (type(x).__name__, [(f.name, _fields(getattr(x, f.name)))
                                   for f in dataclasses.fields(x)])
    if isinstance(x, (tuple, list)):
        return [_fields(y) for y in x]
    return (type(x).__name__, x)


@pytest.mark.parametrize("which", ["demo_event", "seed_event"])
@pytest.mark.parametrize("lang, anonymous", [("nl", False), ("en", True)])
def test_a_table_listing_prints_as_its_full_notes(which, lang, anonymous, request):
    event = request.getfixturevalue(which)
    h = Harvest(event, lang=lang, anonymous=anonymous)
    printed = 0
    for table in h.tables:
        listing, full = h.table_tree(table.id), event.table_note_tree(table.id)
        assert all(type(t.note) is ListedNote for t in listing)
        for kw in ({}, {"show_perspective": False, "group_speakers": True}):
            quick, general = note_blocks(h, listing, **kw), note_blocks(h, full, **kw)
            assert _fields(quick) == _fields(general)
        printed += len(listing)
    assert printed > 20


def test_key_points_votes_quotes_and_speakers_print_as_from_full_notes():
    from facilitator import EventFile
    with EventFile.in_memory() as event:
        person = event.add_participant(name="Ans Jansen", organisations=["Gemeente"])
        view = event.add_perspective(name="Burger", colour="#aa0000")
        table = event.add_table(theme="Water")
        first = event.add_note(text="**Samen** verder", table_id=table, perspective_id=view,
                               speaker_id=person)
        event.update_note(first, key_point=True)
        event.set_votes(first, votes=2)
        event.add_note(text="“Al gezegd”", table_id=table, kind="quote", parent_id=first,
                       speaker_id=person, party="Gemeente")
        second = event.add_note(text="Zonder nadruk, Ans Jansen", table_id=table, kind="quote")
        event.update_note(second, key_point=True)
        for anonymous in (False, True):
            h = Harvest(event, lang="nl", anonymous=anonymous)
            quick = note_blocks(h, h.table_tree(table))
            assert _fields(quick) == _fields(note_blocks(h, event.table_note_tree(table)))
            assert [r.bold for r in quick[0].items[0].runs[:2]] == [True, True]
