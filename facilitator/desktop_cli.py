"""`oogst install-desktop [--remove]`: Oogst in a Linux desktop's applications menu,
and .oogst files opening in Oogst with an icon of their own.

Writes, for the current user only (XDG_DATA_HOME, default ~/.local/share): the
desktop entry `applications/oogst.desktop` (its Exec is the program that runs this
command: the `oogst` script of a pip/pipx install, the app bundle's executable, or
`python main.py` of a checkout), the MIME type `application/x-oogst` for `*.oogst`
(`mime/packages/oogst.xml`, shared-mime-info) and the two icons (hicolor, scalable).
Then refreshes the desktop's MIME and menu caches when their tools are there. Windows and macOS
get the same from the installer and the app bundle's metadata (docs/building.md).
Registers itself with `facilitator.cli`.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import cli
from .errors import OogstError
from .installed import resource_dir
from .words import tr

HELP = ("Linux: put Oogst in the applications menu and open .oogst files with it "
        "(for you only, in ~/.local/share)")
MIME_TYPE = "application/x-oogst"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(home: Path) -> dict[str, Path]:
    """Where each shipped file goes (by name in resources/)."""
    icons = home / "icons" / "hicolor" / "scalable"
    return {"desktop/oogst.desktop": home / "applications" / "oogst.desktop",
            "desktop/oogst-mime.xml": home / "mime" / "packages" / "oogst.xml",
            "icons/oogst.svg": icons / "apps" / "oogst.svg",
            "icons/oogst-file.svg": icons / "mimetypes" / "application-x-oogst.svg"}


def program_command() -> list[str]:
    """The command that starts this very Oogst, for the desktop entry's Exec."""
    if getattr(sys, "frozen", False):  # the app bundle's executable
        return [sys.executable]
    script = Path(sys.argv[0]).resolve()
    if script.suffix == ".py":  # a checkout: python main.py
        return [sys.executable, str(script)]
    return [str(script)]


def desktop_entry(text: str, command: list[str]) -> str:
    """The shipped entry with Exec and TryExec naming `command` (quoted for the spec)."""
    exec_line = " ".join(_quote(part) for part in command)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_line} %f")
            lines.append(f"TryExec={command[0]}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _quote(part: str) -> str:
    # Desktop Entry Specification: quote arguments with reserved characters; inside
    # quotes, escape " ` $ and \ with a backslash; a literal % is %%.
    part = part.replace("%", "%%")
    if part == shlex.quote(part):
        return part
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
    return f'"{escaped}"'


def install(home: Path, command: list[str]) -> list[Path]:
    written = []
    for name, target in targets(home).items():
        source = resource_dir() / name
        target.parent.mkdir(parents=True, exist_ok=True)
        content = source.read_bytes()
        if name.endswith(".desktop"):
            content = desktop_entry(content.decode("utf-8"), command).encode("utf-8")
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_bytes(content)
        os.replace(temporary, target)
        written.append(target)
    refresh(home)
    return written


def remove(home: Path) -> None:
    for target in targets(home).values():
        target.unlink(missing_ok=True)
    refresh(home)


def refresh(home: Path) -> None:
    """Tell the desktop (shared-mime-info, the menu) when their tools are there. No icon
    cache is made: without one, the icon theme reads the folder as it is."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], capture_output=True, timeout=60)


def setup(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("install-desktop", HELP)
    p.add_argument("--remove", action="store_true",
                   help="take Oogst out of the menu and the file association again")


def cmd_install_desktop(args: argparse.Namespace) -> int:
    lang = cli._lang(args)
    if sys.platform in ("win32", "darwin"):
        raise OogstError("error.desktop.not_here")
    home = data_home()
    if args.remove:
        remove(home)
        print(tr("cli.desktop.removed", lang))
    else:
        install(home, program_command())
        print(tr("cli.desktop.installed", lang, folder=home))
    return 0


cli.COMMANDS["install-desktop"] = cmd_install_desktop
cli.PARSER_SETUPS.append(setup)
