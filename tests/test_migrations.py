"""Opening files of every older schema version: backup first, then each step."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator import EventFile, backups
from facilitator.schema import MIGRATIONS, SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OLD_VERSIONS = sorted(int(p.stem.split("_v")[1]) for p in FIXTURES.glob("schema_v*.oogst"))


def test_every_schema_version_has_a_fixture():
    assert OLD_VERSIONS == list(range(1, SCHEMA_VERSION + 1))


def copy_fixture(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"old_v{version}.oogst"
    shutil.copyfile(FIXTURES / f"schema_v{version}.oogst", target)
    return target


def stored_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def dump_bytes(data: bytes, tmp_path: Path) -> list[str]:
    copy = tmp_path / "original-copy.oogst"
    copy.write_bytes(data)
    return dump(copy)


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_old_file_opens_with_all_its_content(version, tmp_path):
    path = copy_fixture(version, tmp_path)
    original = path.read_bytes()
    with EventFile.open(path) as ev:
        assert ev.schema_version() == SCHEMA_VERSION
        assert ev.event().title == f"Samenspel in beweging (v{version})"
        assert [p.name for p in ev.perspectives()] == ["Burgers/inwoners", "Gemeenten"]
        table = ev.tables()[0]
        assert [m.name for m in ev.table_members(table.id)] == ["Kees Fortuin"]
        tree = [(t.note.text, t.depth) for t in ev.table_note_tree(table.id)]
        assert tree == [("Gemeenschap centraal: coöperatie van bewoners", 0),
                        ("Brengplein in plaats van haalplein", 1)]
        assert ev.actions()[0].partners == ("Movisie",)
        assert ev.follow_ups()[0].date == "2017-12-13"
        # Search works on notes written before search existed (v1 had no index).
        assert [h.note.text for h in ev.search("cooperatie")] == [tree[0][0]]
        assert ev.integrity_check() == ["ok"]
        ev.add_note(text="na de migratie", table_id=table.id)
    assert stored_version(path) == SCHEMA_VERSION
    if version < SCHEMA_VERSION:
        saved = [b for b in backups.list_backups(path) if "before-migration" in b.name]
        assert len(saved) == 1
        assert dump(saved[0]) == dump_bytes(original, tmp_path)  # the untouched old file
        assert stored_version(saved[0]) == version


def test_migration_from_v1_to_v2_adds_search_index(tmp_path):
    path = copy_fixture(1, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    assert "note_fts" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.execute("BEGIN")
    MIGRATIONS[2](conn)
    conn.execute("COMMIT")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "note_fts" in names
    hits = conn.execute("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'brengplein'")
    assert hits.fetchone()[0] == 1
    conn.close()


def test_failed_migration_leaves_old_file_intact(tmp_path, monkeypatch):
    from facilitator import schema

    path = copy_fixture(1, tmp_path)
    original = path.read_bytes()

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION, broken)
    with pytest.raises(Exception):
        EventFile.open(path)
    assert path.read_bytes() == original
    assert stored_version(path) == 1


def test_migration_to_4_links_plenary_questions_and_adds_seats(tmp_path):
    path = copy_fixture(3, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    item = conn.execute("SELECT id FROM programme_item LIMIT 1").fetchone()[0]
    conn.execute("INSERT INTO question (id, created_at, updated_at, kind, text) "
                 "VALUES ('pq', '2017', '2017', 'plenary', 'Wat neem ik mee?')")
    conn.execute("INSERT INTO note (id, created_at, updated_at, text, programme_item_id, "
                 "question_id) VALUES ('pn', '2017', '2017', 'Blijven praten', ?, 'pq')",
                 (item,))
    conn.close()
    with EventFile.open(path) as ev:
        assert [q.id for q in ev.plenary_questions(item)] == ["pq"]
        assert ev.question("pq").programme_item_id == item


def test_migration_to_6_adds_erasure_markers(tmp_path):
    path = copy_fixture(5, tmp_path)
    with EventFile.open(path) as ev:
        person = ev.find_participants("Kees Fortuin")[0]
        ev.erase_participant(person.id)
        rows = ev._conn.execute("SELECT kind, row_id FROM erasure").fetchall()
        assert ("participant", person.id) in {tuple(r) for r in rows}
    assert stored_version(path) == SCHEMA_VERSION


def test_migration_to_7_adds_drafts(tmp_path):
    path = copy_fixture(6, tmp_path)
    with EventFile.open(path) as ev:
        table = ev.tables()[0].id
        assert ev.draft(table_id=table) == ""
        ev.save_draft(text="half getypt", table_id=table)
    with EventFile.open(path) as ev:
        assert ev.draft(table_id=table) == "half getypt"
    assert stored_version(path) == SCHEMA_VERSION


def test_migration_to_8_adds_block_labels_and_issued_versions(tmp_path):
    path = copy_fixture(7, tmp_path)
    with EventFile.open(path) as ev:
        table = ev.tables()[0]
        assert table.block_labels == () and table.block_label("questions") is None
        assert ev.minutes_issues() == []
        ev.update_table(table.id, block_labels={"questions": "Achterliggende vragen:"})
        assert ev.issue_minutes(final=False, on="2017-12-01") == 1
    with EventFile.open(path) as ev:
        assert ev.tables()[0].block_label("questions") == "Achterliggende vragen:"
        [issued] = ev.minutes_issues()
        assert (issued.version, issued.status, issued.issued_on) == (1, "concept", "2017-12-01")
        assert {n.text for n in issued.notes} == {n.text for n in ev.notes()}
    assert stored_version(path) == SCHEMA_VERSION
def test_migration_to_10_adds_action_lineage(tmp_path):
    path = copy_fixture(9, tmp_path)
    with EventFile.open(path) as ev:
        action = ev.actions()[0]
        assert (action.series_id, action.carried_from, action.history,
                action.review_note) == (None, None, (), "")
        assert action.series_key == action.id and not action.carried
    with EventFile.open(copy_fixture(10, tmp_path)) as ev:
        action = ev.actions()[0]
        assert action.carried and action.series_key == "f00d" * 8
        assert action.history[0]["meeting"] == "Samenspel in beweging"
        assert action.review_note == "Verslagen zijn verstuurd"


def test_migration_to_11_adds_own_lines_for_people_and_tables(tmp_path):
    path = copy_fixture(10, tmp_path)
    with EventFile.open(path) as ev:
        person, table = ev.participants()[0], ev.tables()[0]
        assert (person.listed_as, table.heading) == ("", "")
        ev.update_participant(person.id, listed_as="Jutter, Kees")
        ev.update_table(table.id, heading="Ogst thematafel 1")
    with EventFile.open(path) as ev:
        assert (ev.participants()[0].listed_as, ev.tables()[0].heading) == (
            "Jutter, Kees", "Ogst thematafel 1")
    with EventFile.open(copy_fixture(11, tmp_path)) as ev:
        assert ev.participants()[0].listed_as == "De Nieuwe Jutter, Kees Fortuin"
        assert ev.tables()[0].heading == "Ogst thematafel 1: Structurele financiering"


@pytest.mark.parametrize("version", OLD_VERSIONS[:-1])
def test_old_file_read_only_is_migrated_in_a_private_copy_on_disk(version, tmp_path):
    """`info` and `export` on an older file: migrated in a private file on disk (not
    in memory: a file with photos is hundreds of MiB), removed on closing; the file
    itself is untouched and no backup is made of it."""
    from facilitator import private_copy
    path = copy_fixture(version, tmp_path)
    original = path.read_bytes()
    with EventFile.open(path, readonly=True) as ev:
        assert ev.schema_version() == SCHEMA_VERSION
        assert ev.event().title == f"Samenspel in beweging (v{version})"
        assert [h.note.text for h in ev.search("cooperatie")] == [
            "Gemeenschap centraal: coöperatie van bewoners"]
        copy = Path(ev._conn.execute("PRAGMA database_list").fetchone()[2])
        assert copy.parent.parent == private_copy.copies_folder().resolve() and copy.is_file()
        with pytest.raises(Exception):
            ev.add_note(text="nee")
    assert not copy.parent.exists()
    assert path.read_bytes() == original and not backups.list_backups(path)
