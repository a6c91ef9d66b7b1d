"""`PlenaryView`: the closing plenary's harvest, one section per perspective.

"Wat heeft het mij opgeleverd? Wat neem ik mee?" is asked per perspective;
the facilitator switches perspective with Ctrl+digit (or a click on a
section) and types, exactly as in live capture (the same capture bar).
Plenary notes have no table: their place is (plenary programme item,
plenary question).
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from facilitator.domain import Perspective, Question
from facilitator.errors import OogstError

from .capture.bar import CaptureBar
from .capture.common import combo_value
from .capture.note_tree import NoteTreeView
from .capture.tagbar import perspective_key
from .note_models import NoteTreeModel, tree_from_notes

NO_PERSPECTIVE = ""
CARD_MIN_WIDTH = 270


class PerspectiveSection(QFrame):
    """One perspective's plenary notes: a coloured header and an editable list."""

    clicked = Signal(object)  # perspective id or None

    def __init__(self, bridge, perspective: Perspective | None, loader_for,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.perspective_id = perspective.id if perspective else None
        self.setObjectName(f"section_{self.perspective_id or 'none'}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._colour = QColor(perspective.colour) if perspective else QColor("#999999")
        self.header = QLabel(self)
        self.header.setObjectName("sectionHeader")
        self.header.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.header.setFont(font)
        self._name = perspective.name if perspective else self.tr("No perspective")
        self._key = perspective_key(perspective) if perspective else None
        self.model = NoteTreeModel(bridge, self, movable=False)
        self.model.set_loader(loader_for(self.perspective_id))
        self.list = NoteTreeView(bridge, self.model, self, movable=False, inline_kind=True)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        for column in (NoteTreeModel.KIND, NoteTreeModel.PERSPECTIVE):
            self.list.setColumnHidden(column, True)
        self.list.setColumnHidden(NoteTreeModel.SPEAKER, True)
        self.list.header().resizeSection(NoteTreeModel.VOTES, 34)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.list.placeholder = self.tr("Nothing yet")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list)
        layout.addStretch(1)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._update_header)
        self.list.header().sectionResized.connect(lambda *_: self._schedule_fit())
        self.set_active(False)
        self._update_header()

    def _update_header(self, *_args) -> None:
        count = len(self.model.note_ids())
        key = f"Ctrl+{self._key}  " if self._key else ""
        self.header.setText(f"{key}{self._name}  ({count})")
        self._schedule_fit()

    def _schedule_fit(self) -> None:
        self._fit_timer.start()

    def _fit(self) -> None:
        """The list is as tall as its notes: the page scrolls, not each section."""
        if not self.list.isVisible() and not self.isVisible():
            return
        self.list.doItemsLayout()
        height = self.list.viewportSizeHint().height() if self.model.rowCount() else 40
        self.list.setFixedHeight(max(40, height + 4))

    def set_active(self, active: bool) -> None:
        self.active = active
        colour = self._colour.name()
        width = 3 if active else 1
        soft = QColor(self._colour)
        soft.setAlpha(28 if active else 0)
        self.setStyleSheet(
            f"#{self.objectName()} {{ border: {width}px solid "
            f"{colour if active else 'palette(mid)'};"
            f" border-top: 6px solid {colour}; border-radius: 6px;"
            f" background: rgba({soft.red()},{soft.green()},{soft.blue()},{soft.alpha()}); }}")

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit(self.perspective_id)
        super().mousePressEvent(event)


class PlenaryView(QWidget):
    """The plenary harvest per perspective, with the capture bar below."""

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plenaryView")
        self._bridge = bridge
        self.sections: dict[str | None, PerspectiveSection] = {}
        self._columns = 4

        self.item_label = QLabel(self.tr("P&lenary:"), self)
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("plenaryCombo")
        self.item_combo.setMinimumWidth(240)
        self.item_label.setBuddy(self.item_combo)
        self.question_label_caption = QLabel(self.tr("Q&uestion:"), self)
        self.question_combo = QComboBox(self)
        self.question_combo.setObjectName("plenaryQuestionCombo")
        self.question_combo.setMinimumWidth(280)
        self.question_label_caption.setBuddy(self.question_combo)
        self.question_label = QLabel(self)
        self.question_label.setObjectName("plenaryQuestion")
        self.question_label.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.question_label.setFont(big)
        self.empty_label = QLabel(self.tr(
            "The programme has no plenary part yet. Add a programme item of the kind "
            "'plenary' to harvest per perspective here."), self)
        self.empty_label.setObjectName("emptyPlenary")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)

        self.bar = CaptureBar(bridge, self, nesting=False)
        self.bar.chips.hide()  # the sections are the perspective chips here
        self.target_label = QLabel(self)
        self.target_label.setObjectName("plenaryTarget")
        self.bar.perspectiveChanged.connect(self._highlight)
        self.bar.noteAdded.connect(self._note_added)
        self.bar.listRequested.connect(self.focus_last_note)

        top = QHBoxLayout()
        top.addWidget(self.item_label)
        top.addWidget(self.item_combo)
        top.addSpacing(16)
        top.addWidget(self.question_label_caption)
        top.addWidget(self.question_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.question_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.target_label)
        layout.addWidget(self.bar)
        self.question_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Maximum)

        self.item_combo.currentIndexChanged.connect(self._item_changed)
        self.question_combo.currentIndexChanged.connect(self._question_changed)
        self.item_combo.activated.connect(lambda _i: self.bar.focus_entry())
        self.question_combo.activated.connect(lambda _i: self.bar.focus_entry())
        bridge.watch(self, self._on_changed)
        self.reload()

    # -- where we are -------------------------------------------------------------

    def current_item_id(self) -> str | None:
        return combo_value(self.item_combo) or None

    def current_question_id(self) -> str | None:
        return combo_value(self.question_combo) or None

    def place(self) -> dict[str, str | None] | None:
        item = self.current_item_id()
        if item is None:
            return None
        return {"table_id": None, "programme_item_id": item,
                "question_id": self.current_question_id()}

    def focus_last_note(self) -> None:
        """Up on the empty note field: into the current perspective's list."""
        section = self.sections.get(self.bar.perspective_id)
        newest = section.model.newest_id() if section else None
        if newest is not None:
            section.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            section.list.select_note(newest)

    def show_note(self, note_id: str) -> bool:
        """Show a plenary note (a search hit); False if it is not one of ours."""
        try:
            note = self._bridge.event.note(note_id)
        except OogstError:
            return False
        if note.table_id is not None or note.programme_item_id is None:
            return False
        index = self.item_combo.findData(note.programme_item_id)
        if index < 0:
            return False
        self.item_combo.setCurrentIndex(index)
        q_index = self.question_combo.findData(note.question_id or "")
        if q_index >= 0:
            self.question_combo.setCurrentIndex(q_index)
        section = self.sections.get(note.perspective_id)
        if section is None:
            return False
        self.bar.set_perspective(note.perspective_id)
        self.scroll.ensureWidgetVisible(section)
        section.list.setFocus()
        return section.list.select_note(note_id)

    # -- reading ------------------------------------------------------------------

    def _on_changed(self, changes) -> None:
        kinds = changes.kinds
        if "programme_item" in kinds or "question" in kinds:
            self.reload()
        elif "perspective" in kinds:
            self._build_sections()
        elif "note" in kinds and NO_PERSPECTIVE not in [
                s.perspective_id or "" for s in self.sections.values()]:
            # a note without perspective may need its own section now
            if any(n.perspective_id is None for n in self._notes()):
                self._build_sections()

    def reload(self) -> None:
        event = self._bridge.event
        keep = self.current_item_id()
        items = [p for p in event.programme() if p.kind == "plenary"]
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for item in items:
            title = item.title or self.tr("Plenary")
            if item.planned_start:
                title = f"{item.planned_start}  {title}"
            self.item_combo.addItem(title, item.id)
        index = self.item_combo.findData(keep) if keep else -1
        self.item_combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        self.item_combo.blockSignals(False)
        several = len(items) > 1
        self.item_label.setVisible(several)
        self.item_combo.setVisible(several)
        self.empty_label.setVisible(not items)
        self.scroll.setVisible(bool(items))
        self.bar.setVisible(bool(items))
        self.question_label.setVisible(bool(items))
        self._item_changed()

    def _item_changed(self, *_args) -> None:
        event = self._bridge.event
        questions = event.questions(kind="plenary")
        keep = combo_value(self.question_combo)
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for question in questions:
            text = question.text if len(question.text) <= 60 else question.text[:59] + "…"
            self.question_combo.addItem(text, question.id)
        self.question_combo.addItem(self.tr("(no question)"), "")
        index = self.question_combo.findData(self._default_question(questions, keep))
        self.question_combo.setCurrentIndex(max(0, index))
        self.question_combo.blockSignals(False)
        several = len(questions) > 1
        self.question_label_caption.setVisible(several)
        self.question_combo.setVisible(several)
        self._question_changed()

    def _default_question(self, questions: list[Question], keep: str | None) -> str:
        """The question the item's notes use, else the one kept, else by position."""
        item = self.current_item_id()
        if item is None or not questions:
            return ""
        used = Counter(n.question_id for n in self._bridge.event.notes(
            table_id=None, programme_item_id=item) if n.question_id)
        if used:
            return used.most_common(1)[0][0]
        ids = [q.id for q in questions]
        if keep in ids:
            return keep
        items = [self.item_combo.itemData(i) for i in range(self.item_combo.count())]
        position = items.index(item) if item in items else 0
        return ids[min(position, len(ids) - 1)]

    def _question_changed(self, *_args) -> None:
        question_id = self.current_question_id()
        text = ""
        if question_id:
            try:
                text = self._bridge.event.question(question_id).text
            except OogstError:
                text = ""
        if not text:
            text = self.item_combo.currentText() or self.tr("Plenary harvest")
        self.question_label.setText(text)
        self.bar.set_place(self.place())
        self._build_sections()
        self.bar.focus_entry()

    def _notes(self):
        place = self.place()
        if place is None:
            return []
        return self._bridge.event.notes(**place)

    def _loader_for(self, perspective_id: str | None):
        place = self.place()
        event = self._bridge.event

        def load():
            if place is None:
                return []
            return tree_from_notes(event.notes(**place, perspective_id=perspective_id))

        return load

    def _build_sections(self) -> None:
        for section in self.sections.values():
            self.grid.removeWidget(section)
            section.deleteLater()
        self.sections.clear()
        if self.place() is None:
            return
        perspectives: list[Perspective | None] = list(self._bridge.event.perspectives())
        if not perspectives or any(n.perspective_id is None for n in self._notes()):
            perspectives.append(None)
        for perspective in perspectives:
            section = PerspectiveSection(self._bridge, perspective, self._loader_for,
                                         self.grid_host)
            section.clicked.connect(self.bar.set_perspective)
            section.list.key_router = self.bar.handle_key
            section.list.key_router_wants = self.bar.is_capture_key
            section.list.escapePressed.connect(self.bar.focus_entry)
            section.list.type_into = self.bar.type_into
            self.sections[section.perspective_id] = section
        self._arrange()
        self._highlight(self.bar.perspective_id)

    def _arrange(self) -> None:
        columns = max(1, min(4, self.scroll.viewport().width() // CARD_MIN_WIDTH))
        self._columns = columns
        for i, section in enumerate(self.sections.values()):
            self.grid.addWidget(section, i // columns, i % columns)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = max(1, min(4, self.scroll.viewport().width() // CARD_MIN_WIDTH))
        if columns != self._columns:
            self._arrange()

    def _highlight(self, perspective_id: str | None) -> None:
        for pid, section in self.sections.items():
            section.set_active(pid == perspective_id)
        perspective = next((p for p in self._bridge.event.perspectives()
                            if p.id == perspective_id), None)
        if perspective is None:
            self.target_label.setText(self.tr("Next note: no perspective (Ctrl+digit or a "
                                              "click on a section chooses one)"))
            self.target_label.setStyleSheet("color: palette(placeholder-text);")
        else:
            self.target_label.setText(self.tr("Next note goes to: {perspective}").format(
                perspective=perspective.name))
            self.target_label.setStyleSheet(
                f"color: {perspective.colour}; font-weight: bold;"
                f" border-left: 6px solid {perspective.colour}; padding-left: 6px;")

    def _note_added(self, note_id: str) -> None:
        section = self.sections.get(self.bar.perspective_id)
        if section is not None:
            self.scroll.ensureWidgetVisible(section)
            index = section.model.index_of(note_id)
            if index.isValid():
                section.list.scrollTo(index)

    def focus_main_field(self) -> None:
        """Shown: the focus in the note field."""
        self.bar.focus_entry()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._arrange()
        if not event.spontaneous():
            self.focus_main_field()
