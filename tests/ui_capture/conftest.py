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


@pytest.fixture
def meeting(bridge, event_ids, tmp_path):
    """The small meeting with notes, an action, a follow-up meeting and a photo."""
    from PySide6.QtGui import QColor, QImage

    event = bridge.event
    table, first_round = event_ids["tables"][0], event_ids["rounds"][0]
    note = event.add_note(text="Wijkteam en huisarts aan één tafel", table_id=table,
                          question_id=first_round, perspective_id=event_ids["perspectives"][0],
                          kind="wish", speaker_id=event_ids["kees"])
    event.add_note(text="Subsidie versus structurele financiering", table_id=table,
                   question_id=first_round, kind="dilemma", party="Zorgverzekeraar",
                   parent_id=note)
    event.add_note(text="Wat neem ik mee: elkaar kennen", programme_item_id=event_ids["plenary"],
                   question_id=event_ids["plenary_question"],
                   perspective_id=event_ids["perspectives"][1])
    event.add_note(text="Zonder perspectief", programme_item_id=event_ids["plenary"],
                   question_id=event_ids["plenary_question"])
    event.action_from_note(note, owner="Gemeente Zwolle")
    event.add_action(what="Regionale agenda", owner="Movisie", partners=["VNG", "NLZVE"],
                     level="regionaal", due_date="2018-03-01", status="bezig")
    event.add_follow_up(topic="Terugkomdag", date="2018-04-12", organiser="Movisie")
    event.add_follow_up(topic="Nog te plannen")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(tmp_path / "flap.png"))
    event.add_attachment(path=tmp_path / "flap.png", table_id=table, question_id=first_round)
    return event
