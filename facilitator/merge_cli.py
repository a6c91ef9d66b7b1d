"""`oogst handout EVENT [--tables 1,2] --out DIR` and `oogst merge EVENT COPY... [--report FILE]`

Hand out one copy of the event per table (`handout_ops`) and merge copies
back (`merge_ops`): the same core methods as File > Hand out and File >
Merge. The merge report goes to standard output and, with ``--report``, to a
file (written to a temporary name and renamed). Registers itself with
`facilitator.cli`.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import cli
from .errors import InvalidValue
from .eventfile import EventFile
from .words import tr


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("handout", "make one copy of the event per table, for the note-takers' laptops")
    p.add_argument("file", help="the .oogst event file")
    p.add_argument("--tables", default="", metavar="1,2,...",
                   help="table numbers (default: every table)")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder for the copies")
    p = add("merge", "merge hand-out copies back into the event (any order, any number "
                     "of times)")
    p.add_argument("file", help="the .oogst event file")
    p.add_argument("copies", nargs="+", metavar="COPY", help="hand-out copies")
    p.add_argument("--report", metavar="FILE", help="also write the merge report to FILE")


def _table_ids(event: EventFile, numbers: str) -> list[str] | None:
    if not numbers.strip():
        return None
    by_number = {str(t.number): t.id for t in event.tables()}
    ids = []
    for part in numbers.split(","):
        part = part.strip()
        if part not in by_number:
            raise InvalidValue("error.handout.unknown_table", number=part)
        ids.append(by_number[part])
    return ids


def cmd_handout(args: argparse.Namespace) -> int:
    lang = cli._lang(args)
    with EventFile.open(args.file) as event:
        ids = _table_ids(event, args.tables)
        numbers = {t.id: t.number for t in event.tables()}
        written = event.hand_out(folder=args.out, table_ids=ids)
        for table_id, path in zip(ids or [t.id for t in event.tables()], written):
            print(tr("cli.handout.written", lang, number=numbers[table_id], path=path))
    return 0


def write_report(text: str, target: Path) -> None:
    """Write the report atomically (temporary name, then rename)."""
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, target)


def cmd_merge(args: argparse.Namespace) -> int:
    lang = cli._lang(args)
    with EventFile.open(args.file) as event:
        report = event.merge_copies(args.copies)
    text = report.text(lang)
    print(text, end="")
    if args.report:
        write_report(text, Path(args.report))
        print(tr("cli.merge.report_written", lang, path=args.report))
    return 0 if all(c.merged for c in report.copies) else 1


cli.COMMANDS["handout"] = cmd_handout
cli.COMMANDS["merge"] = cmd_merge
cli.PARSER_SETUPS.append(setup)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli.main(sys.argv[1:]))
