"""EventBridge: the core's one undo stack, one changed signal per operation,
refusals as status messages in the interface language, hidden pages refresh when shown."""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QStackedWidget

from facilitator import search_index
from facilitator.eventfile import EventFile
from ui import i18n
from ui.bridge import EventBridge


def make(qapp):
    event = EventFile.in_memory()
    return EventBridge(event), event


def test_run_is_one_core_undo_step_and_one_changed_signal(qapp, qtbot):
    bridge, event = make(qapp)
    with qtbot.waitSignal(bridge.changed) as signal:
        table = bridge.run(event.add_table, theme="Wonen")
    assert signal.args[0].kinds == frozenset({"theme_table"})
    assert event.table(table).theme == "Wonen"
    assert event.undo_label == "op.add_table"
    assert bridge.undo_text in ("Add table", "Tafel toevoegen")


def test_a_multi_row_operation_is_one_step_and_one_signal(qapp, qtbot):
    bridge, event = make(qapp)
    seen = []
    bridge.changed.connect(seen.append)
    ids = bridge.run(event.add_participants, [{"name": n} for n in ("Anna", "Bert", "Cor")])
    assert len(ids) == 3 and len(seen) == 1 and seen[0].kinds == frozenset({"participant"})
    bridge.undo()
    assert event.participants() == []
    assert len(seen) == 2 and seen[1].source == "undo"
    assert event.undo_label is None
    bridge.redo()
    assert sorted(p.name for p in event.participants()) == ["Anna", "Bert", "Cor"]
    assert len(seen) == 3 and seen[2].source == "redo"


def test_nothing_to_undo_is_a_status_message_in_the_interface_language(qapp, qtbot):
    bridge, event = make(qapp)
    previous = i18n.current_language()
    i18n.install("nl")
    try:
        with qtbot.waitSignal(bridge.statusMessage) as signal:
            bridge.undo()
    finally:
        i18n.install(previous)
    assert signal.args[0] == "Er is niets om ongedaan te maken."


def test_undo_and_redo_say_what_they_did(qapp, qtbot):
    """An undo may change another page than the one in sight: the status bar names it."""
    bridge, event = make(qapp)
    previous = i18n.current_language()
    i18n.install("nl")
    try:
        bridge.run(event.add_table, theme="Wonen")
        with qtbot.waitSignal(bridge.statusMessage) as signal:
            bridge.undo()
        assert signal.args[0] == "Ongedaan gemaakt: Tafel toevoegen"
        with qtbot.waitSignal(bridge.statusMessage) as signal:
            bridge.redo()
        assert signal.args[0] == "Opnieuw gedaan: Tafel toevoegen"
    finally:
        i18n.install(previous)
    assert [t.theme for t in event.tables()] == ["Wonen"]


def test_refused_operation_is_a_status_message(qapp, qtbot):
    bridge, event = make(qapp)
    with qtbot.waitSignal(bridge.statusMessage) as signal:
        result = bridge.run(event.add_participant, name="")
    assert result is None
    assert "name or an organisation" in signal.args[0] or "naam of een organisatie" in \
        signal.args[0]
    assert event.undo_label is None


def test_direct_core_edits_are_on_the_same_stack(qapp):
    bridge, event = make(qapp)
    event.add_table(theme="A")
    event.add_table(theme="B")
    bridge.undo()
    assert [t.theme for t in event.tables()] == ["A"]
    assert event.redo_label == "op.add_table"


def test_undo_limit_two_deleting_two_actions_is_one_step(qapp, monkeypatch):
    """The finding of the house issue: with the limit at 2, one undo brings both back."""
    from facilitator import writer
    monkeypatch.setattr(writer, "UNDO_LIMIT", 2)
    bridge, event = make(qapp)
    ids = [event.add_action(what=w) for w in ("een", "twee")]
    bridge.run(event.delete_actions, ids)
    assert event.actions() == []
    bridge.undo()
    assert sorted(a.what for a in event.actions()) == ["een", "twee"]


def test_a_hidden_page_hears_its_changes_once_when_shown(qapp, qtbot):
    bridge, event = make(qapp)
    stack = QStackedWidget()
    front, page = QLabel("voor"), QLabel("pagina")
    stack.addWidget(front)
    stack.addWidget(page)
    heard = []
    bridge.watch(page, heard.append)
    stack.show()
    qtbot.waitExposed(stack)
    event.add_table(theme="A")
    event.add_note(text="x")
    assert heard == []  # not on screen: nothing re-read
    stack.setCurrentWidget(page)
    qtbot.waitUntil(lambda: len(heard) == 1)
    assert heard[0].kinds == frozenset({"theme_table", "note"})
    event.add_note(text="y")  # on screen: at once
    assert len(heard) == 2
    stack.close()


def test_a_commit_on_another_thread_reaches_the_gui_thread(qapp, qtbot):
    bridge, event = make(qapp)
    threads = []
    bridge.changed.connect(lambda c: threads.append(threading.current_thread()))
    worker = threading.Thread(target=lambda: event.add_table(theme="van elders"))
    with qtbot.waitSignal(bridge.changed):
        worker.start()
        worker.join()
    assert threads == [threading.main_thread()]


def test_qt_events_sent_to_the_bridge_do_not_reach_the_event_file(qapp):
    # QObject.event() is virtual; `bridge.event` must not shadow it.
    bridge, event = make(qapp)
    QCoreApplication.postEvent(bridge, QEvent(QEvent.Type.User))
    QCoreApplication.sendPostedEvents(bridge)
    assert bridge.event is event


def test_timer_changes_are_not_undo_steps(qapp):
    bridge, event = make(qapp)
    item = event.add_programme_item(title="Ronde", kind="table_round", planned_minutes=20)
    event.start_item(item)
    assert event.undo_label == "op.add_programme_item"


def test_typed_notes_get_their_search_entries_a_moment_later_in_one_quiet_commit(
        qapp, qtbot):
    bridge, event = make(qapp)
    seen = []
    bridge.changed.connect(seen.append)
    notes = [bridge.run(event.add_note, text=f"Buurtkamer {i}") for i in range(3)]
    assert event.notes_to_index and len(seen) == 3  # Enter did not wait for the index
    rowids = [event._conn.execute("SELECT rowid FROM note WHERE id = ?", (n,)).fetchone()[0]
              for n in notes]
    assert not any(search_index.is_indexed(event._conn, r) for r in rowids)
    qtbot.waitUntil(lambda: not event.notes_to_index, timeout=5000)
    assert all(search_index.is_indexed(event._conn, r) for r in rowids)
    assert len(seen) == 3 and event.undo_label == "op.add_note"  # no notice, no undo step
    bridge.close()


def test_closing_the_bridge_before_the_entries_are_due(qapp, qtbot, tmp_path):
    event = EventFile.create(tmp_path / "dicht.oogst")
    bridge = EventBridge(event)
    bridge.run(event.add_note, text="Nog even zoeken")
    bridge.close()  # the core writes the entry at closing; the timer stays quiet
    qtbot.wait(1500)
    with EventFile.open(tmp_path / "dicht.oogst", readonly=True) as reader:
        assert not reader._notes_not_indexed() and len(reader.search("zoeken")) == 1
