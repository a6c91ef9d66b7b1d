"""Starting the GUI: names and settings, language choice, the demo meeting."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from facilitator import templates
from facilitator.errors import OogstError
from ui import app as app_module
from ui import errors, i18n
from ui.main_window import MainWindow


def test_run_gui_with_a_file(qtbot, event_path, monkeypatch):
    import sys
    # Running the real event loop would end pytest-qt's: stand in for exec().
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    before = set(QApplication.topLevelWidgets())
    assert app_module.run_gui(str(event_path)) == 0
    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w not in before]
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.windowTitle() == "Wijkgesprek Zuid — wijkgesprek.oogst"
    assert sys.excepthook is errors.exception_hook
    assert errors.log_file().parent.is_dir()
    window.close()


def test_create_application_names_and_language(qapp, monkeypatch):
    QCoreApplication.setOrganizationName(app_module.ORGANISATION)
    QCoreApplication.setApplicationName(app_module.APPLICATION)
    i18n.set_preferred("nl")
    app_module.create_application()
    assert QCoreApplication.organizationName() == "Oogst"
    assert QCoreApplication.applicationName() == "Oogst"
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.desktopFileName() == "oogst"  # the installed oogst.desktop
    assert i18n.current_language() == "nl"
    assert QCoreApplication.translate("MainWindow", "Theme tables") == "Thematafels"
    i18n.set_preferred("system")
    monkeypatch.setenv("OOGST_LANG", "en")
    app_module.create_application()
    assert i18n.current_language() == "en"


def test_open_demo_creates_it_once(window):
    if not (templates.SESSIONS_DIR / f"{templates.DEMO_TEMPLATE}.toml").exists():
        pytest.skip("the demo template is not there yet")
    path = app_module.demo_path()
    assert not path.exists()
    assert window.open_demo()
    assert path.exists()
    assert path.parent.stat().st_mode & 0o777 == 0o700  # owner-only (issue 9)
    assert len(window.bridge.event.tables()) == 5
    window.bridge.run(window.bridge.event.add_table, theme="Eigen tafel")
    window.close_event()
    assert window.open_demo()  # opened again, not made anew
    assert len(window.bridge.event.tables()) == 6


def test_broken_demo_template_shows_the_start_page(window, monkeypatch):
    def broken(name):
        raise OogstError("No template named 'demo-samenspel-in-beweging'.")

    monkeypatch.setattr(templates, "find_template", broken)
    assert window.open_demo() is False
    assert window.bridge is None and window.central.currentIndex() == 0
    assert "could not be made" in window.start.message.text()
    assert window.start.message.isVisibleTo(window)


def test_language_switch_is_live(window, event_path, monkeypatch):
    from PySide6.QtWidgets import QDialog
    from ui.preferences import PreferencesDialog
    window.open_path(event_path)
    window.navigate("participants")

    def choose_dutch(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_dutch)
    window.show_preferences()
    assert i18n.preferred_setting() == "nl"
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.current_page() == "participants"
    assert window.nav.item(1).text() == "Thematafels"
    assert window.bridge.event.path == event_path  # same file, still open
    # Undo keeps working after the rebuild, with Dutch labels.
    window.bridge.run(window.bridge.event.add_table, theme="X")
    assert window.act_undo.text() == "&Ongedaan maken: Tafel toevoegen"
    window.act_undo.trigger()
    assert len(window.bridge.event.tables()) == 2


def test_finder_opening_a_file_opens_it_in_the_window(window, event_path):
    """macOS sends a FileOpen event when a .oogst file is double-clicked."""
    from PySide6.QtGui import QFileOpenEvent
    QApplication.instance().installEventFilter(app_module.FileOpenHandler(window))
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(event_path)))
    assert window.bridge is not None and window.bridge.event.path == event_path
    assert window.windowTitle() == "Wijkgesprek Zuid — wijkgesprek.oogst"


def test_about_box_says_the_version(window, boxes):
    from facilitator import installed
    window.about()
    [about] = boxes.shown
    assert about["title"] == "About Oogst"
    assert about["text"].startswith(f"Version {installed.version()}\n\n")
    assert installed.version()[0].isdigit()
