"""Every visible string of the timer bar and the projector has a Dutch translation."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.projector import ProjectorWindow
from ui.timer_bar import TimerBar

from .conftest import ROOM_TS, ROOT

SOURCES = [ROOT / "ui" / "timer_bar.py", ROOT / "ui" / "projector.py"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_ts_has_every_string_of_the_code_translated(tmp_path):
    """lupdate over the code finds nothing that the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, SOURCES), "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    in_code = set(messages(fresh))
    committed = messages(ROOM_TS)
    assert in_code - set(committed) == set(), "run pyside6-lupdate and translate"
    for key in in_code:
        translation = committed[key]
        assert translation is not None and (translation.text or "").strip(), key
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), key


@pytest.fixture
def dutch(room_qm):
    translator = QTranslator()
    assert translator.load(str(room_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def visible_texts(bar: TimerBar, projector: ProjectorWindow) -> set[str]:
    texts = {bar.item_label.text()}
    for action in bar.actions() + projector.actions():
        texts |= {action.text(), action.toolTip().split(" (")[0]}
    bar.start_menu.aboutToShow.emit()
    for action in bar.start_menu.actions():
        texts.add(action.text())
        if action.menu():
            texts |= {a.text() for a in action.menu().actions()}
    texts |= {label for _, label in projector.wall_choices()}
    screen = projector.screen_content
    texts |= {screen.kicker, screen.caption, screen.footer, screen.secondary,
              projector.windowTitle()}
    return {t for t in texts if t}


def test_visible_strings_are_dutch(qtbot, room, clock, dutch):
    bridge, ids = room
    english = {source for (_, source), tr in messages(ROOM_TS).items()
               if tr is not None and tr.text != source and "%" not in source}
    bar = TimerBar(bridge, clock=clock, sound=lambda kind: None)
    projector = ProjectorWindow(bridge, clock=clock)
    qtbot.addWidget(bar)
    qtbot.addWidget(projector)
    seen: set[str] = set()
    for step in ("idle", "talk", "paused", "tables", "overrun"):
        if step == "talk":
            bar.next_item()
        elif step == "paused":
            bar.toggle_pause()
        elif step == "tables":
            bar.start_item(ids["tables"])
            bar.choose_round(1)
        elif step == "overrun":
            clock.advance(minutes=80)
            bar.room.tick()
            projector.room.tick()
        seen |= visible_texts(bar, projector)
    untranslated = sorted(seen & english)
    assert untranslated == []
    assert "Volgende" in seen and "Pauze" in seen and "Geluid" in seen
    assert "De tijd is om" in seen and "Tafel 1: Eenzaamheid in de wijk" in seen
    assert any(t.startswith("Hierna: ") for t in seen)
