"""Leaving people's names out of the exports ("anonymous means anonymous").

`Anonymiser` replaces, inside any free text, the names of the people it hides
(everyone with `anonymous`, else those who did not consent to be named) by
their role: organisation(s), else function, else "deelnemer". The matching:

* **Folded**: case, accents and Unicode normal forms do not matter: both the
  text and the names are folded (NFKD, combining marks stripped, casefold,
  and letters that do not decompose mapped: ł→l, ø→o, ß→ss, æ→ae, đ→d, ı→i...),
  so "ANS JANSEN", "ans jansen", "Zoë" typed as Z-o-e-U+0308 and "Zoe Celik"
  are all found. The replacement covers the original characters exactly.
* **Whole words only**: "Ans" is not found inside "Ansicht" or "plans".
* **Parts**: the full name, "Jansen, Ans", the first name, the last name with
  and without its infix ("de Wit", "Wit"), and each half of a double name
  ("Jansen-Bakker"). Infixes ("van", "der", "de", ...) and initials are never
  replaced on their own.
* **Short names** (two letters, "Bo", "Jo"): replaced only where the text
  writes them with a capital ("Bo", "BO") or right next to another part of
  the same person's name ("bo de wit"), so the Dutch word "bo" in lower case
  or an unrelated "ed" survives; the review lists lower-case ones as suspect.
  Names of three letters and more are replaced in any case: a homonym that
  goes ("Wit" = white) is the price of never leaking a name, and the review
  shows it.
* **E-mail addresses**: every address in a text (a participant's becomes their
  role, anyone else's "[e-mailadres]").
* **No stutters**: "De Nieuwe Jutter (Ans Jansen)" does not become
  "De Nieuwe Jutter (De Nieuwe Jutter)": "R (R)", "R: R", "R, R" and "R R"
  collapse to "R" ("R:" for the colon).

`review(event, lang)` runs the same replacement over every text of the event
and lists what it replaced (with counts) and what still looks like a name, so
the facilitator can check before sending.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..domain import Participant
from ..eventfile import EventFile
from ..words import tr

SHORT = 2          # name parts of this many letters follow the capital rule
FUZZY = 0.85       # difflib ratio from which a remaining word looks like a name part
INFIXES = frozenset("""van de der den het 't t ten ter te op in aan uit la le les du da di del
della dos das do von vom zu el al bin ibn ben y e d' l' mac mc""".split())
_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE",
            "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
            "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng",
            "Ŋ": "NG", "ĸ": "k", "ſ": "s", "’": "'", "‘": "'", "ʼ": "'"}
EMAIL = re.compile(r"[\w.+'%!#$&*/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_SENTINEL = re.compile("\ue000(\\d+)\ue001")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """One character as the matching sees it (may be '' or several letters)."""
    c = _LETTERS.get(c, c)
    out = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return "".join(_LETTERS.get(x, x) for x in out).casefold()


def fold(text: str) -> str:
    """Text without case, accents and normal-form differences ("Zoë Çelik" -> "zoe celik")."""
    if text.isascii():  # every ASCII character folds to its lower case (most texts)
        return text.lower()
    return "".join(fold_char(c) for c in text)


def fold_with_spans(text: str) -> tuple[str, list[int], list[int]]:
    """`text` folded character by character, with each folded character's span in
    `text` (start, end): a combining mark belongs to the letter before it."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0  # number of folded chars the previous original char produced
    for i, c in enumerate(text):
        f = fold_char(c)
        if not f:  # a combining mark: it belongs to the previous letter
            for k in range(len(ends) - last, len(ends)):
                ends[k] = i + 1
            continue
        for x in f:
            chars.append(x)
            starts.append(i)
            ends.append(i + 1)
        last = len(f)
    return "".join(chars), starts, ends


class _Folded:
    """A folded text that remembers, per folded character, its original span."""

    def __init__(self, text: str) -> None:
        folded = text.lower() if text.isascii() else None  # ASCII: one each (most texts)
        if folded is None:
            each = list(map(fold_char, text))
            if all(len(f) == 1 for f in each):
                folded = "".join(each)
        if folded is not None:
            self.text = folded
            self.starts, self.ends = range(len(text)), range(1, len(text) + 1)
        else:
            self.text, self.starts, self.ends = fold_with_spans(text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def role_of(person: Participant, lang: str) -> str:
    """How a hidden person is named: organisation(s), else function, else 'deelnemer'."""
    return (", ".join(person.organisations) or person.function
            or tr("export.participant", lang))


@dataclass(frozen=True)
class _Part:
    key: str                 # folded, single-spaced
    role: str                # its replacement
    short: bool              # follows the capital rule
    family: frozenset[str]   # every folded word of the person's name(s)


@dataclass
class Recorder:
    """What an Anonymiser replaced and what it left that looks like a name."""

    replaced: Counter = field(default_factory=Counter)           # (original, role) -> count
    suspects: dict[tuple[str, str], str] = field(default_factory=dict)  # (word, why) -> ctx


def _name_parts(name: str) -> Iterator[tuple[str, bool]]:
    """(part, whole-name?) of a name: full, "last, first", first, last, halves."""
    words = name.split()
    if not words:
        return
    yield " ".join(words), True
    if len(words) == 1:
        yield from ((h, False) for h in words[0].split("-") if "-" in words[0])
        return
    first, rest = words[0], words[1:]
    core = [w for w in rest if fold(w) not in INFIXES] or rest
    yield f"{' '.join(rest)}, {first}", True
    yield f"{' '.join(core)}, {first}", True
    yield first, False
    yield " ".join(rest), False
    yield " ".join(core), False
    yield core[-1], False
    for w in [first, *core]:
        for half in w.split("-") if "-" in w else ():
            yield half, False


def _key(text: str) -> str:
    """A name part as the table of parts knows it: folded, hyphens as spaces,
    "last, first" with its comma against the last name."""
    folded = fold(text).replace("-", " ").replace(",", " , ")
    return " ".join(folded.split()).replace(" ,", ",")


def _letters(text: str) -> int:
    return sum(1 for c in fold(text) if c.isalpha())


class Anonymiser:
    """Replaces hidden people's names and e-mail addresses in free text (see module)."""

    def __init__(self, people: Iterable[Participant], *, anonymous: bool, lang: str,
                 recorder: Recorder | None = None, whole_names_only: bool = False) -> None:
        self.anonymous = anonymous
        self.lang = lang
        self.recorder = recorder
        self.generic = tr("export.participant", lang)
        self.email_word = tr("export.anon.email", lang)
        parts: dict[str, _Part] = {}
        self.emails: dict[str, str] = {}
        self.name_words: set[str] = set()
        self.roles: set[str] = set()
        for person in people:
            if not (anonymous or not person.consent_named):
                continue
            role = role_of(person, lang)
            self.roles.add(role)
            if person.email.strip():
                self.emails[fold(person.email.strip())] = role
            name = " ".join(unicodedata.normalize("NFC", person.name).split())
            family = frozenset(w for w in re.split(r"[\s,\-]+", fold(name)) if w)
            for part, whole in _name_parts(name):
                key = _key(part)
                n = _letters(part)
                if not key or n < SHORT or (not whole and (key in INFIXES
                                                           or whole_names_only)):
                    continue
                short = n <= SHORT
                known = parts.get(key)
                if known is None:
                    parts[key] = _Part(key, role, short, family)
                elif known.role != role:  # a part two people share: name neither
                    parts[key] = _Part(key, self.generic, known.short, known.family | family)
                if not short:
                    self.name_words.update(w for w in key.replace(",", " ").split()
                                           if w not in INFIXES and len(w) > SHORT)
        self.parts = parts
        self.short_words = {p.key for p in parts.values() if p.short}
        ordered = sorted(parts, key=len, reverse=True)
        body = "|".join(re.escape(k).replace(r"\ ", r"[\s\-]+").replace(",", r"\s*,")
                        for k in ordered)
        self._names = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else None
        self.active = bool(parts or self.emails or anonymous)

    # -- the replacement -------------------------------------------------------------

    def __call__(self, text: str | None) -> str:
        text = text or ""
        if not text or not self.active:
            return text
        text = unicodedata.normalize("NFC", text)
        found: list[tuple[str, str]] = []  # (original, replacement) by sentinel number

        def mark(original: str, replacement: str) -> str:
            found.append((original, replacement))
            return f"\ue000{len(found) - 1}\ue001"

        kept: list[str] = []  # addresses left as they are (names not hidden)

        def email(m: re.Match[str]) -> str:
            address = m.group(0)
            role = self.emails.get(fold(address))
            named = self._names is not None and self._names.search(fold(address)) is not None
            if role is None and not self.anonymous and not named:
                kept.append(address)  # protected from the name matching below
                return f"\ue002{len(kept) - 1}\ue003"
            return mark(address, role or self.email_word)

        text = EMAIL.sub(email, text)
        if self._names is not None:
            folded = _Folded(text)
            pieces: list[str] = []
            at = 0
            for m in self._names.finditer(folded.text):
                part = self.parts.get(_key(m.group(0)))
                if part is None:
                    continue
                start, end = folded.span(m.start(), m.end())
                original = text[start:end]
                if part.short and not self._short_ok(original, folded.text, m, part):
                    continue
                pieces += [text[at:start], mark(original, part.role)]
                at = end
            text = "".join(pieces) + text[at:]
        if kept:
            text = re.sub("\ue002(\\d+)\ue003", lambda k: kept[int(k.group(1))], text)
        if not found:
            return text
        if self.recorder is not None:
            self._suspects_next_to_marks(text, found)
        out = _SENTINEL.sub(lambda m: found[int(m.group(1))][1], text)
        if self.recorder is not None:
            for original, replacement in found:
                self.recorder.replaced[(original, replacement)] += 1
        return collapse(out, {r for _, r in found})

    @staticmethod
    def _short_ok(original: str, folded: str, m: re.Match[str], part: _Part) -> bool:
        """A short name counts when capitalised, or next to another part of the name."""
        if original[:1].isupper():
            return True
        before = re.search(r"(\w+)[\s\-]+$", folded[:m.start()])
        after = re.match(r"[\s\-]+(\w+)", folded[m.end():])
        others = part.family - {part.key}
        return any(x is not None and x.group(1) in others for x in (before, after))

    def _suspects_next_to_marks(self, text: str, found: list[tuple[str, str]]) -> None:
        """Capitalised words right after a replaced name ("Ans Jansen-Bakker")."""
        for m in re.finditer("\ue001[\\s\\-]*([^\\W\\d_]+)", text):
            word = m.group(1)
            if word[:1].isupper() and fold(word) not in INFIXES and \
                    not any(fold(word) in fold(r) for r in self.roles):
                snippet = text[max(0, m.start(1) - 40):m.end(1) + 30]
                snippet = _SENTINEL.sub(lambda s: found[int(s.group(1))][1], snippet)
                snippet = re.sub("[\ue000\ue001]\\d*|\\d*[\ue000\ue001]", "", snippet)
                self._suspect(word, tr("export.review.why.next", self.lang), snippet,
                              snippet.find(word))

    def _suspect(self, word: str, why: str, text: str, at: int) -> None:
        if self.recorder is None:
            return
        context = " ".join(text[max(0, at - 30):at + len(word) + 30].split())
        self.recorder.suspects.setdefault((word, why), context)

    def check(self, text: str) -> None:
        """Record words of an already anonymised text that still look like a name."""
        if self.recorder is None or not text:
            return
        role_words = {w for r in self.roles for w in fold(r).split()}
        for m in _WORD.finditer(text):
            word = m.group(0)
            key = fold(word)
            if key in role_words or key in INFIXES:
                continue
            if key in self.short_words:
                self._suspect(word, tr("export.review.why.short", self.lang), text, m.start())
                continue
            if len(key) <= SHORT:
                continue
            for name in self.name_words:
                if abs(len(name) - len(key)) <= 2 and \
                        difflib.SequenceMatcher(None, key, name).ratio() >= FUZZY:
                    self._suspect(word, tr("export.review.why.similar", self.lang,
                                           name=name), text, m.start())
                    break

    # -- people --------------------------------------------------------------------

    def role(self, person: Participant) -> str:
        return role_of(person, self.lang)


def collapse(text: str, replacements: Iterable[str]) -> str:
    """'R (R)', 'R: R', 'R, R', 'R R' -> 'R' ('R:' for the colon), for each R."""
    for r in sorted({x for x in replacements if x}, key=len, reverse=True):
        e = re.escape(r).replace(r"\ ", r"\s+")
        rules = ((rf"(?<!\w)({e})\s*\(\s*{e}\s*\)", r"\1"),
                 (rf"(?<!\w)({e})\s*:\s*{e}(?!\w)", r"\1:"),
                 (rf"(?<!\w)({e})\s*(?:,|/|&|\+|–|—|\s-)\s*{e}(?!\w)", r"\1"),
                 (rf"(?<!\w)({e})\s+{e}(?!\w)", r"\1"))
        changed = True
        while changed:
            changed = False
            for pattern, repl in rules:
                new = re.sub(pattern, repl, text, flags=re.IGNORECASE)
                changed |= new != text
                text = new
    return text


# -- the review before writing -----------------------------------------------------------


@dataclass(frozen=True)
class Replacement:
    original: str
    replacement: str
    count: int


@dataclass(frozen=True)
class Suspect:
    word: str
    why: str
    context: str


@dataclass(frozen=True)
class Review:
    """Every replacement anonymising makes, and what still looks like a name."""

    replacements: tuple[Replacement, ...]
    suspects: tuple[Suspect, ...]
    lang: str = "nl"

    def lines(self) -> list[str]:
        lang = self.lang
        out = [tr("export.review.title", lang), ""]
        if self.replacements:
            out.append(tr("export.review.replaced", lang, n=sum(r.count
                                                                for r in self.replacements)))
            out += ["  " + tr("export.review.replacement", lang, original=r.original,
                              replacement=r.replacement, count=r.count)
                    for r in self.replacements]
        else:
            out.append(tr("export.review.none", lang))
        out.append("")
        if self.suspects:
            out.append(tr("export.review.suspects", lang, n=len(self.suspects)))
            out += ["  " + tr("export.review.suspect", lang, word=s.word, why=s.why,
                              context=s.context) for s in self.suspects]
        else:
            out.append(tr("export.review.clear", lang))
        return out

    def text(self) -> str:
        return "\n".join(self.lines())


def event_texts(event: EventFile) -> Iterator[str]:
    """Every free text of the event that an export may show."""
    ev = event.event()
    yield from (ev.title, ev.subtitle, ev.organiser, ev.venue, ev.introduction)
    for item in event.programme():
        yield from (item.title, item.speakers, item.description)
    for t in event.tables():
        yield from (t.theme, t.pitch, t.initiative)
    for q in event.questions():
        yield from (q.text, q.label, *q.initiatives)
    for n in event.notes():
        yield from (n.party, n.text)
    for a in event.actions():
        yield from (a.what, a.owner, *a.partners, a.period)
    for f in event.follow_ups():
        yield from (f.topic, f.organiser)
    for p in event.attachments():
        yield p.caption


def review(event: EventFile, lang: str) -> Review:
    """What an anonymous export of `event` replaces, and what still looks like a name."""
    recorder = Recorder()
    anonymiser = Anonymiser(event.participants(), anonymous=True, lang=lang, recorder=recorder)
    for text in event_texts(event):
        if text:
            anonymiser.check(anonymiser(text))
    replacements = tuple(Replacement(o, r, n) for (o, r), n in sorted(
        recorder.replaced.items(), key=lambda kv: (fold(kv[0][0]), kv[0][0])))
    suspects = tuple(Suspect(w, why, ctx) for (w, why), ctx in recorder.suspects.items())
    return Review(replacements, suspects, lang)
