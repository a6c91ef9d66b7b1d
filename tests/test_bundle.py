"""The one-folder app bundle (`tools/bundle.py`, PyInstaller): built on Linux into a
temporary folder, then started like a facilitator would, with no Python on the PATH:
`--version`, the command line on the demo, and the window under Xvfb until it shows
(marked slow; CI runs it). The checkout stays as it was."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


def needed(what: str, there: bool) -> None:
    """Skip without `what` locally; fail in CI, whose test.sh installs it."""
    if there:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is not installed: tools/venv.sh and tools/system-packages.sh "
                    "should install it")
    pytest.skip(f"{what} is not installed")


def new_files() -> list[str]:
    """Untracked and ignored files in the checkout (what a build would leave)."""
    status = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=ROOT,
                            capture_output=True, text=True).stdout
    return [line for line in status.splitlines() if line[:2] in ("??", "!!")]


@pytest.fixture
def display(tmp_path):
    """A private Xvfb screen (the first free number, chosen by Xvfb itself)."""
    import shutil
    needed("Xvfb", shutil.which("Xvfb") is not None)
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1366x768x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_bundle_builds_and_starts(tmp_path, display):
    needed("PyInstaller", importlib.util.find_spec("PyInstaller") is not None)
    before = new_files()
    built = subprocess.run([sys.executable, str(ROOT / "tools" / "bundle.py"),
                            "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")],
                           cwd=tmp_path, capture_output=True, text=True, timeout=1100)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-5000:]
    print(built.stdout.strip().splitlines()[-1])  # size and build time (pytest -s shows it)
    assert new_files() == before, "the build left files in the checkout"
    program = tmp_path / "dist" / "Oogst" / "Oogst"
    assert program.is_file() and os.access(program, os.X_OK)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # A machine without Python: nothing on the PATH, no checkout, no venv.
    (tmp_path / "empty").mkdir()
    env = {"HOME": str(tmp_path / "home"), "PATH": str(tmp_path / "empty"), "LANG": "C.UTF-8",
           "OOGST_HOME": str(tmp_path / "oogst-home"), "OOGST_LANG": "nl"}

    def run(*args: str, **extra: str) -> str:
        result = subprocess.run([str(program), *args], cwd=elsewhere, env={**env, **extra},
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
        return result.stdout

    assert run("--version").strip() == f"oogst {VERSION}"
    run("install-desktop", XDG_DATA_HOME=str(tmp_path / "share"))
    entry = (tmp_path / "share" / "applications" / "oogst.desktop").read_text(encoding="utf-8")
    assert f"\nExec={program} %f\n" in entry and "MimeType=application/x-oogst;" in entry
    assert (tmp_path / "share" / "mime" / "packages" / "oogst.xml").is_file()
    run("demo", "demo.oogst")
    # SQLite's defensive mode works with the bundle's own copy of SQLite
    assert "defensieve modus aan" in run("check", "demo.oogst")
    run("export", "demo.oogst", "--minutes", "minutes.pdf", "--xlsx", "workbook.xlsx")
    from pypdf import PdfReader
    minutes = " ".join(p.extract_text() for p in PdfReader(elsewhere / "minutes.pdf").pages)
    assert "Samenspel in beweging" in minutes and "Verslag" in minutes

    picture = tmp_path / "shown.png"
    shown = run("demo.oogst", DISPLAY=display, QT_QPA_PLATFORM="xcb",
                OOGST_QUIT_WHEN_SHOWN=str(picture))
    assert "Samenspel in beweging — demo.oogst | nl | &Bestand" in shown
    from PIL import Image
    with Image.open(picture) as image:
        assert image.width >= 800 and image.height >= 500
        assert len(image.convert("RGB").getcolors(1 << 20)) > 50  # drawn, not blank
