"""Qt's own file dialogs, made to fit their texts in the interface language.

Oogst uses Qt's file dialogs (`QFileDialog.getOpenFileName` and friends; on
a desktop without a platform dialog they are Qt's widget dialogs). Their
words come from Qt's `qtbase_nl.qm` (`i18n.install`); the Dutch words and
dates are longer than the English ones the dialog measures its columns for,
so sizes and dates were cut. One application-wide event filter sizes the
Size, Type and Date Modified columns to their contents (also each time a
folder is read) and widens the dialog so that the name column keeps room.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QTreeView

NAME_ROOM = 300  # pixels kept for the file name column
DETAIL_COLUMNS = (1, 2, 3)  # size, type, date modified
PADDING = 16

_fitter: FileDialogFitter | None = None


class FileDialogFitter(QObject):
    """Fits every QFileDialog the moment it is shown (once per dialog)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog) \
                and not watched.property("oogstFitted"):
            watched.setProperty("oogstFitted", True)
            fit(watched)
        return False


def install(app: QApplication | None = None) -> FileDialogFitter | None:
    """Install the fitter on the application (once)."""
    global _fitter
    app = app or QApplication.instance()
    if app is None:
        return None
    if _fitter is None or _fitter.parent() is not app:
        _fitter = FileDialogFitter(app)
        app.installEventFilter(_fitter)
    return _fitter


def size_columns(tree: QTreeView) -> None:
    """Size, type and date columns as wide as their widest text or header."""
    for column in DETAIL_COLUMNS:
        tree.resizeColumnToContents(column)
        header = tree.header()
        header.resizeSection(column, header.sectionSize(column) + PADDING)


class _ColumnSizer(QObject):
    """Sizes its tree's columns; a child of the tree, so the connection ends with it."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    @Slot(str)
    def size(self, _path: str) -> None:
        if shiboken6.isValid(self._tree):  # the dialog may be closing already
            size_columns(self._tree)


def fit(dialog: QFileDialog) -> None:
    """Columns to their contents, and the dialog wide enough for them and a name."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:  # a platform (native) dialog: nothing of ours to fit
        return
    model = dialog.findChild(QFileSystemModel)
    if model is not None:
        model.directoryLoaded.connect(_ColumnSizer(tree).size)
    size_columns(tree)
    header = tree.header()
    details = sum(header.sectionSize(c) for c in DETAIL_COLUMNS)
    outside = dialog.width() - tree.viewport().width()
    wanted = max(dialog.width(), NAME_ROOM + details + outside + PADDING)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        wanted = min(wanted, int(screen.availableGeometry().width() * 0.9))
    if wanted > dialog.width():
        dialog.resize(wanted, dialog.height())
