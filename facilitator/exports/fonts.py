"""The embedded PDF fonts: DejaVu Sans and Noto Naskh Arabic from `resources/fonts`
(licences beside them).

Registered once per process with reportlab as the family "Oogst" (regular,
bold, oblique, bold-oblique), so `<b>` and `<i>` in Paragraph markup work, and
"OogstArabic" (regular, bold; no italic) for runs in Arabic script.
`covered()` is the set of code points the PDF can draw: those all four DejaVu
faces have glyphs for, plus the Arabic-script ones both Noto faces have.

Right-to-left text: reportlab draws glyphs left to right as given. For a
paragraph, `wrappable(text)` joins Arabic letters (arabic-reshaper) and keeps
the reading order; `pdfkit.Paragraph` wraps that and puts each printed line in
visual order as a whole (`visual_order`: the Unicode bidi algorithm, python-bidi,
with mirrored brackets), so Latin words and numbers inside Arabic or Hebrew read
in their own order. For one line never wrapped (footers, chart labels)
`visual(text)` does both at once. Hebrew only needs the ordering (DejaVu has its
glyphs). `arabic_runs(text)` splits a text into (text, is_arabic) runs so the
Arabic ones use the Arabic font; bold Arabic uses the bold Noto face
(`pdfkit.Paragraph` picks it inside `<b>` and bold styles).
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
    return _per_line(text)


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
    """`text` for a Paragraph that may wrap over several lines: Arabic letters
    joined, everything still in reading (logical) order. The Paragraph wraps it
    in reading order and puts each printed line in visual order when it draws
    it (`pdfkit.Paragraph`, `visual_order`): the bidi algorithm over the whole
    line, so Latin words and numbers inside Arabic or Hebrew read in their own
    order, and a long Arabic title reads top to bottom."""
    if not has_rtl(text) or not _ARABIC.search(text):
        return text
    import arabic_reshaper
    return "\n".join(arabic_reshaper.reshape(line) if _ARABIC.search(line) else line
                     for line in text.split("\n"))


def visual_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """One printed line (logical order) as drawn left to right: (index in `text`,
    the character to draw: mirrored brackets in right-to-left runs) for each
    character, by the Unicode bidi algorithm with the paragraph direction `rtl`
    (rule L1: a line's trailing spaces take that direction). Invisible
    formatting characters are left out."""
    from bidi import algorithm as uba
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["idx"] = i
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return [(ch["idx"], ch["ch"]) for ch in storage["chars"]]


def _per_line(text: str) -> str:
    """Arabic joined and right-to-left runs ordered, line by line (for text drawn
    on one line that is never wrapped: footers, chart labels)."""
    if not has_rtl(text):
        return text
    from bidi import get_display
    out = []
    for line in text.split("\n"):
        if _ARABIC.search(line):
            import arabic_reshaper
            line = arabic_reshaper.reshape(line)
        out.append(get_display(line) if has_rtl(line) else line)
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
