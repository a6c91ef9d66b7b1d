"""Preferences (the interface language, the retention of personal data) and the
recent-files list, all in QSettings."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from . import i18n
from .theme import spin_box

RECENT_KEY = "files/recent"
RECENT_MAX = 10
RETENTION_KEY = "privacy/retention_months"  # 0: off (the default)
DECLINED_KEY = "privacy/erasure_declined/"


def retention_months() -> int:
    """Erase personal data of meetings older than this many months (0: never offer)."""
    value = QSettings().value(RETENTION_KEY, 0)
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def set_retention_months(months: int) -> None:
    QSettings().setValue(RETENTION_KEY, max(int(months), 0))


def _file_key(path: str | Path) -> str:
    import hashlib
    return DECLINED_KEY + hashlib.sha256(
        str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def erasure_declined(path: str | Path) -> bool:
    """True when the user said "not now" to erasing this file's personal data."""
    return QSettings().value(_file_key(path), False, type=bool)


def decline_erasure(path: str | Path) -> None:
    QSettings().setValue(_file_key(path), True)


def past_retention(event_date: str | None, months: int, today: date | None = None) -> bool:
    """True when a meeting on `event_date` (ISO) is more than `months` months ago."""
    if not months or not event_date:
        return False
    try:
        held = date.fromisoformat(event_date[:10])
    except ValueError:
        return False
    today = today or date.today()
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    day = min(today.day, 28 if month + 1 == 2 else 30 if month + 1 in (4, 6, 9, 11) else 31)
    return held < date(year, month + 1, day)


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
        self.retention = spin_box(QSpinBox())
        self.retention.setObjectName("retentionMonths")
        self.retention.setRange(0, 240)
        self.retention.setSpecialValueText(self.tr("Off"))
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(retention_months())
        self.retention.setToolTip(self.tr(
            "When you open an event held longer ago, Oogst offers to erase the personal "
            "data of all its participants (names, e-mail addresses, organisations), in the "
            "file and in its backups."))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Erase personal data of meetings older than"), self.retention)
        from PySide6.QtWidgets import QDialogButtonBox  # its enums: not at start
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

    def accept(self) -> None:
        set_retention_months(self.retention.value())
        super().accept()
