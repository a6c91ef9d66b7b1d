"""`ReviewView`: the follow-up meeting reviews the actions carried in, on one page,
fast by keyboard.

Left the carried actions; right the chosen one: what was agreed, by whom and
where, what happened at earlier meetings; then its status, a note on what
happened since and a new due date. Enter saves the three as ONE core operation
(`EventFile.review_action`, one undo step) and goes on to the next action with
the cursor in its note. Ctrl+1..4 choose the status; Up and Down in the note go
to the previous and next action. The page follows the core's change notices
(undo and redo included).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from facilitator.domain import ACTION_STATUSES, Action
from facilitator.transactions import ChangeKind, Changes
from facilitator.words import long_date

from . import i18n
from .bridge import EventBridge
from .widgets import DateEdit, shorten


class ReviewView(QWidget):
    """The carried actions and their review (status, what happened since, new date)."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.actions: list[Action] = []
        intro = QLabel(self.tr("The actions carried in from the previous meeting. Choose the "
                               "status (Ctrl+1 to Ctrl+4), write what happened since and "
                               "press Enter: it is saved and the next action follows."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No actions were carried into this meeting. A follow-up "
                                    "meeting made with File > New follow-up meeting brings "
                                    "the open actions of the earlier one."))
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # where one action ends and the next begins
        self.list.currentRowChanged.connect(self._row_changed)
        self._shown = -1  # the row whose review the fields show
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.agreed = QLabel()
        self.agreed.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.status = QComboBox()
        self.status.setObjectName("reviewStatus")
        for value in ACTION_STATUSES:
            self.status.addItem(i18n.core_word(f"status.{value}"), value)
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("What happened since the previous meeting?"))
        self.note.returnPressed.connect(self.save_and_next)
        self.note.installEventFilter(self)
        self.due = DateEdit(self, display_format="d MMM yyyy")
        self.due.setObjectName("reviewDue")
        self.save_button = QPushButton(self.tr("Save and &next"))
        self.save_button.clicked.connect(self.save_and_next)
        for field in (self.status, self.due):
            field.installEventFilter(self)
        form = QFormLayout()
        form.addRow(self.tr("Agreed:"), self.agreed)
        form.addRow(self.tr("Earlier:"), self.history)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("What happened &since"), self.note)
        form.addRow(self.tr("New &due date"), self.due)
        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.addWidget(self.what)
        right.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)
        right.addStretch(1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        for n, value in enumerate(ACTION_STATUSES, 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda v=value: self.choose_status(v))
        bridge.watch(self, self._on_changes)
        self.reload()

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the carried actions again, keeping the chosen one."""
        current = self.current_id()
        self.actions = self.bridge.event.carried_actions()
        self.list.blockSignals(True)
        self.list.clear()
        for a in self.actions:
            item = QListWidgetItem(f"{shorten(a.what, 90)}\n{a.owner} · "
                                   f"{i18n.core_word('status.' + a.status)}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.actions)
        self.editor.setEnabled(bool(self.actions))
        ids = [a.id for a in self.actions]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(row)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _row_changed(self, row: int) -> None:
        """Going to another action keeps what was written for the one before."""
        if self._shown != row:
            self.save(self._shown)
        self._show(row)

    def _show(self, row: int) -> None:
        self._shown = row
        if not 0 <= row < len(self.actions):
            for label in (self.what, self.agreed, self.history):
                label.clear()
            self.note.clear()
            return
        a = self.actions[row]
        lang = i18n.current_language()
        first = a.history[0] if a.history else {}
        last = a.history[-1] if a.history else {}
        self.what.setText(a.what)
        agreed = [", ".join(x for x in (first.get("meeting", ""),
                                        long_date(first.get("date"), lang)) if x), a.owner]
        if last.get("due_date"):
            agreed.append(self.tr("by %1").replace("%1", long_date(last["due_date"], lang)))
        self.agreed.setText(" · ".join(x for x in agreed if x))
        earlier = [f"{long_date(e.get('date'), lang) or e.get('meeting', '')}: "
                   f"{i18n.core_word('status.' + e.get('status', 'open'))}"
                   + (f" – {e['note']}" if e.get("note") else "") for e in a.history]
        self.history.setText("\n".join(earlier))
        self.status.setCurrentIndex(max(0, self.status.findData(a.status)))
        self.note.setText(a.review_note)
        self.due.show_value(a.due_date)

    def _on_changes(self, changes: Changes) -> None:
        if ChangeKind.ACTION in changes.kinds:
            self.reload()

    # -- writing ------------------------------------------------------------------------

    def choose_status(self, value: str) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(value)))

    def save(self, row: int | None = None) -> bool:
        """Save the review shown (of `row`, default the chosen action) as one operation,
        only what changed; nothing when the event is closed."""
        row = self._shown if row is None else row
        if not 0 <= row < len(self.actions) or self.bridge.event.closed:
            return False
        a = self.actions[row]
        values = {"status": self.status.currentData(), "review_note": self.note.text(),
                  "due_date": self.due.value()}
        changed = {k: v for k, v in values.items() if v != getattr(a, k)}
        if changed:
            with self.bridge.event.initiated_by(self):
                self.bridge.run(self.bridge.event.review_action, a.id, **changed)
        return True

    def save_and_next(self) -> None:
        if self.save():
            self.move(1)

    def move(self, step: int) -> None:
        row = self.list.currentRow() + step
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self.note.setFocus()
        self.note.selectAll()

    def focus_main_field(self) -> None:
        """Shown: the focus in the note of the current action (Ctrl+1..4 set its status,
        Up/Down walk the actions), or the list when there is nothing to review."""
        (self.note if self.list.count() else self.list).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt name
        self.save()  # leaving the page keeps what was written
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is not self.note:
                self.save_and_next()
                return True
            if watched is self.note and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if key == Qt.Key.Key_Up else 1)  # the row change saves
                return True
        return super().eventFilter(watched, event)
