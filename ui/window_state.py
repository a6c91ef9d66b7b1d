"""Where the main window and each open file were, and where the keyboard goes.

- The window's first size fits the available screen (90 % of it up to 2400×1500,
  so also 90 % of a 1920×1080 screen; centred, frame included); a remembered
  geometry larger than the current screen is shrunk to fit.
- Each event file reopens where the facilitator was: the page, and in live
  capture the table and round. A hand-out copy opened for the first time
  opens on its table's capture page. QSettings, keyed by a hash of the file's
  resolved path; kept when the file closes or the language switches.
- Every page puts the focus in its main field when it is chosen (Ctrl+Shift+digit
  or a click in the navigation list); the arrow keys in the list keep the focus
  in the list, so one can walk through the pages.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMargins, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

SHARE = 0.9
MAX_SIZE = QSize(2400, 1500)  # only very large screens get less than 90 %
# The frame (title bar, borders) before the window is shown and the real one is known.
FRAME = QMargins(8, 32, 8, 8)
PLACES = "files/place/"

try:  # Python's own SHA-1 (as `random` takes its SHA-512): hashlib loads OpenSSL's
    from _sha1 import sha1  # library first, ~2 ms of every start for one key
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import sha1


# -- the window's geometry -------------------------------------------------------------


def fitted_geometry(available: QRect, frame: QMargins = FRAME,
                    size: QSize | None = None) -> QRect:
    """The client geometry of a window of `size` (None: the first size, 90 % of
    `available` and at most 2400×1500) shrunk so that it fits `available` with its
    frame, centred there."""
    room = QSize(available.width() - frame.left() - frame.right(),
                 available.height() - frame.top() - frame.bottom())
    if size is None:
        size = QSize(min(int(available.width() * SHARE), MAX_SIZE.width()),
                     min(int(available.height() * SHARE), MAX_SIZE.height()))
    width = max(1, min(size.width(), room.width()))
    height = max(1, min(size.height(), room.height()))
    left = available.x() + (room.width() - width) // 2 + frame.left()
    top = available.y() + (room.height() - height) // 2 + frame.top()
    return QRect(left, top, width, height)


def frame_of(window: QWidget) -> QMargins:
    """The window's frame: measured when it is shown, else the estimate."""
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        margins = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                           outer.right() - inner.right(), outer.bottom() - inner.bottom())
        if margins.top() > 0 or margins.left() > 0:
            return margins
    return FRAME


def place_window(window: QWidget) -> None:
    """Restore the remembered geometry (shrunk to the screen), or the first size."""
    stored = QSettings().value("window/geometry", b"")
    primary = QGuiApplication.primaryScreen()
    if stored and window.restoreGeometry(stored):
        if window.isMaximized() or window.isFullScreen():
            return
        screen = window.screen() or primary
        available, frame = screen.availableGeometry(), frame_of(window)
        outer = window.geometry().marginsAdded(frame)
        if not available.contains(outer):
            window.setGeometry(fitted_geometry(available, frame, window.geometry().size()))
        return
    if primary is not None:
        window.setGeometry(fitted_geometry(primary.availableGeometry(), frame_of(window)))


# -- where the facilitator was in each file ----------------------------------------------


def file_key(path: str | Path) -> str:
    resolved = str(Path(path).resolve())
    return PLACES + sha1(resolved.encode("utf-8", "surrogatepass")).hexdigest()


def _key(window) -> str | None:
    bridge = window.bridge
    if bridge is None or bridge.event.path is None or not window.pages:
        return None
    return file_key(bridge.event.path)


def save_place(window) -> None:
    """Remember the page and the capture table and round of the open file."""
    key = _key(window)
    if key is None or not window.property("placeReady"):
        return
    settings = QSettings()
    page = window.current_page()
    if page:
        settings.setValue(key + "/page", page)
    capture = window.pages.built("capture")  # never built: nothing new to remember
    if capture is not None and capture.current_table_id():
        settings.setValue(key + "/table", capture.current_table_id())
        settings.setValue(key + "/round", capture.current_question_id() or "")


def leave_file(window) -> None:
    """Before the pages go (closing, another file, a language switch)."""
    save_place(window)
    window.setProperty("placeReady", False)


def remembered_page(window) -> str | None:
    """The page the open file was left on (a hand-out copy opened for the first time:
    live capture), None for none: the window opens there without building another."""
    key = _key(window)
    if key is None:
        return None
    page = QSettings().value(key + "/page", "") or (
        "capture" if window.bridge.event.handout() else "")
    return str(page) if page and page in window.pages else None


def remembered_capture(window) -> tuple[str, str | None] | None:
    """The table and round live capture was left on in the open file ("" for the
    general notes; a hand-out copy opened for the first time: its table and None, the
    round of its newest note), so that the page starts there and reads only that
    round; None when nothing is remembered."""
    bridge = window.bridge
    if bridge is None or bridge.event.path is None:
        return None
    settings, key = QSettings(), file_key(bridge.event.path)
    table = settings.value(key + "/table", "")
    if not table:
        handout = bridge.event.handout()
        return (handout.table_id, None) if handout and handout.table_id else None
    question = settings.value(key + "/round", None)  # "": the general notes
    return str(table), str(question) if question is not None else None


def restore_place(window) -> None:
    """After `set_bridge`: back to the remembered page, table and round."""
    key = _key(window)
    if key is None:
        return
    settings = QSettings()
    # A hand-out copy opened for the first time: its table's capture page.
    handout = window.bridge.event.handout()

    def restore_capture(capture) -> None:  # when live capture is first built
        table = settings.value(key + "/table", "") or (handout.table_id if handout else "")
        if table and capture.select_table(str(table)):
            question = settings.value(key + "/round", None)
            if question is not None:
                capture.select_round(str(question) or None)
        for combo in (capture.table_combo, capture.round_combo):
            combo.currentIndexChanged.connect(lambda _i, w=window: save_place(w))

    window.pages.when_built("capture", restore_capture)
    page = settings.value(key + "/page", "") or ("capture" if handout else "")
    if page and page in window.pages:
        window.navigate(str(page))
    window.setProperty("placeReady", True)


# -- the keyboard focus ------------------------------------------------------------------


def focus_page(page: QWidget | None) -> None:
    """The focus into the page's main field."""
    focus = getattr(page, "focus_main_field", None)
    if callable(focus):
        focus()


def keep_focus(window) -> None:
    """After an undo or redo, which can take away the row or the form that had the
    focus (a table added, then undone): the page's own field, so keys still land."""
    widget = QApplication.focusWidget()
    if widget is None or not widget.isVisible() or not widget.isEnabled():
        key = window.current_page()
        focus_page(window.pages.get(key) if key else None)


def connect_navigation(window) -> None:
    """The navigation list shows its page in the stack and puts the focus there."""
    nav, stack = window.nav, window.stack
    state = {"nav_focus": False}

    def before(_row: int) -> None:
        state["nav_focus"] = nav.hasFocus()

    def after(_row: int) -> None:
        if state["nav_focus"]:
            nav.setFocus()  # walking the list with the arrow keys: stay in it
        else:
            focus_page(current_page_widget(window))
        save_place(window)

    nav.currentRowChanged.connect(before)
    nav.currentRowChanged.connect(stack.setCurrentIndex)
    nav.currentRowChanged.connect(after)
    nav.itemClicked.connect(lambda _item: focus_page(current_page_widget(window)))
    nav.itemActivated.connect(lambda _item: focus_page(current_page_widget(window)))


def current_page_widget(window) -> QWidget | None:
    key = window.current_page()
    return window.pages.get(key) if key else None
