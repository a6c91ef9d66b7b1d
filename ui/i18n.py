"""The interface language: choosing it, and loading the compiled translations.

English is the source language of every string in `ui/` (self.tr(...));
Dutch comes from `resources/translations/ui_nl.qm` (one catalogue for the whole
`ui` package), compiled from `ui_nl.ts` by `tools/venv.sh` (pyside6-lrelease) in the
checkout and by the wheel's build step (setup.py), never committed; `ui_en.qm` holds only the English plural forms. Qt's own
Dutch strings (standard dialogs, "OK"/"Annuleren") come from Qt's
`qtbase_nl.qm`, completed by `qtbase_missing_nl.ts` (the file dialog's
"&Look in:" and "Files of &type:", missing from Qt's catalogue). The
language is a preference ("system", "nl" or "en").
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facilitator.errors import OogstError
from facilitator.installed import resource_dir
from facilitator.words import LANGUAGES, system_language, tr

# The compiled catalogues, wherever Oogst is installed (checkout, wheel, app bundle).
TRANSLATIONS_DIR = resource_dir("translations")
# The checkout: only the developer's tools (`python -m ui.i18n`) read the sources.
ROOT = Path(__file__).resolve().parent.parent
# The files whose strings are in the catalogue: all of `ui/`.
# `python -m ui.i18n` updates ui_nl.ts and ui_en.ts.
SOURCES = ("ui/**/*.py",)
CATALOGUE = "ui"  # resources/translations/ui_{language}.ts / .qm
QT_MISSING_NL = "qtbase_missing_nl.qm"  # Qt's own strings that Qt's qtbase_nl.qm lacks
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
        import subprocess
        try:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True,
                           capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue
    return target


def _lrelease() -> str | None:
    import shutil
    import sys
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def install(language: str, folder: Path | None = None, *,
            fit_file_dialogs: bool = True) -> list[str]:
    """Switch the application's translators to `language`; returns the loaded files.

    For Dutch, `ui_nl.qm` from `folder` plus Qt's own `qtbase_nl.qm`. The
    default QLocale follows, so date edits show Dutch month names. Qt's file
    dialogs are fitted to the longer words (`file_dialogs`) unless the caller
    does that itself later (the start: after the first paint).
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    loaded: list[str] = []
    folder = folder or TRANSLATIONS_DIR
    # English needs only the plural forms ("1 participant", "2 participants").
    files = [folder / f"{CATALOGUE}_{_current}.qm"]
    if _current == "nl":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_dir / "qtbase_nl.qm")
        files.append(folder / QT_MISSING_NL)  # what qtbase_nl.qm lacks ("&Look in:")
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if fit_file_dialogs:
        from . import file_dialogs
        file_dialogs.install()  # Qt's file dialogs fit their (longer) Dutch words and dates
    for qm in files:
        translator = QTranslator(app)
        if qm.exists() and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    return loaded


def core_word(key: str | None) -> str:
    """A word of the core's catalogue (an operation, a kind, a level...) in the
    interface language; "" for None."""
    return tr(key, _current) if key else ""


def core_error(exc: BaseException) -> str:
    """A core error (or any exception) as the facilitator should read it now."""
    return exc.text(_current) if isinstance(exc, OogstError) else str(exc)


def source_files() -> list[str]:
    """Every file lupdate reads: SOURCES expanded, sorted."""
    import glob
    return sorted({f for pattern in SOURCES
                   for f in glob.glob(str(ROOT / pattern), recursive=True)})


def catalogue(language: str) -> Path:
    """The .ts file of `language` ("nl" or "en") in the checkout."""
    return resource_dir("translations") / f"{CATALOGUE}_{language}.ts"


def update_sources() -> None:
    """Run pyside6-lupdate over SOURCES into ui_nl.ts (all strings) and
    ui_en.ts (plural forms only). Translate new strings afterwards in Qt
    Linguist (`pyside6-linguist resources/translations/ui_nl.ts`)."""
    import subprocess
    import sys
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = source_files()
    for language, extra in (("nl", []), ("en", ["-pluralonly"])):
        subprocess.run([str(lupdate), *files, "-no-obsolete", "-locations", "relative",
                        "-source-language", "en", "-target-language", language, *extra,
                        "-ts", str(catalogue(language))], check=True)


if __name__ == "__main__":
    update_sources()
