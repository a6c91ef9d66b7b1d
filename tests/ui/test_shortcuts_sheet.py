"""Help > Keyboard shortcuts (ui/shortcuts_sheet.py): the list is read from the real
actions and shortcuts (a new one shows up by itself), and the printable sheet is one
PDF page with every key on it."""
from __future__ import annotations

import re
import subprocess
import unicodedata

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.domain import NOTE_KINDS
from ui import shortcuts_sheet
from ui.capture.common import kind_label, kind_letter


def _all_rows(groups):
    return {row for group in groups for row in group.rows}


def _menu_shortcuts(window):
    found = set()

    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.shortcut().isEmpty():
                found.add((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                           action.text().replace("&", "")))
    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def test_every_key_of_the_open_event_is_listed(qtbot, window, event_ids):
    assert window.open_path(event_ids["path"])
    groups = shortcuts_sheet.collect(window)
    rows = _all_rows(groups)
    keys = {keys for keys, _what in rows}
    shown = " ".join(f"{k} {w}" for k, w in rows)
    for key, text in _menu_shortcuts(window):
        assert any(key in k.split(" / ") and w == text for k, w in rows), (key, text)
    for key in ("Ctrl+Shift+P", "F5", "F6", "F7", "F8", "F11", "Esc", "W", "F2",
                "Ctrl+Shift+A", "Ctrl+S", "Alt+Shift+P", "Alt+Shift+K", "Alt+S"):
        assert any(key in k.split(" / ") for k in keys), key
    for kind in NOTE_KINDS:
        assert (f"Alt+{kind_letter(kind)}", f"Kind: {kind_label(kind)}") in rows
    for perspective, digit in zip(event_ids["perspectives"], "12340"):
        name = window.bridge.event.perspective(perspective).name
        assert (f"Ctrl+{digit}", f"Perspective: {name}") in rows
    assert "Move up" in shown and "Delete" in shown  # the prep lists' QShortcuts
    titles = [g.title for g in groups]
    assert titles[:4] == ["File", "Edit", "View", "Help"] and "Projector window" in titles


def test_a_new_action_shows_up_by_itself(qtbot, window, event_ids):
    assert window.open_path(event_ids["path"])
    page = window.pages["actions"]
    action = QAction("Sort by owner", page)
    action.setShortcut(QKeySequence("Ctrl+Alt+O"))
    page.addAction(action)
    groups = shortcuts_sheet.collect(window)
    [agenda] = [g for g in groups if g.title == "Action agenda"]
    assert ("Ctrl+Alt+O", "Sort by owner") in agenda.rows


def test_on_the_welcome_the_pages_keys_are_listed_too(qtbot, window):
    assert window.bridge is None
    titles = [g.title for g in shortcuts_sheet.collect(window)]
    assert "Live capture" in titles and "Projector window" in titles
    assert window.bridge is None and not window.pages


def test_the_sheet_is_one_pdf_page_with_every_key(qtbot, window, event_ids, tmp_path,
                                                  monkeypatch):
    assert window.open_path(event_ids["path"])
    from PySide6.QtWidgets import QFileDialog
    target = tmp_path / "sneltoetsen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    [keys_action] = [a for a in window.menuBar().actions()[-1].menu().actions()
                     if a.text().replace("&", "") == "Keyboard shortcuts"]
    keys_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, shortcuts_sheet.ShortcutsDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Ctrl+Shift+P" in text and "Kind: Wish" in text
    assert dialog.save_pdf() == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\b", info), info
    printed = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                             text=True).stdout
    printed = unicodedata.normalize("NFKC", printed)  # the "ﬁ" ligature
    for group in dialog.groups:
        for keys, what in group.rows:
            first_word = unicodedata.normalize("NFKC", what.split(" ")[0])
            assert keys.split(" / ")[0] in printed and first_word in printed, (keys, what)
    dialog.close()


def test_the_list_is_dutch_in_the_dutch_interface(qtbot, window, event_ids, dutch):
    assert window.open_path(event_ids["path"])
    window.retranslate()
    groups = shortcuts_sheet.collect(window)
    titles = [g.title for g in groups]
    assert titles[:4] == ["Bestand", "Bewerken", "Beeld", "Help"]
    assert "Projectorvenster" in titles
    rows = _all_rows(groups)
    assert ("Alt+W", "Soort: Wens") in rows
    assert any(what == "Oogstpunt opslaan" for _k, what in rows)
