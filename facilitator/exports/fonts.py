"""The embedded PDF font: DejaVu Sans from `resources/fonts` (licence beside it).

Registered once per process with reportlab as the family "Oogst" (regular,
bold, oblique, bold-oblique), so `<b>` and `<i>` in Paragraph markup work.
`covered()` is the set of code points all four faces have glyphs for.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import ExportError

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
FAMILY = "Oogst"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (f"{FAMILY}", f"{FAMILY}-Bold", f"{FAMILY}-Oblique",
                                      f"{FAMILY}-BoldOblique")
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
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
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
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
    return frozenset(cp for cp in frozenset.intersection(*map(frozenset, sets))
                     if cp <= 0xFFFF)
