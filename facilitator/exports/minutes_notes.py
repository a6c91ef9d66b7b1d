"""How the minutes print notes: nested lists with the perspective's tag and
colour, the speaker as a lead or a label line, votes and key points, quotes, the
note's own emphasis (`facilitator/emphasis.py`, as outline runs); the perspectives' legend and the perspective
x table matrix. Part of the format-neutral minutes (`minutes_outline.py`)."""
from __future__ import annotations

from ..reading import TreeNote
from ..words import tr
from ..emphasis import plain
from .outline import emphasis_runs
from .model import Harvest
from .outline import BulletList, ListItem, Matrix, MatrixRow, Paragraph, Run


def note_blocks(h: Harvest, tree: list[TreeNote], *, show_perspective: bool = True,
                hide_speaker: str | None = None,
                group_speakers: bool = False) -> list[Paragraph | BulletList]:
    """Notes nested as captured: bullet in the perspective's colour, speaker/party
    as a bold lead (not repeated under a parent with the same speaker), votes and
    key point after the text, quotes in italics between quotation marks, key
    points in bold.

    `hide_speaker`: a speaker already named above the list (never a lead).
    `group_speakers`: a root note's speaker becomes a label line above it when it
    changes, instead of a lead (as seed 002 writes talks and the agenda): "Name:"
    when it leads in to points, the name alone when its first note heads notes of
    its own (seed 002's "Jitske Tiemersma (Omzien naar elkaar)" above "Vervolg deze
    bijeenkomst:")."""
    out: list[Paragraph | BulletList] = []
    items: list[ListItem] = []
    tags = h.tags if show_perspective else {}
    # A note's bullet colour and tag by its perspective id (unknown: neither).
    looks = {p.id: (p.colour if show_perspective else None, tags.get(p.id, ""))
             for p in h.perspectives}
    no_look = (None, "")
    speaker_of, text_of = h.speaker, h.text
    speaker_at: dict[int, str] = {}
    last_root_speaker: str | None = None
    for at, item in enumerate(tree):
        n, depth = item.note, item.depth
        colour, tag = looks.get(n.perspective_id, no_look)
        speaker = speaker_of(n)
        speaker_at[depth] = speaker
        shown = speaker
        if speaker and (speaker == hide_speaker or
                        (depth > 0 and speaker_at.get(depth - 1) == speaker)):
            shown = ""
        if depth == 0 and group_speakers:
            if speaker and speaker != last_root_speaker and speaker != hide_speaker:
                if items:
                    out.append(BulletList(tuple(items)))
                    items = []
                heads = at + 1 < len(tree) and tree[at + 1].depth > 0
                out.append(Paragraph((Run(speaker if heads else f"{speaker}:"),), "label",
                                     line_breaks=True))
            last_root_speaker = speaker
            shown = ""
        extras = []
        if n.votes:
            extras.append(tr("export.vote", h.lang) if n.votes == 1
                          else tr("export.votes", h.lang, n=n.votes))
        key_point = bool(n.key_point)  # a ListedNote's is 0 or 1
        if key_point:
            extras.append(tr("export.key_point", h.lang))
        text = text_of(n.text)
        quote = n.kind == "quote"
        runs = emphasis_runs(text, bold=key_point, italic=quote)
        if quote and not quoted(plain(text)):
            runs = (Run("“"), *runs, Run("”"))
        if extras:
            runs = (*runs, Run(" "), Run(f"[{'; '.join(extras)}]", tone="aside"))
        items.append(ListItem(runs, depth, shown, None, colour, tag))
    if items:
        out.append(BulletList(tuple(items)))
    return out


def legend(h: Harvest) -> Paragraph:
    """One line naming the perspectives' short tags (and colours) used next to the notes."""
    runs: list[Run] = []
    tags = h.tags
    for i, p in enumerate(h.perspectives):
        if i:
            runs.append(Run("\u00a0\u00a0 "))
        runs += [Run("■", colour=p.colour), Run(f"\u00a0{tags[p.id]}", bold=True),
                 Run("\u00a0" + p.name.replace(" ", "\u00a0"))]  # an entry never breaks
    return Paragraph(tuple(runs), "small", line_breaks=True)


def matrix_of(h: Harvest) -> Matrix:
    """The perspective x table counts (rows: perspectives, then "no perspective")."""
    rows, cols, counts = h.matrix()
    columns = tuple(tr("export.matrix.plenary", h.lang) if tid is None else
                    tr("export.table.short", h.lang, n=h.table_by_id[tid].number)
                    for tid in cols)
    out = []
    if None not in rows:  # "no perspective" is always a row of its own, also when 0
        rows = [*rows, None]
    for pid in rows:
        if pid is None:
            label, colour = tr("export.matrix.none", h.lang), None
        else:
            p = h.perspective_by_id[pid]
            label, colour = p.name, p.colour
        out.append(MatrixRow(label, colour, tuple(counts.get((pid, tid), 0) for tid in cols)))
    return Matrix(columns, tuple(out), tr("export.col.total", h.lang))


QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›"


def quoted(text: str) -> bool:
    """Whether the user put the text between quotation marks already (then the
    minutes add none: one pair of marks, the user's own)."""
    text = text.strip()
    return len(text) >= 2 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS
