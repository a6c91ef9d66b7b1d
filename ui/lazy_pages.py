"""`LazyPages`: the main window's navigation pages, each built when first shown.

Opening a 5,000-note event used to build all nine pages before the window
could paint (each reads its part of the file). Now the stack holds an empty
scroll area per page and a page is made the first time it is shown, or the
first time someone asks for it (`pages["capture"]`, `pages.get(key)`). A page
that was never built has nothing to refresh; a built page that is hidden hears
its changes when shown again (`EventBridge.watch`).

Looks like a dict of key -> page: `key in pages` and `len(pages)` count every
page of the window, `pages[key]` builds; `values()`/`items()` give only the
pages built so far (nothing to ask of a page that does not exist yet), and
`built(key)` asks without building.

`LazyWidget` does the same for one widget of the window that is often never
seen (the welcome when a file is opened at start, the search panel), and
`after_first_paint` leaves work until the window has painted (the integrity
check of the file just opened, the rotating log at start).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

Factory = Callable[..., QWidget]


def page_factory(module: str, name: str) -> Factory:
    """A factory that imports `module` only when the first page is made."""
    def make(bridge, parent: QWidget | None = None, **options) -> QWidget:
        return getattr(importlib.import_module(module), name)(bridge, parent=parent, **options)
    make.__qualname__ = f"{module}.{name}"
    return make


def scrollable(page: QWidget | None = None) -> QScrollArea:
    """A page in a frameless scroll area: on a small screen (or with the search panel
    open) the window never grows beyond the screen; the page scrolls instead."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    if page is not None:
        area.setWidget(page)
    return area


class LazyPages:
    """The pages of one open event, in navigation order, built on first use."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._factories: dict[str, Factory] = {}
        self._options: dict[str, dict] = {}
        self._areas: dict[str, QScrollArea] = {}
        self._built: dict[str, QWidget] = {}
        self._bridge = None
        self._waiting: dict[str, list[Callable[[QWidget], None]]] = {}
        self._adding = False
        self.on_built: Callable[[str, QWidget], None] = lambda key, page: None
        stack.currentChanged.connect(self._shown)

    def add(self, key: str, factory: Factory, bridge, **options) -> None:
        """A page for the stack: an empty scroll area now, the page when first shown
        (made with `options` as keywords: where it starts, say)."""
        self._bridge = bridge
        self._factories[key] = factory
        self._options[key] = options
        area = scrollable()
        self._areas[key] = area
        self._adding = True  # the first area becomes current: not a page shown yet
        try:
            self._stack.addWidget(area)
        finally:
            self._adding = False

    def _shown(self, index: int) -> None:
        if self._adding:
            return
        key = next((k for k, a in self._areas.items() if self._stack.indexOf(a) == index),
                   None)
        if key is not None:
            self.build(key)

    def build(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key](self._bridge, parent=None, **self._options[key])
            self._built[key] = page
            self._areas[key].setWidget(page)
            self.on_built(key, page)
            for callback in self._waiting.pop(key, []):
                callback(page)
        return page

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(key)

    def when_built(self, key: str, callback: Callable[[QWidget], None]) -> None:
        """`callback(page)` now if the page exists, else as soon as it is built."""
        page = self._built.get(key)
        if page is not None:
            callback(page)
        elif key in self._factories:
            self._waiting.setdefault(key, []).append(callback)

    def key_of(self, widget: QWidget | None) -> str | None:
        """The key of a page or of its scroll area."""
        for key, area in self._areas.items():
            if widget is area or (widget is not None and widget is self._built.get(key)):
                return key
        return None

    def keys(self) -> list[str]:
        return list(self._factories)

    # -- the dict of pages ------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def __len__(self) -> int:
        return len(self._factories)

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._factories:
            raise KeyError(key)
        return self.build(key)

    def get(self, key: str, default: QWidget | None = None) -> QWidget | None:
        return self.build(key) if key in self._factories else default

    def values(self) -> list[QWidget]:
        return [self._built[k] for k in self._factories if k in self._built]

    def items(self) -> list[tuple[str, QWidget]]:
        return [(k, self._built[k]) for k in self._factories if k in self._built]

    def clear(self) -> None:
        """Forget every page (the caller removes the stack's widgets)."""
        self._factories.clear()
        self._options.clear()
        self._areas.clear()
        self._built.clear()
        self._waiting.clear()
        self._bridge = None


class LazyWidget(QWidget):
    """A place for a widget that is made when the place is first shown, or first
    asked for (`widget()`); `built()` asks without making it."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], QWidget] | None = make
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def widget(self) -> QWidget:
        if self._widget is None:
            make, self._make = self._make, None
            assert make is not None, "made while being made"
            self._widget = make()
            self.layout().addWidget(self._widget)
            if self.isVisible():
                self._widget.show()
        return self._widget

    def built(self) -> QWidget | None:
        return self._widget

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.widget()
        super().showEvent(event)


class FirstPaint(QObject):
    """Calls `then()` once, just after `widget` is next painted (the whole frame), or
    after `at_most` ms if it is not painted (hidden, minimised).

    "After" is two turns of the event loop after the paint event: a zero timer posted
    at the paint runs once the frame is drawn and flushed, and the work waits behind
    whatever else was posted from that paint (the window's own first-paint business)."""

    def __init__(self, widget: QWidget, then: Callable[[], object], at_most: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(at_most, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._after_frame)  # after the whole window's paint
        return False

    def _after_frame(self) -> None:
        QTimer.singleShot(0, self, self.run)

    def run(self) -> None:
        """Now, if it has not run yet."""
        self._widget.removeEventFilter(self)
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], object],
                      at_most: int = 2000) -> FirstPaint:
    return FirstPaint(widget, then, at_most)


def on_demand(module: str, name: str) -> Callable:
    """A dialog's entry point from `ui.<module>`, imported when first used."""
    return getattr(importlib.import_module(f"ui.{module}"), name)
