"""A row's id: a UUID version 7 (RFC 9562) in 32 hex digits.

48 bits of Unix time in milliseconds come first, then the version, then 74
random bits. Time first, so a new row's id goes to the id index's newest page
instead of a random one of hundreds, most of which SQLite's page cache does not
hold (docs/durability.md, "Time-ordered ids"); the random bits keep ids made on
different laptops apart. Each id is after the one before it in this process: a
later millisecond when the clock has not moved on (or went back).

Written here rather than taken from the `uuid6` library (Python 3.11's `uuid`
has no version 7): importing it cost 32 ms (it reads its package metadata), on
the first note typed.
"""
from __future__ import annotations

import os
import threading
import time

_lock = threading.Lock()
_newest_ms = 0  # the milliseconds of the newest id made


def new_id() -> str:
    global _newest_ms
    with _lock:
        _newest_ms = max(time.time_ns() // 1_000_000, _newest_ms + 1)
        ms = _newest_ms
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits; 74 used
    return (f"{ms & 0xFFFF_FFFF_FFFF:012x}7{rand >> 68:03x}"
            f"{rand & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000:016x}")
