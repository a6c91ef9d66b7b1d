"""The closing plenary: capture per perspective with Ctrl+digit, one section each."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.eventfile import EventFile
from ui.plenary_view import PlenaryView

from gui_helpers import focus_entry, show, type_note

CTRL = Qt.KeyboardModifier.ControlModifier


def make_view(qtbot, bridge) -> PlenaryView:
    view = show(qtbot, PlenaryView(bridge))
    focus_entry(qtbot, view.bar)
    return view


def section_texts(view, perspective_id):
    section = view.sections[perspective_id]
    return [section.model.note_at(section.model.index_of(i)).text
            for i in section.model.note_ids()]


def test_plenary_capture_per_perspective(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    burgers, gemeenten, verzekeraars = event_ids["perspectives"][:3]
    # one section per perspective, in the perspectives' order
    assert list(view.sections) == event_ids["perspectives"]
    assert view.question_label.text() == "Wat heeft het mij opgeleverd? Wat neem ik mee?"
    entry = view.bar.entry
    qtbot.keyClick(entry, Qt.Key.Key_1, CTRL)
    type_note(qtbot, entry, "Inspiratie van andere initiatieven")
    type_note(qtbot, entry, "Contact met de gemeente")
    qtbot.keyClick(entry, Qt.Key.Key_2, CTRL)
    assert "Gemeenten" in view.target_label.text()
    assert view.sections[gemeenten].active and not view.sections[burgers].active
    type_note(qtbot, entry, "Burgerinitiatieven serieus nemen")
    qtbot.keyClick(entry, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_note(qtbot, entry, "Preventie samen financieren")
    assert QApplication.focusWidget() is entry

    assert section_texts(view, burgers) == ["Inspiratie van andere initiatieven",
                                            "Contact met de gemeente"]
    assert section_texts(view, gemeenten) == ["Burgerinitiatieven serieus nemen"]
    assert section_texts(view, verzekeraars) == ["Preventie samen financieren"]
    assert "(2)" in view.sections[burgers].header.text()

    bridge.close()
    with EventFile.open(event_ids["path"]) as event:
        notes = event.notes(table_id=None, programme_item_id=event_ids["plenary"])
        assert {(n.text, n.perspective_id, n.question_id, n.kind) for n in notes} == {
            ("Inspiratie van andere initiatieven", burgers, event_ids["plenary_question"],
             "point"),
            ("Contact met de gemeente", burgers, event_ids["plenary_question"], "point"),
            ("Burgerinitiatieven serieus nemen", gemeenten, event_ids["plenary_question"],
             "point"),
            ("Preventie samen financieren", verzekeraars, event_ids["plenary_question"],
             "conclusion")}


def test_a_note_without_perspective_gets_its_own_section(qtbot, bridge):
    view = make_view(qtbot, bridge)
    assert None not in view.sections
    type_note(qtbot, view.bar.entry, "Algemene indruk")
    assert section_texts(view, None) == ["Algemene indruk"]


def test_clicking_a_section_picks_its_perspective(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    target = event_ids["perspectives"][3]
    qtbot.mouseClick(view.sections[target], Qt.MouseButton.LeftButton)
    assert view.bar.perspective_id == target
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.bar.entry)


def test_plenary_notes_can_be_deleted_and_edited(qtbot, bridge, event_ids):
    view = make_view(qtbot, bridge)
    entry = view.bar.entry
    qtbot.keyClick(entry, Qt.Key.Key_4, CTRL)
    type_note(qtbot, entry, "Financiering op maat")
    section = view.sections[event_ids["perspectives"][3]]
    note_id = section.model.note_ids()[0]
    section.list.setFocus()
    qtbot.waitUntil(section.list.hasFocus)
    section.list.select_note(note_id)
    qtbot.keyClick(section.list, Qt.Key.Key_Delete)
    assert section.model.note_ids() == []
    bridge.undo()
    assert section.model.note_ids() == [note_id]
    qtbot.keyClick(section.list, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is entry


def test_show_note_finds_a_plenary_note(qtbot, bridge, event_ids):
    target = bridge.event.add_note(text="gezocht", table_id=None,
                                   programme_item_id=event_ids["plenary"],
                                   question_id=event_ids["plenary_question"],
                                   perspective_id=event_ids["perspectives"][4])
    view = make_view(qtbot, bridge)
    assert view.show_note(target)
    section = view.sections[event_ids["perspectives"][4]]
    assert section.list.current_note_id() == target
    assert view.bar.perspective_id == event_ids["perspectives"][4]


def test_several_plenaries_get_a_selector(qtbot, bridge, event_ids):
    second = bridge.run(bridge.event.add_programme_item,
                        title="Slotronde", kind="plenary")
    view = make_view(qtbot, bridge)
    assert view.item_combo.isVisible() and view.item_combo.count() == 2
    view.item_combo.setCurrentIndex(view.item_combo.findData(second))
    type_note(qtbot, view.bar.entry, "In de slotronde")
    assert [n.text for n in bridge.event.notes(programme_item_id=second)] == [
        "In de slotronde"]


def test_no_plenary_in_the_programme(qtbot, tmp_path):
    from ui.bridge import EventBridge

    event = EventFile.create(tmp_path / "leeg.oogst")
    bridge = EventBridge(event)
    try:
        view = show(qtbot, PlenaryView(bridge))
        assert view.empty_label.isVisible()
        assert not view.bar.isVisible()
        bridge.run(event.add_programme_item, title="Plenair",
                   kind="plenary")
        assert not view.empty_label.isVisible() and view.bar.isVisible()
    finally:
        bridge.close()


LONG_NOTES = [
    "Wat ik meeneem: dat burgerinitiatieven en gemeenten elkaar pas echt vinden als de "
    "financiering structureel is en niet per project, en dat zorgverzekeraars daarin een "
    "rol willen spelen als de resultaten zichtbaar worden gemaakt voor de wijk.",
    "Zie https://www.movisie.nl/artikel/samenspel-in-beweging-verslag-thematafels-2017 en "
    "de verslagen van de burgerinitiatievenwerkgemeenschapsbijeenkomsten.",
    "Kort punt",
]


def _needed_height(view, index, offset: int) -> int:
    """The height the style needs to draw the note's text wrapped in its cell."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle
    rect = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = rect.width() - offset - 2 * margin
    layout = QTextLayout(index.data(), view.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return int(height + 0.999)


def _assert_whole_notes_shown(qtbot, view, section) -> None:
    from ui.note_models import NoteTreeModel
    qtbot.wait(50)
    delegate = section.list.itemDelegate()
    for note_id in section.model.note_ids():
        index = section.model.index_of(note_id).siblingAtColumn(NoteTreeModel.TEXT)
        rect = section.list.visualRect(index)
        offset = delegate.text_offset(section.list.font(), section.model.note_at(index))
        assert _needed_height(section.list, index, offset) <= rect.height(), index.data()
        # the list shows every row whole: no note cut off at the card's bottom
        assert rect.bottom() <= section.list.viewport().height(), index.data()


def test_long_plenary_notes_are_shown_whole_at_any_width(qtbot, bridge, event_ids, dutch):
    event = bridge.event
    burgers = event_ids["perspectives"][0]
    for i, text in enumerate(LONG_NOTES):
        event.add_note(text=text, programme_item_id=event_ids["plenary"],
                       question_id=event_ids["plenary_question"], perspective_id=burgers,
                       kind=("wish", "point", "quote")[i])
    view = show(qtbot, PlenaryView(bridge), size=(1366, 700))
    section = view.sections[burgers]
    for width in (1366, 1000, 700, 1900, 560):
        view.resize(width, 700)
        _assert_whole_notes_shown(qtbot, view, section)
    # the text is drawn at the list's own font size (a kind badge does not shrink it)
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem
    from ui.note_models import NoteTreeModel
    index = section.model.index_of(section.model.note_ids()[0]).siblingAtColumn(
        NoteTreeModel.TEXT)
    option = QStyleOptionViewItem()
    option.initFrom(section.list)
    option.rect = section.list.visualRect(index)
    before = option.font.pointSizeF()
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    section.list.itemDelegate().paint(painter, option, index)
    painter.end()
    assert option.font.pointSizeF() == before
