"""The window builds a page when it is first shown, not all nine at opening."""
from __future__ import annotations



def test_only_the_shown_pages_are_built_and_the_rest_on_first_use(qtbot, window, event_path):
    window.open_path(event_path)
    built = {key for key, _page in window.pages.items()}
    assert window.current_page() in built
    assert len(built) <= 2  # the first page, and the remembered one
    assert window.pages.built("voting") is None and "voting" in window.pages
    assert len(window.pages) == window.nav.count() == window.stack.count()
    voting = window.navigate("voting")
    assert window.pages.built("voting") is voting and window.current_page() == "voting"
    window.nav.setCurrentRow(window.pages.keys().index("actions"))  # a click in the list
    assert window.pages.built("actions") is not None
    assert window.current_page() == "actions"


def test_a_page_built_later_hears_changes_and_reports_typing(qtbot, window, event_path):
    window.open_path(event_path)
    event = window.bridge.event
    table = event.tables()[0]
    window.bridge.run(event.add_note, text="voor het bouwen", table_id=table.id)
    capture = window.navigate("capture")
    capture.select_table(table.id)
    capture.select_round(None)
    assert "voor het bouwen" in [capture.model.note_at(capture.model.index_of(i)).text
                                for i in capture.model.note_ids()]
    qtbot.keyClicks(capture.bar.entry, "iets")  # the status bar says a draft is pending
    assert window.saved_label.text() == window.tr("Typing… (kept in a moment)")


def test_the_remembered_table_is_restored_when_capture_is_first_built(qtbot, window,
                                                                        event_path):
    from ui.main_window import MainWindow
    window.open_path(event_path)
    capture = window.navigate("capture")
    capture.table_combo.setCurrentIndex(1)
    table = capture.current_table_id()
    window.navigate("programme")
    window.close_event()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_path(event_path)
    assert second.current_page() == "programme"
    assert second.pages.built("capture") is None
    assert second.pages["capture"].current_table_id() == table
    second.close_event()


def test_a_file_reopens_on_its_page_without_building_the_first_one(qtbot, event_path):
    from ui.main_window import MainWindow
    for visible in (False, True):  # as at start (shown after opening), and later
        first = MainWindow()
        qtbot.addWidget(first)
        first.open_path(event_path)
        capture = first.navigate("capture")
        capture.table_combo.setCurrentIndex(1)
        table = capture.current_table_id()
        first.close_event()
        again = MainWindow()
        qtbot.addWidget(again)
        if visible:
            again.show()
        again.open_path(event_path)
        assert again.current_page() == "capture"
        assert [k for k in again.pages if again.pages.built(k)] == ["capture"]
        assert again.pages["capture"].current_table_id() == table  # table restored too
        again.close_event()


def test_closing_builds_no_page(qtbot, window, event_path, monkeypatch):
    from ui import main_window
    built: list[str] = []

    def counting(key, factory):
        def make(bridge, parent=None):
            built.append(key)
            return factory(bridge, parent=parent)
        return make

    monkeypatch.setattr(main_window, "PAGES",
                        [(key, counting(key, f)) for key, f in main_window.PAGES])
    window.open_path(event_path)
    shown = list(built)
    assert shown and len(shown) <= 2
    window.close_event()
    assert built == shown


def test_typing_reads_no_tree_and_a_hidden_page_refreshes_when_shown(qtbot, window,
                                                                       event_path, monkeypatch):
    from gui_helpers import focus_entry, type_note
    window.open_path(event_path)
    voting = window.navigate("voting")  # built, then hidden again
    capture = window.navigate("capture")
    focus_entry(qtbot, capture.bar)
    event = window.bridge.event
    reads: list[dict] = []
    original = type(event).note_tree

    def counted(self, **where):
        reads.append(where)
        return original(self, **where)

    monkeypatch.setattr(type(event), "note_tree", counted)  # (undone after the test)
    voting_refreshes = []
    monkeypatch.setattr(voting.model, "refresh", lambda refresh=voting.model.refresh:
                        (voting_refreshes.append(1), refresh())[1])
    for text in ("een", "twee", "drie"):
        type_note(qtbot, capture.bar.entry, text)
    assert reads == []  # the capture view inserted its rows from the notices
    assert voting_refreshes == []  # the hidden voting page waits
    window.navigate("voting")
    assert voting_refreshes == [1]  # once, for all three, when shown


def test_the_welcome_and_the_search_panel_are_made_when_first_shown(qtbot, event_path):
    from ui.main_window import MainWindow
    window = MainWindow()  # as run_gui: the file opened before the window shows
    qtbot.addWidget(window)
    assert window.open_path(event_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.start_area.built() is None  # an event is open: no welcome made
    assert window.search_area.built() is None  # Edit > Find not used yet
    window.act_find.trigger()
    assert window.search_area.built() is window.search and window.search.isVisible()
    assert window.search.bridge is window.bridge  # made for the open event
    window.close_event()  # no event: the welcome is made and shown, with the recent file
    assert window.start_area.built() is window.start and window.start.isVisible()
    assert window.start.recent.count() == 1
    assert window.focusWidget() is window.start.demo  # Enter opens the demo, as before


def test_after_first_paint_runs_once_after_the_paint_or_at_the_latest(qtbot):
    from PySide6.QtWidgets import QLabel
    from ui.lazy_pages import after_first_paint
    label = QLabel("x")
    qtbot.addWidget(label)
    ran: list[str] = []
    after_first_paint(label, lambda: ran.append("painted"), at_most=60_000)
    qtbot.wait(50)
    assert ran == []  # not shown, not painted: waits
    label.show()
    qtbot.waitUntil(lambda: ran == ["painted"], timeout=5000)
    label.update()
    qtbot.wait(50)
    assert ran == ["painted"]  # once
    hidden = QLabel("y")
    qtbot.addWidget(hidden)
    after_first_paint(hidden, lambda: ran.append("at the latest"), at_most=10)
    qtbot.waitUntil(lambda: ran[-1] == "at the latest", timeout=5000)
