"""EventBridge: one undo entry per GUI step, the changed signal, errors as messages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from facilitator.eventfile import EventFile
from ui.bridge import EventBridge


def make(qapp):
    event = EventFile.in_memory()
    return EventBridge(event), event


def test_run_pushes_one_entry_and_emits_changed(qapp, qtbot):
    bridge, event = make(qapp)
    with qtbot.waitSignal(bridge.changed) as signal:
        table = bridge.run("Add table", event.add_table, theme="Wonen")
    assert signal.args[0].kinds == frozenset({"theme_table"})
    assert event.table(table).theme == "Wonen"
    assert bridge.undo_stack.count() == 1
    assert bridge.undo_stack.undoText() == "Add table"


def test_several_commits_in_one_run_are_one_undo_step(qapp, qtbot):
    bridge, event = make(qapp)
    seen = []
    bridge.changed.connect(seen.append)

    def import_three():
        return [event.add_participant(name=n) for n in ("Anna", "Bert", "Cor")]

    ids = bridge.run("Import participants", import_three)
    assert len(ids) == 3 and bridge.undo_stack.count() == 1
    assert len(seen) == 1 and seen[0].kinds == frozenset({"participant"})
    bridge.undo()
    assert event.participants() == []
    assert len(seen) == 2 and seen[1].source == "undo"  # one signal for the three steps
    bridge.redo()
    assert sorted(p.name for p in event.participants()) == ["Anna", "Bert", "Cor"]
    assert len(seen) == 3 and seen[2].source == "redo"


def test_core_refusing_an_undo_resets_the_gui_stack(qapp, qtbot):
    bridge, event = make(qapp)
    bridge.run("Add table", event.add_table, theme="A")
    event._writer._undo.clear()  # the core's stack lost the step (e.g. beyond its limit)
    with qtbot.waitSignal(bridge.statusMessage):
        bridge.undo()
    qtbot.waitUntil(lambda: bridge.undo_stack.count() == 0)
    assert [t.theme for t in event.tables()] == ["A"]


def test_refused_operation_is_a_status_message(qapp, qtbot):
    bridge, event = make(qapp)
    with qtbot.waitSignal(bridge.statusMessage) as signal:
        result = bridge.run("Add participant", event.add_participant, name="")
    assert result is None
    assert "name or an organisation" in signal.args[0]
    assert bridge.undo_stack.count() == 0


def test_direct_core_edits_still_get_an_undo_entry(qapp):
    bridge, event = make(qapp)
    event.add_table(theme="A")
    event.add_table(theme="B")
    assert bridge.undo_stack.count() == 2
    bridge.undo_stack.undo()
    assert [t.theme for t in event.tables()] == ["A"]
    assert event.redo_label == "Add table"


def test_undo_and_redo_stay_in_step_with_the_core(qapp):
    bridge, event = make(qapp)
    for theme in ("A", "B", "C"):
        bridge.run("Add table", event.add_table, theme=theme)
    bridge.undo_stack.setIndex(1)  # undo two
    assert [t.theme for t in event.tables()] == ["A"]
    bridge.undo_stack.setIndex(3)
    assert [t.theme for t in event.tables()] == ["A", "B", "C"]
    bridge.undo_stack.setIndex(2)
    bridge.run("Add table", event.add_table, theme="D")  # drops the redo of C
    assert not bridge.undo_stack.canRedo() and event.redo_label is None
    assert [t.theme for t in event.tables()] == ["A", "B", "D"]


def test_qt_events_sent_to_the_bridge_do_not_reach_the_event_file(qapp):
    # QObject.event() is virtual; `bridge.event` must not shadow it.
    bridge, event = make(qapp)
    QCoreApplication.postEvent(bridge, QEvent(QEvent.Type.User))
    QCoreApplication.sendPostedEvents(bridge)
    assert bridge.event is event


def test_timer_changes_are_not_undo_entries(qapp):
    bridge, event = make(qapp)
    item = event.add_programme_item(title="Ronde", kind="table_round", planned_minutes=20)
    before = bridge.undo_stack.count()
    event.start_item(item)
    assert bridge.undo_stack.count() == before
