"""Starting the GUI: `run_gui(path)` (called by `ui.launch.main` without a sub-command)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from facilitator import backups

from . import errors, i18n

ORGANISATION = "Oogst"
APPLICATION = "Oogst"
STYLE_SHEET = i18n.ROOT / "resources" / "styles" / "oogst.qss"
APP_ICON = i18n.ROOT / "resources" / "icons" / "oogst.svg"


def demo_path() -> Path:
    """Where the demo meeting lives: the user's data folder, never the program's."""
    return backups.data_dir() / "demo" / "Samenspel in beweging.oogst"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), high-DPI, style and language."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if APP_ICON.exists():
        app.setWindowIcon(QIcon(str(APP_ICON)))
    apply_style(app)
    load_language(i18n.resolve(i18n.preferred_setting()))
    return app


def apply_style(app: QApplication) -> None:
    """Qt follows the OS light/dark palette by itself; our sheet only uses palette roles."""
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def load_language(language: str) -> list[str]:
    """Install the translators, compiling stale .qm files first when possible."""
    if language == "nl" and os.access(i18n.TRANSLATIONS_DIR, os.W_OK):
        i18n.compile_translations()
    return i18n.install(language)


def run_gui(path: str | None) -> int:
    """Show the main window with `path`, or the welcome; returns the exit code."""
    app = create_application()
    errors.setup_logging()
    errors.install_exception_hook()
    from .main_window import MainWindow  # after the translators: texts are set on creation

    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    else:  # the welcome: the demo meeting is one Enter away, and New, Open, recent
        window.start.focus_main_field()
    return app.exec()
