"""`oogst agenda FILE_OR_FOLDER... --xlsx OUT --pdf OUT [--organisation NAME] ...`:
one action agenda across meetings (`agenda_across`, `exports.series_agenda`);
and `oogst new --follow-up EARLIER NEW` (`follow_up`), whose option `cli` adds.

Registers itself with `facilitator.cli` (COMMANDS and PARSER_SETUPS). Every
file is read read-only; a damaged or foreign file is named on stderr and
skipped, the rest goes on (exit code 0 when at least one file was read).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import cli
from .agenda_across import AgendaFilter, read_agenda
from .domain import ACTION_LEVELS
from .errors import OogstError
from .eventfile import EventFile
from .exports.series_agenda import FORMATS, export_per_organisation
from .follow_up import create_follow_up
from .oplib import iso_date
from .words import tr

HELP = ("one action agenda across meetings (event files or folders): each action once, "
        "with its latest status; filter by owner, organisation, level and period")


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("agenda", HELP)
    p.add_argument("files", nargs="+", metavar="FILE_OR_FOLDER",
                   help=".oogst event files, or folders holding them")
    p.add_argument("--pdf", metavar="OUT.pdf", help="write the agenda as PDF")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="write the agenda as Excel workbook")
    p.add_argument("--docx", metavar="OUT.docx", help="write the agenda as Word document")
    p.add_argument("--each-organisation", metavar="FOLDER",
                   help="write, into FOLDER, one PDF and workbook per organisation with only "
                        "the actions in which it is owner or partner")
    p.add_argument("--organisation", default="",
                   help="only the actions in which this organisation is owner or partner")
    p.add_argument("--owner", default="", help="only the actions of this owner")
    p.add_argument("--level", default="", choices=("", *ACTION_LEVELS),
                   help="only the actions at this level")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="only actions due on or after this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE",
                   help="only actions due on or before this date (YYYY-MM-DD)")


def cmd_agenda(args: argparse.Namespace) -> int:
    lang = cli._lang(args)
    outputs = {key: Path(value) for key in FORMATS if (value := getattr(args, key, None))}
    if not outputs and not args.each_organisation:
        raise OogstError("error.agenda_nothing", options="--pdf, --xlsx, --docx, --each-organisation")
    agenda_filter = AgendaFilter(owner=args.owner, organisation=args.organisation,
                                 level=args.level, start=iso_date(args.start, field="date"),
                                 end=iso_date(args.end, field="date"))
    agenda = read_agenda(args.files, lang=lang)
    for skipped in agenda.skipped:
        print(f"oogst: {tr('cli.agenda_skipped', lang, name=skipped.path)}: "
              f"{skipped.text(lang)}", file=sys.stderr)
    if not agenda.files or len(agenda.skipped) == len(agenda.files):
        raise OogstError("error.agenda_no_files")
    for key, path in outputs.items():
        FORMATS[key][1](agenda, path, lang=lang, agenda_filter=agenda_filter)
        print(path)
    if args.each_organisation:
        folder = Path(args.each_organisation)
        folder.mkdir(parents=True, exist_ok=True)
        for path in export_per_organisation(agenda, folder, lang=lang,
                                            agenda_filter=agenda_filter):
            print(path)
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    """`oogst new --follow-up EARLIER NEW` (called by `cli.cmd_new`)."""
    with EventFile.open(args.follow_up, readonly=True) as earlier:
        with create_follow_up(args.file, earlier) as later:
            carried = len(later.carried_actions())
    print(tr("cli.follow_up_created", cli._lang(args), path=args.file,
             earlier=args.follow_up, n=carried))
    return 0


cli.COMMANDS["agenda"] = cmd_agenda
cli.PARSER_SETUPS.append(setup)
