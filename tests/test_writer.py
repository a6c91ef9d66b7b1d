"""The operation frame (`writer.py`): one commit, one undo step and one notice per
operation; operations that join an open one; failures that leave nothing behind
(the block's, a full disk's, a refused COMMIT or BEGIN) and the write lock free."""
from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from facilitator import writer
from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.writer import Writer


class Injected(Exception):
    """The fault the tests inject into a block."""


@pytest.fixture
def copy(demo_file, tmp_path) -> Path:
    """The demo meeting (seed 002) with an action list of its own."""
    target = tmp_path / "event.oogst"
    shutil.copyfile(demo_file, target)
    with EventFile.open(target) as event:
        for what in ("Verslagen rondsturen", "Correcties verwerken", "Nieuwsbrief"):
            event.add_action(what=what, owner="Initiatiefgroep")
    return target


def test_a_change_inside_a_change_joins_it(copy):
    with EventFile.open(copy) as event:
        heard = []
        event.subscribe(heard.append)
        table = event.tables()[0].id
        with event._writer.change("op.import_participants"):
            first = event.add_participant(name="Anna")
            event.assign_participant(first, table_id=table)
            event.add_note(text="Binnen", table_id=table)
        assert len(heard) == 1
        assert heard[0].kinds == {"participant", "membership", "note"}
        assert event.undo_label == "op.import_participants"
        event.undo()
        assert "Anna" not in [p.name for p in event.participants()]
        assert event.undo_label != "op.add_note"


def test_an_inner_failure_the_caller_handles_leaves_the_rest(copy):
    """A refused inner operation rolls back to its savepoint; the outer one goes on."""
    with EventFile.open(copy) as event:
        with event._writer.change("op.import_participants"):
            kept = event.add_participant(name="Blijft")
            with pytest.raises(Exception):
                event.add_participant(name="", organisations=[])  # refused
            with pytest.raises(Exception):
                with event._writer.change("op.add_note") as tx:
                    tx.insert("note", {"text": "half", "position": 0})
                    raise Injected("after one write")
        assert event.participant(kept).name == "Blijft"
        assert "half" not in [n.text for n in event.notes()]
        event.undo()
        assert kept not in [p.id for p in event.participants()]


def test_a_raising_listener_leaves_undo_state_and_file_in_step(copy):
    with EventFile.open(copy) as event:
        def broken(changes):
            raise RuntimeError("a view crashed")

        heard = []
        event.subscribe(broken)
        event.subscribe(heard.append)  # listeners after the broken one still hear it
        table = event.tables()[0].id
        with pytest.raises(RuntimeError):
            note = event.add_note(text="Bewaard", table_id=table)
        note = next(n.id for n in event.notes(table_id=table) if n.text == "Bewaard")
        assert event.undo_label == "op.add_note" and len(heard) == 1
        with pytest.raises(RuntimeError):
            event.undo()
        assert note not in [n.id for n in event.notes()]
        assert event.redo_label == "op.add_note"  # the file is undone, and so is the stack
        assert event.undo_label != "op.add_note"
        with pytest.raises(RuntimeError):
            event.redo()
        assert note in [n.id for n in event.notes()]
        assert event.undo_label == "op.add_note" and event.redo_label is None
        assert len(heard) == 3


def test_the_automatic_backup_runs_when_a_listener_raises(copy, monkeypatch):
    from facilitator import backups
    with EventFile.open(copy) as event:
        assert event.wait_for_backup(30)
        made = []
        monkeypatch.setattr(backups, "make_backup",
                            lambda conn, path, reason, **kw: made.append(reason) or path)
        event._last_backup -= 3600
        event.subscribe(lambda changes: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            event.add_follow_up(topic="x")
        assert event.wait_for_backup(30)
        event._last_backup -= 3600
        with pytest.raises(ZeroDivisionError):
            event.undo()
        assert event.wait_for_backup(30)
        assert made == ["auto", "auto"]


def test_undo_limit_keeps_whole_operations(copy, monkeypatch):
    monkeypatch.setattr(writer, "UNDO_LIMIT", 2)
    with EventFile.open(copy) as event:
        ids = [a.id for a in event.actions()]
        assert len(ids) >= 2
        event.delete_actions(ids)
        event.add_follow_up(topic="x")
        event.add_follow_up(topic="y")  # pushes the deletion out of the two kept steps
        event.undo()
        event.undo()
        assert event.undo_label is None
        assert event.actions() == []  # never half: all deleted or all back


class Faulty:
    """The event's connection, but one statement fails with a storage error."""

    def __init__(self, conn: sqlite3.Connection, failing: str, error: str) -> None:
        self._conn, self.failing, self.error = conn, failing, error

    def execute(self, sql: str, *args):
        if sql == self.failing:
            raise sqlite3.OperationalError(self.error)
        return self._conn.execute(sql, *args)

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction


def _note(tx, table_id: str, text: str) -> str:
    return tx.insert("note", {"text": text, "table_id": table_id, "position": 0})


def _frame_on(event: EventFile, failing: str, error: str) -> tuple[Writer, list]:
    frame, heard = Writer(Faulty(event._conn, failing, error)), []
    frame.subscribe(heard.append)
    return frame, heard


def _lock_is_free(frame: Writer) -> bool:
    """Another thread can take the write lock at once (nothing was left holding it)."""
    got = []

    def take() -> None:
        got.append(frame.lock.acquire(timeout=2))
        if got[-1]:
            frame.lock.release()
    thread = threading.Thread(target=take)
    thread.start()
    thread.join()
    return got == [True]


@pytest.mark.parametrize(("failing", "error", "key"), [
    ("COMMIT", "disk I/O error", "error.not_saved.io"),
    ("COMMIT", "database or disk is full", "error.not_saved.disk_full"),
    ("BEGIN IMMEDIATE", "attempt to write a readonly database", "error.not_saved.readonly"),
])
def test_a_refused_commit_or_begin_leaves_nothing_and_says_why(tmp_path, failing, error, key):
    with EventFile.create(tmp_path / "f.oogst", title="Fouten") as event:
        table = event.add_table(theme="Wonen")
        before = [n.id for n in event.notes()]
        frame, heard = _frame_on(event, failing, error)
        with pytest.raises(OogstError) as refused:
            with frame.change("op.add_note") as tx:
                _note(tx, table, "Niet bewaard")
        assert refused.value.key == key
        assert not event._conn.in_transaction
        assert [n.id for n in event.notes()] == before
        assert frame.undo_label is None and heard == []
        assert _lock_is_free(frame)
        frame._conn.failing = ""  # the disk is back: the next operation goes through
        with frame.change("op.add_note") as tx:
            kept = _note(tx, table, "Wel bewaard")
        assert event.note(kept).text == "Wel bewaard"
        assert frame.undo_label == "op.add_note" and len(heard) == 1


def test_a_full_disk_inside_the_block_rolls_back_and_says_so(tmp_path):
    with EventFile.create(tmp_path / "v.oogst", title="Vol") as event:
        table = event.add_table(theme="Wonen")
        frame, heard = _frame_on(event, "", "")
        with pytest.raises(OogstError) as refused:
            with frame.change("op.add_note") as tx:
                _note(tx, table, "Half")
                raise sqlite3.OperationalError("database or disk is full")
        assert refused.value.key == "error.not_saved.disk_full"
        assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
        assert "Half" not in [n.text for n in event.notes()]
        assert heard == [] and frame.undo_label is None and _lock_is_free(frame)


def test_the_blocks_own_error_goes_on_as_it_was(tmp_path):
    with EventFile.create(tmp_path / "b.oogst", title="Blok") as event:
        table = event.add_table(theme="Wonen")
        frame, _heard = _frame_on(event, "", "")
        with pytest.raises(Injected, match="na een schrijfactie"):
            with frame.change("op.add_note") as tx:
                _note(tx, table, "Half")
                raise Injected("na een schrijfactie")
        assert "Half" not in [n.text for n in event.notes()]
        assert _lock_is_free(frame)


def test_a_failure_between_the_block_and_the_commit_rolls_back(tmp_path):
    """Making the undo step and the notice can fail too (here: a source that does
    not exist): the transaction is rolled back, not left open for the next one."""
    with EventFile.create(tmp_path / "o.oogst", title="Uitkomst") as event:
        table = event.add_table(theme="Wonen")
        frame, heard = _frame_on(event, "", "")
        with pytest.raises(ValueError):
            with frame.change("op.add_note", source="onbekend") as tx:
                _note(tx, table, "Half")
        assert not event._conn.in_transaction
        assert "Half" not in [n.text for n in event.notes()]
        assert heard == [] and _lock_is_free(frame)
        with frame.change("op.add_note") as tx:
            _note(tx, table, "Daarna")
        assert "Daarna" in [n.text for n in event.notes()]
