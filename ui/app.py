"""Starting the GUI: `run_gui(path)` (called by `ui.launch.main` without a sub-command)."""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import backups
from facilitator.installed import resource_dir

from . import errors, i18n
from .lazy_pages import after_first_paint

ORGANISATION = "Oogst"
APPLICATION = "Oogst"
DESKTOP_FILE = "oogst"  # resources/desktop/oogst.desktop (`oogst install-desktop`)
APP_ICON = resource_dir("icons") / "oogst.svg"
# Internal, for the start tests of the installed wheel and the app bundle only
# (tests/test_installed.py, tests/test_bundle.py): once the main window is on the
# screen, print one line about it, save a picture of it when the value names a
# .png file, and quit.
QUIT_WHEN_SHOWN = "OOGST_QUIT_WHEN_SHOWN"


def demo_path() -> Path:
    """Where the demo meeting lives: the user's data folder, never the program's."""
    return backups.data_dir() / "demo" / "Samenspel in beweging.oogst"


def create_application(argv: list[str] | None = None, *,
                       starting: bool = False) -> QApplication:
    """The QApplication with names (for QSettings), high-DPI and language. No
    application-wide style sheet: the few widgets that need one set their own
    (ui/theme.py says why).

    `starting` (run_gui): what the first paint does not need (fitting Qt's file
    dialogs) is left to `finish_start`, after it."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)  # Linux: the menu entry's icon and name
    if APP_ICON.exists():
        app.setWindowIcon(QIcon(str(APP_ICON)))
    load_language(i18n.resolve(i18n.preferred_setting()), fit_file_dialogs=not starting)
    return app


def load_language(language: str, *, fit_file_dialogs: bool = True) -> list[str]:
    """Install the translators, compiling stale .qm files first when possible."""
    if language == "nl" and os.access(i18n.TRANSLATIONS_DIR, os.W_OK):
        i18n.compile_translations()
    return i18n.install(language, fit_file_dialogs=fit_file_dialogs)


def run_gui(path: str | None) -> int:
    """Show the main window with `path`, or the welcome; returns the exit code."""
    app = create_application(starting=True)
    errors.setup_logging(starting=True)  # the rotating log after the first paint
    errors.install_exception_hook()
    from .main_window import MainWindow  # after the translators: texts are set on creation

    window = MainWindow()
    if sys.platform == "darwin":  # an application-wide filter sees every event: macOS only
        app.installEventFilter(FileOpenHandler(window))
    # The event is opened (the file locked) before the window is shown: its first
    # paint shows the event, and the welcome is never made for nothing. For a file
    # that cannot be opened the window shows (with the welcome) behind the message.
    if path:
        window.open_path(path)
        window.show()
    else:  # the demo meeting; the first time, the welcome over it says what else there is
        first_start = not window.recent.paths()
        opened = window.open_demo()
        window.show()
        if opened and first_start:
            from .prep.start_page import WelcomeDialog
            window.welcome = WelcomeDialog(window)
            window.welcome.open()
    after_first_paint(window, finish_start)
    if os.environ.get(QUIT_WHEN_SHOWN):
        _quit_when_shown(app, window, os.environ[QUIT_WHEN_SHOWN])
    return app.exec()


def finish_start() -> None:
    """What the start leaves until the window has painted: the garbage collector (off
    while `ui.launch` starts; what the start made is frozen, never walked again), the
    rotating log file, Qt's file dialogs fitted to the interface language's longer
    words, and the compiled code of the dataclasses the window made (the next start
    compiles none)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
    from . import compile_cache, file_dialogs
    errors.setup_logging()
    file_dialogs.install()
    compile_cache.save()


class FileOpenHandler(QObject):
    """macOS: Finder opens a .oogst file (double-click, "Open with") by sending the
    application a FileOpen event, not by an argument: the window opens that file."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.window.open_path(event.file())
            return True
        return False


def _quit_when_shown(app: QApplication, window: QWidget, target: str) -> None:
    """See QUIT_WHEN_SHOWN: waits until the window system shows the window."""
    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            return
        timer.stop()
        if target.endswith(".png"):
            window.grab().save(target)
        menus = " ".join(a.text() for a in window.menuBar().actions())
        print(f"shown: {window.windowTitle()} | {i18n.current_language()} | {menus}",
              flush=True)
        app.quit()

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(100)
