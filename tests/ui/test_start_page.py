"""The welcome (ui/prep/start_page.py): `./start.sh` without a file opens the demo
meeting and, the first time, the welcome over it; with no event open the welcome is
the window's page (Enter opens the demo); a blank meeting and New from a template
are one click away, saved in the documents folder by default."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator import templates
from facilitator.eventfile import EventFile
from ui import app as app_module
from ui.main_window import MainWindow

needs_demo = pytest.mark.skipif(
    not (templates.SESSIONS_DIR / f"{templates.DEMO_TEMPLATE}.toml").exists(),
    reason="the demo template is not there")


def _started_window(qtbot, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = set(QApplication.topLevelWidgets())
    assert app_module.run_gui(None) == 0
    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w not in before]
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


@needs_demo
def test_start_without_a_file_opens_the_demo_and_welcomes_a_newcomer(qtbot, monkeypatch):
    """`./start.sh` without a file starts with the demo meeting; the first time the
    welcome over it offers the rest, and Enter continues with the demo."""
    window = _started_window(qtbot, monkeypatch)
    assert window.bridge is not None
    assert window.bridge.event.path == app_module.demo_path()
    assert window.bridge.event.event().title.endswith("Samenspel in beweging")
    welcome = window.welcome
    assert welcome.isVisible()
    page = welcome.page
    for button in (page.demo, page.new, page.blank, page.open):
        assert button.isVisible() and button.text()
    assert not page.recent.isVisible()
    qtbot.waitUntil(lambda: welcome.focusWidget() is page.demo, timeout=5000)
    qtbot.keyClick(page.demo, Qt.Key.Key_Return)
    assert not welcome.isVisible()
    assert window.bridge.event.path == app_module.demo_path()  # still the demo
    window.close()
    # The next start goes straight to the demo: it is among the recent events now.
    again = _started_window(qtbot, monkeypatch)
    assert again.bridge is not None and getattr(again, "welcome", None) is None
    again.close()


@needs_demo
def test_the_welcome_over_the_demo_offers_a_blank_meeting(qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr("ui.prep.new_event.new_blank", lambda window: calls.append(window))
    window = _started_window(qtbot, monkeypatch)
    window.welcome.page.blank.click()
    assert not window.welcome.isVisible() and calls == [window]
    window.close()


def test_no_event_open_shows_the_welcome_page(qtbot, window):
    assert window.bridge is None and window.central.currentIndex() == 0
    start = window.start
    assert start.isVisible() and start.demo.isVisible()
    for button in (start.demo, start.new, start.blank, start.open):
        assert button.isVisible() and button.text()


def test_a_blank_meeting_from_the_welcome_lands_in_documents(qtbot, window, tmp_path,
                                                            monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    asked = {}

    def fake_save(parent, caption, directory, file_filter, *args, **kwargs):
        asked["directory"] = directory
        return str(Path(directory).parent / "Buurtoverleg maart.oogst"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert window.central.currentIndex() == 0
    qtbot.mouseClick(window.start.blank, Qt.MouseButton.LeftButton)
    documents = home / "Documents"
    assert Path(asked["directory"]).parent == documents
    assert window.bridge is not None
    event = window.bridge.event
    assert event.path == documents / "Buurtoverleg maart.oogst"
    assert event.event().title == "Buurtoverleg maart"
    assert event.tables() == [] and event.programme() == [] and event.perspectives() == []
    assert window.current_page() == "programme"
    window.close_event()
    with EventFile.open(documents / "Buurtoverleg maart.oogst") as again:
        assert again.event().title == "Buurtoverleg maart"


def test_without_a_documents_folder_home_is_proposed(qtbot, window, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    asked = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, caption, directory, *a, **k: asked.update(dir=directory) or ("", "")))
    from ui.prep.new_event import new_blank
    assert new_blank(window) is False  # cancelled
    assert Path(asked["dir"]).parent == home and not (home / "Documents").exists()


def test_file_new_offers_a_blank_meeting_first(qtbot, window, tmp_path, monkeypatch):
    from ui.prep.new_event import NewEventDialog
    monkeypatch.setattr(NewEventDialog, "exec", lambda self: self.list.setCurrentRow(0)
                        or self.accept() or 1)
    target = tmp_path / "leeg.oogst"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog = NewEventDialog(window)
    assert dialog.list.item(0).text().startswith("Blank meeting")
    assert dialog.chosen() is not None  # a template is proposed first, blank is one up
    dialog.deleteLater()
    assert window.new_event()
    assert window.bridge.event.path == target and window.bridge.event.tables() == []


def test_an_existing_file_is_never_overwritten_by_a_blank_meeting(qtbot, window, tmp_path,
                                                                  monkeypatch, boxes):
    target = tmp_path / "bestaat.oogst"
    target.write_bytes(b"iets anders")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    from ui.prep.new_event import new_blank
    assert new_blank(window) is False
    assert target.read_bytes() == b"iets anders"
    assert "exists already" in boxes.texts()
