"""Fixtures for the tests of `ui/` modules, one test file per module.

No `__init__.py` here on purpose: as a package this folder would be named
`ui` and hide the program's own `ui` package from the tests.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QTimer  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402


# -- settings and languages ------------------------------------------------------------


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    """Every resources/translations/*.ts compiled into a temporary folder."""
    from ui import i18n
    target = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(i18n.TRANSLATIONS_DIR, target)
    return target


@pytest.fixture(autouse=True)
def isolated_settings(qapp, qm_dir, tmp_path, monkeypatch):
    """QSettings in a temporary INI file; English interface unless a test switches;
    translations from the freshly compiled .qm files."""
    from ui import i18n
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", qm_dir)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("OogstTest")
    QCoreApplication.setApplicationName("OogstTest")
    QSettings().clear()
    monkeypatch.setenv("OOGST_LANG", "en")
    i18n.install("en")
    yield
    i18n.install("en", qm_dir)


@pytest.fixture
def dutch(qm_dir):
    """The interface in Dutch for one test (back to English afterwards)."""
    from ui import i18n
    loaded = i18n.install("nl")
    if not any(name.endswith("_nl.qm") for name in loaded):
        pytest.skip("pyside6-lrelease produced no Dutch .qm files")
    return loaded


# -- events ------------------------------------------------------------------------------


def build_event(path: Path) -> Path:
    """A small event: two perspectives, two tables, two participants seated."""
    with EventFile.create(path, title="Wijkgesprek Zuid") as ev:
        burgers = ev.add_perspective(name="Burgers/inwoners", colour="#332288", shortcut="1")
        gemeente = ev.add_perspective(name="Gemeenten", colour="#44aa99", shortcut="2")
        t1 = ev.add_table(theme="Eenzaamheid in de wijk", pitch="Buurtkamer Zuid")
        ev.add_table(theme="Mantelzorg")
        anna = ev.add_participant(name="Anna de Wit", organisations=["Buurtkamer Zuid"],
                                  perspective_id=burgers)
        piet = ev.add_participant(name="Piet Jansen", organisations=["Gemeente Zuid"],
                                  function="wijkregisseur", perspective_id=gemeente)
        ev.assign_participant(anna, table_id=t1)
        ev.assign_participant(piet, table_id=t1)
    return path


@pytest.fixture
def event_path(tmp_path) -> Path:
    return build_event(tmp_path / "wijkgesprek.oogst")


@pytest.fixture
def window(qtbot):
    """The main window, shown; its event is closed afterwards."""
    from ui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close_event()


# -- is the GUI thread free? ---------------------------------------------------------------


class TickRecorder:
    """A QTimer on the GUI thread that ticks every `interval` ms and records the gaps.

    While long work runs in the background, ticks keep coming; a GUI thread
    that is blocked shows as one long gap.
    """

    def __init__(self, interval: int = 20) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.ticks: list[float] = []  # ms since start()

    def start(self) -> None:
        self.ticks = []
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.ticks.append(float(self.clock.elapsed()))  # the gap up to the end counts too

    def _tick(self) -> None:
        self.ticks.append(float(self.clock.elapsed()))

    @property
    def longest_gap(self) -> float:
        """The longest time (ms) the GUI thread went without a tick."""
        points = [0.0, *self.ticks]
        return max(b - a for a, b in zip(points, points[1:], strict=False))

    def report(self, what: str) -> str:
        points = [0.0, *self.ticks]
        long = [f"{b - a:.0f} ms at {a:.0f}" for a, b in zip(points, points[1:], strict=False)
                if b - a > 60]
        return (f"{what}: {len(self.ticks) - 1} ticks in {points[-1]:.0f} ms, longest gap "
                f"{self.longest_gap:.0f} ms" + (f" (gaps over 60 ms: {', '.join(long)})"
                                                if long else ""))


@pytest.fixture
def ticks():
    recorder = TickRecorder()
    yield recorder
    recorder.timer.stop()

