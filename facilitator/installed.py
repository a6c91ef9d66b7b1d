"""Oogst as installed: its version and the files shipped with it.

The version comes from the package metadata (pyproject.toml's `version`, as pip or
the app bundle recorded it). The shipped files are found through importlib.resources,
never by a path relative to the checkout: `resources/` is the data package
`facilitator.resources` and `sessions/` is `facilitator.session_templates` (setup.py
maps the folders; the checkout's editable install maps them the same way), so the
same call works from the checkout, from an installed wheel and from the app bundle.
"""
from __future__ import annotations

import os
from functools import cache
from importlib.util import find_spec
from pathlib import Path

DISTRIBUTION = "oogst"
RESOURCES = "facilitator.resources"
SESSION_TEMPLATES = "facilitator.session_templates"
CATALOGUE = "facilitator.catalogue"


@cache
def version() -> str:
    """The installed version ("0.1.0"); "unknown" when no metadata was installed."""
    from importlib import metadata  # email, csv, zipfile...: only when asked
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


def catalogue_dir() -> Path:
    """The folder of the core's word catalogues (`facilitator/catalogue/`)."""
    return _folder(CATALOGUE, ())


def _folder(package: str, parts: tuple[str, ...]) -> Path:
    # A package on disk (checkout, wheel, bundle) gives a pathlib.Path; Oogst is never
    # installed zipped, so the path is a real folder. Its import spec names the folder
    # without loading importlib.resources (start-up); the loader is asked otherwise.
    folder = _package_folder(package)
    if folder is not None:
        return Path(folder, *parts)
    from importlib import resources
    return Path(str(resources.files(package).joinpath(*parts)))


def cache_dir() -> Path:
    """Oogst's folder for what it can make again (compiled catalogues and code):
    the user's cache folder, or OOGST_HOME/cache (tests, benchmarks)."""
    override = os.environ.get("OOGST_HOME")
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("Oogst", appauthor=False))


@cache
def _package_folder(package: str) -> str | None:
    """The one folder on disk of `package` by its import spec (looked up once: the
    start asks for five resource folders), or None."""
    spec = find_spec(package)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    return folders[0] if len(folders) == 1 and os.path.isdir(folders[0]) else None
