"""ui/places.py: new events and exports are proposed in visible folders of the user's
own (Documents, Documents/Oogst), never the program's folder or Oogst's hidden one."""
from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import backups
from ui import places


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh home folder without a Documents folder yet (QStandardPaths reads $HOME)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    # no user-dirs.dirs (tests/conftest.py writes one for the other tests)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


def test_documents_or_else_home_and_exports_in_documents_oogst(home):
    assert places.documents_dir() == home  # no Documents folder: home, nothing made
    assert not (home / "Documents").exists()
    assert places.exports_dir() == home / "Documents" / "Oogst"  # made for exports
    assert (home / "Documents" / "Oogst").is_dir()
    assert places.documents_dir() == home / "Documents"


def test_the_demo_exports_to_documents_oogst(home):
    demo = backups.data_dir() / "demo" / "Samenspel in beweging.oogst"
    assert places.is_hidden(demo.parent)
    assert places.export_folder_for(demo) == home / "Documents" / "Oogst"
    hidden = home / ".local" / "share" / "iets"
    hidden.mkdir(parents=True)
    assert places.export_folder_for(hidden / "x.oogst") == home / "Documents" / "Oogst"
    # a stored folder that is hidden is not proposed either
    assert places.export_folder_for(demo, str(hidden)) == home / "Documents" / "Oogst"


def test_a_visible_event_folder_or_the_last_export_folder_is_kept(home):
    meetings = home / "Vergaderingen"
    meetings.mkdir()
    assert places.export_folder_for(meetings / "wijk.oogst") == meetings
    last = home / "Verslagen"
    last.mkdir()
    assert places.export_folder_for(meetings / "wijk.oogst", str(last)) == last
    assert places.export_folder_for(meetings / "wijk.oogst", str(home / "weg")) == meetings
    assert places.export_folder_for(None) == home / "Documents" / "Oogst"
