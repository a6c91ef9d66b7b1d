"""Code compiled once, not at every start: dataclass methods, PySide6's own modules and
the regular expressions compiled while the core and PySide6 are imported.

Python's `dataclasses` writes the source of `__init__`, `__repr__`, `__eq__`...
of every dataclass and compiles it each time the class is defined: for the
core's ~50 dataclasses about 25 ms of every start, a quarter of a bare Qt
window's. `install()` (called by `ui.launch` before it imports the core)
gives the `dataclasses` module an `exec` that looks the source text up in a
dictionary of code objects kept in Oogst's cache folder and compiles only
text it has not seen; `save()` writes the dictionary back when something new
was compiled.

It is safe by construction: the key is the exact source text (and the file
is per Python version and byte-code magic), a code object is what compiling
that text with the `dataclasses` module's flags gives, and an unreadable or
foreign file is ignored (then everything is compiled as before). Anything but
a string goes to the real `exec`. Qt-free and core-free: it runs before both.

PySide6 compiles the modules of its signature support (kept as source inside the
shiboken library) with the builtin `compile` at every import: ~20 ms of each start.
`compiled_once(folder)` gives `compile` the same kind of look-up while PySide6 is
imported: keyed by the exact source, file name, mode and the `__future__` flags the
call would have inherited; anything else (an AST, other flags or options) is
compiled as asked. `patterns_once(folder)` does the same for `re` while the core and
PySide6 are imported: PySide6's signature support compiles three patterns of ~6,000
characters (~12 ms) in Python's pure-Python regular expression compiler.
What `re` hands to `_sre.compile` is kept (flags, code, groups), only after making
the pattern from it gave exactly the one `re` made (`Pattern ==` compares flags,
pattern and code); a Python whose internals differ just compiles as before.
"""
from __future__ import annotations

import __future__
import builtins
import marshal
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path

FORMAT = 1
MAX_ENTRIES = 4000  # the start uses ~300; beyond this only this run's are kept

# the flags `compile` inherits from its caller's code (PyCF_MASK): its __future__ imports
FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag

_codes: dict[str, object] = {}
_used: set[str] = set()
_new = 0
_path: Path | None = None


def cache_file(folder: Path) -> Path:
    tag = sys.implementation.cache_tag or "python"
    return folder / f"dataclass-code-{tag}-{MAGIC_NUMBER.hex()}-{FORMAT}.marshal"


def install(folder: Path) -> bool:
    """Let `dataclasses` use (and fill) the cache in `folder`; False when this Python's
    `dataclasses` does not compile through `exec` as expected (nothing changed)."""
    global _path
    import dataclasses
    if not callable(getattr(dataclasses, "_create_fn", None)) or "exec" in vars(dataclasses):
        return False
    _path = cache_file(folder)
    try:
        loaded = marshal.loads(_path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        loaded = None
    if isinstance(loaded, dict):
        _codes.update((k, v) for k, v in loaded.items()
                      if isinstance(k, str) and type(v).__name__ == "code")
    dataclasses.exec = cached_exec  # a module global: found before the builtin
    return True


def cached_exec(source, globals=None, locals=None, /):  # noqa: A002 - exec's own names
    """`exec`, with the code object of a source text compiled only once."""
    global _new
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            # dont_inherit: the flags of `dataclasses` itself (no __future__ imports),
            # as the builtin exec called from there would compile it
            code = _codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            _new += 1
        _used.add(source)
        source = code
    return builtins.exec(source, globals, locals)


def save() -> bool:
    """Write the cache if something was compiled since it was read (a new name, then
    renamed: a reader never sees half a file); True when written."""
    global _new
    if _path is None or not _new:
        return False
    kept = _codes if len(_codes) <= MAX_ENTRIES else {k: _codes[k] for k in _used}
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        part = _path.with_name(f"{_path.name}.{os.getpid()}.part")
        part.write_bytes(marshal.dumps(kept))
        os.replace(part, _path)
    except (OSError, ValueError):
        return False
    _new = 0
    return True


def uninstall() -> None:
    """Back to the builtin exec (for the tests)."""
    global _path, _new
    import dataclasses
    if vars(dataclasses).get("exec") is cached_exec:
        del dataclasses.exec
    _codes.clear()
    _used.clear()
    _new = 0
    _path = None


@contextmanager
def compiled_once(folder: Path) -> Iterator[None]:
    """While the block runs (PySide6's import), the builtin `compile` looks the code
    of a source it compiled at an earlier start up in `folder` (written back after
    the block when something was new)."""
    codes = _Entries(folder / f"module-code-{_tag()}.marshal",
                     lambda k, v: isinstance(k, tuple) and type(v).__name__ == "code")
    real = builtins.compile

    def cached_compile(source, filename, mode, flags=0, dont_inherit=False,
                       optimize=-1, **options):
        if not dont_inherit:  # what the builtin takes from the code calling it
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if options or optimize != -1 or flags & ~FUTURE_FLAGS or \
                not isinstance(source, (str, bytes)) or not isinstance(filename, str):
            return real(source, filename, mode, flags, True, optimize, **options)
        key = (filename, mode, flags, source)
        code = codes.get(key)
        if code is None:
            code = codes.put(key, real(source, filename, mode, flags, True))
        return code

    builtins.compile = cached_compile
    try:
        yield
    finally:
        if builtins.compile is cached_compile:
            builtins.compile = real
    codes.save()


@contextmanager
def patterns_once(folder: Path) -> Iterator[None]:
    """While the block runs (the core's and PySide6's imports), `re` looks the
    patterns it compiled at an earlier start up in `folder` (PySide6's signature
    support has three of ~6,000 characters: ~12 ms)."""
    import re
    compiler = getattr(re, "_compiler", None)  # Python 3.11+
    real = getattr(compiler, "compile", None)
    if real is None:
        yield
        return
    # the compiled code is the regular expression engine's own: its version too
    engine = f"{getattr(compiler._sre, 'MAGIC', 0)}-{getattr(compiler._sre, 'CODESIZE', 0)}"
    patterns = _Entries(folder / f"regex-code-{_tag()}-{engine}.marshal",
                        lambda k, v: isinstance(k, tuple) and isinstance(v, tuple))

    def cached_pattern(pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or not isinstance(flags, int) or \
                flags & re.DEBUG:
            return real(pattern, flags)
        key = (pattern, int(flags))
        made = patterns.get(key)
        if made is not None:
            try:
                return compiler._sre.compile(pattern, *made)
            except Exception:  # noqa: BLE001 - another Python's internals: compile it
                pass
        compiled = real(pattern, flags)
        made = _pattern_parts(compiler, pattern, int(flags))
        try:  # kept only when it makes exactly the pattern `re` made (Pattern ==
            # compares the flags, the pattern and the compiled code)
            again = compiler._sre.compile(pattern, *made) if made is not None else None
            if again == compiled and again.groups == compiled.groups and \
                    again.groupindex == compiled.groupindex:
                patterns.put(key, made)
        except Exception:  # noqa: BLE001
            pass
        return compiled

    compiler.compile = cached_pattern
    try:
        yield
    finally:
        if compiler.compile is cached_pattern:
            compiler.compile = real
    patterns.save()


def _tag() -> str:
    return f"{sys.implementation.cache_tag or 'python'}-{MAGIC_NUMBER.hex()}-{FORMAT}"


def _pattern_parts(compiler, pattern: str | bytes, flags: int) -> tuple | None:
    """What `re._compiler.compile` hands to `_sre.compile` after the pattern (flags,
    code, groups, group index), worked out as it does; None if that fails."""
    try:
        parsed = compiler._parser.parse(pattern, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]  # named ints: plain
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another Python's internals: not cached
        return None


class _Entries:
    """A marshal file of compiled things: read once, the ones used written back when
    something new was added (a new name, then renamed)."""

    def __init__(self, path: Path, valid: Callable[[object, object], bool]) -> None:
        self.path = path
        try:
            loaded = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            loaded = None
        self.known = {k: v for k, v in loaded.items() if valid(k, v)} \
            if isinstance(loaded, dict) else {}
        self.used: set = set()
        self.new = False

    def get(self, key):
        self.used.add(key)
        return self.known.get(key)

    def put(self, key, value):
        self.used.add(key)
        self.known[key] = value
        self.new = True
        return value

    def save(self) -> None:
        if not self.new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            part.write_bytes(marshal.dumps({k: self.known[k] for k in self.used}))
            os.replace(part, self.path)
        except (OSError, ValueError):
            pass
