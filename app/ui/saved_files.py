"""What saved routines and saved rhythms share on screen: the question of a name, asked
again until the name can be saved, and the dialog that lists, renames and deletes them.

A file that cannot be read stays in the list, marked, with its located problems; it can
be deleted but is never rewritten, replaced or used half. A name is refused, with the
reason, when it holds invisible characters, when it is the name of a file that cannot be
read, or (renaming) when another file has it; a readable file of that name is replaced
only after a Yes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.problems import Message, Problem
from app.core.text import is_invisible, visible
from app.services import i18n
from app.services.i18n import translate
from app.services.routine_store import StoreError
from app.ui.fit_area import size_for_screen


class SavedEntry(Protocol):
    """A saved file as a store lists it (``routine_store.Entry``, ``rhythm_store.Entry``)."""

    @property
    def path(self) -> Path: ...

    @property
    def name(self) -> str: ...

    @property
    def readable(self) -> bool: ...

    @property
    def problems(self) -> tuple[Problem, ...]: ...


@dataclass(frozen=True, slots=True)
class NameWords:
    """The words of the name question for one kind of file, translated by its module:
    ``unreadable`` has %1 for a file's path, ``taken`` and ``replace`` %1 for the name."""

    save_title: str
    rename_title: str
    unreadable: str
    taken: str
    replace_title: str
    replace: str


@dataclass(frozen=True, slots=True)
class Shelf:
    """One kind of saved file, as the name question needs it: its name rules (from
    ``app.core.routines`` or ``rhythms``) and its store's ``named`` and ``clash``."""

    normal_name: Callable[[str], str]
    name_message: Callable[[str], Message | None]
    longest: int
    named: Callable[[str], Sequence[SavedEntry]]
    clash: Callable[[str, Sequence[SavedEntry], Path | None], SavedEntry | None]
    words: NameWords


def ask_name(
    parent: QWidget, shelf: Shelf, suggested: str, renaming: Path | None = None
) -> str | None:
    """Ask for a name until it is one that can be saved, or the person gives up.

    ``renaming`` is the file being renamed, which its own name never clashes with. The
    name returned is in NFC (``shelf.normal_name``), the form every saved name is in."""
    words = shelf.words
    title = words.rename_title if renaming is not None else words.save_title
    refused = (
        translate("SavedFiles", "Not renamed")
        if renaming is not None
        else translate("SavedFiles", "Not saved")
    )
    text = suggested
    while True:
        name, ok = QInputDialog.getText(parent, title, translate("SavedFiles", "Name:"), text=text)
        name = shelf.normal_name(name.strip())  # NFC, as saved and compared
        if not ok or not name:
            return None
        problem = shelf.name_message(name)
        if problem is not None:
            QMessageBox.warning(parent, refused, i18n.message_text(problem))
            text = "".join(c for c in name if not is_invisible(c))[: shelf.longest]
            continue
        clash = shelf.clash(name, shelf.named(name), renaming)
        if clash is None:
            return name
        if not clash.readable:
            QMessageBox.warning(
                parent, refused, words.unreadable.replace("%1", visible(str(clash.path), None))
            )
        elif renaming is not None:
            QMessageBox.warning(parent, refused, words.taken.replace("%1", name))
        else:
            answer = QMessageBox.question(
                parent, words.replace_title, words.replace.replace("%1", name)
            )
            if answer == QMessageBox.StandardButton.Yes:
                return name
        text = free_name(name, shelf, renaming)


def free_name(name: str, shelf: Shelf, renaming: Path | None = None) -> str:
    """``name 2``, ``name 3``, …: the first that clashes with no saved file."""
    number = 2
    while True:
        suffix = f" {number}"
        candidate = name[: shelf.longest - len(suffix)] + suffix
        if shelf.clash(candidate, shelf.named(candidate), renaming) is None:
            return candidate
        number += 1


class SavedFilesDialog(QDialog):
    """The list of one kind of saved file with a main action (Load, Use), Rename and
    Delete. A subclass says what is listed and how (``entries``, ``line``), what the
    main action does (``use_entry``) and how a rename is saved (``save_renamed``).

    Signals: ``changed(str)`` after a rename or a delete, with the file's name now (empty
    after a delete), so whatever lists them lists them again."""

    changed = Signal(str)

    def __init__(
        self, title: str, primary: str, names: tuple[str, str, str], parent: QWidget | None
    ) -> None:
        """``names``: the object names of the dialog, its list and its problem line."""
        super().__init__(parent)
        self.setObjectName(names[0])
        self.setWindowTitle(title)
        self._entries: list[SavedEntry] = []
        self.list = QListWidget()
        self.list.setObjectName(names[1])
        self.list.setAccessibleName(title)
        self.list.currentRowChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.use())
        self.problem = QLabel()
        self.problem.setObjectName(names[2])
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.primary_button = QPushButton(primary)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button in (self.primary_button, self.rename_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.primary_button.clicked.connect(self.use)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        size_for_screen(self, 480, 360)

    # -- what a subclass says ------------------------------------------------------------

    def entries(self) -> Sequence[SavedEntry]:
        raise NotImplementedError

    def line(self, entry: SavedEntry) -> str:
        """The list's line for a readable entry."""
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def delete_title(self) -> str:
        raise NotImplementedError

    def use_entry(self, entry: SavedEntry) -> None:
        raise NotImplementedError

    def ask_new_name(self, entry: SavedEntry) -> str | None:
        raise NotImplementedError

    def save_renamed(self, entry: SavedEntry, name: str) -> None:
        """Save ``entry`` under ``name``; raises :class:`StoreError` when it cannot."""
        raise NotImplementedError

    def remove(self, path: Path) -> None:
        raise NotImplementedError

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        self._entries = list(self.entries())
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in self._entries:
            if entry.readable:
                self.list.addItem(QListWidgetItem(self.line(entry)))
            else:
                self.list.addItem(QListWidgetItem(warning, self.tr("%1 (cannot be read)").replace(
                    "%1", visible(entry.path.name))))  # fmt: skip
        row = next((n for n, e in enumerate(self._entries) if e.name == select), 0)
        self.list.setCurrentRow(row if self._entries else -1)
        self._on_current(self.list.currentRow())

    def current(self) -> SavedEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _on_current(self, _row: int) -> None:
        entry = self.current()
        readable = entry is not None and entry.readable
        self.primary_button.setEnabled(readable)
        self.rename_button.setEnabled(readable)
        self.delete_button.setEnabled(entry is not None)
        if entry is not None and entry.problems:
            self.problem.setText(
                self.tr("This file was left as it is:") + "\n"
                + "\n".join(i18n.problem_text(p) for p in entry.problems)
            )  # fmt: skip
        elif not self._entries:
            self.problem.setText(self.empty_text())
        else:
            self.problem.setText("")

    # -- the actions ---------------------------------------------------------------------

    def use(self) -> None:
        entry = self.current()
        if entry is not None and entry.readable:
            self.use_entry(entry)
            self.accept()

    def rename(self) -> None:
        entry = self.current()
        if entry is None or not entry.readable:
            return
        name = self.ask_new_name(entry)
        if name is None or name == entry.name:
            return
        try:
            self.save_renamed(entry, name)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not renamed"), i18n.problem_text(error.problem))
            self.refresh(select=entry.name)
            return
        self.refresh(select=name)
        self.changed.emit(name)

    def delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.delete_title(),
            self.tr("Delete “%1”? The file goes to the trash where there is one.").replace(
                "%1", visible(entry.name)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.remove(entry.path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), i18n.problem_text(error.problem))
        self.refresh()
        self.changed.emit("")
