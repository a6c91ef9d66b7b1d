"""The command line as a user types it: output, exit codes, one-line errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import backups

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["new", "demo", "templates", "info", "check", "search", "backups", "restore",
            "save-template"]


def oogst(*args: str, lang: str = "nl") -> subprocess.CompletedProcess:
    env = dict(os.environ, OOGST_LANG=lang)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def assert_clean_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_on_each_command(command):
    result = oogst(command, "--help")
    assert result.returncode == 0
    assert "usage: oogst" in result.stdout


def test_demo_then_info_shows_seed_002(tmp_path):
    path = tmp_path / "x.oogst"
    assert oogst("demo", str(path)).returncode == 0
    result = oogst("info", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Samenspel in beweging" in out and "28 november 2017" in out
    for number in range(1, 6):
        assert f"Tafel {number}:" in out
    for name in ("Burger", "Wmo-Raden", "Gemeente", "Zorg- en welzijnsinstellingen",
                 "Zorgverzekeraars", "Banken", "Hogescholen", "Ministeries"):
        line = next(l for l in out.splitlines() if name in l and l.strip()[-1].isdigit())
        assert int(line.rsplit(":", 1)[1]) > 0, f"{name} has no notes"
    english = oogst("info", str(path), lang="en").stdout
    assert "Table 1:" in english and "28 November 2017" in english


def test_info_warns_of_an_item_planned_before_one_above_it(tmp_path):
    from facilitator import EventFile
    path = tmp_path / "avond.oogst"
    with EventFile.create(path, title="Wijkavond") as event:
        event.add_programme_item(kind="opening", title="Welkom", planned_start="20:45")
        event.add_programme_item(kind="table_round", title="Tafels", planned_start="19:45")
    out = oogst("info", str(path)).stdout
    line = next(l for l in out.splitlines() if "Tafels" in l)
    assert line.strip() == "19:45  Tafels  ! begint vóór “Welkom” erboven (20:45)"
    assert "!" not in next(l for l in out.splitlines() if "Welkom" in l)
    english = oogst("info", str(path), lang="en").stdout
    assert "! starts before “Welkom” above it (20:45)" in english


def test_new_from_template_check_and_search(tmp_path):
    path = tmp_path / "wc.oogst"
    result = oogst("new", "--template", "world-cafe", str(path))
    assert result.returncode == 0, result.stderr
    check = oogst("check", str(path), lang="en")
    assert check.returncode == 0 and "Integrity check: ok" in check.stdout
    assert "File format" in check.stdout
    assert oogst("demo", str(tmp_path / "d.oogst")).returncode == 0
    found = oogst("search", str(tmp_path / "d.oogst"), "brengplein")
    assert found.returncode == 0 and "[Brengplein]" in found.stdout
    nothing = oogst("search", str(tmp_path / "d.oogst"), "xyzzyplugh")
    assert nothing.returncode == 1


def test_templates_lists_the_sessions():
    result = oogst("templates")
    assert result.returncode == 0
    for key in ("samenspel-in-beweging", "world-cafe", "leervragen-gemeenten"):
        assert key in result.stdout


def test_bad_inputs_get_one_line(tmp_path):
    not_sqlite = tmp_path / "brief.oogst"
    not_sqlite.write_text("hallo")
    assert_clean_error(oogst("info", str(not_sqlite), lang="en"), "not an Oogst event file")
    empty = tmp_path / "leeg.oogst"
    empty.touch()
    assert_clean_error(oogst("check", str(empty), lang="en"), "empty")
    assert_clean_error(oogst("info", str(tmp_path / "nope.oogst"), lang="en"),
                       "does not exist")
    assert_clean_error(oogst("new", "--template", "no-such", str(tmp_path / "n.oogst"),
                             lang="en"), "No template named")
    existing = tmp_path / "bestaat.oogst"
    assert oogst("demo", str(existing)).returncode == 0
    assert_clean_error(oogst("demo", str(existing), lang="en"), "exists already")
    bad = tmp_path / "bad.toml"
    bad.write_text('format_version = 1\nname = "x"\n[[tables]]\nthema = "Wonen"\n')
    assert_clean_error(oogst("new", "--template", str(bad), str(tmp_path / "b.oogst"),
                             lang="en"), "bad.toml, line 4", "unknown field 'thema'")
    assert not (tmp_path / "b.oogst").exists()
    syntax = tmp_path / "syntax.toml"
    syntax.write_text('format_version = 1\nname = "x\n')
    assert_clean_error(oogst("new", "--template", str(syntax), str(tmp_path / "s.oogst"),
                             lang="en"), "syntax.toml, line 2")


def test_errors_are_printed_in_the_chosen_language(tmp_path):
    not_sqlite = tmp_path / "brief.oogst"
    not_sqlite.write_text("hallo")
    assert_clean_error(oogst("info", str(not_sqlite)), "brief.oogst is geen Oogst-bestand")
    assert_clean_error(oogst("--lang", "en", "info", str(not_sqlite)),
                       "brief.oogst is not an Oogst event file")
    assert_clean_error(oogst("info", "--lang", "nl", str(tmp_path / "nope.oogst"), lang="en"),
                       "bestaat niet")
    existing = tmp_path / "bestaat.oogst"
    assert oogst("demo", str(existing)).returncode == 0
    assert_clean_error(oogst("demo", str(existing)), "bestaat al")
    bad = tmp_path / "bad.toml"
    bad.write_text('format_version = 1\nname = "x"\n[[tables]]\nthema = "Wonen"\n')
    assert_clean_error(oogst("new", "--template", str(bad), str(tmp_path / "b.oogst")),
                       "bad.toml, regel 4", "onbekend veld 'thema'")


def test_usage_errors_exit_2():
    assert oogst("info").returncode == 2
    assert oogst("frobnicate", "x", "y").returncode == 2


def test_save_template_round_trip(tmp_path):
    demo = tmp_path / "d.oogst"
    oogst("demo", str(demo))
    template = tmp_path / "mine.toml"
    result = oogst("save-template", "--with-harvest", "--name", "Kopie", str(demo),
                   str(template))
    assert result.returncode == 0, result.stderr
    copy = tmp_path / "copy.oogst"
    assert oogst("new", "--template", str(template), str(copy)).returncode == 0
    assert oogst("info", str(copy)).stdout.replace("Kopie", "") == \
        oogst("info", str(demo)).stdout.replace("Kopie", "")


def test_restore_newest_good_backup(tmp_path):
    path = tmp_path / "r.oogst"
    oogst("demo", str(path))
    assert oogst("info", str(path)).returncode == 0
    oogst_open_close = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
         f"from facilitator import EventFile; EventFile.open({str(path)!r}).close()"],
        env=dict(os.environ))
    assert oogst_open_close.returncode == 0
    path.write_bytes(path.read_bytes()[:5000])  # damaged: cut off
    assert_clean_error(oogst("info", str(path), lang="en"), "damaged")
    assert_clean_error(oogst("info", str(path)), "beschadigd")
    listed = oogst("backups", str(path), lang="en").stdout
    assert "r.oogst" in listed
    assert f"Backups in {backups.backup_folder(path)}: " in listed  # where they are
    assert "keeps the newest 20, at most 1024 MB together" in listed
    result = oogst("restore", str(path))
    assert result.returncode == 0, result.stderr
    assert oogst("info", str(path)).returncode == 0


def test_unexpected_error_is_one_line_and_logged(tmp_path, monkeypatch, capsys):
    from facilitator import cli

    def broken(args):
        raise KeyError("boom")

    monkeypatch.setitem(cli.COMMANDS, "templates", broken)
    monkeypatch.setenv("OOGST_LANG", "en")
    assert cli.run(["templates"]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unexpected error" in err[0] and "Traceback" not in err[0]
    log = Path(os.environ["OOGST_HOME"]) / "logs" / "cli.log"
    assert "KeyError: 'boom'" in log.read_text()
    # A traceback can quote a name: the log is the owner's only (issue 9).
    assert log.stat().st_mode & 0o777 == 0o600
    assert log.parent.stat().st_mode & 0o777 == 0o700


def test_export_seating_plan(tmp_path):
    from facilitator import EventFile

    demo = tmp_path / "d.oogst"
    assert oogst("demo", str(demo)).returncode == 0
    target = tmp_path / "schikking.pdf"
    refused = oogst("export", str(demo), "--seating", str(target))
    assert_clean_error(refused, "geen tafelschikking")  # the event's language: Dutch
    with EventFile.open(demo) as ev:
        ev.plan_seating(rounds=3, seed=1)
    result = oogst("export", str(demo), "--seating", str(target))
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(target)).pages)
    assert "Daan de Bruijn" in text and "Tafel 4" in text
