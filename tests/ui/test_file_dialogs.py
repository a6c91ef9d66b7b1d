"""Qt's own file dialogs in the Dutch interface (ui/file_dialogs.py, i18n.install):
Dutch words from qtbase_nl.qm, and the size and date columns show their whole text."""
from __future__ import annotations

import os
import sqlite3
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView


def _files(folder):
    for i, size in enumerate((12, 12_345, 1_234_567, 98_765_432)):
        path = folder / f"bijeenkomst-{i}.oogst"
        with open(path, "wb") as handle:
            handle.truncate(size)
        stamp = time.mktime((2026, 12, 28, 23, 59, 0, 0, 0, -1))
        os.utime(path, (stamp, stamp))
    # a real SQLite file: its type ("SQLite3-gegevensbank") arrives after the dialog shows
    connection = sqlite3.connect(folder / "Samenspel in beweging.oogst")
    connection.execute("create table t (a)")
    connection.commit()
    connection.close()
    return folder


def _visible_texts_fit(qtbot, dialog: QFileDialog) -> None:
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) >= 5, timeout=10_000)
    header, metrics, model = tree.header(), tree.fontMetrics(), tree.model()
    assert [model.headerData(c, header.orientation()) for c in range(4)] == \
        ["Naam", "Grootte", "Type", "Datum gewijzigd"]

    def whole() -> None:  # also once Qt has filled in the types
        for column in (1, 2, 3):
            title = model.headerData(column, header.orientation())
            assert header.sectionSize(column) >= header.sectionSizeHint(column), title
            for row in range(model.rowCount(tree.rootIndex())):
                text = model.index(row, column, tree.rootIndex()).data()
                assert metrics.horizontalAdvance(text) < header.sectionSize(column), (title,
                                                                                     text)
    qtbot.wait(300)
    qtbot.waitUntil(whole, timeout=5000)
    types = {model.index(r, 2, tree.rootIndex()).data()
             for r in range(model.rowCount(tree.rootIndex()))}
    assert len(types) >= 1
    shown = sum(header.sectionSize(c) for c in range(4))
    assert header.sectionSize(0) >= 200
    assert shown <= tree.viewport().width() + 2, "the columns run past the dialog's edge"


def test_qt_file_dialog_is_dutch_and_shows_whole_sizes_and_dates(qtbot, dutch, tmp_path):
    folder = _files(tmp_path)
    seen: dict = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog)
            assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog) or \
                dialog.findChild(QTreeView, "treeView") is not None
            seen["look_in"] = dialog.findChild(QLabel, "lookInLabel").text()
            seen["type"] = dialog.findChild(QLabel, "fileTypeLabel").text()
            seen["name"] = dialog.findChild(QLabel, "fileNameLabel").text()
            _visible_texts_fit(qtbot, dialog)
            seen["ok"] = True
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    path, _ = QFileDialog.getOpenFileName(None, "Open", str(folder),
                                          "Oogst-bijeenkomsten (*.oogst)",
                                          options=QFileDialog.Option.DontUseNativeDialog)
    assert path == ""
    assert seen.get("look_in", "").replace("&", "") == "Zoeken in:"
    assert seen.get("type", "").replace("&", "") == "Bestanden van type:"
    assert seen.get("name", "").replace("&", "") == "Bestandsnaam:"
    assert seen.get("ok"), seen


def test_dutch_loads_qts_catalogue_and_what_it_lacks(dutch):
    assert "qtbase_nl.qm" in dutch and "qtbase_missing_nl.qm" in dutch


def test_the_fit_follows_every_dialog_also_a_second_one(qtbot, dutch, tmp_path):
    folder = _files(tmp_path)
    for _ in range(2):
        dialog = QFileDialog(None, "Opslaan", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        _visible_texts_fit(qtbot, dialog)
        dialog.reject()
