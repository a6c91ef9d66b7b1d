"""The World Café seating view with the demo meeting: make, move, refuse, print, reopen."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pypdf import PdfReader

from ui.rotation_view import SEAT_MIME, RotationView, number

from .conftest import show


def make_plan(qtbot, demo, rounds: int = 3) -> RotationView:
    view = show(qtbot, RotationView(demo.bridge))
    assert view.empty_label.isVisible() and not view.print_button.isEnabled()
    assert view.rounds_spin.value() == 3  # the demo has three round questions
    view.rounds_spin.setValue(rounds)
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert view.plan is not None and len(view.plan.rounds) == rounds
    return view


def host_table(demo):
    return next(t for t in demo.event.tables() if t.host_id)


def a_guest(view: RotationView, round_index: int):
    """(person id, its table id) of a guest in `round_index`, and another table."""
    plan = view.plan
    for table in plan.tables:
        guests = [i for i in plan.rounds[round_index][table.id] if i != table.host_id]
        if guests:
            other = next(t.id for t in plan.tables if t.id != table.id)
            return guests[0], table.id, other
    raise AssertionError("no guest")


def test_make_plan_shows_the_grid_and_the_quality(qtbot, demo):
    view = make_plan(qtbot, demo)
    event = demo.event
    tables = event.tables()
    assert len(view.lists) == len(tables) * 3
    host = host_table(demo)
    host_name = event.participant(host.host_id).name
    for r in range(3):
        seats = view.lists[(host.id, r)]
        assert seats.person_ids()[0] == host.host_id
        assert seats.item(0).text() == f"{host_name} (host)"
        assert seats.item(0).font().bold()
    members = {p.id for t in tables for p in event.table_members(t.id)} | {host.host_id}
    for r in range(3):
        seated = [i for t in tables for i in view.lists[(t.id, r)].person_ids()]
        assert sorted(seated) == sorted(members)
        sizes = [view.lists[(t.id, r)].count() for t in tables]
        assert max(sizes) - min(sizes) <= 1
    quality, baseline = event.seating_quality(), event.seating_quality_random(0, samples=20)
    mean = view.quality_values[("perspectives_per_table_round", 1)].text()
    assert mean == number(quality.perspectives_per_table_round)
    assert view.quality_values[("repeated_encounters", 1)].text() == str(
        quality.repeated_encounters)
    assert view.quality_values[("repeated_encounters", 2)].text() == number(
        baseline.repeated_encounters)
    assert quality.perspectives_per_table_round > baseline.perspectives_per_table_round
    assert "bold" in view.quality_values[("perspectives_per_table_round", 1)].styleSheet()
    assert any(m.startswith("Seating plan made:") for m in demo.messages)
    assert view.print_button.isEnabled() and view.make_button.text() == "Make a new seating plan"
    assert not view.problems_label.isVisible()


def test_move_by_context_menu_and_undo(qtbot, demo, monkeypatch):
    view = make_plan(qtbot, demo)
    guest, source, target = a_guest(view, 1)
    seats = view.lists[(source, 1)]
    row = seats.person_ids().index(guest)
    chosen: list[QMenu] = []

    def run_menu(_view, menu, _where):
        chosen.append(menu)
        action = next(a for a in menu.actions() if a.data() == target)
        action.trigger()

    monkeypatch.setattr(RotationView, "popup", run_menu)
    where = seats.visualItemRect(seats.item(row)).center()
    QApplication.sendEvent(seats.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, seats.viewport().mapToGlobal(where)))
    assert chosen, "the context menu was not opened"
    labels = [a.text() for a in chosen[0].actions()]
    assert len(labels) == len(view.plan.tables) - 1
    assert all(label.startswith("Move to table ") for label in labels)
    plan = demo.event.seating()
    assert plan.table_of(guest, 1) == target
    assert guest in view.lists[(target, 1)].person_ids()
    sizes = [len(ids) for ids in plan.rounds[1].values()]
    assert max(sizes) - min(sizes) <= 1
    assert any("now sits at table" in m for m in demo.messages)
    demo.bridge.undo()
    assert demo.event.seating().table_of(guest, 1) == source
    assert guest in view.lists[(source, 1)].person_ids()


def test_refused_host_move_is_a_status_message(qtbot, demo):
    view = make_plan(qtbot, demo)
    host = host_table(demo)
    before = demo.event.seating()
    menu = view.move_menu(host.host_id, 0)
    other = next(a for a in menu.actions() if a.data() != host.id)
    other.trigger()
    name = demo.event.participant(host.host_id).name
    assert demo.messages[-1].startswith(f"{name} hosts table {host.number} and stays there")
    assert demo.event.seating() == before
    assert view.lists[(host.id, 0)].person_ids()[0] == host.host_id


def test_drop_on_another_table_moves_the_person(qtbot, demo):
    view = make_plan(qtbot, demo)
    guest, source, target = a_guest(view, 2)
    data = QMimeData()
    data.setData(SEAT_MIME, f"{guest}\n2\n{source}".encode())
    wrong_round = view.lists[(target, 0)]
    drop = QDropEvent(QPoint(5, 5).toPointF(), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wrong_round.dropEvent(drop)  # another round: refused, nothing happens
    assert not drop.isAccepted()
    drop = QDropEvent(QPoint(5, 5).toPointF(), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.lists[(target, 2)].dropEvent(drop)
    qtbot.waitUntil(lambda: demo.event.seating().table_of(guest, 2) == target, timeout=2000)
    assert demo.event.seating().table_of(guest, 0) == view.plan.table_of(guest, 0)


def test_print_writes_the_plan_per_table_and_per_participant(qtbot, demo, tmp_path,
                                                              monkeypatch):
    view = make_plan(qtbot, demo)
    target = tmp_path / "schikking.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert demo.messages[-1] == f"Seating plan written to {target}"
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Tafelschikking" in text and "Per tafel" in text and "Per deelnemer" in text
    assert "Ronde 3" in text and "Kaartjes om uit te knippen" in text
    host = host_table(demo)
    host_name = demo.event.participant(host.host_id).name
    assert f"{host_name} (tafelhost)" in text
    assert f"blijft alle rondes aan die tafel" in text.replace("\n", " ")
    for person in demo.event.table_members(demo.event.tables()[0].id):
        assert (person.name or person.organisations[0]) in text

    missing = tmp_path / "no-such-folder" / "plan.pdf"
    assert view.print_plan(missing) is None
    assert "no-such-folder" in demo.messages[-1]


def test_a_plan_that_no_longer_fits_is_reported(qtbot, demo):
    view = make_plan(qtbot, demo, rounds=2)
    event = demo.event
    newcomer = demo.bridge.run(event.add_participant, name="Laatkomer")
    demo.bridge.run(event.assign_participant, newcomer,
                    table_id=event.tables()[1].id)
    assert view.problems_label.isVisible()
    assert "Laatkomer" in view.problems_label.text()
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    assert not view.problems_label.isVisible()
    assert any(newcomer in view.lists[(t.id, 0)].person_ids() for t in event.tables())


def test_the_plan_survives_reopening(qtbot, demo):
    view = make_plan(qtbot, demo, rounds=4)
    guest, _source, target = a_guest(view, 3)
    view.move(guest, 3, target)
    shown = {key: seats.person_ids() for key, seats in view.lists.items()}
    view.close()
    demo.reopen()
    again = show(qtbot, RotationView(demo.bridge))
    assert again.rounds_spin.value() == 4
    assert {key: seats.person_ids() for key, seats in again.lists.items()} == shown
    assert guest in again.lists[(target, 3)].person_ids()
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    assert again.plan is None and again.empty_label.isVisible()
    demo.bridge.undo()
    assert again.plan is not None and len(again.lists) == 4 * len(demo.event.tables())
