"""The first preparation page: the event's details and its programme."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QSpinBox, QSplitter, QStyle, QVBoxLayout,
                               QWidget)

from facilitator.domain import MINUTES_STATUSES, PROGRAMME_KINDS
from facilitator.oplib import FIELD_LIMITS
from facilitator.timer import early_starts
from facilitator.transactions import Changes

from ..bridge import EventBridge
from ..i18n import core_word
from ..theme import secondary, spin_box
from .common import (Column, ComboDelegate, CommitLineEdit, CommitTextEdit, OptionalDateEdit,
                     RecordModel, add_delete_shortcut, current_id, make_table_view,
                     optional_minutes, select_id)


class EventDetailsForm(QGroupBox):
    """Title, subtitle, date, venue, organiser, language, minutes status and version."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Event"), parent)
        self.bridge = bridge
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = CommitLineEdit()
        self.title_edit.setPlaceholderText(self.tr("For example: Samenspel in beweging"))
        self.subtitle = CommitLineEdit()
        self.date = OptionalDateEdit()
        self.venue = CommitLineEdit()
        self.organiser = CommitLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(self.tr("The language of the minutes and other exports"))
        self.status = QComboBox()
        for status in MINUTES_STATUSES:
            self.status.addItem(core_word(f"minutes.{status}"), status)
        self.version = spin_box(QSpinBox())
        self.version.setRange(1, 99)
        self.version.setKeyboardTracking(False)
        self.introduction = CommitTextEdit()
        self.introduction.setPlaceholderText(self.tr("A few lines that open the minutes"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(QLabel(self.tr("version")))
        status_row.addWidget(self.version)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Subtitle"), self.subtitle)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("Ve&nue"), self.venue)
        form.addRow(self.tr("&Organiser"), self.organiser)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Minutes status"), status_row)
        form.addRow(self.tr("Introduction"), self.introduction)
        for field, key in ((self.title_edit, "title"), (self.subtitle, "subtitle"),
                           (self.venue, "venue"), (self.organiser, "organiser"),
                           (self.introduction, "introduction")):
            field.committed.connect(lambda text, key=key: self._save(**{key: text}))
            if isinstance(field, CommitLineEdit):  # no more than the file takes
                field.setMaxLength(FIELD_LIMITS[key])
        self.date.committed.connect(lambda value: self._save(date=value))
        self.language.activated.connect(
            lambda: self._save(language=self.language.currentData()))
        self.status.activated.connect(
            lambda: self._save(minutes_status=self.status.currentData()))
        self.version.valueChanged.connect(lambda v: self._save(minutes_version=v))
        bridge.watch(self, self._on_changed)
        self.refresh()

    def _save(self, **values: object) -> None:
        event = self.bridge.event.event()
        if all(getattr(event, k) == v for k, v in values.items()):
            return
        self.bridge.run(self.bridge.event.update_event, **values)

    def _on_changed(self, changes: Changes) -> None:
        if "event" in changes.kinds:
            self.refresh()

    def refresh(self) -> None:
        event = self.bridge.event.event()
        self.title_edit.show_value(event.title)
        self.subtitle.show_value(event.subtitle)
        self.date.show_value(event.date)
        self.venue.show_value(event.venue)
        self.organiser.show_value(event.organiser)
        self.introduction.show_value(event.introduction)
        for combo, value in ((self.language, event.language),
                             (self.status, event.minutes_status)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.version.blockSignals(True)
        self.version.setValue(event.minutes_version or 1)
        self.version.blockSignals(False)


class ProgrammeModel(RecordModel):
    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        event = bridge.event
        self._early_of: list | None = None  # the records `_early_items` was worked out for
        self._early_items: dict = {}
        super().__init__(bridge, fetch=event.programme, kinds={"programme_item"},
                         update=event.update_programme_item, move=event.move_programme_item,
                         parent=parent)
        self.columns = [
            Column(self.tr("Start"), lambda r: r.planned_start or "",
                   edit=lambda r: r.planned_start or "",
                   save=lambda r, v: {"planned_start": str(v).strip() or None},
                   align=Qt.AlignmentFlag.AlignCenter, decoration=self._early_mark,
                   tooltip=self.early_warning),
            Column(self.tr("Minutes"), lambda r: r.planned_minutes if r.planned_minutes
                   is not None else "", edit=lambda r: r.planned_minutes or 0,
                   save=lambda r, v: {"planned_minutes": optional_minutes(v)},
                   align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Kind"), lambda r: core_word(f"programme.{r.kind}"),
                   edit=lambda r: r.kind, save=lambda r, v: {"kind": v}),
            Column(self.tr("Title"), lambda r: r.title, edit=lambda r: r.title,
                   save=lambda r, v: {"title": v}, tooltip=lambda r: r.title),
            Column(self.tr("Speakers"), lambda r: r.speakers, edit=lambda r: r.speakers,
                   save=lambda r, v: {"speakers": v}, tooltip=lambda r: r.speakers),
            Column(self.tr("Description"), lambda r: r.description.replace("\n", " "),
                   edit=lambda r: r.description, save=lambda r, v: {"description": v},
                   tooltip=lambda r: r.description),
        ]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        before = self.record(index.row()).planned_start if index.isValid() else None
        saved = super().setData(index, value, role)
        if saved and index.column() == 0:  # a start typed: say at once when it is early
            item = self.record(index.row())
            warning = self.early_warning(item) if item.planned_start != before else ""
            if warning:  # (a refused time keeps its own message)
                self.bridge.statusMessage.emit(warning)
        return saved

    def _early(self) -> dict:
        """Items planned to start before an item above them (timer.early_starts),
        worked out once per reading of the programme."""
        if self._early_of is not self.records:
            self._early_of, self._early_items = self.records, early_starts(self.records)
        return self._early_items

    def early_warning(self, item) -> str:
        above = self._early().get(item.id)
        if above is None:
            return ""
        return self.tr("Starts before “%1” above it (%2)").replace(
            "%1", above.title).replace("%2", above.planned_start)

    def _early_mark(self, item) -> QIcon | None:
        if item.id not in self._early():
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class ProgrammePage(QWidget):
    """Navigation page "Programme": the event's details beside its programme."""

    def __init__(self, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.details = EventDetailsForm(bridge)
        self.model = ProgrammeModel(bridge, self)
        self.view = make_table_view(self.model, stretch=3)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.view.setObjectName("programmeTable")
        self.view.setItemDelegateForColumn(2, ComboDelegate(
            lambda: [(core_word(f"programme.{k}"), k) for k in PROGRAMME_KINDS], self.view))
        # the start: room for a time and the mark of one planned too early
        icon = self.view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        start = self.view.fontMetrics().horizontalAdvance("00:00") + icon + 24
        for column, width in ((0, max(56, start)), (1, 64), (2, 96), (4, 150), (5, 120)):
            self.view.setColumnWidth(column, width)

        add = QPushButton(self.tr("&Add item"))
        add.clicked.connect(self.add_item)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_item)
        add_delete_shortcut(self.view, self.delete_item)
        hint = QLabel(self.tr("Drag rows or press Alt+Up/Down to change the order."))
        hint.setObjectName("hint")
        secondary(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        buttons.addWidget(hint)

        programme = QGroupBox(self.tr("Programme"))
        box = QVBoxLayout(programme)
        box.addWidget(self.view)
        box.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.details)
        splitter.addWidget(programme)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def focus_main_field(self) -> None:
        """Shown: the focus in the event title (the programme when it has a title)."""
        title = self.details.title_edit
        target = self.view if title.text().strip() else title
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not event.spontaneous():
            self.focus_main_field()

    def add_item(self) -> None:
        after = self.view.currentIndex()
        position = after.row() + 1 if after.isValid() else None
        new = self.bridge.run(self.bridge.event.add_programme_item,
                              title=self.tr("New item"), position=position)
        if new:
            select_id(self.view, self.model, new, column=3)
            self.view.edit(self.view.currentIndex())

    def delete_item(self) -> None:
        item = current_id(self.view, self.model)
        if item:
            self.bridge.run(self.bridge.event.delete_programme_item,
                            item)
