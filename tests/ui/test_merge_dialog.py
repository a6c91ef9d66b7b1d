"""Hand out, capture on five laptops, merge back, export: the whole workflow, end to end.

One copy is captured through the window (opened on its table's capture page,
typed, Enter); the others through the core. The merge runs from the merge
dialog in the background; the minutes PDF (read with pdftotext) holds every
new note under its own table. Also: File > Hand out's dialog, and switching an
item to the other version of a two-sided change.
"""
from __future__ import annotations

import re

import shutil
import subprocess
from pathlib import Path

from gui_helpers import focus_entry, type_note
from PySide6.QtCore import Qt

from facilitator import EventFile
from facilitator.exports import formats
from ui.handout_dialog import HandoutDialog
from ui.main_window import MainWindow
from ui.merge_dialog import run_conflicts_dialog, run_merge_dialog


def pdf_text(path: Path) -> str:
    """The PDF's text: pdftotext (poppler) when installed, else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_five_tables_captured_apart_end_up_in_one_set_of_minutes(qtbot, demo_file, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    with EventFile.open(demo_file) as ev:
        copies = ev.hand_out(folder=stick)
        tables = {t.id: t.number for t in ev.tables()}
    assert len(copies) == 5
    new_notes: dict[int, list[str]] = {}

    # Table 1 on a laptop: the copy opens on its table's capture page; type, Enter.
    window = _window(qtbot)
    assert window.open_path(copies[0])
    capture = window.pages["capture"]
    assert window.current_page() == "capture"
    handout_table = window.bridge.event.handout().table_id
    assert capture.current_table_id() == handout_table
    focus_entry(qtbot, capture.bar)
    for text in ("Wijkteam en huisarts aan één tafel", "Buurtbudget voor de brengplek"):
        type_note(qtbot, capture.bar.entry, text)
        new_notes.setdefault(tables[handout_table], []).append(text)
    assert capture.bar.entry.text() == ""
    window.close_event()

    # Tables 2-5: their note-takers' laptops.
    for copy in copies[1:]:
        with EventFile.open(copy) as c:
            table_id = c.handout().table_id
            question = c.round_questions(table_id)[0].id
            for n in range(3):
                text = f"Nieuw punt {n} van tafel {tables[table_id]}"
                c.add_note(text=text, table_id=table_id, question_id=question)
                new_notes.setdefault(tables[table_id], []).append(text)

    # The organiser merges all five at once, in the background.
    window = _window(qtbot)
    assert window.open_path(demo_file)
    dialog = run_merge_dialog(window, window.bridge, copies)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert [c.merged for c in dialog.report.copies] == [True] * 5
    assert dialog.report.copies[0].arrived == {"note": 2}
    assert "2 × " in dialog.report_view.toPlainText()
    assert window.bridge.event.undo_label == "op.merge_copies"
    dialog.close()
    event = window.bridge.event
    target = tmp_path / "verslag.pdf"
    formats.get("minutes").run(event, target, lang="nl", progress=None, should_abort=None,
                               options=formats.defaults())
    window.close_event()

    text = pdf_text(target)
    # the demo's table 4 is headed as seed 002 writes it: "Ogst thematafel 4: ..."
    starts = {n: re.search(rf"Oo?gst thematafel {n}:", text).start() for n in range(1, 6)}
    for number, notes in new_notes.items():
        end = starts.get(number + 1, len(text))
        for note in notes:
            at = text.index(note)  # once, and under its own table
            assert text.count(note) == 1
            assert starts[number] < at < end, (number, note)


def test_the_hand_out_dialog_writes_a_copy_per_ticked_table(qtbot, demo_file, tmp_path):
    window = _window(qtbot)
    window.open_path(demo_file)
    dialog = HandoutDialog(window, window.bridge)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.tables.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=20000)
    assert sorted(p.name for p in dialog.written) == [
        "demo - tafel 1.oogst", "demo - tafel 3.oogst", "demo - tafel 4.oogst",
        "demo - tafel 5.oogst"]
    assert "tafel 3" in dialog.message.text()
    dialog.start()  # again: the copies exist, nothing is overwritten, it says so
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "overschrijft" in dialog.message.text() or "overwrite" in dialog.message.text()
    window.close_event()


def test_the_organiser_switches_an_item_to_the_other_version(qtbot, demo_file, tmp_path):
    with EventFile.open(demo_file) as ev:
        (copy,) = ev.hand_out(folder=tmp_path, table_ids=[ev.tables()[0].id])
        note = ev.notes(table_id=ev.tables()[0].id)[0]
    with EventFile.open(copy) as c:
        c.update_note(note.id, text="zoals tafel 1 het schreef")
    window = _window(qtbot)
    window.open_path(demo_file)
    window.bridge.event.update_note(note.id, text="zoals de organisator het schreef")
    dialog = run_merge_dialog(window, window.bridge, [copy])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.conflicts.count() == 1
    assert "zoals tafel 1 het schreef" in dialog.conflicts.item(0).text()
    dialog.show_button.click()  # the note itself, on the capture page
    assert window.current_page() == "capture"
    dialog.use_button.click()
    assert window.bridge.event.note(note.id).text == "zoals tafel 1 het schreef"
    assert "zoals de organisator" in dialog.conflicts.item(0).text()  # switch back later
    dialog.close()
    later = run_conflicts_dialog(window, window.bridge)
    assert later.conflicts.count() == 1
    later.drop_button.click()
    assert later.conflicts.count() == 0
    later.close()
    window.close_event()
