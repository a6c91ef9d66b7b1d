"""ui.memory.settle: what a closed event left is collected even when it was frozen,
and what is there afterwards is frozen (the collector's walks while typing skip it)."""
from __future__ import annotations

import gc
import weakref

from ui import memory


class Page:
    """Stands for a page of an event: objects that refer to each other (a cycle)."""

    def __init__(self) -> None:
        self.me = self


def test_settle_collects_frozen_garbage_and_freezes_the_rest():
    old = Page()
    gone = weakref.ref(old)
    gc.freeze()  # as the start (or an earlier settle) left it
    try:
        del old  # the event closed: its pages are garbage now, but frozen
        gc.collect()
        assert gone() is not None  # a frozen cycle is never walked, so never freed
        kept = Page()
        memory.settle()
        assert gone() is None
        assert gc.get_freeze_count() > 0
        assert all(o is not kept for o in gc.get_objects())  # set aside, not walked
    finally:
        gc.unfreeze()
