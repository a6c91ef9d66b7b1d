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

import locale
import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from string import Formatter

LANGUAGES = ("nl", "en")

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The catalogue of `lang` ("nl" or "en"; anything else reads as English)."""
    name = "nl.toml" if lang == "nl" else "en.toml"
    text = resources.files("facilitator.catalogue").joinpath(name).read_text("utf-8")
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
    code = (locale.getlocale()[0] or "").lower()
    return "nl" if code.startswith("nl") else "en"
