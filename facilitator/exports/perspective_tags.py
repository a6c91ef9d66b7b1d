"""Perspective tags: a short text per perspective that the minutes print beside a
note's colour square and in the legend, so perspective reads in grey too."""
from __future__ import annotations

import re
import unicodedata

_CONNECTORS = {"en", "van", "de", "het", "der", "den", "voor", "of", "and", "the", "for"}


def perspective_tags(perspectives) -> dict[str, str]:
    """A short, unique text per perspective: the initials of its name's words
    ("Burgers/inwoners" -> "BI"), the first two letters of a one-word name
    ("Gemeenten" -> "GE"); a clash takes more letters, then a number; a name in a
    script other than Latin is "P" and its number."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for p in perspectives:
        words = [w for w in re.split(r"[^\w]+", p.name) if w]
        big = [w for w in words if w.lower() not in _CONNECTORS] or words or ["?"]
        tag = "".join(w[0] for w in big).upper() if len(big) > 1 else big[0][:2].upper()
        last = big[-1]
        extra = len(tag) if len(big) == 1 else 1
        while tag in taken and extra < len(last):
            extra += 1
            tag = ("".join(w[0] for w in big[:-1]) + last[:extra]).upper()
        if not all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in tag):
            tag = f"P{len(taken) + 1}"  # drawn beside a bullet in a Latin font
        base, n = tag, 2
        while tag in taken:
            tag, n = f"{base}{n}", n + 1
        taken.add(tag)
        out[p.id] = tag
    return out
