"""Alt+letter on every page, in English and in Dutch: each letter names one thing
(a clash makes Alt+letter hop between the two without doing either, and a
clash with the menu bar opens the menu instead), and no label shows its "&"."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QTabWidget, QWidget

from ui import i18n
from ui.main_window import PAGES

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def owners(window, page: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """Letter -> the visible texts that claim it (the window's menu bar titles
    too), and the visible labels that show a bare "&" (no field for the key)."""
    claims: dict[str, list[str]] = {}
    bare: list[str] = []

    def claim(text: str) -> None:
        key = letter(text)
        if key:
            claims.setdefault(key, []).append(text)

    menu_bar = window.findChild(QMenuBar) if window is not None else None
    for action in menu_bar.actions() if menu_bar is not None else ():
        claim(action.text())
    for w in [page, *page.findChildren(QWidget)]:
        if not w.isVisible() or not w.isEnabled():  # a disabled one takes no key
            continue
        if isinstance(w, QAbstractButton):
            claim(w.text())
        elif isinstance(w, QLabel) and not w.text().lstrip().startswith("<"):
            if w.buddy() is not None:
                claim(w.text())
            elif letter(w.text()):
                bare.append(w.text())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                claim(w.tabText(i))
    return claims, bare


def every_state(page: QWidget):
    """The page, and each tab of its tab widgets shown in turn."""
    yield "page"
    for tabs in page.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield tabs.tabText(i)


def dialog_problems(window) -> list[str]:
    """The same for the dialogs a facilitator fills in by keyboard."""
    from ui.import_wizard import ImportWizard
    from ui.preferences import PreferencesDialog
    from ui.prep.new_event import NewEventDialog, SaveTemplateDialog
    problems = []
    for dialog in (NewEventDialog(window), PreferencesDialog(window),
                   SaveTemplateDialog("X", window), ImportWizard(window.bridge, window)):
        dialog.show()
        claims, bare = owners(None, dialog)
        name = type(dialog).__name__
        problems += [f"{name}: Alt+{k.upper()} for {texts}"
                     for k, texts in claims.items() if len(texts) > 1]
        problems += [f"{name}: label shows '&': {text!r}" for text in bare]
        dialog.reject()
        dialog.deleteLater()
    return problems


@pytest.mark.parametrize("language", ["en", "nl"])
def test_each_alt_letter_names_one_thing_on_every_page(qtbot, qm_dir, demo_or_small,
                                                      language):
    from ui.main_window import MainWindow
    previous = i18n.current_language()
    i18n.install(language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_path(demo_or_small)
        problems = []
        for key, _ in PAGES:
            page = window.navigate(key)
            if page is None:
                continue
            for state in every_state(page):
                claims, bare = owners(window, page)
                problems += [f"{key} ({state}): Alt+{k.upper()} for {texts}"
                             for k, texts in claims.items() if len(texts) > 1]
                problems += [f"{key} ({state}): label shows '&': {text!r}" for text in bare]
        problems += dialog_problems(window)
        window.close_event()
    finally:
        i18n.install(previous)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
