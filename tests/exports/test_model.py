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


def test_the_matrix_of_listed_tables_counts_as_sql_counts_every_note():
    """Once every table's notes were listed, the matrix adds their counts to SQL's of
    the rest (plenary, a deleted table's notes, no or a deleted perspective): the
    same matrix as counted by SQL alone."""
    with EventFile.in_memory() as event:
        kept, gone = (event.add_perspective(name=n) for n in ("Burger", "Weg"))
        tables = [event.add_table(theme=t) for t in ("Water", "Lucht", "Leeg")]
        item = event.add_programme_item(kind="plenary", title="Plenair")
        for i in range(12):
            event.add_note(text=f"n{i}", table_id=tables[i % 2] if i % 5 else None,
                           programme_item_id=None if i % 5 else item,
                           perspective_id=(kept, gone, None)[i % 3])
        event.delete_perspective(gone)
        old = event.add_table(theme="Oud")
        event.add_note(text="oud", table_id=old, perspective_id=kept)
        event.delete_table(old)
        listed = Harvest(event, lang="nl")
        for t in listed.tables:
            listed.table_tree(t.id)
        expected = Harvest(event, lang="nl").matrix()
        assert listed.matrix() == expected
        assert sum(expected[2].values()) == 13 and None in expected[1]
        partly = Harvest(event, lang="nl")
        partly.table_tree(tables[0])
        assert partly.matrix() == expected


def test_text_without_names_to_hide_is_what_the_anonymiser_gives():
    """With nobody to hide, `text` skips the idle anonymiser: the same texts."""
    with EventFile.in_memory() as event:
        event.add_participant(name="Ans Jansen", email="ans@example.org")
        h = Harvest(event, lang="nl")
        assert not h.anonymiser.active
        for value in (None, "", "Ans Jansen zei het", "ans@example.org", " "):
            assert h.text(value) == h.anonymiser(value or "") == Harvest.text(h, value)
        hidden = Harvest(event, lang="nl", anonymous=True)
        assert hidden.text("Ans Jansen zei het") != "Ans Jansen zei het"


def test_the_actions_are_read_once_for_the_agenda_and_the_review(monkeypatch):
    """The minutes list the actions (agenda) and review the carried ones from one
    read, `Harvest.actions`, which is what the file gives."""
    from facilitator.exports.minutes_outline import minutes_outline
    from facilitator.exports.outline import Table
    from facilitator.exports.safety import Job

    first = EventFile.in_memory()
    first.add_action(what="Verslag rondsturen", owner="Gemeente Utrecht")
    event = EventFile.in_memory()
    event.carry_actions(first)
    event.add_action(what="Zaal boeken", owner="Wijkteam")
    reads = []
    original = EventFile.actions
    monkeypatch.setattr(EventFile, "actions",
                        lambda self: reads.append(1) or original(self))
    h = Harvest(event, lang="nl")
    outline = minutes_outline(h, draft=True, job=Job(None, None, "nl"))
    assert len(reads) == 1
    assert h.actions == original(event)
    rows = [cells[0] for block in outline.blocks if isinstance(block, Table)
            for cells in block.rows]
    assert "Zaal boeken" in rows and rows.count("Verslag rondsturen") == 2  # agenda, review
