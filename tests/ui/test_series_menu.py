"""File > New follow-up meeting (from the open event) and File > Agenda across meetings."""
from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator.eventfile import EventFile
from ui import agenda_across_dialog, series_menu

@pytest.fixture
def demo_file(demo_with_actions):
    """The demo after its five agenda points became actions (seed 002 has no action
    list; tests/conftest.py)."""
    return demo_with_actions[0]


def entry(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_follow_up_of_the_open_event_opens_on_the_review_page(qtbot, window, demo_file,
                                                              tmp_path, monkeypatch):
    assert window.open_path(demo_file)
    window.bridge.event.add_action(what="Nog even toegevoegd", owner="Movisie")
    target = tmp_path / "vervolg.oogst"
    monkeypatch.setattr(series_menu, "ask_save_path", lambda *a: target)
    entry(window, "New follow-up meeting…").trigger()
    assert window.bridge.event.path == target
    assert window.current_page() == "review"
    review = window.pages["review"]
    assert review.list.count() == 6
    assert review.list.item(5).text().startswith("Nog even toegevoegd")
    window.close_event()
    with EventFile.open(demo_file, readonly=True) as demo:  # the earlier file is intact
        assert demo.actions()[-1].what == "Nog even toegevoegd"
        assert demo.integrity_check() == ["ok"]


def test_follow_up_refuses_an_existing_file(qtbot, window, demo_file, tmp_path, monkeypatch,
                                            ):
    assert window.open_path(demo_file)
    target = tmp_path / "bestaat.oogst"
    target.write_bytes(b"x")
    warnings = []
    monkeypatch.setattr(series_menu, "ask_save_path", lambda *a: target)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not series_menu.new_follow_up(window)
    assert "exists already" in warnings[0] and window.bridge.event.path == demo_file
    # the open event was read as it is, not closed: the meeting goes on
    assert not window.bridge.event.closed
    window.bridge.event.add_note(text="gaat door")


def test_agenda_entry_opens_the_dialog_with_the_open_event(qtbot, window, demo_file,
                                                           monkeypatch):
    assert window.open_path(demo_file)
    seen = []

    def fake_exec(dialog):
        seen.append(list(dialog.paths))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(agenda_across_dialog.AgendaAcrossDialog, "exec", fake_exec)
    entry(window, "Agenda across meetings…").trigger()
    assert seen == [[demo_file]]


def test_file_new_follow_up_of_a_chosen_file_when_none_is_open(qtbot, window, demo_file,
                                                                 tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from ui.prep.new_event import NewEventDialog

    def choose_follow_up(dialog):
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(next(i for i, n in enumerate(names)
                                       if n.startswith("Follow-up meeting")))
        dialog.accept()
        return 1

    monkeypatch.setattr(NewEventDialog, "exec", choose_follow_up)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(demo_file), "")))
    target = tmp_path / "tweede.oogst"
    monkeypatch.setattr(series_menu, "ask_save_path", lambda *a: target)
    assert window.bridge is None
    assert window.new_event()
    assert window.bridge.event.path == target and window.current_page() == "review"
    assert window.bridge.event.event().title .endswith("Samenspel in beweging") and window.bridge.event.event().title.startswith("Vervolg: ")
    assert len(window.bridge.event.carried_actions()) == 5
