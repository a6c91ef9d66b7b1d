"""Help > Quick guide and Help > Keyboard shortcuts (ui/help_menu.py): a real guide in
the interface language, whose keys are keys the program really has."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import help_menu, shortcuts_sheet

KEY = re.compile(r"\b(?:(?:Ctrl|Alt|Shift)\+)+(?:[A-Z]\b|F\d+|\d|/)|\bF\d+\b|\bEsc\b")


def _help_action(window, text):
    menu = window.menuBar().actions()[-1].menu()
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _open_guide(qtbot, window) -> help_menu.QuickGuide:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, help_menu.QuickGuide) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_f1_opens_the_english_guide(qtbot, window):
    assert _help_action(window, "Quick guide").shortcut().toString() == "F1"
    assert _help_action(window, "Keyboard shortcuts").shortcut().toString() == "Ctrl+/"
    dialog = _open_guide(qtbot, window)
    text = dialog.browser.toPlainText()
    assert text.startswith("Oogst in ten minutes")
    for words in ("demo meeting", "blank meeting", "Export", "Ctrl+Z", "Projector"):
        assert words in text
    assert "#" not in text  # Markdown shown as text, not as source
    dialog.close()


def test_the_dutch_guide_in_the_dutch_interface(qtbot, window, dutch):
    window.retranslate()
    assert _help_action(window, "Beknopte handleiding")
    dialog = _open_guide(qtbot, window)
    assert dialog.windowTitle() == "Beknopte handleiding"
    text = dialog.browser.toPlainText()
    assert text.startswith("Oogst in tien minuten")
    assert "demobijeenkomst" in text and "Live oogsten" in text
    dialog.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_key_the_guide_names_is_a_real_key(qtbot, window, event_ids, language):
    assert window.open_path(event_ids["path"])
    keys = set()
    for group in shortcuts_sheet.collect(window):
        for combined, _what in group.rows:
            keys.update(combined.split(" / "))
    keys.update({"Ctrl+digit", "Alt+T", "Alt+R"})  # the table and round fields' labels
    guide = help_menu.guide_path(language).read_text(encoding="utf-8")
    named = set(KEY.findall(guide))
    assert {"Ctrl+Shift+P", "F5", "F8", "Ctrl+E", "Alt+S"} <= named
    assert named <= keys, named - keys
