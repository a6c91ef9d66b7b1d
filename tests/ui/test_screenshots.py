"""Screenshots of the three views with the demo meeting, in Dutch, at 1280x800.

Set OOGST_SCREENSHOTS=/some/folder to keep the PNGs (for the closing note
and for looking at the views); otherwise they go to a temporary folder.
The test also checks what the pictures must show.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from facilitator.eventfile import EventFile
from facilitator.templates import DEMO_TEMPLATE, SESSIONS_DIR

from gui_helpers import focus_entry, show, type_note

SIZE = (1280, 800)


@pytest.fixture
def demo_bridge(tmp_path):
    if not (SESSIONS_DIR / f"{DEMO_TEMPLATE}.toml").exists():
        pytest.skip("the demo meeting template is not there yet")
    from facilitator.sessions import create_from_template
    from facilitator.templates import find_template
    from ui.bridge import EventBridge

    path = tmp_path / "demo.oogst"
    create_from_template(path, find_template(DEMO_TEMPLATE)).close()
    bridge = EventBridge(EventFile.open(path))
    yield bridge
    bridge.close()


def flip_chart(path: Path) -> Path:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f7f3e3"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSize(36)
    painter.setFont(font)
    painter.setPen(QColor("#1b5e9e"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter,
                     "Ronde 2\n• wet- en regelgeving\n• Right to Challenge")
    painter.end()
    image.save(str(path))
    return path


def test_screenshots_of_the_demo(qtbot, demo_bridge, dutch, tmp_path):
    from ui.actions_view import ActionsView
    from ui.capture import CaptureView
    from ui.plenary_view import PlenaryView

    out = Path(os.environ.get("OOGST_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    bridge, event = demo_bridge, demo_bridge.event
    perspectives = event.perspectives()

    # live capture: table 4, round 2, a few notes typed as in the meeting
    capture = show(qtbot, CaptureView(bridge), SIZE)
    table = event.tables()[3]
    capture.select_table(table.id)
    capture.select_round(capture.round_combo.itemData(1))
    # the table's own label ("Vraag 2:", as the seed writes it) is shown as typed
    assert capture.round_caption.text() == "Vraag 2:"
    assert capture.round_combo.currentText().startswith("Vraag 2: Wie of wat nodig/")
    focus_entry(qtbot, capture.bar)
    entry = capture.bar.entry
    qtbot.keyClick(entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_note(qtbot, entry, "Gemeente wil experimenteerruimte bieden")
    qtbot.keyClick(entry, Qt.Key.Key_Tab)
    qtbot.keyClick(entry, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    type_note(qtbot, entry, "Rechtmatigheid versus ruimte voor initiatief")
    qtbot.keyClick(entry, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(entry, "Wie neemt het risico als het misgaat")
    capture.photos.add_paths([flip_chart(tmp_path / "flap ronde 2.png")])
    capture.tree.scrollToBottom()
    qtbot.wait(50)
    assert capture.bar.saved_label.text() == "✓ opgeslagen"
    assert capture.bar.nesting_label.isVisible()
    assert capture.photos.photo_ids()
    shot = capture.grab()
    assert (shot.width(), shot.height()) == SIZE
    shot.save(str(out / "capture.png"))

    # plenary: the harvest per perspective, "Gemeenten" active
    plenary = show(qtbot, PlenaryView(bridge), SIZE)
    plenary.bar.set_perspective(perspectives[2].id)
    plenary.bar.entry.set_text("Samen optrekken met de zorgverzekeraar")
    qtbot.wait(50)
    assert list(plenary.sections) [: len(perspectives)] == [p.id for p in perspectives]
    plenary.grab().save(str(out / "plenary.png"))

    # the action agenda: the facilitator turns agenda notes into actions (the seed
    # itself has no action list)
    for note in event.notes():
        if note.text.startswith(("Iedereen krijgt", "Bijeenkomst 1", "Bijeenkomst 2")):
            bridge.run(event.action_from_note, note.id, owner="Initiatiefgroep",
                       level="regionaal")
    actions = show(qtbot, ActionsView(bridge), SIZE)
    qtbot.wait(50)
    assert actions.proxy.rowCount() == len(event.actions()) > 0
    actions.grab().save(str(out / "actions.png"))
    for name in ("capture", "plenary", "actions"):
        assert not QImage(str(out / f"{name}.png")).isNull()
