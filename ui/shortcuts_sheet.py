"""Help > Keyboard shortcuts: every key of the program, read from the real actions.

`collect(window)` walks what the window really has: the menus' QActions, the
window's own actions, the timer's keys, every page's QActions and QShortcuts
(a QShortcut says what it does in its whatsThis), the projector's keys, and
the keys the capture field reads from `ui/capture/common.py`'s tables (the
kinds' Alt+letters, the perspectives' Ctrl+digits of the open event). So the
list cannot drift from the program. With no event open, the pages are built
over a scratch in-memory event just to read their keys.

The same HTML is shown in the dialog and written as a one-page PDF (Qt's
QPdfWriter and QTextDocument, shrunk until it fits one A4 page): the sheet
is made of the live Qt objects, so it stays in the interface layer and needs
no second renderer; the core's reportlab is for the event's own documents.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QAction, QDesktopServices, QGuiApplication, QKeySequence,
                           QPageLayout, QPageSize, QPdfWriter, QShortcut, QTextDocument)
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QTextBrowser,
                               QVBoxLayout, QWidget)

from .capture import common as capture_keys
from .capture.tagbar import perspective_key

translate = QCoreApplication.translate
NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass
class Group:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)  # (keys, what it does)

    def add(self, keys: str, what: str) -> None:
        row = (keys, what)
        if keys and what and row not in self.rows:
            self.rows.append(row)


def _text(action: QAction) -> str:
    return action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


FIRST_MEDIA_KEY = int(Qt.Key.Key_Back)  # Qt's keys of multimedia keyboards start here


def _keys(sequences) -> str:
    """The key sequences as text; the platform's extra keys of multimedia keyboards
    ("Open", "Undo" keys) are left out: no one reads a sheet for those."""
    shown = [s.toString(NATIVE) for s in sequences
             if not s.isEmpty() and s[0].key() < FIRST_MEDIA_KEY]
    return " / ".join(shown)


def _menu_rows(menu, group: Group, seen: set) -> None:
    for action in menu.actions():
        seen.add(action)
        if action.menu() is not None:
            _menu_rows(action.menu(), group, seen)
        elif not action.isSeparator():
            group.add(_keys(action.shortcuts()), _text(action))


def _widget_rows(widget: QWidget, group: Group, seen: set) -> None:
    for action in widget.findChildren(QAction):
        if action not in seen:
            group.add(_keys(action.shortcuts()), _text(action))
    for shortcut in widget.findChildren(QShortcut):
        group.add(_keys(shortcut.keys()), shortcut.whatsThis())


def capture_group(perspectives) -> Group:
    """The keys of the note field (read by its key handler from these tables)."""
    group = Group(translate("Shortcuts", "Typing notes (live capture and plenary)"))
    alt_shift = "Alt+Shift+"
    group.add("Enter", translate("Shortcuts", "Save the note"))
    for p in perspectives:
        key = perspective_key(p)
        if key:
            group.add(f"Ctrl+{key}",
                      translate("Shortcuts", "Perspective: %1").replace("%1", p.name))
    group.add(translate("Shortcuts", "Ctrl+digit"),
              translate("Shortcuts", "Perspective of the next note (again: none)"))
    group.add(alt_shift + chr(int(capture_keys.PERSPECTIVE_MENU_KEY)),
              translate("Shortcuts", "All perspectives (also those without a digit)"))
    for kind in capture_keys.KIND_KEYS:
        group.add(f"Alt+{capture_keys.kind_letter(kind)}", translate(
            "Shortcuts", "Kind: %1").replace("%1", capture_keys.kind_label(kind)))
    group.add("Alt+" + chr(int(capture_keys.SPEAKER_KEY)),
              translate("Shortcuts", "To the speaker/party field"))
    group.add(alt_shift + chr(int(capture_keys.KEEP_KIND_KEY)),
              translate("Shortcuts", "Keep the kind for the next notes"))
    group.add(alt_shift + chr(int(capture_keys.KEEP_SPEAKER_KEY)),
              translate("Shortcuts", "Keep the speaker for the next notes"))
    group.add("Tab / Shift+Tab", translate("Shortcuts", "Nest the next note / one level back"))
    group.add(translate("Shortcuts", "Up (empty field)"),
              translate("Shortcuts", "To the notes; Esc comes back"))
    return group


def collect(window) -> list[Group]:
    """Every shortcut of `window` (a MainWindow), grouped by where it works."""
    from .main_window import PAGES
    groups: list[Group] = []
    seen: set = set()
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            group = Group(_text(menu_action))
            _menu_rows(menu_action.menu(), group, seen)
            groups.append(group)
    general = Group(translate("Shortcuts", "Anywhere in the window"))
    for action in window.actions():
        if action not in seen:
            general.add(_keys(action.shortcuts()), _text(action))
    groups.append(general)
    pages, titles, scratch, temporary = dict(window.pages), window._page_title, None, None
    if not pages:  # the welcome: read the pages' keys from a scratch event
        from facilitator.eventfile import EventFile

        from .bridge import EventBridge
        scratch = EventBridge(EventFile.in_memory())
        pages = {key: factory(scratch, parent=None) for key, factory in PAGES if factory}
    try:
        if window.timer_bar is not None:
            timer = Group(translate("Shortcuts", "Programme timer"))
            _widget_rows(window.timer_bar, timer, seen)
            groups.append(timer)
        for key, page in pages.items():
            group = Group(titles(key))
            _widget_rows(page, group, seen)
            groups.append(group)
        bridge = window.bridge or scratch
        projector = window.projector
        if projector is None:  # not open: one made (never shown) to read its keys
            from .projector import ProjectorWindow
            projector = temporary = ProjectorWindow(bridge, None)
        group = Group(translate("Shortcuts", "Projector window"))
        for action in projector.key_actions():
            group.add(_keys(action.shortcuts()), _text(action))
        groups.append(group)
        groups.append(capture_group(bridge.event.perspectives()))
    finally:
        if temporary is not None:
            temporary.deleteLater()
        if scratch is not None:
            for page in pages.values():
                page.deleteLater()
            scratch.close()
            scratch.deleteLater()
    return [g for g in groups if g.rows]


def to_html(groups: list[Group], title: str, columns: int = 1, point_size: float = 10) -> str:
    """The groups as HTML tables; with two columns, the groups split in two halves
    of about the same number of rows (for the printed sheet)."""
    def block(group: Group) -> str:
        rows = "".join(
            f"<tr><td style='padding:1px 10px 1px 0; white-space:nowrap'><b>"
            f"{html.escape(keys)}</b></td><td style='padding:1px 0'>{html.escape(what)}</td></tr>"
            for keys, what in group.rows)
        return (f"<h3 style='margin:8px 0 2px 0'>{html.escape(group.title)}</h3>"
                f"<table cellspacing='0'>{rows}</table>")
    cells = [[]]
    if columns == 2:
        total, half, count = sum(len(g.rows) + 2 for g in groups), 0, 0
        half = total / 2
        cells = [[], []]
        for group in groups:
            cells[0 if count < half else 1].append(group)
            count += len(group.rows) + 2
    else:
        cells = [groups]
    body = "".join(f"<td valign='top' width='{100 // len(cells)}%' "
                   f"style='padding-right:14px'>{''.join(block(g) for g in cell)}</td>"
                   for cell in cells)
    return (f"<html><body style='font-size:{point_size}pt'>"
            f"<h2 style='margin:0 0 4px 0'>{html.escape(title)}</h2>"
            f"<table width='100%'><tr>{body}</tr></table></body></html>")


def write_pdf(groups: list[Group], path: str | Path, title: str) -> int:
    """The sheet as an A4 PDF on one page (the type shrinks until it fits; 5 pt at
    least); returns the number of pages written."""
    path = Path(path)
    writer_path = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(writer_path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(title)
    # The document lays out in screen pixels; print_ scales its page onto the paper.
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen is not None else 96.0
    body = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    page = QSizeF(body.width() / 72 * dpi, body.height() / 72 * dpi)
    document = QTextDocument()
    size = 10.0
    while True:
        document.setHtml(to_html(groups, title, columns=2, point_size=size))
        document.setPageSize(page)
        if document.pageCount() <= 1 or size <= 5:
            break
        size -= 0.5
    document.print_(writer)
    pages = document.pageCount()
    del writer  # finishes the file
    if not writer_path.exists():
        raise OSError(translate("Shortcuts", "Could not write %1.").replace("%1", str(path)))
    writer_path.replace(path)
    return pages


class ShortcutsDialog(QDialog):
    """The list on screen, with "Save as PDF…" for the printable sheet."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.groups = collect(window)
        self.browser = QTextBrowser()
        self.browser.setObjectName("shortcutsList")
        self.browser.setHtml(to_html(self.groups, self.tr("Keyboard shortcuts of Oogst")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(self.tr("Save as &PDF (one page)…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(760, min(760, int(screen.height() * 0.85)) if screen else 700)

    def save_pdf(self) -> Path | None:
        from . import places
        name = self.tr("Oogst keyboard shortcuts") + ".pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the keyboard shortcuts as PDF"),
            str(places.documents_dir() / name), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            write_pdf(self.groups, path, self.tr("Keyboard shortcuts of Oogst"))
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("The sheet is saved as %1. Open it now (to print it)?").replace(
                "%1", str(path)))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path


def show_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
