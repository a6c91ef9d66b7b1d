"""facilitator/exports/safety.py: `drawn_as_is` says whether a text's characters
are drawn as they are (nothing escaped or replaced by `para`); it looks at each
character once, which must answer as looking at the whole text does."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.exports import fonts
from facilitator.exports.safety import INVISIBLE, drawn_as_is, para


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <&>é€■\u00a0\u00ad\u200b\u200d\ufe0f\u05d0"
                                        "\u0627\U0001F600\u4e2dЖ"), max_size=30))
def test_drawn_as_is_answers_for_the_whole_text(text):
    covered = fonts.covered()
    whole = text.isascii() or (not fonts.has_rtl(text) and "\u00ad" not in text and
                                not INVISIBLE.search(text) and
                                covered.issuperset(map(ord, text)))
    assert drawn_as_is(text, covered) == whole
    if whole and "\n" not in text and not set(text) & set("<&>"):
        assert para(text, covered) == text  # what para leaves as it is


def test_the_refused_characters_are_those_the_checks_refuse_one_by_one():
    """The fonts' set searched with one character class (`_refused`) answers for
    every character of the Basic Multilingual Plane, and some beyond, as the
    checks on its characters do (also with a set, which takes that path)."""
    from facilitator.exports.safety import _drawn_as_is_by_characters

    covered = fonts.covered()
    for cp in [*range(0x80, 0x10000), 0x1F600, 0xE0041, 0x10FFFF]:
        if 0xD800 <= cp <= 0xDFFF:
            continue  # a lone surrogate is no text
        text = "a" + chr(cp)
        assert drawn_as_is(text, covered) == _drawn_as_is_by_characters(text, covered), cp
    assert drawn_as_is("é\n", covered) is False
    assert drawn_as_is("é\u00ad", set(covered)) is False
    assert drawn_as_is("é", set(covered)) is True


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <&>\n\téëï“”–€■\u00a0\u00ad\u200b\u200d\ufe0f"
                                        "\u05d0\u0627\U0001F600\u4e2dЖ"), max_size=40))
def test_one_character_class_answers_as_the_characters_do(text):
    from facilitator.exports.safety import _drawn_as_is_by_characters

    covered = fonts.covered()
    assert drawn_as_is(text, covered) == (text.isascii() or
                                          _drawn_as_is_by_characters(text, covered))


def test_sweep_removes_only_this_files_leftovers_of_writers_gone(tmp_path, monkeypatch):
    """`sweep_leftovers` reads the folder's names: it removes the temporary files of
    exports to this file whose writer is gone (or, without a pid, that are stale),
    as the Paths of the folder they are in, and nothing else."""
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from facilitator.exports.safety import STALE_SECONDS, sweep_leftovers

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    names = {"dead": f".verslag.pdf.{gone}-ab12.tmp",
             "alive": f".verslag.pdf.{os.getpid()}-cd34.tmp",
             "old": ".verslag.pdf.x-old.tmp", "new": ".verslag.pdf.x-new.tmp",
             "other": f".notulen.pdf.{gone}-ef56.tmp", "kept": "verslag.pdf",
             "unlike": f".verslag.pdf.{gone}-ab12.tmp.bak"}
    for name in names.values():
        (tmp_path / name).write_text("x")
    day_ago = time.time() - STALE_SECONDS - 60
    os.utime(tmp_path / names["old"], (day_ago, day_ago))
    removed = sweep_leftovers(tmp_path / "verslag.pdf")
    assert sorted(removed) == sorted([tmp_path / names["dead"], tmp_path / names["old"]])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        n for k, n in names.items() if k not in ("dead", "old"))
    (tmp_path / names["dead"]).write_text("x")
    monkeypatch.chdir(tmp_path)  # a file named without its folder: the paths as given
    assert sweep_leftovers(Path("verslag.pdf")) == [Path(names["dead"])]
    assert sweep_leftovers(tmp_path / "missing" / "verslag.pdf") == []
