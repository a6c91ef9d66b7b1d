"""Where Oogst proposes to put the facilitator's files: visible folders of their own.

- New events and Save dialogs start in the user's documents folder
  (QStandardPaths DocumentsLocation), or the home folder when there is none;
  never in the program's folder (a file dialog on a folder that does not
  exist falls back to the working directory, which for `./start.sh` is the
  program).
- Exports go to the last export folder, or the folder of the event file; the
  demo meeting lives in Oogst's hidden data folder, so its exports (and those
  of any event in a hidden folder) go to Documents/Oogst instead.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from facilitator import backups

EXPORTS_FOLDER = "Oogst"  # inside the documents folder


def _documents_location() -> Path:
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def documents_dir() -> Path:
    """The user's documents folder, or the home folder when there is none (a file
    dialog on a missing folder would fall back to the program's folder)."""
    folder = _documents_location()
    return folder if folder.is_dir() else Path.home()


def exports_dir() -> Path:
    """Documents/Oogst, made when missing (the documents or home folder when it
    cannot be made)."""
    folder = _documents_location() / EXPORTS_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return documents_dir()
    return folder


def is_hidden(folder: str | Path) -> bool:
    """True for Oogst's own data folder (the demo, backups) and for any folder with
    a hidden part (".local", ".cache"): not where a facilitator looks for files."""
    folder = Path(folder).resolve()
    data = backups.data_dir().resolve()
    if folder == data or folder.is_relative_to(data):
        return True
    home = Path.home().resolve()
    parts = folder.relative_to(home).parts if folder.is_relative_to(home) else folder.parts
    return any(part.startswith(".") for part in parts)


def export_folder_for(event_path: str | Path | None, stored: str = "") -> Path:
    """The folder the export dialog proposes: the last one used (when it exists and
    is visible), else the event file's folder (when visible), else Documents/Oogst."""
    for candidate in (stored, Path(event_path).parent if event_path else ""):
        if candidate and Path(candidate).is_dir() and not is_hidden(candidate):
            return Path(candidate)
    return exports_dir()
