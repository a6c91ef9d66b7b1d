"""Small helpers shared by the operation mixins: checked values and positions.

A checking helper names the field it checks by its catalogue word
(`field="due_date"` is `field.due_date`), so that its message is entirely in
the reader's language.
"""
from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from .errors import InvalidValue, OogstError
from .transactions import Transaction, Writer
from .words import Word

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def field_word(field: str) -> Word:
    """The catalogue word of a field name ("due_date" -> field.due_date)."""
    return Word(f"field.{field}")


def clean_text(value: Any, *, field: str = "text") -> str:
    """User text as given, but valid Unicode (lone surrogates can't be stored)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidValue("error.value_must_be_text", field=field_word(field))
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
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise InvalidValue("error.value_must_be_text_list", field=field_word(field))
    items = [clean_text(v, field=field).strip() for v in values]
    return json.dumps([v for v in items if v], ensure_ascii=False)


def choice(value: Any, allowed: tuple[str, ...], *, field: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise InvalidValue("error.value_must_be_one_of", field=field_word(field),
                           choices=", ".join(allowed), value=value)
    return value


def iso_date(value: str | date | None, *, field: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue("error.value_must_be_date", field=field_word(field),
                           value=value) from None


def clock_time(value: str | None, *, field: str) -> str | None:
    """A planned time of day, HH:MM."""
    if value in (None, ""):
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value).strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidValue("error.value_must_be_time", field=field_word(field), value=value)
    return f"{int(match[1]):02d}:{match[2]}"


def whole_number(value: Any, *, field: str) -> int:
    """A whole number (7, "7"; not 7.5, True or "seven")."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise InvalidValue("error.value_must_be_whole_number", field=field_word(field))
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue("error.value_must_be_whole_number",
                           field=field_word(field)) from None
    return number


def minutes(value: int | None, *, field: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise InvalidValue("error.value_must_be_minutes", field=field_word(field))
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue("error.value_must_be_minutes", field=field_word(field)) from None
    if number < 0 or number > 24 * 60:
        raise InvalidValue("error.minutes_out_of_range", field=field_word(field))
    return number


def colour(value: Any) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise InvalidValue("error.colour_format", value=value)
    return value.lower()


def os_reason(exc: OSError) -> Word | str:
    """Why a file could not be read, as a word where the reason is a common one."""
    common = {errno.ENOENT: "reason.no_such_file", errno.EACCES: "reason.no_permission",
              errno.EPERM: "reason.no_permission", errno.EISDIR: "reason.is_folder"}
    key = common.get(exc.errno or 0)
    return Word(key) if key else (exc.strerror or str(exc))


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
            raise OogstError("error.read_only_event")
        with self._writer.change(label) as tx:
            yield tx
