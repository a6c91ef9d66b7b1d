"""What the exports read (`model.py`): `Harvest` reads some things once and takes
others from what it read already; each gives what the event file gives."""
from __future__ import annotations

from facilitator import EventFile
from facilitator.exports.model import Harvest


def test_members_are_the_table_members_also_for_someone_who_came_in_since():
    with EventFile.in_memory() as event:
        table = event.add_table(theme="Water")
        people = [event.add_participant(name=f"P{i}") for i in range(3)]
        for person in reversed(people):
            event.assign_participant(person, table_id=table)
        h = Harvest(event, lang="nl")
        assert h.members(table) == event.table_members(table)
        assert [p.id for p in h.members(table)] == people[::-1]
        late = event.add_participant(name="Laat")  # not among those the harvest read
        event.assign_participant(late, table_id=table)
        assert h.members(table) == event.table_members(table)
        assert h.members(table)[-1].id == late


def test_the_matrix_and_rounds_read_once_are_what_the_file_gives():
    with EventFile.in_memory() as event:
        table = event.add_table(theme="Water")
        own = event.add_question(text="eigen", kind="round", table_id=table)
        event.add_question(text="gedeeld", kind="round")
        other = event.add_table(theme="Lucht")
        event.add_note(text="a", table_id=table, question_id=own)
        event.add_note(text="b")
        h = Harvest(event, lang="nl")
        first = h.matrix()
        first[0].append("changed by a caller")
        first[2].clear()
        rows, cols, counts = h.matrix()
        assert "changed by a caller" not in rows and sum(counts.values()) == 2
        assert cols == [table, other, None]
        assert h.round_questions(table) == event.round_questions(table)
        assert h.round_questions(other) == event.round_questions(other)
        assert [q.text for q in h.round_questions(other)] == ["gedeeld"]
