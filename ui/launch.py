"""The `oogst` entry point: the window, or a command of the core's command line.

    oogst                  the window, with its welcome (Enter opens the demo meeting)
    oogst EVENT.oogst      the window, with that event
    oogst info EVENT.oogst (and the other commands: oogst --help)

Nothing here imports Qt or the rest of `ui/` at import time: a command never
loads PySide6, and only the window does. The core (`facilitator/`) never
imports from `ui/`; the decision between window and command lives here.
"""
from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def wants_window(argv: Sequence[str], commands: Sequence[str]) -> bool:
    """True for no arguments, or a single argument that is a file (not an option
    and not the name of a command)."""
    if not argv:
        return True
    return len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in commands


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window or run a command; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    # No garbage collection while starting: what the start makes (modules, classes,
    # Qt's enums) lives as long as the process, and the collector only walked it again
    # and again (~8 ms). The window turns it back on after its first paint
    # (ui.app.finish_start), a command before it runs.
    gc.disable()
    from facilitator.installed import cache_dir

    from . import compile_cache
    cache = cache_dir()
    compile_cache.install(cache)  # the core's dataclasses: compiled once, not per start
    if not names_a_file(args):
        # Qt-free; registers every command in cli.COMMANDS (and, for `export`, the
        # export machinery: the window is not kept waiting for that)
        from facilitator import cli

        if not wants_window(args, list(cli.COMMANDS)):
            compile_cache.save()
            gc.enable()
            return cli.run(args)
    # The core the window opens a file with, before Qt: PySide6 reads the source of
    # every module imported after it (its __feature__ hook, PYSIDE-2029). Templates
    # and sessions wait until a new event or the demo is made. Their regular
    # expressions and PySide6's own modules are compiled once, not per start (~35 ms).
    with compile_cache.patterns_once(cache):
        import facilitator.eventfile  # noqa: F401
        compile_cache.save()
        with compile_cache.compiled_once(cache):
            without_feature_scan()
    from ui.app import run_gui  # Qt only when the window is wanted

    return run_gui(args[0] if args else None)


def without_feature_scan() -> None:
    """Imports PySide6 and spares it reading the source of Oogst's modules.

    PySide6 reads the source of every module imported after it, looking for
    `from __feature__ import ...` (PYSIDE-2029): ~0.1 ms a module, ~10 ms for the
    window's. Oogst's modules use no such feature; they are entered in PySide's
    table of modules as it would enter them after reading them (`ui`: uses PySide
    without features, 0; the core: does not use PySide, -1). So is Python's own
    library (-1: no "PySide6" in its source), which PySide otherwise reads the first
    time an Oogst module names it in an import (logging, typing, dataclasses...: ~5 ms).
    When a later PySide has no such table, nothing is entered and it reads them as
    before."""
    import os

    import PySide6.QtCore  # noqa: F401 - sets up shibokensupport
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    stdlib = sys.stdlib_module_names
    for name in [*stdlib, *(m for m in sys.modules if m.partition(".")[0] in stdlib)]:
        table.setdefault(name, -1)
    import facilitator
    import ui
    for package, value in ((ui, 0), (facilitator, -1)):
        base = next(iter(package.__path__), None)
        if base is None:
            continue
        for folder, dirs, files in os.walk(base):
            dirs[:] = [d for d in dirs if os.path.exists(os.path.join(folder, d, "__init__.py"))]
            inner = os.path.relpath(folder, base)
            name = package.__name__ + ("" if inner == "." else "." + ".".join(inner.split(os.sep)))
            for file in files:
                if file.endswith(".py"):
                    module = name if file == "__init__.py" else f"{name}.{file[:-3]}"
                    table.setdefault(module, value)


def names_a_file(args: Sequence[str]) -> bool:
    """No argument, or one with a "." or a slash (a file; no command's name has
    one): the window, decided without loading the command line."""
    if not args:
        return True
    return len(args) == 1 and not args[0].startswith("-") and \
        any(c in args[0] for c in "./\\")


if __name__ == "__main__":
    sys.exit(main())
