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


CALLER = "def call(*args, **kwargs):\n    return compile(*args, **kwargs)\n"


def _caller(future_annotations: bool):
    """`compile` called from code with (or without) `from __future__ import annotations`,
    as PySide6's importer calls it."""
    import __future__
    flags = __future__.annotations.compiler_flag if future_annotations else 0
    namespace: dict = {}
    exec(compile(CALLER, "<caller>", "exec", flags, True), namespace)
    return namespace["call"]


SOURCE = "def f(x: int) -> int:\n    return x + 1\n"


def test_modules_compiled_once_are_the_builtins_code_and_read_back_next_time(tmp_path,
                                                                              monkeypatch):
    import ast
    import builtins
    real = builtins.compile
    expected = {future: _caller(future)(SOURCE, "mod.py", "exec") for future in (False, True)}
    assert expected[True] != expected[False]  # the inherited flag changes the code
    compiled = []
    monkeypatch.setattr(builtins, "compile",
                        lambda *a, **k: compiled.append(a[1]) or real(*a, **k))
    before = builtins.compile
    for start in ("first", "second"):
        compiled.clear()
        with compile_cache.compiled_once(tmp_path):
            for future in (False, True):
                assert _caller(future)(SOURCE, "mod.py", "exec") == expected[future], start
            tree = _caller(False)(SOURCE, "mod.py", "exec", ast.PyCF_ONLY_AST)
            assert isinstance(tree, ast.Module)  # anything but code: compiled as asked
        assert [name for name in compiled if name == "mod.py"] == (
            ["mod.py"] * 3 if start == "first" else ["mod.py"])  # then only the tree
        assert builtins.compile is before  # the real one again afterwards
    with pytest.raises(ZeroDivisionError):
        with compile_cache.compiled_once(tmp_path):
            1 / 0
    assert builtins.compile is before  # restored after a failure too
    for file in tmp_path.glob("module-code-*.marshal"):
        file.write_bytes(b"\x00not marshal")
    with compile_cache.compiled_once(tmp_path):
        assert _caller(True)(SOURCE, "mod.py", "exec") == expected[True]


PATTERNS = [(r"(?P<name>\w+)\s*=\s*(?P<value>[^;]+);?", 0), (r"qt(\d+)\.(\d+)", 2),
            (r"""(?x) (?P<t> [A-Z]\w* ) \s* \( (?P<args> .*? ) \)""", 0), (rb"\x00+(..)", 0)]


def test_patterns_compiled_once_are_res_own_and_read_back_next_time(tmp_path, monkeypatch):
    import re
    expected = [re._compiler.compile(p, f) for p, f in PATTERNS]
    parsed = []
    real_parse = re._compiler._parser.parse
    monkeypatch.setattr(re._compiler._parser, "parse",
                        lambda p, f=0, *a: parsed.append(p) or real_parse(p, f, *a))
    real = re._compiler.compile
    for start in ("first", "second"):
        parsed.clear()
        with compile_cache.patterns_once(tmp_path):
            made = [re._compiler.compile(p, f) for p, f in PATTERNS]
        assert made == expected, start  # flags, pattern and compiled code alike
        assert made[0].match("a = 1;").group("value") == "1"
        assert made[1].search("QT6.11").groups() == ("6", "11")  # re.IGNORECASE
        assert made[3].match(b"\x00\x00ab").group(1) == b"ab"
        # the first time each is worked out twice (re's and the kept parts, compared)
        assert len(parsed) == (2 * len(PATTERNS) if start == "first" else 0), start
        assert re._compiler.compile is real  # re's own again afterwards
