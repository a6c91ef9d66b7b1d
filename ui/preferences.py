"""Preferences (the interface language) and the recent-files list, both in QSettings."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)

from . import i18n

RECENT_KEY = "files/recent"
RECENT_MAX = 10


class RecentFiles:
    """The most recently opened event files, newest first, existing files only."""

    def paths(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()][:RECENT_MAX]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        paths = [p for p in self.paths() if p != path]
        QSettings().setValue(RECENT_KEY, [path, *paths][:RECENT_MAX])

    def remove(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        QSettings().setValue(RECENT_KEY, [p for p in self.paths() if p != path])

    def clear(self) -> None:
        QSettings().setValue(RECENT_KEY, [])


class PreferencesDialog(QDialog):
    """The language switch; the main window applies a new language at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("Follow the system (%1)").replace(
            "%1", self.tr("Dutch") if i18n.resolve("system") == "nl" else self.tr("English")),
            "system")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.preferred_setting()), 0))
        note = QLabel(self.tr("The interface switches language at once. Exports use the "
                              "language set in each event's details."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
