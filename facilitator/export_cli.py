"""`oogst export FILE --minutes M.pdf --agenda A.pdf --xlsx W.xlsx ...`

Registers itself with `facilitator.cli` (COMMANDS and PARSER_SETUPS); the
exports themselves live in `facilitator.exports`. Exit codes as for every
command: 0 ok, 1 bad input (one line on stderr), 2 wrong usage.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import cli
from .errors import OogstError
from .eventfile import EventFile
from .exports import ExportRequest, run_exports

HELP = "export minutes (PDF), action agenda (PDF, Excel), table cards and a sign-in sheet"


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("export", HELP)
    p.add_argument("file", help="the .oogst event file")
    p.add_argument("--minutes", metavar="M.pdf", help="the minutes (verslag) as PDF")
    p.add_argument("--agenda", metavar="A.pdf", help="the action agenda as PDF")
    p.add_argument("--group-by", choices=("level", "owner"), default="level",
                   help="group the agenda PDF's actions by level (default) or owner")
    p.add_argument("--xlsx", metavar="W.xlsx",
                   help="workbook: actions, notes, participants, tables, overview")
    p.add_argument("--cards", metavar="C.pdf", help="a table card per table (PDF)")
    p.add_argument("--signin", metavar="S.pdf", help="a sign-in sheet (PDF)")
    p.add_argument("--seating", metavar="P.pdf",
                   help="the World Café seating plan: per table, per participant, cards")
    status = p.add_mutually_exclusive_group()
    status.add_argument("--draft", action="store_true",
                        help="mark as draft (CONCEPT); default: the event's minutes status")
    status.add_argument("--final", action="store_true", help="no draft mark")
    p.add_argument("--anonymous", action="store_true",
                   help="leave every personal name out (organisation or function instead)")
    p.add_argument("--participant-list", action="store_true",
                   help="add the list of participants to the minutes")


def cmd_export(args: argparse.Namespace) -> int:
    request = ExportRequest(
        minutes=_path(args.minutes), agenda=_path(args.agenda), workbook=_path(args.xlsx),
        cards=_path(args.cards), signin=_path(args.signin), seating=_path(args.seating),
        lang=args.lang,
        draft=True if args.draft else (False if args.final else None),
        anonymous=args.anonymous, participant_list=args.participant_list,
        agenda_group_by=args.group_by)
    if not request.targets():
        raise OogstError("Nothing to export: give --minutes, --agenda, --xlsx, --cards, "
                         "--signin or --seating.")
    if not Path(args.file).is_file():
        raise OogstError(f"{args.file}: no such event file.")
    with EventFile.open(args.file, readonly=True) as event:
        written = run_exports(event, request)
    for path in written:
        print(path)
    return 0


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


cli.COMMANDS["export"] = cmd_export
cli.PARSER_SETUPS.append(setup)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli.main(["export", *sys.argv[1:]]))
