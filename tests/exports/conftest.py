"""Fixtures for the export tests: the seed-like event and the demo (helpers: export_helpers)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facilitator.eventfile import EventFile  # noqa: E402

import seedlike  # noqa: E402


@pytest.fixture
def seed_path(tmp_path) -> Path:
    """A seed-002-shaped event built through the core API, as a closed file."""
    path = tmp_path / "seedlike.oogst"
    with EventFile.create(path) as event:
        seedlike.build(event)
    return path


@pytest.fixture
def seed_event(seed_path):
    with EventFile.open(seed_path, readonly=True) as event:
        yield event


@pytest.fixture
def demo_event(demo_file):
    with EventFile.open(demo_file, readonly=True) as event:
        yield event
