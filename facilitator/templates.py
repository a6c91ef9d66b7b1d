"""Session templates: TOML files in `sessions/` (shipped), loaded, checked and applied.

The format is described in `docs/template-format.md`. A template is applied
through the same public operations the GUI uses (no second write path), on
an in-memory event that is then copied to disk in one go, so creating a
file from a template is fast and a half-created file never exists.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .domain import (ACTION_LEVELS, ACTION_STATUSES, MINUTES_STATUSES, NOTE_KINDS,
                     PROGRAMME_KINDS, TABLE_BLOCKS)
from .errors import OogstError, TemplateError
from .installed import sessions_dir
from .oplib import DEFAULT_LIMIT, FIELD_LIMITS, MAX_LIST_ITEMS
from .oplib import os_reason as _os_reason
from .words import Word

FORMAT_VERSION = 1
SESSIONS_DIR = sessions_dir()
DEMO_TEMPLATE = "demo-samenspel-in-beweging"

_NOTE = {"text", "kind", "perspective", "speaker", "party", "votes", "key_point",
         "children", "round"}
# The allowed keys of each part of a template, by path.
SCHEMA: dict[str, set[str]] = {
    "": {"format_version", "name", "description", "language", "event", "perspectives",
         "participants", "programme", "rounds", "tables", "actions", "follow_ups"},
    "event": {"title", "subtitle", "date", "venue", "organiser", "minutes_status",
              "minutes_version", "introduction"},
    "perspectives": {"key", "name", "colour", "shortcut"},
    "participants": {"key", "name", "organisations", "function", "perspective", "email",
                     "consent_named", "listed_as"},
    "programme": {"key", "kind", "title", "speakers", "description", "planned_start",
                  "planned_minutes", "question", "notes"},
    "programme.notes": _NOTE - {"round"},
    "rounds": {"key", "label", "text", "minutes"},
    "tables": {"number", "theme", "heading", "pitch", "initiative", "host", "note_taker",
               "participants", "blocks", "block_labels", "questions", "rounds", "notes"},
    "tables.questions": {"label", "text", "initiatives", "children"},
    "tables.rounds": {"key", "label", "text", "minutes"},
    "tables.notes": _NOTE,
    "actions": {"what", "owner", "partners", "level", "due_date", "period", "status"},
    "follow_ups": {"date", "topic", "organiser"},
}
_INTS = {"format_version", "minutes_version", "planned_minutes", "minutes", "number", "votes"}
_BOOLS = {"consent_named", "key_point"}
_LISTS = {"organisations", "participants", "blocks", "initiatives", "partners"}
_MAPS = {"block_labels"}  # {block: text}
_DATES = {"date", "due_date"}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("programme", "kind"): PROGRAMME_KINDS, ("notes", "kind"): NOTE_KINDS,
    ("", "level"): ACTION_LEVELS,
    ("", "status"): ACTION_STATUSES, ("", "minutes_status"): MINUTES_STATUSES,
    ("", "language"): ("nl", "en"),
}
# -- limits (README "Limits") -------------------------------------------------------
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 12  # levels of nested notes or questions (as harvest_ops.MAX_NOTE_DEPTH)
# The most items of each kind a template may hold (notes and questions at any depth).
MAX_COUNTS = {"perspectives": 50, "participants": 5_000, "programme": 200, "rounds": 100,
              "tables": 200, "questions": 2_000, "notes": 2_000, "actions": 2_000,
              "follow_ups": 500}
# The range of each whole number.
NUMBER_RANGES = {"format_version": (0, 1_000), "minutes_version": (1, 1_000),
                 "planned_minutes": (0, 24 * 60), "minutes": (0, 24 * 60),
                 "number": (0, 100_000), "votes": (0, 1_000_000)}
# Template keys whose text goes into a field with another name.
_TEXT_FIELD = {"question": "text", "key": "name", "round": "name", "perspective": "name",
               "speaker": "name", "host": "name", "note_taker": "name"}
_NESTED = {"children"}

_CHILDREN_OF = {"programme.notes": "programme.notes", "tables.notes": "tables.notes",
                "tables.questions": "tables.questions"}


@dataclass(frozen=True)
class Template:
    path: Path
    key: str  # the file name without extension
    name: str
    description: str
    data: dict[str, Any]

    @property
    def is_demo(self) -> bool:
        return self.key.startswith("demo-")


class _Checker:
    """Walks the parsed TOML and reports the first problem with its line."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()

    def line_of(self, needle: str, *, value: bool = False) -> int | None:
        """Best guess of the line a key (or a quoted value) is on."""
        if value:
            pattern = re.compile(r"=.*" + re.escape(f'"{needle}"') + "|" +
                                 re.escape(f'"{needle}"'))
        else:
            pattern = re.compile(r"^\s*(\[\[?\s*)?([\w.\-\"]*\.)?\"?" + re.escape(needle) +
                                 r"\"?\s*(=|\]\]?)")
        for number, line in enumerate(self.lines, start=1):
            if pattern.search(line):
                return number
        return None

    def fail(self, message: str, /, *, at_key: str | None = None,
             at_value: str | None = None, **fields: object) -> None:
        """Raise TemplateError `message` (a catalogue key with `fields`) with the line
        of `at_key` or of the quoted value `at_value`."""
        line = None
        if at_key is not None:
            line = self.line_of(at_key)
        if at_value is not None:
            line = self.line_of(at_value, value=True) or line
        raise TemplateError(message, path=self.path, line=line, **fields)

    def check(self, data: dict[str, Any], where: str = "", depth: int = 1) -> None:
        if depth > MAX_DEPTH:
            part = "tables.questions" if where == "tables.questions" else "notes"
            self.fail("error.template.too_deep", at_key="children",
                      part=Word(f"error.template.part.{part.split('.')[-1]}"),
                      limit=MAX_DEPTH)
        allowed = SCHEMA[where]
        for key, value in data.items():
            if key not in allowed:
                self.fail("error.template.unknown_field_in" if where
                          else "error.template.unknown_field", at_key=key, field=key,
                          part=where, allowed=", ".join(sorted(allowed)))
            if key == "children":
                sub = _CHILDREN_OF[where]
            else:
                sub = f"{where}.{key}" if where else key
            if sub not in SCHEMA:
                self._check_type(key, value)
                self._check_value(where, key, value)
                continue
            items = value if isinstance(value, list) else [value]
            for item in items:
                if not isinstance(item, dict):
                    self.fail("error.template.must_be_table", at_key=key, field=key,
                              part=sub)
                self.check(item, sub, depth + 1 if key in _NESTED else depth)

    def _check_value(self, where: str, key: str, value: Any) -> None:
        """Values the core would refuse later, reported now with their line."""
        if key in NUMBER_RANGES:
            low, high = NUMBER_RANGES[key]
            if not low <= value <= high:
                shown = str(value) if abs(value) < 10 ** 30 else f"{str(value)[:12]}…"
                self.fail("error.template.number_out_of_range", at_key=key, field=key,
                          low=low, high=high, value=shown)
            return
        if key in _MAPS:
            unknown = [b for b in value if b not in TABLE_BLOCKS]
            if unknown:
                self.fail("error.template.unknown_block", at_key=unknown[0], value=unknown[0],
                          blocks=", ".join(TABLE_BLOCKS))
            value = list(value.values())
        texts = (value if key in _LISTS or key in _MAPS
                 else [value] if isinstance(value, str) else [])
        if key in _LISTS and len(texts) > MAX_LIST_ITEMS:
            self.fail("error.template.too_many", at_key=key, part=key, count=len(texts),
                      limit=MAX_LIST_ITEMS)
        limit = FIELD_LIMITS.get(_TEXT_FIELD.get(key, key), DEFAULT_LIMIT)
        for text in texts:
            if len(text) > limit:
                self.fail("error.template.text_too_long", at_key=key, field=key,
                          length=len(text), limit=limit)
        allowed = _CHOICES.get((where.split(".")[-1] if key == "kind" else "", key))
        if allowed and value not in allowed:
            self.fail("error.template.not_one_of", at_value=str(value), field=key,
                      value=value, choices=", ".join(allowed))
        if key == "blocks":
            unknown = [b for b in value if b not in TABLE_BLOCKS]
            if unknown:
                self.fail("error.template.unknown_block", at_value=str(value),
                          value=unknown[0], blocks=", ".join(TABLE_BLOCKS))
        elif key == "colour" and not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            self.fail("error.template.colour", at_value=str(value))
        elif key == "planned_start" and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value):
            self.fail("error.template.planned_start", at_value=str(value))
        elif key in _DATES and isinstance(value, str) and value:
            try:
                date.fromisoformat(value)
            except ValueError:
                self.fail("error.template.date", at_value=str(value), field=key)

    def _check_type(self, key: str, value: Any) -> None:
        if key in _INTS:
            ok = isinstance(value, int) and not isinstance(value, bool)
            expected = "whole_number"
        elif key in _BOOLS:
            ok, expected = isinstance(value, bool), "true_or_false"
        elif key in _LISTS:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            expected = "text_list"
        elif key in _DATES:
            ok, expected = isinstance(value, (str, date)), "date"
        elif key in _MAPS:
            ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
            expected = "text"
        else:
            ok, expected = isinstance(value, str), "text"
        if not ok:
            self.fail("error.template.wrong_type", at_key=key, field=key,
                      expected=Word(f"error.template.expected.{expected}"))


def load_template(path: str | Path) -> Template:
    """Read and check a template; TemplateError names the file and line of a problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TemplateError("error.template.unreadable", path=path,
                            reason=_os_reason(exc)) from None
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError("error.template.too_big", path=path,
                            size=f"{size / 1024 / 1024:.1f}",
                            limit=MAX_TEMPLATE_BYTES // 1024 // 1024)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError("error.template.not_utf8", path=path) from None
    except OSError as exc:
        raise TemplateError("error.template.unreadable", path=path,
                            reason=_os_reason(exc)) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise TemplateError("error.template.syntax", path=path, reason=str(exc),
                            line=int(match[1]) if match else None) from None
    except RecursionError:  # inline tables nested hundreds deep
        raise TemplateError("error.template.too_deep", path=path,
                            part=Word("error.template.part.notes"), limit=MAX_DEPTH) from None
    checker = _Checker(path, source)
    _check_counts(checker, data)
    checker.check(data)
    version = data.get("format_version")
    if not isinstance(version, int):
        checker.fail("error.template.no_format_version", at_key="format_version")
    if version > FORMAT_VERSION:
        checker.fail("error.template.newer_format", at_key="format_version",
                     version=version, current=FORMAT_VERSION)
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        checker.fail("error.template.needs_name", at_key="name")
    _check_references(checker, data)
    return Template(path, path.stem, data["name"], data.get("description", ""), data)


def _check_counts(checker: _Checker, data: dict[str, Any]) -> None:
    """Refuse a template with more items of a kind than MAX_COUNTS allows (counted
    without recursion, before anything else walks the data)."""
    counts = {part: 0 for part in MAX_COUNTS}
    pending: list[tuple[str, Any]] = [(part, data.get(part)) for part in
                                      ("perspectives", "participants", "programme",
                                       "rounds", "tables", "actions", "follow_ups")]
    while pending:
        part, items = pending.pop()
        if not isinstance(items, list):
            continue
        counts[part] += len(items)
        if counts[part] > MAX_COUNTS[part]:
            checker.fail("error.template.too_many", part=Word(f"error.template.part.{part}"),
                         count=f"{counts[part]}+", limit=MAX_COUNTS[part])
        for item in items:
            if not isinstance(item, dict):
                continue
            if part in ("programme", "tables"):
                pending.append(("notes", item.get("notes")))
            if part == "tables":
                pending.append(("questions", item.get("questions")))
            if part in ("notes", "questions"):
                pending.append((part, item.get("children")))


def _keys(items: list[dict[str, Any]], default_field: str | None = None) -> set[str]:
    return {str(i.get("key") or (i.get(default_field) if default_field else "") or "")
            for i in items} - {""}


def _check_references(checker: _Checker, data: dict[str, Any]) -> None:
    for part, field in (("perspectives", "key"), ("perspectives", "shortcut"),
                        ("participants", "key"), ("rounds", "key")):
        seen: set[str] = set()
        for item in data.get(part, []):
            value = item.get(field) or (item.get("name") if field == "key" else None)
            if part == "perspectives" and field == "key" and not item.get("key"):
                checker.fail("error.template.perspective_needs_key", at_key="name")
            if value and value in seen:
                checker.fail("error.template.used_twice", at_value=value, field=field,
                             value=value, part=part)
            if value:
                seen.add(value)
    perspectives = _keys(data.get("perspectives", []))
    participants = _keys(data.get("participants", []), "name")
    shared_rounds = _keys(data.get("rounds", []))

    def check_notes(notes: list[dict[str, Any]], rounds: set[str] | None,
                    nested: bool = False) -> None:
        for note in notes:
            if nested and note.get("round"):
                checker.fail("error.template.nested_note_round", at_value=note["round"])
            if not str(note.get("text", "")).strip():
                checker.fail("error.template.note_without_text", at_key="text")
            if note.get("perspective") and note["perspective"] not in perspectives:
                checker.fail("error.template.unknown_perspective",
                             at_value=note["perspective"], value=note["perspective"])
            if note.get("speaker") and note["speaker"] not in participants:
                checker.fail("error.template.unknown_speaker", at_value=note["speaker"],
                             value=note["speaker"])
            if rounds is not None and note.get("round") and note["round"] not in rounds:
                checker.fail("error.template.unknown_round", at_value=note["round"],
                             value=note["round"])
            check_notes(note.get("children", []), rounds, nested=True)

    for person in data.get("participants", []):
        if person.get("perspective") and person["perspective"] not in perspectives:
            checker.fail("error.template.unknown_perspective", at_value=person["perspective"],
                         value=person["perspective"])
    for item in data.get("programme", []):
        check_notes(item.get("notes", []), None)
    for table in data.get("tables", []):
        if not str(table.get("theme", "")).strip():
            checker.fail("error.template.table_without_theme", at_key="theme")
        for role in ("host", "note_taker"):
            if table.get(role) and table[role] not in participants:
                checker.fail(f"error.template.unknown_{role}", at_value=table[role],
                             value=table[role])
        for person in table.get("participants", []):
            if person not in participants:
                checker.fail("error.template.unknown_participant", at_value=person,
                             value=person)
        check_notes(table.get("notes", []), shared_rounds | _keys(table.get("rounds", [])))


def list_templates(folder: str | Path = SESSIONS_DIR) -> list[Template]:
    """The templates in a folder, sorted by name; broken files are skipped here
    (File > New lists what works; `oogst new` reports the error)."""
    found = []
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            found.append(load_template(path))
        except TemplateError:
            continue
    return sorted(found, key=lambda t: (t.is_demo, t.name.lower()))


def find_template(name: str, folder: str | Path = SESSIONS_DIR) -> Template:
    """A template by file name (without .toml) or a path to a .toml file."""
    candidate = Path(name)
    if candidate.suffix == ".toml" and candidate.exists():
        return load_template(candidate)
    path = Path(folder) / f"{name}.toml"
    if not path.exists():
        names = ", ".join(t.key for t in list_templates(folder))
        raise OogstError("error.no_such_template", name=name,
                         names=names or Word("error.template.none"))
    return load_template(path)
