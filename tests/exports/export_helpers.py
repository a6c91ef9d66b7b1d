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


# -- the demo against seed 002, word for word ------------------------------------------

# The minutes of the real meeting the demo carries (seed 002), as received.
SEED_002 = Path(__file__).resolve().parent.parent / "fixtures" / "seed_002.txt"
_MARKER = re.compile(r"^(?:[-•]\s+|o\s+|\d+\.\s+|[a-z][.)]\s+)")
_HYPHEN = re.compile(r"[-\u00ad\u2010\u2011]\s*")


def seed_lines(path: Path = SEED_002, *, min_words: int = 4) -> list[str]:
    """The seed's lines with `min_words` or more words, in order: list markers
    ("- ", "o ", "1. ", "a) ") and Markdown bold taken off, whitespace collapsed."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(raw.replace("**", "").split())
        while (stripped := _MARKER.sub("", line, count=1)) != line:
            line = stripped
        if len(line.split()) >= min_words:
            out.append(line)
    return out


def verbatim_form(text: str) -> str:
    """Text as the verbatim comparison sees it: whitespace collapsed, and a hyphen
    with the space or line break after it dropped (so "bewoners-\\ninitiatieven",
    hyphenated at a line end, reads as the seed's "bewonersinitiatieven", and the
    seed's "Zorg- en" as the printed "Zorg-\\nen")."""
    return _HYPHEN.sub("", " ".join(text.split()))


def missing_in_order(text: str, lines: list[str]) -> list[str]:
    """The lines not found in `text` in the given order (empty: all there, in order).

    `text` is any document's text (pdftotext of a PDF, a .docx's paragraphs). A
    line that is missing does not move the search on."""
    hay = verbatim_form(text)
    missing, at = [], 0
    for line in lines:
        needle = verbatim_form(line)
        found = hay.find(needle, at)
        if found < 0:
            missing.append(line)
        else:
            at = found + len(needle)
    return missing


def pdftotext_body(path: Path, title: str) -> str:
    """pdftotext of a PDF without its page footers (title line and "pagina n van m"),
    so a paragraph that runs over a page break reads as one."""
    tool = _top_conftest().require_tool("pdftotext")
    text = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    page = re.compile(r"^(?:pagina|page) \d+ (?:van|of) \d+$")

    def footer(line: str) -> bool:  # "Title · Concept v1", the bare title, or cut short
        return bool(page.match(line)) or (line.startswith(title[:40]) and (
            line == title or " · " in line or line.endswith("…")))
    return "\n".join(line for line in text.replace("\f", "\n").splitlines()
                     if not footer(line.strip()))
