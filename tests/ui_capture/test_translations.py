"""Every visible string of the capture, plenary and agenda views is Dutch in Dutch.

The .ts is compiled to a temporary .qm with pyside6-lrelease, installed with
the interface's own i18n module, and the views are built twice (English,
then Dutch) over the same meeting. A string that looks the same in both and
is not the meeting's own data (names, themes, notes) or a word that really
is the same in both languages (a translation equal to its source in the
.ts, a core label such as "Open") was not translated: the test names it.
A second test runs pyside6-lupdate and fails when a string in the code is
missing from the .ts or has no Dutch translation.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel,
                               QLineEdit, QMenu, QPlainTextEdit, QWidget)

from facilitator import words
from ui import i18n

from .helpers import show

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "oogst_capture_nl.ts"
SOURCES = sorted([*(ROOT / "ui" / "capture").glob("*.py"), ROOT / "ui" / "plenary_view.py",
                  ROOT / "ui" / "actions_view.py", ROOT / "ui" / "photos.py",
                  ROOT / "ui" / "note_models.py"])
KEY_WORDS = {"Ctrl", "Alt", "Shift", "Tab", "Esc", "Enter", "F2", "PNG", "JPEG", "GIF",
             "WebP", "BMP", "MB", "kB", "min", "png"}


def tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if not path.exists():
        pytest.fail(f"{name} is missing from the venv (PySide6 installs it)")
    return str(path)


def ts_messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "",
                                                       translation.get("type"))
    return out


@pytest.fixture
def qm_folder(tmp_path) -> Path:
    folder = tmp_path / "qm"
    folder.mkdir()
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(folder / "oogst_capture_nl.qm")], check=True, timeout=120)
    return folder


def data_strings(event) -> list[str]:
    """Every text that comes from the meeting itself, longest first."""
    texts = {event.event().title}
    texts |= {p.name for p in event.perspectives()}
    for person in event.participants():
        texts |= {person.name, *person.organisations}
    for table in event.tables():
        texts |= {table.theme, table.pitch, table.initiative}
    texts |= {q.text for q in event.questions()} | {q.label for q in event.questions()}
    texts |= {n.text for n in event.notes()} | {n.party for n in event.notes()}
    for action in event.actions():
        texts |= {action.what, action.owner, action.period, *action.partners}
    for meeting in event.follow_ups():
        texts |= {meeting.topic, meeting.organiser}
    texts |= {p.title for p in event.programme()} | {a.filename for a in event.attachments()}
    return sorted((t for t in texts if t), key=len, reverse=True)


def strings_of(widget: QWidget) -> set[str]:
    """The texts a user can see (or hover) in a widget tree, menus and headers included."""
    found: set[str] = set()

    def add(text) -> None:
        if isinstance(text, str) and text:
            found.add(text.replace("&", "").strip())

    for w in [widget, *widget.findChildren(QWidget)]:
        add(w.toolTip())
        if isinstance(w, QLabel):
            add(w.text())
        if isinstance(w, QAbstractButton):
            add(w.text())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        if isinstance(w, QMenu):
            add(w.title())
        for action in w.actions():
            add(action.text())
            add(action.toolTip())
        if isinstance(w, QAbstractItemView) and isinstance(w.model(), QAbstractItemModel):
            model = w.model()
            try:
                columns = model.columnCount()
            except TypeError:  # Qt's own internal list model (QListWidget): no headers
                continue
            for section in range(columns):
                add(model.headerData(section, Qt.Orientation.Horizontal))
            if hasattr(w, "placeholder"):
                add(w.placeholder)
            if hasattr(w, "make_menu") and model.rowCount():
                w.setCurrentIndex(model.index(0, 0))
                menu = w.make_menu()
                found |= strings_of(menu)
                for action in menu.actions():
                    if action.menu():
                        found |= strings_of(action.menu())
    return found


def build_all(bridge) -> set[str]:
    from ui.actions_view import ActionsView, DateEditor
    from ui.capture import CaptureView
    from ui.plenary_view import PlenaryView

    found: set[str] = set()
    views = [CaptureView(bridge), PlenaryView(bridge), ActionsView(bridge), DateEditor()]
    for view in views:
        view.resize(1280, 800)
        view.show()
        if isinstance(view, CaptureView):
            for round_index in range(view.round_combo.count()):  # "General" too
                view.round_combo.setCurrentIndex(round_index)
                found |= strings_of(view)
            view.bar.toggle_kind("dilemma")
            view.bar.nest()
        found |= strings_of(view)
        view.close()
        view.deleteLater()
    return found


def same_in_both_languages(messages) -> list[re.Pattern]:
    """Sources whose Dutch is the same on purpose ("Partners", "Pitch: {pitch}")."""
    patterns = []
    for (_context, source), (translation, _type) in messages.items():
        if translation == source:
            parts = re.split(r"\{\w+\}", source)
            patterns.append(re.compile("^" + ".*".join(re.escape(p) for p in parts) + "$",
                                       re.S))
    return patterns


def test_every_visible_string_is_translated(qtbot, meeting, bridge, qm_folder):
    english = build_all(bridge)
    try:
        loaded = i18n.install("nl", qm_folder)
        assert "oogst_capture_nl.qm" in loaded
        dutch = build_all(bridge)
    finally:
        i18n.install("en", qm_folder)
    data = data_strings(meeting)
    same_ok = same_in_both_languages(ts_messages(TS))
    english_words = words.catalogue("en")
    core_same = sorted({nl for key, nl in words.catalogue("nl").items()
                        if nl == english_words.get(key)}, key=len, reverse=True)

    def untranslated(text: str) -> bool:
        if any(p.match(text) for p in same_ok):
            return False
        rest = text
        for item in [*data, *core_same]:
            rest = rest.replace(item, " ")
        if rest.endswith("…"):  # a shortened data text
            rest = "" if any(d.startswith(rest[:-1].strip()) for d in data) else rest
        words = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in KEY_WORDS]
        return bool(words) and not (len(words) == 1 and len(words[0]) == 1)

    problems = sorted(t for t in dutch & english if untranslated(t))
    assert not problems, "shown in English under a Dutch interface:\n" + "\n".join(problems)
    # and the Dutch build really shows Dutch words
    assert {"Oogstpunt", "Perspectief", "Actieagenda", "Vervolgbijeenkomsten"} <= dutch


def test_the_ts_file_is_complete_and_current(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    in_code = set(ts_messages(fresh))
    committed = ts_messages(TS)
    current = {key for key, (_t, kind) in committed.items()
               if kind not in ("vanished", "obsolete")}
    missing = sorted(in_code - current)
    assert not missing, f"run lupdate and translate: {missing}"
    untranslated = sorted(key for key in in_code
                          if not committed[key][0].strip() or committed[key][1] == "unfinished")
    assert not untranslated, f"no Dutch yet: {untranslated}"
    # placeholders survive translation ({name} in English -> {name} in Dutch)
    for key in in_code:
        source, translation = key[1], committed[key][0]
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(
            re.findall(r"\{\w+\}", translation)), key
