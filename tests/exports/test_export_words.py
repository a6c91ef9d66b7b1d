"""The exports' words come from the core catalogue; the core stays free of Qt."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from facilitator.words import catalogue, tr

ROOT = Path(__file__).resolve().parents[2]
EXPORT_CODE = [*sorted((ROOT / "facilitator" / "exports").glob("*.py")),
               ROOT / "facilitator" / "export_cli.py"]
KEY = re.compile(r"""["']((?:export|seating)\.[a-z_.]+[a-z_])["']""")


def test_sheet_names_are_valid_for_excel():
    keys = [k for k in catalogue("en") if k.startswith("export.sheet.")]
    assert len(keys) >= 6
    for key in keys:
        for lang in ("nl", "en"):
            name = tr(key, lang)
            assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name


def test_every_export_key_in_the_code_is_in_both_catalogues():
    used = {key for path in EXPORT_CODE for key in KEY.findall(path.read_text("utf-8"))}
    assert len(used) > 80
    for lang in ("nl", "en"):
        missing = sorted(used - set(catalogue(lang)))
        assert missing == [], (lang, missing)


def test_no_old_word_lists_are_left():
    assert not (ROOT / "facilitator" / "exports" / "words.py").exists()
    for path in EXPORT_CODE:
        text = path.read_text("utf-8")
        assert "WORDS" not in text and not re.search(r"(?<![\w.])s?w\(", text), path.name
        assert "facilitator.labels" not in text and "..labels" not in text, path.name


def test_exports_never_import_qt():
    code = ("import sys; import facilitator.exports, facilitator.export_cli; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"
