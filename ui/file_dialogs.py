"""Qt's own file dialogs, made to fit their texts in the interface language.

Oogst uses Qt's file dialogs (`QFileDialog.getOpenFileName` and friends; on
a desktop without a platform dialog they are Qt's widget dialogs). Their
words come from Qt's `qtbase_nl.qm` (`i18n.install`); the Dutch words and
dates are longer than the English ones the dialog measures its columns for,
so sizes, types and dates were cut. One application-wide event filter makes
the Size, Type and Date Modified columns follow their contents (Qt's
ResizeToContents: also when the types arrive later) and widens the dialog so
that the name column keeps room.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView

NAME_ROOM = 300  # pixels kept for the file name column
MIN_WIDTH = 900  # the dialog's width at least (90 % of the screen at most)
DETAIL_COLUMNS = (1, 2, 3)  # size, type, date modified
PADDING = 16  # beside the columns, for the scroll bar

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
    """Size, type and date columns follow their widest text or header (also when Qt
    fills in a file's type later); the name column takes the rest of the width."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in DETAIL_COLUMNS:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def fit(dialog: QFileDialog) -> None:
    """Columns to their contents, and the dialog wide enough for them and a name."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:  # a platform (native) dialog: nothing of ours to fit
        return
    size_columns(tree)
    header = tree.header()
    details = sum(header.sectionSize(c) for c in DETAIL_COLUMNS)
    outside = dialog.width() - tree.viewport().width()
    # Types and dates arrive after the dialog shows: room for them is kept up front.
    wanted = max(dialog.width(), MIN_WIDTH, NAME_ROOM + details + outside + PADDING)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        wanted = min(wanted, int(screen.availableGeometry().width() * 0.9))
    if wanted > dialog.width():
        dialog.resize(wanted, dialog.height())  # Qt centres it on its parent afterwards
