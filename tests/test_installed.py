"""Oogst as installed: the version and shipped files (`facilitator/installed.py`), and
the wheel: built in a fresh venv, installed there, used from a folder where the
checkout cannot be reached (marked slow; CI runs it)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from facilitator import installed

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# pip's words when no package index can be reached (then the wheel cannot be built here).
NO_INDEX = re.compile(r"NewConnectionError|Temporary failure in name resolution|"
                      r"Network is unreachable|No matching distribution found")


def test_version_is_the_package_metadata():
    assert installed.version() == PROJECT["version"]
    import facilitator
    assert facilitator.__version__ == PROJECT["version"]


def test_oogst_version_on_the_command_line(capsys):
    from facilitator import cli
    with pytest.raises(SystemExit) as stop:
        cli.run(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"oogst {PROJECT['version']}"


def test_shipped_files_are_found_as_packages():
    assert (installed.resource_dir("fonts") / "DejaVuSans.ttf").is_file()
    assert (installed.resource_dir("styles") / "oogst.qss").is_file()
    assert (installed.resource_dir("icons") / "oogst.svg").is_file()
    assert (installed.sessions_dir() / "demo-samenspel-in-beweging.toml").is_file()


def source_copy(target: Path) -> Path:
    """The checkout's files as git sees them (committed or new, not ignored: no .venv,
    no compiled .qm, no build folders), copied to `target`: the build writes its
    build/ and egg-info there, never into the checkout."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not name.startswith("tests/"):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def run(args: list, *, cwd: Path, env: dict, timeout: int = 600) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode and NO_INDEX.search(result.stdout + result.stderr):
        pytest.skip("no package index can be reached to install the build requirements: "
                    + result.stderr.strip().splitlines()[-1])
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_wheel_installs_and_works_outside_the_checkout(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("the wheel is built from a git checkout (git ls-files)")
    src = source_copy(tmp_path / "src")
    assert not list((src / "resources" / "translations").glob("*.qm"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", OOGST_LANG="nl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    # Built as pipx and PyPI would: the source distribution first, the wheel from it.
    # setuptools and PySide6-Essentials (lrelease) come from the build requirements;
    # the build compiles the translations.
    run([python, "-m", "pip", "install", "build"], cwd=tmp_path, env=env)
    run([python, "-m", "build", "--outdir", tmp_path / "dist", src], cwd=tmp_path, env=env)
    [sdist] = (tmp_path / "dist").glob("oogst-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "resources/translations/ui_nl.ts", "sessions/world-cafe.toml",
            "resources/fonts/DejaVuSans.ttf"} <= names
    assert not [name for name in names if name.endswith(".qm")]
    [wheel] = (tmp_path / "dist").glob("oogst-*.whl")
    assert wheel.name.startswith(f"oogst-{PROJECT['version']}-py3-none-any")
    run([python, "-m", "pip", "install", wheel], cwd=tmp_path, env=env)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    oogst = venv / "bin" / "oogst"
    where = run([python, "-I", "-c", "import facilitator, ui, facilitator.resources as r; "
                 "print(facilitator.__file__); print(ui.__file__); print(r.__file__)"],
                cwd=elsewhere, env=env).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where
    qm = Path(where[2]).parent / "translations" / "ui_nl.qm"
    assert qm.is_file() and qm.stat().st_size > 10_000
    # Every folder of resources/ is in the wheel, with every file in it.
    for folder in (p for p in (ROOT / "resources").iterdir()
                   if p.is_dir() and p.name not in ("translations", "__pycache__")):
        shipped = {f.name for f in (Path(where[2]).parent / folder.name).iterdir()}
        assert {f.name for f in folder.iterdir() if f.is_file()} <= shipped, folder.name

    assert run([oogst, "--version"], cwd=elsewhere, env=env).stdout.strip() == (
        f"oogst {PROJECT['version']}")
    assert "demo-samenspel-in-beweging" in run([oogst, "templates"], cwd=elsewhere,
                                               env=env).stdout
    run([oogst, "demo", "demo.oogst"], cwd=elsewhere, env=env)
    assert "Samenspel in beweging" in run([oogst, "info", "demo.oogst"], cwd=elsewhere,
                                          env=env).stdout
    run([oogst, "export", "demo.oogst", "--minutes", "minutes.pdf", "--agenda", "agenda.pdf",
         "--xlsx", "workbook.xlsx", "--cards", "cards.pdf"], cwd=elsewhere, env=env)
    from openpyxl import load_workbook
    from pypdf import PdfReader
    minutes = " ".join(page.extract_text() for page in PdfReader(elsewhere / "minutes.pdf").pages)
    assert "Samenspel in beweging" in minutes
    assert len(PdfReader(elsewhere / "agenda.pdf").pages) >= 1
    assert len(PdfReader(elsewhere / "cards.pdf").pages) >= 5  # one card per table
    assert load_workbook(elsewhere / "workbook.xlsx").sheetnames

    # The window of the installed program, in Dutch from the wheel's compiled catalogue.
    shown = run([oogst, "demo.oogst"], cwd=elsewhere, timeout=120,
                env={**env, "OOGST_QUIT_WHEN_SHOWN": "1"}).stdout
    assert "Samenspel in beweging — demo.oogst | nl | &Bestand" in shown, shown


def test_no_shipped_file_is_looked_up_next_to_the_source():
    """Fonts, styles, icons, translations and templates come through importlib.resources
    (`facilitator.installed`), never from a path built on a module's `__file__`: that
    finds them in the checkout only. The developer's lupdate (ui/i18n.py, ROOT) reads the
    checkout's sources on purpose."""
    offenders = []
    for package in ("facilitator", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "__file__" in line:
                    offenders.append(f"{path.relative_to(ROOT).as_posix()}: {line.strip()}")
    assert offenders == [
        # not a shipped file: the SQLite library Python's own extension is linked against
        'facilitator/connections.py: extension = getattr(_sqlite3, "__file__", None)',
        "ui/i18n.py: ROOT = Path(__file__).resolve().parent.parent"]
    borrowed = [f"{path.relative_to(ROOT).as_posix()}" for package in ("facilitator", "ui")
                for path in sorted((ROOT / package).rglob("*.py"))
                if "i18n.ROOT" in path.read_text(encoding="utf-8")]
    assert borrowed == [], "shipped files found through the checkout's ROOT"
    i18n = (ROOT / "ui" / "i18n.py").read_text(encoding="utf-8")
    assert [line.strip() for line in i18n.splitlines() if "ROOT /" in line] == [
        "for f in glob.glob(str(ROOT / pattern), recursive=True)})"]  # lupdate's sources
