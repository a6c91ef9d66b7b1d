"""The exports' words are complete in both languages; the core stays free of Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from facilitator.exports.words import WORDS, w

ROOT = Path(__file__).resolve().parents[2]


def test_every_word_has_dutch_and_english():
    for key, (nl, en) in WORDS.items():
        assert nl.strip() and en.strip(), key


def test_sheet_names_are_valid_for_excel():
    for key in (k for k in WORDS if k.startswith("sheet.")):
        for lang in ("nl", "en"):
            name = w(key, lang)
            assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name


def test_unknown_key_comes_back_as_it_is():
    assert w("no.such.key", "en") == "no.such.key"


def test_exports_never_import_qt():
    code = ("import sys; import facilitator.exports, facilitator.export_cli; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"
