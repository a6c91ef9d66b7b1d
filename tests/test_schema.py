"""A received file is inert: its schema must be the one Oogst made (issue: foreign triggers).

Each attack file is refused before anything runs, with the damaged-file
message and the way back to a backup; `oogst check` names what is foreign.
Byte flips never end in "unexpected error".
"""
from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import cli, schema
from facilitator.errors import DamagedFile, ForeignSchema, OogstError
from facilitator.eventfile import EventFile

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def meeting(tmp_path) -> Path:
    path = tmp_path / "ontvangen.oogst"
    with EventFile.create(path, title="Van een ander") as event:
        table = event.add_table(theme="Wonen")
        for n in range(5):
            event.add_note(text=f"Oogstpunt {n} coöperatie", table_id=table)
        event.add_participant(name="Ans Jansen", email="ans@example.org")
    return path


def tamper(path: Path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


ATTACKS = {
    "a trigger that deletes notes": (
        "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN "
        "DELETE FROM note WHERE id <> NEW.id; END", "trigger wipe"),
    "a trigger that copies names away": (
        "CREATE TABLE loot(x); CREATE TRIGGER steal AFTER UPDATE ON participant BEGIN "
        "INSERT INTO loot SELECT name || email FROM participant; END", "trigger steal"),
    "a trigger that raises": (
        "CREATE TRIGGER stop BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'no'); END",
        "trigger stop"),
    "a trigger that ignores": (
        "CREATE TRIGGER swallow BEFORE UPDATE ON note BEGIN SELECT RAISE(IGNORE); END",
        "trigger swallow"),
    "a view": ("CREATE VIEW names AS SELECT name, email FROM participant", "view names"),
    "a changed table": ("ALTER TABLE note ADD COLUMN secret TEXT", "changed table note"),
}


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_a_foreign_schema_is_refused_untouched(meeting, attack):
    sql, item = ATTACKS[attack]
    digest = tamper(meeting, *sql.split("; CREATE") if "; CREATE" not in sql else
                    [sql.split("; CREATE")[0], "CREATE" + sql.split("; CREATE")[1]])
    with pytest.raises(ForeignSchema) as refused:
        EventFile.open(meeting)
    assert item in refused.value.items
    assert "did not make" in str(refused.value)
    assert "niet gemaakt" in refused.value.text("nl") or "ontbreken" in refused.value.text("nl")
    with pytest.raises(ForeignSchema):
        EventFile.open(meeting, readonly=True)
    assert hashlib.sha256(meeting.read_bytes()).hexdigest() == digest


def test_check_names_what_is_foreign(meeting, capsys):
    tamper(meeting, ATTACKS["a trigger that deletes notes"][0])
    assert cli.run(["--lang", "en", "check", str(meeting)]) == 1
    out = capsys.readouterr().out
    assert "trigger wipe" in out and "did not make" in out


def test_a_dropped_table_is_a_damaged_file(meeting):
    tamper(meeting, "DROP TABLE follow_up")
    with pytest.raises(DamagedFile) as refused:
        EventFile.open(meeting)
    assert "missing table follow_up" in refused.value.items


@pytest.mark.parametrize("version", [-1, -2_000_000])
def test_a_negative_version_is_a_damaged_file(meeting, version):
    tamper(meeting, f"PRAGMA user_version = {version}")
    with pytest.raises(DamagedFile):
        EventFile.open(meeting)


def test_byte_flips_never_end_in_an_unexpected_error(meeting, tmp_path):
    data = meeting.read_bytes()
    rng = random.Random(9)
    codes = []
    for attempt in range(25):
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(100, len(flipped))
            flipped[at] ^= 1 << rng.randrange(8)
        target = tmp_path / f"flip{attempt}.oogst"
        target.write_bytes(bytes(flipped))
        result = subprocess.run([sys.executable, "main.py", "info", str(target)],
                                capture_output=True, text=True, cwd=ROOT, timeout=60)
        codes.append(result.returncode)
        assert result.returncode in (0, 1), result.stderr
        if result.returncode == 1:
            assert "unexpected" not in result.stderr
    assert 1 in codes  # some flips were found out


def test_the_search_index_follows_edits_and_undo_without_triggers(meeting):
    with EventFile.open(meeting) as event:
        assert not event._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        assert len(event.search("cooperatie")) == 5
        note = event.search("Oogstpunt 3")[0].note
        event.update_note(note.id, text="Buurtkamer")
        assert len(event.search("cooperatie")) == 4 and event.search("buurtkamer")
        event.undo()
        assert len(event.search("cooperatie")) == 5 and not event.search("buurtkamer")
        event.redo()
        assert event.search("buurtkamer")
        assert event.integrity_check() == ["ok"]
        assert event._conn.execute(
            "INSERT INTO note_fts(note_fts) VALUES ('integrity-check')") is not None


def test_every_version_has_its_expected_schema():
    for version in range(1, schema.SCHEMA_VERSION + 1):
        objects = schema.expected_schema(version)
        assert ("table", "note") in objects
    assert not any(kind == "trigger" for kind, _ in schema.expected_schema(
        schema.SCHEMA_VERSION))


def test_errors_of_this_module_are_oogst_errors():
    assert issubclass(ForeignSchema, DamagedFile) and issubclass(DamagedFile, OogstError)


def test_version_2_is_word_for_word_what_sqlite_utils_made():
    """migrate_to_2 writes out sqlite-utils' enable_fts statements (no slow import at
    every start); files made with sqlite-utils must still match the expected schema."""
    import sqlite3

    import sqlite_utils

    from facilitator import schema

    def made(fts) -> list:
        conn = sqlite3.connect(":memory:")
        schema.migrate_to_1(conn)
        conn.execute("INSERT INTO note (id, created_at, updated_at, text, party, kind, "
                     "position) VALUES ('n', 't', 't', 'coöperatie', '', 'point', 0)")
        fts(conn)
        rows = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
        hits = conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'cooperatie'"
                            ).fetchall()
        return [rows, hits]

    ours = made(schema.migrate_to_2)
    theirs = made(lambda conn: sqlite_utils.Database(conn).table("note").enable_fts(
        ["text", "party"], fts_version="FTS5", create_triggers=True,
        tokenize="unicode61 remove_diacritics 2", replace=True))
    assert ours == theirs and ours[1]


def _attack_files(meeting: Path, folder: Path) -> dict[str, Path]:
    """Every kind of received file the security review tried, made from `meeting`."""
    data = meeting.read_bytes()
    files: dict[str, Path] = {}

    def copy(name: str, content: bytes = data) -> Path:
        path = folder / f"{len(files):02d}.oogst"
        path.write_bytes(content)
        files[name] = path
        return path

    for name, (sql, _) in ATTACKS.items():
        tamper(copy(name), *[s if s.startswith("CREATE T") or i == 0 else "CREATE" + s
                              for i, s in enumerate(sql.split("; CREATE"))])
    tamper(copy("a dropped table"), "DROP TABLE follow_up")
    tamper(copy("user_version = -1"), "PRAGMA user_version = -1")
    tamper(copy("a newer version"), "PRAGMA user_version = 999")
    conn = sqlite3.connect(copy("the schema rewritten (writable_schema)"))
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'text TEXT', 'text BLOB') "
                 "WHERE name = 'note'")
    conn.commit()
    conn.close()
    copy("a text file", b"Beste deelnemers, hierbij het verslag.")
    copy("an empty file", b"")
    copy("cut in half", data[:len(data) // 2])
    other = sqlite3.connect(copy("another program's database", b""))
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    page = int.from_bytes(data[16:18], "big")
    scribbled = bytearray(data)
    scribbled[page * 2 + 8:page * 3] = b"\xff" * (page - 8)
    copy("a page scribbled over", bytes(scribbled))
    rng = random.Random(9)
    for attempt in range(6):
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(100, len(flipped))
            flipped[at] ^= 1 << rng.randrange(8)
        copy(f"random byte flips {attempt + 1}", bytes(flipped))
    return files


def test_every_attack_file_gets_a_clear_message(meeting, tmp_path):
    """The closing figures of the security review: each attack file, and the message
    it gets (never an unexpected error; damaged ones offer the backups)."""
    folder = tmp_path / "attacks"
    folder.mkdir()
    with EventFile.open(meeting) as event:  # a backup to go back to
        event.backup()
    files = _attack_files(meeting, folder)
    outcomes = {}
    for name, path in files.items():
        before = path.read_bytes()
        try:
            EventFile.open(path).close()
        except OogstError as exc:
            outcomes[name] = exc
        else:
            outcomes[name] = None
        assert path.read_bytes() == before or outcomes[name] is None, name
    for name, exc in outcomes.items():
        message = "opened (nothing wrong found)" if exc is None else \
            f"{type(exc).__name__}: {exc.text('en').splitlines()[0][:150]}"
        print(f"\nattack file: {name} -> {message}", end="")
    print(f"\nattack files: {len(outcomes)} tried, "
          f"{sum(e is not None for e in outcomes.values())} refused with a message")
    for name in (*ATTACKS, "a dropped table", "user_version = -1",
                 "the schema rewritten (writable_schema)", "cut in half",
                 "a page scribbled over"):
        assert isinstance(outcomes[name], DamagedFile), name  # the damaged-file path
    for name in ("a text file", "an empty file", "another program's database"):
        assert outcomes[name] is not None and not isinstance(outcomes[name], DamagedFile)
    assert outcomes["a newer version"] is not None
def test_the_expected_schema_kept_between_starts_is_the_one_the_migrations_make(oogst_home):
    version = schema.SCHEMA_VERSION
    schema.expected_schema.cache_clear()
    try:
        made = schema.expected_schema(version)  # made, and written to the cache folder
        key = schema._cache_key(version)
        assert key is not None and schema._schema_cache(key).exists()
        assert schema._stored_schema(key) == made
        schema.expected_schema.cache_clear()
        assert schema.expected_schema(version) == made  # read back: the same
        # another source or SQLite: not used
        assert schema._stored_schema([*key[:-1], key[-1] + 1]) is None
    finally:
        schema.expected_schema.cache_clear()
