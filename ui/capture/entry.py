"""The note field (grows with its text, keeps focus) and the speaker/party field.

Both hand the capture keys (Ctrl+digit, Alt+letter, Alt+S...) to a router
before Qt's shortcut machinery sees them: while the facilitator types, a
menu mnemonic of the main window can never swallow Alt+W ("wish").
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from ..widgets import meeting_edit_key

KeyRouter = Callable[[QKeyEvent], bool]

MAX_LINES = 5


class NoteEntry(QPlainTextEdit):
    """Type, Enter, next note. Shift+Enter starts a new line inside a note."""

    submitted = Signal()
    nestRequested = Signal()
    unnestRequested = Signal()
    undoRequested = Signal()  # Ctrl+Z with nothing of the field's to undo: the last edit
    redoRequested = Signal()  # Ctrl+Shift+Z (Ctrl+Y) with nothing of its own to redo
    listRequested = Signal()  # Up on an empty field: to the notes list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEntry")
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.setFont(font)
        self.router: KeyRouter | None = None
        self.router_wants: Callable[[QKeyEvent], bool] | None = None
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)

    def _fit_height(self) -> None:
        metrics = QFontMetrics(self.font())
        lines = max(1, min(MAX_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * metrics.lineSpacing() + frame + 4)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if self.router_wants and self.router_wants(key_event):
                event.accept()
                return True
            if self._edit_key(key_event) is not None:
                return False  # let the window's Undo/Redo take it (or keyPressEvent below)
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Tab and not event.modifiers() & (  # type: ignore[attr-defined]
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.nestRequested.emit()
                return True
            if key == Qt.Key.Key_Backtab:
                self.unnestRequested.emit()
                return True
        return super().event(event)

    def _edit_key(self, event: QKeyEvent) -> SignalInstance | None:
        """The signal for a key that is the meeting's rather than the field's, else
        None: Undo or Redo when the field has nothing of its own to undo or redo.
        Typing, or emptying the field by hand, is taken back first; after a note
        is saved, or a draft put back, the field starts afresh, so Undo takes back
        the meeting's last step even with a draft in the field."""
        document = self.document()
        which = meeting_edit_key(event, document.isUndoAvailable(), document.isRedoAvailable())
        return {"undo": self.undoRequested, "redo": self.redoRequested}.get(which or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.router and self.router(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        wanted = self._edit_key(event)
        if wanted is not None:
            wanted.emit()
            return
        if event.key() == Qt.Key.Key_Up and not self.text() and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.listRequested.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        """Paste as plain text: notes are data, never rich text."""
        if source.hasText():
            self.insertPlainText(source.text())


class SpeakerField(QLineEdit):
    """Who said it: a participant (completed from the list) or free text for a party."""

    done = Signal()  # Enter or Esc: back to the note field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerField")
        self.setClearButtonEnabled(True)
        self.router: KeyRouter | None = None
        self.router_wants: Callable[[QKeyEvent], bool] | None = None
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(lambda _text: self.done.emit())

    def set_names(self, names: list[str]) -> None:
        self._names.setStringList(sorted({n for n in names if n}, key=str.casefold))

    def names(self) -> list[str]:
        return self._names.stringList()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if self.router_wants and self.router_wants(event):  # type: ignore[arg-type]
                event.accept()
                return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        self.done.emit()  # Tab: back to the note field, not through the whole view
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.router and self.router(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            popup = self.completer().popup()
            if popup is not None and popup.isVisible():
                popup.hide()
            self.done.emit()
            return
        super().keyPressEvent(event)
