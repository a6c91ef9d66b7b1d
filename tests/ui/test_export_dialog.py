"""ui/export_dialog.py: the exports run through the runner, off the GUI thread, with
progress, Cancel that keeps old files, and messages in the interface language."""
from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402

MINUTES_NL = "Verslag plenaire deel bijeenkomst Samenspel in beweging - verslag.pdf"


@pytest.fixture
def bridge(demo_file):
    """The demo meeting (seed 002) open in the GUI's EventBridge."""
    from ui.bridge import EventBridge
    bridge = EventBridge(EventFile.open(demo_file))
    yield bridge
    bridge.close()


@pytest.fixture
def dialog(qtbot, bridge, tmp_path):
    from ui import export_dialog
    QSettings().remove(export_dialog.SETTINGS_FOLDER)
    dlg = export_dialog.ExportDialog(None, bridge)
    qtbot.addWidget(dlg)
    out = tmp_path / "out"
    out.mkdir()
    dlg.folder.setText(str(out))
    dlg.show()
    yield dlg, out
    if dlg.job is not None:
        dlg.job.cancel()
        qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    dlg.done(0)


def finish(qtbot, dlg, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: dlg.job is None, timeout=timeout)


def test_dialog_exports_all_files_in_the_background(qtbot, dialog):
    dlg, out = dialog
    for box in dlg.checks.values():
        box.setChecked(True)
    dlg.language.setCurrentIndex(1)  # English
    dlg.anonymous.setChecked(True)
    seen = []
    dlg.progress.valueChanged.connect(seen.append)
    dlg.export_button.click()
    assert dlg.job is None and dlg.review_panel.isVisible()  # names left out: review first
    dlg.export_anyway_button.click()
    assert dlg.job is not None and not dlg.export_button.isEnabled()  # running, GUI free
    assert dlg.close_button.text() == "Cancel"
    finish(qtbot, dlg)
    names = sorted(p.name for p in out.iterdir())
    title = "Verslag plenaire deel bijeenkomst Samenspel in beweging"
    assert names == sorted(f"{title} - {end}" for end in (
        "minutes.pdf", "minutes.docx", "action agenda.pdf", "harvest.xlsx",
        "table cards.pdf", "sign-in sheet.pdf"))
    assert dlg.open_button.isVisible()
    assert dlg.progress.value() == 1000 and len(seen) > 3
    assert dlg.message.text().startswith(f"Written to {out}:")
    assert sorted(dlg.written) == sorted(dlg.request().outputs.values())
    assert dlg.close_button.text() == "Close" and dlg.export_button.isEnabled()


def test_gui_keeps_processing_events_while_exporting(qtbot, dialog, ticks, monkeypatch):
    """A slow export (1.5 s more in the worker) leaves the GUI thread free:
    a 20 ms timer keeps ticking, and the files arrive."""
    from facilitator.exports import run as export_run
    real = export_run.run_exports
    threads = []

    def slow_run_exports(*args, **kwargs):
        threads.append(threading.current_thread())
        time.sleep(1.5)
        return real(*args, **kwargs)
    monkeypatch.setattr(export_run, "run_exports", slow_run_exports)
    dlg, out = dialog
    ticks.start()
    dlg.export_button.click()
    finish(qtbot, dlg)
    ticks.stop()
    print(ticks.report("export"))
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks.ticks) >= 30, ticks.report("export")
    assert ticks.longest_gap < ticks.BLOCKED_MS, ticks.report("export")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in dlg.request().outputs.values())
    assert "Written to" in dlg.message.text()


def slow_steps(monkeypatch) -> threading.Event:
    """Every progress step of the core's export takes 50 ms; returns an Event set at
    the first step (the export is under way)."""
    import facilitator.exports.safety as safety
    real_step = safety.Job.step
    started = threading.Event()

    def slow_step(self, done, total, message):
        started.set()
        time.sleep(0.05)
        real_step(self, done, total, message)
    monkeypatch.setattr(safety.Job, "step", slow_step)
    return started


def test_cancel_keeps_the_old_file_byte_identical(qtbot, dialog, monkeypatch):
    dlg, out = dialog
    old = out / MINUTES_NL
    old.write_bytes(b"%PDF-1.4 the old minutes\n")
    before = old.read_bytes()
    started = slow_steps(monkeypatch)
    dlg.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=30_000)
    dlg.close_button.click()  # "Cancel" while it runs
    assert dlg.message.text() == "Cancelling…" and dlg.isVisible()
    finish(qtbot, dlg)
    assert dlg.message.text() == "Export cancelled; no file was overwritten."
    assert old.read_bytes() == before
    assert [p.name for p in out.iterdir()] == [MINUTES_NL]  # no temporary file left
    assert not dlg.progress.isVisible() and dlg.close_button.text() == "Close"


def test_cancel_after_the_last_file_says_what_was_written(qtbot, dialog, monkeypatch):
    """Cancel pressed when every file is written already: the runner reports
    "cancelled", but the dialog must not claim that nothing was overwritten."""
    from facilitator.exports import run as export_run
    real = export_run.run_exports
    dlg, out = dialog

    def cancelled_too_late(*args, **kwargs):
        paths = real(*args, **kwargs)
        job.cancel()  # the click arrives now
        return paths
    monkeypatch.setattr(export_run, "run_exports", cancelled_too_late)
    dlg.export_button.click()
    job = dlg.job
    finish(qtbot, dlg)
    assert job.is_cancelled
    assert dlg.message.text().startswith("Written to") and dlg.open_button.isVisible()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in dlg.request().outputs.values())


def test_closing_while_running_cancels_without_waiting(qtbot, dialog, monkeypatch):
    """Closing hides the dialog at once; it is done when the job has stopped."""
    dlg, out = dialog
    old = out / MINUTES_NL
    old.write_bytes(b"old")
    started = slow_steps(monkeypatch)
    dlg.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=30_000)
    job = dlg.job
    results = []
    dlg.finished.connect(results.append)
    begin = time.monotonic()
    dlg.reject()  # Escape or the window's close button
    assert time.monotonic() - begin < 0.75  # the GUI thread did not wait for the 1.5 s job
    assert not dlg.isVisible() and job.is_cancelled and results == []
    qtbot.waitUntil(lambda: results != [], timeout=30_000)
    assert job.is_done and dlg.job is None
    assert old.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == [MINUTES_NL]


def test_a_failure_is_shown_and_the_old_file_stays(qtbot, dialog):
    dlg, out = dialog
    old = out / MINUTES_NL
    old.write_bytes(b"old")
    (out / f".~lock.{MINUTES_NL}#").write_text("x")  # open in LibreOffice
    dlg.export_button.click()
    finish(qtbot, dlg)
    assert dlg.message.text().startswith("The export did not succeed: ")
    assert "is open in another program (LibreOffice)" in dlg.message.text()
    assert old.read_bytes() == b"old" and not dlg.progress.isVisible()
    assert dlg.export_button.isEnabled()


def test_a_failure_is_shown_in_dutch(qtbot, dutch, bridge, tmp_path):
    from ui import export_dialog
    out = tmp_path / "uit"
    out.mkdir()
    (out / f".~lock.{MINUTES_NL}#").write_text("x")
    dlg = export_dialog.ExportDialog(None, bridge)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.export_button.click()
    finish(qtbot, dlg)
    text = dlg.message.text()
    assert text.startswith("De export is niet gelukt: "), text
    assert "is geopend in een ander programma (LibreOffice)" in text, text
    dlg.done(0)


def test_a_bug_in_an_export_is_told_calmly(qtbot, dialog, monkeypatch):
    from facilitator.exports import run as export_run

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(export_run, "run_exports", broken)
    dlg, _out = dialog
    dlg.export_button.click()
    finish(qtbot, dlg)
    assert "Something unexpected went wrong (ZeroDivisionError)" in dlg.message.text()
    assert dlg.export_button.isEnabled()


def test_the_export_reads_a_private_copy_removed_after(qtbot, dialog, bridge, monkeypatch):
    from facilitator import private_copy
    from facilitator.exports import run as export_run
    real = export_run.run_exports
    seen = []

    def spy(event, request, **kwargs):
        seen.append((event, event._remove_on_close, event._remove_on_close.is_dir(),
                     threading.current_thread() is threading.main_thread()))
        return real(event, request, **kwargs)
    monkeypatch.setattr(export_run, "run_exports", spy)
    dlg, out = dialog
    dlg.export_button.click()
    finish(qtbot, dlg)
    copy, folder, existed, on_gui_thread = seen[0]
    assert copy is not bridge.event and copy.readonly and existed and not on_gui_thread
    assert not folder.exists() and list(private_copy.copies_folder().iterdir()) == []
    assert list(out.iterdir())  # the files were written from it
    assert bridge.event.event().title.endswith("Samenspel in beweging")  # still open and usable


def test_a_cancelled_or_failed_export_removes_its_copy(qtbot, dialog, monkeypatch):
    from facilitator import private_copy
    from facilitator.exports import run as export_run

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(export_run, "run_exports", broken)
    dlg, _out = dialog
    dlg.export_button.click()
    finish(qtbot, dlg)
    assert list(private_copy.copies_folder().iterdir()) == []
    monkeypatch.undo()
    dlg.export_button.click()
    dlg.cancel()
    finish(qtbot, dlg)
    assert list(private_copy.copies_folder().iterdir()) == []


def test_a_missing_folder_is_refused_before_anything_runs(qtbot, dialog, tmp_path):
    dlg, _out = dialog
    dlg.folder.setText(str(tmp_path / "nowhere"))
    dlg.export_button.click()
    assert dlg.job is None
    assert "does not exist" in dlg.message.text()


def test_nothing_chosen_disables_export(qtbot, dialog):
    dlg, _ = dialog
    for box in dlg.checks.values():
        box.setChecked(False)
    assert not dlg.export_button.isEnabled()


def test_dialog_in_dutch(qtbot, dutch, bridge):
    from ui import export_dialog
    assert "ui_nl.qm" in dutch  # unfinished messages: test_i18n.py
    dlg = export_dialog.ExportDialog(None, bridge)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Exporteren"
    assert dlg.checks["minutes"].text() == "Verslag (PDF)"
    assert "verslag.pdf" in dlg.files.text()  # Dutch file names for Dutch output
    dlg.done(0)


def test_dialog_formats_come_from_the_registry(qtbot, bridge):
    from facilitator.exports import formats
    from facilitator.words import tr
    from ui import export_dialog, i18n
    extra = formats.register(formats.ExportFormat(
        "extra", "export.format.signin", "export.file.signin", ".txt", "--extra", "E.txt",
        "an extra format", lambda *a, **k: None, frozenset({"participant_list"})))
    try:
        dlg = export_dialog.ExportDialog(None, bridge)
        qtbot.addWidget(dlg)
        offered = [f for f in formats.FORMATS if f.in_dialog]
        assert list(dlg.checks) == [f.key for f in offered] and "extra" in dlg.checks
        assert "seating" not in dlg.checks  # the seating view exports the plan
        lang = i18n.current_language()
        for fmt in offered:
            assert dlg.checks[fmt.key].text() == tr(fmt.name_key, lang)
            assert dlg.checks[fmt.key].isChecked() == fmt.checked
        dlg.language.setCurrentIndex(1)  # English file names
        for box in dlg.checks.values():
            box.setChecked(False)
        assert not dlg.participant_list.isEnabled()
        dlg.checks["extra"].setChecked(True)  # it takes the participant list option
        assert dlg.participant_list.isEnabled() and not dlg.group_by.isEnabled()
        assert [p.name for p in dlg.request().outputs.values()] == [
            "Verslag plenaire deel bijeenkomst Samenspel in beweging - sign-in sheet.txt"]
        dlg.done(0)
    finally:
        formats.FORMATS.remove(extra)


def test_anonymous_export_shows_the_review_first(qtbot, dialog):
    """With names left out, Export lists what will be replaced; Back writes nothing,
    Export anyway writes the files."""
    dlg, out = dialog
    dlg.language.setCurrentIndex(1)  # English
    dlg.anonymous.setChecked(True)
    dlg.export_button.click()
    assert dlg.review_panel.isVisible() and dlg.job is None
    assert not dlg.export_button.isEnabled()
    text = dlg.review_text.toPlainText()
    assert "Replaced" in text and "→" in text
    assert "Daan de Bruijn → Movisie" in text  # a name from the demo, and its role
    dlg.back_button.click()
    assert not dlg.review_panel.isVisible() and dlg.export_button.isEnabled()
    assert list(out.iterdir()) == []
    dlg.export_button.click()
    dlg.export_anyway_button.click()
    finish(qtbot, dlg)
    assert dlg.written and all(p.exists() for p in dlg.written)


def test_named_export_needs_no_review(qtbot, dialog):
    dlg, _ = dialog
    dlg.export_button.click()
    assert not dlg.review_panel.isVisible() and dlg.job is not None
    finish(qtbot, dlg)


def test_the_demos_exports_go_to_documents_and_the_folder_is_offered(qtbot, tmp_path,
                                                                     monkeypatch, demo_file):
    """The demo lives in Oogst's hidden data folder: its exports are proposed in
    Documents/Oogst, and after the export 'Open folder' shows that folder."""
    import shutil

    from PySide6.QtGui import QDesktopServices

    from facilitator import backups
    from ui import export_dialog
    from ui.bridge import EventBridge
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    demo = backups.data_dir() / "demo" / "Samenspel in beweging.oogst"
    demo.parent.mkdir(parents=True)
    shutil.copy(demo_file, demo)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    bridge = EventBridge(EventFile.open(demo))
    dlg = export_dialog.ExportDialog(None, bridge)
    qtbot.addWidget(dlg)
    expected = home / "Documents" / "Oogst"
    assert dlg.folder.text() == str(expected) and expected.is_dir()
    for key, box in dlg.checks.items():
        box.setChecked(key == "minutes")
    dlg.show()
    dlg.export_button.click()
    finish(qtbot, dlg)
    assert [p.parent for p in dlg.written] == [expected] and dlg.written[0].exists()
    assert dlg.open_button.isVisible() and dlg.open_button.hasFocus()
    dlg.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(expected)]
    dlg.done(0)
    bridge.close()


def test_issuing_concept_v1_from_the_dialog_keeps_the_version(qtbot, dialog, bridge):
    """The secretary issues Concept v1: the file records it, the choice then names v2."""
    dlg, out = dialog
    for key, box in dlg.checks.items():
        box.setChecked(key == "minutes")
    assert dlg.issue.isEnabled() and dlg.hide_empty_rounds.isEnabled()
    dlg.issue.setCurrentIndex(1)  # as Concept v1
    assert "v1" in dlg.issue.currentText() and not dlg.status.isEnabled()
    dlg.hide_empty_rounds.setChecked(True)
    request = dlg.request()
    assert request.issue == "concept" and request.hide_empty_rounds
    dlg.export_button.click()
    finish(qtbot, dlg)
    [issued] = bridge.event.minutes_issues()
    assert (issued.version, issued.status) == (1, "concept")
    assert "Issued as" in dlg.message.text()
    assert dlg.issue.currentIndex() == 0 and "v2" in dlg.issue.itemText(2)
    assert bridge.event.undo_label == "op.issue_minutes"  # one undo step, like every write


def test_issue_and_round_options_need_the_minutes(qtbot, dialog):
    dlg, _ = dialog
    for key, box in dlg.checks.items():
        box.setChecked(key == "workbook")
    assert not dlg.issue.isEnabled() and not dlg.hide_empty_rounds.isEnabled()
    dlg.issue.setCurrentIndex(2)
    assert dlg.request().issue is None  # not taken by any ticked format
