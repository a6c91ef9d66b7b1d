"""The `oogst` command line (`ui.launch.main` starts the window instead when no command is given).

Exit codes: 0 ok; 1 bad input or a problem found (one line on stderr);
2 wrong usage (argparse); 3 a bug (one line, the details in the log). The commands call the same core methods as the GUI.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import backups, connections, installed, storage
from .errors import ForeignSchema, OogstError
from .eventfile import EventFile
from .timer import early_starts
from .words import long_date, system_language, tr
from .schema import SCHEMA_VERSION
from .sessions import create_from_template, save_as_template
from .templates import DEMO_TEMPLATE, find_template, list_templates

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}
# Sub-commands defined in other modules add their parser here: f(add) where
# add(name, help) returns the new sub-parser (see `build_parser`).
PARSER_SETUPS: list[Callable[[Callable[[str, str], argparse.ArgumentParser]], None]] = []


def command(name: str) -> Callable:
    def register(func: Callable[[argparse.Namespace], int]) -> Callable:
        COMMANDS[name] = func
        return func
    return register


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or system_language()


@command("new")
def cmd_new(args: argparse.Namespace) -> int:
    if args.follow_up:
        return series_cli.cmd_follow_up(args)
    template = find_template(args.template)
    create_from_template(args.file, template).close()
    print(tr("cli.created", _lang(args), path=args.file, template=template.name))
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    template = find_template(DEMO_TEMPLATE)
    create_from_template(args.file, template).close()
    print(tr("cli.created", _lang(args), path=args.file, template=template.name))
    return 0


@command("templates")
def cmd_templates(args: argparse.Namespace) -> int:
    for t in list_templates():
        print(f"{t.key:32} {t.name}" + (f" - {t.description}" if t.description else ""))
    return 0


@command("info")
def cmd_info(args: argparse.Namespace) -> int:
    lang = _lang(args)
    with EventFile.open(args.file, readonly=True) as event:
        s = event.summary()
        ev = s["event"]
        print(f"{tr('cli.event', lang)}: {ev.title}")
        for key, value in (("cli.date", long_date(ev.date, lang)), ("cli.venue", ev.venue),
                           ("cli.organiser", ev.organiser),
                           ("cli.status", f"{tr('minutes.' + ev.minutes_status, lang)} "
                                          f"v{ev.minutes_version}")):
            if value:
                print(f"{tr(key, lang)}: {value}")
        issued = [tr("cli.issued_version", lang, status=tr(
            "minutes." + i.status, lang), n=i.version, date=long_date(i.issued_on, lang))
            for i in event.minutes_issues()]
        if issued:
            print(f"{tr('cli.issued', lang)}: {', '.join(issued)}")
        if s["programme"]:
            print(f"\n{tr('cli.programme', lang)}:")
            early = early_starts(s["programme"])
            for item in s["programme"]:
                start = item.planned_start or "     "
                length = f" ({item.planned_minutes} min)" if item.planned_minutes else ""
                above = early.get(item.id)
                warning = "  ! " + tr("cli.starts_before", lang, title=above.title,
                                      time=above.planned_start) if above else ""
                print(f"  {start}  {item.title}{length}{warning}")
        print(f"\n{tr('cli.tables', lang)}:")
        for table, notes, members in s["tables"]:
            print(f"  {tr('cli.table', lang)} {table.number}: {table.theme}  "
                  f"[{notes} {tr('cli.notes', lang)}, {members} {tr('cli.participants', lang)}]")
        print(f"\n{tr('cli.perspectives', lang)}:")
        for perspective, count in s["perspectives"]:
            print(f"  {perspective.shortcut or ' '}  {perspective.name}: {count}")
        print(f"     {tr('cli.no_perspective', lang)}: {s['notes_without_perspective']}")
        print(f"\n{tr('cli.totals', lang)}: {s['notes']} {tr('cli.notes', lang)} "
              f"({s['plenary_notes']} {tr('cli.programme_notes', lang)}), "
              f"{s['participants']} {tr('cli.participants', lang)}, "
              f"{s['actions']} {tr('cli.actions', lang)}, "
              f"{s['follow_ups']} {tr('cli.follow_ups', lang)}, "
              f"{s['attachments']} {tr('cli.photos', lang)}")
    return 0


def backup_usage(path: str | Path, lang: str) -> str:
    """Where a file's backups are, how many, how large, and what Oogst keeps."""
    folder, count, size = backups.usage(path)
    return tr("cli.backup_usage", lang, folder=folder, count=count,
              size=_megabytes(size), keep=backups.KEEP,
              budget=_megabytes(backups.BUDGET_BYTES))


def _megabytes(size: int) -> str:
    return f"{size / 1024 ** 2:.0f}" if size >= 1024 ** 2 else f"{size / 1024 ** 2:.1f}"


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    lang = _lang(args)
    path = Path(args.file)
    version = storage.stored_version(path)
    print(tr("cli.schema", lang, version=version, current=SCHEMA_VERSION))
    on, how = connections.working()
    print(tr("cli.defensive_on" if on else "cli.defensive_off", lang,
             version=sqlite3.sqlite_version, reason=how))
    try:
        with EventFile.open(path, readonly=True) as event:
            problems = event.integrity_check()
    except ForeignSchema as exc:
        print(exc.text(lang))
        for item in exc.items:
            print(f"  {item}")
        return 1
    if problems == ["ok"]:
        print(tr("cli.integrity_ok", lang))
        return 0
    print(tr("cli.integrity_bad", lang))
    for problem in problems:
        print(f"  {problem}")
    return 1


@command("search")
def cmd_search(args: argparse.Namespace) -> int:
    with EventFile.open(args.file, readonly=True) as event:
        hits = event.search(args.text)
        tables = {t.id: t for t in event.tables()}
        for hit in hits:
            table = tables.get(hit.note.table_id or "")
            where = (f"{tr('cli.table', _lang(args))} {table.number}" if table
                     else tr("cli.plenary", _lang(args)))
            print(f"{where}: {hit.snippet}")
    if not hits:
        print(tr("cli.no_hits", _lang(args), text=args.text), file=sys.stderr)
        return 1
    return 0


@command("backups")
def cmd_backups(args: argparse.Namespace) -> int:
    found = backups.list_backups(args.file)
    if not found:
        print(tr("cli.no_backups", _lang(args), path=args.file))
        return 0
    print(tr("cli.backups", _lang(args), path=args.file))
    for path in found:
        print(f"  {path}")
    print(backup_usage(args.file, _lang(args)))
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    candidates = [Path(args.backup)] if args.backup else backups.list_backups(args.file)
    for candidate in candidates:
        try:
            EventFile.open(candidate, readonly=True).close()
        except OogstError:
            continue  # skip damaged backups: take the newest good one
        kept = backups.restore_backup(candidate, args.file)
        print(tr("cli.restored", _lang(args), kept=kept or "-"))
        return 0
    raise OogstError("error.no_good_backup", path=args.file, file=args.file)


@command("save-template")
def cmd_save_template(args: argparse.Namespace) -> int:
    with EventFile.open(args.file, readonly=True) as event:
        save_as_template(event, args.template, name=args.name or event.event().title,
                         include_harvest=args.with_harvest)
    print(tr("cli.template_saved", _lang(args), path=args.template))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oogst", description="Oogst: capture and publish the harvest of theme-table "
        "meetings. Without a command, the program window opens (with FILE, or the demo).")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the output")
    parser.add_argument("--version", action="version", version=f"oogst {installed.version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                       help="language of the output")
        return p

    p = add("new", "create a new event file from a session template")
    start = p.add_mutually_exclusive_group(required=True)
    start.add_argument("--template", help="template name (see `oogst templates`)")
    start.add_argument("--follow-up", metavar="EARLIER",
                       help="a follow-up of this earlier event: its programme, and its open "
                            "actions carried in")
    p.add_argument("file", help="the new .oogst file")
    add("demo", "create the demo meeting (seed 'Samenspel in beweging')").add_argument(
        "file", help="the new .oogst file")
    add("templates", "list the session templates")
    add("info", "summary of an event: programme, tables, notes per perspective").add_argument(
        "file")
    add("check", "integrity check and file-format version").add_argument("file")
    p = add("search", "full-text search over all notes")
    p.add_argument("file")
    p.add_argument("text")
    add("backups", "list the automatic backups of an event file").add_argument("file")
    p = add("restore", "replace an event file by its newest good backup (the current "
                       "file is kept aside)")
    p.add_argument("file")
    p.add_argument("backup", nargs="?", help="a specific backup file (default: newest good)")
    p = add("save-template", "save an event as a session template (TOML)")
    p.add_argument("file")
    p.add_argument("template", help="the .toml file to write")
    p.add_argument("--name", help="template name (default: the event title)")
    p.add_argument("--with-harvest", action="store_true",
                   help="include participants, notes and actions")
    for setup in PARSER_SETUPS:
        setup(add)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a sub-command; returns the exit code (never raises for bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = _lang(args)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (`oogst info x | head`): not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return 0
    except OogstError as exc:
        print(f"oogst: {exc.text(lang)}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        message = getattr(exc, "strerror", None) or str(exc)
        filename = getattr(exc, "filename", None)
        print(f"oogst: {filename + ': ' if filename else ''}{message}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: logged in full, told in one line
        log = _log_unexpected(exc)
        error = f"{type(exc).__name__}: {exc}"
        print("oogst: " + tr("cli.unexpected_error", lang, error=error, log=log),
              file=sys.stderr)
        return 3


def _log_unexpected(exc: Exception) -> Path:
    import traceback
    from datetime import datetime

    folder = backups.private_folder(backups.data_dir() / "logs")
    log = folder / "cli.log"
    # Owner-only: a traceback can quote a participant's name or a note.
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat()} {' '.join(sys.argv)}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return log


def main(argv: Sequence[str] | None = None) -> int:
    """The command line only (the window is started by `ui.launch.main`)."""
    return run(list(sys.argv[1:] if argv is None else argv))

from . import export_cli  # noqa: E402,F401  (registers "oogst export")
from . import erase_cli  # noqa: E402,F401  (registers "oogst erase")
from . import desktop_cli  # noqa: E402,F401  (registers "oogst install-desktop")
from . import merge_cli  # noqa: E402,F401  (registers "oogst handout" and "oogst merge")
from . import series_cli  # noqa: E402  (registers "oogst agenda"; `new --follow-up`)
