"""`oogst handout` and `oogst merge`: the command line over the same core methods."""
from __future__ import annotations

from pathlib import Path

from facilitator import EventFile
from facilitator.cli import run


def test_handout_then_merge_with_a_report(demo_file, tmp_path, capsys):
    out = tmp_path / "stick"
    out.mkdir()
    assert run(["--lang", "nl", "handout", str(demo_file), "--tables", "1,3",
                "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    copies = sorted(out.iterdir())
    assert [c.name for c in copies] == ["demo - tafel 1.oogst", "demo - tafel 3.oogst"]
    assert "Tafel 1:" in printed and "Tafel 3:" in printed
    for copy in copies:
        with EventFile.open(copy) as c:
            c.add_note(text=f"nieuw uit {copy.stem}", table_id=c.handout().table_id)
    report = tmp_path / "verslag.txt"
    assert run(["--lang", "nl", "merge", str(demo_file), *map(str, copies),
                "--report", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert text.count("Aangekomen: 1 × oogstpunt") == 2
    assert text in capsys.readouterr().out
    # twice: nothing new
    assert run(["--lang", "en", "merge", str(demo_file), *map(str, copies)]) == 0
    assert capsys.readouterr().out.count("Nothing new.") == 2
    with EventFile.open(demo_file, readonly=True) as ev:
        texts = [n.text for n in ev.notes()]
    assert texts.count("nieuw uit demo - tafel 1") == 1


def test_refusals_are_one_clear_line(demo_file, tmp_path, capsys):
    assert run(["--lang", "en", "handout", str(demo_file), "--tables", "9",
                "--out", str(tmp_path)]) == 1
    assert "There is no table 9." in capsys.readouterr().err
    assert run(["--lang", "en", "handout", str(demo_file), "--out",
                str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err
    stranger = tmp_path / "stranger.oogst"
    EventFile.create(stranger, title="Iets anders").close()
    assert run(["--lang", "en", "merge", str(demo_file), str(stranger)]) == 1
    assert "is not a hand-out" in capsys.readouterr().out
    assert not list(Path(tmp_path).glob(".*partial"))
