"""The one write path: operations compose, fail whole, undo whole, and notify once.

Every multi-row operation of the core is run three ways on a copy of the
demo meeting: with a fault injected in the middle of its writes (the file
must stay byte-identical), normally (one undo step that puts every live row
back, one redo that does it again), and with a listener that raises (the
undo state must still match the file).
"""
from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator import participant_import
from facilitator.eventfile import EventFile
from facilitator.sessions import create_from_template
from facilitator.templates import DEMO_TEMPLATE, find_template
from facilitator.transactions import ChangeKind, Source, Transaction

TABLES = ("event", "perspective", "programme_item", "theme_table", "question", "participant",
          "membership", "note", "action", "follow_up", "attachment", "seat")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
       b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


class Injected(Exception):
    """The fault the tests inject into a write."""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.oogst"
    with create_from_template(path, find_template(DEMO_TEMPLATE)) as event:
        event.plan_seating(rounds=3, seed=1)
        table = event.tables()[0]
        event.add_attachment(data=PNG, filename="a.png", table_id=table.id)
        event.add_attachment(data=PNG, filename="b.png", table_id=table.id)
        event.add_follow_up(topic="Eerste")
        event.add_follow_up(topic="Tweede")
    return path


@pytest.fixture
def copy(demo_file, tmp_path) -> Path:
    target = tmp_path / "event.oogst"
    shutil.copyfile(demo_file, target)
    (tmp_path / "photo.png").write_bytes(PNG)
    with EventFile.open(target) as event:  # the demo (seed 002) has no action list
        for what in ("Verslagen rondsturen", "Correcties verwerken", "Nieuwsbrief"):
            event.add_action(what=what, owner="Initiatiefgroep")
        event.add_follow_up(topic="Bijeenkomst 1", date="2017-12-13")
        event.add_follow_up(topic="Bijeenkomst 2")
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def live_rows(event: EventFile) -> dict[str, list[tuple]]:
    """Every live row without its timestamps: what the facilitator can see."""
    out = {}
    for table in TABLES:
        rows = event._conn.execute(f"SELECT * FROM {table} WHERE deleted_at IS NULL "
                                   "ORDER BY id").fetchall()
        out[table] = [tuple((k, r[k]) for k in r.keys() if k not in
                            ("created_at", "updated_at")) for r in rows]
    return out


def _notes_of_first_table(event: EventFile) -> list[str]:
    table = event.tables()[0]
    return [n.id for n in event.notes(table_id=table.id)]


def _roots(event: EventFile) -> list:
    table = event.tables()[0]
    return [n for n in event.notes(table_id=table.id) if n.parent_id is None]


def _import_rows(event: EventFile) -> list[participant_import.ImportRow]:
    tables = event.tables()
    return [participant_import.ImportRow(
        row_number=i + 2, name=f"Nieuw {i}", organisations=("Gemeente",), function="",
        perspective_id=None, email="", consent_named=True,
        table_ids=(tables[i % len(tables)].id,)) for i in range(6)]


def _move_seat(event: EventFile) -> None:
    plan = event.seating()
    assert plan is not None
    hosts = {t.host_id for t in plan.tables}
    guest = next(i for ids in plan.rounds[0].values() for i in ids if i not in hosts)
    here = plan.table_of(guest, 0)
    other = next(t.id for t in plan.tables if t.id != here)
    event.move_seat(guest, round=0, table_id=other)


# (name, operation key, the operation on an open event)
OPERATIONS: list[tuple[str, str, Callable[[EventFile], object]]] = [
    ("delete a note with its subtree", "op.delete_note",
     lambda e: e.delete_note(next(n for n in _roots(e)
                                  if e.notes_in_place(n.table_id, n.question_id,
                                                      n.programme_item_id, n.id)).id)),
    ("delete several notes", "op.delete_notes",
     lambda e: e.delete_notes(_notes_of_first_table(e)[:6])),
    ("tag several notes", "op.edit_notes",
     lambda e: e.update_notes(_notes_of_first_table(e)[:6], kind="wish")),
    ("move several notes", "op.move_notes",
     lambda e: e.move_notes([n.id for n in _roots(e)[-3:]], parent_id=None, index=0)),
    ("move one note (renumbers its siblings)", "op.move_note",
     lambda e: e.move_note(_roots(e)[-1].id, index=0)),
    ("indent a note", "op.move_note", lambda e: e.indent_note(_roots(e)[2].id)),
    ("delete several actions", "op.delete_actions",
     lambda e: e.delete_actions([a.id for a in e.actions()])),
    ("delete several follow-ups", "op.delete_follow_up_meetings",
     lambda e: e.delete_follow_ups([f.id for f in e.follow_ups()])),
    ("add several photos", "op.add_photos",
     lambda e: e.add_attachments([e.path.parent / "photo.png"] * 3,
                                 table_id=e.tables()[1].id)),
    ("delete several photos", "op.delete_photos",
     lambda e: e.delete_attachments([a.id for a in e.attachments()])),
    ("delete a perspective (untags notes and people)", "op.delete_perspective",
     lambda e: e.delete_perspective(e.perspectives()[0].id)),
    ("delete a participant (and their seats at tables)", "op.delete_participant",
     lambda e: e.delete_participant(next(p.id for p in e.participants()
                                         if e.tables_of(p.id)))),
    ("import a registration list", "op.import_participants",
     lambda e: participant_import.apply_import(e, _import_rows(e))),
    ("make a seating plan", "op.make_seating_plan",
     lambda e: e.plan_seating(rounds=4, seed=7)),
    ("move a seat", "op.move_seat", _move_seat),
    ("clear the seating plan", "op.clear_seating_plan", lambda e: e.clear_seating()),
    ("move a table (renumbers)", "op.move_table",
     lambda e: e.move_table(e.tables()[-1].id, index=0)),
    ("move a perspective (renumbers)", "op.move_perspective",
     lambda e: e.move_perspective(e.perspectives()[-1].id, index=0)),
]
IDS = [name for name, _key, _op in OPERATIONS]


def count_writes(path: Path, operation) -> int:
    """How many row writes the operation makes (on a throw-away copy)."""
    scratch = path.with_name("count.oogst")
    shutil.copyfile(path, scratch)
    calls = 0
    real_insert, real_update = Transaction.insert, Transaction.update

    def counting(real):
        def wrapper(self, *args, **kwargs):
            nonlocal calls
            calls += 1
            return real(self, *args, **kwargs)
        return wrapper

    Transaction.insert, Transaction.update = counting(real_insert), counting(real_update)
    try:
        with EventFile.open(scratch) as event:
            operation(event)
    finally:
        Transaction.insert, Transaction.update = real_insert, real_update
        scratch.unlink()
    return calls


@pytest.mark.parametrize(("name", "key", "operation"), OPERATIONS, ids=IDS)
def test_a_fault_in_the_middle_leaves_the_file_byte_identical(copy, monkeypatch, name, key,
                                                              operation):
    writes = count_writes(copy, operation)
    assert writes >= 2, f"{name} is not a multi-row operation ({writes} write)"
    fail_at = writes // 2 + 1
    calls = 0

    def faulty(real):
        def wrapper(self, *args, **kwargs):
            nonlocal calls
            calls += 1
            if calls == fail_at:
                raise Injected(f"write {calls} of {writes}")
            return real(self, *args, **kwargs)
        return wrapper

    event = EventFile.open(copy)
    before_rows = live_rows(event)
    heard = []
    event.subscribe(heard.append)
    undo_before = event.undo_label
    event.close()
    before = digest(copy)
    with EventFile.open(copy) as event:
        event.subscribe(heard.append)
        monkeypatch.setattr(Transaction, "insert", faulty(Transaction.insert))
        monkeypatch.setattr(Transaction, "update", faulty(Transaction.update))
        with pytest.raises(Injected):
            operation(event)
        monkeypatch.undo()
        assert calls == fail_at
        assert live_rows(event) == before_rows
        assert event.undo_label is None or event.undo_label == undo_before
        assert heard == []  # nothing happened, nobody was told
    assert digest(copy) == before


@pytest.mark.parametrize(("name", "key", "operation"), OPERATIONS, ids=IDS)
def test_one_operation_is_one_undo_step_and_one_notice(copy, name, key, operation):
    with EventFile.open(copy) as event:
        before = live_rows(event)
        heard = []
        event.subscribe(heard.append)
        operation(event)
        after = live_rows(event)
        assert after != before
        assert len(heard) == 1 and heard[0].label == key and heard[0].source == Source.EDIT
        assert all(isinstance(kind, ChangeKind) for kind in heard[0].kinds)
        assert event.undo_label == key
        event.undo()
        assert live_rows(event) == before
        assert event.redo_label == key and len(heard) == 2
        event.redo()
        assert live_rows(event) == after
        assert len(heard) == 3 and heard[2].source == Source.REDO


def _first_round(event: EventFile) -> dict[str, str]:
    table = event.tables()[0]
    return {"table_id": table.id, "question_id": event.round_questions(table.id)[0].id}


# Operations that insert rows: their undo step holds each new row's after-image.
INSERTS: list[tuple[str, Callable[[EventFile], object]]] = [
    ("a note", lambda e: e.add_note(text="Nieuw", **_first_round(e))),
    ("a note under another", lambda e: e.add_note(
        text="Eronder", parent_id=e.add_note(text="Erboven", **_first_round(e)),
        **_first_round(e))),
    ("an action", lambda e: e.add_action(what="Nog een", owner="Gemeente")),
    ("a follow-up", lambda e: e.add_follow_up(topic="Later", date="2018-01-10")),
    *[(name, op) for name, key, op in OPERATIONS
      if key in ("op.add_photos", "op.import_participants", "op.make_seating_plan")],
]


@pytest.mark.parametrize(("name", "operation"), INSERTS, ids=[n for n, _ in INSERTS])
def test_an_inserted_rows_after_image_is_the_row_as_stored(copy, name, operation):
    """The INSERT returns only what SQLite filled in (defaults, the position); with
    the values given that must be the whole row, as `SELECT *` reads it."""
    with EventFile.open(copy) as event:
        operation(event)
        made = [r for r in event._writer._undo[-1].rows if r.before is None]
        assert made
        for row in made:
            stored = dict(event._conn.execute(f"SELECT * FROM {row.table} WHERE id = ?",
                                              (row.id,)).fetchone())
            if row.table == "attachment":
                stored.pop("data")  # the photo itself is not kept in undo images
            assert row.after == stored


def test_a_template_is_applied_whole_or_not_at_all(tmp_path, monkeypatch):
    from facilitator import sessions
    template = find_template(DEMO_TEMPLATE)
    scratch = EventFile.in_memory()
    heard = []
    scratch.subscribe(heard.append)
    sessions.apply_template(scratch, template)
    assert len(heard) == 1 and scratch.undo_label == "op.apply_template"
    assert len(scratch.tables()) == 5
    calls = 0
    real = Transaction.insert

    def faulty(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 100:
            raise Injected("half-way through the template")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Transaction, "insert", faulty)
    target = tmp_path / "nieuw.oogst"
    with pytest.raises(Injected):
        create_from_template(target, template)
    assert not target.exists()
    assert not list(tmp_path.glob("*.partial"))
