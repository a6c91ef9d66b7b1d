"""The Perspectives page counts each perspective's notes (one SQL aggregate) and
keeps the counts right after adding, undoing and deleting notes."""
from __future__ import annotations

from ui.prep.perspectives import PerspectivesPage

from gui_helpers import show


def counts(page) -> dict[str, int]:
    model = page.model
    return {r.name: model.data(model.index(row, 3)) for row, r in enumerate(model.records)}


def test_note_counts_follow_add_undo_and_delete(qtbot, bridge):
    page = show(qtbot, PerspectivesPage(bridge))
    event = bridge.event
    perspective = event.perspectives()[0]
    expected = len(event.notes(perspective_id=perspective.id))
    assert counts(page)[perspective.name] == expected
    note = bridge.run(event.add_note, text="nieuw", perspective_id=perspective.id)
    assert counts(page)[perspective.name] == expected + 1
    bridge.undo()
    assert counts(page)[perspective.name] == expected
    bridge.redo()
    bridge.run(event.update_note, note, perspective_id=None)
    assert counts(page)[perspective.name] == expected
    assert sum(counts(page).values()) == len([n for n in event.notes() if n.perspective_id])
