"""Errors in the GUI: the log file, the exception hook, and clear dialogs.

Nothing here ever shows a traceback to the facilitator. An unexpected
exception is written with its traceback to `data_dir()/logs/oogst.log` and
shown as a short dialog that says the event file is safe (every change was
committed before the failing code ran, and a failed transaction is rolled
back by the core). Problems with opening a file get a dialog per kind.
"""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from facilitator import backups
from facilitator.errors import (DamagedFile, FileLocked, ForeignSchema, NewerVersion,
                                NotAnEventFile, OogstError, ReadOnlyLocation, TemplateError)

from . import i18n

log = logging.getLogger("oogst")
translate = QCoreApplication.translate
_showing = False


def log_file() -> Path:
    return backups.data_dir() / "logs" / "oogst.log"


def setup_logging(*, starting: bool = False) -> Path | None:
    """Log warnings and errors to a rotating file; None if the folder cannot be written.

    `starting` (until the window's first paint): a plain handler on the same file
    that opens it only when something is logged, without loading logging.handlers;
    calling again without it puts the rotating one in its place."""
    path = log_file()
    for handler in list(log.handlers):
        if isinstance(handler, logging.FileHandler):
            log.removeHandler(handler)
            handler.close()
    try:
        backups.private_folder(path.parent)
        if starting:
            handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        else:
            from logging.handlers import RotatingFileHandler
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                          encoding="utf-8")
        if os.name == "posix" and path.exists():  # a logged error can quote a name or a note
            os.chmod(path, 0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def install_exception_hook() -> None:
    sys.excepthook = exception_hook


def exception_hook(kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
    """Log the exception and tell the facilitator, calmly; never re-raise."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    global _showing
    text = "".join(traceback.format_exception(kind, exc, tb))
    if not log.handlers:
        setup_logging()
    log.error("Unexpected error\n%s", text)
    if _showing or QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    _showing = True
    try:
        show_unexpected(QApplication.activeWindow(), exc)
    finally:
        _showing = False


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """Qt's warning box (QMessageBox and its enumerations are made when first needed,
    not with every start)."""
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.warning(parent, title, text)


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox
    if isinstance(exc, OogstError):
        warning(parent, translate("Errors", "Oogst"), i18n.core_error(exc))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Errors", "Something went wrong"),
                      translate("Errors", "Oogst ran into an unexpected problem."),
                      parent=parent)
    box.setInformativeText(translate(
        "Errors",
        "Your event file is safe: every change that was shown as saved is in the file. "
        "You can go on working; if the problem comes back, please save the log file "
        "and send it to whoever supports Oogst.\n\nLog file: %1").replace(
            "%1", str(log_file())))
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.exec()


# -- opening problems ---------------------------------------------------------------


def open_error_text(exc: OogstError) -> tuple[str, str]:
    """A headline and an explanation for a problem with opening a file."""
    name = exc.path.name if exc.path else ""
    if isinstance(exc, ForeignSchema):
        return (translate("Errors", "“%1” was changed outside Oogst").replace("%1", name),
                i18n.core_error(exc))
    if isinstance(exc, DamagedFile):
        return (translate("Errors", "The file “%1” is damaged").replace("%1", name),
                translate("Errors",
                          "Oogst cannot read all of it. This can happen when a copy to a USB "
                          "stick or a download was cut off. Oogst makes backups automatically; "
                          "you can go back to the newest good one. The damaged file is kept "
                          "beside it."))
    if isinstance(exc, FileLocked):
        return (translate("Errors", "“%1” is already open").replace("%1", name),
                translate("Errors",
                          "Another Oogst window, or another program, has this file open for "
                          "writing. Close it there first, or open a copy of the file."))
    if isinstance(exc, NewerVersion):
        return (translate("Errors", "“%1” was made with a newer Oogst").replace("%1", name),
                translate("Errors",
                          "This version of Oogst cannot open it without risk of losing "
                          "something. Please install the newest version of Oogst."))
    if isinstance(exc, ReadOnlyLocation):
        return (translate("Errors", "“%1” cannot be changed here").replace("%1", name),
                translate("Errors",
                          "The file or its folder is read-only (a CD, a protected or "
                          "synchronised folder, a read-only USB stick). Copy the file to your "
                          "Documents folder and open the copy."))
    if isinstance(exc, NotAnEventFile):
        headline = (translate("Errors", "“%1” is not an Oogst file").replace("%1", name)
                    if name else translate("Errors", "This is not an Oogst file"))
        if exc.path is not None and exc.path.suffix.lower() == ".oogst":
            return (headline, translate(
                "Errors", "Its name ends in .oogst, but inside it is not an event Oogst "
                "made: it is empty, cut off during a copy, or another program's file. "
                "Ask whoever sent it for the file again.") + "\n\n" + i18n.core_error(exc))
        return (headline,
                translate("Errors",
                          "Oogst opens event files ending in .oogst. This file is something "
                          "else, or it is empty."))
    if isinstance(exc, TemplateError):
        return (translate("Errors", "The template cannot be used"), i18n.core_error(exc))
    return (translate("Errors", "The file cannot be opened"), "")


def show_open_error(parent: QWidget | None, exc: OogstError, path: str | Path) -> Path | None:
    """Explain why `path` did not open. For a damaged file, offer the newest backup.

    Returns the path to open again after a restore, or None.
    """
    from PySide6.QtWidgets import QMessageBox
    title, text = open_error_text(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Cannot open the file"))
    box.setText(title)
    box.setInformativeText(text)
    box.setDetailedText(i18n.core_error(exc))
    restore = None
    found = []
    if isinstance(exc, DamagedFile):
        found = exc.backups or backups.list_backups(path)
        if found:
            restore = box.addButton(translate("Errors", "Restore the newest backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setInformativeText(
                text + "\n\n" + translate("Errors", "There is no backup of this file."))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        try:
            kept = backups.restore_backup(found[0], path)
        except OSError as err:
            warning(parent, translate("Errors", "Cannot open the file"),
                    translate("Errors", "The backup could not be restored: %1").replace(
                        "%1", str(err)))
            return None
        log.info("Restored %s from %s (damaged file kept as %s)", path, found[0], kept)
        return Path(path)
    return None
