"""Steps shared by the ui tests: showing a widget with focus, typing a note, counting
keys; and the small room meeting that some tests build in a file of their own.

Imported as `gui_helpers` (tests/ui is on sys.path: it has no __init__.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.eventfile import EventFile


def show(qtbot, widget: QWidget, size=(1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget


def focus_entry(qtbot, bar) -> None:
    bar.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.entry, timeout=2000)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest only knows ASCII keys, so other characters
    (é, ‘, —) arrive as key events carrying their text, as from a keyboard layout."""
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    if run:
        qtbot.keyClicks(widget, run)


def type_note(qtbot, entry, text: str) -> None:
    """Text, then Enter: what a facilitator does for every note."""
    type_text(qtbot, entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


class KeyCounter(QObject):
    """Counts the key presses a widget receives (to prove how many keys a note costs)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.presses = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            self.presses += 1
        return False


def build_room(ev: EventFile) -> dict[str, str]:
    """A small meeting: a talk, one table-round item with two rounds, a plenary."""
    ids = {}
    ev.update_event(title="Wijkgesprek Zuid", date="2024-03-14", venue="Buurthuis De Linde")
    ids["burgers"] = ev.add_perspective(name="Burgers/inwoners", colour="#332288")
    ids["gemeente"] = ev.add_perspective(name="Gemeenten", colour="#44aa99")
    ids["talk"] = ev.add_programme_item(title="Opening door de wethouder", kind="talk",
                                        speakers="Wethouder Zuid", planned_start="13:00",
                                        planned_minutes=10)
    ids["tables"] = ev.add_programme_item(title="Thematafels", kind="table_round",
                                          planned_start="13:10", planned_minutes=50)
    ids["plenary"] = ev.add_programme_item(title="Plenaire oogst", kind="plenary",
                                           planned_start="14:00", planned_minutes=20)
    ids["q1"] = ev.add_question(kind="round", label="1", text="Wat is er nodig?", minutes=20)
    ids["q2"] = ev.add_question(kind="round", label="2", text="Wie doet wat?", minutes=30)
    ids["pq"] = ev.add_question(kind="plenary", text="Wat neem je mee?")
    ids["t1"] = ev.add_table(theme="Eenzaamheid in de wijk")
    ev.add_note(text="Koffieochtenden in de bibliotheek", table_id=ids["t1"],
                perspective_id=ids["burgers"])
    return ids


def build_event(path: Path) -> Path:
    """A small event with two perspectives, two tables, people, rounds and notes."""
    with EventFile.create(path, title="Wijkgesprek Zuid") as ev:
        ev.update_event(date="2024-03-14", venue="Buurthuis De Linde",
                        organiser="Gemeente Zuid")
        burgers = ev.add_perspective(name="Burgers/inwoners", colour="#332288", shortcut="1")
        gemeente = ev.add_perspective(name="Gemeenten", colour="#44aa99", shortcut="2")
        ev.add_programme_item(title="Opening", kind="opening", planned_start="13:00",
                              planned_minutes=15)
        ev.add_programme_item(title="Thematafels", kind="table_round", planned_start="13:15",
                              planned_minutes=60)
        t1 = ev.add_table(theme="Eenzaamheid in de wijk", pitch="Buurtkamer Zuid")
        ev.add_table(theme="Mantelzorg")
        anna = ev.add_participant(name="Anna de Wit", organisations=["Buurtkamer Zuid"],
                                  perspective_id=burgers)
        piet = ev.add_participant(name="Piet Jansen", organisations=["Gemeente Zuid"],
                                  function="wijkregisseur", perspective_id=gemeente)
        ev.assign_participant(anna, table_id=t1)
        ev.assign_participant(piet, table_id=t1)
        ev.update_table(t1, host_id=piet)
        ev.add_question(text="Wat is er nodig?", kind="round", label="1", minutes=20)
        ev.add_question(text="Wie doet wat?", kind="round", label="2", minutes=30)
        q = ev.add_question(text="Hoe bereik je mensen die niet komen?", table_id=t1,
                            label="a", initiatives=["Buurtkamer Zuid"])
        ev.add_question(text="Via de huisarts?", table_id=t1, parent_id=q)
        ev.add_note(text="Koffieochtenden in de bibliotheek werken goed", table_id=t1,
                    perspective_id=burgers)
        ev.add_note(text="Ouderen vinden de weg naar het loket niet", table_id=t1,
                    perspective_id=gemeente, kind="need")
        ev.add_note(text="Wat neem ik mee: de bibliotheek als ontmoetingsplek",
                    perspective_id=burgers)
    return path


def dark_palette():
    """A dark palette like the OS's dark mode (Fusion's dark colours), to force one."""
    from PySide6.QtGui import QColor, QPalette
    roles = QPalette.ColorRole
    palette = QPalette()
    colours = {roles.Window: "#353535", roles.WindowText: "#ffffff", roles.Base: "#2a2a2a",
               roles.AlternateBase: "#343434", roles.ToolTipBase: "#2a2a2a",
               roles.ToolTipText: "#ffffff", roles.PlaceholderText: "#a0a0a0",
               roles.Text: "#ffffff", roles.Button: "#3c3c3c", roles.ButtonText: "#ffffff",
               roles.BrightText: "#ff5555", roles.Light: "#505050", roles.Midlight: "#404040",
               roles.Mid: "#2c2c2c", roles.Dark: "#1e1e1e", roles.Shadow: "#000000",
               roles.Highlight: "#2a82da", roles.HighlightedText: "#ffffff",
               roles.Link: "#5aa7ff", roles.LinkVisited: "#b08cff"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette
