"""Errors the core raises for bad input.

Every error is a catalogue key with its fields (`facilitator/words.py`), so
the facilitator reads it in the interface's language: the GUI shows
`exc.text(lang)` in a dialog or the status bar, the command line prints it
on one line. `str(exc)` is the English text (for logs). None of them means
the event file was changed: the core refuses before it writes, or rolls
the whole operation back.
"""
from __future__ import annotations

from pathlib import Path

from .words import tr


class OogstError(Exception):
    """Base class: a problem the user can understand and act on.

    `key` names the message in the catalogues; `fields` fill in its
    `{name}`s. A field that is a `words.Word` or another OogstError is shown
    in the same language (a reason inside a message).
    """

    def __init__(self, key: str, /, *, path: str | Path | None = None,
                 **fields: object) -> None:
        self.key = key
        self.fields = fields
        self.path = Path(path) if path is not None else None
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang` ("nl" or "en")."""
        return tr(self.key, lang, **self.fields)

    def __str__(self) -> str:
        return self.text("en")


class NotAnEventFile(OogstError):
    """The file is not an Oogst event file (not SQLite, empty, another program's)."""


class DamagedFile(OogstError):
    """The file is an SQLite file but damaged (truncated, failed integrity check)."""

    def __init__(self, key: str, /, *, path: str | Path | None = None,
                 backups: list[Path] | None = None, **fields: object) -> None:
        super().__init__(key, path=path, **fields)
        self.backups = backups or []


class ForeignSchema(DamagedFile):
    """The file holds parts Oogst did not make (triggers, views, tables) or lacks
    some of its own: it is not opened, so nothing foreign can run on it.
    `items` names them ("trigger x", "changed table note", "missing table seat")."""

    def __init__(self, key: str, /, *, items: list[str], path: str | Path | None = None,
                 backups: list[Path] | None = None, **fields: object) -> None:
        self.items = items
        super().__init__(key, path=path, backups=backups, items=", ".join(items[:5]),
                         **fields)


class NewerVersion(OogstError):
    """The file was written by a newer Oogst; this version must not touch it."""


class FileLocked(OogstError):
    """Another Oogst window or program has the file open for writing."""


class ReadOnlyLocation(OogstError):
    """The file or its folder cannot be written."""


class TemplateError(OogstError):
    """A session template has a syntax error or an unknown field."""

    def __init__(self, key: str, /, *, path: str | Path | None = None,
                 line: int | None = None, **fields: object) -> None:
        self.line = line
        super().__init__(key, path=path, **fields)

    def text(self, lang: str) -> str:
        where = f"{self.path}" if self.path else tr("error.template", lang)
        if self.line:
            where = tr("error.template_line", lang, where=where, line=self.line)
        return f"{where}: {super().text(lang)}"


class NotFound(OogstError):
    """An operation named an object that does not exist (or was deleted)."""


class InvalidValue(OogstError):
    """An operation got a value outside what the domain allows."""


class NothingToUndo(OogstError):
    """Undo or redo was asked for with an empty stack."""


class ExportError(OogstError):
    """An export could not be written (target locked, folder read-only, disk full)."""
