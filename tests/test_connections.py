"""Every SQLite connection the program opens is inert for a stranger's file:
trusted_schema off and SQLite's defensive mode on (on Python 3.11 through
ctypes on the connection's own handle, checked first; never a crash when a
check fails)."""
from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest

from facilitator import EventFile, connections
from facilitator.cli import run

ROOT = Path(__file__).resolve().parent.parent


def test_defensive_mode_is_on_and_reads_back():
    conn = connections.connect(":memory:")
    plain = sqlite3.connect(":memory:")
    try:
        assert connections.defensive(conn) is True
        assert connections.defensive(plain) is False  # the reading is real, not a constant
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        if not hasattr(sqlite3.Connection, "setconfig"):
            assert connections.status() == "ctypes"
            library = connections._library()
            db = connections._handle(conn, library)
            assert connections._db_config(library, db, -1) == 1
            assert connections._db_config(library, connections._handle(plain, library), -1) == 0
    finally:
        conn.close()
        plain.close()


def _attacks(conn: sqlite3.Connection) -> list[str]:
    """The statements a received file's author would like us to run; [] if all refused."""
    attempts = [
        "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
        "replace(sql, 'note', 'note') WHERE name = 'note'",
        "UPDATE sqlite_master SET name = 'x' WHERE name = 'note'",
        "DELETE FROM note_fts_data",
        "INSERT INTO note_fts_config VALUES ('rank', 'bm25(10.0)')",
        "UPDATE note_fts_docsize SET sz = x'00'",
    ]
    passed = []
    for sql in attempts:
        conn.execute("BEGIN")
        try:
            conn.executescript(sql) if ";" in sql else conn.execute(sql)
        except sqlite3.DatabaseError:
            pass
        else:
            passed.append(sql)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    return passed


def test_schema_and_search_index_cannot_be_written(tmp_path):
    path = tmp_path / "event.oogst"
    ev = EventFile.create(path, title="Test")
    ev.add_note(text="een oogstpunt")
    assert _attacks(ev._conn) == []
    # The same statements do pass on a connection without defensive mode (the
    # test would notice if they were simply wrong).
    copy = sqlite3.connect(":memory:", isolation_level=None)
    ev._conn.backup(copy)
    assert len(_attacks(copy)) == 5
    copy.close()
    assert ev.search("oogstpunt") and ev.integrity_check() == ["ok"]
    ev.close()
    with EventFile.open(path, readonly=True) as read:  # query_only too, and defensive
        assert connections.defensive(read._conn) is True


def test_a_wrong_call_cannot_go_unnoticed(monkeypatch, caplog):
    """The value is read back after setting: a call that set something else is
    reported (logged) and not taken for defensive mode."""
    if hasattr(sqlite3.Connection, "setconfig"):
        pytest.skip("Python 3.12+ sets it with Connection.setconfig")
    real = connections._db_config

    def garbled(library, db, value):  # e.g. an argument passed as the wrong type
        return real(library, db, 0 if value == 1 else value)

    monkeypatch.setattr(connections, "_db_config", garbled)
    monkeypatch.setattr(connections, "_warned", set())
    caplog.set_level(logging.WARNING, logger="oogst.sqlite")
    conn = connections.connect(":memory:")
    assert connections.defensive(conn) is False
    conn.close()
    assert "defensive mode reads back 0" in caplog.text


def test_a_handle_of_another_connection_is_refused(tmp_path, monkeypatch, caplog):
    """The pointer read from the Connection object is used only when SQLite says
    it is this connection's (its file, a limit set just now)."""
    if hasattr(sqlite3.Connection, "setconfig"):
        pytest.skip("Python 3.12+ sets it with Connection.setconfig")
    caplog.set_level(logging.WARNING, logger="oogst.sqlite")
    library = connections._library()
    for a, b in ((tmp_path / "a.db", tmp_path / "b.db"), (":memory:", ":memory:")):
        first, second = sqlite3.connect(a), sqlite3.connect(b)
        monkeypatch.setattr(connections, "_warned", set())
        monkeypatch.setattr(connections, "_pointer", lambda conn, other=second:
                            _raw_pointer(other))
        assert connections.enable_defensive(first) is False
        monkeypatch.undo()
        assert connections._db_config(library, _raw_pointer(second), -1) == 0  # untouched
        first.close()
        second.close()
    assert "the handle's file is" in caplog.text
    assert "a limit set on the connection reads" in caplog.text


def _raw_pointer(conn: sqlite3.Connection) -> int:
    import ctypes
    return ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value


@pytest.mark.parametrize("spoil", ["version", "library", "python"])
def test_failed_checks_are_logged_and_the_program_carries_on(tmp_path, monkeypatch, caplog,
                                                            capsys, spoil):
    if hasattr(sqlite3.Connection, "setconfig"):
        pytest.skip("Python 3.12+ sets it with Connection.setconfig")
    if spoil == "version":
        monkeypatch.setattr(sqlite3, "sqlite_version", "3.0.0")
    elif spoil == "library":
        monkeypatch.setattr(connections, "_library_file", lambda extension: "libc.so.6")
    else:
        monkeypatch.setattr(connections.sys, "version_info", (3, 10, 0))
    monkeypatch.setattr(connections, "_warned", set())
    connections._library.cache_clear()
    caplog.set_level(logging.WARNING, logger="oogst.sqlite")
    try:
        ev = EventFile.create(tmp_path / "e.oogst", title="Zonder")
        ev.add_note(text="werkt gewoon")
        assert connections.defensive(ev._conn) is None
        assert ev._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        ev.close()
        assert "SQLite defensive mode is off" in caplog.text
        assert run(["--lang", "en", "check", str(tmp_path / "e.oogst")]) == 0
        assert "defensive mode off (unavailable: " in capsys.readouterr().out
    finally:
        connections._library.cache_clear()
        monkeypatch.undo()
        connections._library()


def test_only_connections_connects():
    """No other module of the program calls sqlite3.connect itself."""
    found = []
    for folder in ("facilitator", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "connections.py" and path.parent.name == "facilitator":
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"sqlite3\s*\.\s*connect\b|from sqlite3 import", text):
                found.append(str(path.relative_to(ROOT)))
    assert found == []


class _Watch:
    """Every connection sqlite3.connect makes, and whether defensive mode was on
    when it was closed or let go (or, still open, at the end)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bool | None]] = []
        self.open: dict[int, tuple[str, sqlite3.Connection]] = {}

    def factory(self, base: type, target: str) -> type:
        watch = self

        class Watched(base):
            def _note(self) -> None:
                if watch.open.pop(id(self), None) is not None:
                    watch.seen.append((target, connections.defensive(self)))

            def close(self) -> None:
                self._note()
                super().close()

            def __del__(self) -> None:
                self._note()

        return Watched

    def finish(self) -> list[tuple[str, bool | None]]:
        for target, conn in list(self.open.values()):
            watch_target = target
            self.open.pop(id(conn))
            self.seen.append((watch_target, connections.defensive(conn)))
        return self.seen


def test_every_connection_the_program_opens_is_defensive(tmp_path, monkeypatch, capsys):
    import facilitator.agenda_across  # noqa: F401 - imported before watching
    from facilitator.follow_up import create_follow_up
    from facilitator.sessions import create_from_template, save_as_template
    from facilitator.templates import DEMO_TEMPLATE, find_template, load_template

    connections._library()  # its one probe of SQLite's source id, before watching
    watch = _Watch()
    real = sqlite3.connect

    def watched(target, *args, **kwargs):
        base = kwargs.pop("factory", sqlite3.Connection)
        conn = real(target, *args, factory=watch.factory(base, str(target)), **kwargs)
        watch.open[id(conn)] = (str(target), conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", watched)
    demo = create_from_template(tmp_path / "demo.oogst", find_template(DEMO_TEMPLATE))
    table = demo.tables()[0].id
    demo.add_note(text="een oogstpunt", table_id=table)
    demo.snapshot().close()
    demo.backup()
    demo.wait_for_backup(30)
    stick = tmp_path / "stick"
    stick.mkdir()
    copies = demo.hand_out(folder=stick, table_ids=[table])
    for copy in copies:
        with EventFile.open(copy) as c:
            c.add_note(text="van de tafel", table_id=table)
    demo.merge_copies(copies)
    person = demo.add_participant(name="Wim Wisser")
    demo.erase_participant(person)
    follow = create_follow_up(tmp_path / "vervolg.oogst", demo)
    follow.close()
    save_as_template(demo, tmp_path / "sjabloon.toml", name="Sjabloon")
    demo.close()
    create_from_template(tmp_path / "uit-sjabloon.oogst",
                         load_template(tmp_path / "sjabloon.toml")).close()
    EventFile.in_memory().close()
    for argv in (["info"], ["check"], ["search", "oogstpunt"], ["backups"]):
        run(["--lang", "en", argv[0], str(tmp_path / "demo.oogst"), *argv[1:]])
    assert run(["--lang", "en", "export", str(tmp_path / "demo.oogst"), "--xlsx",
                str(tmp_path / "w.xlsx")]) == 0
    assert run(["--lang", "en", "agenda", str(tmp_path), "--xlsx",
                str(tmp_path / "a.xlsx")]) == 0
    assert run(["--lang", "en", "restore", str(tmp_path / "demo.oogst")]) == 0
    assert "defensive mode on" in capsys.readouterr().out
    seen = watch.finish()
    kinds = {"file" if t not in (":memory:", "") else "memory" for t, _ in seen}
    print(f"\n{len(seen)} connections watched")
    assert len(seen) >= 20 and kinds == {"file", "memory"}
    assert [t for t, on in seen if on is not True] == []
