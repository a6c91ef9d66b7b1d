"""Atomic writing (old file intact on every failure) and the `oogst export` command."""
from __future__ import annotations

import errno
import os

import pytest

from facilitator import cli
from facilitator.errors import ExportError
from facilitator.eventfile import EventFile
from facilitator.exports import export_minutes, export_workbook, safety

from export_helpers import pdf_text


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_read_only_folder_gives_export_error_and_keeps_old_file(seed_event, tmp_path,
                                                                  monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "verslag.pdf"
    old.write_bytes(b"%PDF old minutes")
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root writes anyway: make the folder refuse as it would
            def refuse(*a, **k):
                raise PermissionError(errno.EACCES, "Permission denied")
            monkeypatch.setattr(safety.tempfile, "mkstemp", refuse)
        with pytest.raises(ExportError) as info:
            export_minutes(seed_event, old)
        assert info.value.key == "export.err.readonly" and info.value.path == old
        assert "alleen-lezen" in info.value.text("nl") and str(folder) in str(info.value)
        assert old.read_bytes() == b"%PDF old minutes"
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o755)


def test_read_only_file_system(seed_event, tmp_path, monkeypatch):
    old = tmp_path / "w.xlsx"
    old.write_bytes(b"old workbook")

    def erofs(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(safety.tempfile, "mkstemp", erofs)
    with pytest.raises(ExportError, match="read-only") as info:
        export_workbook(seed_event, old)
    assert "alleen-lezen" in info.value.text("nl")
    assert old.read_bytes() == b"old workbook"


def test_full_disk_keeps_old_file_and_cleans_up(seed_event, tmp_path, monkeypatch):
    old = tmp_path / "verslag.pdf"
    old.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safety.os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full") as info:
        export_minutes(seed_event, old)
    assert "schijf is vol" in info.value.text("nl") and str(old) in info.value.text("nl")
    assert old.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_target_locked_by_another_program(seed_event, tmp_path, monkeypatch):
    old = tmp_path / "agenda.xlsx"
    old.write_bytes(b"old")

    def locked(src, dst):  # what Windows does while Excel has the file open
        raise PermissionError(errno.EACCES, "The process cannot access the file")
    monkeypatch.setattr(safety.os, "replace", locked)
    with pytest.raises(ExportError, match="another program") as info:
        export_workbook(seed_event, old)
    assert "ander programma" in info.value.text("nl") and str(old) in str(info.value)
    assert old.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("lock,program", [("~$agenda.xlsx", "Excel"),
                                          (".~lock.agenda.xlsx#", "LibreOffice")])
def test_office_lock_file_means_open_elsewhere(seed_event, tmp_path, lock, program):
    old = tmp_path / "agenda.xlsx"
    old.write_bytes(b"old")
    (tmp_path / lock).write_text("someone")
    with pytest.raises(ExportError, match=program):
        export_workbook(seed_event, old, lang="en")
    assert old.read_bytes() == b"old"


def test_missing_folder_and_folder_as_target(seed_event, tmp_path):
    with pytest.raises(ExportError, match="does not exist") as info:
        export_minutes(seed_event, tmp_path / "nope" / "m.pdf")
    assert "bestaat niet" in info.value.text("nl")
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(ExportError, match="is a folder") as info:
        export_minutes(seed_event, tmp_path / "dir.pdf")
    assert info.value.text("nl") == f"{tmp_path / 'dir.pdf'} is een map, geen bestand."


def test_success_replaces_old_file_keeping_its_mode(seed_event, tmp_path):
    old = tmp_path / "m.pdf"
    old.write_bytes(b"old")
    old.chmod(0o640)
    export_minutes(seed_event, old)
    assert old.read_bytes().startswith(b"%PDF")
    assert (old.stat().st_mode & 0o777) == 0o640
    assert leftovers(tmp_path) == []


# -- the command line ------------------------------------------------------------------

def test_cli_exports_everything(seed_path, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = cli.main(["export", str(seed_path), "--minutes", str(out / "m.pdf"),
                     "--agenda", str(out / "a.pdf"), "--xlsx", str(out / "w.xlsx"),
                     "--cards", str(out / "c.pdf"), "--signin", str(out / "s.pdf"),
                     "--lang", "en", "--final", "--anonymous", "--participant-list"])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "c.pdf", "m.pdf", "s.pdf",
                                                     "w.xlsx"]
    text = pdf_text(out / "m.pdf")
    assert "Theme table reports" in text and "Draft" not in text
    assert "Appendix: list of participants" in text and "Jan Smelik" not in text
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_cli_agenda_by_owner(seed_path, tmp_path):
    assert cli.main(["export", str(seed_path), "--agenda", str(tmp_path / "a.pdf"),
                     "--group-by", "owner"]) == 0
    text = pdf_text(tmp_path / "a.pdf")
    assert "Initiatiefgroep (1)" in text and "Stef Herberg (1)" in text
    assert "Regionaal (1)" not in text


def test_cli_draft_flag(seed_path, tmp_path):
    with EventFile.open(seed_path) as event:
        event.update_event(minutes_status="definitief")
    assert cli.main(["export", str(seed_path), "--minutes", str(tmp_path / "m.pdf"),
                     "--draft"]) == 0
    assert "Concept v2" in pdf_text(tmp_path / "m.pdf")
    assert cli.main(["export", str(seed_path), "--minutes", str(tmp_path / "f.pdf")]) == 0
    assert "Concept v2" not in pdf_text(tmp_path / "f.pdf")


@pytest.mark.parametrize("args,messages", [
    ([], ["Nothing to export", "niets te exporteren"]),  # before the event is read
    (["--minutes", "{tmp}/no/such/folder/m.pdf"], ["bestaat niet"]),  # the event's language
    (["--minutes", "{tmp}/m.pdf", "--agenda", "{tmp}/m.pdf"], ["dezelfde naam (m.pdf)"]),
    (["--lang", "en", "--minutes", "{tmp}/m.pdf", "--xlsx", "{tmp}/m.pdf"],
     ["same file name (m.pdf)"]),
])
def test_cli_bad_input_exit_1_one_line(seed_path, tmp_path, capsys, args, messages):
    args = [a.format(tmp=tmp_path) for a in args]
    assert cli.main(["export", str(seed_path), *args]) == 1
    err = capsys.readouterr().err.strip()
    assert any(m in err for m in messages) and len(err.splitlines()) == 1, err
    assert not (tmp_path / "m.pdf").exists()


def test_cli_missing_or_bad_event_file(tmp_path, capsys):
    assert cli.main(["export", str(tmp_path / "nope.oogst"), "--minutes",
                     str(tmp_path / "m.pdf")]) == 1
    junk = tmp_path / "junk.oogst"
    junk.write_text("not a database")
    assert cli.main(["export", str(junk), "--minutes", str(tmp_path / "m.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("oogst:") for line in err)
    assert not (tmp_path / "m.pdf").exists()


def test_cli_draft_and_final_together_is_usage_error(seed_path, tmp_path):
    with pytest.raises(SystemExit) as info:
        cli.main(["export", str(seed_path), "--minutes", str(tmp_path / "m.pdf"),
                  "--draft", "--final"])
    assert info.value.code == 2


def test_cli_issues_concept_v1_then_definitief_v2_with_the_changes(seed_path, tmp_path,
                                                                   capsys):
    assert cli.main(["export", str(seed_path), "--minutes", str(tmp_path / "v1.pdf"),
                     "--issue", "concept", "--hide-empty-rounds"]) == 0
    assert "Uitgegeven: Concept v1" in capsys.readouterr().err
    with EventFile.open(seed_path) as event:
        assert [(i.version, i.status) for i in event.minutes_issues()] == [(1, "concept")]
        event.add_note(text="Nagekomen correctie", table_id=event.tables()[0].id)
    assert cli.main(["export", str(seed_path), "--minutes", str(tmp_path / "v2.pdf"),
                     "--issue", "final"]) == 0
    v1, v2 = pdf_text(tmp_path / "v1.pdf"), pdf_text(tmp_path / "v2.pdf")
    assert "Concept v1" in v1 and "Wijzigingen sinds" not in v1
    assert "Definitief v2" in v2 and "Toegevoegd (1) • Tafel 1: Nagekomen correctie" in v2
    with EventFile.open(seed_path, readonly=True) as event:
        assert [i.version for i in event.minutes_issues()] == [1, 2]
        assert event.event().minutes_status == "definitief"
        day = event.minutes_issues()[0].issued_on
    capsys.readouterr()
    assert cli.main(["info", str(seed_path)]) == 0
    from facilitator.words import long_date
    assert (f"Uitgegeven: Concept v1 ({long_date(day, 'nl')}), Definitief v2"
            in capsys.readouterr().out)


def test_cli_issue_without_minutes_is_refused(seed_path, tmp_path, capsys):
    assert cli.main(["export", str(seed_path), "--xlsx", str(tmp_path / "w.xlsx"),
                     "--issue", "final"]) == 1
    assert "--minutes" in capsys.readouterr().err
    with EventFile.open(seed_path, readonly=True) as event:
        assert event.minutes_issues() == []
    assert not (tmp_path / "w.xlsx").exists()
