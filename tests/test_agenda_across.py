"""One agenda across meetings: each series once with its latest status, filters,
per organisation, damaged and foreign files skipped."""
from __future__ import annotations

import shutil

import pytest

from facilitator import EventFile
from facilitator.agenda_across import (AgendaFilter, event_files, filtered, fold,
                                       organisations, owners, read_agenda)
from facilitator.follow_up import create_follow_up
from facilitator.jobs import Cancelled


def make_event(path, title, date, actions):
    ev = EventFile.create(path, title=title)
    ev.update_event(date=date)
    for a in actions:
        ev.add_action(**a)
    return ev


@pytest.fixture
def series(tmp_path):
    """Meeting 1 (three actions), its follow-up 2 (two carried, one reviewed, one
    new) and its follow-up 3; plus an unrelated meeting."""
    one = make_event(tmp_path / "1.oogst", "Eerste", "2026-01-10", [
        dict(what="Verslag sturen", owner="Movisie (Daan)", partners=["NLZVE"],
             level="regionaal", due_date="2026-02-01"),
        dict(what="Nieuwsbrief", owner="Alle deelnemers", level="zelf"),
        dict(what="Klaar", owner="Gemeente Vianen", status="gereed", level="lokaal")])
    two = create_follow_up(tmp_path / "2.oogst", one, date="2026-03-01")
    sent = next(a for a in two.actions() if a.what == "Verslag sturen")
    two.review_action(sent.id, status="bezig", review_note="Half", due_date="2026-04-01")
    two.add_action(what="Nieuw in twee", owner="Ministerie van VWS", partners=["Movisie"],
                   level="landelijk", due_date="2026-05-01")
    three = create_follow_up(tmp_path / "3.oogst", two, date="2026-06-01")
    news = next(a for a in three.actions() if a.what == "Nieuwsbrief")
    three.review_action(news.id, status="gereed", review_note="Verstuurd")
    (tmp_path / "sub").mkdir()
    other = make_event(tmp_path / "sub" / "x.oogst", "Ander", "2026-02-02",
                       [dict(what="Los punt", owner="Provincie", level="provinciaal",
                             due_date="2026-02-20")])
    for ev in (one, two, three, other):
        ev.close()
    return tmp_path


def whats(items):
    return sorted(i.action.what for i in items)


def test_each_series_once_with_its_latest_status(series):
    agenda = read_agenda([series])
    assert len(agenda.files) == 4 and agenda.skipped == []
    assert whats(agenda.items) == ["Klaar", "Los punt", "Nieuw in twee", "Nieuwsbrief",
                                   "Verslag sturen"]
    by = {i.action.what: i for i in agenda.items}
    assert (by["Verslag sturen"].action.status, by["Verslag sturen"].meeting_date) == (
        "bezig", "2026-06-01")
    assert by["Verslag sturen"].action.due_date == "2026-04-01"
    assert by["Verslag sturen"].first_meeting == "Eerste"
    assert (by["Nieuwsbrief"].action.status, by["Nieuwsbrief"].action.review_note) == (
        "gereed", "Verstuurd")
    assert by["Klaar"].meeting == "Eerste"  # done, never carried: as it stood there
    assert by["Nieuw in twee"].path.name == "3.oogst"


def test_order_of_files_does_not_matter(series):
    paths = event_files([series])
    forward = read_agenda(paths)
    backward = read_agenda(list(reversed(paths)))
    assert [(i.action.id, i.action.status) for i in forward.items] == [
        (i.action.id, i.action.status) for i in backward.items]


def test_filters(series):
    items = read_agenda([series]).items
    assert whats(filtered(items, AgendaFilter(owner="movisie"))) == ["Verslag sturen"]
    assert whats(filtered(items, AgendaFilter(organisation="MOVISIE"))) == [
        "Nieuw in twee", "Verslag sturen"]  # owner or partner
    assert whats(filtered(items, AgendaFilter(organisation="nlzve"))) == ["Verslag sturen"]
    assert whats(filtered(items, AgendaFilter(level="zelf"))) == ["Nieuwsbrief"]
    assert whats(filtered(items, AgendaFilter(start="2026-03-01", end="2026-04-30"))) == [
        "Verslag sturen"]
    assert whats(filtered(items, AgendaFilter(start="2026-04-02"))) == ["Nieuw in twee"]
    assert whats(filtered(items, AgendaFilter(organisation="Movisie", level="landelijk"))) \
        == ["Nieuw in twee"]
    assert filtered(items, AgendaFilter()) == items


def test_organisations_and_owners(series):
    items = read_agenda([series]).items
    assert organisations(items) == ["Alle deelnemers", "Gemeente Vianen", "Ministerie van VWS",
                                    "Movisie", "NLZVE", "Provincie"]
    assert "Movisie (Daan)" in owners(items)
    assert fold("  Coöperatie  X ") == "cooperatie x"


def test_damaged_and_foreign_files_are_named_and_skipped(series, tmp_path):
    (series / "notes.oogst").write_text("geen database", encoding="utf-8")
    damaged = series / "kapot.oogst"
    shutil.copyfile(series / "1.oogst", damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)
    damaged.write_bytes(bytes(data[: len(data) - 1000]))
    agenda = read_agenda([series, tmp_path / "missing.oogst"])
    names = sorted(s.path.name for s in agenda.skipped)
    assert names == ["kapot.oogst", "missing.oogst", "notes.oogst"]
    assert all(s.text("nl") for s in agenda.skipped)
    assert "Verslag sturen" in whats(agenda.items)


def test_the_open_file_is_read_through_a_private_copy(series):
    with EventFile.open(series / "3.oogst") as open_event:  # locked, as in the window
        open_event.add_action(what="Net toegevoegd", owner="Movisie")
        agenda = read_agenda([series], open_event=open_event)
        assert "Net toegevoegd" in whats(agenda.items)
        open_event.add_note(text="schrijft nog")


def test_progress_and_cancel(series):
    seen = []
    read_agenda([series], progress=lambda d, t, m: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    with pytest.raises(Cancelled):
        read_agenda([series], should_abort=lambda: True)


# -- property: any series, any file order: each series once, as its latest meeting has it --

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from facilitator.domain import ACTION_STATUSES  # noqa: E402


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(meetings=st.lists(st.lists(st.sampled_from(ACTION_STATUSES), min_size=3, max_size=3),
                         min_size=1, max_size=4),
       new=st.lists(st.booleans(), min_size=4, max_size=4),
       order=st.randoms(use_true_random=False))
def test_series_fold_to_their_latest_in_any_order(tmp_path_factory, meetings, new, order):
    """A chain of follow-ups; in each meeting the carried actions get the statuses
    drawn, and maybe a new action is added. The agenda holds every series once, with
    the status of the last meeting it reached, whatever the order of the files."""
    folder = tmp_path_factory.mktemp("reeks")
    event = make_event(folder / "m0.oogst", "M0", "2026-01-01",
                       [dict(what=f"Actie {i}", owner="Movisie") for i in range(3)])
    expected: dict[str, str] = {}
    for n, statuses in enumerate(meetings, start=1):
        for action, status in zip(event.actions(), statuses * 3):
            event.review_action(action.id, status=status)
        if new[n - 1]:
            event.add_action(what=f"Nieuw {n}", owner="NLZVE")
        expected.update({a.series_key: a.status for a in event.actions()})
        later = create_follow_up(folder / f"m{n}.oogst", event, date=f"2026-0{n + 1}-01")
        event.close()
        event = later
    final = {a.series_key: a.status for a in event.actions()}
    expected.update(final)  # a series still open reached the last meeting
    event.close()
    paths = event_files([folder])
    order.shuffle(paths)
    agenda = read_agenda(paths)
    assert sorted(i.action.series_key for i in agenda.items) == sorted(expected)
    assert {i.action.series_key: i.action.status for i in agenda.items} == expected


def test_a_history_written_elsewhere_that_is_not_a_list_of_objects_is_no_history(tmp_path):
    import sqlite3
    path = tmp_path / "vreemd.oogst"
    make_event(path, "Vreemd", "2026-01-01", [dict(what="A"), dict(what="B"),
                                              dict(what="C")]).close()
    conn = sqlite3.connect(path)
    for what, history in (("A", "geen json"), ("B", "[1, {\"meeting\": \"M\", \"date\": 7}]"),
                          ("C", "{\"meeting\": \"M\"}")):
        conn.execute("UPDATE action SET history = ?, carried_from = 'x' WHERE what = ?",
                     (history, what))
    conn.commit()
    conn.close()
    agenda = read_agenda([path])
    assert agenda.skipped == []
    assert {i.action.what: i.action.history for i in agenda.items} == {
        "A": (), "B": ({"meeting": "M"},), "C": ()}
    assert {i.first_meeting for i in agenda.items} == {"Vreemd", "M"}
