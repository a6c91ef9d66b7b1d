"""Emphasis a facilitator types inside a note: `**duurzaam organiseren**` is bold.

Only that one mark, as typed in Markdown and as seed 002 writes it: two asterisks
on each side of words that do not start or end with a space. Anything else (a
lone `**`, `** x **`, single asterisks) stays as typed. The text is split into
pieces, never turned into markup: every renderer (the exports' outline runs,
the interface's note lists and projector wall) escapes or draws each piece as
it does any user text, so a note cannot carry reportlab, Word or Qt markup in.
"""
from __future__ import annotations

import re

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL)
# In a piece cut out of a note: a mark whose partner was cut off. An opening one
# follows a space, the start, the cut's "…" or a match's "[", and is glued to a
# word; a closing one is glued to a word and followed by a space, the end, "…"
# or "]". Two stars loose on both sides ("5 ** 2") or glued on both ("a**b") stay.
_CUT_MARK = re.compile(r"(?<![^\s…\[])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![^\s…\]])")


def emphasis_pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, bold) in order; the pieces joined are `text` without the marks.
    A text without emphasis is one piece [(text, False)]."""
    if "**" not in text:  # most notes: no mark, no regular expression
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in _BOLD.finditer(text):
        if match.start() > at:
            pieces.append((text[at:match.start()], False))
        pieces.append((match.group(1), True))
        at = match.end()
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def plain(text: str) -> str:
    """The text without emphasis marks (the words kept)."""
    if "**" not in text:
        return text
    return "".join(piece for piece, _bold in emphasis_pieces(text))


def plain_fragment(text: str) -> str:
    """The words of a piece cut out of a note (a search result's snippet): the
    emphasis marks left out, also those whose partner was cut off."""
    if "**" not in text:
        return text
    return _CUT_MARK.sub("", plain(text))
