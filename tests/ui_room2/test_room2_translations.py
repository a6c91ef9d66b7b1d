"""Every visible string of the seating and voting views has a Dutch translation."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QLabel, QListWidget, QTableView,
                               QWidget)

from facilitator.words import tr
from ui.seating_view import SeatingView
from ui.voting_view import VotingView

from .conftest import ROOM2_TS, SOURCES, show


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_ts_has_every_string_of_the_code_translated(tmp_path):
    """lupdate over the views finds nothing that the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, SOURCES), "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    in_code = set(messages(fresh))
    committed = messages(ROOM2_TS)
    assert in_code - set(committed) == set(), "run pyside6-lupdate and translate"
    for key in in_code:
        translation = committed[key]
        assert translation is not None and (translation.text or "").strip(), key
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), key
    placeholders = re.compile(r"\{[^}]*\}")
    for (context, source), translation in committed.items():
        assert sorted(placeholders.findall(source)) == sorted(
            placeholders.findall(translation.text or "")), (context, source)


TEXT_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle",
              "addMenu", "addAction", "showMessage", "QLabel", "QPushButton", "QCheckBox",
              "QAction", "addItem", "QListWidgetItem", "setHorizontalHeaderLabels", "emit"}


def test_no_bare_english_literals_in_visible_texts():
    problems = []
    for file in SOURCES:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_CALLS:
                continue
            for arg in node.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                        re.search(r"[A-Za-z]{2}", arg.value):
                    problems.append(f"{file.name}:{node.lineno} {arg.value!r}")
    assert not problems, "wrap in self.tr(): " + ", ".join(problems)


@pytest.fixture
def dutch(room2_qm):
    translator = QTranslator()
    assert translator.load(str(room2_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def english_patterns() -> list[re.Pattern[str]]:
    """The English sources (that Dutch changes) as patterns: placeholders match anything."""
    out = []
    for (_context, source), tr in messages(ROOM2_TS).items():
        if tr is None or tr.text == source:
            continue
        parts = re.split(r"\{[^}]*\}", source)
        out.append(re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL))
    return out


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            texts |= set(re.split(r"<br>|<[^>]+>", label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            texts |= {button.text(), button.toolTip()}
    for combo in root.findChildren(QComboBox):
        texts |= {combo.itemText(i) for i in range(combo.count())}
    for widget in root.findChildren(QListWidget):
        for i in range(widget.count()):
            texts |= {widget.item(i).text(), *widget.item(i).toolTip().split("\n")}
    for view in root.findChildren(QTableView):
        model = view.model()
        for column in range(model.columnCount()):
            texts.add(model.headerData(column, Qt.Orientation.Horizontal))
            if model.rowCount():
                texts.add(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
                          or "")
    return {t.strip() for t in texts if t and t.strip()}


def test_visible_strings_are_dutch(qtbot, demo, dutch):
    patterns = english_patterns()
    seen: set[str] = set()
    seating = show(qtbot, SeatingView(demo.bridge))
    seen |= visible_texts(seating)
    assert seating.make_plan() is not None
    seen |= visible_texts(seating)  # busy: the button and the status say so
    seen.add(demo.messages[-1])
    assert demo.messages[-1] == "De tafelschikking wordt gemaakt…"
    qtbot.waitUntil(lambda: seating.plan is not None and not seating.busy
                    and demo.messages[-1].startswith("Tafelschikking gemaakt"), timeout=20000)
    seen |= visible_texts(seating)
    seen.add(demo.messages[-1])
    host = next(t for t in demo.event.tables() if t.host_id)
    menu = seating.move_menu(host.host_id, 0)
    seen |= {a.text() for a in menu.actions()}
    menu.actions()[0].trigger()  # refused, with a Dutch message
    seen.add(demo.messages[-1])
    assert "is tafelhost van tafel" in demo.messages[-1]
    guest = next(i for i in seating.plan.rounds[0][host.id] if i != host.host_id)
    seating.move(guest, 0, next(t.id for t in seating.plan.tables if t.id != host.id))
    seen.add(demo.messages[-1])
    newcomer = demo.bridge.run(demo.event.add_participant, name="Nieuw")
    demo.bridge.run(demo.event.assign_participant, newcomer,
                    table_id=host.id)
    seen |= visible_texts(seating)
    voting = show(qtbot, VotingView(demo.bridge))
    seen |= visible_texts(voting)
    voting.dots_spin.setValue(1)
    demo.bridge.run(demo.event.set_votes, voting.model.note_ids()[0], votes=50)
    seen |= visible_texts(voting)
    voting.mode_combo.setCurrentIndex(1)
    seen |= visible_texts(voting)
    untranslated = sorted(t for t in seen if any(p.fullmatch(t) for p in patterns))
    assert untranslated == []
    assert "Tafelschikking maken" in seen or "Nieuwe tafelschikking maken" in seen
    assert "Kwaliteit van de schikking" in seen and "Stippen" in seen and "Kernpunt" in seen
    assert any(t.endswith("(tafelhost)") for t in seen)
    assert any("te veel: tel nog eens na" in t for t in seen)
    assert any(t.startswith("Verplaatsen naar tafel") for t in seen)
    assert any(" zit nu in ronde 1 aan tafel " in t for t in seen)
    # the undo texts of the seating operations come from the core's Dutch catalogue
    assert [tr(k, "nl") for k in ("op.make_seating_plan", "op.move_seat",
                                   "op.clear_seating_plan")] == [
        "Tafelschikking maken", "Plaats verschuiven", "Tafelschikking wissen"]
