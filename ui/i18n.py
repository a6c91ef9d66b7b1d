"""The interface language: choosing it, and loading the compiled translations.

English is the source language of every string in `ui/` (self.tr(...));
Dutch comes from `resources/translations/*_nl.qm`, compiled from the `.ts`
files by `tools/venv.sh` (pyside6-lrelease) and never committed. Qt's own
Dutch strings (standard dialogs, "OK"/"Annuleren") come from Qt's
`qtbase_nl.qm`. The language is a preference ("system", "nl" or "en").
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facilitator.labels import LANGUAGES, system_language

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
SETTING = "ui/language"
CHOICES = ("system", "nl", "en")

_installed: list[QTranslator] = []
_current = "en"


def preferred_setting() -> str:
    """The stored preference: "system" (default), "nl" or "en"."""
    value = QSettings().value(SETTING, "system")
    return value if value in CHOICES else "system"


def set_preferred(choice: str) -> None:
    QSettings().setValue(SETTING, choice if choice in CHOICES else "system")


def resolve(choice: str) -> str:
    """The language a preference means on this machine."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language the interface shows now ("nl" or "en")."""
    return _current


def compile_translations(source: Path = TRANSLATIONS_DIR, target: Path | None = None) -> Path:
    """Compile every `.ts` in `source` that has no up-to-date `.qm` in `target`.

    `tools/venv.sh` does this at set-up; here it is a fallback for a
    checkout whose .ts changed since (and for the tests). Failure is not
    fatal: the interface then shows English.
    """
    target = target or source
    target.mkdir(parents=True, exist_ok=True)
    lrelease = _lrelease()
    if lrelease is None:
        return target
    for ts in sorted(source.glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        try:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True,
                           capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
    return target


def _lrelease() -> str | None:
    import sys
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def install(language: str, folder: Path | None = None) -> list[str]:
    """Switch the application's translators to `language`; returns the loaded files.

    For Dutch, every `*_nl.qm` in `folder` (ours and other parts' of the
    interface) plus Qt's own `qtbase_nl.qm`. The default QLocale follows,
    so date edits show Dutch month names.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    loaded: list[str] = []
    if _current == "nl":
        folder = folder or TRANSLATIONS_DIR
        files = sorted(folder.glob("*_nl.qm"))
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_dir / "qtbase_nl.qm")
        for qm in files:
            translator = QTranslator(app)
            if qm.exists() and translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(qm.name)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return loaded


def label(key: str) -> str:
    """A core label (programme kind, level, status...) in the interface language."""
    from facilitator.labels import tr
    return tr(key, _current)
