"""File > New: choose a session template, then where to save the new event file."""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from facilitator.errors import OogstError
from facilitator.eventfile import EventFile
from facilitator.templates import SESSIONS_DIR, Template, list_templates

from ..search_panel import HTML_ROLE, HtmlDelegate

translate = QCoreApplication.translate
BLANK = "\x00blank"  # the list item of a blank meeting (no template key looks like it)
FOLLOW_UP = "\x00follow-up"  # the list item of a follow-up of an earlier meeting


class NewEventDialog(QDialog):
    """Lists the templates in `sessions/` with name and description."""

    def __init__(self, parent: QWidget | None = None, *,
                 folders: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        folders = folders if folders is not None else [SESSIONS_DIR, user_templates_dir()]
        self.templates = [t for folder in folders if Path(folder).is_dir()
                          for t in list_templates(folder)]
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setSpacing(2)
        blank = QListWidgetItem()
        blank_name = self.tr("Blank meeting")
        blank_text = self.tr("No programme, tables or perspectives yet: you add them.")
        blank.setText(f"{blank_name}\n{blank_text}")
        blank.setData(HTML_ROLE, f"<b>{html.escape(blank_name)}</b><br>"
                                 f"{html.escape(blank_text)}")
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for template in self.templates:
            name = template.name
            if template.is_demo:
                name = self.tr("%1 (demo meeting, with its harvest)").replace("%1", name)
            item = QListWidgetItem(name + (f"\n{template.description}"
                                           if template.description else ""))
            item.setData(HTML_ROLE, f"<b>{html.escape(name)}</b><br>"
                                    f"{html.escape(template.description)}")
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            item.setToolTip(str(template.path))
            self.list.addItem(item)
        follow_up = QListWidgetItem()
        follow_name = self.tr("Follow-up meeting")
        follow_text = self.tr("Continues the open meeting (or one you choose when none is "
                              "open): its programme, tables and perspectives, and its open "
                              "actions carried in for review.")
        follow_up.setText(f"{follow_name}\n{follow_text}")
        follow_up.setData(HTML_ROLE, f"<b>{html.escape(follow_name)}</b><br>"
                                     f"{html.escape(follow_text)}")
        follow_up.setData(Qt.ItemDataRole.UserRole, FOLLOW_UP)
        self.list.addItem(follow_up)
        self.list.setCurrentRow(1 if self.templates else 0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        intro = QLabel(self.tr("Start from a template: it fills in the programme, rounds, "
                               "tables and perspectives, which you can change afterwards. "
                               "Or start with a blank meeting."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Next…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.templates:
            empty = QLabel(self.tr("No templates were found in %1.").replace(
                "%1", ", ".join(str(f) for f in folders)))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(560, 420)

    def blank_chosen(self) -> bool:
        """True when "Blank meeting" is chosen (no template)."""
        item = self.list.currentItem()
        return item is not None and item.data(Qt.ItemDataRole.UserRole) == BLANK

    def follow_up_chosen(self) -> bool:
        """True when "Follow-up meeting" is chosen (`ui.series_menu.new_follow_up`)."""
        item = self.list.currentItem()
        return item is not None and item.data(Qt.ItemDataRole.UserRole) == FOLLOW_UP

    def chosen(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.key == key), None)


def suggested_file_name(title: str) -> str:
    """A file name from a title: letters, digits, spaces and dashes only."""
    clean = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return (clean or "bijeenkomst") + ".oogst"


def ask_save_path(parent: QWidget | None, title: str, start_dir: str = "") -> Path | None:
    """A save-file dialog for a new .oogst file; None when cancelled."""
    from .. import places
    folder = start_dir if start_dir and Path(start_dir).is_dir() else str(places.documents_dir())
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("NewEventDialog", "Save the new event as"),
        str(Path(folder) / suggested_file_name(title)), file_filter())
    if not path:
        return None
    path = Path(path)
    return path if path.suffix == ".oogst" else path.with_name(path.name + ".oogst")


def create_blank(parent: QWidget | None, start_dir: str = "") -> EventFile | None:
    """File > New > Blank meeting: ask where to save it, then an empty event file in
    the interface language, titled after the file's name; None when cancelled or
    refused (with a message)."""
    from PySide6.QtWidgets import QMessageBox
    from .. import i18n
    title = translate("NewEventDialog", "New meeting")
    path = ask_save_path(parent, title, start_dir)
    if path is None:
        return None
    if path.exists():
        QMessageBox.warning(parent, title, translate("NewEventDialog",
            "“%1” exists already. Oogst never overwrites an event file; please choose "
            "another name.").replace("%1", path.name))
        return None
    try:
        return EventFile.create(path, title=path.stem, language=i18n.current_language())
    except (OogstError, OSError) as exc:
        QMessageBox.warning(parent, title, translate(
            "NewEventDialog", "The event could not be created: %1").replace(
            "%1", i18n.core_error(exc)))
        return None


def new_blank(window) -> bool:
    """A new blank meeting (no template), from File > New or the welcome: asked where,
    made, and opened in `window` (the main window)."""
    event = create_blank(window, window._last_dir())
    if event is not None:
        window._take(event)
    return event is not None


def file_filter() -> str:
    return translate("NewEventDialog", "Oogst events (*.oogst)")


class SaveTemplateDialog(QDialog):
    """File > Save as template: name, description, and whether to include the harvest."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit
        self.setWindowTitle(self.tr("Save as template"))
        self.name = QLineEdit(title)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What kind of meeting is this template for?"))
        self.description.setMaximumHeight(80)
        self.harvest = QCheckBox(self.tr("Include the harvest (notes, actions, follow-up "
                                         "meetings)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.harvest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda t: buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 240)


def user_templates_dir() -> Path:
    """Templates a facilitator saved: in Oogst's data folder, listed by File > New too."""
    from facilitator.backups import data_dir
    return data_dir() / "templates"


def save_as_template(window) -> None:
    """File > Save as template: the open event of `window` (the main window) as a
    template in the user's templates folder (the dialog asks what to include)."""
    from PySide6.QtWidgets import QMessageBox
    from facilitator import sessions
    from .. import i18n
    if window.bridge is None:
        return
    event = window.bridge.event
    dialog = SaveTemplateDialog(event.event().title, window)
    if not dialog.exec():
        return
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = dialog.name.text().strip()
    path, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Save as template"),
        str(folder / (templates_file_stem(name) + ".toml")),
        translate("MainWindow", "Oogst templates (*.toml)"))
    if not path:
        return
    try:
        sessions.save_as_template(event, path, name=name,
                                  description=dialog.description.toPlainText().strip(),
                                  include_harvest=dialog.harvest.isChecked())
    except (OogstError, OSError) as exc:
        QMessageBox.warning(window, translate("MainWindow", "Save as template"),
                            i18n.core_error(exc))
        return
    window.statusBar().showMessage(
        translate("MainWindow", "Template saved: %1").replace("%1", path), 8000)


def templates_file_stem(name: str) -> str:
    return re.sub(r"[^\w\-]+", "-", name.lower()).strip("-") or "template"
