"""Fixtures for the seating plan and voting views: isolated settings, the demo
meeting behind a bridge, and the room2 translations compiled."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ROOM2_TS = ROOT / "resources" / "translations" / "oogst_room2_nl.ts"
# The files whose strings are in oogst_room2_nl.ts.
SOURCES = [ROOT / "ui" / name for name in ("seating_view.py", "seating_grid.py",
                                           "seating_quality.py", "voting_view.py",
                                           "voting_models.py")]


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("OogstRoom2Test")
    QCoreApplication.setApplicationName("OogstRoom2Test")
    QSettings().clear()
    yield


class Demo:
    """The demo meeting open behind a bridge; `reopen()` closes and opens it again."""

    def __init__(self, path: Path) -> None:
        from ui.bridge import EventBridge
        self.path = path
        self.bridge = EventBridge(EventFile.open(path))
        self.messages: list[str] = []
        self.bridge.statusMessage.connect(self.messages.append)

    @property
    def event(self) -> EventFile:
        return self.bridge.event

    def reopen(self) -> None:
        from ui.bridge import EventBridge
        self.bridge.close()
        self.bridge = EventBridge(EventFile.open(self.path))
        self.messages = []
        self.bridge.statusMessage.connect(self.messages.append)

    def close(self) -> None:
        if self.bridge.event._conn is not None:
            self.bridge.close()


@pytest.fixture
def demo(qtbot, demo_file):
    opened = Demo(demo_file)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def room2_qm(tmp_path_factory) -> Path:
    """oogst_room2_nl.ts compiled with pyside6-lrelease into a temporary folder."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path_factory.mktemp("room2-qm") / "oogst_room2_nl.qm"
    subprocess.run([str(lrelease), "-silent", str(ROOM2_TS), "-qm", str(target)],
                   check=True, capture_output=True, timeout=120)
    return target


def show(qtbot, widget, size=(1280, 800)):
    from PySide6.QtWidgets import QApplication
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    QApplication.processEvents()
    return widget
