"""Dark mode (ui/theme.py): with the OS's dark palette (forced here) every text Oogst
colours itself still reads: secondary labels, errors, the timer's phases."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.colours import TEXT_AA, contrast_ratio
from ui import theme
from ui.timer_bar import DARK_PHASE_COLOURS, PHASE_COLOURS

from gui_helpers import dark_palette

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dark(qapp):
    before = QPalette(QGuiApplication.palette())
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


def _text_contrast(widget) -> float:
    """The strongest contrast between any pixel of the widget's picture and its
    background (the top-left pixel): how well its text stands out."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0).name()
    best = 1.0
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 2):
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), background))
    return best


def test_secondary_labels_read_in_dark_mode(qtbot, dark, window, event_ids):
    assert theme.is_dark()
    assert window.open_path(event_ids["path"])
    capture = window.navigate("capture")
    qtbot.wait(50)
    for label in (capture.round_caption, capture.count_label, capture.bar.hint):
        assert label.isVisible() and label.text(), label.objectName()
        assert _text_contrast(label) >= TEXT_AA, label.text()
    plenary = window.navigate("plenary")
    qtbot.wait(50)
    assert plenary.target_label.isVisible() and plenary.target_label.text()
    assert _text_contrast(plenary.target_label) >= TEXT_AA


def test_no_text_is_coloured_with_the_dark_role():
    for path in (ROOT / "ui").rglob("*.py"):
        assert "color: palette(dark)" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("window_colour", ["#353535", "#2a2a2a", "#1e1e1e"])
def test_errors_read_on_dark_windows(window_colour):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    assert contrast_ratio(theme.error_colour(palette), window_colour) >= TEXT_AA


@pytest.mark.parametrize("window_colour", ["#efefef", "#ffffff", "#f5f5f5"])
def test_errors_read_on_light_windows(window_colour):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    assert contrast_ratio(theme.error_colour(palette), window_colour) >= TEXT_AA


def test_the_timer_phases_read_light_and_dark(qtbot, dark, room):
    from ui.timer_bar import TimerBar
    for colours in (PHASE_COLOURS, DARK_PHASE_COLOURS):
        for phase, (background, text) in colours.items():
            assert contrast_ratio(background, text) >= TEXT_AA, phase
    bridge, _ids = room
    bar = TimerBar(bridge)
    qtbot.addWidget(bar)
    background = DARK_PHASE_COLOURS[bar.room.phase][0]
    assert f"background: {background}" in bar.countdown.styleSheet()
    # dark mode: no light block in the dark tool bar
    assert QColor(background).lightness() < 128


@pytest.mark.parametrize("status", sorted(theme.STATUS_COLOURS))
def test_action_status_colours_read_light_and_dark(status):
    light, dark = theme.STATUS_COLOURS[status]
    for base in ("#ffffff", "#f7f7f7"):
        assert contrast_ratio(light, base) >= TEXT_AA, (status, base)
    for base in ("#2a2a2a", "#353535", "#343434"):
        assert contrast_ratio(dark, base) >= TEXT_AA, (status, base)


def test_an_overdue_date_and_a_status_read_in_dark_mode(qtbot, dark, bridge, meeting):
    from PySide6.QtCore import Qt

    from ui.agenda_models import ActionsModel
    late = meeting.add_action(what="Te laat", due_date="2001-01-01", status="bezig")
    model = ActionsModel(bridge)
    row = [a.id for a in meeting.actions()].index(late)
    for column in (ActionsModel.DUE, ActionsModel.STATUS):
        colour = model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        for base in ("#2a2a2a", "#353535"):
            assert contrast_ratio(colour.name(), base) >= TEXT_AA, (column, colour.name())


def test_secondary_text_and_spin_boxes_without_an_application_sheet(qtbot, dark, window,
                                                                    event_ids):
    """No application-wide sheet: hints take the placeholder-text role (readable in dark
    mode), spin boxes keep the look the sheet gave them, the navigation has its own."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLabel
    assert QApplication.instance().styleSheet() == ""
    assert window.open_path(event_ids["path"])
    assert "QListWidget#navigation" in window.nav.styleSheet()
    programme = window.navigate("programme")
    qtbot.wait(50)
    hints = [label for label in programme.findChildren(QLabel) if label.objectName() == "hint"]
    assert hints and all(h.foregroundRole() == QPalette.ColorRole.PlaceholderText
                         for h in hints)
    assert _text_contrast(hints[0]) >= TEXT_AA
    spins = [s for s in programme.findChildren(QAbstractSpinBox)
             if not s.objectName().startswith("qt_")]  # the calendar's: its sheet
    assert len(spins) == 2 and all(s.styleSheet() == theme.SPIN_BOX_SHEET for s in spins)
