"""A small meeting in a real event file, wrapped in the GUI's EventBridge."""
from __future__ import annotations

import pytest

from facilitator.eventfile import EventFile

PERSPECTIVES = [("Burgers/inwoners", "#1b9e77", "1"), ("Gemeenten", "#d95f02", "2"),
                ("Zorgverzekeraars", "#7570b3", "3"), ("Banken", "#e7298a", "4"),
                ("Ministeries", "#66a61e", "0")]


def build_event(path) -> dict:
    """Perspectives, people, two tables with three shared rounds, a plenary."""
    event = EventFile.create(path, title="Samenspel test", language="nl")
    ids: dict = {"perspectives": []}
    for name, colour, key in PERSPECTIVES:
        ids["perspectives"].append(event.add_perspective(name=name, colour=colour,
                                                         shortcut=key))
    ids["kees"] = event.add_participant(name="Kees Fortuin", organisations=["De Nieuwe Jutter"],
                                        perspective_id=ids["perspectives"][0])
    ids["petra"] = event.add_participant(name="Petra de Vries", organisations=["Gemeente Zwolle"],
                                         perspective_id=ids["perspectives"][1])
    ids["tables"] = [event.add_table(theme="Structurele financiering", pitch="Austerlitz Zorgt",
                                     host_id=ids["kees"]),
                     event.add_table(theme="Zelfregie en eigen kracht")]
    ids["rounds"] = [
        event.add_question(kind="round", text="Wat zijn wensen en ambities?", label="1",
                           minutes=20),
        event.add_question(kind="round", text="Wie of wat is er nodig: zelf, regionaal of "
                                              "landelijk?", label="2", minutes=30),
        event.add_question(kind="round", text="Conclusies", label="3", minutes=10)]
    ids["plenary"] = event.add_programme_item(title="Plenaire oogst", kind="plenary",
                                              planned_minutes=30)
    ids["plenary_question"] = event.add_question(
        kind="plenary", text="Wat heeft het mij opgeleverd? Wat neem ik mee?")
    event.close()
    return ids


@pytest.fixture
def event_ids(tmp_path):
    path = tmp_path / "meeting.oogst"
    ids = build_event(path)
    ids["path"] = path
    return ids


@pytest.fixture
def bridge(event_ids, qtbot):
    from ui.bridge import EventBridge

    event = EventFile.open(event_ids["path"])
    bridge = EventBridge(event)
    yield bridge
    if bridge.event._conn is not None:
        bridge.close()


@pytest.fixture
def messages(bridge):
    """Every status message the bridge emitted, in order."""
    seen: list[str] = []
    bridge.statusMessage.connect(seen.append)
    return seen
