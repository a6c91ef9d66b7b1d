"""Build Oogst's one-folder app bundle with PyInstaller, for the platform this runs on.

    .venv/bin/python tools/bundle.py                  # Linux, macOS: dist/Oogst/ (+ dist/Oogst.app)
    .venv\\Scripts\\python tools\\bundle.py             # Windows: dist\\Oogst\\Oogst.exe
    python tools/bundle.py --dist OUT --work TMP      # elsewhere (the tests build in a tmp dir)

Needs the project installed with the `bundle` extra (`pip install -e ".[bundle]"`; the
`test` extra has it too). The bundle runs with no Python installed: the interpreter,
Qt (only QtCore, QtGui, QtWidgets and the plugins they need), the compiled
translations, fonts, icons, templates and the package metadata (for the version) are
in it. It carries the app's name and icon, on Windows a version resource, on macOS an
Info.plist that associates .oogst files (with their own icon) with the app.
docs/building.md has the steps per platform, signing and the installer.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Oogst"
IDENTIFIER = "nl.oogst.Oogst"
FILE_TYPE = "nl.oogst.event"
# Python modules the program never uses that PyInstaller would otherwise take along.
EXCLUDES = ["tkinter", "unittest", "pydoc", "doctest", "pytest", "hypothesis", "pypdf",
            "numpy", "IPython", "setuptools", "pip", "PyInstaller",
            # Qt modules the program does not import (it uses QtCore, QtGui, QtWidgets).
            "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick",
            "PySide6.QtOpenGL", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools"]
# Of Qt's own translations only the one the program loads (ui/i18n.py).
QT_TRANSLATIONS = ["qtbase_nl.qm"]


def compile_translations(target: Path) -> Path:
    """The .qm files of resources/translations/*.ts, in `target` (not in the checkout)."""
    from ui import i18n
    i18n.compile_translations(ROOT / "resources" / "translations", target)
    if not (target / "ui_nl.qm").is_file():
        raise SystemExit("pyside6-lrelease made no ui_nl.qm: is PySide6-Essentials installed?")
    return target


def render_icons(work: Path) -> dict[str, Path]:
    """The app and file icons (SVG) as 256-pixel PNGs, and as .ico (Windows) and
    .icns (macOS) made from them with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render_icons.app = QGuiApplication([])  # painting needs one, kept alive
    made = {}
    for name in ("oogst", "oogst-file"):
        image = QImage(256, 256, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        QSvgRenderer(str(ROOT / "resources" / "icons" / f"{name}.svg")).render(painter)
        painter.end()
        png = work / f"{name}.png"
        image.save(str(png))
        picture = Image.open(png)
        picture.save(work / f"{name}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128,
                                                                      256)])
        picture.save(work / f"{name}.icns")
        made.update({f"{name}.png": png, f"{name}.ico": work / f"{name}.ico",
                     f"{name}.icns": work / f"{name}.icns"})
    return made


def version_resource(version: str, target: Path) -> Path:
    """The Windows version resource (file properties > Details) for the executable."""
    numbers = tuple(int(p) if p.isdigit() else 0 for p in (version.split(".") + ["0"] * 4)[:4])
    strings = {"CompanyName": "Oogst", "FileDescription": "Oogst", "FileVersion": version,
               "InternalName": NAME, "OriginalFilename": f"{NAME}.exe",
               "ProductName": "Oogst", "ProductVersion": version,
               "LegalCopyright": "MIT licence"}
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.write_text(
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        f"  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),\n"
        "        VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n", encoding="utf-8")
    return target


def info_plist(version: str) -> dict:
    """macOS: the app's name and version, and .oogst files as its own document type."""
    return {
        "CFBundleName": NAME, "CFBundleDisplayName": NAME,
        "CFBundleShortVersionString": version, "CFBundleVersion": version,
        "NSHighResolutionCapable": True, "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Oogst event", "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner", "LSItemContentTypes": [FILE_TYPE],
            "CFBundleTypeIconFile": "oogst-file.icns"}],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": FILE_TYPE, "UTTypeDescription": "Oogst event",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": "oogst-file.icns",
            "UTTypeTagSpecification": {"public.filename-extension": ["oogst"],
                                       "public.mime-type": ["application/x-oogst"]}}],
    }


def spec_text(work: Path, version: str, icons: dict[str, Path], translations: Path) -> str:
    """The PyInstaller spec: one folder, one executable, the data where
    `facilitator.installed` looks for it (the packages facilitator.resources and
    facilitator.session_templates)."""
    resources = ROOT / "resources"
    datas = [(str(resources / "__init__.py"), "facilitator/resources"),
             (str(translations / "*.qm"), "facilitator/resources/translations"),
             (str(ROOT / "sessions" / "__init__.py"), "facilitator/session_templates"),
             (str(ROOT / "sessions" / "*.toml"), "facilitator/session_templates")]
    for folder in sorted(p.name for p in resources.iterdir()
                         if p.is_dir() and p.name not in ("translations", "__pycache__")):
        datas.append((str(resources / folder), f"facilitator/resources/{folder}"))
    if sys.platform == "darwin":  # Contents/Resources, named by Info.plist
        datas.append((str(icons["oogst-file.icns"]), "."))
    if sys.platform == "win32":  # for the installer's file association (tools/oogst.iss)
        datas += [(str(icons["oogst.ico"]), "."), (str(icons["oogst-file.ico"]), ".")]
    windows, mac = sys.platform == "win32", sys.platform == "darwin"
    linux = not (windows or mac)  # strip debug symbols (on macOS it would break signing)
    icon = icons["oogst.ico"] if windows else icons["oogst.icns"] if mac else None
    version_file = version_resource(version, work / "version.txt") if windows else None
    return f"""# Generated by tools/bundle.py: edit that script, not this file.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

datas = {datas!r}
datas += copy_metadata("oogst")  # the version, for --version and the About box
datas += collect_data_files("facilitator", includes=["catalogue/*.toml"])

a = Analysis([{str(ROOT / "main.py")!r}], pathex=[{str(ROOT)!r}], datas=datas,
             # pages and dialogs are imported by name when first shown (ui/lazy_pages.py)
             hiddenimports=collect_submodules("ui") + collect_submodules("facilitator"),
             excludes={EXCLUDES!r}, noarchive=False)


def wanted(entry):
    name = entry[0].replace(chr(92), "/")  # Windows paths too
    if "PySide6/Qt/translations/" in name:
        return name.rsplit("/", 1)[1] in {QT_TRANSLATIONS!r}
    return True


a.datas = [entry for entry in a.datas if wanted(entry)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name={NAME!r},
          console={not (windows or mac)!r}, icon={str(icon) if icon else None!r},
          version={str(version_file) if version_file else None!r}, upx=False, strip={linux!r})
coll = COLLECT(exe, a.binaries, a.datas, name={NAME!r}, upx=False, strip={linux!r})
""" + (f"""app = BUNDLE(coll, name={NAME + ".app"!r}, icon={str(icon)!r},
             bundle_identifier={IDENTIFIER!r}, version={version!r},
             info_plist={info_plist(version)!r})
""" if mac else "")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Build the bundle into `dist`; returns the folder with the executable."""
    from facilitator.installed import version
    work.mkdir(parents=True, exist_ok=True)
    translations = compile_translations(work / "translations")
    spec = work / f"{NAME}.spec"
    spec.write_text(spec_text(work, version(), render_icons(work), translations),
                    encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist),
                    "--workpath", str(work / "build"), str(spec)], check=True, cwd=work)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/ in the checkout)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: a "
                        "temporary folder, removed afterwards)")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if importlib.util.find_spec("PyInstaller") is None:
        print('PyInstaller is not installed: pip install -e ".[bundle]"', file=sys.stderr)
        return 1
    start = time.monotonic()
    work = args.work or Path(tempfile.mkdtemp(prefix="oogst-bundle-"))
    try:
        folder = build(args.dist.resolve(), work.resolve())
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{folder}: {folder_size(folder) / 1e6:.1f} MB, built in "
          f"{time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
