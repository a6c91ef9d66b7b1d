"""The garbage collector at the pauses a facilitator expects, not while typing.

Python's collector now and then walks every object the program holds; with an
event's pages open that is tens of thousands, a pause of 30-80 ms if it falls on
a keystroke (issue 13: no gap over 50 ms while typing). So the start freezes
what it made once the window has painted (`app.finish_start`), and every event
opened later (File > Open, a new meeting) settles the same way after its first
paint: the previous event's pages, garbage now, are collected, and what is there
then is set aside for good. The walks while typing see only what typing makes.
"""
from __future__ import annotations

import gc


def settle() -> None:
    """Collect what went (a closed event's pages), freeze what stays."""
    gc.unfreeze()  # objects frozen earlier may be garbage now
    gc.collect()
    gc.freeze()
