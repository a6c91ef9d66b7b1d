"""Erasing a person for good (AVG/GDPR art. 17): no byte of them left in the file.

Deleting in Oogst is normally a soft delete (the row stays, marked, so undo
and merges can see it). Erasure is the exception: the participant's row,
their memberships and seats, and the notes and actions the facilitator
chose are removed with a hard ``DELETE``; references to the person in other
rows are cleared (a note's speaker, a table's host or note-taker, an
action's owner text); their entries leave the search index; the write runs
with ``PRAGMA secure_delete = ON`` and a ``TRUNCATE`` rollback journal (in
the exclusive locking mode the event file is opened in, a ``DELETE`` journal
is only zeroed in its header, and its old pages would still hold the
name), then ``VACUUM`` rewrites the file so freed pages are gone. An
``erasure`` row (ids only) tells a future merge never to bring the rows
back. Undo and redo steps that touch an erased row or hold the person's
values are dropped: erasing cannot be undone.

Every backup of the file (`backups.rewrite_backups`) gets the same erasure
on a private copy that then replaces it, or is removed when that fails.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import backups, search_index
from .errors import NotFound
from .row_ids import new_id
from .transactions import Transaction, now_iso
from .words import Word, tr

_TRIGGERS_ON_NOTE = ("SELECT name, sql FROM sqlite_master "
                     "WHERE type = 'trigger' AND tbl_name = 'note'")


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did: rows removed from the file, backups rewritten or removed."""

    participants: int
    notes: int
    actions: int
    mentions: int = 0            # other texts the name was taken out of
    backups_rewritten: tuple[Path, ...] = ()
    backups_removed: tuple[Path, ...] = ()


@dataclass(frozen=True)
class ErasableRow:
    """A row an erasure may remove: its id, a short text to show, and whether it is
    (soft-)deleted already."""

    id: str
    text: str
    deleted: bool = False


@dataclass(frozen=True)
class ErasurePlan:
    """The ids to erase (`everyone`: every participant row of the file)."""

    participant_ids: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    action_ids: tuple[str, ...] = ()
    everyone: bool = False
    names: tuple[str, ...] = field(default=())  # also cleared from action owners


class _Rows:
    """The erasure's access to a database: raw SQL plus recorded updates."""

    def __init__(self, conn: sqlite3.Connection, tx: Transaction | None) -> None:
        self.conn = conn
        self.tx = tx
        self.stamp = tx.stamp if tx is not None else now_iso()
        self.tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        if self.tx is not None:
            self.tx.update(table, row_id, values)
            return
        sets = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?",
                          [*values.values(), self.stamp, row_id])

    def remove(self, table: str, row_id: str) -> None:
        """Hard delete; in the event file first noted as a change (for the views)."""
        if self.tx is not None:
            self.tx.update(table, row_id, {"deleted_at": self.stamp})
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        if "erasure" in self.tables:
            self.conn.execute("INSERT INTO erasure (id, created_at, updated_at, kind, row_id) "
                              "VALUES (?, ?, ?, ?, ?)",
                              (new_id(), self.stamp, self.stamp, table, row_id))


def _without_name(text: str, names: Iterable[str]) -> str:
    """`text` with every whole-word occurrence of the names taken out."""
    for name in names:
        if name.strip():
            text = re.sub(rf"(?<!\w){re.escape(name.strip())}(?!\w)", "", text,
                          flags=re.IGNORECASE)
    return text.strip(" ,;/&+-")


def mentions(text: str, names: Iterable[str]) -> bool:
    """True when one of the names occurs in `text` as a whole word (any case)."""
    return _without_name(text, names) != text.strip(" ,;/&+-") or any(
        n.strip() and text.strip().casefold() == n.strip().casefold() for n in names)


# Free text where someone may have typed a person's name (JSON lists left out).
FREE_TEXT = {"event": ("introduction",),
             "programme_item": ("title", "speakers", "description"),
             "theme_table": ("pitch", "initiative"),
             "question": ("text",),
             "note": ("text",),
             "action": ("what", "review_note"),
             "follow_up": ("topic", "organiser"),
             "attachment": ("caption",),
             "draft": ("text",)}


def erase_rows(db: _Rows, plan: ErasurePlan) -> tuple[int, int, int, int]:
    """Remove the plan's rows from one database (inside its open transaction).

    Works on the event file and on backups of any schema version (tables
    that a version lacks are skipped). Returns (participants, notes,
    actions) removed and the number of other texts the names were taken
    out of.
    """
    if plan.everyone:
        people = db.query("SELECT id, name, email FROM participant")
    else:
        people = [r for pid in plan.participant_ids
                  for r in db.query("SELECT id, name, email FROM participant WHERE id = ?",
                                    (pid,))]
    person_ids = [r[0] for r in people]
    names = tuple({*(r[1] for r in people if r[1].strip()), *plan.names})
    notes = [r for nid in plan.note_ids for r in db.query(
        "SELECT id, rowid, text, party, parent_id FROM note WHERE id = ?", (nid,))]
    note_ids = {r[0] for r in notes}
    action_ids = [r[0] for aid in plan.action_ids
                  for r in db.query("SELECT id FROM action WHERE id = ?", (aid,))]
    triggers = db.query(_TRIGGERS_ON_NOTE)
    for name, _sql in triggers:  # schema 2-4: put back below, unchanged
        db.conn.execute(f'DROP TRIGGER "{name}"')
    has_fts = "note_fts" in db.tables
    for pid in person_ids:
        for table in ("membership", "seat"):
            if table in db.tables:
                for (row_id,) in db.query(f"SELECT id FROM {table} WHERE participant_id = ?",
                                          (pid,)):
                    db.remove(table, row_id)
        for (row_id,) in db.query("SELECT id FROM note WHERE speaker_id = ?", (pid,)):
            if row_id not in note_ids:
                db.update("note", row_id, {"speaker_id": None})
        for column in ("host_id", "note_taker_id"):
            for (row_id,) in db.query(f"SELECT id FROM theme_table WHERE {column} = ?", (pid,)):
                db.update("theme_table", row_id, {column: None})
    for row_id, rowid, text, party, parent in notes:
        for (child,) in db.query("SELECT id FROM note WHERE parent_id = ?", (row_id,)):
            if child not in note_ids:
                db.update("note", child, {"parent_id": parent})
        for (linked,) in db.query("SELECT id FROM action WHERE note_id = ?", (row_id,)):
            db.update("action", linked, {"note_id": None})
        if has_fts and search_index.is_indexed(db.conn, rowid):  # not a typed note still
            db.conn.execute("INSERT INTO note_fts (note_fts, rowid, text, party) "
                            "VALUES ('delete', ?, ?, ?)", (rowid, text, party))
        db.remove("note", row_id)
    for action_id in action_ids:
        db.remove("action", action_id)
    if names:
        _clear_names(db, names)
    mentioned = _clear_mentions(db, people)
    if "minutes_issue" in db.tables:
        _clear_issued(db, note_ids, set(person_ids), names)
    for pid in person_ids:
        db.remove("participant", pid)
    if has_fts:  # merges the index: the deleted entries leave its segments too
        db.conn.execute("INSERT INTO note_fts (note_fts) VALUES ('rebuild')")
    for _name, sql in triggers:
        db.conn.execute(sql)
    return len(person_ids), len(notes), len(action_ids), mentioned


def _clear_mentions(db: _Rows, people: list[Any]) -> int:
    """Replace the people's whole names ("Ans Jansen", "Jansen, Ans"; any case,
    accents or Unicode form) and e-mail addresses, wherever someone typed
    them in free text, by "[naam verwijderd]". A first or last name on its
    own stays: it is often an ordinary word ("Bank", "Wit"), and erasing
    cannot be undone. Returns the number of texts changed."""
    from .domain import Participant
    from .exports.anonymise import Anonymiser

    if not people:
        return 0
    lang = "nl"
    if "event" in db.tables:
        row = db.query("SELECT language FROM event LIMIT 1")
        lang = (row[0][0] if row and row[0][0] in ("nl", "en") else "nl")
    removed = tr("erase.name_removed", lang)
    stand_ins = [Participant(id=pid, created_at="", updated_at="", name=name or "",
                             organisations=(), function=removed, perspective_id=None,
                             email=email or "", consent_named=False)
                 for pid, name, email in people]
    hide = Anonymiser(stand_ins, anonymous=True, lang=lang, whole_names_only=True)
    changed = 0
    for table, columns in FREE_TEXT.items():
        if table not in db.tables:
            continue
        present = {r[1] for r in db.query(f"PRAGMA table_info({table})")}
        for column in (c for c in columns if c in present):
            for row_id, text in db.query(f"SELECT id, {column} FROM {table} "
                                         f"WHERE {column} <> ''"):
                new = hide(text)
                if new != text:
                    db.update(table, row_id, {column: new})
                    changed += 1
    return changed + _clear_history(db, hide)


def _clear_history(db: _Rows, hide: Callable[[str], str]) -> int:
    """The review notes of earlier meetings in an action's history (schema 8, JSON)."""
    if "action" not in db.tables or "history" not in {
            r[1] for r in db.query("PRAGMA table_info(action)")}:
        return 0
    changed = 0
    for row_id, history in db.query("SELECT id, history FROM action WHERE history <> '[]'"):
        try:
            entries = json.loads(history or "[]")
        except ValueError:
            continue
        cleaned = [dict(e, note=hide(e["note"])) if isinstance(e, dict) and
                   isinstance(e.get("note"), str) and e["note"] else e for e in entries]
        if cleaned != entries:
            db.update("action", row_id, {"history": json.dumps(cleaned, ensure_ascii=False)})
            changed += 1
    return changed


def _clear_names(db: _Rows, names: tuple[str, ...]) -> None:
    """Take the names out of what other rows say as text: action owners and
    partners, note parties."""
    for row_id, owner, partners in db.query("SELECT id, owner, partners FROM action"):
        values: dict[str, Any] = {}
        if owner and mentions(owner, names):
            values["owner"] = _without_name(owner, names)
        try:
            listed = json.loads(partners or "[]")
        except ValueError:
            listed = []
        kept = [p for p in listed if not (isinstance(p, str) and mentions(p, names))]
        if kept != listed:
            values["partners"] = json.dumps(kept, ensure_ascii=False)
        if values:
            db.update("action", row_id, values)
    for row_id, party in db.query("SELECT id, party FROM note WHERE party <> ''"):
        if mentions(party, names):
            db.update("note", row_id, {"party": _without_name(party, names)})


def _clear_issued(db: _Rows, note_ids: set[str], person_ids: set[str],
                  names: tuple[str, ...]) -> None:
    """Issued versions of the minutes (schema 8) keep the notes they contained:
    the erased notes go from them too, and the person as speaker or party."""
    for row_id, kept in db.query("SELECT id, notes FROM minutes_issue"):
        try:
            notes = json.loads(kept or "[]")
        except ValueError:
            notes = []
        cleaned = []
        for note in notes:
            if not isinstance(note, dict) or note.get("id") in note_ids:
                continue
            if note.get("speaker_id") in person_ids:
                note = {**note, "speaker_id": None}
            party = note.get("party") or ""
            if names and isinstance(party, str) and mentions(party, names):
                note = {**note, "party": _without_name(party, names)}
            cleaned.append(note)
        if cleaned != notes:
            db.update("minutes_issue", row_id,
                      {"notes": json.dumps(cleaned, ensure_ascii=False)})


def _rewriter(plan: ErasurePlan) -> Callable[[sqlite3.Connection], None]:
    def rewrite(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            erase_rows(_Rows(conn, None), plan)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return rewrite


class ErasureOps:
    """EventFile operations that erase people for good (mixed into `EventFile`)."""

    _conn: sqlite3.Connection
    path: Path | None

    def find_participants(self, name_or_id: str) -> list[ErasableRow]:
        """Participant rows (deleted ones too) whose id is `name_or_id` or whose name
        equals it (any case); the CLI's way to name the person to erase."""
        wanted = name_or_id.strip()
        rows = self._conn.execute(
            "SELECT id, name, deleted_at FROM participant ORDER BY name").fetchall()
        exact = [r for r in rows if r[0] == wanted]
        chosen = exact or [r for r in rows if r[1].strip().casefold() == wanted.casefold()]
        return [ErasableRow(r[0], r[1], bool(r[2])) for r in chosen]

    def erasable_records(self, participant_id: str
                         ) -> tuple[list[ErasableRow], list[ErasableRow]]:
        """The notes the person spoke (speaker) and the actions naming them as owner,
        deleted ones included: what an erasure may remove with them."""
        row = self._conn.execute("SELECT name FROM participant WHERE id = ?",
                                 (participant_id,)).fetchone()
        if row is None:
            raise NotFound("error.not_found", kind=Word("kind_name.participant"),
                           id=participant_id)
        notes = [ErasableRow(r[0], r[1], bool(r[2])) for r in self._conn.execute(
            "SELECT id, text, deleted_at FROM note WHERE speaker_id = ? ORDER BY created_at",
            (participant_id,))]
        actions = [ErasableRow(r[0], r[1], bool(r[3])) for r in self._conn.execute(
            "SELECT id, what, owner, deleted_at FROM action ORDER BY created_at")
            if row[0].strip() and mentions(r[2], (row[0],))]
        return notes, actions

    def erase_participant(self, participant_id: str, *, note_ids: Iterable[str] = (),
                          action_ids: Iterable[str] = ()) -> ErasureReport:
        """Erase a person for good (AVG/GDPR art. 17), with the notes and actions named.

        Commits, in one transaction: the hard deletion of the participant's
        row (name, e-mail, organisations, function; deleted rows too), their
        memberships and seats, and the given notes (their children move up
        a level) and actions; a note's speaker, a table's host/note-taker
        and action owners/partners naming them are cleared; the search
        index is rebuilt without them; one ``erasure`` marker per removed
        row (ids only). Then the file is VACUUMed and every backup is
        rewritten the same way or removed (see the report).

        Erasing cannot be undone: it is no undo step, and every undo/redo
        step that touches an erased row or holds the person's values is
        dropped from the stacks.
        """
        notes, actions = tuple(note_ids), tuple(action_ids)
        self._existing("participant", (participant_id,))
        self._existing("note", notes)
        self._existing("action", actions)
        return self._erase(ErasurePlan((participant_id,), notes, actions))

    def erase_all_personal_data(self) -> ErasureReport:
        """Erase every participant of the event for good (the retention setting).

        Commits what `erase_participant` commits, for all participant rows
        at once (deleted ones too); notes and actions stay, without their
        speakers and without the names in action owners. Cannot be undone
        (undo/redo steps holding personal values are dropped).
        """
        return self._erase(ErasurePlan(everyone=True))

    def _existing(self, table: str, ids: tuple[str, ...]) -> None:
        for row_id in ids:
            if self._conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",
                                  (row_id,)).fetchone() is None:
                raise NotFound("error.not_found", kind=Word(f"kind_name.{table}"), id=row_id)

    def _erase(self, plan: ErasurePlan) -> ErasureReport:
        conn = self._conn
        self.wait_for_backup()  # type: ignore[attr-defined]  # none runs across the VACUUM
        people = conn.execute("SELECT id, name, email FROM participant").fetchall()
        if not plan.everyone:
            people = [p for p in people if p[0] in plan.participant_ids]
        plan = ErasurePlan(plan.participant_ids, plan.note_ids, plan.action_ids,
                           plan.everyone, tuple(p[1] for p in people if p[1].strip()))
        erased: dict[str, set[str]] = {}
        counts = (0, 0, 0, 0)
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = TRUNCATE")
        try:
            def vacuum() -> None:
                self._forget_steps(erased, [p[0] for p in people] + [
                    v for p in people for v in (p[1], p[2]) if v and v.strip()])
                conn.execute("VACUUM")

            with self._writer.change("op.erase_participant", record=False,  # type: ignore[attr-defined]
                                     committed=vacuum) as tx:
                db = _Rows(conn, tx)
                counts = erase_rows(db, plan)
                for table, row_id in tx._rows:
                    erased.setdefault(table, set()).add(row_id)
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
            conn.execute(f"PRAGMA journal_mode = {mode}")
        rewritten: list[Path] = []
        removed: list[Path] = []
        if self.path is not None:
            self.wait_for_backup()  # type: ignore[attr-defined]  # every backup is listed
            rewritten, removed = backups.rewrite_backups(self.path, _rewriter(plan))
        return ErasureReport(*counts, tuple(rewritten), tuple(removed))

    def _forget_steps(self, touched: dict[str, set[str]], values: list[str]) -> None:
        """Drop undo/redo steps that touch an erased row or hold an erased value."""
        writer = self._writer  # type: ignore[attr-defined]
        gone = {(t, i) for t, ids in touched.items() for i in ids
                if conn_missing(self._conn, t, i)}
        texts = [v.casefold() for v in values if v]

        def holds(step: Any) -> bool:
            for row in step.rows:
                if (row.table, row.id) in gone:
                    return True
                for image in (row.before or {}, row.after):
                    for value in image.values():
                        if isinstance(value, str) and any(t in value.casefold()
                                                          for t in texts):
                            return True
            return False
        writer._undo[:] = [s for s in writer._undo if not holds(s)]
        writer._redo[:] = [s for s in writer._redo if not holds(s)]


def conn_missing(conn: sqlite3.Connection, table: str, row_id: str) -> bool:
    """True when the row is no longer in the table (hard-deleted)."""
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None
