"""The File menu's entries for a series of meetings: New follow-up meeting (made from
the open event, or from an event file chosen when none is open) and Agenda across
meetings (`agenda_across_dialog`). The main window only calls `add_series_entries`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile

from . import errors, i18n
from .lazy_pages import on_demand

translate = QCoreApplication.translate


def add_series_entries(window, menu: QMenu) -> QAction:
    """Add both entries to `menu`; returns the follow-up entry."""
    follow_up = menu.addAction(translate("SeriesMenu", "New &follow-up meeting…"))
    follow_up.triggered.connect(lambda: new_follow_up(window))
    across = menu.addAction(translate("SeriesMenu", "A&genda across meetings…"))
    across.triggered.connect(lambda: on_demand(  # openpyxl and reportlab: only now
        "agenda_across_dialog", "run_agenda_dialog")(window))
    return follow_up


def ask_save_path(*args):
    """`prep.new_event.ask_save_path`, imported when first used (not at start)."""
    from .prep.new_event import ask_save_path as ask
    return ask(*args)


def file_filter() -> str:
    from .prep.new_event import file_filter as event_files
    return event_files()


def new_follow_up(window) -> bool:
    """Make a follow-up of the open event (read as it is, on this thread: its file
    is never opened again, nor copied) or of a file the user picks; open it on
    the review page."""
    from facilitator.follow_up import create_follow_up, follow_up_title
    title = translate("SeriesMenu", "New follow-up meeting")
    bridge = window.bridge
    if bridge is not None:
        earlier = bridge.event  # only read, here and now; it stays open
    else:
        from PySide6.QtWidgets import QFileDialog  # its enums: not at start
        path, _ = QFileDialog.getOpenFileName(
            window, translate("SeriesMenu", "The earlier meeting"), window._last_dir(),
            file_filter())
        if not path:
            return False
        try:
            earlier = EventFile.open(path, readonly=True)
        except OogstError as exc:
            errors.warning(window, title, i18n.core_error(exc))
            return False
    try:
        target = ask_save_path(window, follow_up_title(earlier), window._last_dir())
        if target is None:
            return False
        if target.exists():
            errors.warning(window, title, translate(
                "SeriesMenu", "“%1” exists already. Oogst never overwrites an event file; "
                "please choose another name.").replace("%1", target.name))
            return False
        try:
            event = create_follow_up(target, earlier)
        except (OogstError, OSError) as exc:
            errors.warning(window, title, translate(
                "SeriesMenu", "The follow-up meeting could not be created: %1").replace(
                "%1", i18n.core_error(exc)))
            return False
    finally:
        if bridge is None:
            earlier.close()
    window._take(event)
    window.navigate("review")
    return True
