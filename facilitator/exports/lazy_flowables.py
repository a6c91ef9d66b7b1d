"""The flowables of a long document, made while reportlab lays them out."""
from __future__ import annotations

from typing import Any

from reportlab.platypus.flowables import Flowable


class LazyFlowables:
    """The flowables of a long document, made while reportlab lays them out.

    reportlab's `build` takes a list and eats it from the front (`[0]`, `del
    [0]`, `insert(0, ...)`, `[0:0] = pieces`, and `[:i]` to keep a heading with
    what follows). This queue gives it that, pulling from an iterator only as
    far as it looks ahead (`AHEAD` flowables), so a document of 50,000 notes
    never holds more than a page or two of flowables at once."""

    AHEAD = 48

    def __init__(self, source: Any) -> None:
        self._source = iter(source)
        self._buffer: list[Flowable] = []
        self._done = False

    def _fill(self, n: int) -> None:
        while not self._done and len(self._buffer) < n:
            try:
                self._buffer.append(next(self._source))
            except StopIteration:
                self._done = True

    def __len__(self) -> int:
        self._fill(self.AHEAD)
        return len(self._buffer)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            self._fill(self.AHEAD if index.stop is None or index.stop < 0 else index.stop)
        else:
            self._fill(index + 1 if index >= 0 else self.AHEAD)
        return self._buffer[index]

    def __delitem__(self, index: Any) -> None:
        self[index]  # noqa: B018 - make sure the items exist
        del self._buffer[index]

    def __setitem__(self, index: Any, value: Any) -> None:
        self._fill(self.AHEAD)
        self._buffer[index] = value

    def insert(self, index: int, value: Flowable) -> None:
        self._fill(index)
        self._buffer.insert(index, value)
