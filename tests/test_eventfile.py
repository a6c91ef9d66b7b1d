"""The core object: operations, nesting, ordering, undo/redo, search, change reports."""
from __future__ import annotations

import pytest

from facilitator import EventFile, InvalidValue, NotFound, NothingToUndo


@pytest.fixture
def event(tmp_path):
    ev = EventFile.create(tmp_path / "t.oogst", title="Samenspel")
    yield ev
    ev.close()


@pytest.fixture
def place(event):
    citizens = event.add_perspective(name="Burgers", colour="#1B9E77", shortcut="1")
    council = event.add_perspective(name="Gemeenten", colour="#d95f02", shortcut="2")
    table = event.add_table(theme="Financiering")
    question = event.add_question(kind="round", text="Wensen?", minutes=20)
    return {"table": table, "question": question, "citizens": citizens, "council": council}


def texts(event, **where):
    return [(t.note.text, t.depth) for t in event.note_tree(**where)]


def test_new_file_has_event_details(event):
    event.update_event(date="2017-11-28", venue="Utrecht", organiser="Movisie")
    details = event.event()
    assert (details.title, details.date, details.venue) == ("Samenspel", "2017-11-28", "Utrecht")
    assert details.minutes_status == "concept"


def test_notes_keep_order_and_tags(event, place):
    ids = [event.add_note(text=f"punt {i}", table_id=place["table"],
                          question_id=place["question"], perspective_id=place["citizens"],
                          kind="wish") for i in range(5)]
    notes = event.notes(table_id=place["table"])
    assert [n.id for n in notes] == ids
    assert {n.kind for n in notes} == {"wish"}
    assert event.perspective(notes[0].perspective_id).colour == "#1b9e77"


def test_add_after_puts_note_in_between(event, place):
    a = event.add_note(text="a", table_id=place["table"])
    event.add_note(text="c", table_id=place["table"])
    event.add_note(text="b", table_id=place["table"], after_id=a)
    assert texts(event, table_id=place["table"]) == [("a", 0), ("b", 0), ("c", 0)]


def test_indent_outdent_and_move(event, place):
    t = place["table"]
    a = event.add_note(text="a", table_id=t)
    b = event.add_note(text="b", table_id=t)
    c = event.add_note(text="c", table_id=t)
    assert event.indent_note(a) is False  # nothing above it
    assert event.indent_note(b)
    assert event.indent_note(c)  # under a, after b
    assert texts(event, table_id=t) == [("a", 0), ("b", 1), ("c", 1)]
    assert event.indent_note(c)  # under b now
    assert texts(event, table_id=t) == [("a", 0), ("b", 1), ("c", 2)]
    assert event.outdent_note(c)
    assert event.outdent_note(c)
    assert texts(event, table_id=t) == [("a", 0), ("b", 1), ("c", 0)]
    event.move_note(c, index=0)
    assert texts(event, table_id=t) == [("c", 0), ("a", 0), ("b", 1)]
    with pytest.raises(InvalidValue):
        event.move_note(a, parent_id=b, index=0)  # under its own child


def test_move_subtree_to_another_round(event, place):
    t = place["table"]
    other = event.add_question(kind="round", text="Wie is nodig?", minutes=30)
    a = event.add_note(text="a", table_id=t, question_id=place["question"])
    event.add_note(text="a1", table_id=t, question_id=place["question"], parent_id=a)
    event.move_note(a, index=0, question_id=other, parent_id=None)
    assert texts(event, table_id=t, question_id=other) == [("a", 0), ("a1", 1)]
    assert texts(event, table_id=t, question_id=place["question"]) == []


def test_delete_note_takes_children_and_undo_restores(event, place):
    t = place["table"]
    a = event.add_note(text="a", table_id=t)
    event.add_note(text="a1", table_id=t, parent_id=a)
    event.delete_note(a)
    assert texts(event, table_id=t) == []
    with pytest.raises(NotFound):
        event.note(a)
    event.undo()
    assert texts(event, table_id=t) == [("a", 0), ("a1", 1)]
    event.redo()
    assert texts(event, table_id=t) == []


def test_undo_redo_every_kind_of_edit(event, place):
    note = event.add_note(text="oud", table_id=place["table"])
    event.update_note(note, text="nieuw", kind="conclusion")
    assert event.undo_label == "op.edit_note"
    event.undo()
    assert (event.note(note).text, event.note(note).kind) == ("oud", "point")
    event.redo()
    assert event.note(note).text == "nieuw"
    event.undo()
    event.undo()  # the add itself
    with pytest.raises(NotFound):
        event.note(note)
    event.redo()
    assert event.note(note).text == "oud"


def test_new_edit_clears_redo(event, place):
    event.add_note(text="a", table_id=place["table"])
    event.undo()
    event.add_note(text="b", table_id=place["table"])
    with pytest.raises(NothingToUndo):
        event.redo()


def test_listeners_hear_what_changed(event, place):
    heard = []
    unsubscribe = event.subscribe(heard.append)
    note = event.add_note(text="a", table_id=place["table"])
    event.action_from_note(note, owner="Gemeente")
    event.undo()
    unsubscribe()
    event.add_note(text="b", table_id=place["table"])
    assert [(c.kinds, c.source) for c in heard] == [
        (frozenset({"note"}), "edit"), (frozenset({"action"}), "edit"),
        (frozenset({"action"}), "undo")]
    assert note in heard[0].ids


def test_validation_refuses_and_writes_nothing(event, place):
    before = len(event.notes())
    with pytest.raises(InvalidValue):
        event.add_note(text="   ", table_id=place["table"])
    with pytest.raises(InvalidValue):
        event.add_note(text="x", kind="rumour")
    with pytest.raises(NotFound):
        event.add_note(text="x", table_id="no-such-table")
    with pytest.raises(InvalidValue):
        event.add_action(what="x", level="galactisch")
    with pytest.raises(InvalidValue):
        event.add_action(what="x", due_date="13 december")
    with pytest.raises(InvalidValue):
        event.add_perspective(name="X", colour="red")
    with pytest.raises(InvalidValue):
        event.add_programme_item(title="Pauze", planned_start="25:00")
    assert len(event.notes()) == before


def test_participants_seats_and_labels(event, place):
    kees = event.add_participant(name="Kees Fortuin", organisations=["De Nieuwe Jutter"],
                                 function="ZZP'er", perspective_id=place["citizens"])
    hidden = event.add_participant(name="Wietske", organisations=["Gemeente Rotterdam"],
                                   consent_named=False)
    event.assign_participant(kees, table_id=place["table"])
    event.assign_participant(kees, table_id=place["table"])  # twice is once
    event.assign_participant(hidden, table_id=place["table"])
    members = event.table_members(place["table"])
    assert [m.name for m in members] == ["Kees Fortuin", "Wietske"]
    assert members[0].label() == "Kees Fortuin, De Nieuwe Jutter"
    assert members[0].label(anonymous=True) == "De Nieuwe Jutter, ZZP'er"
    assert members[1].label() == "Gemeente Rotterdam"  # no consent: no name
    event.unassign_participant(kees, table_id=place["table"])
    assert [m.name for m in event.table_members(place["table"])] == ["Wietske"]
    event.delete_participant(hidden)
    assert event.table_members(place["table"]) == []


def test_questions_underlying_and_rounds(event, place):
    t = place["table"]
    a = event.add_question(table_id=t, label="a", text="Hoe meten we waarde?",
                           initiatives=["De Nieuwe Jutter", " DAVA ", ""])
    event.add_question(table_id=t, parent_id=a, text="WMO")
    assert event.question(a).initiatives == ("De Nieuwe Jutter", "DAVA")
    assert [q.text for q in event.questions(table_id=t, parent_id=a)] == ["WMO"]
    assert [q.text for q in event.round_questions(t)] == ["Wensen?"]  # shared
    event.add_question(kind="round", table_id=t, text="Eigen vraag", minutes=15)
    assert [q.text for q in event.round_questions(t)] == ["Eigen vraag"]


def test_programme_and_perspective_order(event):
    a = event.add_programme_item(title="Opening", kind="opening", planned_start="13:00",
                                 planned_minutes=15)
    b = event.add_programme_item(title="Tafels", kind="table_round")
    event.move_programme_item(b, index=0)
    assert [p.id for p in event.programme()] == [b, a]
    assert event.programme_item(a).planned_start == "13:00"
    x = event.add_perspective(name="X")
    y = event.add_perspective(name="Y", position=0)
    assert [p.id for p in event.perspectives()] == [y, x]


def test_actions_follow_ups_votes(event, place):
    note = event.add_note(text="Verslag rondsturen", table_id=place["table"], party="Omzien")
    action = event.action_from_note(note)
    assert event.action(action).owner == "Omzien"
    assert event.action(action).note_id == note
    event.update_action(action, partners=["Movisie", "VNG Utrecht"], level="regionaal",
                        due_date="2017-12-13", status="bezig")
    assert event.action(action).partners == ("Movisie", "VNG Utrecht")
    event.add_follow_up(topic="Bijeenkomst 2", date=None)
    event.add_follow_up(topic="Bijeenkomst 1", date="2017-12-13")
    assert [f.topic for f in event.follow_ups()] == ["Bijeenkomst 1", "Bijeenkomst 2"]
    assert event.vote(note, delta=3) == 3
    assert event.vote(note, delta=-5) == 0


def test_attachments_stored_in_file(event, place, tmp_path):
    png = tmp_path / "flap.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    att = event.add_attachment(path=png, table_id=place["table"], caption="Flip-over")
    assert event.attachment_data(att) == png.read_bytes()
    assert event.attachments(table_id=place["table"])[0].caption == "Flip-over"
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(InvalidValue):
        event.add_attachment(path=text)


def test_search_folds_diacritics_and_ignores_deleted(event, place):
    keep = event.add_note(text="Meervoudige coöperatie in de wijk", table_id=place["table"])
    gone = event.add_note(text="Coöperatie opheffen", table_id=place["table"])
    event.delete_note(gone)
    hits = event.search("cooperatie")
    assert [h.note.id for h in hits] == [keep]
    assert "[" in hits[0].snippet
    assert event.search('"; DROP TABLE note; --') == []
    assert event.search("wij") and event.search("") == []


def test_readonly_open_refuses_writes(tmp_path):
    path = tmp_path / "r.oogst"
    EventFile.create(path, title="R").close()
    with EventFile.open(path, readonly=True) as ev:
        with pytest.raises(Exception, match="read-only"):
            ev.add_perspective(name="X")


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "x.oogst"
    EventFile.create(path).close()
    with pytest.raises(OSError):
        EventFile.create(path)


def test_snapshot_is_a_frozen_copy(event, place):
    event.add_note(text="voor", table_id=place["table"])
    copy = event.snapshot()
    event.add_note(text="na", table_id=place["table"])
    assert [n.text for n in copy.notes()] == ["voor"]
    assert copy.readonly
    copy.close()
    assert len(event.notes()) == 2


def test_undo_keeps_later_changes_to_other_columns(event, place):
    note = event.add_note(text="oud", table_id=place["table"])
    event.update_note(note, text="nieuw")
    # A later change outside the undo history (like the timer's actual times).
    with event._writer.change("Outside undo", record=False) as tx:
        tx.update("note", note, {"votes": 5})
    event.undo()
    assert (event.note(note).text, event.note(note).votes) == ("oud", 5)
    event.redo()
    assert (event.note(note).text, event.note(note).votes) == ("nieuw", 5)


def test_perspective_shortcuts_are_single_unique_keys(event, place):
    with pytest.raises(InvalidValue, match="already used by Burgers"):
        event.add_perspective(name="Banken", shortcut="1")
    with pytest.raises(InvalidValue, match="one key"):
        event.add_perspective(name="Banken", shortcut="Ctrl+1")
    event.update_perspective(place["citizens"], shortcut="1")  # its own key is fine
    event.update_perspective(place["citizens"], shortcut="")
    event.add_perspective(name="Banken", shortcut="1")


def test_attachment_type_comes_from_content(event, tmp_path):
    fake = tmp_path / "flap.png"
    fake.write_text("not really a picture")
    with pytest.raises(InvalidValue, match="not a picture"):
        event.add_attachment(path=fake)
    jpeg = tmp_path / "photo.dat"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 50)
    att = event.add_attachment(path=jpeg)
    assert event.attachments()[0].mime == "image/jpeg" and att


def test_add_participants_is_one_transaction_and_one_undo(event, place):
    rows = [{"name": "Anique Jansen", "organisations": ["Participatie platform"],
             "table_ids": [place["table"]]},
            {"name": "", "organisations": ["Welzaam"], "perspective_id": place["council"]}]
    ids = event.add_participants(rows)
    assert [p.id for p in event.table_members(place["table"])] == ids[:1]
    event.undo()
    assert event.participants() == []
    with pytest.raises(InvalidValue):
        event.add_participants([{"name": "Kees"}, {"name": "", "organisations": []}])
    assert event.participants() == []  # all or nothing


def test_a_failing_backup_never_hurts_the_meeting(tmp_path, monkeypatch):
    """Backups disk full: the note is saved and no error comes after the commit;
    open and close work; the problem is remembered for the interface to say."""
    import sqlite3

    from facilitator import backups, eventfile

    path = tmp_path / "e.oogst"
    EventFile.create(path).close()

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "make_backup", full)
    backups.forget_newest(path)  # the file is not in a backup: opening makes one
    event = EventFile.open(path)  # the open backup fails quietly
    assert event.wait_for_backup(30)
    assert event.backup_problem is not None
    assert "schijf is vol" in event.backup_problem.text("nl") or \
        "disk is full" in event.backup_problem.text("en")
    event.backup_problem = None
    monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 0)
    note = event.add_note(text="Bewaard ondanks volle back-upschijf")
    assert event.wait_for_backup(30)
    assert event.backup_problem is not None  # the automatic one too, after the note
    event.close()  # no exception either
    with EventFile.open(path, readonly=True) as again:
        assert again.note(note).text == "Bewaard ondanks volle back-upschijf"


def test_check_later_still_refuses_a_damaged_file_before_any_write(damaged_index):
    from facilitator import DamagedFile, backups

    path = damaged_index
    found, kept = path.read_bytes(), backups.list_backups(path)
    event = EventFile.open(path, check_later=True)  # the quick checks pass
    with pytest.raises(DamagedFile):
        event.add_note(text="gaat niet")
    with pytest.raises(DamagedFile):
        event.finish_opening()
    with pytest.raises(DamagedFile):
        event.save_draft(text="ook niet")
    event.close()
    assert path.read_bytes() == found  # not a byte written
    assert backups.list_backups(path) == kept  # and no damaged copy among the backups
    with pytest.raises(DamagedFile):
        EventFile.open(path)  # opened at once, the check runs as before


def test_check_later_finishes_with_the_check_and_the_opening_backup(tmp_path):
    from facilitator import backups

    path = tmp_path / "goed.oogst"
    EventFile.create(path).close()
    before = len(backups.list_backups(path))
    event = EventFile.open(path, check_later=True)
    assert len(backups.list_backups(path)) == before  # nothing yet: the window paints
    event.add_note(text="de eerste notitie")  # checks the file first, then writes
    event.finish_opening()
    assert event.wait_for_backup(20)  # made in the background, as every backup
    assert len(backups.list_backups(path)) == before + 1
    event.finish_opening()  # a second time: nothing more
    assert event.wait_for_backup(20)
    assert len(backups.list_backups(path)) == before + 1
    event.close()
    with EventFile.open(path) as again:
        assert [n.text for n in again.notes()] == ["de eerste notitie"]
