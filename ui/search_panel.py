"""Edit > Find (Ctrl+F): full-text search over all notes, with a list of hits.

Typing searches as you go (`EventFile.search`: words, prefixes, accents
ignored); Enter in the field jumps to the first hit, Enter or a double-click
on a hit jumps to that one. Jumping is the `noteActivated(note_id)` signal;
the main window shows the note in live capture (or the plenary view).
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QKeyEvent, QPalette,
                           QTextDocument)
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from facilitator.emphasis import plain
from facilitator.reading import SearchHit
from facilitator.transactions import Changes

from .bridge import EventBridge
from .i18n import core_word
from .theme import secondary

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def snippet_html(snippet: str) -> str:
    """The core's snippet ("the [match] here") as HTML with the matches in bold."""
    out, bold = [], False
    for char in snippet:
        if char == "[" and not bold:
            out.append("<b>")
            bold = True
        elif char == "]" and bold:
            out.append("</b>")
            bold = False
        else:
            out.append(html.escape(char))
    if bold:
        out.append("</b>")
    return "".join(out)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text (two lines: the snippet and where it is)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width() - 8, 80))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = option.palette  # held: color() answers a reference into it
        context.palette.setColor(QPalette.ColorRole.Text, QColor(palette.color(role)))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class SearchField(QLineEdit):
    """The search field: Down moves into the results."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """A search field and the hits; lives in a dock of the main window."""

    noteActivated = Signal(str)

    def __init__(self, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: EventBridge | None = None
        self._stop_watching: Callable[[], None] = lambda: None
        self.field = SearchField()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search all notes…"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activate_item)
        self.count = QLabel()
        self.count.setObjectName("hint")
        secondary(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.field.downPressed.connect(self._into_results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.set_bridge(bridge)

    def set_bridge(self, bridge: EventBridge | None) -> None:
        self._stop_watching()
        self._stop_watching = lambda: None
        self.bridge = bridge
        self.setEnabled(bridge is not None)
        if bridge is not None:
            self._stop_watching = bridge.watch(self, self._on_changed)
        self.search()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _on_changed(self, changes: Changes) -> None:
        if "note" in changes.kinds and self.field.text().strip() and self.isVisible():
            self._timer.start()

    def search(self) -> list[SearchHit]:
        """Run the search for the field's text now and show the hits."""
        self._timer.stop()
        self.results.clear()
        text = self.field.text().strip()
        if self.bridge is None or not text:
            self.count.setText("")
            return []
        hits = self.bridge.event.search(text)
        places = self._places()
        for hit in hits:
            where = places.get(hit.note.table_id, self.tr("Plenary"))
            tags = [where, core_word(f"kind.{hit.note.kind}")]
            item = QListWidgetItem()
            item.setData(ID_ROLE, hit.note.id)
            item.setData(Qt.ItemDataRole.DisplayRole, plain(hit.note.text))
            item.setData(HTML_ROLE, f"{snippet_html(hit.snippet)}<br><small>"
                                    f"{html.escape(' · '.join(tags))}</small>")
            item.setToolTip(plain(hit.note.text))
            self.results.addItem(item)
        self.count.setText(self.tr("%n note(s) found", "", len(hits)))
        if hits:
            self.results.setCurrentRow(0)
        return hits

    def _places(self) -> dict[str | None, str]:
        assert self.bridge is not None
        return {t.id: self.tr("Table %1").replace("%1", str(t.number))
                + (f": {t.theme}" if t.theme else "") for t in self.bridge.event.tables()}

    def _enter(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.search()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._activate_item(item)

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def _activate_item(self, item: QListWidgetItem) -> None:
        self.noteActivated.emit(item.data(ID_ROLE))
