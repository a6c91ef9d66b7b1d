"""Small shared pieces of the capture views: kind keys and colours, text helpers.

No widgets live here; see `tagbar.py` (perspective chips, kind toggles),
`entry.py` (the note field) and `bar.py` (the whole capture bar).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from facilitator.colours import label_colour
from facilitator.domain import NOTE_KINDS

from .. import i18n


# Alt+letter per note kind. Every kind answers to its letters below in either
# language (so Alt+K and Alt+Q from before still work), and no letter belongs
# to two kinds. The toggle shows the first letter of the kind's name in the
# interface language that is one of its keys (`kind_letter`): Point/Punt P,
# Wish/Wens W, Need/Nodig N, Opportunity O / Kans K, Conclusion/Conclusie C,
# Dilemma D, Quote Q / Citaat T.
KIND_KEYS: dict[str, tuple[Qt.Key, ...]] = {
    "point": (Qt.Key.Key_P,), "wish": (Qt.Key.Key_W,), "need": (Qt.Key.Key_N,),
    "opportunity": (Qt.Key.Key_O, Qt.Key.Key_K), "conclusion": (Qt.Key.Key_C,),
    "dilemma": (Qt.Key.Key_D,), "quote": (Qt.Key.Key_Q, Qt.Key.Key_I),
}
# Alt+T and Alt+R belong to the page's Table and Round fields (&Tafel, &Ronde).
PAGE_KEYS = (Qt.Key.Key_T, Qt.Key.Key_R)
KIND_BY_KEY: dict[int, str] = {int(key): kind for kind, keys in KIND_KEYS.items()
                               for key in keys}
DEFAULT_KIND = "point"
SPEAKER_KEY = Qt.Key.Key_S  # Alt+S: to the speaker/party field
# Alt+Shift+letter: pin the speaker / the kind (they stay for the next notes
# instead of being reset), and the menu of all perspectives (also those
# without a Ctrl+digit key).
KEEP_SPEAKER_KEY = Qt.Key.Key_S
KEEP_KIND_KEY = Qt.Key.Key_K
PERSPECTIVE_MENU_KEY = Qt.Key.Key_P
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier

# Calm, distinguishable badge colours; drawn with transparency so they work on
# light and dark palettes alike.
KIND_COLOURS: dict[str, str] = {
    "point": "#8a8f98", "wish": "#2f7ed8", "need": "#e08a1e", "opportunity": "#2e9d5b",
    "conclusion": "#7b4bc4", "dilemma": "#d0453c", "quote": "#168a8f",
}

DIGIT_KEYS = {int(getattr(Qt.Key, f"Key_{d}")): str(d) for d in range(10)}

assert set(KIND_KEYS) == set(NOTE_KINDS)
assert len(KIND_BY_KEY) == sum(len(keys) for keys in KIND_KEYS.values())  # unique
assert int(SPEAKER_KEY) not in KIND_BY_KEY
assert not {int(k) for k in PAGE_KEYS} & set(KIND_BY_KEY)


def kind_label(kind: str) -> str:
    """The kind's name in the interface language (the core's label)."""
    return i18n.core_word(f"kind.{kind}")


def kind_letter(kind: str) -> str:
    """The Alt+letter shown for a kind: a letter of its name in the interface
    language that is one of its keys (the first key when none is)."""
    letters = [chr(int(key)) for key in KIND_KEYS[kind]]
    for char in kind_label(kind).upper():
        if char in letters:
            return char
    return letters[0]


def kind_key(kind: str) -> Qt.Key:
    """The key of `kind_letter` (Alt+ that key picks the kind)."""
    return Qt.Key(ord(kind_letter(kind)))


def alt_shift_key(event_key: int, modifiers: Qt.KeyboardModifier) -> int | None:
    """The key of an Alt+Shift+letter press, else None."""
    mods = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    return event_key if mods == ALT_SHIFT else None


def perspective_digit(event_key: int, modifiers: Qt.KeyboardModifier) -> str | None:
    """'0'..'9' for Ctrl+digit (also from the keypad), else None."""
    mods = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.ControlModifier:
        return None
    return DIGIT_KEYS.get(event_key)


def kind_for_key(event_key: int, modifiers: Qt.KeyboardModifier) -> str | None:
    """The note kind for Alt+letter, else None."""
    if modifiers != Qt.KeyboardModifier.AltModifier:
        return None
    return KIND_BY_KEY.get(event_key)


def combo_value(combo) -> str | None:
    """The current item's data (always text here), or None when nothing is chosen.

    Not `combo.currentData()`: with no item that is an invalid QVariant, which
    PySide6 6.12.0 hands out as an unowned None (`tests/test_qt_binding.py`).
    """
    index = combo.currentIndex()
    return combo.itemData(index) if index >= 0 else None


def readable_text_colour(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with `background` (WCAG 2.x;
    at least 4.5:1 for every colour, `facilitator.colours.label_colour`)."""
    return QColor(label_colour(background.name()))
