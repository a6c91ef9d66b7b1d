"""The packaging steps pyproject.toml cannot say (its [project] table has the rest).

`resources/` (fonts, style, icons, translations, desktop files) and `sessions/` (the
session templates) stay top-level folders of the checkout; installed, they are the
data packages `facilitator.resources` and `facilitator.session_templates`, and the
program finds them through importlib.resources (`facilitator/installed.py`): in the
checkout's editable install, in an installed wheel and in the app bundle alike.

Building a wheel compiles resources/translations/*.ts into .qm files with the Qt
`lrelease` of the PySide6-Essentials in the build requirements, so no one needs
Qt's tools on their machine. The editable install of the checkout leaves that to
`tools/venv.sh`, which compiles them in place.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_PACKAGES = {"facilitator.resources": "resources",
                 "facilitator.session_templates": "sessions"}
# Every folder of resources/ ships (translations as compiled .qm, see BuildPy).
RESOURCE_FOLDERS = sorted(p.name for p in (HERE / "resources").iterdir()
                          if p.is_dir() and p.name not in ("translations", "__pycache__"))


def lrelease() -> Path:
    """Qt's lrelease as PySide6-Essentials ships it (`pyside6-lrelease` runs the same)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("building Oogst needs PySide6-Essentials (a build requirement)")
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(spec.origin).parent / name


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Every .ts in `source` as a .qm in `target`; a failure stops the build."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    if not made:
        raise SystemExit(f"no translations found in {source}")
    return made


class BuildPy(build_py):
    """build_py, plus the compiled translations in the wheel."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            compile_translations(HERE / "resources" / "translations",
                                 Path(self.build_lib, "facilitator", "resources",
                                      "translations"))


setup(
    packages=find_namespace_packages(include=["facilitator*", "ui*"],
                                     exclude=["*.__pycache__"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        "facilitator": ["catalogue/*.toml"],
        "facilitator.resources": [f"{folder}/*" for folder in RESOURCE_FOLDERS],
        "facilitator.session_templates": ["*.toml"],
    },
    exclude_package_data={"facilitator.resources": ["translations/*"]},
    cmdclass={"build_py": BuildPy},
)
