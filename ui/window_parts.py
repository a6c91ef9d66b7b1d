"""The parts of the main window that are often never seen, made when first shown.

Opening a file at start shows its first page: the welcome (shown only while
no event is open) and the search panel (a hidden dock until Edit > Find)
are made when they are first shown or asked for (`lazy_pages.LazyWidget`),
and their modules are imported only then.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def start_page(window) -> QWidget:
    """The welcome of `window` (the main window), with its recent events."""
    from .prep.new_event import new_blank
    from .prep.start_page import StartPage
    start = StartPage()
    start.newRequested.connect(window.new_event)
    start.blankRequested.connect(lambda: new_blank(window))
    start.openRequested.connect(window.open_dialog)
    start.demoRequested.connect(window.open_demo)
    start.pathRequested.connect(window.open_path)
    start.set_recent(window.recent.paths())
    return start


def search_panel(window) -> QWidget:
    """Edit > Find's panel for the dock of `window`, searching its open event."""
    from .search_panel import SearchPanel
    search = SearchPanel(window.bridge)
    search.noteActivated.connect(window.show_note)
    return search
