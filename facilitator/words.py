"""The core's words: one catalogue per language, one key per word.

Everything the core says to a person (operation names for undo, error
messages, command-line output, export headings, domain values) is a key in
`facilitator/catalogue/nl.toml` and `en.toml`. `tr(key, lang, **fields)`
gives the text with its `{field}`s filled in. A missing key comes back as
the key itself (never an exception); `tests/test_words.py` checks that both
catalogues have the same keys with the same fields, and that every key the
code uses exists.

The Qt interface has its own Qt Linguist catalogues for its own words; it
shows core words (undo labels, errors) through `tr` in its language.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache

LANGUAGES = ("nl", "en")

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


CACHE_FORMAT = 1  # change when what the compiled catalogue holds changes


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The catalogue of `lang` ("nl" or "en"; anything else reads as English).

    Read from its compiled copy (JSON, in Oogst's cache folder) while that was
    made from the TOML file as it is now (same modification time and size);
    otherwise the TOML file is parsed and the copy written again."""
    from .installed import cache_dir, catalogue_dir
    name = "nl" if lang == "nl" else "en"
    source = catalogue_dir() / f"{name}.toml"
    stat = source.stat()
    stamp = [CACHE_FORMAT, stat.st_mtime_ns, stat.st_size]
    compiled = cache_dir() / f"catalogue-{name}.json"
    try:
        held = json.loads(compiled.read_text("utf-8"))
        if held["source"] == stamp and isinstance(held["words"], dict):
            return held["words"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    words = _parse(source.read_text("utf-8"))
    try:  # a new name, then renamed: a reader never sees half a file
        compiled.parent.mkdir(parents=True, exist_ok=True)
        part = compiled.with_name(f"{compiled.name}.{os.getpid()}-{id(words)}.part")
        part.write_text(json.dumps({"source": stamp, "words": words}, ensure_ascii=False),
                        "utf-8")
        os.replace(part, compiled)
    except OSError:  # no cache (read-only home...): parsed every time, still right
        pass
    return words


def _parse(text: str) -> dict[str, str]:
    import tomllib
    return tomllib.loads(text)




def tr(key: str, lang: str = "nl", **fields: object) -> str:
    """The text of `key` in `lang`, with its `{name}` fields filled in.

    A field that is a `Word` (or an error: anything with a `text(lang)`
    method) is shown in the same language. Never fails: an unknown key, or
    a field the caller did not give, leaves the text as it is rather than
    losing the message.
    """
    text = catalogue(lang).get(key, key)
    if not fields:
        return text
    values = {name: value.text(lang) if callable(getattr(value, "text", None)) else value
              for name, value in fields.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


@dataclass(frozen=True)
class Word:
    """A catalogue word used as a field of another text ("Not saved ({operation})")."""

    key: str
    fields: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return tr(self.key, lang, **self.fields)


def fields_of(text: str) -> set[str]:
    """The `{field}` names a catalogue text uses (for the tests)."""
    from string import Formatter
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def long_date(value: str | date | None, lang: str = "nl") -> str:
    """28 november 2017 / 28 November 2017; empty for no date."""
    if not value:
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def system_language() -> str:
    """'nl' when the user's locale is Dutch, else 'en' (OOGST_LANG overrides)."""
    forced = os.environ.get("OOGST_LANG")
    if forced in LANGUAGES:
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    import locale
    code = (locale.getlocale()[0] or "").lower()
    return "nl" if code.startswith("nl") else "en"
