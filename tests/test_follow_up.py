"""A follow-up meeting made from the demo: structure copied, open actions carried."""
from __future__ import annotations

import pytest

from facilitator import EventFile
from facilitator.follow_up import create_follow_up
from facilitator.storage import FileExists

@pytest.fixture
def demo_file(demo_with_actions):
    """The demo after its five agenda points became actions (seed 002 has no action
    list; tests/conftest.py)."""
    return demo_with_actions[0]


def test_follow_up_of_the_demo_copies_structure_not_harvest(demo_file, tmp_path):
    with EventFile.open(demo_file, readonly=True) as demo:
        with create_follow_up(tmp_path / "vervolg.oogst", demo, date="2026-01-20") as later:
            ev = later.event()
            assert ev.title == "Vervolg: " + demo.event().title
            assert ev.date == "2026-01-20" and ev.introduction == ""
            assert [p.title for p in later.programme()] == [p.title for p in demo.programme()]
            assert [(t.number, t.theme, t.blocks) for t in later.tables()] == [
                (t.number, t.theme, t.blocks) for t in demo.tables()]
            assert sorted(q.text for q in later.questions()) == sorted(
                q.text for q in demo.questions())
            assert [p.name for p in later.perspectives()] == [
                p.name for p in demo.perspectives()]
            assert later.notes() == [] and later.participants() == []
            open_ones = [a for a in demo.actions() if a.status in ("open", "bezig")]
            assert len(open_ones) == 5
            assert [(a.what, a.carried_from) for a in later.actions()] == [
                (a.what, a.id) for a in open_ones]
            assert later.undo_label is None  # a new file: nothing to undo
            assert later.integrity_check() == ["ok"]


def test_follow_up_never_overwrites(demo_file, tmp_path):
    target = tmp_path / "bestaat.oogst"
    target.write_bytes(b"iets")
    with EventFile.open(demo_file, readonly=True) as demo:
        with pytest.raises(FileExists):
            create_follow_up(target, demo)
    assert target.read_bytes() == b"iets"
    assert not (tmp_path / "bestaat.oogst.partial").exists()


def test_follow_up_of_the_open_file_reads_its_snapshot(demo_file, tmp_path):
    with EventFile.open(demo_file) as demo:  # open and locked, as in the window
        demo.add_action(what="Nieuw na de bijeenkomst", owner="Movisie")
        snapshot = demo.snapshot()
        with create_follow_up(tmp_path / "v.oogst", snapshot) as later:
            assert later.actions()[-1].what == "Nieuw na de bijeenkomst"
        snapshot.close()
        demo.add_note(text="nog steeds open en schrijfbaar")
