"""Oogst's core: event files, the domain, templates, exports. Never imports Qt."""
from __future__ import annotations

from .errors import (DamagedFile, FileLocked, InvalidValue, NewerVersion, NotAnEventFile,
                     NotFound, NothingToUndo, OogstError, ReadOnlyLocation, TemplateError)
from .eventfile import EventFile
from .transactions import Changes



def __getattr__(name: str) -> str:
    """`facilitator.__version__`: the installed version (package metadata, read when asked)."""
    if name == "__version__":
        from .installed import version
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EventFile", "Changes", "OogstError", "NotAnEventFile", "DamagedFile",
           "NewerVersion", "FileLocked", "ReadOnlyLocation", "TemplateError", "NotFound",
           "InvalidValue", "NothingToUndo", "__version__"]
