"""`oogst export FILE --minutes M.pdf --agenda A.pdf --xlsx W.xlsx ...`

Registers itself with `facilitator.cli` (COMMANDS and PARSER_SETUPS); the
exports themselves live in `facilitator.exports`. The options are made from
the registry (`facilitator.exports.formats`): one per format, then the
shared options the formats take. Exit codes as for every command: 0 ok,
1 bad input (one line on stderr), 2 wrong usage. A problem while writing is
told in the language of the export (`--lang`, else the event's).

Anonymising: with `--anonymous` the review (`exports.anonymise.review`: every
name and e-mail address replaced, with counts, and what still looks like a
name) goes to stderr before the files are written; `--review` prints only that
review to stdout and writes nothing (no output option needed).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import cli
from .errors import ExportError
from .eventfile import EventFile
from .exports import ExportRequest, run_exports
from .exports.anonymise import review
from .exports.formats import FORMATS, OPTIONS
from .words import tr

HELP = "export minutes (PDF, Word), action agenda (PDF, Excel), table cards and a sign-in sheet"


def _dest(key: str) -> str:
    return f"output_{key}"


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("export", HELP)
    p.add_argument("file", help="the .oogst event file")
    for fmt in FORMATS:
        p.add_argument(fmt.option, dest=_dest(fmt.key), metavar=fmt.metavar, help=fmt.help)
    taken = {name for fmt in FORMATS for name in fmt.options}
    for opt in OPTIONS:
        if opt.name not in taken:
            continue
        if opt.kind == "tristate":
            group = p.add_mutually_exclusive_group()
            yes, no = opt.flags
            group.add_argument(yes, dest=opt.name, action="store_const", const=True,
                               default=opt.default, help=opt.help[0])
            group.add_argument(no, dest=opt.name, action="store_const", const=False,
                               help=opt.help[1])
        elif opt.kind == "choice":
            p.add_argument(*opt.flags, dest=opt.name, choices=opt.choices,
                           default=opt.default, help=opt.help[0])
        else:
            p.add_argument(*opt.flags, dest=opt.name, action="store_true", help=opt.help[0])
    p.add_argument("--review", action="store_true",
                   help="only print what --anonymous would replace (names, e-mail addresses, "
                        "with counts) and the words that still look like names, to stdout; "
                        "write no file")


def request_of(args: argparse.Namespace) -> ExportRequest:
    """The ExportRequest that parsed `oogst export` arguments ask for."""
    outputs = {fmt.key: Path(value) for fmt in FORMATS
               if (value := getattr(args, _dest(fmt.key), None))}
    options = {opt.name: getattr(args, opt.name) for opt in OPTIONS if hasattr(args, opt.name)}
    return ExportRequest(outputs=outputs, lang=args.lang, **options)


def cmd_export(args: argparse.Namespace) -> int:
    request = request_of(args)
    if getattr(args, "review", False):
        if not Path(args.file).is_file():
            raise ExportError("export.err.no_event_file", path=args.file, file=args.file)
        with EventFile.open(args.file, readonly=True) as event:
            lang = request.lang or event.event().language or "nl"
            print(review(event, lang).text())
        return 0
    if not request.targets():
        raise ExportError("export.err.nothing_cli",
                          options=", ".join(fmt.option for fmt in FORMATS))
    if not Path(args.file).is_file():
        raise ExportError("export.err.no_event_file", path=args.file, file=args.file)
    if request.issue and "minutes" not in request.outputs:
        raise ExportError("export.err.issue_needs_minutes")
    with EventFile.open(args.file, readonly=not request.issue) as event:
        lang = request.lang or event.event().language or "nl"
        if request.anonymous:
            print(review(event, lang).text(), file=sys.stderr)
        try:
            written = run_exports(event, request)
        except ExportError as exc:
            print(f"oogst: {exc.text(lang)}", file=sys.stderr)
            return 1
        if request.issue:  # written: now the file keeps this version
            version = event.issue_minutes(final=request.issue == "final")
            print(tr("export.issued", lang, status=tr(
                "export.final" if request.issue == "final" else "export.draft", lang),
                n=version), file=sys.stderr)
    for path in written:
        print(path)
    return 0


cli.COMMANDS["export"] = cmd_export
cli.PARSER_SETUPS.append(setup)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli.main(["export", *sys.argv[1:]]))
