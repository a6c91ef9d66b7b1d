"""`oogst erase FILE --participant NAME_OR_ID [--notes all|ID,...] [--actions all|ID,...]`

Erases a person for good (AVG/GDPR art. 17, `erasure_ops`): their row, the
notes and actions named, from the file and from every backup of it. Prints
what was erased and which backups were rewritten or removed, in the
language of `--lang`. Registers itself with `facilitator.cli`.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from . import cli
from .errors import InvalidValue, NotFound
from .eventfile import EventFile
from .words import tr

HELP = ("erase a person for good (AVG/GDPR): their data, chosen notes and actions, "
        "in the file and its backups")


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("erase", HELP)
    p.add_argument("file", help="the .oogst event file")
    p.add_argument("--participant", required=True, metavar="NAME_OR_ID",
                   help="the participant's id or exact name")
    p.add_argument("--notes", default="", metavar="all|ID,...",
                   help="notes to remove too: 'all' (every note they spoke) or ids")
    p.add_argument("--actions", default="", metavar="all|ID,...",
                   help="actions to remove too: 'all' (every action they own) or ids")


def _chosen(value: str, offered: list[str], kind: str) -> list[str]:
    value = value.strip()
    if not value:
        return []
    if value.casefold() == "all":
        return offered
    ids = [v.strip() for v in value.split(",") if v.strip()]
    return ids


def cmd_erase(args: argparse.Namespace) -> int:
    lang = cli._lang(args)
    with EventFile.open(args.file) as event:
        found = event.find_participants(args.participant)
        if not found:
            raise NotFound("error.erase.no_participant", name=args.participant)
        if len(found) > 1:
            raise InvalidValue("error.erase.ambiguous", name=args.participant,
                               ids=", ".join(p.id for p in found))
        person = found[0]
        notes, actions = event.erasable_records(person.id)
        note_ids = _chosen(args.notes, [n.id for n in notes], "notes")
        action_ids = _chosen(args.actions, [a.id for a in actions], "actions")
        report = event.erase_participant(person.id, note_ids=note_ids,
                                         action_ids=action_ids)
    print(tr("cli.erase.erased", lang, participants=report.participants,
             notes=report.notes, actions=report.actions))
    if report.mentions:
        print(tr("cli.erase.mentions", lang, count=report.mentions))
    for path in report.backups_rewritten:
        print(tr("cli.erase.rewritten", lang, path=path))
    for path in report.backups_removed:
        print(tr("cli.erase.removed", lang, path=path))
    if not report.backups_rewritten and not report.backups_removed:
        print(tr("cli.erase.no_backups", lang))
    return 0


cli.COMMANDS["erase"] = cmd_erase
cli.PARSER_SETUPS.append(setup)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli.main(["erase", *sys.argv[1:]]))
