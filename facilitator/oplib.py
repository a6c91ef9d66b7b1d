"""Small helpers shared by the operation mixins: checked values and positions.

A checking helper names the field it checks by its catalogue word
(`field="due_date"` is `field.due_date`), so that its message is entirely in
the reader's language.
"""
from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from .errors import InvalidValue, OogstError
from .transactions import Transaction
from .writer import Writer
from .words import Word

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# -- limits (README "Limits") ------------------------------------------------------
# The longest text a field takes, in characters. Long free texts (a note, a
# question, a pitch, an introduction) take 100,000 characters (some 30 pages);
# titles, names and other one-line fields less. A longer text is refused with
# a clear message (`error.text_too_long`), so nothing can make an export crawl.
LONG_TEXT = 100_000
FIELD_LIMITS: dict[str, int] = {
    "text": LONG_TEXT, "introduction": LONG_TEXT, "description": LONG_TEXT,
    "pitch": LONG_TEXT, "what": LONG_TEXT, "caption": 5_000,
    "title": 2_000, "subtitle": 2_000, "theme": 2_000, "heading": 2_000, "initiative": 1_000, "topic": 1_000,
    "speakers": 1_000, "venue": 500, "organiser": 500, "name": 300, "function": 300,
    "email": 320, "party": 500, "owner": 500, "period": 200, "label": 100,
    "shortcut": 20, "organisations": 300, "partners": 300, "initiatives": 300,
}
DEFAULT_LIMIT = 1_000
MAX_LIST_ITEMS = 50  # organisations of a person, partners of an action, initiatives
MAX_NUMBER = 1_000_000  # table numbers, votes, versions: whole numbers within +-this


def field_word(field: str) -> Word:
    """The catalogue word of a field name ("due_date" -> field.due_date)."""
    return Word(f"field.{field}")


def clean_text(value: Any, *, field: str = "text") -> str:
    """User text as given, but valid Unicode (lone surrogates can't be stored)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidValue("error.value_must_be_text", field=field_word(field))
    limit = FIELD_LIMITS.get(field, DEFAULT_LIMIT)
    if len(value) > limit:
        raise InvalidValue("error.text_too_long", field=field_word(field), length=len(value),
                           limit=limit)
    return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(value) else value


def _has_surrogates(value: str) -> bool:
    if value.isascii():  # most text typed: no need to try encoding it
        return False
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
    values = list(values)
    if len(values) > MAX_LIST_ITEMS:
        raise InvalidValue("error.too_many_items", field=field_word(field),
                           limit=MAX_LIST_ITEMS, count=len(values))
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
    if abs(number) > MAX_NUMBER:
        raise InvalidValue("error.number_out_of_range", field=field_word(field),
                           low=-MAX_NUMBER, high=MAX_NUMBER, value=_short_number(number))
    return number


def _short_number(number: int) -> str:
    """A number for a message: a huge one shortened (it may have 10,000 digits)."""
    text = str(number)
    return text if len(text) <= 40 else f"{text[:12]}… ({len(text)} digits)"


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


# `Transaction.insert(..., last_of=AT_THE_END)`: after every (undeleted) row of its table.
AT_THE_END: tuple[str, tuple] = ("1", ())


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

    def _change(self, label: str) -> AbstractContextManager[Transaction]:
        """The writer's `change(label)`, refused for a file opened read-only."""
        if self.readonly:
            raise OogstError("error.read_only_event")
        return self._writer.change(label)
