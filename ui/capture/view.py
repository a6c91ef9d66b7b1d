"""`CaptureView`: live capture per theme table and round — the heart of Oogst.

Top: the table and round, and the round question in large type. Then the
capture bar (tags + the note field that keeps focus), the notes of this
table and round as an editable tree, and the table's flip-chart photos.
Nothing here is modal; every write is one undo step through the bridge.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout, QWidget)

from facilitator.errors import OogstError

from .. import i18n
from ..note_models import NoteTreeModel
from ..photos import PhotoStrip, dropped_paths
from ..widgets import own_round_label, shorten
from .bar import CaptureBar
from .common import combo_value
from .note_tree import NoteTreeView

GENERAL = ""  # the round combo's data for "no round / general"
KEYPAD = Qt.KeyboardModifier.KeypadModifier
STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
             Qt.Key.Key_Home, Qt.Key.Key_End)


class CaptureView(QWidget):
    """Live capture: pick table and round, type, Enter, next note."""

    def __init__(self, bridge, parent: QWidget | None = None, *,
                 place: tuple[str, str | None] | None = None) -> None:
        """`place`: the (table id, round id, GENERAL or None) to start at (where the
        file was left); without a round (None), or without a place, the round of the
        table's newest note."""
        super().__init__(parent)
        self.setObjectName("captureView")
        self._bridge = bridge
        self._start = place
        self.setAcceptDrops(True)

        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("tableCombo")
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("roundCombo")
        for combo in (self.table_combo, self.round_combo):
            # As wide as there is room for (a long theme is cut, whole in the list
            # that opens): never wider than a laptop's window with the search open.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table_label = QLabel(self.tr("&Table:"), self)
        self.table_label.setBuddy(self.table_combo)
        self.round_label = QLabel(self.tr("&Round:"), self)
        self.round_label.setBuddy(self.round_combo)
        for combo in (self.table_combo, self.round_combo):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.banner = QFrame(self)
        self.banner.setObjectName("roundBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#roundBanner { background: palette(alternate-base);"
                                  " border-radius: 6px; }")
        self.round_caption = QLabel(self.banner)
        self.round_caption.setObjectName("roundCaption")
        self.round_caption.setStyleSheet("color: palette(placeholder-text); font-weight: bold;")
        self.question_label = QLabel(self.banner)
        self.question_label.setObjectName("roundQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setWeight(QFont.Weight.DemiBold)
        self.question_label.setFont(big)
        self.table_info = QLabel(self.banner)
        self.table_info.setObjectName("tableInfo")
        self.table_info.setWordWrap(True)
        self.table_info.setStyleSheet("color: palette(placeholder-text);")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 8, 12, 10)
        banner_layout.setSpacing(2)
        banner_layout.addWidget(self.round_caption)
        banner_layout.addWidget(self.question_label)
        banner_layout.addWidget(self.table_info)

        self.bar = CaptureBar(bridge, self)
        self.model = NoteTreeModel(bridge, self)
        self.tree = NoteTreeView(bridge, self.model, self)
        self.tree.key_router = self.bar.handle_key
        self.tree.key_router_wants = self.bar.is_capture_key
        self.tree.escapePressed.connect(self.bar.focus_entry)
        self.tree.type_into = self.bar.type_into
        self.tree.placeholder = self.tr("No notes in this round yet. Type in the field above "
                                        "and press Enter.")
        self.bar.noteAdded.connect(self._note_added)
        self.bar.roundStep.connect(self.step_round)
        self.bar.listRequested.connect(self.focus_last_note)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noteCount")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyCapture")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(self.tr("This event has no theme tables yet. Add them under "
                                         "Theme tables; then capture the harvest here."))
        self.empty_label.hide()
        self.photos = PhotoStrip(bridge, self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table_label)
        top.addWidget(self.table_combo, 3)
        top.addSpacing(16)
        top.addWidget(self.round_label)
        top.addWidget(self.round_combo, 2)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.photos)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.round_combo.currentIndexChanged.connect(self._round_changed)
        # A choice in the popup returns to the note field; Up/Down on the closed combo
        # (Alt+T, Down, Down) steps through the tables and keeps the focus there;
        # Enter or Esc then returns to the note field.
        self._stepping = False
        for combo in (self.table_combo, self.round_combo):
            combo.activated.connect(self._combo_activated)
            combo.installEventFilter(self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        bridge.watch(self, self._on_changed)
        self.reload_tables()

    # -- where we are -------------------------------------------------------------

    def current_table_id(self) -> str | None:
        value = combo_value(self.table_combo)
        return value or None

    def current_question_id(self) -> str | None:
        value = combo_value(self.round_combo)
        return value or None

    def place(self) -> dict[str, str | None] | None:
        table_id = self.current_table_id()
        if table_id is None:
            return None
        return {"table_id": table_id, "question_id": self.current_question_id()}

    def select_table(self, table_id: str) -> bool:
        index = self.table_combo.findData(table_id)
        if index < 0:
            return False
        self.table_combo.setCurrentIndex(index)
        return True

    def select_round(self, question_id: str | None) -> bool:
        index = self.round_combo.findData(question_id or GENERAL)
        if index < 0 and question_id:
            index = self._add_other_question(question_id)
        if index < 0:
            return False
        self.round_combo.setCurrentIndex(index)
        return True

    def step_round(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next / previous round."""
        index = self.round_combo.currentIndex() + step
        if 0 <= index < self.round_combo.count():
            self.round_combo.setCurrentIndex(index)
        self.bar.focus_entry()

    def focus_last_note(self) -> None:
        """Up on the empty note field: into the list, on the newest note."""
        newest = self.model.newest_id()
        if newest is None:
            return
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.tree.select_note(newest)

    def show_note(self, note_id: str) -> bool:
        """Show a note (a search hit): its table and round, selected. False if it is
        not a table note (plenary notes live in the plenary view)."""
        try:
            note = self._bridge.event.note(note_id)
        except OogstError as exc:
            self._bridge.statusMessage.emit(i18n.core_error(exc))
            return False
        if note.table_id is None or not self.select_table(note.table_id):
            return False
        self.select_round(note.question_id)
        found = self.tree.select_note(note_id)
        if found:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    # -- reading ------------------------------------------------------------------

    def _on_changed(self, changes) -> None:
        kinds = changes.kinds
        if "theme_table" in kinds:
            self.reload_tables()
        elif "question" in kinds:
            self._reload_rounds()
        elif "participant" in kinds:
            self._update_banner()

    def reload_tables(self) -> None:
        """Fill the table list, keeping the current table when it still exists."""
        keep = self.current_table_id() or (self._start[0] if self._start else None)
        tables = self._bridge.event.tables()
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in tables:
            theme = table.theme if len(table.theme) <= 70 else table.theme[:69].rstrip() + "…"
            self.table_combo.addItem(self.tr("Table {number}: {theme}").format(
                number=table.number, theme=theme), table.id)
            self.table_combo.setItemData(self.table_combo.count() - 1, table.theme,
                                         Qt.ItemDataRole.ToolTipRole)
        index = self.table_combo.findData(keep) if keep else -1
        self.table_combo.setCurrentIndex(index if index >= 0 else (0 if tables else -1))
        self.table_combo.blockSignals(False)
        has_tables = bool(tables)
        for widget in (self.bar, self.tree, self.photos, self.banner, self.round_combo):
            widget.setVisible(has_tables)
        self.empty_label.setVisible(not has_tables)
        if self.current_table_id() != keep or not has_tables or not self.round_combo.count():
            self._table_changed()  # also the first time (the start's table is `keep`)

    def _table_changed(self, *_args) -> None:
        self._reload_rounds()

    def _reload_rounds(self) -> None:
        keep_id = combo_value(self.round_combo)
        keep_index = self.round_combo.currentIndex()
        table_id = self.current_table_id()
        rounds = self._bridge.event.round_questions(table_id) if table_id else []
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for number, question in enumerate(rounds, start=1):
            self.round_combo.addItem(self._round_title(question, number), question.id)
        self.round_combo.addItem(self.tr("General (no round)"), GENERAL)
        start, self._start = self._start, None
        if keep_id is None and start and start[0] == table_id and start[1] is not None:
            # Opening a file: where it was left (only that round is read)
            keep_id = start[1]
            if self.round_combo.findData(keep_id) < 0 and start[1]:
                self._add_other_question(start[1])
        if keep_id is None and table_id:
            # First look at a table (opening a file): continue where the
            # harvest stopped, in the round of the table's newest note.
            notes = self._bridge.event.notes(table_id=table_id)
            if notes:
                newest = max(notes, key=lambda n: n.created_at)
                keep_id = newest.question_id or GENERAL
        index = self.round_combo.findData(keep_id) if keep_id is not None else -1
        if index < 0:
            index = keep_index if 0 <= keep_index < len(rounds) else 0
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self._round_changed()

    def _round_title(self, question, number: int) -> str:
        label = question.label or str(number)
        text = shorten(question.text, 40)
        own = own_round_label(question.label)
        if own:  # the user's own words ("Vraag 2:"), then the question
            return f"{own} {text}"
        if question.minutes:
            return self.tr("Round {label}: {text} ({minutes} min)").format(
                label=label, text=text, minutes=question.minutes)
        return self.tr("Round {label}: {text}").format(label=label, text=text)

    def _add_other_question(self, question_id: str) -> int:
        try:
            question = self._bridge.event.question(question_id)
        except OogstError:
            return -1
        self.round_combo.addItem(self.tr("Question {label}: {text}").format(
            label=question.label, text=question.text[:48]), question.id)
        return self.round_combo.count() - 1

    def _combo_activated(self, _index: int) -> None:
        if not self._stepping:
            self.bar.focus_entry()

    def _combo_has_focus(self) -> bool:
        return self.table_combo.hasFocus() or self.round_combo.hasFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched in (self.table_combo, self.round_combo) and \
                event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~KEYPAD:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.bar.focus_entry()
                return True
            if key in STEP_KEYS:
                self._stepping = True
                try:
                    watched.keyPressEvent(event)
                finally:
                    self._stepping = False
                return True
        return super().eventFilter(watched, event)

    def _round_changed(self, *_args) -> None:
        place = self.place()
        event = self._bridge.event
        if place is None:
            self.model.set_loader(None)
        else:
            table_id, question_id = place["table_id"], place["question_id"]
            self.model.set_loader(
                lambda: event.note_tree(table_id=table_id, question_id=question_id),
                place={"table_id": table_id, "question_id": question_id,
                       "programme_item_id": None})
        self.bar.set_place(place, self.model)
        self.photos.set_place(self.current_table_id(), self.current_question_id())
        self._update_banner()
        self._update_count()
        if not self._combo_has_focus():
            self.bar.focus_entry()

    def _update_banner(self) -> None:
        event = self._bridge.event
        table_id, question_id = self.current_table_id(), self.current_question_id()
        if table_id is None:
            return
        if question_id:
            try:
                question = event.question(question_id)
            except OogstError:
                question = None
        else:
            question = None
        if question is not None:
            index = self.round_combo.currentIndex() + 1
            caption = (own_round_label(question.label)
                       or self.tr("Round {label}").format(label=question.label or index))
            if question.minutes:
                caption += " · " + self.tr("{minutes} minutes").format(minutes=question.minutes)
            self.round_caption.setText(caption)
            self.question_label.setText(question.text)
        else:
            self.round_caption.setText(self.tr("General"))
            self.question_label.setText(self.tr("Notes of this table outside the rounds"))
        try:
            table = event.table(table_id)
        except OogstError:
            self.table_info.setText("")
            return
        parts = []
        if table.pitch:
            parts.append(self.tr("Pitch: {pitch}").format(pitch=table.pitch))
        for person_id, text in ((table.host_id, self.tr("Host: {name}")),
                                (table.note_taker_id, self.tr("Notes: {name}"))):
            if person_id:
                try:
                    parts.append(text.format(name=event.participant(person_id).name))
                except OogstError:
                    pass
        self.table_info.setText("  ·  ".join(parts))
        self.table_info.setVisible(bool(parts))

    def _update_count(self, *_args) -> None:
        count = self.model.note_count()
        if self.current_question_id():
            text = (self.tr("1 note in this round") if count == 1 else
                    self.tr("{count} notes in this round").format(count=count))
        else:
            text = (self.tr("1 general note") if count == 1 else
                    self.tr("{count} general notes").format(count=count))
        self.count_label.setText(text)

    def _note_added(self, note_id: str) -> None:
        pass  # the tree scrolls to inserted rows itself

    # -- focus and drops ------------------------------------------------------------

    def focus_main_field(self) -> None:
        """Shown: the focus in the note field (the table list when there are no tables)."""
        if self.bar.isVisibleTo(self):
            self.bar.focus_entry()
        else:
            self.table_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.bar.handle_key(event):
            return
        if event.key() == Qt.Key.Key_Escape:
            self.bar.focus_entry()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.photos.add_paths(paths)
        self.bar.focus_entry()
