"""Session templates: TOML files in `sessions/`, loaded, checked and applied.

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

FORMAT_VERSION = 1
SESSIONS_DIR = Path(__file__).resolve().parent.parent / "sessions"
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
                     "consent_named"},
    "programme": {"key", "kind", "title", "speakers", "description", "planned_start",
                  "planned_minutes", "question", "notes"},
    "programme.notes": _NOTE - {"round"},
    "rounds": {"key", "label", "text", "minutes"},
    "tables": {"number", "theme", "pitch", "initiative", "host", "note_taker",
               "participants", "blocks", "questions", "rounds", "notes"},
    "tables.questions": {"label", "text", "initiatives", "children"},
    "tables.rounds": {"key", "label", "text", "minutes"},
    "tables.notes": _NOTE,
    "actions": {"what", "owner", "partners", "level", "due_date", "period", "status"},
    "follow_ups": {"date", "topic", "organiser"},
}
_INTS = {"format_version", "minutes_version", "planned_minutes", "minutes", "number", "votes"}
_BOOLS = {"consent_named", "key_point"}
_LISTS = {"organisations", "participants", "blocks", "initiatives", "partners"}
_DATES = {"date", "due_date"}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("programme", "kind"): PROGRAMME_KINDS, ("notes", "kind"): NOTE_KINDS,
    ("", "level"): ACTION_LEVELS,
    ("", "status"): ACTION_STATUSES, ("", "minutes_status"): MINUTES_STATUSES,
    ("", "language"): ("nl", "en"),
}
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

    def fail(self, message: str, *, key: str | None = None, value: str | None = None) -> None:
        line = None
        if key is not None:
            line = self.line_of(key)
        if value is not None:
            line = self.line_of(value, value=True) or line
        raise TemplateError(message, path=self.path, line=line)

    def check(self, data: dict[str, Any], where: str = "") -> None:
        allowed = SCHEMA[where]
        for key, value in data.items():
            if key not in allowed:
                place = f" in [{where}]" if where else ""
                self.fail(f"unknown field {key!r}{place}; allowed: {', '.join(sorted(allowed))}",
                          key=key)
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
                    self.fail(f"{key!r} must be a table ([[{sub}]])", key=key)
                self.check(item, sub)

    def _check_value(self, where: str, key: str, value: Any) -> None:
        """Values the core would refuse later, reported now with their line."""
        allowed = _CHOICES.get((where.split(".")[-1] if key == "kind" else "", key))
        if allowed and value not in allowed:
            self.fail(f"{key} {value!r} is not one of: {', '.join(allowed)}", value=str(value))
        problem = None
        if key == "blocks":
            unknown = [b for b in value if b not in TABLE_BLOCKS]
            if unknown:
                problem = f"unknown block {unknown[0]!r}; blocks are: {', '.join(TABLE_BLOCKS)}"
        elif key == "colour" and not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            problem = "a colour must look like \"#1b9e77\""
        elif key == "planned_start" and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value):
            problem = "planned_start must be a time like \"13:30\""
        elif key in _DATES and isinstance(value, str) and value:
            try:
                date.fromisoformat(value)
            except ValueError:
                problem = f"{key} must be a date like \"2017-11-28\""
        if problem:
            self.fail(problem, value=str(value))

    def _check_type(self, key: str, value: Any) -> None:
        if key in _INTS:
            ok = isinstance(value, int) and not isinstance(value, bool)
            expected = "a whole number"
        elif key in _BOOLS:
            ok, expected = isinstance(value, bool), "true or false"
        elif key in _LISTS:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            expected = "a list of texts"
        elif key in _DATES:
            ok, expected = isinstance(value, (str, date)), "a date like \"2017-11-28\""
        else:
            ok, expected = isinstance(value, str), "text (in quotes)"
        if not ok:
            self.fail(f"{key!r} must be {expected}", key=key)


def load_template(path: str | Path) -> Template:
    """Read and check a template; TemplateError names the file and line of a problem."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError("the file is not UTF-8 text", path=path) from None
    except OSError as exc:
        raise TemplateError(f"cannot be read ({exc.strerror})", path=path) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise TemplateError(f"syntax error: {exc}", path=path,
                            line=int(match[1]) if match else None) from None
    checker = _Checker(path, source)
    checker.check(data)
    version = data.get("format_version")
    if not isinstance(version, int):
        checker.fail("format_version (a number) is missing", key="format_version")
    if version > FORMAT_VERSION:
        checker.fail(f"format_version {version} is newer than this Oogst reads "
                     f"({FORMAT_VERSION}); please update Oogst", key="format_version")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        checker.fail("the template needs a name", key="name")
    _check_references(checker, data)
    return Template(path, path.stem, data["name"], data.get("description", ""), data)


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
                checker.fail("a perspective needs a key", key="name")
            if value and value in seen:
                checker.fail(f"{field} {value!r} is used twice in [[{part}]]", value=value)
            if value:
                seen.add(value)
    perspectives = _keys(data.get("perspectives", []))
    participants = _keys(data.get("participants", []), "name")
    shared_rounds = _keys(data.get("rounds", []))

    def check_notes(notes: list[dict[str, Any]], rounds: set[str] | None,
                    nested: bool = False) -> None:
        for note in notes:
            if nested and note.get("round"):
                checker.fail("a nested note takes its parent's round; remove 'round'",
                             value=note["round"])
            if not str(note.get("text", "")).strip():
                checker.fail("a note has no text", key="text")
            if note.get("perspective") and note["perspective"] not in perspectives:
                checker.fail(f"unknown perspective {note['perspective']!r}",
                             value=note["perspective"])
            if note.get("speaker") and note["speaker"] not in participants:
                checker.fail(f"unknown speaker {note['speaker']!r} (not a participant key)",
                             value=note["speaker"])
            if rounds is not None and note.get("round") and note["round"] not in rounds:
                checker.fail(f"unknown round {note['round']!r}", value=note["round"])
            check_notes(note.get("children", []), rounds, nested=True)

    for person in data.get("participants", []):
        if person.get("perspective") and person["perspective"] not in perspectives:
            checker.fail(f"unknown perspective {person['perspective']!r}",
                         value=person["perspective"])
    for item in data.get("programme", []):
        check_notes(item.get("notes", []), None)
    for table in data.get("tables", []):
        if not str(table.get("theme", "")).strip():
            checker.fail("a table has no theme", key="theme")
        for role in ("host", "note_taker"):
            if table.get(role) and table[role] not in participants:
                checker.fail(f"unknown {role} {table[role]!r} (not a participant key)",
                             value=table[role])
        for person in table.get("participants", []):
            if person not in participants:
                checker.fail(f"unknown participant {person!r}", value=person)
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
        names = ", ".join(t.key for t in list_templates(folder)) or "none"
        raise OogstError(f"No template named {name!r}. Available: {names}.")
    return load_template(path)
