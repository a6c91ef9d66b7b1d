"""A note's emphasis drawn bold (`ui/emphasis_layout.py`): in the note lists, where
the row is as tall as what is drawn, and without the marks typed around it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage

from ui.capture import CaptureView
from ui.emphasis_layout import has_emphasis, layout_height, note_layout
from ui.note_models import NoteTreeModel

from gui_helpers import focus_entry, show, type_note

SEED = "Het gaat vooral om **duurzaam organiseren**"  # seed 002, line 162


def test_the_marks_are_left_out_and_the_words_between_them_are_bold(qapp):
    layout = note_layout(SEED, QFont(), 400)
    assert layout.text() == "Het gaat vooral om duurzaam organiseren"
    [bold] = layout.formats()
    assert layout.text()[bold.start:bold.start + bold.length] == "duurzaam organiseren"
    assert bold.format.fontWeight() == QFont.Weight.Bold


def test_qt_counts_an_emoji_as_two_units_and_the_bold_range_follows(qapp):
    layout = note_layout("🌱🌱 groen **samen** doen", QFont(), 400)
    [bold] = layout.formats()
    assert (bold.start, bold.length) == (len("🌱🌱 groen ".encode("utf-16-le")) // 2, 5)


def test_what_is_not_emphasis_is_drawn_as_typed(qapp):
    for text in ("5 ** 2", "** los **", "*één*", "**", "a **b", ""):
        assert not has_emphasis(text)
        layout = note_layout(text, QFont(), 400)
        assert layout.text() == text and not layout.formats()
    assert has_emphasis(SEED)


def test_a_new_line_in_a_note_starts_a_new_line_as_the_list_draws_it(qapp):
    font = QFont()
    one = layout_height(note_layout("eerste regel", font, 600))
    two = layout_height(note_layout("eerste **regel**\ntweede regel", font, 600))
    assert two >= 2 * one - 1


def _ink(view, row: int) -> int:
    """Dark pixels drawn in a row's text cell (bold words draw more of them)."""
    rect = view.tree.visualRect(view.model.index(row, NoteTreeModel.TEXT))
    image = view.tree.viewport().grab(rect).toImage().convertToFormat(
        QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 128)


def test_the_notes_list_shows_the_words_bold_without_the_marks(qtbot, bridge):
    """Typed as seed 002 has it: the list shows the words, bold, and F2 gives the
    text back with its marks (what the exports print bold)."""
    view = show(qtbot, CaptureView(bridge))
    view.resize(900, 500)
    focus_entry(qtbot, view.bar)
    type_note(qtbot, view.bar.entry, "Het gaat vooral om duurzaam organiseren")
    type_note(qtbot, view.bar.entry, SEED)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    shown = view.model.index(1, NoteTreeModel.TEXT)
    assert shown.data(Qt.ItemDataRole.DisplayRole) == "Het gaat vooral om duurzaam organiseren"
    assert shown.data(Qt.ItemDataRole.EditRole) == SEED
    view.tree.viewport().repaint()
    plain, emphasised = _ink(view, 0), _ink(view, 1)
    assert emphasised > plain * 1.1, (plain, emphasised)  # bold, and no asterisks drawn


def test_a_long_emphasised_note_gets_a_row_as_tall_as_its_lines(qtbot, bridge):
    view = show(qtbot, CaptureView(bridge))
    view.resize(700, 500)
    focus_entry(qtbot, view.bar)
    text = " ".join(["**samen** werken aan zorg en welzijn in de wijk"] * 8)
    type_note(qtbot, view.bar.entry, text)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    rect = view.tree.visualRect(view.model.index(0, NoteTreeModel.TEXT))
    font = view.tree.font()
    assert rect.height() >= layout_height(note_layout(text, font, rect.width()))
    assert rect.height() >= 3 * view.tree.fontMetrics().height()  # wrapped
    view.tree.viewport().repaint()
    image = view.tree.viewport().grab(rect).toImage().convertToFormat(
        QImage.Format.Format_Grayscale8)

    def ink(top: int, bottom: int) -> int:
        return sum(1 for y in range(top, bottom) for x in range(image.width())
                   if image.pixelColor(x, y).lightness() < 128)
    third = image.height() // 3
    assert ink(0, third) and ink(2 * third, image.height())  # its first and last lines
