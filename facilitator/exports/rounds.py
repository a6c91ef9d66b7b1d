"""How the minutes name a round question: "Vraag 1: ...", or the user's own label.

A bare label ("1", "a)") gets the program's word ("Vraag 1"); a label in the
user's words ("Vraag 1", "Vraag 2:", as seed 002 writes them) is printed as
typed; without a label the question itself is the heading. A question too long
for a heading is printed below it. A round's time box is shown unless the
question states its time itself ("Circa 20 minuten").
"""
from __future__ import annotations

import re

from ..domain import Question
from ..words import tr
from .model import Harvest

_CODE = re.compile(r"\w{1,3}[.):]?")  # a bare label: "1", "a)", "3."
_STATES_TIME = re.compile(r"\b\d+\s*(?:min|minuten|minuut|minutes?)\b", re.IGNORECASE)
HEADING_LIMIT = 100  # characters of a round heading before its question goes below it


def round_name(h: Harvest, q: Question) -> str:
    """A round's short name: "Vraag 1" for a bare label, a label in words as typed
    ("Vraag 2:"), else the question itself (shortened)."""
    label = h.text(q.label).strip()
    if not label:
        return short(h.text(q.text))
    if _CODE.fullmatch(label):
        return tr("export.round", h.lang, label=label.rstrip(".):"))
    return label


def round_heading(h: Harvest, q: Question) -> tuple[str, str]:
    """A round question's heading and the text printed below it ("" if none).

    A bare label gets the program's word ("Vraag 1: ..."); a label in the user's
    words ("Vraag 1", "Vraag 2:") is printed as typed, then the question; without a
    label the question is the heading. A long question goes below its heading."""
    label = h.text(q.label).strip()
    text = h.text(q.text).strip()
    # The time box, unless the question says its time itself ("Circa 20 minuten").
    minutes = (" (" + tr("export.round.minutes", h.lang, n=q.minutes).replace(" ", "\u00a0")
               + ")") if q.minutes and not _STATES_TIME.search(text) else ""
    if not label:
        return text + minutes, ""
    head = round_name(h, q)
    sep = ": " if _CODE.fullmatch(label) else " "
    if not text:
        return head + minutes, ""
    if len(head) + len(text) <= HEADING_LIMIT and "\n" not in text:
        return f"{head}{sep}{text}{minutes}", ""
    return head + minutes, text


def short(text: str, limit: int = 40) -> str:
    """One line of at most `limit` characters (an ellipsis when cut)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
