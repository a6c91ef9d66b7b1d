"""Fixtures for the tests of `ui/` modules, one test file per module (test_<module>.py).

Isolated settings and the compiled catalogue (ui_nl.qm) for every test; every
widget given to qtbot alive until pytest-qt closed it, then deleted by Qt; the
small events built through the core API; the main window; a bridge over a
meeting with notes; the demo meeting; a room clock; message boxes captured;
a tick recorder for "is the GUI thread free". Steps shared by several files
(showing a widget, typing a note) are in `gui_helpers.py`.

No `__init__.py` here on purpose: as a package this folder would be named
`ui` and hide the program's own `ui` package from the tests.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timezone  # noqa: E402

from PySide6.QtCore import (QCoreApplication, QElapsedTimer, QEvent, QSettings,  # noqa: E402
                            QTimer)
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.templates import DEMO_TEMPLATE, SESSIONS_DIR  # noqa: E402
from facilitator.timer import FakeClock  # noqa: E402
from gui_helpers import build_event, build_room  # noqa: E402


# -- settings and languages ------------------------------------------------------------


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    """Every resources/translations/*.ts compiled into a temporary folder."""
    from ui import i18n
    target = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(i18n.TRANSLATIONS_DIR, target)
    assert (target / "ui_nl.qm").exists(), "pyside6-lrelease produced no ui_nl.qm"
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


@pytest.fixture(autouse=True)
def widgets_deleted_by_qt(qtbot, monkeypatch):
    """A widget given to `qtbot.addWidget` lives until pytest-qt has closed it after the
    test, and Qt then deletes it here, between tests.

    pytest-qt keeps only a weak reference, and a widget is nearly always in a reference
    cycle (a page and its watch, connected lambdas). Once the test's own name for it is
    gone, Python's garbage collector would delete it whenever it next runs: in the
    middle of that widget's own paint event while pytest-qt processes the events left
    after the test, and Qt then painted on a deleted widget (a segmentation fault in
    the note delegate's paint). Kept here, it is deleted at a known moment instead."""
    kept: dict[int, object] = {}
    add = qtbot.addWidget

    def add_and_keep(widget, *, before_close_func=None):
        key = id(widget)
        kept[key] = widget
        # One Qt deleted during the test (WA_DeleteOnClose) is let go at once: pytest-qt
        # closes the widgets its weak references still reach.
        widget.destroyed.connect(lambda *_: kept.pop(key, None))
        add(widget, before_close_func=before_close_func)

    monkeypatch.setattr(qtbot, "addWidget", add_and_keep)
    yield
    # pytest-qt has closed them and asked for deleteLater(); nothing runs an event
    # loop between tests, so the deletion is sent here (as QTest.qWait would).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    kept.clear()


@pytest.fixture
def dutch(qm_dir):
    """The interface in Dutch for one test (back to English afterwards)."""
    from ui import i18n
    loaded = i18n.install("nl")
    assert "ui_nl.qm" in loaded
    return loaded


class Boxes:
    """Message boxes shown during a test, instead of blocking it."""

    def __init__(self) -> None:
        self.shown: list[dict] = []
        self.click: str | None = None  # text of a button to press on the next box

    def texts(self) -> str:
        return "\n".join(f"{b['title']} | {b['text']} | {b['info']}" for b in self.shown)


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    found = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        found.shown.append({"title": box.windowTitle(), "text": box.text(),
                            "info": box.informativeText(), "detail": box.detailedText(),
                            "buttons": [b.text() for b in box.buttons()]})
        if found.click:
            for button in box.buttons():
                if button.text() == found.click:
                    button.click()
                    found.click = None
                    return 0
        return int(QMessageBox.StandardButton.Close)

    def fake_static(kind):
        def show(parent, title, text, *args, **kwargs):
            found.shown.append({"title": title, "text": text, "info": "", "detail": "",
                                "buttons": [], "kind": kind})
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake_static(kind)))
    return found


# -- events ------------------------------------------------------------------------------


@pytest.fixture
def event_path(tmp_path) -> Path:
    return build_event(tmp_path / "wijkgesprek.oogst")


@pytest.fixture
def demo_or_small(tmp_path) -> Path:
    """The demo meeting when its template is there, else the small event."""
    if (SESSIONS_DIR / f"{DEMO_TEMPLATE}.toml").exists():
        from facilitator.sessions import create_from_template
        from facilitator.templates import find_template
        path = tmp_path / "demo.oogst"
        create_from_template(path, find_template(DEMO_TEMPLATE)).close()
        return path
    return build_event(tmp_path / "small.oogst")


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


# -- a meeting with notes behind a bridge (capture, plenary, actions) ----------------------

PERSPECTIVES = [("Burgers/inwoners", "#1b9e77", "1"), ("Gemeenten", "#d95f02", "2"),
                ("Zorgverzekeraars", "#7570b3", "3"), ("Banken", "#e7298a", "4"),
                ("Ministeries", "#66a61e", "0")]


def build_meeting(path) -> dict:
    """Perspectives, people, two tables with three shared rounds, a plenary."""
    event = EventFile.create(path, title="Samenspel test", language="nl")
    ids: dict = {"perspectives": []}
    for name, colour, key in PERSPECTIVES:
        ids["perspectives"].append(event.add_perspective(name=name, colour=colour,
                                                         shortcut=key))
    ids["kees"] = event.add_participant(name="Kees Fortuin", organisations=["De Nieuwe Jutter"],
                                        perspective_id=ids["perspectives"][0])
    ids["petra"] = event.add_participant(name="Petra de Vries", organisations=["Gemeente Zwolle"],
                                         perspective_id=ids["perspectives"][1])
    ids["tables"] = [event.add_table(theme="Structurele financiering", pitch="Austerlitz Zorgt",
                                     host_id=ids["kees"]),
                     event.add_table(theme="Zelfregie en eigen kracht")]
    ids["rounds"] = [
        event.add_question(kind="round", text="Wat zijn wensen en ambities?", label="1",
                           minutes=20),
        event.add_question(kind="round", text="Wie of wat is er nodig: zelf, regionaal of "
                                              "landelijk?", label="2", minutes=30),
        event.add_question(kind="round", text="Conclusies", label="3", minutes=10)]
    ids["plenary"] = event.add_programme_item(title="Plenaire oogst", kind="plenary",
                                              planned_minutes=30)
    ids["plenary_question"] = event.add_question(
        kind="plenary", text="Wat heeft het mij opgeleverd? Wat neem ik mee?")
    event.close()
    return ids


@pytest.fixture
def event_ids(tmp_path):
    path = tmp_path / "meeting.oogst"
    ids = build_meeting(path)
    ids["path"] = path
    return ids


@pytest.fixture
def bridge(event_ids, qtbot):
    from ui.bridge import EventBridge

    event = EventFile.open(event_ids["path"])
    bridge = EventBridge(event)
    yield bridge
    if bridge.event._conn is not None:
        bridge.close()


@pytest.fixture
def messages(bridge):
    """Every status message the bridge emitted, in order."""
    seen: list[str] = []
    bridge.statusMessage.connect(seen.append)
    return seen


@pytest.fixture
def meeting(bridge, event_ids, tmp_path):
    """The small meeting with notes, an action, a follow-up meeting and a photo."""
    from PySide6.QtGui import QColor, QImage

    event = bridge.event
    table, first_round = event_ids["tables"][0], event_ids["rounds"][0]
    note = event.add_note(text="Wijkteam en huisarts aan één tafel", table_id=table,
                          question_id=first_round, perspective_id=event_ids["perspectives"][0],
                          kind="wish", speaker_id=event_ids["kees"])
    event.add_note(text="Subsidie versus structurele financiering", table_id=table,
                   question_id=first_round, kind="dilemma", party="Zorgverzekeraar",
                   parent_id=note)
    event.add_note(text="Wat neem ik mee: elkaar kennen", programme_item_id=event_ids["plenary"],
                   question_id=event_ids["plenary_question"],
                   perspective_id=event_ids["perspectives"][1])
    event.add_note(text="Zonder perspectief", programme_item_id=event_ids["plenary"],
                   question_id=event_ids["plenary_question"])
    event.action_from_note(note, owner="Gemeente Zwolle")
    event.add_action(what="Regionale agenda", owner="Movisie", partners=["VNG", "NLZVE"],
                     level="regionaal", due_date="2018-03-01", status="bezig")
    event.add_follow_up(topic="Terugkomdag", date="2018-04-12", organiser="Movisie")
    event.add_follow_up(topic="Nog te plannen")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    image.save(str(tmp_path / "flap.png"))
    event.add_attachment(path=tmp_path / "flap.png", table_id=table, question_id=first_round)
    return event


# -- the room: a fake clock and the small room meeting (timer bar, projector) ----------------


@pytest.fixture
def clock():
    return FakeClock(datetime(2024, 3, 14, 12, 0, tzinfo=timezone.utc))


@pytest.fixture
def room(qtbot, tmp_path):
    """(bridge, ids) over a fresh event file with the small room meeting."""
    from ui.bridge import EventBridge
    ev = EventFile.create(tmp_path / "room.oogst")
    ids = build_room(ev)
    bridge = EventBridge(ev)
    yield bridge, ids
    bridge.close()


# -- the demo meeting behind a bridge (seating, voting) ---------------------------------------


class Demo:
    """The demo meeting open behind a bridge; `reopen()` closes and opens it again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.messages: list[str] = []
        self._open()

    def _open(self) -> None:
        from ui.bridge import EventBridge
        self.bridge = EventBridge(EventFile.open(self.path))
        self.messages = []
        self.bridge.statusMessage.connect(self.messages.append)

    @property
    def event(self) -> EventFile:
        return self.bridge.event

    def reopen(self) -> None:
        self.bridge.close()
        self._open()

    def close(self) -> None:
        if self.bridge.event._conn is not None:
            self.bridge.close()


@pytest.fixture
def demo(qtbot, demo_file):
    opened = Demo(demo_file)
    yield opened
    opened.close()


# -- is the GUI thread free? ---------------------------------------------------------------


# The responsiveness tests slow the work down to 1.5 s on purpose: run on the GUI
# thread, it would show as one gap of 1.5 s or more. `TickRecorder.BLOCKED_MS` tells the two
# apart with room for a busy, shared CI machine; the measured gaps (typically
# 20-40 ms) are printed, and the figures belong in the closing notes, not in a
# pass/fail threshold (timing on shared machines is noisy).
class TickRecorder:
    """A QTimer on the GUI thread that ticks every `interval` ms and records the gaps.

    While long work runs in the background, ticks keep coming; a GUI thread
    that is blocked shows as one long gap (compare with `BLOCKED_MS`).
    """

    BLOCKED_MS = 750  # see above

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

