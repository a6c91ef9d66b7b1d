"""Automatic backups on their own thread: never inside an operation, never making a
note wait, closing without needless waiting, and a kill during one leaves no
half backup counted as one."""
from __future__ import annotations

import os
import random
import threading
from pathlib import Path

import pytest

from facilitator import backups, eventfile
from facilitator.eventfile import EventFile

from kill_harness import Killer, Tally


def busy_event(path: Path, notes: int = 400) -> Path:
    with EventFile.create(path, title="Druk") as ev:
        table = ev.add_table(theme="Tafel")
        for n in range(notes):
            ev.add_note(text=f"Oogstpunt {n} " + "woorden " * 40, table_id=table)
    return path


def test_a_backup_never_reads_inside_an_operation(tmp_path, monkeypatch):
    """Each step of a background backup holds the writer's lock outside any
    transaction, while notes are committed between the steps; the backup is
    whole and holds every note committed before it finished."""
    path = busy_event(tmp_path / "e.oogst")
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    with EventFile.open(path) as ev:
        assert ev.wait_for_backup(60)
        real = ev._backups._lock
        inside: list[bool] = []
        steps = [0]

        class Watching:
            def __enter__(self):
                real.__enter__()
                steps[0] += 1
                inside.append(ev._writer._open is not None or ev._conn.in_transaction)

            def __exit__(self, *exc):
                real.__exit__(*exc)

        ev._backups._lock = Watching()
        monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 0)
        table = ev.tables()[0].id
        ev.add_note(text="start", table_id=table)  # asks for a backup
        typed = ["start"]
        while ev._backups.busy and len(typed) < 2000:
            monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 3600)
            typed.append(f"tussendoor {len(typed)}")
            ev.add_note(text=typed[-1], table_id=table)
        assert ev.wait_for_backup(60)
        assert steps[0] > 10 and not any(inside)
        assert len(typed) > 1, "no note was committed while the backup ran"
        newest = backups.list_backups(path)[0]
        count = len(ev.notes())
    with EventFile.open(newest, readonly=True) as copy:
        assert copy.integrity_check() == ["ok"]
        texts = {n.text for n in copy.notes()}
    assert "start" in texts and len(texts) <= count


def test_a_note_never_waits_for_a_backup(tmp_path, monkeypatch):
    path = busy_event(tmp_path / "e.oogst", notes=5)
    started, release = threading.Event(), threading.Event()
    threads = []

    def slow_backup(conn, event_path, *, reason, **kw):
        threads.append((threading.current_thread(), reason))
        started.set()
        assert release.wait(30)
        return Path(event_path)

    with EventFile.open(path) as ev:
        assert ev.wait_for_backup(30)
        monkeypatch.setattr(backups, "make_backup", slow_backup)
        monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 0)
        table = ev.tables()[0].id
        ev.add_note(text="eerste", table_id=table)  # a backup is due: asked for
        assert started.wait(30)
        for n in range(5):  # while it runs, notes are saved at once
            ev.add_note(text=f"tijdens {n}", table_id=table)
        assert ev._backups.busy and not release.is_set()
        assert len(ev.notes()) == 11
        release.set()
        assert ev.wait_for_backup(30)
    assert threads and all(t is not threading.main_thread() for t, _ in threads)
    assert threads[0][1] == "auto"


def test_closing_does_not_wait_for_a_backup_it_does_not_need(tmp_path, monkeypatch):
    path = busy_event(tmp_path / "e.oogst", notes=5)
    with EventFile.open(path) as ev:
        assert ev.wait_for_backup(30)
        ev.add_note(text="net voor het sluiten", table_id=ev.tables()[0].id)
        made = []
        real = backups.make_backup
        monkeypatch.setattr(backups, "make_backup",
                            lambda *a, reason, **kw: made.append(reason))
    assert made == []  # the newest backup is recent: closing copies nothing
    monkeypatch.setattr(backups, "make_backup", real)  # (not undo(): OOGST_HOME stays)
    with EventFile.open(path) as ev:  # ... the next opening does
        assert ev.wait_for_backup(30)
    assert backups.list_backups(path)[0].name.endswith("-open.oogst")
    with EventFile.open(backups.list_backups(path)[0], readonly=True) as copy:
        assert "net voor het sluiten" in {n.text for n in copy.notes()}
    with EventFile.open(path) as ev:  # a backup older than the interval: one on closing
        ev.add_note(text="later", table_id=ev.tables()[0].id)
        monkeypatch.setattr(eventfile, "AUTO_BACKUP_SECONDS", 3600)
        ev._backup_made_at -= 7200
    assert backups.list_backups(path)[0].name.endswith("-close.oogst")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_kill_during_background_backups_leaves_only_whole_ones(tmp_path):
    path = busy_event(tmp_path / "kill.oogst", notes=300)
    rng = random.Random(13)
    tally = Tally("background backup")
    job = {"kind": "auto_backup", "event": str(path), "times": 8}
    with Killer(tmp_path) as killer:
        span = 1.2 * killer.measure(job)
        for _ in range(40):
            tally.finished += killer.run(job, rng.uniform(0, span))
            tally.kills += 1
    found = backups.list_backups(path)
    assert found
    for copy in found:  # every backup listed is a whole, checked event file
        with EventFile.open(copy, readonly=True) as ev:
            assert ev.integrity_check() == ["ok"], copy.name
            assert len(ev.notes()) >= 300, copy.name
    tally.count("backups checked", len(found))
    left = [p for p in backups.backup_folder(path).iterdir() if p.suffix == ".partial"]
    tally.count("partial copies left", len(left))
    assert all(p not in found for p in left)  # a partial copy never counts as one
    with EventFile.open(path) as ev:  # opening sweeps them when it makes a copy
        assert ev.integrity_check() == ["ok"] and len(ev.notes()) >= 300
        ev.backup()
    assert not [p for p in backups.backup_folder(path).iterdir() if p.suffix == ".partial"]
    print(tally.report())


def test_closing_an_unchanged_file_gives_up_the_opening_backup(tmp_path, monkeypatch):
    """Opened and closed at once: the opening's copy, still being made, is given up
    (the file is as it was found); nothing half-made is left, the next opening
    copies it."""
    path = busy_event(tmp_path / "e.oogst", notes=300)
    backups.forget_newest(path)  # as if changed elsewhere: opening wants a copy
    before = backups.list_backups(path)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    monkeypatch.setattr(backups, "STEP_PAUSE", 0.01)  # a slow copy: still running
    event = EventFile.open(path)
    assert event._backups.busy
    event.close()
    assert event.backup_problem is None
    assert backups.list_backups(path) == before
    assert not [p for p in backups.backup_folder(path).iterdir() if p.suffix == ".partial"]
    monkeypatch.setattr(backups, "STEP_PAGES", 256)
    monkeypatch.setattr(backups, "STEP_PAUSE", 0.001)
    assert str(backups.data_dir()).startswith(str(tmp_path.parent))  # still the test's
    with EventFile.open(path) as again:
        assert again.wait_for_backup(60)
    assert len(backups.list_backups(path)) == len(before) + 1


def test_the_first_backup_of_a_file_is_never_given_up(tmp_path, monkeypatch):
    other = tmp_path / "elders"
    other.mkdir()
    path = busy_event(other / "e.oogst", notes=300)
    moved = tmp_path / "e.oogst"  # a file from elsewhere: no backup of it here yet
    os.replace(path, moved)
    assert backups.list_backups(moved) == []
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    EventFile.open(moved).close()
    assert len(backups.list_backups(moved)) == 1
