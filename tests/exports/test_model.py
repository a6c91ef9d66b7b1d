"""The exports' reading of an event (`model.Harvest`)."""
from __future__ import annotations

from seedlike import build_big

from facilitator import EventFile
from facilitator.exports.model import Harvest


def test_a_tables_tree_from_the_notes_read_is_the_one_the_file_gives():
    with EventFile.in_memory() as ev:
        build_big(ev, notes=300, seed=7)
        table = ev.tables()[0]
        # a note without a round and one in a round of its own come out as the file orders them
        ev.add_note(text="zonder ronde", table_id=table.id)
        harvest = Harvest(ev, lang="nl")
        for t in ev.tables():
            assert harvest.table_tree(t.id) == ev.table_note_tree(t.id)
        assert harvest.table_tree(table.id)[0].note.text == "zonder ronde"
        assert sum(len(harvest.table_tree(t.id)) for t in ev.tables()) == \
            sum(1 for n in ev.notes() if n.table_id is not None)
        assert any(item.depth > 0 for item in harvest.table_tree(table.id))
