"""Oogst as installed: its version and the files shipped with it.

The version comes from the package metadata (pyproject.toml's `version`, as pip or
the app bundle recorded it). The shipped files are found through importlib.resources,
never by a path relative to the checkout: `resources/` is the data package
`facilitator.resources` and `sessions/` is `facilitator.session_templates` (setup.py
maps the folders; the checkout's editable install maps them the same way), so the
same call works from the checkout, from an installed wheel and from the app bundle.
"""
from __future__ import annotations

from functools import cache
from importlib import metadata, resources
from pathlib import Path

DISTRIBUTION = "oogst"
RESOURCES = "facilitator.resources"
SESSION_TEMPLATES = "facilitator.session_templates"


@cache
def version() -> str:
    """The installed version ("0.1.0"); "unknown" when no metadata was installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def resource_dir(*parts: str) -> Path:
    """A folder of `resources/` ("fonts", "translations"...) as a file-system path
    (Qt and reportlab open files by name)."""
    return _folder(RESOURCES, parts)


def sessions_dir() -> Path:
    """The folder of the shipped session templates."""
    return _folder(SESSION_TEMPLATES, ())


def _folder(package: str, parts: tuple[str, ...]) -> Path:
    # A package on disk (checkout, wheel, bundle) gives a pathlib.Path; Oogst is never
    # installed zipped, so the path is a real folder.
    return Path(str(resources.files(package).joinpath(*parts)))
