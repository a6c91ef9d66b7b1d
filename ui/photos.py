"""Photos of flip charts: a thumbnail strip per table, filled by dropping files.

Files dropped on the capture view (or picked with the button) are stored in
the event file, linked to the current table and round. A file that is not a
picture, or too large, is refused with a status message: nothing modal
interrupts the meeting.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListView, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QVBoxLayout, QWidget)

from facilitator.errors import OogstError
from facilitator.harvest_ops import MAX_ATTACHMENT_BYTES

THUMB = 64
IdRole = Qt.ItemDataRole.UserRole + 1


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files in a drop (URLs from a file manager)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def thumbnail(data: bytes, size: int = THUMB) -> QPixmap:
    """A small picture of an image, decoded at reduced size (fast for big JPEGs)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoStrip(QWidget):
    """Thumbnails of a table's photos, an add button, delete and caption editing."""

    photosAdded = Signal(list)  # ids of the new attachments

    def __init__(self, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self._bridge = bridge
        self._table_id: str | None = None
        self._question_id: str | None = None
        self._thumbs: dict[str, QIcon] = {}
        self._loading = False

        self.title = QLabel(self.tr("Photos of flip charts"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.add_button = QPushButton(self.tr("Add photo…"), self)
        self.add_button.setObjectName("addPhoto")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.choose_files)
        self.hint = QLabel(self.tr("Drop photos of flip charts anywhere on this page."), self)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFixedHeight(THUMB + 40)
        self.list.setSpacing(4)
        self.list.setEditTriggers(QListWidget.EditTrigger.EditKeyPressed
                                  | QListWidget.EditTrigger.DoubleClicked)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemChanged.connect(self._caption_edited)
        self.list.installEventFilter(self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.hint)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        bridge.watch(self, self._on_changed)

    # -- the place ---------------------------------------------------------------

    def set_place(self, table_id: str | None, question_id: str | None) -> None:
        changed_table = table_id != self._table_id
        self._table_id, self._question_id = table_id, question_id
        self.add_button.setEnabled(table_id is not None)
        if changed_table:
            self.reload()

    def _on_changed(self, changes) -> None:
        if "attachment" in changes.kinds:
            self.reload()

    def photo_ids(self) -> list[str]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())]

    def reload(self) -> None:
        self._loading = True
        try:
            self.list.clear()
            if self._table_id is None:
                return
            event = self._bridge.event
            for photo in event.attachments(table_id=self._table_id):
                icon = self._thumbs.get(photo.id)
                if icon is None:
                    try:
                        icon = QIcon(thumbnail(event.attachment_data(photo.id)))
                    except OogstError:
                        icon = QIcon()
                    self._thumbs[photo.id] = icon
                item = QListWidgetItem(icon, photo.caption or photo.filename)
                item.setData(IdRole, photo.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                round_text = ""
                if photo.question_id:
                    try:
                        question = event.question(photo.question_id)
                        round_text = "\n" + self.tr("Round: {round}").format(
                            round=question.label or question.text[:40])
                    except OogstError:
                        pass
                item.setToolTip(f"{photo.filename} ({photo.size // 1024} kB){round_text}")
                self.list.addItem(item)
        finally:
            self._loading = False
            empty = self.list.count() == 0
            self.hint.setVisible(empty)
            self.list.setVisible(not empty)  # an empty strip takes no room from the notes

    # -- adding -------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos of flip charts"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"))
        if files:
            self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> list[str]:
        """Store the pictures among `paths`; refuse the others with a status message."""
        if self._table_id is None:
            self._bridge.statusMessage.emit(self.tr("Choose a table first."))
            return []
        good: list[Path] = []
        for path in paths:
            problem = self._problem(path)
            if problem:
                self._bridge.statusMessage.emit(problem)
            else:
                good.append(path)
        if not good:
            return []
        ids = self._bridge.run(self._bridge.event.add_attachments, good,
                               table_id=self._table_id, question_id=self._question_id) or []
        if ids:
            self._bridge.statusMessage.emit(
                self.tr("Photo added.") if len(ids) == 1 else
                self.tr("{count} photos added.").format(count=len(ids)))
            self.photosAdded.emit(ids)
        return ids

    def _problem(self, path: Path) -> str | None:
        if not path.is_file():
            return self.tr("{name} is not a file.").format(name=path.name)
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            return self.tr("{name} is too large (more than 50 MB).").format(name=path.name)
        reader = QImageReader(str(path))
        if not reader.canRead():
            return self.tr("{name} is not a picture (PNG, JPEG, GIF, WebP or BMP).").format(
                name=path.name)
        if bytes(reader.format().data()).decode().lower() not in (
                "png", "jpg", "jpeg", "gif", "webp", "bmp"):
            return self.tr("{name} is not a picture (PNG, JPEG, GIF, WebP or BMP).").format(
                name=path.name)
        return None

    # -- editing ------------------------------------------------------------------

    def _caption_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        photo_id = item.data(IdRole)
        self._bridge.run(self._bridge.event.update_attachment, photo_id,
                         caption=item.text().strip())

    def delete_selected(self) -> None:
        ids = [item.data(IdRole) for item in self.list.selectedItems()]
        if not ids:
            return
        event = self._bridge.event
        self._bridge.run(event.delete_attachments, ids)
        self._bridge.statusMessage.emit(self.tr("Photo deleted. Ctrl+Z brings it back."))

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        caption = menu.addAction(self.tr("Edit caption"))
        caption.triggered.connect(lambda: self.list.editItem(item))
        delete = menu.addAction(self.tr("Delete photo"))
        delete.triggered.connect(self.delete_selected)
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.list and event.type() == event.Type.KeyPress and \
                self.list.state() != QListWidget.State.EditingState and \
                (event.matches(QKeySequence.StandardKey.Delete)
                 or event.key() == Qt.Key.Key_Backspace):
            self.delete_selected()
            return True
        return super().eventFilter(obj, event)
