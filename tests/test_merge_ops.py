"""Merging hand-out copies back: properties over random edit histories, and the rules.

The property test hands a small event out to 2-5 tables, plays a random
history of edits on the copies and on the event itself (add, edit, move,
vote and delete notes and actions, overlapping items, laptop clocks minutes
apart), and then merges the copies in several orders and twice. Expected
outcomes are derived from the files' values (what each side changed
compared with the hand-out), not from the merge's clocks.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import EventFile, handout_ops, transactions
from facilitator.merge_ops import NotAHandout
from facilitator.schema import ROW_TABLES

_real_now = transactions.now_iso


def base_event(path: Path) -> Path:
    with EventFile.create(path, title="Basis") as ev:
        q = ev.add_question(text="Wat werkt?", kind="round", minutes=20)
        people = [ev.add_participant(name=f"Persoon {i}") for i in range(3)]
        for n in range(3):
            t = ev.add_table(theme=f"Thema {n + 1}")
            ev.assign_participant(people[n], table_id=t)
            for i in range(3):
                ev.add_note(text=f"basis {n}.{i}", table_id=t, question_id=q)
        for i in range(3):
            ev.add_action(what=f"actie {i}", owner="Gemeente")
    return path


# -- histories ---------------------------------------------------------------------------

OPS = ("add_note", "edit_note", "move_note", "vote", "delete_note", "add_action",
       "edit_action", "delete_action", "edit_table")
step = st.tuples(st.integers(0, 5), st.sampled_from(OPS), st.integers(0, 50),
                 st.integers(0, 50))
history = st.fixed_dictionaries({
    "copies": st.integers(2, 5),
    "skew": st.lists(st.integers(-10, 10), min_size=6, max_size=6),
    "steps": st.lists(step, min_size=1, max_size=25),
    "order": st.randoms(use_true_random=False),
})


def _pick(items: list, index: int):
    return items[index % len(items)] if items else None


def play(ev: EventFile, side: int, op: str, a: int, b: int, counter: list[int]) -> None:
    """One edit on one side; indexes pick among the live items (sorted by id, so
    several sides pick the same base items: overlapping edits)."""
    notes = sorted(ev.notes(), key=lambda n: n.id)
    actions = sorted(ev.actions(), key=lambda x: x.id)
    tables = sorted(ev.tables(), key=lambda t: t.id)
    counter[0] += 1
    tag = f"s{side}-{counter[0]}"
    note, action, table = _pick(notes, a), _pick(actions, a), _pick(tables, b)
    if op == "add_note":
        ev.add_note(text=f"nieuw {tag}", table_id=table.id,
                    question_id=ev.questions(kind="round", table_id=None)[0].id,
                    parent_id=note.id if note and b % 3 == 0 and note.table_id == table.id
                    and note.question_id else None)
    elif op == "edit_note" and note:
        ev.update_note(note.id, text=f"{note.text.split(' /')[0]} / {tag}")
    elif op == "move_note" and note:
        ev.move_note(note.id, index=b % 4)
    elif op == "vote" and note:
        ev.vote(note.id, delta=1 + b % 3)
    elif op == "delete_note" and note:
        ev.delete_note(note.id)
    elif op == "add_action":
        ev.add_action(what=f"actie {tag}")
    elif op == "edit_action" and action:
        ev.update_action(action.id, owner=f"eigenaar {tag}",
                         status=("open", "bezig", "gereed")[b % 3])
    elif op == "delete_action" and action:
        ev.delete_action(action.id)
    elif op == "edit_table":
        ev.update_table(table.id, pitch=f"pitch {tag}")


def rows_of(path: Path) -> dict[str, dict[str, dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {t: {r["id"]: dict(r) for r in conn.execute(f"SELECT * FROM {t}")}
                for t in (*ROW_TABLES, "merge_conflict")}
    finally:
        conn.close()


def canonical(path: Path) -> dict:
    """The whole event content; a merge's own bookkeeping times left out."""
    rows = rows_of(path)
    rows["merge_conflict"] = {
        cid: {k: v for k, v in row.items() if k not in ("created_at", "updated_at")}
        for cid, row in rows["merge_conflict"].items() if row["deleted_at"] is None}
    return rows


def merged(event: Path, copies: list[Path], target: Path, *, one_by_one: bool = True):
    shutil.copyfile(event, target)
    reports = []
    with EventFile.open(target) as ev:
        batches = [[c] for c in copies] if one_by_one else [copies]
        for batch in batches:
            reports.append(ev.merge_copies(batch))
        assert ev.integrity_check() == ["ok"]
    return reports


def changed_fields(base: dict, side: dict) -> dict[tuple[str, str, str], object]:
    """(table, id, field) -> value for every field a side holds differently from
    the hand-out (new rows not counted)."""
    out = {}
    for table in ROW_TABLES:
        for row_id, row in side[table].items():
            before = base[table].get(row_id)
            if before is None:
                continue
            for name, value in row.items():
                if name in ("created_at", "updated_at", "clocks", "position", "data"):
                    continue
                if before[name] != value:
                    out[(table, row_id, name)] = value
    return out


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history)
def test_random_histories_merge_to_one_event(tmp_path_factory, monkeypatch, data):
    check_history(tmp_path_factory.mktemp("merge"), monkeypatch, data)


def check_history(folder: Path, monkeypatch, data: dict) -> None:
    """Play `data`'s history on the hand-outs, merge, and check every property."""
    event_path = base_event(folder / "event.oogst")
    clock = {"side": 0}

    def skewed_now() -> str:
        """Each laptop's clock is off by its own minutes (the organiser's too)."""
        moment = datetime.now(timezone.utc) + timedelta(minutes=data["skew"][clock["side"]])
        return moment.isoformat(timespec="microseconds")

    monkeypatch.setattr(transactions, "now_iso", skewed_now)
    monkeypatch.setattr(handout_ops, "now_iso", skewed_now)
    n = data["copies"]
    with EventFile.open(event_path) as ev:
        copies = ev.hand_out(folder=folder, table_ids=[t.id for t in ev.tables()][:n]
                             if n <= 3 else None)
    while len(copies) < n:  # more note-takers than tables: hand out a table again
        sub = folder / f"extra{len(copies)}"
        sub.mkdir()
        with EventFile.open(event_path) as ev:
            copies += ev.hand_out(folder=sub, table_ids=[ev.tables()[0].id])
    base_path = folder / "base.oogst"
    shutil.copyfile(copies[0], base_path)
    base = rows_of(base_path)
    sides = [event_path, *copies]  # side 0 is the organiser's event itself
    counter = [0]
    with ExitStack() as stack:
        opened = [stack.enter_context(EventFile.open(p)) for p in sides]
        for side, op, a, b in data["steps"]:
            side %= len(sides)
            clock["side"] = side
            play(opened[side], side, op, a, b, counter)
    monkeypatch.setattr(transactions, "now_iso", _real_now)
    monkeypatch.setattr(handout_ops, "now_iso", _real_now)

    # Every merge order gives the same event; all at once too.
    order = list(copies)
    data["order"].shuffle(order)
    first = merged(event_path, copies, folder / "m1.oogst")
    merged(event_path, list(reversed(copies)), folder / "m2.oogst")
    merged(event_path, order, folder / "m3.oogst")
    merged(event_path, order, folder / "m4.oogst", one_by_one=False)
    expected = canonical(folder / "m1.oogst")
    for other in ("m2", "m3", "m4"):
        assert canonical(folder / f"{other}.oogst") == expected, other

    # Merging again changes nothing.
    again = merged(folder / "m1.oogst", order, folder / "m5.oogst", one_by_one=False)
    assert canonical(folder / "m5.oogst") == expected
    assert not again[0].conflicts
    assert all(not c.arrived and not c.changed for c in again[0].copies)

    # Nothing lost or duplicated: every row of every side is in the event once.
    final = rows_of(folder / "m1.oogst")
    side_rows = [rows_of(p) for p in sides]
    for rows in side_rows:
        for table in ROW_TABLES:
            assert set(rows[table]) <= set(final[table]), table
    live_texts = [r["text"] for r in final["note"].values() if r["deleted_at"] is None]
    assert len(live_texts) == len(set(live_texts))
    for rows in side_rows:  # a note added on a side and deleted nowhere is live
        for row_id, row in rows["note"].items():
            if row_id not in base["note"] and all(
                    s["note"].get(row_id, row)["deleted_at"] is None for s in side_rows):
                assert final["note"][row_id]["deleted_at"] is None

    # Every two-sided change is in the report (of some merge) and kept as a conflict.
    reported = {(c.kind, c.row_id, c.field) for r in first for c in r.conflicts}
    kept = {(c["kind"], c["row_id"], c["field"]) for c in final["merge_conflict"].values()
            if c["deleted_at"] is None}
    changes = [changed_fields(base, rows) for rows in side_rows]
    for key in set().union(*changes):
        values = {json.dumps(ch[key], default=str) for ch in changes if key in ch}
        table, row_id, name = key
        if name == "deleted_at":
            continue
        if len(values) > 1:
            assert key in reported and key in kept, key
            # the versions that lost are kept, the later one is on the item
            assert final[table][row_id][name] in [ch[key] for ch in changes if key in ch]
        elif len(values) == 1 and final[table][row_id]["deleted_at"] is None:
            value = next(ch[key] for ch in changes if key in ch)  # one-sided: taken
            assert final[table][row_id][name] == value, key
    # An edit beats a delete.
    for table in ("note", "action"):
        for row_id, row in base[table].items():
            deleted = [i for i, rows in enumerate(side_rows)
                       if rows[table][row_id]["deleted_at"] is not None]
            edited = [i for i, ch in enumerate(changes) if any(
                k[0] == table and k[1] == row_id and k[2] not in ("deleted_at", "votes")
                for k in ch) and i not in deleted]
            if deleted and edited:
                assert final[table][row_id]["deleted_at"] is None, (table, row_id)
                assert (table, row_id, "deleted_at") in reported


# -- the rules one by one ---------------------------------------------------------------


@pytest.fixture
def handed_out(tmp_path):
    event_path = base_event(tmp_path / "event.oogst")
    with EventFile.open(event_path) as ev:
        copies = ev.hand_out(folder=tmp_path)
    return event_path, copies


def test_a_copy_opens_on_its_table_and_names_its_event(handed_out):
    event_path, copies = handed_out
    with EventFile.open(event_path, readonly=True) as ev:
        event_id, tables = ev.event().id, [t.id for t in ev.tables()]
        assert ev.handout() is None
    for copy, table_id in zip(copies, tables):
        with EventFile.open(copy, readonly=True) as c:
            h = c.handout()
            assert (h.event_id, h.table_id) == (event_id, table_id)
            assert len(c.notes()) == 9 and c.integrity_check() == ["ok"]
    assert sorted(p.name for p in copies) == [
        "event - tafel 1.oogst", "event - tafel 2.oogst", "event - tafel 3.oogst"]


def test_handing_out_never_overwrites_a_copy(handed_out):
    event_path, copies = handed_out
    before = copies[0].read_bytes()
    with EventFile.open(event_path) as ev, pytest.raises(Exception) as caught:
        ev.hand_out(folder=copies[0].parent)
    assert "overwrite" in str(caught.value) or "bestaat" in str(caught.value)
    assert copies[0].read_bytes() == before


def test_sources_are_never_modified_and_strangers_are_refused(handed_out, tmp_path):
    event_path, copies = handed_out
    with EventFile.open(copies[0]) as c:
        c.add_note(text="van tafel 1", table_id=c.handout().table_id)
    stranger = base_event(tmp_path / "other.oogst")
    with EventFile.open(stranger) as other:
        (foreign,) = other.hand_out(folder=_folder(tmp_path, "x"),
                                    table_ids=[other.tables()[0].id])
    damaged = tmp_path / "kapot.oogst"
    damaged.write_bytes(copies[1].read_bytes()[:5000])
    sources = [copies[0], foreign, damaged, stranger, event_path]
    snapshot = {p: p.read_bytes() for p in sources if p != event_path}
    with EventFile.open(event_path) as ev:
        report = ev.merge_copies(sources)
        assert [c.merged for c in report.copies] == [True, False, False, False, False]
        assert isinstance(report.copies[1].problem, NotAHandout)
        assert isinstance(report.copies[3].problem, NotAHandout)
        assert report.copies[0].arrived == {"note": 1}
        assert "van tafel 1" in [n.text for n in ev.notes()]
        text = report.text("nl")
        assert "kapot.oogst" in text and "andere bijeenkomst" in text
    assert {p: p.read_bytes() for p in snapshot} == snapshot


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def test_a_merge_is_one_undo_step_and_one_notice(handed_out):
    event_path, copies = handed_out
    for copy in copies:
        with EventFile.open(copy) as c:
            c.add_note(text=f"nieuw {copy.stem}", table_id=c.handout().table_id)
    with EventFile.open(event_path) as ev:
        heard = []
        ev.subscribe(heard.append)
        before = len(ev.notes())
        ev.merge_copies(copies)
        assert len(ev.notes()) == before + 3 and len(heard) == 1
        assert ev.undo_label == "op.merge_copies"
        ev.undo()
        assert len(ev.notes()) == before
        ev.merge_copies(copies)  # merging again after undo brings them back
        assert len(ev.notes()) == before + 3


def test_the_organiser_switches_to_the_other_version(handed_out):
    event_path, copies = handed_out
    with EventFile.open(copies[0]) as c:
        note = sorted(c.notes(), key=lambda n: n.id)[0]
        c.update_note(note.id, text="versie van tafel 1")
    with EventFile.open(event_path) as ev:
        ev.update_note(note.id, text="versie van de organisator")
        report = ev.merge_copies(copies[:1])
        (conflict,) = report.conflicts
        assert (conflict.kept, conflict.other) == ("versie van de organisator",
                                                   "versie van tafel 1")
        (kept,) = ev.conflicts(kind="note", row_id=note.id)
        ev.use_conflict_version(kept.id)
        assert ev.note(note.id).text == "versie van tafel 1"
        (back,) = ev.conflicts(kind="note", row_id=note.id)
        assert back.value == "versie van de organisator"
        ev.merge_copies(copies[:1])  # merging again keeps the organiser's choice
        assert ev.note(note.id).text == "versie van tafel 1"
        ev.dismiss_conflict(back.id)
        assert ev.conflicts() == []


def test_a_copy_handed_on_from_a_copy_merges_too(handed_out, tmp_path):
    event_path, copies = handed_out
    with EventFile.open(copies[0]) as c:
        c.add_note(text="op de eerste laptop", table_id=c.handout().table_id)
        (second,) = c.hand_out(folder=_folder(tmp_path, "door"),
                               table_ids=[c.handout().table_id])
    with EventFile.open(second) as c2:
        c2.add_note(text="op de tweede laptop", table_id=c2.handout().table_id)
        first_note = [n for n in c2.notes() if n.text == "op de eerste laptop"][0]
        c2.update_note(first_note.id, text="op de eerste laptop, aangevuld")
    merged(event_path, [second, copies[0]], tmp_path / "a.oogst")
    merged(event_path, [copies[0], second], tmp_path / "b.oogst")
    assert canonical(tmp_path / "a.oogst") == canonical(tmp_path / "b.oogst")
    with EventFile.open(tmp_path / "a.oogst") as ev:
        texts = [n.text for n in ev.notes()]
        assert "op de eerste laptop, aangevuld" in texts and "op de tweede laptop" in texts
        assert "op de eerste laptop" not in texts and not ev.conflicts()


def test_concurrent_notes_at_one_table_keep_time_then_id_order(handed_out, tmp_path):
    event_path, copies = handed_out
    with EventFile.open(event_path) as ev:
        table_id = ev.tables()[0].id
        (again,) = ev.hand_out(folder=_folder(tmp_path, "tweede"), table_ids=[table_id])
    for text, copy in (("eerst", copies[0]), ("daarna", again), ("laatst", copies[0])):
        with EventFile.open(copy) as c:
            c.add_note(text=text, table_id=table_id)
    with EventFile.open(event_path) as ev:
        ev.merge_copies([again, copies[0]])
        texts = [n.text for n in ev.notes(table_id=table_id, question_id=None)]
    assert texts == ["eerst", "daarna", "laatst"]


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def test_photos_participants_votes_and_timer_times_arrive_once(handed_out):
    event_path, copies = handed_out
    with EventFile.open(copies[0]) as c:
        table = c.handout().table_id
        photo = c.add_attachment(data=PNG, filename="flap.png", table_id=table)
        person = c.add_participant(name="Nieuwe deelnemer")
        c.assign_participant(person, table_id=table)
        note = c.notes(table_id=table)[0]
        c.vote(note.id, delta=3)
        item = c.add_programme_item(title="Ronde 1", kind="table_round", planned_minutes=20)
        c.update_programme_item(item, actual_start="2025-01-15T10:00:00+00:00")
    with EventFile.open(event_path) as ev:
        for _ in range(2):
            ev.merge_copies([copies[0], copies[0]])
        assert ev.attachment_data(photo) == PNG
        assert [a.filename for a in ev.attachments(table_id=table)] == ["flap.png"]
        assert [p.name for p in ev.table_members(table)].count("Nieuwe deelnemer") == 1
        assert ev.note(note.id).votes == 3
        assert ev.programme_item(item).actual_start == "2025-01-15T10:00:00+00:00"
        assert ev.integrity_check() == ["ok"]


def test_a_person_erased_in_the_event_never_comes_back_from_a_copy(handed_out):
    event_path, copies = handed_out
    with EventFile.open(event_path) as ev:
        person = ev.participants()[0]
        ev.erase_participant(person.id)
    with EventFile.open(copies[0]) as c:
        c.update_participant(person.id, function="Wethouder")  # edited on the laptop
    with EventFile.open(event_path) as ev:
        ev.merge_copies(copies)
        assert person.id not in [p.id for p in ev.participants()]
        assert not ev.find_participants(person.id)


def test_using_the_other_version_without_keeping_the_current_one_settles_it(handed_out):
    event_path, copies = handed_out
    with EventFile.open(copies[0]) as c:
        note = sorted(c.notes(), key=lambda n: n.id)[0]
        c.update_note(note.id, text="versie van tafel 1")
    with EventFile.open(event_path) as ev:
        ev.update_note(note.id, text="versie van de organisator")
        ev.merge_copies(copies[:1])
        (kept,) = ev.conflicts(kind="note")
        assert (kept.row_id, kept.current) == (note.id, "versie van de organisator")
        ev.use_conflict_version(kept.id, keep_current=False)
        assert ev.note(note.id).text == "versie van tafel 1"
        assert ev.conflicts() == []
        ev.undo()  # one step: the organiser's version and the conflict are back
        assert ev.note(note.id).text == "versie van de organisator"
        assert [c.id for c in ev.conflicts(kind="note", row_id=note.id)] == [kept.id]
