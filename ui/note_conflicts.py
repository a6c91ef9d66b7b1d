"""`NoteConflicts`: the other versions merges kept on notes, for the note views.

A field of a note changed on two laptops keeps the later change; the merge
keeps the other version (`merge_conflict`, `EventFile.conflicts`). The note
model holds one `NoteConflicts`: it is read from the file once when the model
shows a place and once per change notice that names MERGE_CONFLICT (a merge,
using or dropping a version, their undo), never per row, per paint or per
keystroke. The view draws a mark on a note that has one, its tooltip names the
other versions, and the note's context menu switches to one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.merge_ops import FieldConflict, field_name, shown_value

from . import i18n


translate = QCoreApplication.translate


class NoteConflicts:
    """Per note id, the other versions a merge kept (oldest first)."""

    def __init__(self, bridge) -> None:
        self._bridge = bridge
        self._of: dict[str, list[FieldConflict]] = {}

    def reload(self) -> set[str]:
        """Read the notes' other versions again (one read); the ids of the notes
        whose other versions changed."""
        found: dict[str, list[FieldConflict]] = {}
        for conflict in self._bridge.event.conflicts(kind="note"):
            found.setdefault(conflict.row_id, []).append(conflict)
        changed = {i for i in found.keys() | self._of.keys()
                   if [c.id for c in found.get(i, ())] != [c.id for c in self._of.get(i, ())]}
        self._of = found
        return changed

    def of(self, note_id: str) -> list[FieldConflict]:
        return self._of.get(note_id, [])

    def has(self, note_id: str) -> bool:
        return note_id in self._of

    def tooltip(self, note_id: str, text: str) -> str:
        """The note's text and, below it, each other version kept on it."""
        conflicts = self._of.get(note_id)
        if not conflicts:
            return text
        lines = [text, ""] + [describe(c) for c in conflicts]
        lines.append(translate("NoteConflicts",
                               "Context menu (right-click or the Menu key): use or drop it."))
        return "\n".join(lines)

    def add_menu_entries(self, menu: QMenu, note_id: str, window: QWidget | None) -> None:
        """The note's context menu: per other version, use it (switch and settle:
        one undo step) or drop it; and the merge conflicts dialog for the note."""
        bridge, event = self._bridge, self._bridge.event
        for conflict in self.of(note_id):
            what = version_words(conflict)
            use = menu.addAction(translate("NoteConflicts", "Use the other version: %1")
                                 .replace("%1", what))
            use.setObjectName("useOtherVersion")
            use.triggered.connect(lambda _=False, c=conflict.id: bridge.run(
                event.use_conflict_version, c, keep_current=False))
            drop = menu.addAction(translate("NoteConflicts", "Drop the other version: %1")
                                  .replace("%1", what))
            drop.setObjectName("dropOtherVersion")
            drop.triggered.connect(lambda _=False, c=conflict.id: bridge.run(
                event.dismiss_conflict, c))
        versions = menu.addAction(translate("NoteConflicts", "Other versions of this note…"))
        versions.setObjectName("noteConflicts")
        versions.triggered.connect(lambda: show_conflicts(window, bridge, note_id))


def show_conflicts(window: QWidget | None, bridge, note_id: str) -> None:
    """The merge conflicts dialog for one note (use, drop, switch back later)."""
    from .merge_dialog import run_conflicts_dialog  # a dialog: imported on first use
    run_conflicts_dialog(window, bridge, note_id=note_id)


def version_words(conflict: FieldConflict, limit: int = 50) -> str:
    """The other version, short: “its text”, a field and its value, or 'deleted'."""
    lang = i18n.current_language()
    if conflict.field == "deleted_at":
        return translate("NoteConflicts", "deleted")
    value = "“" + shown_value(conflict.value, lang, limit) + "”"
    return value if conflict.field == "text" else f"{field_name(conflict.field, lang)} {value}"


def describe(conflict: FieldConflict, limit: int = 200) -> str:
    """One other version in words: 'Other version (from a merge): “…”'."""
    lang = i18n.current_language()
    if conflict.field == "deleted_at":
        return translate("NoteConflicts", "Deleted on another laptop (kept by a merge)")
    if conflict.field == "text":
        return translate("NoteConflicts", "Other version (kept by a merge): “%1”").replace(
            "%1", shown_value(conflict.value, lang, limit))
    return translate("NoteConflicts", "Other %1 (kept by a merge): “%2”").replace(
        "%1", field_name(conflict.field, lang)).replace(
        "%2", shown_value(conflict.value, lang, limit))
