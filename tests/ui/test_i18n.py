"""ui/i18n.py and the catalogue of the `ui` package: resources/translations/ui_nl.ts
(every string, in Dutch) and ui_en.ts (the English plural forms).

The catalogue is in step with the code (lupdate over all of ui/ changes nothing) and
complete (nothing unfinished, placeholders kept); no visible text in the code is a
bare English literal; and with Dutch loaded, no view, dialog or page shows English:
the main window and its preparation pages, the dialogs, the error boxes, live capture
with the plenary and the action agenda, the timer bar and the projector, the seating
plan and the voting view.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox,
                               QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QListWidget,
                               QMenu, QPlainTextEdit, QTabWidget, QWidget)

from facilitator import words
from facilitator.words import tr
from ui import i18n

from gui_helpers import show

ROOT = i18n.ROOT
TS = i18n.catalogue("nl")
TS_EN = i18n.catalogue("en")
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w*\}")
# Words that are the same in both languages, or names of languages in their own language.
SAME = {"Oogst", "Pitch", "&Pitch", "E-mail", "tab", "&Help", "Label"}
ENDONYMS = {"Nederlands", "English"}  # each language in its own words


# -- reading a catalogue ------------------------------------------------------------------


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) of every message of a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message))
    return out


def translations(message: ET.Element) -> list[str]:
    """The translation of a message; its plural forms when it has them."""
    found = message.find("translation")
    forms = [f.text or "" for f in found.findall("numerusform")]
    return forms if message.get("numerus") == "yes" else [found.text or ""]


def shown(text: str) -> str:
    """A text as the user sees it: mnemonic ampersands gone."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if not path.exists():
        pytest.fail(f"{name} is missing from the venv (PySide6 installs it)")
    return str(path)


# -- the catalogue ----------------------------------------------------------------------------


def catalogue_state(path: Path) -> set[tuple]:
    """What lupdate may change in a .ts, locations left out."""
    return {(context, source, message.findtext("comment"), message.get("numerus"),
             message.find("translation").get("type"), tuple(translations(message)))
            for context, source, message in ts_messages(path)}


@pytest.mark.parametrize("language,extra", [("nl", []), ("en", ["-pluralonly"])])
def test_catalogue_is_in_step_with_the_code(tmp_path, language, extra):
    """lupdate over all of ui/ into a copy of the catalogue finds no new, changed or
    vanished message: the catalogue is exactly what the code uses."""
    committed = i18n.catalogue(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    subprocess.run([tool("pyside6-lupdate"), *i18n.source_files(), "-no-obsolete",
                    "-source-language", "en", "-target-language", language, *extra,
                    "-ts", str(copy)], check=True, capture_output=True, timeout=120)
    before, after = catalogue_state(committed), catalogue_state(copy)
    new = sorted(m[:2] for m in after - before)
    gone = sorted(m[:2] for m in before - after)
    assert not new and not gone, (f"run `python -m ui.i18n` and translate in {committed.name}; "
                                  f"new or changed: {new}; no longer in the code: {gone}")


def test_no_message_is_unfinished():
    problems = []
    for context, source, message in ts_messages(TS):
        found = message.find("translation")
        forms = translations(message)
        if found.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
        elif message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs two plural forms")
    assert not problems, "\n".join(problems)
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_translations_keep_their_placeholders():
    """%1, %n and {name} of the English are all in the Dutch ({name} untranslated)."""
    problems = []
    for context, source, message in ts_messages(TS):
        for form in translations(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} loses a placeholder")
    assert not problems, "\n".join(problems)


def test_english_plurals_are_complete():
    found = ts_messages(TS_EN)
    assert found
    for context, source, message in found:
        forms = translations(message)
        assert len(forms) == 2 and all("%n" in f for f in forms), (context, source)


def test_core_operation_names_are_in_both_catalogues():
    """Every operation the core runs has a name in Dutch and English (the Edit menu)."""
    found: set[str] = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'change\(\s*"([^"]+)"', text))
    assert "op.add_note" in found and "op.delete_actions" in found
    for lang in ("nl", "en"):
        assert found - set(words.catalogue(lang)) == set()
    assert words.catalogue("nl")["op.add_note"] == "Oogstpunt toevoegen"


# -- no bare English in the code -------------------------------------------------------------

TEXT_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setTitle",
              "addTab", "addMenu", "addAction", "setStatusTip", "setButtonText",
              "setSubTitle", "setSpecialValueText", "addRow", "showMessage", "setInformativeText",
              "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QDockWidget",
              "setHorizontalHeaderLabels", "Column", "addItem", "QListWidgetItem", "emit"}


def is_text_call(func: ast.expr) -> bool:
    """A call that shows its first argument; `emit` only of a ...Message signal
    (statusMessage.emit("...")), not of signals that carry keys (alert.emit("warning"))."""
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "emit":
        signal = func.value if isinstance(func, ast.Attribute) else None
        return isinstance(signal, ast.Attribute) and signal.attr.endswith("Message")
    return name in TEXT_CALLS


def test_no_bare_english_literals_in_visible_texts():
    problems = []
    for file in i18n.source_files():
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not is_text_call(node.func):
                continue
            for arg in node.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                        re.search(r"[A-Za-z]{2}", arg.value) and arg.value not in ENDONYMS:
                    problems.append(f"{Path(file).relative_to(ROOT)}:{node.lineno} "
                                    f"{arg.value!r}")
    assert not problems, "wrap in self.tr()/translate(): " + ", ".join(problems)


# -- what the running interface shows -----------------------------------------------------------


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hover in a widget tree: titles,
    labels, buttons, tabs, placeholders, combo and list items, menus and actions,
    column headers and tooltips, and the context menu of an item view."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: object) -> None:
        if isinstance(text, str) and text.strip():
            place = f"{type(where).__name__}#{where.objectName()}"
            found.append((place, shown(text)))
            if "\n" in text or "<" in text:  # rich text and lines: each part on its own
                for part in re.split(r"\n|<br>|<[^>]+>", text):
                    if part.strip() and part.strip() != text.strip():
                        found.append((place, shown(part)))

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
        if isinstance(w, QMenu):
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
                add(w, w.item(i).toolTip())
        for action in w.actions():
            add(w, action.text())
            add(w, action.toolTip() if action.toolTip() != shown(action.text()) else "")
        if isinstance(w, QAbstractItemView) and isinstance(w.model(), QAbstractItemModel):
            found += view_texts(w)
    return found


def view_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    """Column headers, the tooltips of the first row, a placeholder, the context menu."""
    found: list[tuple[str, str]] = []
    place = f"{type(view).__name__}#{view.objectName()}"
    model = view.model()
    try:
        columns = model.columnCount()
    except TypeError:  # list models hide columnCount()
        columns = 1
    for c in range(columns):
        found.append((place, model.headerData(c, Qt.Orientation.Horizontal)))
        if model.rowCount():
            found.append((place, model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole)))
    found.append((place, getattr(view, "placeholder", None)))
    if hasattr(view, "make_menu") and model.rowCount():
        view.setCurrentIndex(model.index(0, 0))
        menu = view.make_menu()
        found += widget_texts(menu)
        for action in menu.actions():
            if action.menu():
                found += widget_texts(action.menu())
    return [(where, shown(t)) for where, t in found if isinstance(t, str) and t.strip()]


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


def english_sources() -> dict[str, str]:
    """Shown form of each English source text whose Dutch translation differs -> the Dutch.

    A source that some context keeps as it is ("Start" on the timer bar, "Begin" as
    a programme column) is a word of both languages, not English."""
    found = [(shown(source), translations(message)[0])
             for _context, source, message in ts_messages(TS)]
    kept = {source for source, dutch in found if shown(dutch) == source}
    return {source: dutch for source, dutch in found
            if source not in kept and source not in SAME and shown(source) not in SAME}


def english_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The English sources that Dutch changes, as patterns: a placeholder (%1, {name})
    matches any text. Sources that are only placeholders and punctuation are left out."""
    out = []
    for source, dutch in english_sources().items():
        parts = PLACEHOLDER.split(source)
        if not any(re.search(r"[A-Za-z]{2}", p) for p in parts):
            continue
        out.append((re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL), dutch))
    return out


def assert_dutch(texts) -> None:
    """No text (a (where, text) pair or a bare text) is an English source text."""
    patterns = english_patterns()
    pairs = [t if isinstance(t, tuple) else ("", t) for t in texts]
    bad = sorted({f"{where}: {text!r} (should be {dutch!r})"
                  for where, text in pairs if text and text not in ENDONYMS
                  for pattern, dutch in patterns if pattern.fullmatch(text)})
    assert not bad, "English text in the Dutch interface:\n" + "\n".join(bad)


def test_the_english_check_itself_works():
    english = english_sources()
    assert english["Theme tables"] == "Thematafels"
    with pytest.raises(AssertionError, match="Theme tables"):
        assert_dutch([("here", "Theme tables")])
    assert_dutch([("here", "Thematafels"), ("QComboBox#languageChoice", "English")])


# -- the main window, its pages, the dialogs ---------------------------------------------------

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
    assert_dutch(texts)
    assert "Alles opgeslagen" in window.saved_label.text()


def test_dialogs_are_dutch(dutch_window, qtbot, tmp_path):
    from ui.import_wizard import ImportWizard
    from ui.preferences import PreferencesDialog
    from ui.prep.new_event import NewEventDialog, SaveTemplateDialog
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
    assert_dutch(texts)


def test_error_dialogs_are_dutch(dutch_window, boxes, tmp_path):
    path = tmp_path / "geen.oogst"
    path.write_text("tekst", encoding="utf-8")
    dutch_window.open_path(path)
    assert boxes.shown[0]["text"] == "“geen.oogst” is geen Oogst-bestand"
    assert boxes.shown[0]["title"] == "Bestand openen lukt niet"


# -- live capture, plenary, action agenda ----------------------------------------------------

KEY_WORDS = {"Ctrl", "Alt", "Shift", "Tab", "Esc", "Enter", "F2", "PNG", "JPEG", "GIF",
             "WebP", "BMP", "MB", "kB", "min", "png"}


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


def capture_texts(bridge) -> set[str]:
    """The texts of the capture, plenary and agenda views, every round of capture shown."""
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
                found |= {text for _where, text in widget_texts(view)}
            view.bar.toggle_kind("dilemma")
            view.bar.nest()
        found |= {text for _where, text in widget_texts(view)}
        view.close()
        view.deleteLater()
    return found


def same_in_both_languages() -> list[re.Pattern]:
    """Sources whose Dutch is the same on purpose ("Partners", "Pitch: {pitch}")."""
    patterns = []
    for _context, source, message in ts_messages(TS):
        if translations(message)[0] == source:
            parts = re.split(r"\{\w+\}", source)
            patterns.append(re.compile("^" + ".*".join(re.escape(p) for p in parts) + "$",
                                       re.S))
    return patterns


def test_capture_plenary_and_agenda_views_are_dutch(qtbot, meeting, bridge):
    """The views built twice, English then Dutch, over the same meeting: a text the
    same in both that is not the meeting's own data, nor a word the same in both
    languages (a translation equal to its source, a core word such as "Open"),
    was not translated."""
    english = capture_texts(bridge)
    try:
        loaded = i18n.install("nl")
        assert "ui_nl.qm" in loaded
        dutch = capture_texts(bridge)
    finally:
        i18n.install("en")
    data = data_strings(meeting)
    same_ok = same_in_both_languages()
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
        found = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in KEY_WORDS]
        return bool(found) and not (len(found) == 1 and len(found[0]) == 1)

    problems = sorted(t for t in dutch & english if untranslated(t))
    assert not problems, "shown in English under a Dutch interface:\n" + "\n".join(problems)
    # and the Dutch build really shows Dutch words
    assert {"Oogstpunt", "Perspectief", "Actieagenda", "Vervolgbijeenkomsten"} <= dutch
    assert_dutch(dutch)


# -- the room: timer bar and projector -----------------------------------------------------------


def room_texts(bar, projector) -> set[str]:
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
    texts |= {text for _where, text in widget_texts(bar)}
    return {t for t in texts if t}


def test_timer_bar_and_projector_are_dutch(qtbot, room, clock, dutch):
    from ui.projector import ProjectorWindow
    from ui.timer_bar import TimerBar
    bridge, ids = room
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
        seen |= room_texts(bar, projector)
    assert_dutch(seen)
    assert "Volgende" in seen and "Pauze" in seen and "Geluid" in seen
    assert "De tijd is om" in seen and "Tafel 1: Eenzaamheid in de wijk" in seen
    assert any(t.startswith("Hierna: ") for t in seen)


# -- seating plan and voting ------------------------------------------------------------------


def shown_texts(root: QWidget) -> set[str]:
    return {text for _where, text in widget_texts(root)}


def test_seating_and_voting_views_are_dutch(qtbot, demo, dutch):
    from ui.seating_view import SeatingView
    from ui.voting_view import VotingView
    seen: set[str] = set()
    seating = show(qtbot, SeatingView(demo.bridge))
    seen |= shown_texts(seating)
    assert seating.make_plan() is not None
    seen |= shown_texts(seating)  # busy: the button and the status say so
    seen.add(demo.messages[-1])
    assert demo.messages[-1] == "De tafelschikking wordt gemaakt…"
    qtbot.waitUntil(lambda: seating.plan is not None and not seating.busy
                    and demo.messages[-1].startswith("Tafelschikking gemaakt"), timeout=20000)
    seen |= shown_texts(seating)
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
    seen |= shown_texts(seating)
    voting = show(qtbot, VotingView(demo.bridge))
    seen |= shown_texts(voting)
    voting.dots_spin.setValue(1)
    demo.bridge.run(demo.event.set_votes, voting.model.note_ids()[0], votes=50)
    seen |= shown_texts(voting)
    voting.mode_combo.setCurrentIndex(1)
    seen |= shown_texts(voting)
    assert_dutch(seen)
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
