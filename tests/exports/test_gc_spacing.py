"""Fewer garbage collections while an export runs (gc_spacing): raised inside,
the process's own thresholds back after, also after an error, with exports on
two threads at once, and not over a change someone else made meanwhile."""
from __future__ import annotations

import gc
import threading

import pytest

from facilitator.eventfile import EventFile
from facilitator.exports import minutes
from facilitator.exports.gc_spacing import YOUNG, spaced_collections


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_collections_are_spaced_inside_and_as_before_after(thresholds):
    with spaced_collections():
        assert gc.get_threshold() == (YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_an_error_inside_leaves_the_thresholds_as_they_were(thresholds):
    with pytest.raises(ZeroDivisionError):
        with spaced_collections():
            1 / 0
    assert gc.get_threshold() == (700, 10, 10)


def test_the_last_export_out_restores_them(thresholds):
    first_in, second_done = threading.Event(), threading.Event()
    seen = []

    def second() -> None:
        first_in.wait(5)
        with spaced_collections():
            seen.append(gc.get_threshold())
        seen.append(gc.get_threshold())  # the first still runs: still spaced
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with spaced_collections():
        first_in.set()
        assert second_done.wait(5)
    worker.join(5)
    assert seen == [(YOUNG, 10, 10), (YOUNG, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_a_change_made_meanwhile_is_kept(thresholds):
    with spaced_collections():
        gc.set_threshold(1000, 5, 5)  # someone else's choice
    assert gc.get_threshold() == (1000, 5, 5)


def test_a_higher_threshold_is_not_lowered(thresholds):
    gc.set_threshold(10 * YOUNG, 10, 10)
    with spaced_collections():
        assert gc.get_threshold() == (10 * YOUNG, 10, 10)
    assert gc.get_threshold() == (10 * YOUNG, 10, 10)


def test_collection_switched_off_by_threshold_stays_off(thresholds):
    gc.set_threshold(0, 10, 10)
    with spaced_collections():
        assert gc.get_threshold() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)


def test_the_minutes_are_made_with_spaced_collections(thresholds, tmp_path, monkeypatch):
    seen = []
    made = minutes.minutes_outline

    def outline(*args, **kwargs):
        seen.append(gc.get_threshold())
        return made(*args, **kwargs)

    monkeypatch.setattr(minutes, "minutes_outline", outline)
    with EventFile.create(tmp_path / "e.oogst", title="Samen") as event:
        minutes.export_minutes(event, tmp_path / "m.pdf")
    assert seen == [(YOUNG, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
