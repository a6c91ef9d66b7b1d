"""Live capture driven by the keyboard alone, checked in the event file itself."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain import NOTE_KINDS
from facilitator.eventfile import EventFile
from ui.capture import CaptureView
from ui.capture.common import KIND_BY_KEY, KIND_KEYS, kind_key, kind_label, kind_letter

from gui_helpers import KeyCounter, focus_entry, show, type_note

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
DIGIT = {"1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "3": Qt.Key.Key_3, "4": Qt.Key.Key_4,
         "0": Qt.Key.Key_0}


def make_view(qtbot, bridge) -> CaptureView:
    view = show(qtbot, CaptureView(bridge))
    focus_entry(qtbot, view.bar)
    return view


def test_fifty_notes_by_keyboard_alone_are_in_the_file(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    keys = ["1", "2", "3", "4", "0"]
    perspective_of = dict(zip(keys, event_ids["perspectives"]))
    current_key, current_kind = None, "point"
    expected = []
    qtbot.keyClick(entry, Qt.Key.Key_K, ALT_SHIFT)  # keep the kind for a run of notes
    assert view.bar.keep_kind.isChecked()
    for i in range(50):
        key = keys[(i // 3) % len(keys)]
        kind = NOTE_KINDS[(i // 4) % len(NOTE_KINDS)]
        if key != current_key:
            qtbot.keyClick(entry, DIGIT[key], CTRL)
            current_key = key
        if kind != current_kind:
            qtbot.keyClick(entry, kind_key(kind), ALT)
            current_kind = kind
        text = f"Oogstpunt {i:02d}: wijkteam én huisarts — ‘samen’ aan tafel"
        type_note(qtbot, entry, text)
        expected.append((text, perspective_of[key], kind))
        assert entry.text() == ""
    assert QApplication.focusWidget() is entry
    assert len(view.model.note_ids()) == 50
    assert resets == []  # each note was inserted, the list never rebuilt
    assert view.bar.saved_label.text().startswith("✓")
    table_id, question_id = view.current_table_id(), view.current_question_id()
    assert (table_id, question_id) == (event_ids["tables"][0], event_ids["rounds"][0])

    bridge.close()
    with EventFile.open(event_ids["path"]) as event:
        notes = [t.note for t in event.note_tree(table_id=table_id, question_id=question_id)]
    assert [(n.text, n.perspective_id, n.kind) for n in notes] == expected
    assert all(n.parent_id is None for n in notes)


def test_unchanged_tags_need_only_the_text_and_enter(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    qtbot.keyClick(entry, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_W, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_K, ALT_SHIFT)  # the kind is pinned
    type_note(qtbot, entry, "Eerste wens")
    counter = KeyCounter(entry)
    text = "Tweede wens met dezelfde tags"
    type_note(qtbot, entry, text)
    assert counter.presses == len(text) + 1
    first, second = [bridge.event.note(i) for i in view.model.note_ids()]
    assert (second.perspective_id, second.kind) == (first.perspective_id, first.kind) == (
        event_ids["perspectives"][1], "wish")
    # the chips show the tags that stay
    assert view.bar.chips.button(event_ids["perspectives"][1]).isChecked()
    assert view.bar.kinds.button("wish").isChecked()


def test_pressing_a_tag_key_again_clears_it(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    qtbot.keyClick(entry, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_D, ALT)
    assert entry.placeholderText().endswith("A versus B")
    qtbot.keyClick(entry, Qt.Key.Key_D, ALT)
    type_note(qtbot, entry, "Zonder tags")
    note = bridge.event.note(view.model.note_ids()[0])
    assert (note.perspective_id, note.kind) == (None, "point")


def test_a_digit_without_perspective_says_so_and_keeps_the_text(qtbot, bridge, messages):
    view = make_view(qtbot, bridge)
    qtbot.keyClicks(view.bar.entry, "half")
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_7, CTRL)
    assert view.bar.entry.text() == "half"
    assert any("Ctrl+7" in m for m in messages)


def test_tab_nests_the_next_note_and_shift_tab_un_nests(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "A")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    assert entry.hasFocus()  # Tab did not move the focus away
    type_note(qtbot, entry, "A1")
    type_note(qtbot, entry, "A2")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    type_note(qtbot, entry, "A2a")
    qtbot.keyClick(entry, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_note(qtbot, entry, "A3")
    qtbot.keyClick(entry, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_note(qtbot, entry, "B")
    assert entry.hasFocus()

    tree = bridge.event.note_tree(table_id=event_ids["tables"][0],
                                  question_id=event_ids["rounds"][0])
    shape = [(t.note.text, t.depth) for t in tree]
    assert shape == [("A", 0), ("A1", 1), ("A2", 1), ("A2a", 2), ("A3", 1), ("B", 0)]
    # the view shows the same tree
    a = view.model.index_of(tree[0].note.id)
    assert view.model.rowCount(a) == 3
    assert view.model.index_of(tree[3].note.id).parent() == view.model.index_of(tree[2].note.id)


def test_escape_in_the_list_returns_to_the_note_field(qtbot, bridge):
    view = make_view(qtbot, bridge)
    type_note(qtbot, view.bar.entry, "Een punt")
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.bar.entry


def test_capture_keys_work_from_the_list_too(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    type_note(qtbot, view.bar.entry, "Een punt")
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    qtbot.keyClick(view.tree, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(view.tree, Qt.Key.Key_K, ALT)
    assert view.bar.perspective_id == event_ids["perspectives"][2]
    assert view.bar.kind == "opportunity"
    assert QApplication.focusWidget() is view.bar.entry


def test_speaker_field_sets_a_participant_or_a_party(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry, speaker = view.bar.entry, view.bar.speaker
    qtbot.keyClick(entry, Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is speaker
    qtbot.keyClicks(speaker, "petra de vries")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry)
    # the speaker's perspective came along
    assert view.bar.perspective_id == event_ids["perspectives"][1]
    type_note(qtbot, entry, "Wijkteams beter bereikbaar")
    qtbot.keyClick(entry, Qt.Key.Key_S, ALT)
    qtbot.keyClicks(speaker, "Zorgverzekeraar")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry)
    type_note(qtbot, entry, "Preventie loont")
    first, second = [bridge.event.note(i) for i in view.model.note_ids()]
    assert (first.speaker_id, first.party) == (event_ids["petra"], "")
    assert (second.speaker_id, second.party) == (None, "Zorgverzekeraar")
    assert view.model.data(view.model.index_of(second.id, 3)) == "Zorgverzekeraar"
    assert view.model.data(view.model.index_of(first.id, 3)) == "Petra de Vries"


def test_rounds_and_tables_are_separate_places(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "Ronde een")
    qtbot.keyClick(entry, Qt.Key.Key_PageDown, CTRL)
    assert view.current_question_id() == event_ids["rounds"][1]
    assert "30" in view.round_caption.text()
    assert "nodig" in view.question_label.text()
    assert QApplication.focusWidget() is entry
    type_note(qtbot, entry, "Ronde twee")
    view.select_table(event_ids["tables"][1])
    assert view.current_question_id() == event_ids["rounds"][1]  # same round kept
    assert view.model.note_ids() == []
    type_note(qtbot, entry, "Andere tafel")
    view.select_round(None)
    type_note(qtbot, entry, "Algemeen")
    event = bridge.event
    assert [n.text for n in event.notes(table_id=event_ids["tables"][0],
                                        question_id=event_ids["rounds"][0])] == ["Ronde een"]
    assert [n.text for n in event.notes(table_id=event_ids["tables"][0],
                                        question_id=event_ids["rounds"][1])] == ["Ronde twee"]
    assert [n.text for n in event.notes(table_id=event_ids["tables"][1],
                                        question_id=event_ids["rounds"][1])] == ["Andere tafel"]
    assert [n.text for n in event.notes(table_id=event_ids["tables"][1],
                                        question_id=None)] == ["Algemeen"]


def test_show_note_selects_table_round_and_note(qtbot, bridge, event_ids):
    event = bridge.event
    event.add_note(text="elders", table_id=event_ids["tables"][0],
                   question_id=event_ids["rounds"][0])
    target = event.add_note(text="gezocht", table_id=event_ids["tables"][1],
                            question_id=event_ids["rounds"][2])
    view = make_view(qtbot, bridge)
    assert view.show_note(target)
    assert view.current_table_id() == event_ids["tables"][1]
    assert view.current_question_id() == event_ids["rounds"][2]
    assert view.tree.current_note_id() == target
    plenary = event.add_note(text="plenair", programme_item_id=event_ids["plenary"])
    assert view.show_note(plenary) is False


def test_undo_on_an_empty_field_takes_back_the_last_note(qtbot, bridge):
    view = make_view(qtbot, bridge)
    type_note(qtbot, view.bar.entry, "Vergissing")
    assert len(view.model.note_ids()) == 1
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Z, CTRL)
    assert view.model.note_ids() == []


def test_redo_on_an_empty_field_brings_the_note_back(qtbot, bridge):
    view = make_view(qtbot, bridge)
    type_note(qtbot, view.bar.entry, "Toch goed")
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Z, CTRL)
    assert view.model.note_ids() == []
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [n.text for n in bridge.event.notes()
            if n.id in view.model.note_ids()] == ["Toch goed"]
    # Text typed, then taken back by the field's own Undo: Redo brings the text back
    # (the field's), and only then does the meeting's Undo apply again.
    qtbot.keyClicks(view.bar.entry, "half")
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Z, CTRL)
    assert view.bar.entry.text() == "" and len(view.model.note_ids()) == 1
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.bar.entry.text() == "half" and len(view.model.note_ids()) == 1


def test_undo_on_a_field_emptied_by_hand_brings_the_text_back_not_a_note(qtbot, bridge):
    """A half-typed note deleted by mistake: Ctrl+Z gives the text back, as in any
    editor, and leaves the saved note alone; once the field has nothing of its
    own to undo, Ctrl+Z is the meeting's again."""
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "Eerst dit")
    qtbot.keyClicks(entry, "een lange gedachte")
    qtbot.keyClick(entry, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_Delete)
    assert entry.text() == ""
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert entry.text() == "een lange gedachte"
    assert [n.text for n in bridge.event.notes()] == ["Eerst dit"]
    while entry.document().isUndoAvailable():  # the field's own history, to its start
        qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert entry.text() == "" and len(view.model.note_ids()) == 1
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert view.model.note_ids() == []


def test_undo_and_redo_reach_the_meeting_with_a_draft_in_the_field(qtbot, bridge):
    """A draft put back in the field has no history of its own: Ctrl+Z and
    Ctrl+Shift+Z are the meeting's, and the draft stays. Typed text is the
    field's first, then the meeting's, both ways."""
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "Eerst dit")
    entry.set_text("een bewaarde halve zin")  # as a draft comes back
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert view.model.note_ids() == [] and entry.text() == "een bewaarde halve zin"
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(view.model.note_ids()) == 1 and entry.text() == "een bewaarde halve zin"
    entry.clear()
    qtbot.keyClicks(entry, "half")
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # the field's typing
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # the meeting's note
    assert entry.text() == "" and view.model.note_ids() == []
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert entry.text() == "half" and view.model.note_ids() == []
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert entry.text() == "half" and len(view.model.note_ids()) == 1


def test_the_nesting_hint_goes_when_undo_takes_the_parent_away(qtbot, bridge):
    view = make_view(qtbot, bridge)
    bar = view.bar
    type_note(qtbot, bar.entry, "Ouder")
    qtbot.keyClick(bar.entry, Qt.Key.Key_Tab)
    assert "Ouder" in bar.nesting_label.text()
    type_note(qtbot, bar.entry, "Kind")
    qtbot.keyClick(bar.entry, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(bar.entry, Qt.Key.Key_Z, CTRL)
    assert view.model.note_ids() == []
    qtbot.waitUntil(lambda: bar.parent_id is None and bar.nesting_label.isHidden())
    type_note(qtbot, bar.entry, "Los")
    assert [(n.text, n.parent_id) for n in bridge.event.notes()
            if n.id in view.model.note_ids()] == [("Los", None)]


def test_coming_back_to_a_table_shows_its_newest_notes(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    view.resize(900, 500)
    for i in range(40):
        type_note(qtbot, view.bar.entry, f"Punt {i} aan tafel een")
    view.select_table(event_ids["tables"][1])
    type_note(qtbot, view.bar.entry, "Aan tafel twee")
    bar = view.tree.verticalScrollBar()
    view.tree.scrollToTop()
    view.select_table(event_ids["tables"][0])
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_up_goes_to_the_note_typed_last_also_under_another(qtbot, bridge):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "Ouder")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    type_note(qtbot, entry, "Kind, het laatst getypt")
    qtbot.keyClick(entry, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    newest = view.model.note_ids()[1]
    assert view.tree.current_note_id() == newest
    assert bridge.event.note(newest).text == "Kind, het laatst getypt"


def test_capture_fits_a_laptop_window_with_the_search_open(qtbot, bridge):
    """At 770 pixels (a 1366-pixel screen's default window with the search panel
    open) the capture page needs no sideways scrolling: the speaker goes to the
    next line and long table names are cut in their lists."""
    view = make_view(qtbot, bridge)
    assert view.minimumSizeHint().width() <= 770
    view.resize(770, 700)
    QApplication.processEvents()
    speaker = view.bar.speaker
    assert speaker.isVisible()
    assert speaker.mapTo(view, speaker.rect().topRight()).x() <= 770


def test_up_on_the_empty_field_goes_to_the_newest_note_and_esc_back(qtbot, bridge):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    type_note(qtbot, entry, "eerste")
    type_note(qtbot, entry, "tweede")
    qtbot.keyClicks(entry, "half")
    qtbot.keyClick(entry, Qt.Key.Key_Up)  # text in the field: Up stays in the field
    assert QApplication.focusWidget() is entry
    entry.clear()
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is view.tree
    newest = view.model.note_ids()[-1]
    assert view.tree.current_note_id() == newest
    qtbot.keyClick(view.tree, Qt.Key.Key_Up)  # ordinary list navigation from there
    assert view.tree.current_note_id() == view.model.note_ids()[0]
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is entry


def test_a_half_typed_note_survives_switching_table_and_closing(qtbot, event_ids, tmp_path):
    """Text typed without Enter is kept as the place's draft: it comes back after
    switching table and after closing and reopening the window (issue 12, item 1)."""
    from ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(event_ids["path"])
    view = window.navigate("capture")
    focus_entry(qtbot, view.bar)
    qtbot.keyClicks(view.bar.entry, "Buurtkamer als ontmoetings")
    assert "typen" in window.saved_label.text().lower() or \
        "typing" in window.saved_label.text().lower()  # not "all saved" yet
    qtbot.waitUntil(lambda: not view.bar.draft_pending, timeout=3000)
    assert "saved" in window.saved_label.text().lower() or \
        "opgeslagen" in window.saved_label.text().lower()
    view.table_combo.setCurrentIndex(1)  # another table: its own, empty field
    assert view.bar.entry.text() == ""
    view.table_combo.setCurrentIndex(0)
    assert view.bar.entry.text() == "Buurtkamer als ontmoetings"
    qtbot.keyClicks(view.bar.entry, "plek")  # typed, then closed at once
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.open_path(event_ids["path"])
    view = again.navigate("capture")
    view.table_combo.setCurrentIndex(0)
    assert view.bar.entry.text() == "Buurtkamer als ontmoetingsplek"
    type_note(qtbot, view.bar.entry, "")  # Enter saves it as a note; the draft goes
    notes = [n.text for n in again.bridge.event.notes(table_id=event_ids["tables"][0])]
    assert "Buurtkamer als ontmoetingsplek" in notes
    assert again.bridge.event.draft(table_id=view.current_table_id(),
                                    question_id=view.current_question_id()) == ""
    again.close_event()


def test_speaker_and_kind_reset_after_a_note_unless_pinned(qtbot, bridge, event_ids):
    """A later, unrelated note is not credited to the last speaker (issue: "Ans
    Jansen: ..." in the minutes); the perspective stays; the pins keep both."""
    view = make_view(qtbot, bridge)
    bar, entry, speaker = view.bar, view.bar.entry, view.bar.speaker
    assert not bar.keep_kind.isChecked() and not bar.keep_speaker.isChecked()
    qtbot.keyClick(entry, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_W, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_S, ALT)
    qtbot.keyClicks(speaker, "Zorgverzekeraar")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry)
    type_note(qtbot, entry, "Met spreker en soort")
    assert speaker.text() == "" and bar.kind == "point"
    assert bar.kinds.button("point").isChecked() and not bar.kinds.button("wish").isChecked()
    type_note(qtbot, entry, "Los punt")

    # pinned (by keyboard, from the note field): both stay
    qtbot.keyClick(entry, Qt.Key.Key_K, ALT_SHIFT)
    qtbot.keyClick(entry, Qt.Key.Key_S, ALT_SHIFT)
    assert bar.keep_kind.isChecked() and bar.keep_speaker.isChecked()
    assert QApplication.focusWidget() is entry
    qtbot.keyClick(entry, Qt.Key.Key_D, ALT)
    qtbot.keyClick(entry, Qt.Key.Key_S, ALT)
    qtbot.keyClicks(speaker, "Petra de Vries")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry)
    type_note(qtbot, entry, "Eerste dilemma")
    assert speaker.text() == "Petra de Vries" and bar.kind == "dilemma"
    type_note(qtbot, entry, "Tweede dilemma")
    # the speaker's pin toggles by mouse too; off again: reset after the next note
    bar.keep_speaker.click()
    qtbot.keyClick(entry, Qt.Key.Key_K, ALT_SHIFT)
    type_note(qtbot, entry, "Derde dilemma")
    assert speaker.text() == "" and bar.kind == "point"

    bridge.close()
    with EventFile.open(event_ids["path"]) as event:
        notes = event.notes(table_id=event_ids["tables"][0], question_id=event_ids["rounds"][0])
    got = [(n.text, n.kind, n.speaker_id, n.party, n.perspective_id) for n in notes]
    second = event_ids["perspectives"][1]
    assert got == [
        ("Met spreker en soort", "wish", None, "Zorgverzekeraar", second),
        ("Los punt", "point", None, "", second),
        ("Eerste dilemma", "dilemma", event_ids["petra"], "", second),
        ("Tweede dilemma", "dilemma", event_ids["petra"], "", second),
        ("Derde dilemma", "dilemma", event_ids["petra"], "", second)]


def test_the_pins_are_labelled_explained_and_reachable(qtbot, bridge):
    view = make_view(qtbot, bridge)
    for pin in (view.bar.keep_kind, view.bar.keep_speaker):
        assert pin.isCheckable() and pin.text()
        assert "Alt+Shift+" in pin.toolTip()
        assert pin.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Alt+Shift+K" in view.bar.hint.text()


def test_perspective_chips_show_their_whole_name(qtbot, bridge, event_ids):
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QToolButton
    event = bridge.event
    long_id = event.add_perspective(name="Zorg- en welzijnsinstellingen", colour="#1b9e77",
                                    shortcut="5")
    huge = "Samenwerkende regionale zorg- en welzijnsinstellingen in Oost-Nederland en omstreken"
    huge_id = event.add_perspective(name=huge, colour="#66a61e", shortcut="6")
    view = make_view(qtbot, bridge)
    qtbot.keyClick(view.bar.entry, Qt.Key.Key_5, CTRL)
    chip = view.bar.chips.button(long_id)
    assert chip.isChecked() and chip.text().endswith("Zorg- en welzijnsinstellingen")
    bold = QFont(chip.font())
    bold.setBold(True)  # the checked chip is bold
    # room for the text in bold plus the padding and borders the style adds
    room = QToolButton.sizeHint(chip).width() - chip.fontMetrics().horizontalAdvance(chip.text())
    assert chip.sizeHint().width() >= QFontMetrics(bold).horizontalAdvance(chip.text()) + room
    assert chip.width() >= chip.sizeHint().width()
    # a very long name is shortened visibly, with all of it in the tooltip
    big = view.bar.chips.button(huge_id)
    assert big.text().endswith("…") and huge in big.toolTip()
    assert big.sizeHint().width() > QFontMetrics(bold).horizontalAdvance(big.text())


def test_the_eleventh_perspective_is_picked_by_keyboard(qtbot, bridge, event_ids):
    event = bridge.event
    extra = [event.add_perspective(name=f"Extra {i}", colour="#888888",
                                   shortcut=str(i) if i < 10 else "") for i in range(5, 12)]
    eleventh = extra[-1]
    assert len(event.perspectives()) == 12
    view = make_view(qtbot, bridge)
    bar, entry = view.bar, view.bar.entry
    assert bar.chips.more.isVisible()
    assert "Alt+Shift+P, then B" in bar.chips.button(eleventh).toolTip()
    qtbot.keyClick(entry, Qt.Key.Key_P, ALT_SHIFT)
    menu = bar.perspective_menu
    qtbot.waitUntil(menu.isVisible)
    assert len(menu.actions()) == 12
    qtbot.keyClick(menu, Qt.Key.Key_B)  # the second perspective without a digit
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert bar.perspective_id == eleventh
    assert bar.chips.button(eleventh).isChecked()
    type_note(qtbot, entry, "Van de elfde")
    assert bridge.event.note(view.model.note_ids()[-1]).perspective_id == eleventh
    # the digits work in the menu as well, and picking the current one clears it
    bar.open_perspective_menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert bar.perspective_id is None
    bar.open_perspective_menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert bar.perspective_id == event_ids["perspectives"][2]


def _check_kind_letters(qtbot, bridge) -> set[str]:
    view = make_view(qtbot, bridge)
    shown = set()
    for kind in NOTE_KINDS:
        button = view.bar.kinds.button(kind)
        letter = kind_letter(kind)
        name = kind_label(kind)
        assert button.text() == f"{name} {letter}"
        assert letter in name.upper(), (kind, name, letter)
        assert f"Alt+{letter}" in button.toolTip()
        qtbot.keyClick(view.bar.entry, kind_key(kind), ALT)
        assert view.bar.kind == kind
        qtbot.keyClick(view.bar.entry, kind_key(kind), ALT)  # again: back to a point
        shown.add(letter)
    assert len(shown) == len(NOTE_KINDS)  # unique
    return shown


def test_kind_letters_are_letters_of_the_names_in_english(qtbot, bridge):
    assert kind_label("opportunity") == "Opportunity"
    assert _check_kind_letters(qtbot, bridge) == set("PWNOCDQ")


def test_kind_letters_are_letters_of_the_names_in_dutch(qtbot, bridge, dutch):
    assert kind_label("opportunity") == "Kans"
    assert _check_kind_letters(qtbot, bridge) == set("PWNKCDI")  # Alt+T stays the table field's


def test_old_kind_keys_still_work_and_no_key_has_two_kinds():
    assert KIND_BY_KEY[int(Qt.Key.Key_K)] == KIND_BY_KEY[int(Qt.Key.Key_O)] == "opportunity"
    assert KIND_BY_KEY[int(Qt.Key.Key_Q)] == KIND_BY_KEY[int(Qt.Key.Key_I)] == "quote"
    assert len(KIND_BY_KEY) == sum(len(keys) for keys in KIND_KEYS.values())
