"""`NoteDelegate`: how a note is drawn in the note lists and which editor it gets.

The perspective's colour stripe, the kind badge (in its column, or inside the
text for the narrow plenary lists), the ⇄ mark of a note a merge kept another
version of, wrapped heights measured as Qt's item views wrap (cached per text,
font and width), the words a note emphasises (`**...**`) in bold, and an editor
per column (text, kind, perspective, votes).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (QAbstractItemDelegate, QComboBox, QCompleter, QLineEdit,
                               QApplication, QPlainTextEdit, QSpinBox, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget)

from facilitator.domain import NOTE_KINDS

from ..emphasis_layout import draw_layout, has_emphasis, layout_height, note_layout
from ..note_models import NoteTreeModel
from ..theme import spin_box
from .common import KIND_COLOURS, kind_label

STRIPE = 5
CONFLICT_MARK = "⇄"  # before the text of a note a merge kept another version of
CONFLICT_COLOUR = "#d9480f"


class NoteTextEditor(QPlainTextEdit):
    """A note's text edited in its list: all of it, wrapped, with the cursor at its
    end and nothing selected (a key typed adds to the note, never replaces it).
    Enter saves, Shift+Enter starts a new line, Esc cancels (the delegate)."""

    LINES = 4  # the least it shows, however short the note's row

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteTextEditor")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.loaded = False  # the note's text is in

    def set_text(self, text: str) -> None:
        self.loaded = True
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.ensureCursorVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # as in the note field
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.done.emit()
            return
        super().keyPressEvent(event)


class NoteDelegate(QStyledItemDelegate):
    """Perspective colour stripe, kind badge, and the right editor per column."""

    def __init__(self, parent=None, *, inline_kind: bool = False) -> None:
        super().__init__(parent)
        self.inline_kind = inline_kind  # badge inside the text cell (narrow plenary lists)
        self._heights: dict[tuple, int] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        column = index.column()
        if column not in (NoteTreeModel.TEXT, NoteTreeModel.KIND):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget)
        model: NoteTreeModel = index.model()  # type: ignore[assignment]
        note = model.note_at(index)  # straight from Python: see common.combo_value
        kind = note.kind if note else None
        painter.save()
        if column == NoteTreeModel.KIND:
            if kind and kind != "point":  # a plain point needs no badge: calmer list
                self._badge(painter, option, kind, option.rect.left() + 4)
            painter.restore()
            return
        perspective = model.perspective(note.perspective_id) if note else None
        if perspective is not None:
            # A segfault once seen here was the tests' garbage collector deleting the
            # view under its own paint (see widgets_deleted_by_qt in tests/ui/conftest.py).
            stripe = QRect(option.rect.left(), option.rect.top() + 2, STRIPE,
                           option.rect.height() - 4)
            colour = QColor(perspective.colour)
            painter.fillRect(stripe, colour)
        if self.inline_kind and kind and kind != "point":
            self._badge(painter, option, kind, option.rect.left() + STRIPE + 4)
        conflict = note is not None and model.conflicts.has(note.id)
        if conflict:  # another version kept by a merge: a mark before the text
            self._pill(painter, option, CONFLICT_MARK, QColor(CONFLICT_COLOUR),
                       option.rect.left() + self.text_offset(option.font, note), strong=True)
        offset = self.text_offset(option.font, note, conflict) if note else STRIPE + 4
        painter.restore()
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(offset, 0, 0, 0)
        if note is not None and has_emphasis(note.text):
            self._paint_emphasis(painter, text_option, index, note.text)
        else:
            super().paint(painter, text_option, index)

    def _paint_emphasis(self, painter: QPainter, option: QStyleOptionViewItem,
                        index: QModelIndex, text: str) -> None:
        """The cell as Qt draws it (selection, focus), but its text laid out here,
        its emphasised words bold, where and how Qt would put the text."""
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        widget = cell.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
        area = area.adjusted(margin, 0, -margin, 0)
        layout = note_layout(text, cell.font, area.width())
        height = layout_height(layout)
        top = area.top() + max(0, (area.height() - height) // 2)  # as Qt: centred
        palette = cell.palette
        group = (QPalette.ColorGroup.Disabled if not cell.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Active if cell.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = (QPalette.ColorRole.HighlightedText
                if cell.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(QColor(palette.color(group, role)))
        draw_layout(painter, layout, area.left(), top)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """Long notes wrap: the text column is as tall as its wrapped text.

        Cached per note text and width, and other columns are one line. Asked for
        the rows on screen only (the view scrolls per item; test_note_tree)."""
        view = self.parent()
        metrics = QFontMetrics(option.font)
        line = metrics.height() + 8
        if index.column() != NoteTreeModel.TEXT or not isinstance(view, QTreeView):
            return QSize(40, line)
        note = index.model().note_at(index)
        if note is None:
            return QSize(40, line)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if view.rootIsDecorated() else 0)
        # The width the style wraps the text in when it paints the cell (paint():
        # the cell, less the stripe and badge, less the style's text margins).
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width = (view.columnWidth(NoteTreeModel.TEXT) - view.indentation() * levels
                 - self.text_offset(option.font, note, index.model().conflicts.has(note.id))
                 - 2 * margin)
        key = (note.text, note.key_point, width, option.font.key())
        cached = self._heights.get(key)
        if cached is None:
            if width < 20:
                cached = line
            else:
                font = option.font
                if note.key_point:
                    font = QFont(font)
                    font.setBold(True)
                cached = max(line, layout_height(note_layout(note.text, font, width)) + 8)
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = cached
        return QSize(max(40, width), cached)

    def text_offset(self, font: QFont, note, conflict: bool = False) -> int:
        """Where the note's text starts in its cell: after the stripe, in the
        narrow plenary lists the kind badge, and the mark of another version
        (`conflict`), as paint() draws them."""
        offset = STRIPE + 4
        if self.inline_kind and note.kind and note.kind != "point":
            offset += self._badge_width(font, kind_label(note.kind)) + 4
        if conflict:
            offset += self._badge_width(font, CONFLICT_MARK) + 4
        return offset

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)  # a copy: the option's own font stays for the text
        small.setPointSizeF(font.pointSizeF() * 0.85)
        return small

    @classmethod
    def _badge_width(cls, font: QFont, text: str) -> int:
        return QFontMetrics(cls._badge_font(font)).horizontalAdvance(text) + 12

    @classmethod
    def _badge(cls, painter: QPainter, option: QStyleOptionViewItem, kind: str,
               left: int) -> int:
        return cls._pill(painter, option, kind_label(kind),
                         QColor(KIND_COLOURS.get(kind, "#888888")), left)

    @classmethod
    def _pill(cls, painter: QPainter, option: QStyleOptionViewItem, text: str,
              colour: QColor, left: int, *, strong: bool = False) -> int:
        """A rounded label at `left`, outlined in `colour`; strong: filled with it, in
        white (seen on a selected row too)."""
        painter.setFont(cls._badge_font(option.font))
        metrics = painter.fontMetrics()
        width = cls._badge_width(option.font, text)
        height = metrics.height() + 2
        rect = QRectF(left, option.rect.center().y() - height / 2 + 1, width, height)
        fill = QColor(colour)
        if not strong:
            fill.setAlpha(45)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        # A copy held in a name: `palette.color()` answers a reference into the
        # palette, and `option.palette` is a temporary copy (freed at once).
        palette = option.palette
        ink = QColor("white") if strong else QColor(palette.color(palette.ColorRole.Text))
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        model: NoteTreeModel = index.model()  # type: ignore[assignment]
        column = index.column()
        if column == NoteTreeModel.KIND:
            combo = QComboBox(parent)
            for kind in NOTE_KINDS:
                combo.addItem(kind_label(kind), kind)
            return combo
        if column == NoteTreeModel.PERSPECTIVE:
            combo = QComboBox(parent)
            combo.addItem("—", "")
            for perspective in model.perspectives():
                combo.addItem(perspective.name, perspective.id)
            return combo
        if column == NoteTreeModel.VOTES:
            spin = spin_box(QSpinBox(parent))
            spin.setRange(0, 999)
            return spin
        if column == NoteTreeModel.TEXT:
            text_editor = NoteTextEditor(parent)
            text_editor.done.connect(lambda: self._finish(text_editor))
            return text_editor
        editor = QLineEdit(parent)
        if column == NoteTreeModel.SPEAKER:
            completer = QCompleter(sorted({p.name for p in model.participants() if p.name},
                                          key=str.casefold), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        """A note's text editor covers its cell, at least `NoteTextEditor.LINES` high,
        and only what the list shows of it: a row taller than the list, or half
        scrolled out of it, still gets an editor in sight."""
        if not isinstance(editor, NoteTextEditor):
            super().updateEditorGeometry(editor, option, index)
            return
        area = editor.parentWidget().rect()
        cell = option.rect
        frame = 2 * (editor.frameWidth() + int(editor.document().documentMargin()))
        least = min(NoteTextEditor.LINES * QFontMetrics(editor.font()).lineSpacing() + frame,
                    area.height())
        top = max(cell.top(), area.top())
        bottom = min(max(cell.bottom(), top + least), area.bottom())
        top = max(area.top(), min(top, bottom - least))  # near the bottom: grow upwards
        editor.setGeometry(QRect(cell.left(), top, cell.width(), bottom - top + 1))

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, NoteTextEditor):
            if not editor.loaded:  # once: a change of the row must not undo the typing
                editor.set_text(str(value or ""))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, NoteTextEditor):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
