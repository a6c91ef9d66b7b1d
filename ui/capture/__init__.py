"""Live capture of the harvest per theme table and round (`CaptureView`).

The pieces are shared with the plenary view: `CaptureBar` (tags and the
note field) and `NoteTreeView` (the editable notes).
"""
from __future__ import annotations

from .bar import CaptureBar
from .note_tree import NoteTreeView
from .view import CaptureView

__all__ = ["CaptureBar", "CaptureView", "NoteTreeView"]
