"""Photos of flip charts dropped on the capture view: stored, or refused calmly."""
from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from ui.capture import CaptureView

from gui_helpers import show


def drop_files(widget, paths) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    with warnings.catch_warnings():  # QPoint: the only form in PySide6 6.11, deprecated in 6.12
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def flip_chart(path, size=(640, 480)):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    for x in range(40, 600, 5):
        image.setPixelColor(x, 100, QColor("#1b9e77"))
    assert image.save(str(path))
    return path


def test_dropping_a_png_stores_it_with_table_and_round(qtbot, bridge, event_ids, tmp_path,
                                                       messages):
    view = show(qtbot, CaptureView(bridge))
    view.select_round(event_ids["rounds"][1])
    png = flip_chart(tmp_path / "flap ronde 2.png")
    drop = drop_files(view, [png])
    assert drop.isAccepted()
    photos = bridge.event.attachments(table_id=event_ids["tables"][0])
    assert [(p.filename, p.mime, p.question_id) for p in photos] == [
        ("flap ronde 2.png", "image/png", event_ids["rounds"][1])]
    assert bridge.event.attachment_data(photos[0].id) == png.read_bytes()
    # the strip shows a thumbnail of it
    assert view.photos.photo_ids() == [photos[0].id]
    assert not view.photos.list.item(0).icon().isNull()
    assert messages and "added" in messages[-1].lower()
    # deleting it is one undo step
    view.photos.list.item(0).setSelected(True)
    view.photos.delete_selected()
    assert bridge.event.attachments() == []
    bridge.undo()
    assert len(bridge.event.attachments()) == 1


def test_a_non_image_is_refused_with_a_status_message(qtbot, bridge, tmp_path, messages):
    view = show(qtbot, CaptureView(bridge))
    text = tmp_path / "notulen.txt"
    text.write_text("geen plaatje", encoding="utf-8")
    fake = tmp_path / "nep.png"
    fake.write_bytes(b"this is not a PNG at all")
    drop_files(view, [text, fake])
    assert bridge.event.attachments() == []
    assert any("notulen.txt" in m for m in messages)
    assert any("nep.png" in m for m in messages)
    assert view.photos.photo_ids() == []
    assert QApplication.activeModalWidget() is None  # nothing modal


def test_a_good_and_a_bad_file_together(qtbot, bridge, tmp_path, messages):
    view = show(qtbot, CaptureView(bridge))
    good = flip_chart(tmp_path / "goed.png", size=(200, 100))
    bad = tmp_path / "slecht.docx"
    bad.write_bytes(b"PK\x03\x04 nope")
    drop_files(view, [good, bad])
    assert [p.filename for p in bridge.event.attachments()] == ["goed.png"]
    assert any("slecht.docx" in m for m in messages)


def test_a_too_large_file_is_refused(qtbot, bridge, tmp_path, messages, monkeypatch):
    import ui.photos

    view = show(qtbot, CaptureView(bridge))
    monkeypatch.setattr(ui.photos, "MAX_ATTACHMENT_BYTES", 1000)
    big = flip_chart(tmp_path / "groot.png")
    assert big.stat().st_size > 1000
    drop_files(view, [big])
    assert bridge.event.attachments() == []
    assert any("groot.png" in m and "50 MB" in m for m in messages)


def test_photo_strip_follows_the_table(qtbot, bridge, event_ids, tmp_path):
    view = show(qtbot, CaptureView(bridge))
    drop_files(view, [flip_chart(tmp_path / "tafel1.png")])
    view.select_table(event_ids["tables"][1])
    assert view.photos.photo_ids() == []
    drop_files(view, [flip_chart(tmp_path / "tafel2.png")])
    assert [p.filename for p in bridge.event.attachments(table_id=event_ids["tables"][1])] \
        == ["tafel2.png"]
    view.select_table(event_ids["tables"][0])
    assert len(view.photos.photo_ids()) == 1
