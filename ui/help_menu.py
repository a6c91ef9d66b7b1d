"""The Help menu's own entries: Quick guide (F1) and Keyboard shortcuts (Ctrl+/).

The quick guide is a short Markdown text per language in `resources/guide/`
(`quick-guide.nl.md`, `quick-guide.en.md`), shown in a QTextBrowser; the
keyboard shortcuts come from `ui/shortcuts_sheet.py`.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QVBoxLayout

from facilitator import installed

from . import i18n

translate = QCoreApplication.translate
GUIDE_DIR = installed.resource_dir("guide")


def guide_path(language: str) -> Path:
    """The quick guide in `language` (English when there is none in it)."""
    path = GUIDE_DIR / f"quick-guide.{language}.md"
    return path if path.exists() else GUIDE_DIR / "quick-guide.en.md"


class QuickGuide(QDialog):
    def __init__(self, parent=None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser  # their enums: not at start
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("quickGuide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_path(i18n.current_language()).read_text(
            encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(680, min(720, int(screen.height() * 0.85)) if screen else 640)


def show_guide(window) -> QuickGuide:
    dialog = QuickGuide(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def add_help_entries(window, menu: QMenu) -> None:
    """Quick guide and Keyboard shortcuts at the top of the Help menu."""
    guide = menu.addAction(translate("HelpMenu", "&Quick guide"))
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda _c=False: show_guide(window))
    keys = menu.addAction(translate("HelpMenu", "&Keyboard shortcuts"))
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda _c=False: _show_shortcuts(window))
    menu.addSeparator()


def _show_shortcuts(window) -> None:
    from .shortcuts_sheet import show_shortcuts  # it reads every page's keys: on demand
    show_shortcuts(window)
