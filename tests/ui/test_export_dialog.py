"""The export dialog runs the exports off the GUI thread, with progress and Cancel."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402

from facilitator.eventfile import EventFile  # noqa: E402


@pytest.fixture
def dialog(qtbot, seed_path, tmp_path, monkeypatch):
    from ui import export_dialog
    QSettings().remove(export_dialog.SETTINGS_FOLDER)
    event = EventFile.open(seed_path)
    bridge = SimpleNamespace(event=event)
    dlg = export_dialog.ExportDialog(None, bridge)
    qtbot.addWidget(dlg)
    out = tmp_path / "out"
    out.mkdir()
    dlg.folder.setText(str(out))
    yield dlg, out
    dlg.done(0)
    event.close()


def test_dialog_exports_all_files_in_the_background(qtbot, dialog):
    dlg, out = dialog
    for box in dlg.checks.values():
        box.setChecked(True)
    dlg.language.setCurrentIndex(1)  # English
    dlg.anonymous.setChecked(True)
    seen = []
    dlg.progress.valueChanged.connect(seen.append)
    dlg.export_button.click()
    assert dlg.job is not None and not dlg.export_button.isEnabled()  # running, GUI free
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["Samenspel in beweging - minutes.pdf",
                            "Samenspel in beweging - action agenda.pdf",
                            "Samenspel in beweging - harvest.xlsx",
                            "Samenspel in beweging - table cards.pdf",
                            "Samenspel in beweging - sign-in sheet.pdf"])
    assert dlg.open_button.isVisible() or not dlg.isVisible()
    assert dlg.progress.value() == 1000 and len(seen) > 3
    assert "Written to" in dlg.message.text() or "Geschreven" in dlg.message.text()


def test_dialog_shows_errors_and_cancel_keeps_old_files(qtbot, dialog, monkeypatch):
    dlg, out = dialog
    old = out / "Samenspel in beweging - verslag.pdf"
    old.write_bytes(b"old")
    (out / ".~lock.Samenspel in beweging - verslag.pdf#").write_text("x")
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    assert "LibreOffice" in dlg.message.text()
    assert old.read_bytes() == b"old"
    (out / ".~lock.Samenspel in beweging - verslag.pdf#").unlink()
    # cancel: the abort flag stops the core at its next check
    import facilitator.exports.safety as safety
    real_step = safety.Job.step

    def slow_step(self, done, total, message):
        dlg.job and dlg.job.abort.set()  # the user pressed Cancel meanwhile
        real_step(self, done, total, message)
    monkeypatch.setattr(safety.Job, "step", slow_step)
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60_000)
    assert "cancelled" in dlg.message.text().lower() or "afgebroken" in dlg.message.text()
    assert old.read_bytes() == b"old"
    assert [p for p in out.iterdir() if p.suffix == ".tmp"] == []


def test_nothing_chosen_disables_export(qtbot, dialog):
    dlg, _ = dialog
    for box in dlg.checks.values():
        box.setChecked(False)
    assert not dlg.export_button.isEnabled()


def test_dialog_in_dutch(qtbot, seed_path, tmp_path):
    from ui import export_dialog, i18n
    ts = i18n.TRANSLATIONS_DIR / "oogst_export_nl.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    folder = i18n.compile_translations(target=tmp_path / "qm")
    if not (folder / "oogst_export_nl.qm").exists():
        pytest.skip("pyside6-lrelease is not available")
    try:
        i18n.install("nl", folder)
        with EventFile.open(seed_path) as event:
            dlg = export_dialog.ExportDialog(None, SimpleNamespace(event=event))
            qtbot.addWidget(dlg)
            assert dlg.windowTitle() == "Exporteren"
            assert dlg.checks["minutes"].text() == "Verslag (PDF)"
            assert "verslag.pdf" in dlg.files.text()  # Dutch file names for Dutch output
            dlg.done(0)
    finally:
        i18n.install("en", folder)


def test_dialog_formats_come_from_the_registry(qtbot, seed_path, tmp_path):
    from facilitator.exports import formats
    from facilitator.words import tr
    from ui import export_dialog, i18n
    extra = formats.register(formats.ExportFormat(
        "extra", "export.format.signin", "export.file.signin", ".txt", "--extra", "E.txt",
        "an extra format", lambda *a, **k: None, frozenset({"participant_list"})))
    try:
        with EventFile.open(seed_path) as event:
            dlg = export_dialog.ExportDialog(None, SimpleNamespace(event=event))
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
                "Samenspel in beweging - sign-in sheet.txt"]
            dlg.done(0)
    finally:
        formats.FORMATS.remove(extra)
