"""`ui.compile_cache`: dataclass methods compiled once and kept between starts, with
the same result as compiling them every time."""
from __future__ import annotations

import dataclasses

import pytest

from ui import compile_cache


@pytest.fixture
def cache(tmp_path):
    compile_cache.uninstall()
    assert compile_cache.install(tmp_path)
    yield tmp_path
    compile_cache.uninstall()


def _make():
    @dataclasses.dataclass(frozen=True)
    class Row:
        id: str
        count: int = 0
        tags: tuple[str, ...] = ()
    return Row


def test_a_dataclass_made_through_the_cache_is_the_same(cache):
    cached = _make()
    compile_cache.uninstall()
    plain = _make()
    for kind in (cached, plain):
        row = kind("a", 2)
        assert repr(row).endswith("Row(id='a', count=2, tags=())")
        assert row == kind("a", 2) and hash(row) == hash(kind("a", 2))
        with pytest.raises(dataclasses.FrozenInstanceError):
            row.count = 3
    # the same annotations as the builtin exec (no __future__ flags of this module)
    assert cached.__init__.__annotations__ == plain.__init__.__annotations__
    assert [f.name for f in dataclasses.fields(cached)] == ["id", "count", "tags"]


def test_the_next_start_compiles_nothing_and_a_bad_file_is_ignored(cache):
    _make()
    assert compile_cache.save()  # something new: written
    assert not compile_cache.save()  # nothing new since
    compile_cache.uninstall()
    assert compile_cache.install(cache)
    _make()
    assert not compile_cache.save()  # all read from the file
    compile_cache.uninstall()
    compile_cache.cache_file(cache).write_bytes(b"\x00not marshal")
    assert compile_cache.install(cache)
    assert _make()("b").id == "b"
    assert compile_cache.save()  # compiled again and written over the bad file


def test_strings_only_are_cached(cache):
    namespace: dict = {}
    compile_cache.cached_exec(compile("x = 1", "<t>", "exec"), namespace)
    compile_cache.cached_exec("y = x + 1", namespace)
    assert namespace["y"] == 2
