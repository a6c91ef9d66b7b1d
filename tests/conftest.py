"""Shared test set-up: a private data folder for backups, Qt offscreen, tools."""
from __future__ import annotations

import os
import shutil
import tempfile
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's settings (recent files, window state, language) of the tests go to a
# folder of their own, never the user's ~/.config; set before Qt is loaded.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="oogst-test-config-")
# Their documents folder (new events, exports of the demo) too: Qt reads it from
# user-dirs.dirs in that config folder.
_DOCUMENTS = Path(tempfile.mkdtemp(prefix="oogst-test-documents-"))
(Path(os.environ["XDG_CONFIG_HOME"]) / "user-dirs.dirs").write_text(
    f'XDG_DOCUMENTS_DIR="{_DOCUMENTS}"\n', encoding="utf-8")
os.environ.setdefault("OOGST_LANG", "nl")
# Backups and logs of fixtures wider than one test (module- and session-scoped
# events) and of their subprocesses: a folder of the run, never the user's data
# folder; each test then gets its own (oogst_home below).
os.environ["OOGST_HOME"] = tempfile.mkdtemp(prefix="oogst-test-home-")


@pytest.fixture(autouse=True)
def oogst_home(tmp_path_factory, monkeypatch):
    """Backups and logs of each test go to a fresh folder, never the user's."""
    home = tmp_path_factory.mktemp("oogst-home")
    monkeypatch.setenv("OOGST_HOME", str(home))
    return home


def require_tool(name: str) -> str:
    """The path of a command-line tool; skips locally, fails in CI when missing
    (CI's test.sh installs it, so missing there is a real set-up bug)."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed; tools/system-packages.sh should install it")
    pytest.skip(f"{name} is not installed")
    raise AssertionError  # unreachable


def make_demo(path: Path) -> Path:
    from facilitator.sessions import create_from_template
    from facilitator.templates import DEMO_TEMPLATE, find_template

    create_from_template(path, find_template(DEMO_TEMPLATE)).close()
    return path


@pytest.fixture
def demo_file(tmp_path):
    """A fresh copy of the demo meeting (seed 002) as an event file."""
    return make_demo(tmp_path / "demo.oogst")


@pytest.fixture
def damaged_index(tmp_path):
    """An event file whose header, identity and schema are fine but whose note index
    is scribbled over: only SQLite's integrity check finds it."""
    import sqlite3

    from facilitator import EventFile

    path = tmp_path / "beschadigd.oogst"
    with EventFile.create(path, title="Beschadigd") as event:
        for i in range(300):
            event.add_note(text=f"notitie {i} " + "x" * 40)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note_place'"
                        ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:(root - 1) * size + 64] = b"\x07" * 64  # not a b-tree page
    path.write_bytes(bytes(data))
    return path


# The points of the demo's agenda of the coming time. Seed 002 has no action list:
# the facilitator turns these notes into actions (owner and partners as the seed
# names them: the initiative group sends the minutes, Movisie's regional agenda
# runs "met VNG Utrecht, Omzien en Zorgbelang Gelderland|Utrecht").
AGENDA_POINTS = {"Iedereen krijgt": ("Initiatiefgroep", ()),
                 "Output van de bijeenkomst": ("NLZVE", ()),
                 "Doe mee:": ("Initiatiefgroep", ()),
                 "Bijeenkomst 1 is": ("Movisie", ("VNG Utrecht", "Omzien naar elkaar",
                                                  "Zorgbelang Gelderland|Utrecht")),
                 "Bijeenkomst 2 in": ("Movisie", ("VNG Utrecht", "Omzien naar elkaar",
                                                  "Zorgbelang Gelderland|Utrecht"))}


@pytest.fixture
def demo_with_actions(tmp_path):
    """The demo meeting after the facilitator made actions of its five agenda points
    (`EventFile.action_from_note`); returns (path, number of actions)."""
    from facilitator import EventFile

    path = make_demo(tmp_path / "demo.oogst")
    with EventFile.open(path) as event:
        for note in event.notes():
            for start, (owner, partners) in AGENDA_POINTS.items():
                if note.text.startswith(start):
                    action = event.action_from_note(note.id, owner=owner, level="regionaal")
                    event.update_action(action, partners=partners)
        made = len(event.actions())
    assert made == len(AGENDA_POINTS)
    return path, made


# -- no network at all (DESIGN.md: "Works fully offline; no network access at all") --


class NetworkAccess(AssertionError):
    """A test tried to reach the network; Oogst must work fully offline."""


def _is_unix(family: object) -> bool:
    import socket
    return family == getattr(socket, "AF_UNIX", object())


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every connect, name lookup or connection attempt except over AF_UNIX
    fails the test: accidental network access (a font, an update check, a
    telemetry call in a dependency) shows up as a failure, never as a hang."""
    import socket

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(what: str, target: object) -> NetworkAccess:
        return NetworkAccess(f"network access in a test: {what}({target!r})")

    def connect(self: socket.socket, address: object) -> None:
        if _is_unix(self.family):
            return real_connect(self, address)
        raise refuse("socket.connect", address)

    def connect_ex(self: socket.socket, address: object) -> int:
        if _is_unix(self.family):
            return real_connect_ex(self, address)
        raise refuse("socket.connect_ex", address)

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        raise refuse("socket.create_connection", address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        raise refuse("socket.getaddrinfo", host)  # name lookups are network access

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return NetworkAccess
