"""Helpers shared by the export tests: PDF text, order checks, LibreOffice.

Imported as `export_helpers` (tests/exports is on sys.path: it has no
__init__.py); the fixtures stay in conftest.py.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def pdf_text(path: Path) -> str:
    """All text of a PDF (pypdf), whitespace collapsed to single spaces."""
    from pypdf import PdfReader
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in order (empty list: all found, in this order)."""
    missing, at = [], 0
    for needle in needles:
        found = haystack.find(flat(needle), at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(flat(needle))
    return missing


def soffice_convert(src: Path, outdir: Path, target: str) -> subprocess.CompletedProcess:
    """Convert with LibreOffice headless, with its own profile and a timeout."""
    soffice = _top_conftest().require_tool("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / "lo-profile"
    return subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
         "--convert-to", target, "--outdir", str(outdir), str(src)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(outdir)})


def _top_conftest():
    """tests/conftest.py (its `require_tool` fails in CI when a tool is missing)."""
    import importlib.util
    name = "oogst_tests_conftest"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, Path(__file__).resolve().parent.parent / "conftest.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[name] = module
    return sys.modules[name]


ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def words_of(name: str) -> list[str]:
    return [p for p in re.split(r"\s+", name) if len(p.strip(".")) >= 3]
