"""Live capture of the harvest per theme table and round (`CaptureView`).

The pieces are shared with the plenary view: `CaptureBar` (tags and the
note field) and `NoteTreeView` (the editable notes).
"""
from __future__ import annotations

from .pyside_guard import protect_singletons

protect_singletons()  # before any view exists: see pyside_guard (PySide6 6.12.0 on Python 3.11)

from .bar import CaptureBar  # noqa: E402
from .note_tree import NoteTreeView  # noqa: E402
from .view import CaptureView  # noqa: E402

__all__ = ["CaptureBar", "CaptureView", "NoteTreeView"]
