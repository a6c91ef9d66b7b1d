"""`CaptureBar`: tags of the next note, the note field, and what Enter does.

The perspective STAYS after a note is saved, so a run of notes from one
perspective needs only text and Enter. The kind and the speaker are reset
after each saved note (the kind back to a plain point, the speaker field
emptied), so a later, unrelated note is never credited to the last speaker,
unless they are pinned: the "Keep" toggles next to them (Alt+Shift+K for the
kind, Alt+Shift+S for the speaker) keep them for the next notes too.
Alt+Shift+P opens the menu of all perspectives (also those without a
Ctrl+digit key: an 11th perspective is picked there by its letter).

Nesting works like
an outliner: Tab puts the next note under the previous one, Shift+Tab goes
back up a level; the level also stays until changed.

The owner (CaptureView, PlenaryView) sets the place (`set_place`) and can
route keys from its other widgets through `handle_key`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from facilitator.domain import Perspective
from facilitator.emphasis import plain
from facilitator.errors import OogstError

from ..note_models import NoteTreeModel, resolve_speaker
from ..widgets import shorten
from .common import (DEFAULT_KIND, KEEP_KIND_KEY, KEEP_SPEAKER_KEY, PERSPECTIVE_MENU_KEY,
                     SPEAKER_KEY, alt_shift_key, kind_for_key, kind_label, perspective_digit)
from .entry import NoteEntry, SpeakerField
from .flow import FlowLayout, flow_policy
from .tagbar import KindToggles, PerspectiveChips, menu_keys, perspective_key

SAVED_TICK_MS = 1600
DRAFT_DELAY_MS = 600  # typed text is kept as a draft this long after the last key


class CaptureBar(QWidget):
    """Chips, kind toggles, speaker field and the note field, with their keys."""

    noteAdded = Signal(str)  # the new note's id
    draftPending = Signal()  # typed text not kept yet (the draft follows shortly)
    perspectiveChanged = Signal(object)  # id or None
    roundStep = Signal(int)  # Ctrl+PgDown (+1) / Ctrl+PgUp (-1)
    listRequested = Signal()  # Up on the empty note field: to the notes

    def __init__(self, bridge, parent: QWidget | None = None, *, nesting: bool = True) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._nesting = nesting
        self.place: dict[str, str | None] | None = None
        self.model: NoteTreeModel | None = None  # the notes of the place, for nesting
        self.perspective_id: str | None = None
        self.kind = DEFAULT_KIND
        self.parent_id: str | None = None  # the next note goes under this one
        self.last_id: str | None = None  # the previous note at the current level
        self._perspectives: list[Perspective] = []

        self.chips = PerspectiveChips(self)
        self.chips.picked.connect(self.set_perspective)
        self.chips.menuRequested.connect(self.open_perspective_menu)
        self.perspective_menu = QMenu(self)
        self.perspective_menu.setObjectName("perspectiveMenu")
        self.kinds = KindToggles(self)
        self.kinds.picked.connect(self.toggle_kind)
        self.speaker_label = QLabel(self.tr("Speaker/party:"), self)
        self.speaker = SpeakerField(self)
        self.speaker.setPlaceholderText(self.tr("participant or e.g. Zorgverzekeraar"))
        self.speaker.setMinimumWidth(220)
        self.speaker.done.connect(self._speaker_done)
        self.speaker.editingFinished.connect(self._apply_speaker)
        self._applied_speaker = ""
        self.speaker_label.setBuddy(self.speaker)
        # Pins: without them the kind and the speaker are reset after each note.
        self.keep_kind = self._pin_button("keepKind", self.tr(
            "Keep the kind for the next notes too (Alt+Shift+K). When off, the kind "
            "goes back to {point} after each note.").format(point=kind_label(DEFAULT_KIND)))
        self.keep_speaker = self._pin_button("keepSpeaker", self.tr(
            "Keep the speaker for the next notes too (Alt+Shift+S). When off, the "
            "speaker field is emptied after each note."))
        self.nesting_label = QLabel(self)
        self.nesting_label.setObjectName("nestingLabel")
        self.nesting_label.setStyleSheet("color: palette(placeholder-text);")
        self.entry = NoteEntry(self)
        self.entry.submitted.connect(self.submit)
        self.entry.nestRequested.connect(self.nest)
        self.entry.unnestRequested.connect(self.unnest)
        self.entry.undoRequested.connect(bridge.undo)
        self.entry.redoRequested.connect(bridge.redo)
        self.entry.listRequested.connect(self.listRequested)
        # Text typed but not yet saved as a note is kept in the file as the place's
        # draft (`EventFile.save_draft`): closing, switching or a crash loses nothing.
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._kept_text = ""  # what the file holds as this place's draft
        self.entry.textChanged.connect(self._typed)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedTick")
        self.saved_label.setMinimumWidth(110)
        self.saved_label.setStyleSheet("color: #2e9d5b; font-weight: bold;")
        self._saved_timer = QTimer(self, singleShot=True, interval=SAVED_TICK_MS)
        self._saved_timer.timeout.connect(lambda: self.saved_label.setText(""))
        # The nesting is checked once the change has reached the notes list too
        # (the list may hear of it after this bar does).
        self._nesting_timer = QTimer(self, singleShot=True, interval=0)
        self._nesting_timer.timeout.connect(self._check_nesting)
        self.hint = QLabel(self)
        self.hint.setObjectName("captureHint")
        self.hint.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
        self.hint.setWordWrap(True)
        for widget in (self.entry, self.speaker):
            widget.router = self.handle_key
            widget.router_wants = self.is_capture_key

        # The kinds, then the speaker: on one line, or the speaker on the next
        # when the window is narrow (a laptop screen), never wider than it.
        tags = QWidget(self)
        tags.setSizePolicy(flow_policy())
        tag_flow = FlowLayout(tags, spacing=12)
        for group in ((self.kinds, self.keep_kind),
                      (self.speaker_label, self.speaker, self.keep_speaker)):
            box = QWidget(tags)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in group:
                row.addWidget(widget)
            tag_flow.addWidget(box)
        field = QHBoxLayout()
        field.setContentsMargins(0, 0, 0, 0)
        field.addWidget(self.entry, 1)
        field.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(tags)
        layout.addWidget(self.nesting_label)
        layout.addLayout(field)
        layout.addWidget(self.hint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.reload_perspectives()
        self.reload_participants()
        self._update_entry_hints()
        bridge.watch(self, self._on_changed)

    def _pin_button(self, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(self.tr("Keep"))
        button.setCheckable(True)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 2px 6px; background: palette(base); }"
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")
        return button

    # -- what the file says -------------------------------------------------------

    def _on_changed(self, changes) -> None:
        if "perspective" in changes.kinds:
            self.reload_perspectives()
        if "participant" in changes.kinds:
            self.reload_participants()
        if "note" in changes.kinds and self.model is not None:
            self._nesting_timer.start()

    def _check_nesting(self) -> None:
        """Undo or a deletion may have taken away the note we were nesting under."""
        if self.model is None:
            return
        if self.parent_id and not self.model.contains(self.parent_id):
            self.parent_id = None
            self.last_id = self.model.last_top_level_id()
        elif self.last_id and not self.model.contains(self.last_id):
            self.last_id = self.model.last_child_id(self.parent_id)
        self._update_nesting_label()

    def reload_perspectives(self) -> None:
        self._perspectives = self._bridge.event.perspectives()
        self.chips.set_perspectives(self._perspectives)
        if self.perspective_id not in {p.id for p in self._perspectives}:
            self.set_perspective(None, focus=False)
        else:
            self.chips.set_current(self.perspective_id)

    def reload_participants(self) -> None:
        self._participants = self._bridge.event.participants()
        self.speaker.set_names([p.name for p in self._participants])

    # -- the place ----------------------------------------------------------------

    def set_place(self, place: dict[str, str | None] | None,
                  model: NoteTreeModel | None = None) -> None:
        """Where the next notes go; None disables the field (nothing to capture to).

        The text in the field is kept as the old place's draft first, and the
        new place's draft (if any) comes into the field."""
        if place != self.place:
            self.keep_draft()
            draft = self._bridge.event.draft(**place) if place is not None else ""
            self._kept_text = draft
            self.entry.blockSignals(True)
            self.entry.setPlainText(draft)
            self.entry.blockSignals(False)
            self.entry.moveCursor(QTextCursor.MoveOperation.End)
        self.place = place
        self.model = model
        self.parent_id = None
        self.last_id = model.last_top_level_id() if model is not None else None
        self.entry.setEnabled(place is not None)
        self._update_nesting_label()

    # -- the draft --------------------------------------------------------------

    def _typed(self) -> None:
        if self.place is not None and self.entry.toPlainText() != self._kept_text:
            self._draft_timer.start()
            self.draftPending.emit()

    def keep_draft(self) -> None:
        """Keep the field's text as this place's draft now (when it changed)."""
        self._draft_timer.stop()
        text = self.entry.toPlainText()
        event = self._bridge.event
        if self.place is None or text == self._kept_text or event.closed or event.readonly:
            return  # (a closed file: its window kept the draft before it closed)
        # A refusal (a full disk) is said by the bridge; the next key tries again.
        self._bridge.run(self._bridge.event.save_draft, text=text, **self.place)
        self._kept_text = text

    @property
    def draft_pending(self) -> bool:
        """True while typed text is not yet kept in the file."""
        return self._draft_timer.isActive()

    # -- keys -------------------------------------------------------------------

    def is_capture_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if perspective_digit(key, mods) is not None or kind_for_key(key, mods) is not None:
            return True
        if mods == Qt.KeyboardModifier.AltModifier and key == SPEAKER_KEY:
            return True
        if alt_shift_key(key, mods) in (KEEP_KIND_KEY, KEEP_SPEAKER_KEY, PERSPECTIVE_MENU_KEY):
            return True
        return (mods == Qt.KeyboardModifier.ControlModifier
                and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a capture key from any widget of the view; True when it was one."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        key, mods = event.key(), event.modifiers()
        digit = perspective_digit(key, mods)
        if digit is not None:
            self.toggle_perspective_key(digit)
            return True
        kind = kind_for_key(key, mods)
        if kind is not None:
            self.toggle_kind(kind)
            return True
        if mods == Qt.KeyboardModifier.AltModifier and key == SPEAKER_KEY:
            self.speaker.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.speaker.selectAll()
            return True
        shifted = alt_shift_key(key, mods)
        if shifted == KEEP_KIND_KEY:
            self.keep_kind.toggle()
            return True
        if shifted == KEEP_SPEAKER_KEY:
            self.keep_speaker.toggle()
            return True
        if shifted == PERSPECTIVE_MENU_KEY:
            self.open_perspective_menu()
            return True
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_PageDown:
            self.roundStep.emit(1)
            return True
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_PageUp:
            self.roundStep.emit(-1)
            return True
        return False

    # -- tags ---------------------------------------------------------------------

    def toggle_perspective_key(self, digit: str) -> None:
        """Ctrl+digit: pick the perspective with that shortcut; again: clear it."""
        for perspective in self._perspectives:
            if perspective_key(perspective) == digit:
                self.set_perspective(None if perspective.id == self.perspective_id
                                     else perspective.id)
                return
        self._bridge.statusMessage.emit(
            self.tr("No perspective has the shortcut Ctrl+{key}.").format(key=digit))

    def open_perspective_menu(self) -> QMenu | None:
        """Alt+Shift+P or the "…" chip: every perspective, picked by its digit or
        letter (or arrows and Enter); picking the current one clears it."""
        if not self._perspectives:
            self._bridge.statusMessage.emit(self.tr("This meeting has no perspectives yet."))
            return None
        menu = self.perspective_menu
        menu.clear()
        keys = menu_keys(self._perspectives)
        for perspective in self._perspectives:
            name = perspective.name.replace("&", "&&")
            key = keys.get(perspective.id)
            action = menu.addAction(f"&{key}  {name}" if key else name)
            action.setCheckable(True)
            action.setChecked(perspective.id == self.perspective_id)
            action.triggered.connect(
                lambda _=False, pid=perspective.id: self.set_perspective(
                    None if pid == self.perspective_id else pid))
        anchor = self.chips.more if self.chips.more.isVisible() else self.chips
        menu.popup(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        return menu

    def set_perspective(self, perspective_id: str | None, *, focus: bool = True) -> None:
        self.perspective_id = perspective_id
        self.chips.set_current(perspective_id)
        self.perspectiveChanged.emit(perspective_id)
        if focus:
            self.focus_entry()

    def toggle_kind(self, kind: str) -> None:
        """Pick a kind; picking the current one again goes back to a plain point."""
        self.kind = DEFAULT_KIND if kind == self.kind else kind
        self.kinds.set_current(self.kind)
        self._update_entry_hints()
        self.focus_entry()

    def _speaker_done(self) -> None:
        self._apply_speaker()
        self.focus_entry()

    def _apply_speaker(self) -> None:
        """A newly chosen participant brings their perspective along (Ctrl+digit
        can still change it)."""
        text = self.speaker.text()
        if text == self._applied_speaker:
            return
        self._applied_speaker = text
        speaker_id, _party = resolve_speaker(text, self._participants)
        if speaker_id:
            person = next(p for p in self._participants if p.id == speaker_id)
            if person.perspective_id:
                self.set_perspective(person.perspective_id, focus=False)

    def _reset_unpinned_tags(self) -> None:
        """After a saved note: the kind and the speaker go, unless pinned."""
        if not self.keep_kind.isChecked() and self.kind != DEFAULT_KIND:
            self.kind = DEFAULT_KIND
            self.kinds.set_current(self.kind)
            self._update_entry_hints()
        if not self.keep_speaker.isChecked() and self.speaker.text():
            self.speaker.clear()
            self._applied_speaker = ""

    def focus_entry(self) -> None:
        if self.entry.isEnabled():
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def type_into(self, text: str) -> None:
        """Text typed on a notes list: into the note field, after what it holds."""
        if self.entry.isEnabled():
            self.entry.moveCursor(self.entry.textCursor().MoveOperation.End)
            self.entry.insertPlainText(text)
            self.focus_entry()

    def _update_entry_hints(self) -> None:
        if self.kind == "dilemma":
            self.entry.setPlaceholderText(self.tr("Dilemma: A versus B"))
        elif self.kind == "quote":
            self.entry.setPlaceholderText(self.tr("Quote: the words as they were said"))
        else:
            self.entry.setPlaceholderText(self.tr("Type a note and press Enter"))
        keys = [self.tr("Enter: save"), self.tr("Ctrl+digit: perspective"),
                self.tr("Alt+letter: kind"), self.tr("Alt+S: speaker"),
                self.tr("Alt+Shift+K / Alt+Shift+S: keep kind / speaker"),
                self.tr("Alt+Shift+P: all perspectives")]
        if self._nesting:
            keys.append(self.tr("Tab / Shift+Tab: nest / un-nest"))
        keys.append(self.tr("↑ on an empty field: the notes"))
        keys.append(self.tr("Esc: back here"))
        self.hint.setText("  ·  ".join(keys))

    # -- nesting ------------------------------------------------------------------

    def nest(self) -> None:
        """Tab: the next note goes under the previous note of this level."""
        if not self._nesting:
            return
        if not self.last_id or (self.model is not None and not self.model.contains(self.last_id)):
            self._bridge.statusMessage.emit(self.tr("There is no previous note to nest under."))
            return
        self.parent_id = self.last_id
        self.last_id = self.model.last_child_id(self.parent_id) if self.model else None
        self._update_nesting_label()

    def unnest(self) -> None:
        """Shift+Tab: back up one level."""
        if not self._nesting or not self.parent_id:
            return
        self.last_id = self.parent_id
        try:
            self.parent_id = self._bridge.event.note(self.parent_id).parent_id
        except OogstError:
            self.parent_id = None
        self._update_nesting_label()

    def _update_nesting_label(self) -> None:
        if not self.parent_id:
            self.nesting_label.setText("")
            self.nesting_label.hide()
            return
        try:
            text = plain(self._bridge.event.note(self.parent_id).text)
        except OogstError:
            text = ""
        depth = self._depth(self.parent_id)
        self.nesting_label.setText("    " * (depth - 1) + "↳ " + self.tr(
            "Next note goes under: {note}  (Shift+Tab: back up)").format(note=shorten(text, 70)))
        self.nesting_label.show()

    def _depth(self, note_id: str) -> int:
        depth, current = 0, note_id
        while current and depth < 50:
            depth += 1
            try:
                current = self._bridge.event.note(current).parent_id
            except OogstError:
                break
        return depth

    # -- saving -------------------------------------------------------------------

    def submit(self) -> str | None:
        """Enter: save the text with the current tags; clear the field on success."""
        text = self.entry.text().strip()
        if not text or self.place is None:
            return None
        if self.parent_id and self.model is not None and not self.model.contains(self.parent_id):
            self.parent_id = None
        speaker_id, party = resolve_speaker(self.speaker.text(), self._participants)
        event = self._bridge.event
        new_id = self._bridge.run(event.add_note, text=text, perspective_id=self.perspective_id,
            kind=self.kind, speaker_id=speaker_id, party=party, parent_id=self.parent_id,
            **self.place)
        if new_id is None:
            return None  # the bridge showed why; the text stays in the field
        self._draft_timer.stop()
        self.entry.blockSignals(True)
        self.entry.clear()
        self.entry.blockSignals(False)
        if self._kept_text:  # the note is saved: its draft goes
            self._bridge.run(event.save_draft, text="", **self.place)
            self._kept_text = ""
        self.last_id = new_id
        self._reset_unpinned_tags()
        self.saved_label.setText("✓ " + self.tr("saved"))
        self._saved_timer.start()
        self.noteAdded.emit(new_id)
        return new_id
