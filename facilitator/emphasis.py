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
