"""The embedded PDF fonts: DejaVu Sans and Noto Naskh Arabic from `resources/fonts`
(licences beside them).

Registered once per process with reportlab as the family "Oogst" (regular,
bold, oblique, bold-oblique), so `<b>` and `<i>` in Paragraph markup work, and
"OogstArabic" (regular, bold; no italic) for runs in Arabic script.
`covered()` is the set of code points the PDF can draw: those all four DejaVu
faces have glyphs for, plus the Arabic-script ones both Noto faces have.

Right-to-left text: `visual(text)` joins Arabic letters (arabic-reshaper) and
puts right-to-left runs in visual order (python-bidi, Unicode bidi algorithm)
line by line, because reportlab draws glyphs left to right as given. Hebrew
only needs the ordering (DejaVu has its glyphs). `arabic_runs(text)` splits a
visual text into (text, is_arabic) runs so the Arabic ones use the Arabic font.
"""
from __future__ import annotations

import re
import unicodedata
import threading
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import ExportError
from ..installed import resource_dir

FONT_DIR = resource_dir("fonts")
FAMILY = "Oogst"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (f"{FAMILY}", f"{FAMILY}-Bold", f"{FAMILY}-Oblique",
                                      f"{FAMILY}-BoldOblique")
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
ARABIC_FAMILY = "OogstArabic"
ARABIC, ARABIC_BOLD = ARABIC_FAMILY, f"{ARABIC_FAMILY}-Bold"
_ARABIC_FILES = {ARABIC: "NotoNaskhArabic-Regular.ttf", ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf"}
# Arabic script: Arabic, Supplement, Extended-A, Presentation Forms A and B.
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_ARABIC_CLASS = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _ARABIC_RANGES)
_ARABIC = re.compile(f"[{_ARABIC_CLASS}]")
_ARABIC_RUN = re.compile(f"[{_ARABIC_CLASS}]+(?:[ \u00a0]+[{_ARABIC_CLASS}]+)*")
# Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, NKo... and their
# presentation forms): only texts holding one go through the bidi algorithm.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the font family with reportlab (safe to call from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise ExportError("export.err.font_missing", path=path, file=path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for name, filename in _ARABIC_FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise ExportError("export.err.font_missing", path=path, file=path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        pdfmetrics.registerFontFamily(ARABIC_FAMILY, normal=ARABIC, bold=ARABIC_BOLD,
                                      italic=ARABIC, boldItalic=ARABIC_BOLD)
        addMapping(ARABIC_FAMILY, 0, 0, ARABIC)
        addMapping(ARABIC_FAMILY, 1, 0, ARABIC_BOLD)
        addMapping(ARABIC_FAMILY, 0, 1, ARABIC)
        addMapping(ARABIC_FAMILY, 1, 1, ARABIC_BOLD)
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points that every face of the family can draw, within the Basic
    Multilingual Plane: reportlab writes a broken ToUnicode entry for characters
    beyond U+FFFF (emoji), so they could not be searched or copied; those are
    printed as [U+1F600] instead."""
    register()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    latin = {cp for cp in frozenset.intersection(*map(frozenset, sets)) if cp <= 0xFFFF}
    arabic = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _ARABIC_FILES]
    script = {cp for cp in set.intersection(*arabic) if is_arabic(chr(cp))}
    return frozenset(latin | script)


def is_arabic(ch: str) -> bool:
    """Is this character in Arabic script (drawn with the Arabic font)?"""
    return _ARABIC.match(ch) is not None


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def visual(text: str) -> str:
    """`text` as reportlab must draw it: Arabic letters joined, right-to-left runs
    in visual order, line by line (newlines stay). Texts without a right-to-left
    character come back unchanged (and fast)."""
    return _per_line(text, wrap=False)


def rtl_base(text: str) -> bool:
    """True when the text's first strong character is right-to-left (its paragraph
    direction in the Unicode bidi algorithm, rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def wrappable(text: str) -> str:
    """`text` for a Paragraph that may wrap over several lines.

    A left-to-right paragraph gets `visual` (its right-to-left runs reordered
    line by line). A right-to-left paragraph keeps its words in reading order,
    each word drawn visually (Arabic joined, letters right to left): the
    Paragraph wraps them in reading order and lays every line out from the
    right (`pdfkit.Paragraph` gives it `wordWrap="RTL"`), so a long Arabic
    title reads top to bottom."""
    return _per_line(text, wrap=True)


def _per_line(text: str, *, wrap: bool) -> str:
    """Arabic joined and right-to-left runs ordered, line by line; with `wrap`, a
    right-to-left line keeps its words in reading order (each one visual)."""
    if not has_rtl(text):
        return text
    from bidi import get_display
    out = []
    for line in text.split("\n"):
        if _ARABIC.search(line):
            import arabic_reshaper
            line = arabic_reshaper.reshape(line)
        if not has_rtl(line):
            out.append(line)
        elif wrap and rtl_base(line):
            out.append(" ".join(get_display(word) if has_rtl(word) else word
                                for word in line.split(" ")))
        else:
            out.append(get_display(line))
    return "\n".join(out)


def arabic_runs(text: str) -> list[tuple[str, bool]]:
    """A (visual) text as runs of (text, in Arabic script); joined they are `text`.
    Spaces between Arabic words stay inside the Arabic run."""
    out: list[tuple[str, bool]] = []
    last = 0
    for match in _ARABIC_RUN.finditer(text):
        if match.start() > last:
            out.append((text[last:match.start()], False))
        out.append((match.group(), True))
        last = match.end()
    if last < len(text) or not out:
        out.append((text[last:], False))
    return out
