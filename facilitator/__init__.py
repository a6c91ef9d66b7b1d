"""Oogst's core: event files, the domain, templates, exports. Never imports Qt.

The names below are imported when first asked for (`from facilitator import
EventFile`): importing one light module (`facilitator.words`, `.installed`)
does not load every operation of the event file.
"""
from __future__ import annotations

import importlib

_NAMES = {"EventFile": "eventfile", "Changes": "transactions",
          **{name: "errors" for name in (
              "DamagedFile", "FileLocked", "InvalidValue", "NewerVersion", "NotAnEventFile",
              "NotFound", "NothingToUndo", "OogstError", "ReadOnlyLocation", "TemplateError")}}


def __getattr__(name: str):
    """`facilitator.EventFile` and the others; `facilitator.__version__`: the installed
    version (package metadata, read when asked)."""
    if name == "__version__":
        from .installed import version
        return version()
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = ["EventFile", "Changes", "OogstError", "NotAnEventFile", "DamagedFile",
           "NewerVersion", "FileLocked", "ReadOnlyLocation", "TemplateError", "NotFound",
           "InvalidValue", "NothingToUndo", "__version__"]
