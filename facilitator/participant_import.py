"""Importing participants from a registration list (.xlsx or .csv). No Qt here.

The steps match the import wizard: `read_sheet` turns a file into a header
row and data rows of text; `guess_mapping` maps columns to fields from Dutch
or English headers; `plan_import` checks every row against the event and
sorts it into rows to import (possibly with a warning) and rows that are
skipped, each with its reason; `apply_import` adds the importable rows
through the ordinary `EventFile` operations. No row disappears silently:
every data row of the file is in `ImportPlan.rows` or `ImportPlan.skipped`.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import import_limits as limits
from .errors import OogstError
from .jobs import Progress, ShouldAbort, check
from .oplib import os_reason
from .words import tr

# The fields a column can be mapped to, in the order the wizard shows them.
FIELDS = ("name", "first_name", "infix", "last_name", "organisations", "function",
          "perspective", "email", "consent", "table")

# Header words (normalised: lower case, no accents, only letters and digits) per field.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledigenaam", "fullname", "deelnemer", "participant",
             "naamdeelnemer"),
    "first_name": ("voornaam", "firstname", "givenname", "roepnaam", "voorletters"),
    "infix": ("tussenvoegsel", "tussenvoegsels", "tussenv", "infix", "prefix"),
    "last_name": ("achternaam", "lastname", "surname", "familienaam", "familyname"),
    "organisations": ("organisatie", "organisaties", "organisation", "organisations",
                      "organization", "organizations", "organisatienaam", "instelling",
                      "werkgever", "bedrijf", "company", "employer", "affiliation",
                      "namens"),
    "function": ("functie", "function", "rol", "role", "jobtitle", "functietitel",
                 "position"),
    "perspective": ("perspectief", "perspective", "doelgroep", "stakeholder",
                    "stakeholdergroep", "groep", "group", "sector", "achtergrond"),
    "email": ("email", "emailadres", "mail", "mailadres", "emailaddress"),
    "consent": ("toestemming", "consent", "akkoord", "naamvermelding",
                "toestemmingnaamvermelding", "naamnoemen", "mogenwenuwnaamnoemen",
                "vermelding", "publish", "named"),
    "table": ("tafel", "table", "thematafel", "themetable", "tafelnummer", "tablenumber",
              "thema", "theme", "workshop"),
}

YES = {"ja", "j", "yes", "y", "1", "x", "true", "waar", "akkoord", "ok", "✓", "v"}
NO = {"nee", "n", "no", "0", "false", "onwaar", "niet", "geen", "-"}
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]{2,}$")
_ORG_SPLIT = re.compile(r"\s*[;\n|]\s*|\s*,\s*")
DELIMITERS = ";,\t|"
MAX_ROWS = 20000


class ImportFileError(OogstError):
    """The registration list cannot be read (unknown type, broken file...)."""


# -- reading --------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """A registration list as text: a header row and data rows of equal width."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # the row number in the file (1-based) of each data row
    sheet_names: tuple[str, ...] = ()  # the workbook's sheets (empty for CSV)
    sheet: str = ""  # the sheet that was read
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    cut_after: int | None = None  # rows after this file row were not read (MAX_ROWS)

    def warnings(self, lang: str) -> list[str]:
        """What the reader must know about this sheet (rows left out), in `lang`."""
        if self.cut_after is None:
            return []
        return [tr("import.warning.too_many_rows", lang, limit=f"{MAX_ROWS:,}".replace(
            ",", "." if lang == "nl" else ","), row=self.cut_after)]


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of an .xlsx workbook (one pseudo-sheet for CSV: [])."""
    path = Path(path)
    if _kind(path) != "xlsx":
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_sheet(path: str | Path, *, sheet: str | None = None,
               progress: Progress | None = None,
               should_abort: ShouldAbort | None = None) -> Sheet:
    """Read a .xlsx (first or named sheet) or .csv/.txt/.tsv file as text.

    `progress(rows_read, 0, "")` now and then; `should_abort()` stops the
    reading with `jobs.Cancelled`. A file beyond the limits of
    `import_limits` (size, unpacked size, columns, line and cell length) is
    refused at once with `import_limits.LimitError`; rows beyond MAX_ROWS are
    left out and `Sheet.warnings()` says so.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("error.file_not_found", path=path, name=str(path))
    kind = _kind(path)
    limits.check_file_size(path)
    rows = _Rows(progress, should_abort)
    if kind == "xlsx":
        limits.check_xlsx(path)
        return _read_xlsx(path, sheet, rows)
    return _read_csv(path, rows)


class _Rows:
    """Counts rows as they are read: progress, abort and the row limit."""

    EVERY = 200

    def __init__(self, progress: Progress | None, should_abort: ShouldAbort | None) -> None:
        self._progress = progress
        self._should_abort = should_abort
        self.cut = False  # True once a row beyond the limit was seen

    def more(self, number: int) -> bool:
        """False once enough rows are read; raises Cancelled when asked to stop."""
        if number % self.EVERY == 0:
            check(self._should_abort, "error.import.cancelled")
            if self._progress is not None:
                self._progress(number, 0, "")
        if number > MAX_ROWS + 50:
            self.cut = True
            return False
        return True


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".csv", ".txt", ".tsv", ""):
        return "csv"
    if suffix == ".xls":
        raise ImportFileError("error.import.old_excel", path=path, name=path.name)
    raise ImportFileError("error.import.wrong_type", path=path, name=path.name)


def _open_workbook(path: Path):
    import openpyxl  # only when an Excel file is imported
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise ImportFileError("error.import.bad_workbook", path=path, name=path.name,
                              reason=str(exc) or type(exc).__name__) from None


def cell_text(value: Any) -> str:
    """A cell value as the text a person sees (1.0 -> "1", dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()


def _read_xlsx(path: Path, sheet: str | None, rows: _Rows) -> Sheet:
    workbook = _open_workbook(path)
    try:
        names = tuple(workbook.sheetnames)
        if sheet is None:
            sheet = names[0] if names else ""
        if sheet not in names:
            raise ImportFileError("error.import.no_sheet", path=path, name=path.name,
                                  sheet=sheet)
        raw = []
        worksheet = workbook[sheet]
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()  # the declared size may lie; read the cells
        for number, row in enumerate(worksheet.iter_rows(values_only=True,
                                                          max_col=limits.MAX_COLUMNS + 1),
                                     start=1):
            if not rows.more(number):
                break
            cells = [cell_text(v) for v in row]
            limits.check_row(path, number, cells)
            raw.append((number, cells))
    finally:
        workbook.close()
    return _to_sheet(raw, cut=rows.cut, sheet_names=names, sheet=sheet)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: UTF-8 (with or without BOM, or UTF-16 with BOM), else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text among ; , tab and |."""
    sample = "\n".join(text[:64 * 1024].splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = text[:64 * 1024].splitlines()[0] if text.strip() else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _read_csv(path: Path, rows: _Rows) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("error.import.unreadable", path=path, name=path.name,
                              reason=os_reason(exc)) from None
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError("error.import.looks_like_excel", path=path, name=path.name)
    text, encoding = decode(data)
    limits.check_csv_lines(path, text)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw = []
    try:
        for number, row in enumerate(reader, start=1):
            if not rows.more(number):
                break
            cells = [cell_text(v) for v in row]
            limits.check_row(path, number, cells)
            raw.append((number, cells))
    except csv.Error as exc:
        raise ImportFileError("error.import.bad_csv", path=path, name=path.name,
                              reason=str(exc)) from None
    return _to_sheet(raw, cut=rows.cut, encoding=encoding, delimiter=delimiter)


def _to_sheet(raw: list[tuple[int, list[str]]], *, cut: bool = False, **extra: Any) -> Sheet:
    """The first non-empty row is the header; empty rows are not data. At most
    MAX_ROWS data rows are kept; `cut_after` names the last row read when more
    were there (`cut`: the reader stopped early)."""
    filled = [(n, r) for n, r in raw if any(c.strip() for c in r)]
    if not filled:
        return Sheet((), (), (), **extra)
    width = max(len(r) for _, r in filled)
    # Trailing columns that are empty everywhere (Excel's formatted ranges) go.
    while width and not any(len(r) >= width and r[width - 1].strip() for _, r in filled):
        width -= 1
    padded = [(n, tuple((r + [""] * width)[:width])) for n, r in filled]
    header_number, headers = padded[0]
    headers = tuple(h.strip() or f"({_column_letter(i)})" for i, h in enumerate(headers))
    body = padded[1:MAX_ROWS + 1]
    more = len(padded) > MAX_ROWS + 1 or (cut and len(body) == MAX_ROWS)
    cut_after = body[-1][0] if more and body else None
    return Sheet(headers, tuple(r for _, r in body), tuple(n for n, _ in body),
                 cut_after=cut_after, **extra)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- mapping ----------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, accents and everything but letters and digits removed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Best guess of the column (index) of each field from the header texts.

    Exact header words win over headers that merely start with or contain
    one ("E-mailadres deelnemer"); each column is used for one field only.
    """
    mapping: dict[str, int | None] = {f: None for f in FIELDS}
    keys = [normalise(h) for h in headers]
    taken: set[int] = set()
    for strength in (0, 1, 2):
        for f in FIELDS:
            if mapping[f] is not None:
                continue
            for index, key in enumerate(keys):
                if index in taken or not key:
                    continue
                if _matches(key, HEADER_WORDS[f], strength):
                    mapping[f] = index
                    taken.add(index)
                    break
    # A full-name column makes split name columns unnecessary, and vice versa.
    if mapping["name"] is not None and mapping["last_name"] is not None:
        mapping["name"] = None if mapping["first_name"] is not None else mapping["name"]
    return mapping


def _matches(key: str, words: tuple[str, ...], strength: int) -> bool:
    if strength == 0:
        return key in words
    longer = [w for w in words if len(w) >= 4]
    if strength == 1:
        return any(key.startswith(w) for w in longer)
    return any(w in key for w in longer)


# -- checking -----------------------------------------------------------------------


# What can be wrong with a row. Skipped rows: empty, duplicate_file,
# duplicate_event. Imported with a warning: perspective, email, consent, table.
# Each code is the catalogue word `import.problem.<code>` (with {value});
# `Problem.text(lang)` says it in Dutch or English.
PROBLEM_CODES = ("empty", "duplicate_file", "duplicate_event", "too_long", "perspective",
                 "email", "consent", "table")
SKIPPING = ("empty", "duplicate_file", "duplicate_event", "too_long")


@dataclass(frozen=True)
class Problem:
    code: str  # one of PROBLEM_CODES
    value: str = ""  # the cell text (or row number) the message names

    @property
    def skips_row(self) -> bool:
        return self.code in SKIPPING

    def text(self, lang: str) -> str:
        """What is wrong and what happened to the row, in `lang` ("nl"/"en")."""
        return tr(f"import.problem.{self.code}", lang, value=self.value)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class ImportRow:
    """One row to import, with the values the participant will get."""

    row_number: int
    name: str
    organisations: tuple[str, ...]
    function: str
    perspective_id: str | None
    email: str
    consent_named: bool
    table_ids: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()  # imported, but something was left out (and why)


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not imported, with the reason."""

    row_number: int
    values: tuple[str, ...]
    reason: Problem


@dataclass
class ImportPlan:
    rows: list[ImportRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def problems(self) -> list[tuple[int, str, Problem]]:
        """(row number, who, problem) for every problem of every row, in file order."""
        out = [(s.row_number, " ".join(v for v in s.values[:3] if v), s.reason)
               for s in self.skipped]
        out += [(r.row_number, r.name or ", ".join(r.organisations), w)
                for r in self.rows for w in r.warnings]
        return sorted(out, key=lambda p: p[0])


def match_choice(value: str, choices: dict[str, str]) -> str | None:
    """The id of the choice named `value` (exact, then prefix, then close); None if unclear.

    `choices` maps names to ids, e.g. perspective names. "Gemeente" finds
    "Gemeenten", "burgers" finds "Burgers/inwoners".
    """
    key = normalise(value)
    if not key:
        return None
    names = {normalise(n): i for n, i in choices.items() if normalise(n)}
    if key in names:
        return names[key]
    starts = {i for n, i in names.items() if n.startswith(key) or key.startswith(n)}
    if len(starts) == 1:
        return starts.pop()
    close = difflib.get_close_matches(key, list(names), n=2, cutoff=0.8)
    if len(close) == 1:
        return names[close[0]]
    return None


def parse_consent(value: str) -> bool | None:
    """Yes/no from a consent cell; an empty cell is no consent (an unticked box)."""
    key = value.strip().lower().rstrip(".!")
    if not key:
        return False
    if key in YES or key.startswith(("ja", "yes")):
        return True
    if key in NO or key.startswith(("nee", "no")):
        return False
    return None


def split_organisations(value: str) -> tuple[str, ...]:
    return tuple(p for p in (s.strip() for s in _ORG_SPLIT.split(value)) if p)


def _person_key(name: str, organisations: Iterable[str], email: str) -> tuple[str, ...]:
    if email:
        return ("email", email.lower())
    return ("name", normalise(name), *sorted(normalise(o) for o in organisations))


def plan_import(sheet: Sheet, mapping: dict[str, int | None], *,
                perspectives: dict[str, str], tables: dict[str, str],
                existing: Iterable[tuple[str, Iterable[str], str]] = ()) -> ImportPlan:
    """Sort every data row into rows to import and rows to skip, with reasons.

    `perspectives` and `tables` map names (and, for tables, numbers as text)
    to ids; `existing` holds (name, organisations, email) of the participants
    already in the event, so importing the same list twice adds no one twice.
    """
    def cell(row: Sequence[str], f: str) -> str:
        index = mapping.get(f)
        return row[index].strip() if index is not None and index < len(row) else ""

    plan = ImportPlan()
    known = {_person_key(n, o, e): 0 for n, o, e in existing}
    for number, row in zip(sheet.row_numbers, sheet.rows):
        name = cell(row, "name") or " ".join(
            p for p in (cell(row, "first_name"), cell(row, "infix"), cell(row, "last_name"))
            if p)
        organisations = split_organisations(cell(row, "organisations"))
        if not name and not organisations:
            plan.skipped.append(SkippedRow(number, row, Problem("empty")))
            continue
        too_long = _too_long(name=name, function=cell(row, "function"),
                             organisations=organisations)
        if too_long:
            plan.skipped.append(SkippedRow(number, row, Problem("too_long", too_long)))
            continue
        warnings: list[Problem] = []
        email = cell(row, "email")
        if email.lower().startswith("mailto:"):
            email = email[7:]
        if email and not _EMAIL.match(email):
            warnings.append(Problem("email", email))
            email = ""
        key = _person_key(name, organisations, email)
        if key in known:
            reason = (Problem("duplicate_event") if known[key] == 0
                      else Problem("duplicate_file", str(known[key])))
            plan.skipped.append(SkippedRow(number, row, reason))
            continue
        known[key] = number
        perspective_text = cell(row, "perspective")
        perspective_id = match_choice(perspective_text, perspectives)
        if perspective_text and perspective_id is None:
            warnings.append(Problem("perspective", perspective_text))
        consent = True if mapping.get("consent") is None else parse_consent(cell(row, "consent"))
        if consent is None:
            warnings.append(Problem("consent", cell(row, "consent")))
            consent = False
        table_ids, unknown = match_tables(cell(row, "table"), tables)
        warnings += [Problem("table", part) for part in unknown]
        plan.rows.append(ImportRow(number, name, organisations, cell(row, "function"),
                                   perspective_id, email, consent, tuple(table_ids),
                                   tuple(warnings)))
    return plan


def _too_long(*, name: str, function: str, organisations: tuple[str, ...]) -> str:
    """The field (as a word in the message) that the event would refuse as too long."""
    from .oplib import FIELD_LIMITS
    if len(name) > FIELD_LIMITS["name"]:
        return f"{name[:40]}… ({len(name)} > {FIELD_LIMITS['name']})"
    if len(function) > FIELD_LIMITS["function"]:
        return f"{function[:40]}… ({len(function)} > {FIELD_LIMITS['function']})"
    for org in organisations:
        if len(org) > FIELD_LIMITS["organisations"]:
            return f"{org[:40]}… ({len(org)} > {FIELD_LIMITS['organisations']})"
    return ""


def match_tables(value: str, tables: dict[str, str]) -> tuple[list[str], list[str]]:
    """Table ids named in a cell ("3", "Tafel 2", "1, 4", a theme) and the parts not found."""
    def one(part: str) -> str | None:
        part = re.sub(r"^(thema)?tafel\s*|^table\s*", "", part.strip(), flags=re.I)
        return tables.get(part) or match_choice(part, tables)

    value = value.strip()
    if not value:
        return [], []
    whole = one(value)
    if whole:
        return [whole], []
    found: list[str] = []
    unknown: list[str] = []
    for part in (p for p in re.split(r"\s*[;,&+]\s*|\s+(?:en|and)\s+", value) if p):
        table_id = one(part)
        if table_id is None:
            unknown.append(part)
        elif table_id not in found:
            found.append(table_id)
    return found, unknown


def table_choices(tables: Iterable[Any]) -> dict[str, str]:
    """Names by which a registration list may name a table: number and theme."""
    out: dict[str, str] = {}
    for t in tables:
        out[str(t.number)] = t.id
        if t.theme:
            out[t.theme] = t.id
    return out


# -- applying -------------------------------------------------------------------------


def apply_import(event: Any, rows: Sequence[ImportRow], *, progress: Progress | None = None,
                 should_abort: ShouldAbort | None = None) -> list[str]:
    """Add the rows as participants (and seat them) in one transaction.

    `EventFile.add_participants` commits all rows or none, so an import is
    one fsync and one undo step (and a cancel adds nothing); returns the new ids.
    """
    return event.add_participants(
        [{"name": row.name, "organisations": row.organisations, "function": row.function,
          "perspective_id": row.perspective_id, "email": row.email,
          "consent_named": row.consent_named, "table_ids": row.table_ids} for row in rows],
        progress=progress, should_abort=should_abort)