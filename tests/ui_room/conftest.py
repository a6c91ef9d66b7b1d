"""Fixtures for the room tests (timer bar, projector): isolated settings, a fake
clock, a bridge over a small event, and the room translations compiled."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from facilitator import EventFile  # noqa: E402
from facilitator.timer import FakeClock  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ROOM_TS = ROOT / "resources" / "translations" / "oogst_room_nl.ts"


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("OogstRoomTest")
    QCoreApplication.setApplicationName("OogstRoomTest")
    QSettings().clear()
    yield


@pytest.fixture
def clock():
    return FakeClock(datetime(2024, 3, 14, 12, 0, tzinfo=timezone.utc))


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


@pytest.fixture
def room(qtbot, tmp_path):
    """(bridge, ids) over a fresh event file with the small meeting."""
    from ui.bridge import EventBridge
    ev = EventFile.create(tmp_path / "room.oogst")
    ids = build_room(ev)
    bridge = EventBridge(ev)
    yield bridge, ids
    bridge.close()


@pytest.fixture(scope="session")
def room_qm(tmp_path_factory) -> Path:
    """oogst_room_nl.ts compiled with pyside6-lrelease into a temporary folder."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path_factory.mktemp("room-qm") / "oogst_room_nl.qm"
    subprocess.run([str(lrelease), "-silent", str(ROOM_TS), "-qm", str(target)], check=True,
                   capture_output=True, timeout=120)
    return target
