"""`oogst install-desktop`: the desktop entry, the MIME type for .oogst and the icons,
written for the user (XDG_DATA_HOME) and taken out again (`facilitator/desktop_cli.py`)."""
from __future__ import annotations

import configparser
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from facilitator import cli, desktop_cli

MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def entry_of(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_then_remove(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "my apps" / "bin" / "oogst")])
    assert cli.run(["--lang", "en", "install-desktop"]) == 0
    assert "applications menu" in capsys.readouterr().out
    share = tmp_path / "share"
    entry = entry_of(share / "applications" / "oogst.desktop")
    assert entry["Exec"] == f'"{tmp_path}/my apps/bin/oogst" %f'
    assert entry["TryExec"] == f"{tmp_path}/my apps/bin/oogst"
    assert entry["MimeType"] == "application/x-oogst;" and entry["Icon"] == "oogst"
    assert entry["StartupWMClass"] == "Oogst"  # Qt's window class: the application name
    assert entry["Name"] == "Oogst" and entry["Comment[nl]"].startswith("De oogst")
    icons = share / "icons" / "hicolor" / "scalable"
    assert (icons / "apps" / "oogst.svg").read_bytes().startswith(b"<svg")
    assert (icons / "mimetypes" / "application-x-oogst.svg").read_bytes().startswith(b"<svg")
    mime = ET.parse(share / "mime" / "packages" / "oogst.xml").getroot()
    [kind] = mime.findall(f"{MIME}mime-type")
    assert kind.get("type") == "application/x-oogst"
    assert kind.find(f"{MIME}glob").get("pattern") == "*.oogst"
    assert kind.find(f"{MIME}generic-icon").get("name") == "application-x-oogst"
    if shutil.which("update-mime-database"):  # shared-mime-info read the type
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-oogst:*.oogst" in globs

    assert cli.run(["--lang", "en", "install-desktop", "--remove"]) == 0
    assert not (share / "applications" / "oogst.desktop").exists()
    assert not (share / "mime" / "packages" / "oogst.xml").exists()
    assert not (icons / "apps" / "oogst.svg").exists()


def test_exec_names_the_program_that_installed_it(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/work/oogst/main.py"])
    assert desktop_cli.program_command() == [sys.executable, "/work/oogst/main.py"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_cli.program_command() == [sys.executable]


@pytest.mark.parametrize("part, quoted", [("/usr/bin/oogst", "/usr/bin/oogst"),
                                          ("/home/an/My Apps/oogst", '"/home/an/My Apps/oogst"'),
                                          ('/x/"$y`\\', '"/x/\\"\\$y\\`\\\\"'),
                                          ("/100%/oogst", "/100%%/oogst")])
def test_exec_quoting_follows_the_desktop_entry_spec(part, quoted):
    assert desktop_cli._quote(part) == quoted


def test_refused_on_windows_and_macos(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        assert cli.run(["--lang", "en", "install-desktop"]) == 1
        assert "This command is for Linux" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
