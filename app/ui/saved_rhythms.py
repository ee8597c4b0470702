"""The pacer's own rhythms: listed in its rhythm box under their own heading, the question
of a name when one is saved, and the dialog that renames and deletes them (the saved
sessions' habits, ``ui/saved_routines.py``).

A file that cannot be read stays in the dialog's list, marked, with its located problems;
it can be deleted but is never rewritten, replaced or used half. A name is asked for again
until it can be saved: without invisible characters, not the name of a file that cannot be
read, and replacing a rhythm of the same name only when the person says so.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
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

from app.core import rhythms
from app.core.model import Preset
from app.core.pattern import number_text
from app.core.rhythms import SavedRhythm
from app.core.text import Lang, is_invisible, visible
from app.services import i18n, rhythm_store
from app.services.i18n import Context
from app.services.rhythm_store import Entry, StoreError
from app.ui.fit_area import size_for_screen

SavedRhythms = Context("SavedRhythms")  # a counted text needs Name.tr (i18n.Context)
CUSTOM = ""  # the rhythm box's entry for a pattern of one's own
OWN = "own:"  # the rhythm box's entry of a saved rhythm of one's own: OWN + its file's name
_SHOWN_PROBLEM_FILES = 3  # unreadable rhythm files said one by one; more are counted


def fill_box(
    box: QComboBox, presets: Collection[Preset], lang: Lang, mark: str, custom: str
) -> tuple[dict[str, SavedRhythm], list[str]]:
    """List the book's presets in ``box``, then the person's own rhythms under their own
    heading, then "Your own pattern…"; keep the entry chosen when it is still listed (a
    rhythm of one's own that went leaves "Your own pattern…", its pattern left in the
    field), without signalling a change. ``custom`` is the words for "Your own pattern…"
    (the pacer's, translated there since before rhythms could be saved). Returns the own
    rhythms by their entry's data and the lines to tell about rhythm files that cannot be
    read (FILE:LINE:COLUMN)."""
    current = box.currentData()
    blocker = QSignalBlocker(box)
    box.clear()
    for preset in presets:
        box.addItem(preset.name.get(lang), preset.id)
        box.setItemData(box.count() - 1, preset.description.get(lang), Qt.ItemDataRole.ToolTipRole)
    listing = rhythm_store.listing()
    own: dict[str, SavedRhythm] = {}
    if listing.readable:
        box.insertSeparator(box.count())
        box.addItem(SavedRhythms.tr("Your rhythms"), None)
        model = box.model()
        assert isinstance(model, QStandardItemModel)
        heading = model.item(box.count() - 1)
        heading.setEnabled(False)  # a heading, not a choice: the arrow keys pass it by
        font = QFont(box.font())
        font.setBold(True)
        heading.setFont(font)
        for entry in listing.entries:
            if entry.rhythm is not None:
                key = OWN + entry.path.name
                own[key] = entry.rhythm
                box.addItem(entry.rhythm.name, key)
                box.setItemData(
                    box.count() - 1, describe(entry.rhythm, mark), Qt.ItemDataRole.ToolTipRole
                )
    box.insertSeparator(box.count())
    box.addItem(custom, CUSTOM)
    index = box.findData(current) if current is not None else -1
    if index < 0 and isinstance(current, str) and current.startswith(OWN):
        index = box.findData(CUSTOM)
    box.setCurrentIndex(max(0, index))
    del blocker
    return own, _said(listing)


def _said(listing: rhythm_store.Listing) -> list[str]:
    lines = []
    for entry in listing.unreadable[:_SHOWN_PROBLEM_FILES]:
        first = i18n.problem_text(entry.problems[0]) if entry.problems else str(entry.path)
        lines.append(
            SavedRhythms.tr("A rhythm of yours cannot be read and was left as it is: %1").replace(
                "%1", first
            )
        )
    more = len(listing.unreadable) - _SHOWN_PROBLEM_FILES
    if more > 0:
        lines.append(
            SavedRhythms.tr("%n more rhythm file(s) cannot be read; see Your rhythms…", "", more)
        )
    if listing.left_out:
        lines.append(
            SavedRhythms.tr(
                "Only the first %1 rhythm files are read; %n more in %2 were not.",
                "",
                listing.left_out,
            )
            .replace("%1", str(rhythm_store.MAX_RHYTHMS))
            .replace("%2", visible(str(rhythm_store.folder()), None))
        )
    return lines


def describe(rhythm: SavedRhythm, mark: str) -> str:
    """A rhythm of one's own in a line: its pattern and the length it was saved with."""
    pattern = rhythm.pattern.notation(mark)
    if rhythm.breaths is not None:
        return SavedRhythms.tr("%1 · %n breath(s)", "", rhythm.breaths).replace("%1", pattern)
    if rhythm.minutes is not None:
        return (
            SavedRhythms.tr("%1 · %2 min")
            .replace("%1", pattern)
            .replace("%2", number_text(rhythm.minutes, mark))
        )
    return pattern


class SavedRhythmsDialog(QDialog):
    """Signals: ``changed(str)`` after a rename or a delete, with the rhythm's name now
    (empty after a delete), so the pacer lists its rhythms again; ``chosen(str)`` with the
    name of the rhythm to use."""

    changed = Signal(str)
    chosen = Signal(str)

    def __init__(self, decimal_mark: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedRhythms")
        self.setWindowTitle(self.tr("Your rhythms"))
        self._mark = decimal_mark
        self._entries: list[Entry] = []
        self.list = QListWidget()
        self.list.setObjectName("rhythmList")
        self.list.setAccessibleName(self.tr("Your rhythms"))
        self.list.currentRowChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.use())
        self.problem = QLabel()
        self.problem.setObjectName("rhythmProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.use_button = QPushButton(self.tr("&Use"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button in (self.use_button, self.rename_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.clicked.connect(self.use)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        size_for_screen(self, 480, 360)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        listing = rhythm_store.listing()
        self._entries = list(listing.entries)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in self._entries:
            if entry.rhythm is None:
                item = QListWidgetItem(warning, self.tr("%1 (cannot be read)").replace(
                    "%1", visible(entry.path.name)))  # fmt: skip
            else:
                item = QListWidgetItem(
                    self.tr("%1 (%2)").replace("%1", entry.name)
                    .replace("%2", describe(entry.rhythm, self._mark))
                )  # fmt: skip
            self.list.addItem(item)
        row = next((n for n, e in enumerate(self._entries) if e.name == select), 0)
        self.list.setCurrentRow(row if self._entries else -1)
        self._on_current(self.list.currentRow())

    def current(self) -> Entry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _on_current(self, _row: int) -> None:
        entry = self.current()
        readable = entry is not None and entry.rhythm is not None
        self.use_button.setEnabled(readable)
        self.rename_button.setEnabled(readable)
        self.delete_button.setEnabled(entry is not None)
        if entry is not None and entry.problems:
            self.problem.setText(
                self.tr("This file was left as it is:") + "\n"
                + "\n".join(i18n.problem_text(p) for p in entry.problems)
            )  # fmt: skip
        elif not self._entries:
            self.problem.setText(
                self.tr("No rhythms of your own yet. Type a pattern and press Save…")
            )
        else:
            self.problem.setText("")

    def use(self) -> None:
        entry = self.current()
        if entry is not None and entry.rhythm is not None:
            self.chosen.emit(entry.rhythm.name)
            self.accept()

    def rename(self) -> None:
        entry = self.current()
        if entry is None or entry.rhythm is None:
            return
        name = ask_name(self, entry.name, renaming=entry.path)
        if name is None or name == entry.name:
            return
        old = entry.rhythm
        try:
            rhythm_store.save(SavedRhythm(name, old.pattern, old.breaths, old.minutes), entry.path)
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
            self.tr("Delete rhythm"),
            self.tr("Delete “%1”? The file goes to the trash where there is one.").replace(
                "%1", visible(entry.name)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rhythm_store.remove(entry.path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), i18n.problem_text(error.problem))
        self.refresh()
        self.changed.emit("")


def ask_name(parent: QWidget, suggested: str, renaming: Path | None = None) -> str | None:
    """Ask for a rhythm's name until it is one that can be saved, or the person gives up.

    Refused, with the reason, and asked again: a name with invisible characters (shown as
    escapes), and the name of a file that cannot be read (never replaced; a free name is
    offered). The name of a readable rhythm is replaced only after a Yes; renaming onto
    another rhythm's name is refused. ``renaming`` is the file of the rhythm being renamed,
    which its own name never clashes with. The name returned is in NFC."""
    title = (
        SavedRhythms.tr("Rename rhythm") if renaming is not None else SavedRhythms.tr("Save rhythm")
    )
    refused = (
        SavedRhythms.tr("Not renamed") if renaming is not None else SavedRhythms.tr("Not saved")
    )
    text = suggested
    while True:
        name, ok = QInputDialog.getText(parent, title, SavedRhythms.tr("Name:"), text=text)
        name = rhythms.normal_name(name.strip())
        if not ok or not name:
            return None
        problem = rhythms.name_message(name)
        if problem is not None:
            QMessageBox.warning(parent, refused, i18n.message_text(problem))
            text = "".join(c for c in name if not is_invisible(c))[: rhythms.MAX_NAME]
            continue
        clash = rhythm_store.clash(name, rhythm_store.named(name), keep=renaming)
        if clash is None:
            return name
        if clash.rhythm is None:
            QMessageBox.warning(
                parent,
                refused,
                SavedRhythms.tr(
                    "The saved rhythm %1 cannot be read, so it is kept as it is and not "
                    "replaced. Please choose another name.",
                ).replace("%1", visible(str(clash.path), None)),
            )
            text = free_name(name, renaming)
            continue
        if renaming is not None:
            QMessageBox.warning(
                parent,
                refused,
                SavedRhythms.tr(
                    "A rhythm named “%1” already exists. Please choose another name."
                ).replace("%1", name),
            )
            text = free_name(name, renaming)
            continue
        answer = QMessageBox.question(
            parent,
            SavedRhythms.tr("Replace rhythm"),
            SavedRhythms.tr("A rhythm named “%1” already exists. Replace it?").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return name
        text = free_name(name, renaming)


def free_name(name: str, renaming: Path | None = None) -> str:
    """``name 2``, ``name 3``, …: the first that clashes with no saved rhythm."""
    number = 2
    while True:
        suffix = f" {number}"
        candidate = name[: rhythms.MAX_NAME - len(suffix)] + suffix
        if rhythm_store.clash(candidate, rhythm_store.named(candidate), keep=renaming) is None:
            return candidate
        number += 1
