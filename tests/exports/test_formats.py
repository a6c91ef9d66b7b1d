"""The registry of export formats: run_exports and `oogst export` are made from it."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.exports import ExportRequest, formats, run_exports
from facilitator.exports.formats import FORMATS, OPTIONS, ExportFormat
from facilitator.words import catalogue


def export_parser() -> argparse.ArgumentParser:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices["export"]


def flags(parser: argparse.ArgumentParser) -> set[str]:
    return {s for a in parser._actions for s in a.option_strings}


@pytest.fixture
def fake_format(tmp_path):
    """A format registered for one test: records its calls, writes a small file."""
    calls = []

    def write(event, path, *, lang, progress, should_abort, **options):
        calls.append((lang, options, progress is not None, should_abort))
        progress(1, 1, "fake")
        Path(path).write_text("fake")
        return Path(path)

    fmt = formats.register(ExportFormat(
        "fake", "export.format.minutes", "export.file.minutes", ".txt", "--fake", "F.txt",
        "a fake format", write, frozenset({"anonymous", "group_by"})))
    yield fmt, calls
    FORMATS.remove(fmt)


def test_formats_are_complete_and_in_both_catalogues():
    assert [f.key for f in FORMATS] == ["minutes", "minutes_docx", "agenda", "workbook", "cards", "signin",
                                        "seating"]
    for fmt in FORMATS:
        for lang in ("nl", "en"):
            assert fmt.name_key in catalogue(lang) and fmt.file_key in catalogue(lang)
        assert fmt.option.startswith("--") and fmt.metavar.endswith(fmt.suffix)
        assert callable(fmt.write) and fmt.options <= {o.name for o in OPTIONS}
    assert formats.get("minutes").file_name("Dag", "nl") == "Dag - verslag.pdf"
    assert formats.get("workbook").file_name("Day", "en") == "Day - harvest.xlsx"


def test_cli_options_come_from_the_registry_with_the_old_names(fake_format):
    have = flags(export_parser())
    assert {"--minutes", "--docx", "--agenda", "--xlsx", "--cards", "--signin", "--seating",
            "--group-by", "--draft", "--final", "--anonymous", "--participant-list",
            "--fake"} <= have
    assert {f.option for f in FORMATS} <= have
    assert {flag for o in OPTIONS for flag in o.flags} <= have


def test_registering_twice_or_with_unknown_options_is_refused(fake_format):
    fmt, _ = fake_format
    with pytest.raises(ValueError):
        formats.register(fmt)
    with pytest.raises(ValueError):
        formats.register(ExportFormat("other", "x", "y", ".x", "--other", "O.x", "", print,
                                      frozenset({"colour"})))


def test_a_new_format_runs_from_the_cli_with_only_its_options(fake_format, seed_path,
                                                             tmp_path, capsys):
    fmt, calls = fake_format
    target = tmp_path / "f.txt"
    assert cli.main(["export", str(seed_path), "--fake", str(target), "--anonymous",
                     "--participant-list", "--lang", "en"]) == 0
    assert target.read_text() == "fake"
    assert calls == [("en", {"anonymous": True, "group_by": "level"}, True, None)]
    assert capsys.readouterr().out.strip() == str(target)


def test_run_exports_follows_the_registry_order(fake_format, seed_event, tmp_path):
    _, calls = fake_format
    seen = []
    request = ExportRequest(outputs={"fake": tmp_path / "f.txt", "cards": tmp_path / "c.pdf"},
                            lang="nl", group_by="owner")
    written = run_exports(seed_event, request, progress=lambda d, t, m: seen.append(m))
    assert written == [tmp_path / "c.pdf", tmp_path / "f.txt"]
    assert calls[0][:2] == ("nl", {"anonymous": False, "group_by": "owner"})
    assert any(m.startswith("f.txt: fake") for m in seen)


def test_unknown_format_key_is_a_programming_error(seed_event, tmp_path):
    with pytest.raises(KeyError):
        run_exports(seed_event, ExportRequest(outputs={"nope": tmp_path / "x"}))
