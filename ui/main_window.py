"""The main window for one open event file: menus, navigation, status and search.

The window owns at most one `EventBridge`. The pages (preparation views
from `ui/prep/`, live capture, plenary and actions from their own modules)
are created per open event and dropped when it closes. Changing the
language rebuilds the menus and pages, so the switch takes effect at once.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel,
                               QListWidget, QMainWindow,
                               QStackedWidget, QToolBar, QWidget)

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.transactions import ChangeKind, Changes, Source

from . import app as app_module, errors, i18n, memory, opening, theme, window_parts, window_state
from .bridge import EventBridge
from .help_menu import add_help_entries
from .series_menu import add_series_entries
from .timer_bar import TimerBar
from .preferences import RecentFiles, retention_months
from .lazy_pages import LazyPages, LazyWidget, after_first_paint, on_demand, page_factory
# Imported when first used (start-up stays short): the welcome (ui.prep.start_page),
# the search panel, the dialogs of ui.prep.new_event, facilitator.sessions/templates.


# The navigation pages (key, factory) in order (titles: _page_title), each imported when built.
PAGES: list[tuple[str, Callable | None]] = [
    ("programme", page_factory("ui.prep.programme", "ProgrammePage")),
    ("tables", page_factory("ui.prep.tables", "TablesPage")),
    ("perspectives", page_factory("ui.prep.perspectives", "PerspectivesPage")),
    ("participants", page_factory("ui.prep.participants", "ParticipantsPage")),
    ("capture", page_factory("ui.capture", "CaptureView")),
    ("plenary", page_factory("ui.plenary_view", "PlenaryView")),
    ("actions", page_factory("ui.actions_view", "ActionsView")),
    ("seating", page_factory("ui.seating_view", "SeatingView")),
    ("voting", page_factory("ui.voting_view", "VotingView")),
    ("review", page_factory("ui.review_view", "ReviewView")),  # tenth: Ctrl+Shift+0
]


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge: EventBridge | None = None
        self.recent = RecentFiles()
        self.pages: LazyPages  # built when first shown (ui/lazy_pages.py)
        self.timer_bar: TimerBar | None = None
        self.projector: QWidget | None = None  # ui.projector.ProjectorWindow
        self._remembering = None  # the recent file, written after the first paint
        # Ctrl+S out of habit: every change is saved already; say so (made once: one key).
        self.act_save = self._action(self, "", lambda: self.statusBar().showMessage(
            self.tr("Every change is saved automatically."), 4000), QKeySequence.Save)
        self._build()
        window_state.place_window(self)  # fits the screen; remembered afterwards
        self.restoreState(QSettings().value("window/state", b""))
        self.set_bridge(None)

    # -- building (again, after a language switch) ------------------------------------

    def _build(self) -> None:
        self.start_area = LazyWidget(lambda: window_parts.start_page(self))  # no event open
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(theme.navigation_sheet())  # the one sheet (ui/theme.py)
        self.nav.setFixedWidth(190)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self.stack)
        window_state.connect_navigation(self)  # the page, its focus, remembered per file
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_area)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

        self.search_area = LazyWidget(lambda: window_parts.search_panel(self))  # Edit > Find
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_area)
        self.search_area.setMinimumWidth(260)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        # The programme timer, always visible while an event is open.
        self.timer_toolbar = QToolBar(self.tr("Timer"), self)
        self.timer_toolbar.setObjectName("timerToolbar")
        self.timer_toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.timer_toolbar)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedIndicator")
        self.saved_label.setStyleSheet("padding: 0 8px;")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()

    @property
    def start(self):  # ui.prep.start_page.StartPage, made when first needed
        return self.start_area.widget()

    @property
    def search(self):  # ui.search_panel.SearchPanel, made when first needed
        return self.search_area.widget()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(file, self.tr("&New…"), self.new_event, QKeySequence.New)
        add_series_entries(self, file)
        self.act_open = self._action(file, self.tr("&Open…"), self.open_dialog,
                                     QKeySequence.Open)
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file, self.tr("Open the &demo meeting"), self.open_demo)
        file.addSeparator()
        self.act_template = self._action(file, self.tr("Save as &template…"), lambda: on_demand(
            "prep.new_event", "save_as_template")(self))
        self.act_export = self._action(file, self.tr("&Export…"),
                                       lambda: on_demand(  # reportlab, openpyxl: only now
                                           "export_dialog", "run_export_dialog")(
                                           self, self.bridge),
                                       QKeySequence("Ctrl+E"))
        file.addSeparator()
        self.act_handout = self._action(file, self.tr("&Hand out…"), lambda: on_demand(
            "handout_dialog", "run_handout_dialog")(self, self.bridge))
        self.act_merge = self._action(file, self.tr("&Merge…"), lambda: on_demand(
            "merge_dialog", "run_merge_dialog")(self, self.bridge))
        self.act_conflicts = self._action(file, self.tr("Merge con&flicts…"), lambda: on_demand(
            "merge_dialog", "run_conflicts_dialog")(self, self.bridge))
        file.addSeparator()
        self.act_close = self._action(file, self.tr("&Close"), self.close_event,
                                      QKeySequence.Close)
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(edit, self.tr("&Undo"), self.undo, QKeySequence.Undo)
        self.act_redo = self._action(edit, self.tr("&Redo"), self.redo, QKeySequence.Redo)
        edit.addSeparator()
        self.act_find = self._action(edit, self.tr("&Find in notes…"), self.find,
                                     QKeySequence.Find)
        edit.addSeparator()
        prefs = self._action(edit, self.tr("&Preferences…"), self.show_preferences,
                             QKeySequence.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        view = bar.addMenu(self.tr("&View"))
        self.nav_actions: dict[str, QAction] = {}
        for number, (key, factory) in enumerate(PAGES, start=1):
            if factory is None:
                continue
            self.nav_actions[key] = self._action(view, self._page_title(key),
                                                 lambda key=key: self.navigate(key),
                                                 QKeySequence(f"Ctrl+Shift+{number % 10}"))
        view.addSeparator()
        self.act_projector = self._action(view, self.tr("&Projector window"),
                                          self.show_projector, QKeySequence("Ctrl+Shift+P"))
        toggle = self.search_dock.toggleViewAction()
        toggle.setText(self.tr("Search panel"))
        view.addAction(toggle)

        help_menu = bar.addMenu(self.tr("&Help"))
        add_help_entries(self, help_menu)  # Quick guide, Keyboard shortcuts
        about = self._action(help_menu, self.tr("&About Oogst"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_save.setText(self.tr("Save (every change is saved at once)"))
        self._update_undo_texts()

    def _action(self, menu, text: str, slot: Callable, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # all of the platform's keys (Ctrl+Y and Ctrl+Shift+Z)
            if shortcut == QKeySequence.StandardKey.Quit and not action.shortcuts():
                action.setShortcut(QKeySequence("Ctrl+Q"))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _page_title(self, key: str) -> str:
        return {"programme": self.tr("Programme"), "tables": self.tr("Theme tables"),
                "perspectives": self.tr("Perspectives"), "participants": self.tr("Participants"),
                "capture": self.tr("Live capture"), "plenary": self.tr("Plenary harvest"),
                "actions": self.tr("Action agenda"), "seating": self.tr("Seating plan"),
                "voting": self.tr("Dot voting"), "review": self.tr("Action review")}[key]

    def _update_undo_texts(self, *_args: object) -> None:
        """The Edit menu reads the core's one undo stack (names in the interface language)."""
        bridge = self.bridge
        undo = bridge.undo_text if bridge is not None else ""
        redo = bridge.redo_text if bridge is not None else ""
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo
                              else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo
                              else self.tr("&Redo"))
        self.act_undo.setEnabled(bool(undo))
        self.act_redo.setEnabled(bool(redo))

    def undo(self) -> None:
        if self.bridge is not None:
            self.bridge.undo()
            QTimer.singleShot(0, lambda: window_state.keep_focus(self))

    def redo(self) -> None:
        if self.bridge is not None:
            self.bridge.redo()
            QTimer.singleShot(0, lambda: window_state.keep_focus(self))

    def retranslate(self) -> None:
        """Rebuild every text-bearing part in the current language (same event, same page)."""
        page = self.current_page()
        bridge = self.bridge
        self._drop_pages()
        self.setLocale(QLocale())  # the language's dates and numbers, for every page built
        old_central, old_dock = self.central, self.search_dock
        self.removeDockWidget(old_dock)
        old_dock.deleteLater()
        self.removeToolBar(self.timer_toolbar)
        self.timer_toolbar.deleteLater()
        self.statusBar().removeWidget(self.saved_label)
        self.saved_label.deleteLater()
        self._build()
        old_central.deleteLater()
        self.bridge = None
        self.set_bridge(bridge)
        if page:
            self.navigate(page)

    # -- the open event ------------------------------------------------------------------

    def set_bridge(self, bridge: EventBridge | None) -> None:
        """Show `bridge`'s event in all pages (None: the start screen)."""
        self._drop_pages()
        self.bridge = bridge
        if self.search_area.built() is not None:
            self.search.set_bridge(bridge)
        for action in (self.act_template, self.act_close, self.act_find, self.act_export,
                       self.act_projector, self.act_handout, self.act_merge,
                       self.act_conflicts):
            if action is not None:
                action.setEnabled(bridge is not None)
        for action in self.nav_actions.values():
            action.setEnabled(bridge is not None)
        if bridge is None:
            self._update_undo_texts()
            if self.start_area.built() is not None:
                self.start.set_recent(self.recent.paths())
            self.central.setCurrentIndex(0)
            self.saved_label.clear()
            self._update_title()
            return
        bridge.changed.connect(self._on_changed)
        bridge.statusMessage.connect(self._status_message)
        bridge.saved.connect(self._show_saved)
        self.pages.on_built = self._page_built
        start = {"capture": {"place": window_state.remembered_capture(self)}}
        for key, factory in PAGES:
            if factory is not None:
                self.pages.add(key, factory, bridge, **start.get(key, {}))
                self.nav.addItem(self._page_title(key))
        self.timer_bar = TimerBar(bridge, self)
        self.timer_toolbar.addWidget(self.timer_bar)
        self.timer_toolbar.show()
        self.nav.setCurrentRow(self.pages.keys().index(window_state.remembered_page(self)
                                                        or self.pages.keys()[0]))
        self.central.setCurrentIndex(1)
        self._show_saved(None)
        self._update_title()
        self._update_undo_texts()
        window_state.restore_place(self)  # the page, table and round of last time

    def _page_built(self, _key: str, page: QWidget) -> None:
        bar = getattr(page, "bar", None)
        if hasattr(bar, "draftPending"):  # a CaptureBar (live capture, plenary)
            bar.draftPending.connect(self._show_typing)

    def _capture_bars(self) -> list:
        """The note fields of the pages (live capture, plenary)."""
        bars = (getattr(page, "bar", None) for page in self.pages.values())
        return [bar for bar in bars if hasattr(bar, "keep_draft")]

    def _show_typing(self) -> None:
        self.saved_label.setText(self.tr("Typing… (kept in a moment)"))

    def _drop_pages(self) -> None:
        # Text typed without Enter is kept as its place's draft before the pages go: it comes back.
        for bar in self._capture_bars():
            bar.keep_draft()
        if self._remembering is not None:  # closed before the first paint: now
            self._remembering.run()
        window_state.leave_file(self)
        if self.bridge is not None:
            for signal, slot in ((self.bridge.changed, self._on_changed),
                                 (self.bridge.statusMessage, self._status_message),
                                 (self.bridge.saved, self._show_saved)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        self.timer_toolbar.clear()
        self.timer_toolbar.hide()
        if self.timer_bar is not None:
            self.timer_bar.deleteLater()
            self.timer_bar = None
        self.nav.clear()
        self.pages.clear()  # first: the stack showing the next area builds no page
        while self.stack.count():
            wrapper = self.stack.widget(0)
            self.stack.removeWidget(wrapper)
            wrapper.deleteLater()

    def _on_changed(self, changes: Changes) -> None:
        self._update_undo_texts()
        if changes.source in (Source.EDIT, Source.UNDO, Source.REDO):
            self.statusBar().clearMessage()  # a refusal said before is out of date now
        if changes.source == Source.EDIT and changes.label.startswith("op.delete_"):
            self._status_message(self.tr("Done: {operation}. Ctrl+Z brings it back.").format(
                operation=i18n.core_word(changes.label)))  # deleted without asking
        if ChangeKind.EVENT in changes.kinds:
            self._update_title()

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_saved(self, when: datetime | None) -> None:
        text = self.tr("All changes saved")
        if when is not None:
            text += " · " + when.strftime("%H:%M:%S")
        self.saved_label.setText(text)

    def _update_title(self) -> None:
        if self.bridge is None:
            self.setWindowTitle(self.tr("Oogst"))
            return
        title = self.bridge.event.event().title or self.tr("Untitled event")
        path = self.bridge.event.path
        self.setWindowTitle(f"{title} — {path.name}" if path else title)

    def current_page(self) -> str | None:
        return self.pages.key_of(self.stack.currentWidget())

    def navigate(self, key: str) -> QWidget | None:
        page = self.pages.get(key)
        if page is not None:
            self.nav.setCurrentRow(self.pages.keys().index(key))
            window_state.focus_page(page)
        return page

    # -- files ---------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open an event file, with a clear dialog for every kind of problem."""
        path = Path(path)
        if self.bridge and self.bridge.event.path and \
                self.bridge.event.path.resolve() == path.resolve():
            return True
        try:
            event = EventFile.open(path, check_later=True)  # checked while it paints
        except OogstError as exc:
            self.show()  # at start (shown after opening): the welcome behind the message
            restored = errors.show_open_error(self, exc, path)
            if isinstance(exc, errors.NotAnEventFile) and not path.exists():
                self.recent.remove(path)
            return self.open_path(restored) if restored else False
        except OSError as exc:
            self.show()
            errors.warning(self, self.tr("Cannot open the file"), i18n.core_error(exc))
            return False
        self._take(event)
        self.opening = opening.finish_later(event, lambda exc: self._damaged(event, exc), self)
        return True

    def _damaged(self, event: EventFile, exc: OogstError) -> None:
        """The integrity check after opening failed: nothing was written; say so."""
        if self.bridge is not None and self.bridge.event is event:
            self.close_event()
        restored = errors.show_open_error(self, exc, event.path)
        if restored:
            self.open_path(restored)

    def _take(self, event: EventFile) -> None:
        self.close_event()
        self.set_bridge(EventBridge(event, self))
        after_first_paint(self, memory.settle)  # the garbage of the event before
        if event.path:
            if self.isVisible():
                self._remember_file(event.path)
            else:  # the start: two writes of the settings file wait for the first paint
                self._remembering = after_first_paint(
                    self, lambda path=event.path: self._remember_file(path))
            self._warn_risky_location(event.path)
            if retention_months():  # the page's module only when an offer can follow
                from .prep.participants import offer_retention_erasure
                self.retention_offer = offer_retention_erasure(self, self.bridge)

    def _remember_file(self, path: Path) -> None:
        self.recent.add(path)
        if not path.resolve().is_relative_to(app_module.demo_path().parent.resolve()):
            # The demo lives in Oogst's own data folder: never propose that one.
            QSettings().setValue("files/last_dir", str(path.parent))

    def _warn_risky_location(self, path: Path) -> None:
        """A file in a cloud-synced folder or on a network drive: say why that is risky
        in the status bar, and once per file (QSettings remembers) in a non-modal box."""
        from facilitator.locations import risky_location
        risk = risky_location(path)
        if risk is None:
            return
        text = i18n.core_error(risk)
        self.statusBar().showMessage(text, 30000)
        import hashlib
        key = "files/location_warned/" + hashlib.sha1(
            str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
        settings = QSettings()
        if settings.value(key, False, type=bool):
            return
        settings.setValue(key, True)
        from PySide6.QtWidgets import QMessageBox  # its enumerations: not at start
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Risky location"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def open_dialog(self) -> None:
        from .prep.new_event import file_filter
        from PySide6.QtWidgets import QFileDialog  # its enums: not at start
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an event"),
                                              self._last_dir(), file_filter())
        if path:
            self.open_path(path)

    def _last_dir(self) -> str:
        return str(QSettings().value("files/last_dir", "") or "")

    def new_event(self) -> bool:
        from facilitator import sessions
        from .prep.new_event import NewEventDialog, ask_save_path, new_blank
        dialog = NewEventDialog(self)
        if dialog.exec() and (dialog.blank_chosen() or dialog.follow_up_chosen()):
            return new_blank(self) if dialog.blank_chosen() else on_demand(
                "series_menu", "new_follow_up")(self)
        if not dialog.result() or dialog.chosen() is None:
            return False
        template = dialog.chosen()
        title = template.data.get("event", {}).get("title") or template.name
        path = ask_save_path(self, title, self._last_dir())
        if path is None:
            return False
        if path.exists():
            errors.warning(self, self.tr("New event"), self.tr(
                "“%1” exists already. Oogst never overwrites an event file; please choose "
                "another name.").replace("%1", path.name))
            return False
        try:
            event = sessions.create_from_template(path, template)
        except (OogstError, OSError) as exc:
            errors.warning(self, self.tr("New event"), self.tr(
                "The event could not be created: %1").replace("%1", i18n.core_error(exc)))
            return False
        self._take(event)
        return True

    def open_demo(self) -> bool:
        """Open the demo meeting, creating it from its template the first time."""
        path = app_module.demo_path()
        if path.exists():
            return self.open_path(path)
        from facilitator import backups, sessions, templates
        try:
            backups.private_folder(path.parent)
            template = templates.find_template(templates.DEMO_TEMPLATE)
            event = sessions.create_from_template(path, template)
        except (OogstError, OSError) as exc:
            errors.log.warning("Demo meeting not available: %s", exc)
            self.close_event()
            self.start.show_message(self.tr(
                "The demo meeting could not be made: its template is missing or broken "
                "(%1). You can still start a new event or open one.").replace(
                "%1", i18n.core_error(exc)))
            return False
        self._take(event)
        return True

    def show_projector(self) -> None:
        """The projector window: on the second screen if there is one (F11: full screen)."""
        if self.bridge is None or self.timer_bar is None:
            return
        if self.projector is None:
            from .projector import ProjectorWindow
            self.projector = ProjectorWindow(self.bridge, self)
            # F5-F8 drive the timer also when the projector window has the focus.
            self.projector.addActions(self.timer_bar.room_actions())
        self.projector.toggle()

    def close_event(self) -> None:
        """File > Close: release the file (a last backup is made) and show the start screen."""
        bridge = self.bridge
        if bridge is None:
            return
        self.set_bridge(None)
        bridge.close()
        bridge.deleteLater()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = menu.addAction(f"{Path(path).stem}  ({Path(path).parent})")
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction(self.tr("No recent events")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(self.recent.clear)
        clear.setEnabled(bool(paths))

    # -- edit and view ---------------------------------------------------------------------

    def find(self) -> None:
        if self.bridge is None:
            return
        if not self.search_dock.isVisible():
            self.search_dock.show()
            self.resizeDocks([self.search_dock], [max(self.search_dock.width(), 340)],
                             Qt.Orientation.Horizontal)
        self.search_dock.raise_()
        self.search.focus_field()

    def show_note(self, note_id: str) -> None:
        """Jump to a note: live capture for table notes, the plenary view for the others."""
        if self.bridge is None:
            return
        try:
            note = self.bridge.event.note(note_id)
        except OogstError as exc:
            self._status_message(i18n.core_error(exc))
            return
        order = ["plenary", "capture"] if note.table_id is None else ["capture"]
        for key in order:
            page = self.pages.get(key)
            if page is not None and hasattr(page, "show_note"):
                previous = self.current_page()
                self.navigate(key)
                if page.show_note(note_id) is not False:
                    return
                if previous:
                    self.navigate(previous)

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog
        dialog = PreferencesDialog(self)
        if not dialog.exec():
            return
        before = i18n.current_language()
        i18n.set_preferred(dialog.chosen_language())
        language = i18n.resolve(dialog.chosen_language())
        if language != before:
            app_module.load_language(language)
            self.retranslate()

    def about(self) -> None:
        from facilitator import installed
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, self.tr("About Oogst"), self.tr("Version %1").replace(
            "%1", installed.version()) + "\n\n" + self.tr(
            "Oogst helps facilitators prepare theme-table meetings, capture the harvest "
            "live and send out minutes and an action agenda.\n\nEvery change is saved in "
            "the event file at once; backups and the log are in %1.").replace(
            "%1", str(errors.log_file().parent.parent)))

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.close_event()
        super().closeEvent(event)

