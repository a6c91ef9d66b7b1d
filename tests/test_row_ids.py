"""Row ids: UUID version 7 in hex, each after the one before (facilitator/row_ids.py)."""
from __future__ import annotations

import threading
import uuid

from facilitator import row_ids
from facilitator.row_ids import new_id


def test_ids_are_uuid7_hex_and_sort_in_the_order_they_were_made():
    ids = [new_id() for _ in range(5000)]  # many within one millisecond
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for made in ids[:50]:
        parsed = uuid.UUID(made)
        assert len(made) == 32 and parsed.hex == made
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_the_first_digits_are_the_time_in_milliseconds(monkeypatch):
    monkeypatch.setattr(row_ids, "_newest_ms", 0)
    monkeypatch.setattr(row_ids.time, "time_ns", lambda: 1_764_460_800_123_456_789)
    assert new_id()[:12] == f"{1_764_460_800_123:012x}"


def test_a_clock_that_goes_back_does_not_put_ids_out_of_order(monkeypatch):
    now = [2_000_000_000_000_000_000]
    monkeypatch.setattr(row_ids.time, "time_ns", lambda: now[0])
    first = new_id()
    now[0] -= 3_600 * 10**9  # an hour back (a laptop's clock corrected)
    second = new_id()
    assert second > first


def test_threads_never_make_the_same_id():
    made: list[list[str]] = [[] for _ in range(4)]

    def make(into: list[str]) -> None:
        into.extend(new_id() for _ in range(2000))

    threads = [threading.Thread(target=make, args=(into,)) for into in made]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [i for into in made for i in into]
    assert len(set(every)) == len(every)
    assert all(into == sorted(into) for into in made)
