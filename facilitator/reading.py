"""The reading side of `EventFile`: frozen domain objects, never raw rows."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from . import search_index
from .domain import (Action, Attachment, Event, FollowUp, Note, Participant, Perspective,
                     ProgrammeItem, Question, ThemeTable, row_maker)
from .emphasis import plain_fragment
from .errors import NotFound
from .transactions import checked_id
from .words import Word

T = TypeVar("T")
SEARCH_MAX_CHARS = 500  # of the search text; the rest is not searched for
SEARCH_MAX_WORDS = 50
SEARCH_MAX_HITS = 500
_ANY: Any = object()
# A photo's details without its bytes: lists and counts never load pictures.
_ATTACHMENT_COLUMNS = ", ".join(f.name for f in fields(Attachment))


@dataclass(frozen=True)
class SearchHit:
    """A note found by a search, with its matches marked."""

    note: Note
    snippet: str  # the words around the matches (between [ and ]), no emphasis marks


class ListedNote(NamedTuple):
    """A note as a printed listing of a table reads it (the minutes): its words, who
    said it, what kind it is and where it hangs; not its times or table. The names
    are `Note`'s, but it is made from a plain row at C speed (no dict per note, no
    text of columns it never shows): the minutes read every note of the event."""

    id: str
    text: str
    question_id: str | None
    perspective_id: str | None
    speaker_id: str | None
    party: str
    kind: str
    parent_id: str | None
    position: int
    votes: int
    key_point: int  # 0 or 1 as stored (a Note's is a bool)


_LISTED_COLUMNS = ", ".join(ListedNote._fields)
# The participants seated at a table (its id the one parameter), in seating order.
_SEATED = """SELECT {} FROM membership m JOIN participant p ON p.id = m.participant_id
    WHERE m.table_id = ? AND m.deleted_at IS NULL AND p.deleted_at IS NULL
    ORDER BY m.created_at"""
_set = object.__setattr__  # sets a field of a frozen TreeNote in its own __init__


@dataclass(frozen=True, slots=True)
class TreeNote:
    """A note in a depth-first listing, with its depth."""

    note: Note | ListedNote
    depth: int

    def __init__(self, note: Note | ListedNote, depth: int) -> None:
        # The dataclass's own __init__, written out with object.__setattr__ at hand
        # (the generated one looks it up for every field); with slots, no dict per
        # tree note: the minutes list every note of the event.
        _set(self, "note", note)
        _set(self, "depth", depth)


class Reading:
    _conn: sqlite3.Connection

    def _rows(self, cls: type[T], sql: str, params: tuple | list = ()) -> list[T]:
        cursor = self._tuples(sql, params)
        make = row_maker(cls, tuple(d[0] for d in cursor.description))
        return [make(r) for r in cursor]

    def _tuples(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        """The rows of a query as plain tuples: `row_maker` takes them by position, so
        the connection's sqlite3.Row (made for every row) would be work for nothing."""
        cursor = self._conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)

    def _one(self, cls: type[T], table: str, row_id: str) -> T:
        rows = self._rows(cls, f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL",
                          (checked_id(table, row_id),))
        if not rows:
            raise NotFound("error.not_found", kind=Word(f"kind_name.{table}"), id=row_id)
        return rows[0]

    def event(self) -> Event:
        return self._rows(Event, "SELECT * FROM event WHERE deleted_at IS NULL LIMIT 1")[0]

    def perspectives(self) -> list[Perspective]:
        return self._rows(Perspective, "SELECT * FROM perspective WHERE deleted_at IS NULL "
                                       "ORDER BY position")

    def perspective(self, perspective_id: str) -> Perspective:
        return self._one(Perspective, "perspective", perspective_id)

    def programme(self) -> list[ProgrammeItem]:
        return self._rows(ProgrammeItem, "SELECT * FROM programme_item WHERE deleted_at IS "
                                         "NULL ORDER BY position")

    def programme_item(self, item_id: str) -> ProgrammeItem:
        return self._one(ProgrammeItem, "programme_item", item_id)

    def participants(self) -> list[Participant]:
        return self._rows(Participant, "SELECT * FROM participant WHERE deleted_at IS NULL "
                                       "ORDER BY name COLLATE NOCASE, created_at")

    def participant(self, participant_id: str) -> Participant:
        return self._one(Participant, "participant", participant_id)

    def tables(self) -> list[ThemeTable]:
        return self._rows(ThemeTable, "SELECT * FROM theme_table WHERE deleted_at IS NULL "
                                      "ORDER BY position, number")

    def table(self, table_id: str) -> ThemeTable:
        return self._one(ThemeTable, "theme_table", table_id)

    def table_members(self, table_id: str) -> list[Participant]:
        """The participants seated at a table, in the order they were seated."""
        return self._rows(Participant, _SEATED.format("p.*"), (table_id,))

    def table_member_ids(self, table_id: str) -> list[str]:
        """The ids of `table_members` (the same people, in the same order), for a
        reader that holds the participants already."""
        return [r[0] for r in self._tuples(_SEATED.format("p.id"), (table_id,))]

    def tables_of(self, participant_id: str) -> list[ThemeTable]:
        return self._rows(ThemeTable, """
            SELECT t.* FROM membership m JOIN theme_table t ON t.id = m.table_id
            WHERE m.participant_id = ? AND m.deleted_at IS NULL AND t.deleted_at IS NULL
            ORDER BY t.position""", (participant_id,))

    def questions(self, *, table_id: str | None = _ANY, kind: str | None = None,
                  parent_id: str | None = _ANY) -> list[Question]:
        """Questions filtered by table (None: shared ones), kind and parent."""
        where, params = ["deleted_at IS NULL"], []
        if table_id is not _ANY:
            where.append("table_id IS ?")
            params.append(table_id)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if parent_id is not _ANY:
            where.append("parent_id IS ?")
            params.append(parent_id)
        return self._rows(Question, f"SELECT * FROM question WHERE {' AND '.join(where)} "
                                    "ORDER BY position", params)

    def plenary_questions(self, programme_item_id: str) -> list[Question]:
        """The questions asked in a plenary programme item, in order."""
        return self._rows(Question, "SELECT * FROM question WHERE deleted_at IS NULL AND "
                                    "kind = 'plenary' AND programme_item_id = ? ORDER BY "
                                    "position", (programme_item_id,))

    def question(self, question_id: str) -> Question:
        return self._one(Question, "question", question_id)

    def round_questions(self, table_id: str | None = None) -> list[Question]:
        """The timed round questions that apply at a table: its own, else the shared ones."""
        own = self.questions(table_id=table_id, kind="round", parent_id=None) if table_id else []
        return own or self.questions(table_id=None, kind="round", parent_id=None)

    def note(self, note_id: str) -> Note:
        return self._one(Note, "note", note_id)

    def notes(self, *, table_id: str | None = _ANY, question_id: str | None = _ANY,
              programme_item_id: str | None = _ANY, perspective_id: str | None = _ANY,
              kind: str | None = None) -> list[Note]:
        """All live notes matching the filters, in capture order of their places."""
        where, params = ["deleted_at IS NULL"], []
        for column, value in (("table_id", table_id), ("question_id", question_id),
                              ("programme_item_id", programme_item_id),
                              ("perspective_id", perspective_id)):
            if value is not _ANY:
                where.append(f"{column} IS ?")
                params.append(value)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        return self._rows(Note, f"SELECT * FROM note WHERE {' AND '.join(where)} "
                                "ORDER BY position, created_at, id", params)

    def notes_with_ids(self, note_ids: Iterable[str]) -> list[Note]:
        """The live notes among `note_ids` (a deleted or unknown id is left out), so a
        view can apply a change notice's ids without re-reading its whole place."""
        ids = [i for i in dict.fromkeys(note_ids) if isinstance(i, str)]
        out: list[Note] = []
        for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
            chunk = ids[start:start + 500]
            out += self._rows(Note, "SELECT * FROM note WHERE deleted_at IS NULL AND id IN "
                                    f"({', '.join('?' for _ in chunk)})", chunk)
        return out

    def perspective_note_counts(self) -> dict[str, int]:
        """How many live notes each perspective has (perspectives without notes left out)."""
        return {r[0]: r[1] for r in self._conn.execute(
            "SELECT perspective_id, count(*) FROM note WHERE deleted_at IS NULL AND "
            "perspective_id IS NOT NULL GROUP BY perspective_id")}

    def note_counts_by_place(self, *, outside: Collection[str] = ()
                             ) -> dict[tuple[str | None, str | None], int]:
        """How many live notes each (perspective id, table id) pair has (None: no
        perspective, or the plenary); pairs without notes left out. `outside`: only
        the notes not at these tables (at most 500), for a reader that counted those."""
        ids = list(outside)
        where = f"AND (table_id IS NULL OR table_id NOT IN ({', '.join('?' for _ in ids)}))" \
            if ids else ""
        return {(r[0], r[1]): r[2] for r in self._conn.execute(
            "SELECT perspective_id, table_id, count(*) FROM note WHERE deleted_at IS NULL "
            f"{where} GROUP BY perspective_id, table_id", ids)}

    def notes_in_place(self, table_id: str | None, question_id: str | None,
                       programme_item_id: str | None, parent_id: str | None) -> list[Note]:
        """The siblings at one level of one place, in order."""
        return self._rows(Note, """
            SELECT * FROM note WHERE deleted_at IS NULL AND table_id IS ? AND
            question_id IS ? AND programme_item_id IS ? AND parent_id IS ?
            ORDER BY position, created_at, id""", (table_id, question_id, programme_item_id, parent_id))

    def note_tree(self, *, table_id: str | None = None, question_id: str | None = _ANY,
                  programme_item_id: str | None = None) -> list[TreeNote]:
        """The notes of one place, depth-first in display order, with their depth.

        Without `question_id`, all rounds of the place are taken together."""
        notes = self.notes(table_id=table_id, question_id=question_id,
                           programme_item_id=programme_item_id)
        return depth_first(notes)

    def table_note_tree(self, table_id: str) -> list[TreeNote]:
        """All notes of a table, round by round (notes without a round first)."""
        return round_by_round(self.notes(table_id=table_id), self.round_questions(table_id))

    def listed_notes(self, table_id: str) -> list[ListedNote]:
        """All live notes of a table as `ListedNote`s, in `notes()` order: with
        `round_by_round`, the notes of `table_note_tree` as a printed listing reads them."""
        cursor = self._tuples(f"SELECT {_LISTED_COLUMNS} FROM note WHERE deleted_at IS "
                              "NULL AND table_id IS ? ORDER BY position, created_at, id",
                              (table_id,))
        new = tuple.__new__
        return [new(ListedNote, row) for row in cursor]

    def actions(self) -> list[Action]:
        return self._rows(Action, "SELECT * FROM action WHERE deleted_at IS NULL "
                                  "ORDER BY position")

    def action(self, action_id: str) -> Action:
        return self._one(Action, "action", action_id)

    def follow_ups(self) -> list[FollowUp]:
        return self._rows(FollowUp, "SELECT * FROM follow_up WHERE deleted_at IS NULL "
                                    "ORDER BY date IS NULL, date, position")

    def attachments(self, *, table_id: str | None = _ANY) -> list[Attachment]:
        """The photos' details, never their bytes (`attachment_data` reads those)."""
        if table_id is _ANY:
            return self._rows(Attachment, f"SELECT {_ATTACHMENT_COLUMNS} FROM attachment "
                                          "WHERE deleted_at IS NULL ORDER BY position")
        return self._rows(Attachment, f"SELECT {_ATTACHMENT_COLUMNS} FROM attachment "
                                      "WHERE deleted_at IS NULL AND table_id IS ? "
                                      "ORDER BY position", (table_id,))

    def attachment_data(self, attachment_id: str) -> bytes:
        row = self._conn.execute("SELECT data FROM attachment WHERE id = ? AND deleted_at "
                                 "IS NULL", (attachment_id,)).fetchone()
        if row is None:
            raise NotFound("error.not_found", kind=Word("kind_name.attachment"),
                           id=attachment_id)
        return bytes(row[0])

    def search(self, text: str, *, limit: int = 200) -> list[SearchHit]:
        """Full-text search over notes (words, prefixes, diacritics ignored), best first.

        Only the first SEARCH_MAX_CHARS characters and SEARCH_MAX_WORDS words of
        `text` are searched for, and at most SEARCH_MAX_HITS notes come back, so a
        pasted book costs no more than a sentence."""
        words = re.findall(r"\w+", text[:SEARCH_MAX_CHARS])[:SEARCH_MAX_WORDS]
        limit = max(0, min(int(limit), SEARCH_MAX_HITS))
        if not words or not limit:
            return []
        # Each word as a quoted prefix term: user input is never FTS syntax.
        query = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        rows = self._conn.execute("""
            SELECT note.*, snippet(note_fts, 0, '[', ']', '…', 12) AS snip,
                   rank AS hit_rank
            FROM note_fts JOIN note ON note.rowid = note_fts.rowid
            WHERE note_fts MATCH ? AND note.deleted_at IS NULL
            ORDER BY rank LIMIT ?""", (query, limit)).fetchall()
        waiting = self._notes_not_indexed()
        if waiting:  # notes whose search entry is not written yet (search_index.py)
            rows = sorted(rows + search_index.matches_among(self._conn, query, waiting, limit),
                          key=lambda r: r["hit_rank"])[:limit]
        return [SearchHit(Note.from_row(dict(r)), plain_fragment(r["snip"])) for r in rows]

    def _notes_not_indexed(self) -> set[int]:
        """The rowids of the notes a search must look at outside the index."""
        return set()

    def summary(self) -> dict[str, Any]:
        """Counts for `oogst info`: tables with notes, notes per perspective, actions..."""
        notes = self.notes()
        per_table = Counter(n.table_id for n in notes)
        per_perspective = Counter(n.perspective_id for n in notes)
        return {
            "event": self.event(),
            "tables": [(t, per_table.get(t.id, 0), len(self.table_members(t.id)))
                       for t in self.tables()],
            "perspectives": [(p, per_perspective.get(p.id, 0)) for p in self.perspectives()],
            "notes": len(notes),
            "notes_without_perspective": per_perspective.get(None, 0),
            "plenary_notes": per_table.get(None, 0),
            "participants": len(self.participants()),
            "programme": self.programme(),
            "actions": len(self.actions()),
            "follow_ups": len(self.follow_ups()),
            "attachments": self._conn.execute("SELECT count(*) FROM attachment WHERE "
                                              "deleted_at IS NULL").fetchone()[0],
        }


def round_by_round(notes: list[Note] | list[ListedNote],
                   rounds: list[Question]) -> list[TreeNote]:
    """A table's notes (in `notes()` order) as `table_note_tree` gives them: round by
    round in the order of `rounds` (notes without a round first), each depth-first."""
    order = {None: -1, **{q.id: i for i, q in enumerate(rounds)}}
    places: dict[str | None, list] = {}
    for n in notes:  # each round's notes keep the order they came in
        places.setdefault(n.question_id, []).append(n)
    out: list[TreeNote] = []
    for question_id in sorted(places, key=lambda q: order.get(q, len(order))):
        out += depth_first(places[question_id])
    return out


_position = attrgetter("position")


def depth_first(notes: list[Note] | list[ListedNote]) -> list[TreeNote]:
    """The notes of one place depth-first, each after its parent (a parent that is
    not among them makes a note a root), siblings by position; siblings with equal
    positions (a file made elsewhere) come the later first, as they always have."""
    ids = {n.id for n in notes}
    children: dict[str | None, list] = {}
    kids_of = children.get
    # One stable sort of all, last position first: each parent's children are then in
    # that order (a stable sort of a part is that part of the stable sort of the
    # whole), none sorted again per parent; they are listed from the end.
    for n in sorted(notes, key=_position, reverse=True):
        parent = n.parent_id
        if parent not in ids:
            parent = None
        kids = kids_of(parent)
        if kids is None:
            children[parent] = [n]
        else:
            kids.append(n)
    out: list[TreeNote] = []
    append = out.append
    # Depth-first without recursion: a file made elsewhere may nest thousands deep.
    # One iterator per open level; a note's children are taken as it is listed.
    levels = [reversed(children.get(None, ()))]
    seen: set[str] = set()
    while levels:
        depth = len(levels) - 1
        for n in levels[-1]:
            if n.id in seen:
                continue
            seen.add(n.id)
            append(TreeNote(n, depth))
            below = kids_of(n.id)
            if below:
                levels.append(reversed(below))
                break
        else:
            levels.pop()
    return out
