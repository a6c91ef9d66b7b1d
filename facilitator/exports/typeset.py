"""Print typography shared by the minutes' renderers (PDF and Word).

* `bind_units`: a non-breaking space between a number and its unit
  ("(20 min)", "13.00 uur", "€ 50"), so a line never ends between them.
* `hyphenate_long`: a word wider than the room it gets (a narrow table cell)
  receives soft hyphens (U+00AD) at its syllable breaks (pyphen's Dutch or
  English patterns), so where it must break it breaks with a hyphen, never
  in the middle of a syllable without one. Words that fit are left alone:
  ordinary lines are not hyphenated, so the text stays searchable as typed.
* `heading_lead`: where a long heading is cut into a bold lead and a
  lighter rest ("Vraag 1:" + the question), so no heading prints as a block
  of four bold lines.
* `contrast`, `ink`, `readable_on`: colours that meet WCAG AA (text 4.5:1):
  a perspective's colour darkened until it reads, dark or white ink on a fill.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import lru_cache

NBSP = "\u00a0"
SHY = "\u00ad"
UNITS = ("min", "min.", "minuten", "minuut", "uur", "u", "sec", "seconden", "s", "h",
         "km", "m", "cm", "mm", "kg", "g", "%", "procent", "euro", "jaar", "dagen",
         "weken", "maanden", "minutes", "minute", "hours", "hour", "days", "weeks",
         "months", "years", "percent")
_UNIT = re.compile(r"(?<=\d) (?=(?:" + "|".join(re.escape(u) for u in
                                                 sorted(UNITS, key=len, reverse=True))
                   + r")(?![\w]))")
_CURRENCY = re.compile(r"(?<=[€$£]) (?=\d)")
_DIGIT = re.compile(r"\d")
DIGIT_BYTES = b"0123456789"
_DIGIT_SPACE = re.compile(r"\d ")
_WORD = re.compile(r"[^\s\-/]{6,}")
HYPHEN_LANG = {"nl": "nl_NL", "en": "en_GB"}


def bind_units(text: str) -> str:
    """`text` with a non-breaking space between a number and its unit."""
    if not text:
        return text
    if text.isascii():  # (\d is 0-9 there: none when deleting them from the bytes
        # deletes nothing, one pass in C rather than ten searches)
        if len(text.encode("ascii").translate(None, DIGIT_BYTES)) == len(text):
            return text
    elif _DIGIT.search(text) is None:
        return text
    # each pattern tried only where it can match: a digit before a space, a currency sign
    if _DIGIT_SPACE.search(text) is not None:
        text = _UNIT.sub(NBSP, text)
    if "€" in text or "$" in text or "£" in text:
        text = _CURRENCY.sub(NBSP, text)
    return text


@lru_cache(maxsize=4)
def _dictionary(lang: str):
    import pyphen
    return pyphen.Pyphen(lang=HYPHEN_LANG.get(lang, "nl_NL"))


def hyphenate_long(text: str, fits: Callable[[str], bool], lang: str) -> str:
    """`text` with soft hyphens in every word for which `fits(word)` is False."""
    if not text:
        return text

    def mark(m: re.Match) -> str:
        word = m.group(0)
        if fits(word) or SHY in word:
            return word
        return _dictionary(lang).inserted(word, hyphen=SHY)

    return _WORD.sub(mark, text)


def heading_lead(text: str, longest: int = 60) -> str:
    """The part of a long heading that stays bold: up to and including its first
    colon ("Vraag 1:", "Oogst thematafel 3:") when that comes within `longest`
    characters, else nothing."""
    at = text.find(":")
    return text[:at + 1] if 0 < at < longest else ""


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(fill: str, dark: str = "#222222", light: str = "#ffffff") -> str:
    """Of `dark` and `light`, the text colour with the higher contrast on `fill`."""
    return dark if contrast(dark, fill) >= contrast(light, fill) else light


@lru_cache(maxsize=256)
def ink(colour: str, on: str = "#ffffff", ratio: float = 4.5) -> str:
    """`colour` ("#rrggbb") darkened, hue kept, until text in it has `ratio`
    contrast on `on` (WCAG AA: 4.5)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    value, factor = colour.lower(), 1.0
    while contrast(value, on) < ratio and factor > 0:
        factor -= 0.05
        value = "#{:02x}{:02x}{:02x}".format(*(int(c * max(factor, 0)) for c in (r, g, b)))
    return value


def as_jpeg(data: bytes) -> tuple[bytes, int, int] | None:
    """A photo (any format PIL reads) as JPEG of at most 1600 px, with its size in
    pixels; None if it cannot be read. Both renderers draw photos from this."""
    try:
        from PIL import Image as PILImage
        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            if img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            img.thumbnail((1600, 1600))
            out = io.BytesIO()
            img.save(out, format="JPEG", quality=85)
            return out.getvalue(), img.size[0], img.size[1]
    except Exception:  # noqa: BLE001 - a bad picture must not stop the minutes
        return None
