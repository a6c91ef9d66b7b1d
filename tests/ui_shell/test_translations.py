"""Dutch is complete: every string of the shell is in oogst_nl.ts with a translation,
the .ts is in step with the code, no visible text is a bare English literal, and with
the Dutch translation loaded no widget of the shell shows an English source text."""
from __future__ import annotations

import ast
import glob
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox,
                               QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QListWidget,
                               QMenu, QPlainTextEdit, QTabWidget, QWidget)

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "oogst_nl.ts"
TS_EN = ROOT / "resources" / "translations" / "oogst_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")
# Words that are the same in both languages, or names of languages in their own language.
SAME = {"Oogst", "Pitch", "&Pitch", "E-mail", "tab", "&Help", "Label"}


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    out = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message))
    return out


def translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    forms = [f.text or "" for f in tr.findall("numerusform")]
    return forms if message.get("numerus") == "yes" else [tr.text or ""]


def shown(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def my_sources() -> list[str]:
    return [f for pattern in i18n.SOURCES for f in sorted(glob.glob(str(ROOT / pattern)))]


# -- the .ts files ------------------------------------------------------------------------


def test_every_string_has_a_dutch_translation():
    problems = []
    for context, source, message in messages(TS):
        tr = message.find("translation")
        forms = translations(message)
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs two plural forms")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} loses a placeholder")
    assert not problems, "\n".join(problems)


def test_english_plurals_are_complete():
    for context, source, message in messages(TS_EN):
        forms = translations(message)
        assert len(forms) == 2 and all("%n" in f for f in forms), (context, source)


def test_ts_is_in_step_with_the_code(tmp_path):
    """lupdate over the shell's files finds nothing that oogst_nl.ts lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *my_sources(), "-ts", str(fresh)], check=True,
                   capture_output=True)
    committed = {(c, s) for c, s, _m in messages(TS)}
    missing = [(c, s) for c, s, _m in messages(fresh) if (c, s) not in committed]
    assert not missing, f"run `python -m ui.i18n` and translate: {missing}"


def test_core_operation_names_are_in_both_catalogues():
    """Every operation the core runs has a name in Dutch and English (the Edit menu)."""
    from facilitator.words import catalogue
    found: set[str] = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'change\(\s*"([^"]+)"', text))
    assert "op.add_note" in found and "op.delete_actions" in found
    for lang in ("nl", "en"):
        assert found - set(catalogue(lang)) == set()
    assert catalogue("nl")["op.add_note"] == "Oogstpunt toevoegen"


# -- no bare English in the code -------------------------------------------------------------

TEXT_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle",
              "addTab", "addMenu", "addAction", "setStatusTip", "setButtonText",
              "setSubTitle", "setSpecialValueText", "addRow", "showMessage", "setInformativeText",
              "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QDockWidget",
              "setHorizontalHeaderLabels", "Column", "addItem", "QListWidgetItem"}
ALLOWED = {"Nederlands", "English"}  # language names in their own language


def test_no_bare_english_literals_in_visible_texts():
    problems = []
    for file in my_sources():
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_CALLS:
                continue
            for arg in node.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                        re.search(r"[A-Za-z]{2}", arg.value) and arg.value not in ALLOWED:
                    problems.append(f"{Path(file).name}:{node.lineno} {arg.value!r}")
    assert not problems, "wrap in self.tr()/translate(): " + ", ".join(problems)


# -- the running interface in Dutch ------------------------------------------------------------


def english_sources() -> dict[str, str]:
    """Shown form of each English source text whose Dutch translation differs."""
    out = {}
    for _context, source, message in messages(TS):
        if "%" in source:
            continue
        dutch = translations(message)[0]
        if shown(dutch) != shown(source) and source not in SAME:
            out[shown(source)] = dutch
    return out


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: object) -> None:
        if isinstance(text, str) and text:
            found.append((f"{type(where).__name__}#{where.objectName()}", shown(text)))

    for w in [root, *root.findChildren(QWidget)]:
        add(w, w.toolTip())
        if w.isWindow():
            add(w, w.windowTitle())
        if isinstance(w, QLabel):
            add(w, w.text())
        if isinstance(w, QAbstractButton):
            add(w, w.text())
        if isinstance(w, QGroupBox):
            add(w, w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w, w.placeholderText())
        if isinstance(w, QLineEdit) and w.isReadOnly():
            add(w, w.text())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, w.item(i).text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount()
            except TypeError:  # list models hide columnCount()
                columns = 1
            for c in range(columns):
                add(w, model.headerData(c, Qt.Orientation.Horizontal))
                if model.rowCount():
                    add(w, model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole))
        for action in w.actions():
            add(w, action.text())
            add(w, action.toolTip() if action.toolTip() != shown(action.text()) else "")
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            found.append((menu.title(), shown(action.text())))
            if action.menu():
                walk(action.menu())

    for action in window.menuBar().actions():
        found.append(("menu bar", shown(action.text())))
        walk(action.menu())
    return found


def assert_dutch(texts: list[tuple[str, str]], english: dict[str, str]) -> None:
    endonyms = {("QComboBox#languageChoice", "English")}  # each language in its own words
    bad = sorted({f"{where}: {text!r} (should be {english[text]!r})"
                  for where, text in texts if text in english and (where, text) not in endonyms})
    assert not bad, "English text in the Dutch interface:\n" + "\n".join(bad)


OWN_PAGES = ("programme", "tables", "perspectives", "participants")


@pytest.fixture
def dutch_window(dutch, qtbot, demo_or_small):
    from ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_or_small)
    yield window
    window.close_event()


def test_main_window_and_own_views_are_dutch(dutch_window, qtbot):
    window = dutch_window
    english = english_sources()
    assert english["Theme tables"] == "Thematafels"  # the check itself works
    texts = menu_texts(window)
    assert ("menu bar", "Bestand") in texts
    texts += [("nav", window.nav.item(i).text()) for i in range(window.nav.count())]
    window.find()
    qtbot.keyClicks(window.search.field, "wijk")
    window.search.search()
    texts += widget_texts(window.search_dock)
    texts += widget_texts(window.statusBar())
    for key in OWN_PAGES:
        page = window.navigate(key)
        texts += widget_texts(page)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                texts += widget_texts(tabs.widget(i))
    assert len(texts) > 150
    assert_dutch(texts, english)
    assert "Alles opgeslagen" in window.saved_label.text()


def test_dialogs_are_dutch(dutch_window, qtbot, tmp_path):
    from ui.import_wizard import ImportWizard
    from ui.preferences import PreferencesDialog
    from ui.prep.new_event import NewEventDialog, SaveTemplateDialog
    english = english_sources()
    window = dutch_window
    texts = []
    for dialog in (NewEventDialog(window), PreferencesDialog(window),
                   SaveTemplateDialog("X", window)):
        texts += widget_texts(dialog)
        box = dialog.findChild(QDialogButtonBox)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuleren"  # Qt's own Dutch
        dialog.deleteLater()
    csv = tmp_path / "lijst.csv"
    csv.write_text("Naam;Organisatie;Perspectief\nAnna;Buurtkamer;Marsbewoners\n;;\n"
                   "Bert;;\nAnna;Buurtkamer;\n", encoding="utf-8")
    wizard = ImportWizard(window.bridge, window)
    wizard.show()
    wizard.file_page.path.setText(str(csv))
    wizard.file_page.load()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    texts += widget_texts(wizard)
    wizard.next()
    texts += widget_texts(wizard)
    wizard.next()
    texts += widget_texts(wizard)
    problems = [wizard.check_page.problems.item(r, 2).text()
                for r in range(wizard.check_page.problems.rowCount())]
    assert any("niet geïmporteerd" in p for p in problems), problems
    assert "deelnemers worden geïmporteerd" in wizard.check_page.summary.text() or \
        "deelnemer wordt geïmporteerd" in wizard.check_page.summary.text()
    wizard.reject()
    assert_dutch(texts, english)


def test_error_dialogs_are_dutch(dutch_window, boxes, tmp_path):
    path = tmp_path / "geen.oogst"
    path.write_text("tekst", encoding="utf-8")
    dutch_window.open_path(path)
    assert boxes.shown[0]["text"] == "“geen.oogst” is geen Oogst-bestand"
    assert boxes.shown[0]["title"] == "Bestand openen lukt niet"
