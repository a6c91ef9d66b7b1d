"""The minutes (verslag) as PDF, in the structure of seed 002.

Title block; opening talks; plenary harvest per perspective; agenda, actions
and follow-up meetings; "Verslag thematafels" (per table its blocks in the
table's own order); the perspective x table matrix; photos without a table;
optionally the participant list. Headings are PDF bookmarks.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from ..domain import ThemeTable
from ..eventfile import EventFile
from ..labels import long_date
from ..reading import TreeNote
from . import fonts
from .charts import matrix_drawing
from .flow import (action_cells, action_header, bullet_list, grid, legend, mentions,
                   note_flowables, paragraphs, photo, question_items)
from .model import Harvest
from .pdfkit import Doc, PageInfo, heading, styles
from .safety import Job, Progress, ShouldAbort, atomic_output, para
from .words import w

OPENING_KINDS = ("opening", "talk", "pitch")


def export_minutes(event: EventFile, path: str | Path, *, lang: str | None = None,
                   draft: bool | None = None, anonymous: bool = False,
                   participant_list: bool = False, progress: Progress | None = None,
                   should_abort: ShouldAbort | None = None) -> Path:
    """Write the minutes PDF to `path` atomically and return the path.

    `draft` None follows the event's minutes status ("concept" = draft).
    Raises ExportError (ExportCancelled when `should_abort` said so); an
    existing file at `path` is then untouched.
    """
    ev = event.event()
    lang = lang or ev.language or "nl"
    job = Job(progress, should_abort, lang)
    job.step(0, 100, w("progress.reading", lang))
    h = Harvest(event, lang=lang, anonymous=anonymous)
    is_draft = (ev.minutes_status == "concept") if draft is None else draft
    story = MinutesStory(h, job, participant_list=participant_list,
                         draft=is_draft).build()
    info = PageInfo(title=h.text(ev.title) or w("minutes", lang), lang=lang, draft=is_draft,
                    version=ev.minutes_version or 1)
    path = Path(path)
    with atomic_output(path, lang=lang) as handle:
        doc = Doc(handle, info, job, total_steps=len(story),
                  subject=w("minutes.of", lang))
        doc.build(story)
    job.step(100, 100, w("progress.done", lang))
    return path


class MinutesStory:
    """Builds the list of flowables; one method per part of the minutes."""

    def __init__(self, h: Harvest, job: Job, *, participant_list: bool,
                 draft: bool) -> None:
        self.h = h
        self.is_draft = draft
        self.job = job
        self.participant_list = participant_list
        self.s = styles()
        self.width = 21 * cm - 4.4 * cm
        self.story: list[Flowable] = []
        self._keys = 0

    # -- helpers ---------------------------------------------------------------------

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def head(self, text: str, level: int) -> None:
        self._keys += 1
        style = self.s[("h1", "h2", "h3")[min(level, 2)]]
        if level == 0:
            self.add(CondPageBreak(5 * cm))
        elif level == 1:
            self.add(CondPageBreak(3.5 * cm))
        self.add(heading(text, style, level=level, key=f"h{self._keys}"))

    def label(self, text: str) -> None:
        self.add(*paragraphs(text, self.s["label"]))

    def body(self, text: str) -> None:
        if text.strip():
            self.add(*paragraphs(text, self.s["body"]))

    def notes(self, tree: list[TreeNote], **kw) -> None:
        self.add(*note_flowables(self.h, tree, self.s["body"], label_style=self.s["label"],
                                 **kw))

    # -- the parts -------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        h = self.h
        total = 6 + len(h.tables)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("title", self.title_block), ("opening", self.opening),
            ("plenary", self.plenary), ("agenda", self.agenda)]
        for i, (_, part) in enumerate(steps):
            self.job.step(40 * i // total, 100, w("progress.reading", h.lang))
            part()
        self.tables(lambda i, t: self.job.step(40 * (4 + i) // total, 100,
                                               w("progress.table", h.lang, n=t.number)))
        self.matrix()
        self.timing()
        self.loose_photos()
        if self.participant_list:
            self.appendix()
        return self.story

    def title_block(self) -> None:
        h, ev, s = self.h, self.h.event, self.s
        covered = fonts.covered()
        self.add(Paragraph(w("minutes", h.lang).upper(), s["meta"]))
        self._keys += 1
        self.add(heading(h.text(ev.title) or w("minutes", h.lang), s["title"], level=0,
                         key=f"h{self._keys}"))
        if ev.subtitle:
            self.add(*paragraphs(h.text(ev.subtitle), s["subtitle"]))
        meta = [(w("organiser", h.lang), h.text(ev.organiser)),
                (w("date", h.lang), long_date(ev.date, h.lang)),
                (w("venue", h.lang), h.text(ev.venue))]
        for key, value in meta:
            if value:
                self.add(Paragraph(f"<b>{para(key)}:</b> {para(value, covered)}", s["meta"]))
        status = w("draft" if self.is_draft else "final", h.lang)
        if self.is_draft:
            status += " " + w("version", h.lang, n=ev.minutes_version or 1)
        self.add(Paragraph(f'<font color="#b3261e"><b>{para(status)}</b></font>'
                           if self.is_draft else f"<b>{para(status)}</b>", s["meta"]))
        if h.anonymous:
            self.add(Paragraph(para(w("anonymous", h.lang)), s["small"]))
        self.add(Spacer(1, 10))
        self.body(h.text(ev.introduction))

    def _item(self, item, section_title: str, *, only_one: bool) -> None:
        h = self.h
        if not (only_one and item.title.strip().lower() == section_title.lower()):
            self.head(h.text(item.title) or section_title, 1)
        if item.speakers:
            self.label(h.text(item.speakers) + ":")
        self.body(h.text(item.description))
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
        title = w("opening", h.lang)
        self.head(title, 0)
        for item in items:
            self._item(item, title, only_one=len(items) == 1)

    def plenary(self) -> None:
        h = self.h
        items = [i for i in h.programme if i.kind == "plenary"]
        if not items:
            return
        title = w("plenary", h.lang)
        self.head(title, 0)
        for item in items:
            if not (len(items) == 1 and item.title.strip().lower() == title.lower()):
                self.head(h.text(item.title) or title, 1)
            question = h.plenary_question(item.id)
            covered = fonts.covered()
            lead = ""
            if item.speakers:
                lead = para(w("plenary.led_by", h.lang, who=h.text(item.speakers)), covered)
            if question is not None:
                q = f"<b>{para(h.text(question.text), covered)}</b>"
                lead = f"{lead}: {q}" if lead else q
            if lead:
                self.add(Paragraph(lead, self.s["body"]))
            self.body(h.text(item.description))
            tree = h.item_tree(item.id)
            groups = _by_root_perspective(tree, h.perspective_by_id)
            order = [p.id for p in h.perspectives] + [None]
            for pid in order:
                notes = groups.get(pid)
                if not notes:
                    continue
                name = (h.perspective_by_id[pid].name if pid else
                        w("plenary.no_perspective", h.lang))
                self.head(name, 2)
                self.notes(notes, show_perspective=False)

    def agenda(self) -> None:
        h = self.h
        items = [i for i in h.programme if i.kind == "agenda"]
        actions = h.file.actions()
        follow_ups = h.file.follow_ups()
        if not (items or actions or follow_ups):
            return
        title = w("agenda", h.lang)
        self.head(title, 0)
        for item in items:
            self._item(item, title, only_one=False)
        if actions:
            self.head(w("actions", h.lang), 1)
            widths = [x * self.width for x in (0.33, 0.15, 0.17, 0.13, 0.13, 0.09)]
            self.add(*grid(action_header(h.lang), [action_cells(h, a) for a in actions],
                           widths, cell=self.s["cell"], head=self.s["cellhead"], lang=h.lang))
        if follow_ups:
            self.head(w("follow_ups", h.lang), 1)
            rows = []
            for f in follow_ups:
                when = long_date(f.date, h.lang)
                text = h.text(f.topic)
                if f.organiser:
                    text += f" ({h.text(f.organiser)})"
                rows.append((f"{when}: {text}" if when else text, 0))
            self.add(*bullet_list(rows, self.s["body"]))

    # -- the tables --------------------------------------------------------------------

    def tables(self, tick: Callable[[int, ThemeTable], None]) -> None:
        h = self.h
        if not h.tables:
            return
        self.add(CondPageBreak(10 * cm))  # the section heading with its first table
        self.head(w("tables", h.lang), 0)
        if h.perspectives:
            self.add(legend(h, self.s["small"]), Spacer(1, 4))
        for i, table in enumerate(h.tables):
            tick(i, table)
            self.table(table)

    def table(self, t: ThemeTable) -> None:
        h = self.h
        self.add(CondPageBreak(6 * cm))
        self.head(h.table_title(t), 1)
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
            elif block == "conclusions" and gathered["conclusion"]:
                self.head(w("conclusions", h.lang), 2)
                self.notes(gathered["conclusion"])
            elif block == "dilemmas" and gathered["dilemma"]:
                self.head(w("dilemmas", h.lang), 2)
                self.notes(gathered["dilemma"])
            elif block == "photos":
                self._photos(t)

    def _pitch(self, t: ThemeTable) -> None:
        h, covered = self.h, fonts.covered()
        if t.initiative:
            self.add(Paragraph(f"<b>{para(w('initiative', h.lang))}:</b> "
                               f"{para(h.text(t.initiative), covered)}", self.s["body"]))
        if t.pitch:
            self.add(*paragraphs(h.text(t.pitch), self.s["body"],
                                 prefix=f"<b>{para(w('pitch', h.lang))}:</b> "))

    def _participants(self, t: ThemeTable) -> None:
        h = self.h
        members = [p for p in h.file.table_members(t.id) if p.id != t.host_id]
        if not members:
            return
        self.label(w("participants", h.lang) + ":")
        self.add(*bullet_list([(h.person_line(p), 0) for p in members], self.s["body"]))

    def _host(self, t: ThemeTable) -> None:
        h, covered = self.h, fonts.covered()
        for key, person_id in (("host", t.host_id), ("note_taker", t.note_taker_id)):
            person = h.people.get(person_id or "")
            if person is not None:
                self.add(Paragraph(f"<b>{para(w(key, h.lang))}:</b> "
                                   f"{para(h.person_line(person), covered)}", self.s["body"]))

    def _questions(self, t: ThemeTable) -> None:
        h = self.h
        nodes = h.underlying_questions(t.id)
        if not nodes:
            return
        self.label(w("questions", h.lang) + ":")
        self.add(*bullet_list(question_items(h, t.id), self.s["body"]))

    def _rounds(self, t: ThemeTable, rest: list[TreeNote], *, loose: bool) -> None:
        h = self.h
        by_question: dict[str | None, list[TreeNote]] = {}
        for item in rest:
            by_question.setdefault(item.note.question_id, []).append(item)
        rounds = h.file.round_questions(t.id)
        known = {q.id for q in rounds}
        for q in rounds:
            notes = by_question.get(q.id)
            if notes:
                self.head(h.round_title(q), 2)
                self.notes(notes)
        others = [i for qid, items in by_question.items() if qid not in known
                  and qid is not None for i in items]
        if loose:
            others = by_question.get(None, []) + others
        if others:
            self.head(w("other_notes", h.lang), 2)
            self.notes(others)

    def _loose_notes(self, t: ThemeTable, rest: list[TreeNote], *, with_rounds: bool) -> None:
        notes = [i for i in rest if i.note.question_id is None] if with_rounds else rest
        if notes:
            if with_rounds:
                self.head(w("other_notes", self.h.lang), 2)
            self.notes(notes)

    def _photos(self, t: ThemeTable) -> None:
        h = self.h
        pictures = h.file.attachments(table_id=t.id)
        if not pictures:
            return
        self._keys += 1
        first = heading(w("photos", h.lang), self.s["h3"], level=2, key=f"h{self._keys}")
        for i, a in enumerate(pictures):
            self.job.check()
            picture = photo(h, a, self.width, self.s["caption"], self.s["body"])
            self.add(KeepTogether([first, picture]) if i == 0 else picture)

    # -- after the tables ----------------------------------------------------------------

    def matrix(self) -> None:
        h = self.h
        rows, cols, counts = h.matrix()
        if not counts or not h.tables:
            return
        self._keys += 1
        self.add(KeepTogether([
            heading(w("matrix", h.lang), self.s["h1"], level=0, key=f"h{self._keys}"),
            Paragraph(para(w("matrix.explain", h.lang)), self.s["small"]), Spacer(1, 6),
            matrix_drawing(h, self.width)]))

    def timing(self) -> None:
        """Planned against actual times, when the meeting was run with the timer."""
        h = self.h
        rows = [t for t in h.file.programme_timing() if t.actual_start is not None]
        if not rows:
            return
        self.add(CondPageBreak(6 * cm))
        self.head(w("timing", h.lang), 0)
        cells = []
        for t in rows:
            actual = t.actual_start.strftime("%H:%M")
            if t.actual_end is not None:
                actual += "–" + t.actual_end.strftime("%H:%M")
            diff = "" if t.difference is None else f"{t.difference:+d} min"
            cells.append([t.planned_start or "", str(t.planned_minutes or ""),
                          h.text(t.item.title), actual,
                          "" if t.actual_minutes is None else str(t.actual_minutes), diff])
        widths = [x * self.width for x in (0.13, 0.08, 0.39, 0.16, 0.1, 0.14)]
        self.add(*grid([w(f"timing.{c}", h.lang) for c in
                        ("planned", "minutes", "item", "actual", "actual_minutes", "difference")],
                       cells, widths, cell=self.s["cell"], head=self.s["cellhead"], lang=h.lang))

    def loose_photos(self) -> None:
        h = self.h
        pictures = h.file.attachments(table_id=None)
        if not pictures:
            return
        self.head(w("photos", h.lang), 0)
        for a in pictures:
            self.job.check()
            self.add(photo(h, a, self.width, self.s["caption"], self.s["body"]))

    def appendix(self) -> None:
        h = self.h
        if not h.participants:
            return
        self.head(w("appendix.participants", h.lang), 0)
        tables_of = h.seats()
        header = [w(k, h.lang) for k in ("col.name", "col.organisation", "col.function",
                                         "col.perspective", "col.tables")]
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
        widths = [x * self.width for x in (0.22, 0.28, 0.18, 0.24, 0.08)]
        if h.anonymous:
            header, rows = header[1:], [r[1:] for r in rows]
            rows.sort(key=lambda r: [x.lower() for x in r])
            widths = [x * self.width for x in (0.36, 0.24, 0.28, 0.12)]
        self.add(*grid(header, rows, widths, cell=self.s["cell"], head=self.s["cellhead"],
                       lang=h.lang))


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
