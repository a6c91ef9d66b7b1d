"""The core never imports Qt or the interface: checked in a fresh interpreter, and
by reading every source file of `facilitator/` (lazy imports inside functions,
`try` blocks, `importlib.import_module("...")` and `__import__("...")` included)."""
from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "facilitator"
FORBIDDEN = ("PySide6", "shiboken6", "ui")
FORBIDDEN_PREFIXES = ("PyQt",)  # PyQt5, PyQt6 ...


def is_forbidden(module: str) -> bool:
    """True for PySide6, shiboken6, PyQt* and ui, and their submodules."""
    top = module.split(".")[0]
    return top in FORBIDDEN or top.startswith(FORBIDDEN_PREFIXES)


def _string_argument(call: ast.Call) -> str | None:
    """The first argument of a call when it is a literal string."""
    if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
        return call.args[0].value
    for keyword in call.keywords:
        if keyword.arg == "name" and isinstance(keyword.value, ast.Constant) \
                and isinstance(keyword.value.value, str):
            return keyword.value.value
    return None


def _is_dynamic_import(call: ast.Call) -> bool:
    """`importlib.import_module(...)`, `import_module(...)` or `__import__(...)`."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    if isinstance(func, ast.Attribute):
        return func.attr in ("import_module", "__import__")
    return False


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Every import of Qt or `ui` in `source`, at any nesting level, as
    "file:line: module"."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:  # relative imports stay inside the core
                modules = [node.module]
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            name = _string_argument(node)
            if name is not None:
                modules = [name]
        found += [(node.lineno, m) for m in modules if is_forbidden(m)]
    return [f"{filename}:{line}: {module}" for line, module in sorted(found)]


def test_no_core_source_imports_qt_or_ui():
    problems: list[str] = []
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10  # really scanning the core
    for path in files:
        problems += forbidden_imports(path.read_text(encoding="utf-8"),
                                      str(path.relative_to(ROOT)))
    assert not problems, "the core imports Qt or ui/:\n" + "\n".join(problems)


def test_the_scan_finds_lazy_and_dynamic_imports():
    snippet = textwrap.dedent("""
        import os
        from . import storage
        from .labels import tr
        import uikit
        from facilitator.ui_words import x

        def main(argv):
            if not argv:
                from ui.app import run_gui  # Qt only when the window is wanted
                return run_gui(None)

        try:
            import PyQt6.QtCore
        except ImportError:
            pass

        class Later:
            def load(self):
                import importlib
                importlib.import_module("PySide6.QtWidgets")
                return __import__("shiboken6")
    """)
    found = forbidden_imports(snippet)
    assert [line.split(": ", 1)[1] for line in found] == [
        "ui.app", "PyQt6.QtCore", "PySide6.QtWidgets", "shiboken6"], found
    assert any(line.startswith("<source>:10:") for line in found), found
    assert forbidden_imports("import os\nfrom .ui_words import x\nimport uikit\n") == []


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import facilitator\n"
        "for mod in pkgutil.walk_packages(facilitator.__path__, 'facilitator.'):\n"
        "    importlib.import_module(mod.name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(qt)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
