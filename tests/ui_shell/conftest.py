"""Fixtures for the GUI shell tests: isolated settings, compiled translations,
small events built through the core API, and capturing message boxes."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.templates import DEMO_TEMPLATE, SESSIONS_DIR  # noqa: E402


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    """Every resources/translations/*.ts compiled into a temporary folder."""
    from ui import i18n
    target = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(i18n.TRANSLATIONS_DIR, target)
    assert list(target.glob("*_nl.qm")), "pyside6-lrelease produced no .qm files"
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
    from ui import i18n
    loaded = i18n.install("nl")
    assert "oogst_nl.qm" in loaded
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


def build_event(path: Path) -> Path:
    """A small event with two perspectives, two tables, people, rounds and notes."""
    with EventFile.create(path, title="Wijkgesprek Zuid") as ev:
        ev.update_event(date="2024-03-14", venue="Buurthuis De Linde",
                        organiser="Gemeente Zuid")
        burgers = ev.add_perspective(name="Burgers/inwoners", colour="#332288", shortcut="1")
        gemeente = ev.add_perspective(name="Gemeenten", colour="#44aa99", shortcut="2")
        ev.add_programme_item(title="Opening", kind="opening", planned_start="13:00",
                              planned_minutes=15)
        ev.add_programme_item(title="Thematafels", kind="table_round", planned_start="13:15",
                              planned_minutes=60)
        t1 = ev.add_table(theme="Eenzaamheid in de wijk", pitch="Buurtkamer Zuid")
        ev.add_table(theme="Mantelzorg")
        anna = ev.add_participant(name="Anna de Wit", organisations=["Buurtkamer Zuid"],
                                  perspective_id=burgers)
        piet = ev.add_participant(name="Piet Jansen", organisations=["Gemeente Zuid"],
                                  function="wijkregisseur", perspective_id=gemeente)
        ev.assign_participant(anna, table_id=t1)
        ev.assign_participant(piet, table_id=t1)
        ev.update_table(t1, host_id=piet)
        ev.add_question(text="Wat is er nodig?", kind="round", label="1", minutes=20)
        ev.add_question(text="Wie doet wat?", kind="round", label="2", minutes=30)
        q = ev.add_question(text="Hoe bereik je mensen die niet komen?", table_id=t1,
                            label="a", initiatives=["Buurtkamer Zuid"])
        ev.add_question(text="Via de huisarts?", table_id=t1, parent_id=q)
        ev.add_note(text="Koffieochtenden in de bibliotheek werken goed", table_id=t1,
                    perspective_id=burgers)
        ev.add_note(text="Ouderen vinden de weg naar het loket niet", table_id=t1,
                    perspective_id=gemeente, kind="need")
        ev.add_note(text="Wat neem ik mee: de bibliotheek als ontmoetingsplek",
                    perspective_id=burgers)
    return path


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
    from ui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close_event()
