"""Navigation page "Perspectives": the stakeholder groups, their colours and shortcuts."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QColorDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from facilitator import colours
from facilitator.colours import PERSPECTIVE_COLOURS, perspective_colour

from ..bridge import EventBridge
from ..theme import secondary
from .common import (Column, RecordModel, add_delete_shortcut, current_id, make_table_view,
                     select_id)


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PerspectivesModel(RecordModel):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        event = bridge.event
        super().__init__(bridge, fetch=event.perspectives, kinds={"perspective", "note"},
                         update=event.update_perspective,
                         move=event.move_perspective,
                         parent=parent)
        self.note_counts: dict[str, int] = {}
        self.columns = [
            Column(self.tr("Colour"), lambda r: r.colour, decoration=lambda r: swatch(r.colour),
                   tooltip=lambda r: self.tr("Double-click to choose a colour")),
            Column(self.tr("Name"), lambda r: r.name, edit=lambda r: r.name,
                   save=lambda r, v: {"name": v}),
            Column(self.tr("Shortcut"), lambda r: r.shortcut, edit=lambda r: r.shortcut,
                   save=lambda r, v: {"shortcut": str(v).strip()},
                   tooltip=lambda r: self.tr("The key that tags a note with this perspective "
                                             "during live capture"),
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Notes"), lambda r: self.note_counts.get(r.id, 0),
                   align=Qt.AlignmentFlag.AlignRight),
        ]
        self._count()

    def reload(self) -> None:
        self._count()
        super().reload()

    def _count(self) -> None:
        self.note_counts = self.bridge.event.perspective_note_counts()  # one SQL aggregate


class PerspectivesPage(QWidget):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = PerspectivesModel(bridge, self)
        self.view = make_table_view(self.model, stretch=1)
        self.view.setObjectName("perspectivesTable")
        self.view.setColumnWidth(0, 90)
        self.view.setColumnWidth(2, 90)
        self.view.doubleClicked.connect(self._double_clicked)
        intro = QLabel(self.tr(
            "Perspectives are the stakeholder groups around the tables: citizens, "
            "municipalities, care organisations, insurers... Notes and participants are "
            "tagged with them, and the plenary harvest goes perspective by perspective."))
        intro.setWordWrap(True)
        add = QPushButton(self.tr("&Add perspective"))
        add.clicked.connect(self.add_perspective)
        colour = QPushButton(self.tr("&Colour…"))
        colour.clicked.connect(lambda: self.choose_colour(self.view.currentIndex()))
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_perspective)
        add_delete_shortcut(self.view, self.delete_perspective)
        hint = QLabel(self.tr("Drag rows or press Alt+Up/Down to change the order."))
        hint.setObjectName("hint")
        secondary(hint)
        buttons = QHBoxLayout()
        for button in (add, colour, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def focus_main_field(self) -> None:
        """Shown: the focus in the list of perspectives."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:
            self.choose_colour(index)

    def choose_colour(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record = self.model.record(index.row())
        for slot, choice in enumerate(PERSPECTIVE_COLOURS[:16]):  # readable choices first
            QColorDialog.setCustomColor(slot, QColor(choice))
        colour = QColorDialog.getColor(QColor(record.colour), self,
                                       self.tr("Colour of “%1”").replace("%1", record.name))
        if colour.isValid():
            self.bridge.run(self.bridge.event.update_perspective,
                            record.id, colour=colour.name())
            if not colours.visible_on_light_and_dark(colour.name()):
                self.bridge.statusMessage.emit(self.tr(
                    "“%1” is hard to see on a light or a dark screen (less than 3:1); the "
                    "first colours of the colour dialog all read well.").replace(
                    "%1", colour.name()))

    def add_perspective(self) -> None:
        count = len(self.model.records)
        new = self.bridge.run(self.bridge.event.add_perspective,
                              name=self.tr("New perspective"), colour=perspective_colour(count),
                              shortcut=str(count + 1) if count < 9 else "")
        if new:
            select_id(self.view, self.model, new, column=1)
            self.view.edit(self.view.currentIndex())

    def delete_perspective(self) -> None:
        record_id = current_id(self.view, self.model)
        if record_id:
            self.bridge.run(self.bridge.event.delete_perspective,
                            record_id)
