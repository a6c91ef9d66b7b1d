"""File > Agenda across meetings: read files and a folder in the background (progress,
cancel), filter, export; the open event is read through its snapshot."""
from __future__ import annotations

import shutil
import time

import openpyxl
import pytest
from PySide6.QtCore import Qt

from facilitator.eventfile import EventFile
from facilitator.follow_up import create_follow_up
from ui import agenda_across_dialog
from ui.agenda_across_dialog import AgendaAcrossDialog

from gui_helpers import show

@pytest.fixture
def demo_file(demo_with_actions):
    """The demo after its five agenda points became actions (seed 002 has no action
    list; tests/conftest.py)."""
    return demo_with_actions[0]


@pytest.fixture
def two_files(demo_file, tmp_path):
    folder = tmp_path / "reeks"
    folder.mkdir()
    shutil.copyfile(demo_file, folder / "1-demo.oogst")
    with EventFile.open(folder / "1-demo.oogst", readonly=True) as demo:
        with create_follow_up(folder / "2-vervolg.oogst", demo) as later:
            first = later.actions()[0]
            later.review_action(first.id, status="gereed", review_note="Gemaild")
    (folder / "3-kapot.oogst").write_text("geen evenement", encoding="utf-8")
    return folder


def settled(qtbot, dialog, job, timeout=20000):
    """Wait for the dialog to have heard the job's end (waiting for `finished` itself
    could start after a short job sent it)."""
    qtbot.waitUntil(lambda: job.is_done and dialog.cancel_button.isHidden(), timeout=timeout)
    return job


def read(qtbot, dialog):
    return settled(qtbot, dialog, dialog.read())


def test_read_a_folder_filter_and_export(qtbot, two_files, tmp_path):
    dialog = show(qtbot, AgendaAcrossDialog(), size=(900, 680))
    dialog.add_paths([two_files])
    assert dialog.files.count() == 1
    read(qtbot, dialog)
    assert dialog.table.rowCount() == 5  # each action of the series once
    assert "2 meetings read, 5 actions shown." in dialog.summary.text()
    assert "3-kapot.oogst" in dialog.summary.text()
    statuses = {dialog.table.item(r, 0).text()[:20]: dialog.table.item(r, 2).text()
                for r in range(5)}
    assert list(statuses.values()).count("Done") == 1  # reviewed in the follow-up
    dialog.organisation.setFocus()
    qtbot.keyClicks(dialog.organisation.lineEdit(), "VNG Utrecht")
    assert dialog.table.rowCount() == 2
    dialog.level.setCurrentIndex(dialog.level.findData("landelijk"))
    assert dialog.table.rowCount() == 0
    dialog.level.setCurrentIndex(0)
    out = tmp_path / "vng.xlsx"
    settled(qtbot, dialog, dialog.export("xlsx", out))
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2 and all("VNG Utrecht" in r[2] for r in rows)
    each = tmp_path / "per"
    each.mkdir()
    settled(qtbot, dialog, dialog.export_each(each), timeout=30000)
    assert sorted(p.name for p in each.iterdir()) == [
        "Action agenda across meetings - VNG Utrecht.pdf",
        "Action agenda across meetings - VNG Utrecht.xlsx"]


def test_cancel_reading(qtbot, two_files, monkeypatch):
    real = agenda_across_dialog.read_agenda

    def slow(files, *, progress, **kw):
        def tick(*args):
            time.sleep(0.3)
            progress(*args)
        return real(files, progress=tick, **kw)

    monkeypatch.setattr(agenda_across_dialog, "read_agenda", slow)
    dialog = show(qtbot, AgendaAcrossDialog(), size=(900, 680))
    dialog.add_paths([two_files])
    job = dialog.read()
    assert dialog.cancel_button.isVisible() and not dialog.read_button.isEnabled()
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.read_button.isEnabled())
    assert "Stopped" in dialog.summary.text() and dialog.table.rowCount() == 0


def test_the_open_event_is_read_through_a_private_copy(qtbot, two_files):
    with EventFile.open(two_files / "2-vervolg.oogst") as open_event:  # locked
        open_event.add_action(what="Net in het venster toegevoegd", owner="NLZVE")
        dialog = show(qtbot, AgendaAcrossDialog(open_event=open_event), size=(900, 680))
        assert dialog.paths == [two_files / "2-vervolg.oogst"]
        dialog.add_paths([two_files])
        read(qtbot, dialog)
        whats = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert "Net in het venster toegevoegd" in whats and len(whats) == 6
        open_event.add_note(text="het venster schrijft nog")
