"""Reading an event for the exports: only EventFile's public reading methods.

`Harvest` gathers once what several exports need (perspectives, people,
tables, note trees) and knows how to name people: with `anonymous` (or for
participants who did not consent to be named) a person is shown by
organisation or function, and their names (any case, accents or normal form)
and e-mail addresses are replaced inside free texts too (`anonymise.py`).
Perspectives are never hidden.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from datetime import date

from ..domain import Action, Note, Participant, Question, ThemeTable
from ..eventfile import EventFile
from ..reading import ListedNote, TreeNote, round_by_round
from ..words import long_date, tr
from .anonymise import Anonymiser, collapse, fold
from ..emphasis import plain
from .perspective_tags import perspective_tags


_perspective_id = attrgetter("perspective_id")


def _as_typed(value: str | None) -> str:
    """`Harvest.text` of a harvest whose anonymiser is idle (`Anonymiser.active`)."""
    return value or ""


@dataclass(frozen=True)
class QuestionNode:
    question: Question
    depth: int


class Harvest:
    """The event as the exports read it (one pass over the file)."""

    def __init__(self, event: EventFile, *, lang: str, anonymous: bool = False) -> None:
        self.file = event
        self.lang = lang
        self.anonymous = anonymous
        self.event = event.event()
        self.perspectives = event.perspectives()
        self.perspective_by_id = {p.id: p for p in self.perspectives}
        self.participants = event.participants()
        self.people = {p.id: p for p in self.participants}
        self.tables = event.tables()
        self.table_by_id = {t.id: t for t in self.tables}
        self.programme = event.programme()
        self.programme_by_id = {p.id: p for p in self.programme}
        self._questions = {q.id: q for q in event.questions()}
        self._rounds: dict[str, list[Question]] = {}
        self._matrix: tuple[list[str | None], list[str | None], Counter] | None = None
        self._listed: dict[str, Counter] = {}  # table id -> its notes per perspective id
        self.anonymiser = Anonymiser(self.participants, anonymous=anonymous, lang=lang)
        if not self.anonymiser.active:
            # No name or address to hide: `text` is the text as typed, without the
            # two calls it takes to learn that (the minutes ask for every note's).
            self.text = _as_typed  # type: ignore[method-assign]

    @cached_property
    def notes(self) -> list[Note]:
        """Every live note, read when first asked for (the minutes read theirs per
        table, `table_tree`, and count with SQL, `matrix`)."""
        return self.file.notes()

    @cached_property
    def actions(self) -> list[Action]:
        """The live actions, read once: the minutes' agenda lists them and their
        review section takes the carried ones (read-only: a copy before changing)."""
        return self.file.actions()

    @cached_property
    def tags(self) -> dict[str, str]:
        """The perspectives' short tags (`perspective_tags`), made once: every list of
        notes in the minutes prints them."""
        return perspective_tags(self.perspectives)

    @cached_property
    def note_by_id(self) -> dict[str, Note]:
        return {n.id: n for n in self.notes}

    # -- people --------------------------------------------------------------------

    def hidden(self, person: Participant) -> bool:
        return self.anonymous or not person.consent_named

    def role(self, person: Participant) -> str:
        """Organisation(s) and function, or 'deelnemer'."""
        org = ", ".join(person.organisations)
        return (", ".join(x for x in (org, person.function) if x)
                or tr("export.participant", self.lang))

    def person_line(self, person: Participant) -> str:
        """'Name (Organisation, function)', or the person's own line as typed
        ("Gemeente Woudenberg, R. Hilderink"); only the role when names are left out
        (then the own line, which names the person, is never used)."""
        role = ", ".join(x for x in (", ".join(person.organisations), person.function) if x)
        if self.hidden(person) or not person.name:
            return role or tr("export.participant", self.lang)
        if person.listed_as:
            return self.text(person.listed_as)
        return f"{person.name} ({role})" if role else person.name

    def person_name(self, person_id: str | None) -> str:
        """A short way to name a speaker: their name, or (hidden) their organisation."""
        person = self.people.get(person_id or "")
        if person is None:
            return ""
        if self.hidden(person) or not person.name:
            return (", ".join(person.organisations) or person.function
                    or tr("export.participant", self.lang))
        return person.name

    def seats(self) -> dict[str, list[str]]:
        """Person id -> numbers of the tables where they sit, host or take notes."""
        out: dict[str, list[str]] = {}
        for t in self.tables:
            ids = [p.id for p in self.members(t.id)]
            ids += [x for x in (t.host_id, t.note_taker_id) if x and x not in ids]
            for pid in ids:
                out.setdefault(pid, []).append(str(t.number))
        return out

    def members(self, table_id: str) -> list[Participant]:
        """The participants seated at a table (`Reading.table_members`), taken from
        those read already (one who came in since is read with the table's)."""
        ids = self.file.table_member_ids(table_id)
        if all(i in self.people for i in ids):
            return [self.people[i] for i in ids]
        return self.file.table_members(table_id)

    def text(self, value: str | None) -> str:
        """A free text with hidden people's names replaced by their role."""
        return self.anonymiser(value or "")

    def speaker(self, note: Note | ListedNote) -> str:
        """The 'Zorgverzekeraar' / speaker prefix of a note (may be empty)."""
        if not note.speaker_id and not note.party:
            return ""  # as below: no person, and the empty party is not looked at
        who = self.person_name(note.speaker_id)
        party = self.text(note.party)
        if who and party and fold(who) in fold(party):
            return party  # "Kees Fortuin, De Nieuwe Jutter": the party names the speaker
        if who and party and fold(party) != fold(who):
            person = self.people.get(note.speaker_id or "")
            if person is not None and self.hidden(person) and fold(who) in fold(party):
                return party  # "De Nieuwe Jutter" said by someone of De Nieuwe Jutter
            return collapse(f"{party} ({who})", (who, party))
        return party or who

    def photo_caption(self, caption: str, filename: str, number: int) -> str:
        """A photo's caption; without one its file name, or (names hidden) "Foto 1":
        a file name such as "ans_jansen_flipover.jpg" may name a person."""
        text = self.text(caption).strip()
        if text:
            return text
        if self.anonymous:
            return tr("export.photo.n", self.lang, n=number)
        return filename

    # -- questions -----------------------------------------------------------------

    def question(self, question_id: str | None) -> Question | None:
        return self._questions.get(question_id or "")

    def round_questions(self, table_id: str) -> list[Question]:
        """The table's timed round questions (`Reading.round_questions`), read once:
        its note listing and its minutes' rounds both ask."""
        rounds = self._rounds.get(table_id)
        if rounds is None:
            rounds = self._rounds[table_id] = self.file.round_questions(table_id)
        return rounds

    def underlying_questions(self, table_id: str) -> list[QuestionNode]:
        out: list[QuestionNode] = []

        def walk(parent: str | None, depth: int) -> None:
            for q in self.file.questions(table_id=table_id, kind="underlying",
                                         parent_id=parent):
                out.append(QuestionNode(q, depth))
                walk(q.id, depth + 1)

        walk(None, 0)
        return out

    def round_title(self, q: Question, *, with_minutes: bool = True) -> str:
        head = tr("export.round", self.lang, label=q.label) if q.label else ""
        text = self.text(q.text)
        title = f"{head}: {text}" if head and text else (head or text)
        if with_minutes and q.minutes:
            title += f" ({tr('export.round.minutes', self.lang, n=q.minutes)})"
        return title

    def plenary_question(self, item_id: str, notes: list[Note] | None = None) -> Question | None:
        """The harvest question of a plenary item: the one linked to it (schema 4),
        else the question its notes (`notes`, when already read) were captured under."""
        linked = getattr(self.file, "plenary_questions", None)
        if linked is not None:
            found = linked(item_id)
            if found:
                return found[0]
        if notes is None:
            notes = self.file.notes(programme_item_id=item_id)
        for n in sorted(notes, key=lambda n: (n.position, n.created_at, n.id)):
            q = self.question(n.question_id) if n.question_id else None
            if q is not None:
                return q
        return None

    # -- notes ---------------------------------------------------------------------

    def item_tree(self, item_id: str) -> list[TreeNote]:
        return self.file.note_tree(table_id=None, programme_item_id=item_id)

    def table_tree(self, table_id: str) -> list[TreeNote]:
        """A table's notes as the minutes list them: `Reading.table_note_tree`, of
        `ListedNote`s (`Reading.listed_notes`)."""
        # Read again, not made from self.notes: the outline would then hold texts of
        # the harvest's own notes, scattered among them, and the memory of the notes
        # could not go back before the layout (50k minutes: a 30 MiB higher peak).
        notes = self.file.listed_notes(table_id)
        # Counted as read, so that the matrix need not count these notes again.
        self._listed[table_id] = Counter(map(_perspective_id, notes))
        return round_by_round(notes, self.round_questions(table_id))

    def table_title(self, table: ThemeTable) -> str:
        return tr("export.table.title", self.lang, n=table.number,
                  theme=self.text(table.theme))

    def kind_label(self, kind: str) -> str:
        return tr(f"kind.{kind}", self.lang)

    def matrix(self) -> tuple[list[str | None], list[str | None], Counter]:
        """Rows (perspective ids, None last if used), columns (table ids, None =
        plenary, if used) and the note counts per (perspective, table); counted once
        (the minutes ask for the heading and again for the table)."""
        if self._matrix is None:
            self._matrix = self._count()
        rows, cols, counts = self._matrix
        return list(rows), list(cols), Counter(counts)

    def _count(self) -> tuple[list[str | None], list[str | None], Counter]:
        listed = self._listed
        if listed and len(listed) <= 500 and all(t.id in listed for t in self.tables):
            # Every table's notes were counted as the minutes listed them: SQL counts
            # only the rest (the plenary's, those of tables no longer there).
            by_place = self.file.note_counts_by_place(outside=list(listed))
            by_place.update(((perspective_id, table_id), n) for table_id, per in
                            listed.items() for perspective_id, n in per.items())
        else:
            by_place = self.file.note_counts_by_place()
        counts: Counter = Counter()
        for (perspective_id, table_id), n in by_place.items():
            counts[(perspective_id if perspective_id in self.perspective_by_id else None,
                    table_id if table_id in self.table_by_id else None)] += n
        rows: list[str | None] = [p.id for p in self.perspectives]
        if any(k[0] is None for k in counts):
            rows.append(None)
        cols: list[str | None] = [t.id for t in self.tables]
        if any(k[1] is None for k in counts):
            cols.append(None)
        return rows, cols, counts

    def iso(self, value: str | None) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None


def question_items(h: Harvest, table_id: str) -> list[tuple[str, int, str]]:
    """A table's underlying questions as (text with initiatives, depth, label)."""
    items = []
    for node in h.underlying_questions(table_id):
        q = node.question
        text = h.text(q.text)
        if q.initiatives:
            text += " (" + ", ".join(h.text(x) for x in q.initiatives) + ")"
        label = h.text(q.label).strip()
        if label and label[-1].isalnum():
            label += ")" if node.depth == 0 else "."
        items.append((text, node.depth, label))
    return items


def action_cells(h: Harvest, a: Action) -> list[str]:
    """An action as the texts of a table row (see `action_header`)."""
    due = long_date(a.due_date, h.lang) if a.due_date else ""
    when = " · ".join(x for x in (due, h.text(a.period)) if x)
    return [plain(h.text(a.what)), h.text(a.owner), ", ".join(h.text(p) for p in a.partners),
            tr(f"level.{a.level}", h.lang), when, tr(f"status.{a.status}", h.lang)]


def action_header(lang: str) -> list[str]:
    return [tr(k, lang) for k in ("export.col.what", "export.col.owner", "export.col.partners",
                                  "export.col.level", "export.col.due", "export.col.status")]
