"""Small helpers shared by the operation mixins: checked values and positions."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from .errors import InvalidValue, OogstError
from .transactions import Transaction, Writer

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def clean_text(value: Any, *, field: str = "text") -> str:
    """User text as given, but valid Unicode (lone surrogates can't be stored)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidValue(f"{field} must be text.")
    return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(value) else value


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def text_list(values: Iterable[str] | None, *, field: str) -> str:
    """A list of short texts (organisations, partners...) as stored JSON."""
    if values is None:
        return "[]"
    if isinstance(values, str):
        raise InvalidValue(f"{field} must be a list of texts.")
    items = [clean_text(v, field=field).strip() for v in values]
    return json.dumps([v for v in items if v], ensure_ascii=False)


def choice(value: str, allowed: tuple[str, ...], *, field: str) -> str:
    if value not in allowed:
        raise InvalidValue(f"{field} must be one of {', '.join(allowed)}; got {value!r}.")
    return value


def iso_date(value: str | date | None, *, field: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue(f"{field} must be a date like 2017-11-28; got {value!r}.") from None


def clock_time(value: str | None, *, field: str) -> str | None:
    """A planned time of day, HH:MM."""
    if value in (None, ""):
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value).strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidValue(f"{field} must be a time like 13:30; got {value!r}.")
    return f"{int(match[1]):02d}:{match[2]}"


def minutes(value: int | None, *, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidValue(f"{field} must be a whole number of minutes.") from None
    if number < 0 or number > 24 * 60:
        raise InvalidValue(f"{field} must be between 0 and 1440 minutes.")
    return number


def colour(value: str) -> str:
    if not _COLOUR.match(value or ""):
        raise InvalidValue(f"A colour must look like #1f77b4; got {value!r}.")
    return value.lower()


def next_position(tx: Transaction, table: str, where: str = "1", params: tuple = ()) -> int:
    row = tx.query(f"SELECT max(position) FROM {table} WHERE deleted_at IS NULL AND {where}",
                   params)[0]
    return (row[0] + 1) if row[0] is not None else 0


def renumber(tx: Transaction, table: str, ordered_ids: list[str]) -> None:
    """Give the rows positions 0..n-1 in the given order (records undo)."""
    for position, row_id in enumerate(ordered_ids):
        tx.update(table, row_id, {"position": position})


def reorder(tx: Transaction, table: str, siblings: list[str], row_id: str,
            index: int) -> None:
    """Move `row_id` to `index` among `siblings` (which may or may not contain it)."""
    ids = [s for s in siblings if s != row_id]
    index = max(0, min(index, len(ids)))
    ids.insert(index, row_id)
    renumber(tx, table, ids)


class Base:
    """What every operation mixin relies on: the writer and the read-only flag."""

    _writer: Writer
    readonly: bool

    @contextmanager
    def _change(self, label: str) -> Iterator[Transaction]:
        if self.readonly:
            raise OogstError("This event is open read-only; changes are not possible.")
        with self._writer.change(label) as tx:
            yield tx
