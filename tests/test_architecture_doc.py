"""docs/architecture.md lists the real public API of `EventFile` (tools/api_doc.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_api_doc():
    spec = importlib.util.spec_from_file_location("api_doc", ROOT / "tools" / "api_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_api_block_is_current():
    api_doc = load_api_doc()
    current = api_doc.DOC.read_text(encoding="utf-8")
    assert api_doc.BEGIN in current and api_doc.END in current, (
        f"docs/architecture.md lost its API markers {api_doc.BEGIN!r} ... {api_doc.END!r}")
    wanted = api_doc.render(current)
    if wanted != current:
        old = set(current.splitlines())
        new = set(wanted.splitlines())
        differs = sorted(new - old)[:5] + sorted(f"(gone) {line}" for line in old - new)[:5]
        raise AssertionError(
            "docs/architecture.md does not list EventFile's real API: "
            "run .venv/bin/python tools/api_doc.py\n" + "\n".join(differs))


def test_the_block_names_every_public_member():
    from facilitator.eventfile import EventFile

    api_doc = load_api_doc()
    block = api_doc.api_block()
    public = [name for name in dir(EventFile) if not name.startswith("_")
              and (callable(getattr(EventFile, name))
                   or isinstance(getattr(EventFile, name), property))]
    missing = [name for name in public if f"- `{name}" not in block]
    assert not missing, missing
    assert "object at 0x" not in block  # sentinels by name, so the file is stable
    assert "### `facilitator/eventfile.py` (`EventFile`)" in block


def test_render_replaces_only_the_block():
    api_doc = load_api_doc()
    text = f"before\n{api_doc.BEGIN}\nold stuff\n{api_doc.END}\nafter\n"
    assert api_doc.render(text, "NEW") == f"before\n{api_doc.BEGIN}\nNEW\n{api_doc.END}\nafter\n"
