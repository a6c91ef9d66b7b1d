"""Errors the core raises for bad input.

Every error carries a message a facilitator can read; the GUI shows it in a
dialog and the command line prints it on one line. None of them means the
event file was changed: the core refuses before it writes.
"""
from __future__ import annotations

from pathlib import Path


class OogstError(Exception):
    """Base class: a problem the user can understand and act on."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class NotAnEventFile(OogstError):
    """The file is not an Oogst event file (not SQLite, empty, another program's)."""


class DamagedFile(OogstError):
    """The file is an SQLite file but damaged (truncated, failed integrity check)."""

    def __init__(self, message: str, *, path: str | Path | None = None,
                 backups: list[Path] | None = None) -> None:
        super().__init__(message, path=path)
        self.backups = backups or []


class NewerVersion(OogstError):
    """The file was written by a newer Oogst; this version must not touch it."""


class FileLocked(OogstError):
    """Another Oogst window or program has the file open for writing."""


class ReadOnlyLocation(OogstError):
    """The file or its folder cannot be written."""


class TemplateError(OogstError):
    """A session template has a syntax error or an unknown field."""

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None) -> None:
        where = f"{path}" if path else "template"
        if line:
            where += f", line {line}"
        super().__init__(f"{where}: {message}", path=path)
        self.line = line


class NotFound(OogstError):
    """An operation named an object that does not exist (or was deleted)."""


class InvalidValue(OogstError):
    """An operation got a value outside what the domain allows."""


class NothingToUndo(OogstError):
    """Undo or redo was asked for with an empty stack."""


class ExportError(OogstError):
    """An export could not be written (target locked, folder read-only, disk full)."""
