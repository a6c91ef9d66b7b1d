"""Capturing the harvest: notes (nested, ordered, voted), actions, follow-ups, photos.

A note's place is (table, question, programme item); within a place notes
form a tree through `parent_id`, ordered by `position` among siblings.
Every method is one committed transaction and one undo step.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import oplib
from .domain import ACTION_LEVELS, ACTION_STATUSES, NOTE_KINDS
from .emphasis import plain
from .errors import InvalidValue
from .transactions import Transaction

_UNSET: Any = object()
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NOTE_DEPTH = 12  # levels of nested notes (a top-level note is level 1)
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}


# The first bytes of each picture format: the content decides, not the file name.
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"))


def _sniff_image(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in _MAGIC if data.startswith(magic)), None)


def _given(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not _UNSET}


# -- checking --------------------------------------------------------------------
# One function per object cleans and checks the fields it is given: `add_X`
# passes all of them, `update_X` the ones it changes, so they cannot drift.

def _texts(values: dict[str, Any], *names: str) -> None:
    for name in names:
        if name in values:
            values[name] = oplib.clean_text(values[name], field=name)


def check_note(values: dict[str, Any]) -> dict[str, Any]:
    """A note's text (required), kind, party and flags."""
    values = dict(values)
    _texts(values, "text", "party")
    if "text" in values and not values["text"].strip():
        raise InvalidValue("error.note_needs_text")
    if "kind" in values:
        oplib.choice(values["kind"], NOTE_KINDS, field="kind")
    if "key_point" in values:
        values["key_point"] = 1 if values["key_point"] else 0
    return values


def check_action(values: dict[str, Any]) -> dict[str, Any]:
    """An action's description (required), owner, partners, level, date, period, status."""
    values = dict(values)
    _texts(values, "what", "owner", "period")
    if "what" in values and not values["what"].strip():
        raise InvalidValue("error.action_needs_description")
    if "partners" in values:
        values["partners"] = oplib.text_list(values["partners"], field="partners")
    if "level" in values:
        oplib.choice(values["level"], ACTION_LEVELS, field="level")
    if "status" in values:
        oplib.choice(values["status"], ACTION_STATUSES, field="status")
    if "due_date" in values:
        values["due_date"] = oplib.iso_date(values["due_date"], field="due_date")
    return values


def check_follow_up(values: dict[str, Any]) -> dict[str, Any]:
    values = dict(values)
    _texts(values, "topic", "organiser")
    if "date" in values:
        values["date"] = oplib.iso_date(values["date"], field="date")
    return values


def check_attachment(values: dict[str, Any]) -> dict[str, Any]:
    """A photo's file name and caption (the picture itself: `_checked_picture`)."""
    values = dict(values)
    _texts(values, "filename", "caption")
    return values


def _checked_picture(data: bytes | None, filename: str) -> str:
    """The picture's type; InvalidValue when it is empty, too large or no picture."""
    if not data:
        raise InvalidValue("error.attachment_empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidValue("error.attachment_too_large")
    mime = _sniff_image(bytes(data[:16])) or "application/octet-stream"
    if mime not in IMAGE_TYPES:
        if filename:
            raise InvalidValue("error.not_a_picture", name=filename)
        raise InvalidValue("error.not_a_picture_unnamed")
    return mime


# A note's siblings: the notes of its place under the same parent (or none).
_SIBLINGS = "table_id IS ? AND question_id IS ? AND programme_item_id IS ? AND parent_id IS ?"


def _sibling_keys(place: dict[str, Any], parent_id: str | None) -> tuple:
    return place["table_id"], place["question_id"], place["programme_item_id"], parent_id


def _siblings(tx: Transaction, place: dict[str, Any], parent_id: str | None) -> list[str]:
    return [r[0] for r in tx.query(
        f"SELECT id FROM note WHERE deleted_at IS NULL AND {_SIBLINGS} "
        "ORDER BY position, created_at, id", _sibling_keys(place, parent_id))]


_REFERRED = {"table_id": "theme_table", "question_id": "question",
             "programme_item_id": "programme_item", "perspective_id": "perspective",
             "speaker_id": "participant"}


def _referred(refs: dict[str, str | None]) -> dict[str, str]:
    """The rows a note's given ids name: table -> id (`Transaction.check_all`)."""
    return {_REFERRED[key]: value for key, value in refs.items() if value}


class HarvestOps(oplib.Base):
    # -- notes ---------------------------------------------------------------------

    def add_note(self, *, text: str, table_id: str | None = None,
                 question_id: str | None = None, programme_item_id: str | None = None,
                 perspective_id: str | None = None, kind: str = "point",
                 speaker_id: str | None = None, party: str = "",
                 parent_id: str | None = None, after_id: str | None = None) -> str:
        """Capture one note, committed at once (durable when this returns).

        The note goes at the end of its place, or right after `after_id`;
        under `parent_id` when given (the parent must be in the same place).
        Undo removes it again.
        """
        values = check_note({"text": text, "kind": kind, "party": party})
        refs = {"table_id": table_id, "question_id": question_id,
                "programme_item_id": programme_item_id, "perspective_id": perspective_id,
                "speaker_id": speaker_id}
        place = {"table_id": table_id, "question_id": question_id,
                 "programme_item_id": programme_item_id}
        with self._change("op.add_note") as tx:
            if parent_id:
                self._check_refs(tx, **refs)
                self._check_same_place(tx.get("note", parent_id), place)
                self._check_depth(tx, parent_id, 0)
            # Two statements at every Enter: the table, round and tags checked; the
            # note inserted after its last sibling (Transaction.insert).
            new = tx.insert("note", {
                **place, **values, "perspective_id": perspective_id,
                "speaker_id": speaker_id, "parent_id": parent_id},
                last_of=(_SIBLINGS, _sibling_keys(place, parent_id)),
                alive=_referred(refs),
                index_later=True)  # its search entry: index_notes, a moment later
            if after_id:  # only then are the siblings read (a long list at a busy table)
                siblings = _siblings(tx, place, parent_id)
                if after_id in siblings:
                    oplib.reorder(tx, "note", siblings, new, siblings.index(after_id) + 1)
        return new

    def update_note(self, note_id: str, *, text: str = _UNSET, kind: str = _UNSET,
                    perspective_id: str | None = _UNSET, speaker_id: str | None = _UNSET,
                    party: str = _UNSET, key_point: bool = _UNSET) -> None:
        """Edit a note's text or tags. Undo restores the previous values."""
        values = check_note(_given(text=text, kind=kind, perspective_id=perspective_id,
                                   speaker_id=speaker_id, party=party, key_point=key_point))
        with self._change("op.edit_note") as tx:
            self._check_refs(tx, perspective_id=values.get("perspective_id"),
                             speaker_id=values.get("speaker_id"))
            tx.update("note", note_id, values)

    def delete_note(self, note_id: str) -> None:
        """Delete a note and everything nested under it (one undo step)."""
        with self._change("op.delete_note") as tx:
            tx.get("note", note_id)
            pending = [note_id]
            while pending:
                current = pending.pop()
                tx.delete("note", current)
                pending += [r[0] for r in tx.query(
                    "SELECT id FROM note WHERE parent_id = ? AND deleted_at IS NULL",
                    (current,))]

    def delete_notes(self, note_ids: Iterable[str]) -> None:
        """Delete several notes (each with what is nested under it) as ONE operation:
        one transaction, one undo step; an unknown id leaves everything as it was."""
        with self._change("op.delete_notes") as tx:
            for note_id in list(note_ids):
                # A note under another one in the list went with its parent already.
                if not tx.get("note", note_id, include_deleted=True)["deleted_at"]:
                    self.delete_note(note_id)

    def update_notes(self, note_ids: Iterable[str], **values: Any) -> None:
        """Give several notes the same tags (`update_note`'s keywords) in ONE operation."""
        with self._change("op.edit_notes"):
            for note_id in list(note_ids):
                self.update_note(note_id, **values)

    def move_notes(self, note_ids: Iterable[str], *, parent_id: str | None,
                   index: int) -> list[str]:
        """Move several notes, in the given order, to `index` among `parent_id`'s
        children (counted as if the moved notes were not there): ONE operation.
        Returns the moved ids; a note under itself refuses them all."""
        ids = list(note_ids)
        with self._change("op.move_notes"):
            for offset, note_id in enumerate(ids):
                self.move_note(note_id, parent_id=parent_id, index=index + offset)
        return ids

    def move_note(self, note_id: str, *, index: int, parent_id: str | None = _UNSET,
                  table_id: str | None = _UNSET, question_id: str | None = _UNSET,
                  programme_item_id: str | None = _UNSET) -> None:
        """Move a note (with its children) to position `index` under `parent_id`.

        Leaving out parent/place keeps the current one; giving a new place
        (another table or round) moves the whole subtree there.
        """
        with self._change("op.move_note") as tx:
            row = tx.get("note", note_id)
            place = {"table_id": row["table_id"], "question_id": row["question_id"],
                     "programme_item_id": row["programme_item_id"]}
            place.update(_given(table_id=table_id, question_id=question_id,
                                programme_item_id=programme_item_id))
            new_parent = row["parent_id"] if parent_id is _UNSET else parent_id
            self._check_refs(tx, table_id=place["table_id"], question_id=place["question_id"],
                             programme_item_id=place["programme_item_id"])
            if new_parent:
                parent = tx.get("note", new_parent)
                self._check_same_place(parent, place)
                if new_parent == note_id or note_id in self._ancestors(tx, new_parent):
                    raise InvalidValue("error.note_under_itself")
                self._check_depth(tx, new_parent, self._height(tx, note_id))
            old_siblings = _siblings(tx, row, row["parent_id"])
            oplib.renumber(tx, "note", [s for s in old_siblings if s != note_id])
            tx.update("note", note_id, {**place, "parent_id": new_parent})
            for child in self._descendants(tx, note_id):
                tx.update("note", child, place)
            oplib.reorder(tx, "note", _siblings(tx, place, new_parent), note_id, index)

    def indent_note(self, note_id: str) -> bool:
        """Nest a note under its previous sibling (Tab). False when there is none."""
        with self._change("op.move_note"):
            row = self.note(note_id)
            siblings = [n.id for n in self.notes_in_place(
                row.table_id, row.question_id, row.programme_item_id, row.parent_id)]
            at = siblings.index(note_id)
            if at == 0:
                return False
            new_parent = siblings[at - 1]
            children = self.notes_in_place(row.table_id, row.question_id,
                                           row.programme_item_id, new_parent)
            self.move_note(note_id, parent_id=new_parent, index=len(children))
        return True

    def outdent_note(self, note_id: str) -> bool:
        """Move a note one level up, right after its parent (Shift+Tab)."""
        with self._change("op.move_note"):
            row = self.note(note_id)
            if not row.parent_id:
                return False
            parent = self.note(row.parent_id)
            siblings = [n.id for n in self.notes_in_place(
                row.table_id, row.question_id, row.programme_item_id, parent.parent_id)]
            self.move_note(note_id, parent_id=parent.parent_id,
                           index=siblings.index(parent.id) + 1)
        return True

    def vote(self, note_id: str, *, delta: int = 1) -> int:
        """Add (or with a negative delta take away) dots; never below zero. Returns the total."""
        delta = oplib.whole_number(delta, field="votes")
        with self._change("op.vote") as tx:
            votes = max(0, tx.get("note", note_id)["votes"] + delta)
            tx.update("note", note_id, {"votes": votes})
        return votes

    def set_votes(self, note_id: str, *, votes: int) -> None:
        votes = oplib.whole_number(votes, field="votes")
        if votes < 0:
            raise InvalidValue("error.votes_negative")
        with self._change("op.set_votes") as tx:
            tx.update("note", note_id, {"votes": votes})

    @staticmethod
    def _check_refs(tx: Transaction, **refs: str | None) -> None:
        given = _referred(refs)
        if given:
            tx.check_all(given)

    @staticmethod
    def _check_same_place(parent: dict[str, Any], place: dict[str, Any]) -> None:
        if any(parent[k] != v for k, v in place.items()):
            raise InvalidValue("error.nested_note_place")

    @staticmethod
    def _ancestors(tx: Transaction, note_id: str) -> list[str]:
        found = []
        current = tx.get("note", note_id, include_deleted=True)["parent_id"]
        while current and current not in found:
            found.append(current)
            current = tx.get("note", current, include_deleted=True)["parent_id"]
        return found

    @classmethod
    def _check_depth(cls, tx: Transaction, parent_id: str, height: int) -> None:
        """Refuse a note (with `height` levels below it) under `parent_id` when the
        deepest of them would be nested deeper than MAX_NOTE_DEPTH."""
        depth = len(cls._ancestors(tx, parent_id)) + 2 + height
        if depth > MAX_NOTE_DEPTH:
            raise InvalidValue("error.note_too_deep", limit=MAX_NOTE_DEPTH, depth=depth)

    @staticmethod
    def _height(tx: Transaction, note_id: str) -> int:
        """How many levels of notes are nested below `note_id` (0 for none)."""
        height, level = 0, [note_id]
        while level:
            below: list[str] = []
            for at in range(0, len(level), 500):
                part = level[at:at + 500]
                below += [r[0] for r in tx.query(
                    f"SELECT id FROM note WHERE parent_id IN ({','.join('?' * len(part))})"
                    " AND deleted_at IS NULL", tuple(part))]
            level = below
            if level:
                height += 1
            if height > MAX_NOTE_DEPTH * 4:  # a broken file; deep enough to refuse
                break
        return height

    @staticmethod
    def _descendants(tx: Transaction, note_id: str) -> list[str]:
        found, pending = [], [note_id]
        while pending:
            children = [r[0] for r in tx.query(
                "SELECT id FROM note WHERE parent_id = ? AND deleted_at IS NULL",
                (pending.pop(),))]
            found += children
            pending += children
        return found

    # -- actions -------------------------------------------------------------------

    def add_action(self, *, what: str, owner: str = "", partners: Iterable[str] = (),
                   level: str = "lokaal", due_date: str | None = None, period: str = "",
                   status: str = "open", note_id: str | None = None) -> str:
        """Add an action to the agenda: what, who, with whom, at what level, by when."""
        values = check_action({"what": what, "owner": owner, "partners": partners,
                               "level": level, "due_date": due_date, "period": period,
                               "status": status})
        with self._change("op.add_action") as tx:
            if note_id:
                tx.get("note", note_id)
            return tx.insert("action", {**values, "note_id": note_id}, last_of=oplib.AT_THE_END)

    def action_from_note(self, note_id: str, *, owner: str = "",
                         level: str = "lokaal") -> str:
        """Turn a note into an action in one step (the note stays; the action links it).
        The action says the note's words; the note's emphasis marks stay in the note."""
        note = self.note(note_id)
        return self.add_action(what=plain(note.text), owner=owner or note.party, level=level,
                               note_id=note_id)

    def update_action(self, action_id: str, *, what: str = _UNSET, owner: str = _UNSET,
                      partners: Iterable[str] = _UNSET, level: str = _UNSET,
                      due_date: str | None = _UNSET, period: str = _UNSET,
                      status: str = _UNSET) -> None:
        """Edit an action; checked as `add_action` (a description stays required)."""
        values = check_action(_given(what=what, owner=owner, partners=partners, level=level,
                                     due_date=due_date, period=period, status=status))
        with self._change("op.edit_action") as tx:
            tx.update("action", action_id, values)

    def move_action(self, action_id: str, *, index: int) -> None:
        with self._change("op.move_action") as tx:
            tx.get("action", action_id)
            ids = [r[0] for r in tx.query(
                "SELECT id FROM action WHERE deleted_at IS NULL ORDER BY position")]
            oplib.reorder(tx, "action", ids, action_id, index)

    def delete_action(self, action_id: str) -> None:
        with self._change("op.delete_action") as tx:
            tx.delete("action", action_id)

    def delete_actions(self, action_ids: Iterable[str]) -> None:
        """Delete several actions as ONE operation (one undo step; all or none)."""
        with self._change("op.delete_actions"):
            for action_id in list(action_ids):
                self.delete_action(action_id)

    # -- follow-up meetings ------------------------------------------------------

    def add_follow_up(self, *, topic: str, date: str | None = None,
                      organiser: str = "") -> str:
        """Record a follow-up meeting (date and topic) for the agenda."""
        values = check_follow_up({"topic": topic, "date": date, "organiser": organiser})
        with self._change("op.add_follow_up_meeting") as tx:
            return tx.insert("follow_up", values, last_of=oplib.AT_THE_END)

    def update_follow_up(self, follow_up_id: str, *, topic: str = _UNSET,
                         date: str | None = _UNSET, organiser: str = _UNSET) -> None:
        """Edit a follow-up meeting; checked as `add_follow_up`."""
        values = check_follow_up(_given(topic=topic, date=date, organiser=organiser))
        with self._change("op.edit_follow_up_meeting") as tx:
            tx.update("follow_up", follow_up_id, values)

    def delete_follow_up(self, follow_up_id: str) -> None:
        with self._change("op.delete_follow_up_meeting") as tx:
            tx.delete("follow_up", follow_up_id)

    def delete_follow_ups(self, follow_up_ids: Iterable[str]) -> None:
        """Delete several follow-up meetings as ONE operation (one undo step)."""
        with self._change("op.delete_follow_up_meetings"):
            for follow_up_id in list(follow_up_ids):
                self.delete_follow_up(follow_up_id)

    # -- attachments -------------------------------------------------------------

    def add_attachment(self, *, data: bytes | None = None, path: str | Path | None = None,
                       filename: str = "", caption: str = "", table_id: str | None = None,
                       question_id: str | None = None) -> str:
        """Store a photo (flip chart) inside the event file, linked to a table or round."""
        values = check_attachment({"filename": filename, "caption": caption})
        if path is not None:
            path = Path(path)
            try:
                if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                    raise InvalidValue("error.file_too_large", name=path.name)
                data = path.read_bytes()
            except OSError as exc:
                raise InvalidValue("error.file_unreadable", name=path.name,
                                   reason=oplib.os_reason(exc)) from None
            values["filename"] = values["filename"] or oplib.clean_text(path.name)
        mime = _checked_picture(data, values["filename"])
        with self._change("op.add_photo") as tx:
            self._check_refs(tx, table_id=table_id, question_id=question_id)
            return tx.insert("attachment", {
                **values, "mime": mime, "table_id": table_id, "question_id": question_id,
                "size": len(data), "data": data},  # type: ignore[arg-type]
                last_of=oplib.AT_THE_END)

    def add_attachments(self, paths: Iterable[str | Path], *, table_id: str | None = None,
                        question_id: str | None = None) -> list[str]:
        """Store several photos as ONE operation (one undo step; all or none)."""
        with self._change("op.add_photos"):
            return [self.add_attachment(path=path, table_id=table_id, question_id=question_id)
                    for path in list(paths)]

    def update_attachment(self, attachment_id: str, *, caption: str = _UNSET,
                          table_id: str | None = _UNSET,
                          question_id: str | None = _UNSET) -> None:
        """Edit a photo's caption or place; checked as `add_attachment`."""
        values = check_attachment(_given(caption=caption, table_id=table_id,
                                         question_id=question_id))
        with self._change("op.edit_photo") as tx:
            self._check_refs(tx, table_id=values.get("table_id"),
                             question_id=values.get("question_id"))
            tx.update("attachment", attachment_id, values)

    def delete_attachment(self, attachment_id: str) -> None:
        with self._change("op.delete_photo") as tx:
            tx.delete("attachment", attachment_id)

    def delete_attachments(self, attachment_ids: Iterable[str]) -> None:
        """Delete several photos as ONE operation (one undo step; all or none)."""
        with self._change("op.delete_photos"):
            for attachment_id in list(attachment_ids):
                self.delete_attachment(attachment_id)
