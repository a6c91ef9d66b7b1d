"""The minutes (verslag) as an outline, in the structure of seed 002.

Title block; opening talks; plenary harvest per perspective; agenda, actions
and follow-up meetings; "Verslag thematafels" (per table its blocks in the
table's own order); the perspective x table matrix; the programme's planned
and actual times; photos without a table; optionally the participant list.

Every content decision of the minutes is made here (what is shown, in which
order, under which heading, how a person is named); how it looks on paper
is `pdf_render.py`'s business. Reads the event only through `Harvest`.
"""
from __future__ import annotations

import re
from functools import partial
from collections.abc import Callable

from ..domain import Attachment, ProgrammeItem, ThemeTable
from ..reading import TreeNote
from ..words import long_date, tr
from .minutes_versions import Edition, changes_appendix, footer_note, status_line
from .action_review import review_blocks
from .minutes_notes import legend, matrix_of, note_blocks
from .model import Harvest, action_cells, action_header, question_items
from .outline import (BulletList, Gap, Heading, Image, KeepTogether, ListItem, Outline,
                      OutlineBuilder, PageBreakHint, Paragraph, Run, Table, Title, field_line)
from .rounds import HEADING_LIMIT, round_heading
from .safety import Job

ACTION_WEIGHTS = (0.33, 0.15, 0.17, 0.13, 0.13, 0.09)
TIMING_WEIGHTS = (0.13, 0.08, 0.39, 0.16, 0.1, 0.14)
APPENDIX_WEIGHTS = (0.22, 0.28, 0.18, 0.24, 0.08)
APPENDIX_WEIGHTS_ANONYMOUS = (0.36, 0.24, 0.28, 0.12)


def minutes_outline(h: Harvest, *, draft: bool, participant_list: bool = False,
                    job: Job | None = None, empty_rounds: bool = True,
                    edition: Edition | None = None) -> Outline:
    """The whole minutes of `h`'s event in `h.lang`; `job` gets progress and may abort.

    `empty_rounds` False leaves out round questions nobody wrote a note under;
    `edition` says which version is printed (default: the event's, with `draft`)."""
    ev = h.event
    edition = edition or Edition(ev.minutes_version or 1, draft)
    blocks = MinutesOutline(h, job or Job(None, None, h.lang), draft=edition.draft,
                            participant_list=participant_list, empty_rounds=empty_rounds,
                            edition=edition).build()
    return Outline(title=h.text(ev.title) or tr("export.minutes", h.lang), lang=h.lang,
                   blocks=tuple(blocks), subject=tr("export.minutes.of", h.lang),
                   draft=edition.draft, version=edition.version, date=ev.date or "",
                   footer_note=footer_note(edition, h.lang))


class MinutesOutline(OutlineBuilder):
    """Builds the blocks of the minutes; one method per part."""

    def __init__(self, h: Harvest, job: Job, *, draft: bool, participant_list: bool,
                 empty_rounds: bool = True, edition: Edition | None = None) -> None:
        super().__init__()
        self.empty_rounds = empty_rounds
        self.edition = edition or Edition(h.event.minutes_version or 1, draft)
        self.h = h
        self.lang = h.lang
        self.job = job
        self.photo_number = 0  # photos so far ("Foto 3" when names are hidden)
        self.is_draft = draft
        self.participant_list = participant_list

    def label(self, text: str) -> None:
        """A bold lead line above a list ("Deelnemers:")."""
        self.add(Paragraph((Run(text),), "label"))

    def notes(self, tree: list[TreeNote], **kw) -> None:
        self.add(*note_blocks(self.h, tree, **kw))

    # -- the parts -------------------------------------------------------------------

    def build(self) -> list:
        h = self.h
        total = 6 + len(h.tables)
        steps: list[Callable[[], None]] = [self.title_block, self.opening, self.plenary,
                                           self.agenda, self.action_review]
        for i, part in enumerate(steps):
            self.job.step(40 * i // total, 100, tr("export.progress.reading", self.lang))
            part()
        self.tables(lambda i, t: self.job.step(40 * (4 + i) // total, 100,
                                               tr("export.progress.table", self.lang, n=t.number)))
        self.matrix()
        self.timing()
        self.loose_photos()
        if self.participant_list:
            self.appendix()
        if self.edition.since is not None:
            self.add(*changes_appendix(self.h, self.edition.since))
        return self.blocks

    def title_block(self) -> None:
        """The organiser as letterhead (as seed 002 opens), "VERSLAG" unless the title
        says so itself, the title, subtitle, date, venue, and the version's status."""
        h, ev = self.h, self.h.event
        title = h.text(ev.title) or tr("export.minutes", self.lang)
        word = tr("export.minutes", self.lang)
        if ev.organiser.strip():
            self.para(h.text(ev.organiser), role="meta", line_breaks=True)
        if not title.lower().startswith(word.lower()):
            self.para(word.upper(), role="meta", line_breaks=True)
        self.add(Title(title))
        if ev.subtitle:
            self.add(Paragraph((Run(h.text(ev.subtitle)),), "subtitle"))
        meta = [(tr("export.date", self.lang), long_date(ev.date, self.lang)),
                (tr("export.venue", self.lang), h.text(ev.venue))]
        for key, value in meta:
            if value:
                self.add(field_line(key, value, "meta"))
        self.para(Run(status_line(self.edition, self.lang), bold=True,
                      tone="alert" if self.is_draft else ""), role="meta", line_breaks=True)
        if h.anonymous:
            self.para(tr("export.anonymous", self.lang), role="small", line_breaks=True)
        self.add(Gap(10))
        self.text(h.text(ev.introduction))

    def _chapter(self, items: list[ProgrammeItem], key: str) -> str:
        """A part's heading: the one item's own title when the part has one item
        (the user's words, as seed 002's "Afsluiting"), else the program's word. Minutes
        in another language than the event's keep the program's words as headings."""
        word = tr(key, self.lang)
        same_language = self.lang == (self.h.event.language or "nl")
        title = items[0].title.strip() if len(items) == 1 else ""
        if title and len(title) <= HEADING_LIMIT and "\n" not in title and same_language:
            word = self.h.text(items[0].title)
        self.heading(word, 0)
        return word

    def _item(self, item: ProgrammeItem, section_title: str) -> None:
        h = self.h
        if item.title.strip().lower() != section_title.lower():
            self.heading(h.text(item.title) or section_title, 1)
        if item.speakers:
            self.label(h.text(item.speakers) + ":")
        self.text(h.text(item.description))
        tree = h.item_tree(item.id)
        roots = {h.speaker(t.note) for t in tree if t.depth == 0}
        # One speaker who is named above already: no prefix at all; several:
        # a label line per speaker, as seed 002 writes its talks and agenda.
        only = roots.pop() if len(roots) == 1 else None
        hide = only if only and (not item.speakers or mentions(item.speakers, only)) else None
        self.notes(tree, show_perspective=False, hide_speaker=hide, group_speakers=True)

    def opening(self) -> None:
        h = self.h
        items = [i for i in h.programme if i.kind in ("opening", "talk")
                 or (i.kind in ("pitch", "other") and h.item_tree(i.id))]
        if not items:
            return
        title = self._chapter(items, "export.opening")
        for item in items:
            self._item(item, title)

    def plenary(self) -> None:
        h = self.h
        items = [i for i in h.programme if i.kind == "plenary"]
        if not items:
            return
        title = self._chapter(items, "export.plenary")
        for item in items:
            if item.title.strip().lower() != title.lower():
                self.heading(h.text(item.title) or title, 1)
            tree = h.item_tree(item.id)
            question = h.plenary_question(item.id, [t.note for t in tree])
            intro = h.text(item.description)
            who = h.text(item.speakers)
            # A description that names the leader says it in the user's words
            # ("Pleinair o.l.v. Stef Herberg:") instead of "o.l.v. Stef Herberg".
            named = bool(intro.strip() and who and mentions(intro, who))
            lead: list[Run] = ([Run(intro)] if named else
                               [Run(tr("export.plenary.led_by", self.lang, who=who))] if who
                               else [])
            if question is not None:
                if lead:
                    lead.append(Run(" " if lead[-1].text.rstrip().endswith(":") else ": "))
                lead.append(Run(h.text(question.text), bold=True))
            if lead:
                self.para(*lead, line_breaks=True)
            if not named:
                self.text(intro)
            groups = _by_root_perspective(tree, h.perspective_by_id)
            for pid in [p.id for p in h.perspectives] + [None]:
                notes = groups.get(pid)
                if not notes:
                    continue
                name = (h.perspective_by_id[pid].name if pid else
                        tr("export.plenary.no_perspective", self.lang))
                self.heading(name, 2)
                self.notes(notes, show_perspective=False)

    def agenda(self) -> None:
        h = self.h
        items = [i for i in h.programme if i.kind == "agenda"]
        actions = h.actions
        follow_ups = h.file.follow_ups()
        if not (items or actions or follow_ups):
            return
        title = self._chapter(items, "export.agenda")
        for item in items:
            self._item(item, title)
        if actions:
            self.heading(tr("export.actions", self.lang), 1)
            self.add(Table(tuple(action_header(self.lang)),
                           tuple(tuple(action_cells(h, a)) for a in actions), ACTION_WEIGHTS))
        if follow_ups:
            self.heading(tr("export.follow_ups", self.lang), 1)
            rows = []
            for f in follow_ups:
                when = long_date(f.date, self.lang)
                text = h.text(f.topic)
                if f.organiser:
                    text += f" ({h.text(f.organiser)})"
                rows.append(ListItem((Run(f"{when}: {text}" if when else text),)))
            self.add(BulletList(tuple(rows)))

    def action_review(self) -> None:
        """A follow-up meeting: progress on the actions carried in (`action_review`)."""
        self.add(*review_blocks(self.h))

    # -- the tables --------------------------------------------------------------------

    def tables(self, tick: Callable[[int, ThemeTable], None]) -> None:
        h = self.h
        if not h.tables:
            return
        self.add(PageBreakHint(10))  # the section heading with its first table
        self.heading(tr("export.tables", self.lang), 0)
        if h.perspectives:
            self.add(legend(h), Gap(4))
        for i, table in enumerate(h.tables):
            tick(i, table)
            self.table(table)

    def table(self, t: ThemeTable) -> None:
        h = self.h
        self.add(PageBreakHint(6))
        self.heading(self.table_heading(t), 1)
        tree = h.table_tree(t.id)
        blocks = list(t.blocks)
        gathered: dict[str, list[TreeNote]] = {"conclusion": [], "dilemma": []}
        rest: list[TreeNote] = []
        current_kind: str | None = None
        for item in tree:  # root conclusions/dilemmas (with their subtrees) get blocks
            if item.depth == 0:
                current_kind = item.note.kind if item.note.kind in gathered else None
                block = "conclusions" if current_kind == "conclusion" else "dilemmas"
                if current_kind and block not in blocks:
                    current_kind = None  # the block is hidden: keep them in the rounds
            (gathered[current_kind] if current_kind else rest).append(item)
        for block in blocks:
            if block == "pitch":
                self._pitch(t)
            elif block == "participants":
                self._participants(t)
            elif block == "host":
                self._host(t)
            elif block == "questions":
                self._questions(t)
            elif block == "rounds":
                self._rounds(t, rest, loose="notes" not in blocks)
            elif block == "notes":
                self._loose_notes(t, rest, with_rounds="rounds" in blocks)
            elif block in ("conclusions", "dilemmas") and gathered[block[:-1]]:
                heading = self._block_heading(t, block, f"export.{block}")
                if heading:
                    self.heading(heading, 2)
                self.notes(gathered[block[:-1]])
            elif block == "photos":
                self._photos(t)

    def _pitch(self, t: ThemeTable) -> None:
        """ "Initiatief: ..." and "Pitch: ..."; the table's own label for the pitch
        is printed as typed ("Pitch door:")."""
        h = self.h
        if t.initiative:
            self.add(field_line(tr("export.initiative", self.lang), h.text(t.initiative)))
        if t.pitch:
            own = self.own_label(t, "pitch")
            lead = f"{tr('export.pitch', self.lang)}:" if own is None else h.text(own)
            runs = [Run(lead, bold=True), " "] if lead else []
            self.para(*runs, h.text(t.pitch))

    def _participants(self, t: ThemeTable) -> None:
        h = self.h
        members = [p for p in h.members(t.id) if p.id != t.host_id]
        if not members:
            return
        self._lead(t, "participants", "export.participants")
        self.add(BulletList(tuple(ListItem((Run(h.person_line(p)),)) for p in members)))

    def _host(self, t: ThemeTable) -> None:
        h = self.h
        for key, person_id in (("export.host", t.host_id),
                               ("export.note_taker", t.note_taker_id)):
            person = h.people.get(person_id or "")
            if person is None:
                continue
            own = self.own_label(t, "host") if key == "export.host" else None
            if own is None:
                self.add(field_line(tr(key, self.lang), h.person_line(person)))
            else:
                self.para(*([Run(h.text(own), bold=True), " "] if own else []),
                          h.person_line(person), line_breaks=True)

    def _questions(self, t: ThemeTable) -> None:
        items = question_items(self.h, t.id)
        if not items:
            return
        self._lead(t, "questions", "export.questions")
        self.add(BulletList(tuple(ListItem((Run(text),), depth, marker=label or None)
                                  for text, depth, label in items)))

    def _rounds(self, t: ThemeTable, rest: list[TreeNote], *, loose: bool) -> None:
        """Every round question of the table with the notes under it, also a round
        nobody wrote under (unless empty rounds are left out); the table's own
        heading for the block ("Twee hoofdvragen") first."""
        h = self.h
        by_question: dict[str | None, list[TreeNote]] = {}
        for item in rest:
            by_question.setdefault(item.note.question_id, []).append(item)
        rounds = h.round_questions(t.id)
        known = {q.id for q in rounds}
        shown = [q for q in rounds if self.empty_rounds or by_question.get(q.id)]
        label = self.own_label(t, "rounds")
        if shown and label:
            self.label(h.text(label))
        for q in shown:
            heading, below = round_heading(h, q)
            self.heading(heading, 2)
            if below:
                self.text(below)
            self.notes(by_question.get(q.id, []))
        others = [i for qid, items in by_question.items() if qid not in known
                  and qid is not None for i in items]
        if loose:
            others = by_question.get(None, []) + others
        if others:
            self.heading(self._block_heading(t, "notes", "export.other_notes"), 2)
            self.notes(others)

    def table_heading(self, t: ThemeTable) -> str:
        """The table's own heading as typed ("Ogst thematafel 4: ..."), or the program's
        "Oogst thematafel N: theme" (always in minutes in another language)."""
        if t.heading and self.lang == (self.h.event.language or "nl"):
            return self.h.text(t.heading)
        return self.h.table_title(t)

    def own_label(self, t: ThemeTable, block: str) -> str | None:
        """The table's own heading for a block (None: the program's word). Minutes in
        another language than the event's use the program's words for headings."""
        if self.lang != (self.h.event.language or "nl"):
            return None
        return t.block_label(block)

    def _block_heading(self, t: ThemeTable, block: str, key: str) -> str:
        """The table's own heading for a block, or the program's word."""
        own = self.own_label(t, block)
        return tr(key, self.lang) if own is None else self.h.text(own)

    def _lead(self, t: ThemeTable, block: str, key: str) -> None:
        """The bold line above a block's list: the table's own words as typed, or
        the program's word with a colon; nothing for an empty own label."""
        own = self.own_label(t, block)
        if own is None:
            self.label(tr(key, self.lang) + ":")
        elif own:
            self.label(self.h.text(own))

    def _loose_notes(self, t: ThemeTable, rest: list[TreeNote], *, with_rounds: bool) -> None:
        notes = [i for i in rest if i.note.question_id is None] if with_rounds else rest
        if notes:
            if with_rounds or self.own_label(t, "notes"):
                heading = self._block_heading(t, "notes", "export.other_notes")
                if heading:
                    self.heading(heading, 2)
            self.notes(notes)

    def _photos(self, t: ThemeTable) -> None:
        pictures = self.h.file.attachments(table_id=t.id)
        if not pictures:
            return
        for i, a in enumerate(pictures):
            self.job.check()
            picture = self.image(a)
            heading = self._block_heading(t, "photos", "export.photos")
            self.add(KeepTogether((Heading(heading, 2), picture)) if i == 0 and heading
                     else picture)

    def image(self, a: Attachment) -> Image:
        h = self.h
        self.photo_number += 1
        caption = h.photo_caption(a.caption, a.filename, self.photo_number)
        name = caption if h.anonymous else a.filename  # a file name may name a person
        # read when drawn (the renderer calls it), not held by the outline
        return Image(partial(_picture, h.file, a.id), caption, name=name,
                     fallback=tr("export.photo.missing", self.lang, name=name))

    # -- after the tables ----------------------------------------------------------------

    def matrix(self) -> None:
        h = self.h
        rows, cols, counts = h.matrix()
        if not counts or not h.tables:
            return
        self.add(KeepTogether((Heading(tr("export.matrix", self.lang), 0),
                               Paragraph((Run(tr("export.matrix.explain", self.lang)),),
                                         "small", True),
                               Gap(6), matrix_of(h))))

    def timing(self) -> None:
        """Planned against actual times, when the meeting was run with the timer."""
        h = self.h
        rows = [t for t in h.file.programme_timing() if t.actual_start is not None]
        if not rows:
            return
        self.add(PageBreakHint(6))
        self.heading(tr("export.timing", self.lang), 0)
        cells = []
        for t in rows:
            actual = t.actual_start.strftime("%H:%M")
            if t.actual_end is not None:
                actual += "–" + t.actual_end.strftime("%H:%M")
            diff = "" if t.difference is None else f"{t.difference:+d} min"
            cells.append((t.planned_start or "", str(t.planned_minutes or ""),
                          h.text(t.item.title), actual,
                          "" if t.actual_minutes is None else str(t.actual_minutes), diff))
        header = tuple(tr(k, self.lang) for k in (
            "export.timing.planned", "export.timing.minutes", "export.timing.item",
            "export.timing.actual", "export.timing.actual_minutes", "export.timing.difference"))
        self.add(Table(header, tuple(cells), TIMING_WEIGHTS))

    def loose_photos(self) -> None:
        pictures = self.h.file.attachments(table_id=None)
        if not pictures:
            return
        self.heading(tr("export.photos", self.lang), 0)
        for a in pictures:
            self.job.check()
            self.add(self.image(a))

    def appendix(self) -> None:
        h = self.h
        if not h.participants:
            return
        self.heading(tr("export.appendix.participants", self.lang), 0)
        tables_of = h.seats()
        header = [tr(k, self.lang) for k in ("export.col.name", "export.col.organisation",
                                             "export.col.function", "export.col.perspective",
                                             "export.col.tables")]
        rows = []
        people = sorted(h.participants, key=lambda p: (h.hidden(p) or not p.name,
                                                       (p.name if not h.hidden(p) else
                                                        ", ".join(p.organisations)).lower()))
        for p in people:
            perspective = h.perspective_by_id.get(p.perspective_id or "")
            name = "" if h.hidden(p) else p.name
            rows.append([name, ", ".join(p.organisations), p.function,
                         perspective.name if perspective else "",
                         ", ".join(tables_of.get(p.id, []))])
        weights = APPENDIX_WEIGHTS
        if h.anonymous:
            header, rows = header[1:], [r[1:] for r in rows]
            rows.sort(key=lambda r: [x.lower() for x in r])
            weights = APPENDIX_WEIGHTS_ANONYMOUS
        self.add(Table(tuple(header), tuple(tuple(r) for r in rows), weights))


def mentions(speaker: str, name: str) -> bool:
    a = re.sub(r"\W+", "", speaker.lower())
    b = re.sub(r"\W+", "", name.lower())
    return bool(a) and (a in b or b in a)


def _by_root_perspective(tree: list[TreeNote],
                         known: dict) -> dict[str | None, list[TreeNote]]:
    """Group a note tree by the perspective of each root; children follow their root;
    an unknown perspective counts as none (nothing is dropped)."""
    groups: dict[str | None, list[TreeNote]] = {}
    key: str | None = None
    for item in tree:
        if item.depth == 0:
            key = item.note.perspective_id if item.note.perspective_id in known else None
        groups.setdefault(key, []).append(item)
    return groups


def _picture(file, attachment_id: str) -> bytes:
    """A photo's bytes, read as it is drawn; b"" when it cannot be read."""
    try:
        return file.attachment_data(attachment_id)
    except Exception:  # noqa: BLE001 - a lost picture must not stop the minutes
        return b""
