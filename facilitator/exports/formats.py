"""The export formats, each registered once: the one list that `run_exports`,
`oogst export` and the export dialog iterate.

An `ExportFormat` says what a format is called (a catalogue key, so the
dialog shows it in the interface language), its file suffix and default
file name, its command-line option, which shared options it takes, and the
function that writes it:

    write(event, path, *, lang, progress, should_abort, **options) -> Path

where `options` holds only the names in `ExportFormat.options`. The shared
options themselves are `OPTIONS` (name, default, command-line flags).
Adding a format (as the .docx of the minutes was) is one `register(...)` call:
the command line, the dialog and `run_exports` pick it up.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..words import tr
from .agenda import GROUPINGS, export_agenda_pdf
from .minutes import export_minutes, export_minutes_docx
from .printables import export_signin_sheet, export_table_cards
from .seating import export_seating
from .workbook import export_workbook

Writer = Callable[..., Path]


@dataclass(frozen=True)
class ExportOption:
    """An option that several formats may take; `kind` says how a command line sets it:
    "flag" (--anonymous), "choice" (--group-by level|owner) or "tristate" (--draft/--final,
    neither: None)."""

    name: str
    default: Any
    kind: Literal["flag", "choice", "tristate"]
    flags: tuple[str, ...]
    help: tuple[str, ...]
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportFormat:
    """One kind of output file."""

    key: str                      # "minutes": the name in ExportRequest.outputs
    name_key: str                 # catalogue key of its name ("Verslag (PDF)")
    file_key: str                 # catalogue key of its default file name's ending
    suffix: str                   # ".pdf"
    option: str                   # command-line option: "--minutes"
    metavar: str                  # "M.pdf"
    help: str                     # command-line help (English, as all of argparse's)
    write: Writer
    options: frozenset[str] = frozenset()
    in_dialog: bool = True        # offered in File > Export
    checked: bool = False         # ticked there at first

    def name(self, lang: str) -> str:
        return tr(self.name_key, lang)

    def file_name(self, title: str, lang: str) -> str:
        """The default file name: "<title> - verslag.pdf"."""
        return f"{title} - {tr(self.file_key, lang)}{self.suffix}"

    def run(self, event: Any, path: Path, *, lang: str, progress: Any, should_abort: Any,
            options: dict[str, Any]) -> Path:
        """Write this format; `options` may hold more than it takes."""
        own = {name: value for name, value in options.items() if name in self.options}
        return self.write(event, path, lang=lang, progress=progress,
                          should_abort=should_abort, **own)


OPTIONS: tuple[ExportOption, ...] = (
    ExportOption("group_by", "level", "choice", ("--group-by",),
                 ("group the agenda PDF's actions by level (default) or owner",),
                 choices=GROUPINGS),
    ExportOption("draft", None, "tristate", ("--draft", "--final"),
                 ("mark as draft (CONCEPT); default: the event's minutes status",
                  "no draft mark")),
    ExportOption("anonymous", False, "flag", ("--anonymous",),
                 ("leave every personal name and e-mail address out, in every format "
                  "(organisation or function instead); prints the review of what was "
                  "replaced to stderr",)),
    ExportOption("participant_list", False, "flag", ("--participant-list",),
                 ("add the list of participants to the minutes",)),
    ExportOption("hide_empty_rounds", False, "flag", ("--hide-empty-rounds",),
                 ("leave round questions nobody wrote a note under out of the minutes "
                  "(default: every round is printed)",)),
    ExportOption("issue", None, "choice", ("--issue",),
                 ("issue the minutes as the next version: 'concept' (Concept v1, v2, ...) "
                  "or 'final' (Definitief); the file records its date and notes, and a "
                  "later version lists what changed since in an appendix",),
                 choices=("concept", "final")),
)

FORMATS: list[ExportFormat] = []


def register(fmt: ExportFormat) -> ExportFormat:
    """Add a format (its key and option must be new; options must be in OPTIONS)."""
    if any(f.key == fmt.key or f.option == fmt.option for f in FORMATS):
        raise ValueError(f"export format {fmt.key} ({fmt.option}) is registered already")
    unknown = fmt.options - {o.name for o in OPTIONS}
    if unknown:
        raise ValueError(f"export format {fmt.key}: unknown options {sorted(unknown)}")
    FORMATS.append(fmt)
    return fmt


def get(key: str) -> ExportFormat:
    """The format registered as `key` (KeyError if none)."""
    for fmt in FORMATS:
        if fmt.key == key:
            return fmt
    raise KeyError(key)


def option(name: str) -> ExportOption:
    return next(o for o in OPTIONS if o.name == name)


def defaults() -> dict[str, Any]:
    """Every shared option at its default."""
    return {o.name: o.default for o in OPTIONS}


register(ExportFormat(
    "minutes", "export.format.minutes", "export.file.minutes", ".pdf", "--minutes", "M.pdf",
    "the minutes (verslag) as PDF", export_minutes,
    frozenset({"draft", "anonymous", "participant_list", "hide_empty_rounds", "issue"}),
    checked=True))
register(ExportFormat(
    "minutes_docx", "export.format.minutes_docx", "export.file.minutes", ".docx", "--docx",
    "M.docx", "the minutes (verslag) as an editable Word document", export_minutes_docx,
    frozenset({"draft", "anonymous", "participant_list"})))
register(ExportFormat(
    "agenda", "export.format.agenda", "export.file.agenda", ".pdf", "--agenda", "A.pdf",
    "the action agenda as PDF", export_agenda_pdf,
    frozenset({"draft", "anonymous", "group_by"}), checked=True))
register(ExportFormat(
    "workbook", "export.format.workbook", "export.file.workbook", ".xlsx", "--xlsx", "W.xlsx",
    "workbook: actions, notes, participants, tables, overview", export_workbook,
    frozenset({"anonymous"}), checked=True))
register(ExportFormat(
    "cards", "export.format.cards", "export.file.cards", ".pdf", "--cards", "C.pdf",
    "a table card per table (PDF)", export_table_cards, frozenset({"anonymous"})))
register(ExportFormat(
    "signin", "export.format.signin", "export.file.signin", ".pdf", "--signin", "S.pdf",
    "a sign-in sheet (PDF)", export_signin_sheet, frozenset({"anonymous"})))
register(ExportFormat(
    "seating", "export.format.seating", "export.file.seating", ".pdf", "--seating", "P.pdf",
    "the World Café seating plan: per table, per participant, cards", export_seating,
    frozenset({"anonymous"}), in_dialog=False))  # the seating view exports it, once a plan is made
