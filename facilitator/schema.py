"""The event file's schema and its forward migrations.

`PRAGMA user_version` holds the schema version. Opening a file runs
`migrate_to_N` for every N above the file's version, all in one exclusive
transaction, after a backup (see `storage.open_connection`). A migration step
is never edited once released: a later change gets a new step, and
`tests/fixtures/schema_vN.oogst` keeps one real file per old version.

Every table has a UUID text key (rows from several files can be merged
without clashes), `created_at`/`updated_at` timestamps, and a `deleted_at`
marker instead of real deletes, so that a merge can see deletions and undo
can bring a row back.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

from . import connections


APPLICATION_ID = 0x4F4F4753  # "OOGS": marks the SQLite file as an Oogst file
SCHEMA_VERSION = 11

_COMMON = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
"""

# The row tables of the domain, in the order a dump or merge visits them.
ROW_TABLES = ("event", "perspective", "programme_item", "participant", "theme_table",
              "membership", "question", "note", "action", "follow_up", "attachment", "seat",
              "minutes_issue")
# Tables of one file's live state, not of the meeting's content: a merge of
# several files skips them (each laptop ran its own clock).
STATE_TABLES = ("run_state", "draft")
# Tables about hand-outs and merges themselves (schema 9): never merged as content.
MERGE_TABLES = ("handout", "merge_source", "merge_conflict")


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one: `executescript` would commit the migration's
    transaction halfway, breaking the all-or-nothing promise."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def migrate_to_1(conn: sqlite3.Connection) -> None:
    """The first schema: the whole domain of DESIGN.md."""
    _run(conn, f"""
    CREATE TABLE event ({_COMMON},
        title TEXT NOT NULL DEFAULT '', subtitle TEXT NOT NULL DEFAULT '',
        date TEXT, venue TEXT NOT NULL DEFAULT '', organiser TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'nl',
        minutes_status TEXT NOT NULL DEFAULT 'concept',
        minutes_version INTEGER NOT NULL DEFAULT 1,
        introduction TEXT NOT NULL DEFAULT '');
    CREATE TABLE perspective ({_COMMON},
        name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#888888',
        shortcut TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE programme_item ({_COMMON},
        position INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL DEFAULT 'other',
        title TEXT NOT NULL DEFAULT '', speakers TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        planned_start TEXT, planned_minutes INTEGER, actual_start TEXT, actual_end TEXT);
    CREATE TABLE participant ({_COMMON},
        name TEXT NOT NULL DEFAULT '', organisations TEXT NOT NULL DEFAULT '[]',
        function TEXT NOT NULL DEFAULT '', perspective_id TEXT,
        email TEXT NOT NULL DEFAULT '', consent_named INTEGER NOT NULL DEFAULT 1);
    CREATE TABLE theme_table ({_COMMON},
        number INTEGER NOT NULL DEFAULT 0, theme TEXT NOT NULL DEFAULT '',
        pitch TEXT NOT NULL DEFAULT '', initiative TEXT NOT NULL DEFAULT '',
        host_id TEXT, note_taker_id TEXT, blocks TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE membership ({_COMMON},
        table_id TEXT NOT NULL, participant_id TEXT NOT NULL);
    CREATE TABLE question ({_COMMON},
        kind TEXT NOT NULL, table_id TEXT, parent_id TEXT,
        label TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',
        minutes INTEGER, initiatives TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE note ({_COMMON},
        text TEXT NOT NULL DEFAULT '', table_id TEXT, question_id TEXT,
        programme_item_id TEXT, perspective_id TEXT, speaker_id TEXT,
        party TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'point',
        parent_id TEXT, position INTEGER NOT NULL DEFAULT 0,
        votes INTEGER NOT NULL DEFAULT 0, key_point INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE action ({_COMMON},
        what TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
        partners TEXT NOT NULL DEFAULT '[]', level TEXT NOT NULL DEFAULT 'lokaal',
        due_date TEXT, period TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open',
        note_id TEXT, position INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE follow_up ({_COMMON},
        date TEXT, topic TEXT NOT NULL DEFAULT '', organiser TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE attachment ({_COMMON},
        filename TEXT NOT NULL, mime TEXT NOT NULL DEFAULT 'application/octet-stream',
        caption TEXT NOT NULL DEFAULT '', table_id TEXT, question_id TEXT,
        position INTEGER NOT NULL DEFAULT 0, size INTEGER NOT NULL DEFAULT 0,
        data BLOB NOT NULL);
    CREATE INDEX note_place ON note(table_id, question_id, parent_id, position);
    CREATE INDEX membership_table ON membership(table_id);
    CREATE INDEX question_table ON question(table_id, position);
    """)


# The statements sqlite-utils' `enable_fts(["text", "party"], fts_version="FTS5",
# create_triggers=True, tokenize="unicode61 remove_diacritics 2")` ran when
# version 2 was made, word for word: the schema check compares files with this
# text. Written out so that every start (which builds the expected schema) does
# not import sqlite-utils (0.2 s); tests/test_schema.py compares the two.
_FTS_STATEMENTS = (
    'CREATE VIRTUAL TABLE "note_fts" USING FTS5 (\n    "text", "party",\n'
    "    tokenize='unicode61 remove_diacritics 2',\n    content=\"note\"\n)",
    'INSERT INTO "note_fts" (rowid, "text", "party")\n'
    '    SELECT rowid, "text", "party" FROM "note";',
    'CREATE TRIGGER "note_ai" AFTER INSERT ON "note" BEGIN\n'
    '  INSERT INTO "note_fts" (rowid, "text", "party") VALUES (new.rowid, new."text", '
    'new."party");\nEND;',
    'CREATE TRIGGER "note_ad" AFTER DELETE ON "note" BEGIN\n'
    '  INSERT INTO "note_fts" ("note_fts", rowid, "text", "party") VALUES(\'delete\', '
    'old.rowid, old."text", old."party");\nEND;',
    'CREATE TRIGGER "note_au" AFTER UPDATE ON "note" BEGIN\n'
    '  INSERT INTO "note_fts" ("note_fts", rowid, "text", "party") VALUES(\'delete\', '
    'old.rowid, old."text", old."party");\n'
    '  INSERT INTO "note_fts" (rowid, "text", "party") VALUES (new.rowid, new."text", '
    'new."party");\nEND;',
)


def migrate_to_2(conn: sqlite3.Connection) -> None:
    """Full-text search over notes (FTS5), kept in step by triggers.

    Diacritics are folded so that "cooperatie" finds "coöperatie".
    """
    for statement in _FTS_STATEMENTS:
        conn.execute(statement)


def migrate_to_3(conn: sqlite3.Connection) -> None:
    """The programme timer's state, so a countdown survives closing the file.

    One row (id ``'run'``, written by `timer_ops`): the current programme item,
    when it started (UTC ISO), when it was paused, the seconds spent paused
    before, minutes added or taken, the warning window and a round question
    chosen by hand. Actual start and end times of items go into
    ``programme_item.actual_start/actual_end``, which exist since version 1.
    """
    _run(conn, f"""
    CREATE TABLE run_state ({_COMMON},
        item_id TEXT, started_at TEXT, paused_at TEXT,
        paused_seconds REAL NOT NULL DEFAULT 0,
        extra_minutes INTEGER NOT NULL DEFAULT 0,
        warning_minutes INTEGER NOT NULL DEFAULT 2,
        round_index INTEGER)
    """)


def migrate_to_4(conn: sqlite3.Connection) -> None:
    """World Café seating, and plenary questions tied to their programme item.

    ``seat``: who sits at which table in which round (0-based) when
    participants rotate; hosts have a seat at their own table every round.
    ``question.programme_item_id``: the plenary item a plenary question
    belongs to (before, the view had to guess from the notes). Existing
    plenary questions are linked to the item their notes are on.
    """
    _run(conn, f"""
    CREATE TABLE seat ({_COMMON},
        participant_id TEXT NOT NULL, table_id TEXT NOT NULL, round INTEGER NOT NULL);
    CREATE INDEX seat_round ON seat(round, table_id);
    ALTER TABLE question ADD COLUMN programme_item_id TEXT;
    UPDATE question SET programme_item_id = (
        SELECT note.programme_item_id FROM note
        WHERE note.question_id = question.id AND note.programme_item_id IS NOT NULL
        LIMIT 1)
    WHERE kind = 'plenary'
    """)


def migrate_to_5(conn: sqlite3.Connection) -> None:
    """The search index is kept in step by the write path, not by triggers.

    Files are opened with ``trusted_schema=OFF`` (a received file must not
    run anything), and under that setting a trigger may not write a virtual
    table such as the FTS5 index. `transactions.Transaction` now updates
    ``note_fts`` itself whenever a note's text or party changes; the index
    content stays as it was.
    """
    _run(conn, """
    DROP TRIGGER IF EXISTS note_ai;
    DROP TRIGGER IF EXISTS note_ad;
    DROP TRIGGER IF EXISTS note_au
    """)


def migrate_to_6(conn: sqlite3.Connection) -> None:
    """Erasure markers (AVG/GDPR art. 17, `erasure_ops`).

    ``erasure``: one row per row that was erased for good (hard-deleted, not
    the usual soft delete): the erased row's table (``kind``) and id
    (``row_id``), never its content. A merge of several files uses it to
    never bring an erased person, note or action back from another copy.
    """
    _run(conn, f"""
    CREATE TABLE erasure ({_COMMON},
        kind TEXT NOT NULL, row_id TEXT NOT NULL);
    CREATE INDEX erasure_row ON erasure(kind, row_id)
    """)


def migrate_to_7(conn: sqlite3.Connection) -> None:
    """Drafts: the text typed in a capture field but not yet saved as a note.

    ``draft``: at most one live row per place (``place`` is
    "table_id|question_id|programme_item_id"), kept while the facilitator
    types (`draft_ops`), so closing the window, switching table or a crash
    loses nothing; it is put back in the field when the place is shown again.
    State of this laptop, not content of the meeting: a merge skips it.
    """
    _run(conn, f"""
    CREATE TABLE draft ({_COMMON},
        place TEXT NOT NULL, text TEXT NOT NULL DEFAULT '');
    CREATE INDEX draft_place ON draft(place)
    """)


def migrate_to_8(conn: sqlite3.Connection) -> None:
    """The minutes' own words and their issued versions.

    ``theme_table.block_labels``: a JSON object from a block of the table's
    minutes ("questions", "conclusions", ...) to the heading the minutes use
    for it instead of the program's word ("Achterliggende vragen:"); an empty
    text leaves the heading out.
    ``minutes_issue``: one row per issued version of the minutes ("Concept v1",
    "Definitief v2"): its number, status, date and the notes it contained
    (JSON: id, text and place of every note), so a later version can list
    what changed since (`issue_ops`).
    """
    _run(conn, f"""
    ALTER TABLE theme_table ADD COLUMN block_labels TEXT NOT NULL DEFAULT '{{}}';
    CREATE TABLE minutes_issue ({_COMMON},
        version INTEGER NOT NULL, status TEXT NOT NULL, issued_on TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]')
    """)


# The row tables as they were at version 9 (ROW_TABLES may grow later).
_ROW_TABLES_AT_9 = ("event", "perspective", "programme_item", "participant", "theme_table",
                    "membership", "question", "note", "action", "follow_up", "attachment",
                    "seat", "minutes_issue")


def migrate_to_9(conn: sqlite3.Connection) -> None:
    """Hand-outs and merging (`handout_ops`, `merge_ops`, docs/merge.md).

    ``clocks`` on every row table: a JSON object field -> the time that field
    last changed (a field not named changed when the row was made,
    ``created_at``). `transactions.Transaction.update` keeps it; a merge takes
    per field the version with the later clock.
    ``handout``: in a hand-out copy, one row per hand-out it descends from
    (the event's id, the moment of handing out, the table it opens on).
    ``merge_source``: in the event, per hand-out merged, the newest change of
    that copy seen (merging the same copy again adds nothing).
    ``merge_conflict``: the versions of a field that lost to a later change
    made on another laptop, kept visible so the organiser can switch to one.
    """
    for table in _ROW_TABLES_AT_9:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN clocks TEXT NOT NULL DEFAULT '{{}}'")
    _run(conn, f"""
    CREATE TABLE handout ({_COMMON},
        event_id TEXT NOT NULL, handed_out_at TEXT NOT NULL, table_id TEXT,
        label TEXT NOT NULL DEFAULT '');
    CREATE TABLE merge_source ({_COMMON},
        label TEXT NOT NULL DEFAULT '', merged_up_to TEXT NOT NULL);
    CREATE TABLE merge_conflict ({_COMMON},
        kind TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,
        value TEXT, clock TEXT NOT NULL);
    CREATE INDEX merge_conflict_row ON merge_conflict(kind, row_id)
    """)


def migrate_to_10(conn: sqlite3.Connection) -> None:
    """A series of meetings: an action's lineage and its review (`series_ops`).

    ``action.series_id``: the id of the first action of its series (NULL: the
    action is its own first); ``action.carried_from``: the id of the action
    in the earlier meeting it was carried in from; ``action.history``: JSON,
    one entry per earlier meeting it passed through (meeting title and date,
    status, due date and review note there), oldest first;
    ``action.review_note``: what happened since the meeting it was carried
    from, written when it is reviewed in this one.
    """
    _run(conn, """
    ALTER TABLE action ADD COLUMN series_id TEXT;
    ALTER TABLE action ADD COLUMN carried_from TEXT;
    ALTER TABLE action ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE action ADD COLUMN review_note TEXT NOT NULL DEFAULT ''
    """)


def migrate_to_11(conn: sqlite3.Connection) -> None:
    """The minutes' own words for people and tables (seed 002 writes them so).

    ``participant.listed_as``: the person as the minutes' lists write them,
    as typed ("Gemeente Woudenberg, R. Hilderink"); '' prints the program's
    "Name (organisation, function)". Never printed when names are left out.
    ``theme_table.heading``: the table's heading in the minutes as typed
    ("Ogst thematafel 4: ..."); '' prints "Oogst thematafel N: theme".
    """
    _run(conn, """
    ALTER TABLE participant ADD COLUMN listed_as TEXT NOT NULL DEFAULT '';
    ALTER TABLE theme_table ADD COLUMN heading TEXT NOT NULL DEFAULT ''
    """)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: migrate_to_1,
    2: migrate_to_2,
    3: migrate_to_3,
    4: migrate_to_4,
    5: migrate_to_5,
    6: migrate_to_6,
    7: migrate_to_7,
    8: migrate_to_8,
    9: migrate_to_9,
    10: migrate_to_10,
    11: migrate_to_11,
}
assert max(MIGRATIONS) == SCHEMA_VERSION


# -- the schema a file must have ------------------------------------------------------

def _normalised(sql: str | None) -> str:
    """SQL text compared without case, quoting or layout differences."""
    if not sql:
        return ""
    for quote in "\"'`[]":
        sql = sql.replace(quote, "")
    return " ".join(sql.lower().split())


@cache
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """(type, name) -> normalised SQL of every object a file of `version` has.

    Built once per version and process (every open compares with it); read only.
    Kept in Oogst's cache folder between starts while this module's source and
    SQLite are the same (the migrations are all here)."""
    key = _cache_key(version)
    stored = _stored_schema(key)
    if stored is not None:
        return stored
    conn = connections.connect(":memory:", isolation_level=None)
    try:
        for step in range(1, version + 1):
            MIGRATIONS[step](conn)
        objects = _objects(conn)
    finally:
        conn.close()
    _store_schema(key, objects)
    return objects


def _cache_key(version: int) -> list | None:
    import os
    try:
        stat = os.stat(__spec__.origin)  # this module's source: the migrations
    except (OSError, TypeError, AttributeError):
        return None
    return [1, version, sqlite3.sqlite_version, stat.st_mtime_ns, stat.st_size]


def _schema_cache(key: list):
    from .installed import cache_dir
    return cache_dir() / f"schema-v{key[1]}.json"


def _stored_schema(key: list | None) -> dict[tuple[str, str], str] | None:
    import json
    if key is None:
        return None
    try:
        held = json.loads(_schema_cache(key).read_text("utf-8"))
        if held["key"] == key:
            return {(kind, name): sql for kind, name, sql in held["objects"]}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _store_schema(key: list | None, objects: dict[tuple[str, str], str]) -> None:
    import json
    import os
    if key is None:
        return
    path = _schema_cache(key)
    try:  # a new name, then renamed: a reader never sees half a file
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_text(json.dumps({"key": key, "objects": [
            [kind, name, sql] for (kind, name), sql in sorted(objects.items())]}), "utf-8")
        os.replace(part, path)
    except OSError:
        pass


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(kind, name): _normalised(sql) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'")}


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in this file's schema is not what Oogst `version` made: foreign triggers,
    views, tables and indexes, changed definitions and missing objects
    ("trigger x", "changed table note", "missing table seat"). Empty when it matches."""
    expected = expected_schema(version)
    found = _objects(conn)
    out = [f"{kind} {name}" for (kind, name) in found if (kind, name) not in expected]
    out += [f"changed {kind} {name}" for (kind, name), sql in found.items()
            if (kind, name) in expected and expected[(kind, name)] != sql]
    out += [f"missing {kind} {name}" for (kind, name) in expected if (kind, name) not in found]
    return sorted(out)
