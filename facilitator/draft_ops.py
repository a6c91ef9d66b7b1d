"""Drafts: what is typed in a capture field before Enter, kept safe in the file.

A facilitator types half a note and closes the window, switches table, or
the laptop dies: the text must not be lost. The capture field keeps it as
the draft of its place (table, round question, programme item) a moment
after each keystroke and when it loses the place; the field shows it again
when the place comes back. Drafts are committed at once like every write
(durable, `kill -9`-safe) but are not steps of Undo (Ctrl+Z takes back the
last note, not the last keystrokes) and not content of the meeting (no
export shows them; a merge skips them, see `schema.STATE_TABLES`).
"""
from __future__ import annotations

from . import oplib
from .errors import OogstError
from .transactions import Source


def place_key(table_id: str | None, question_id: str | None,
              programme_item_id: str | None) -> str:
    """The draft's place as one text: "table|question|programme item"."""
    return "|".join(x or "" for x in (table_id, question_id, programme_item_id))


class DraftOps(oplib.Base):
    """Draft operations (mixed into `EventFile`)."""

    def save_draft(self, *, text: str, table_id: str | None = None,
                   question_id: str | None = None,
                   programme_item_id: str | None = None) -> None:
        """Keep `text` as the draft of this place (empty text: no draft).

        Committed at once; not an undo step (source DRAFT); listeners hear
        kind "draft". Nothing is written when the stored draft is the same.
        """
        if self.readonly:
            raise OogstError("error.read_only_event")
        text = oplib.clean_text(text, field="text")
        place = place_key(table_id, question_id, programme_item_id)
        with self._writer.change("op.save_draft", source=Source.DRAFT, record=False) as tx:
            rows = tx.query("SELECT id, text FROM draft WHERE place = ? AND deleted_at IS NULL",
                            (place,))
            if rows and not text.strip():
                tx.delete("draft", rows[0][0])
            elif rows:
                tx.update("draft", rows[0][0], {"text": text})
            elif text.strip():
                tx.insert("draft", {"place": place, "text": text})

    def draft(self, *, table_id: str | None = None, question_id: str | None = None,
              programme_item_id: str | None = None) -> str:
        """The draft of this place ("" when there is none)."""
        row = self._conn.execute(  # type: ignore[attr-defined]
            "SELECT text FROM draft WHERE place = ? AND deleted_at IS NULL "
            "ORDER BY updated_at DESC LIMIT 1",
            (place_key(table_id, question_id, programme_item_id),)).fetchone()
        return row[0] if row else ""
