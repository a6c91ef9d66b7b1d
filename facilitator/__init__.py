"""Oogst's core: event files, the domain, templates, exports. Never imports Qt."""
from __future__ import annotations

from .errors import (DamagedFile, FileLocked, InvalidValue, NewerVersion, NotAnEventFile,
                     NotFound, NothingToUndo, OogstError, ReadOnlyLocation, TemplateError)
from .eventfile import EventFile
from .transactions import Changes

__version__ = "0.1.0"

__all__ = ["EventFile", "Changes", "OogstError", "NotAnEventFile", "DamagedFile",
           "NewerVersion", "FileLocked", "ReadOnlyLocation", "TemplateError", "NotFound",
           "InvalidValue", "NothingToUndo", "__version__"]
