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
    QWidget,
)

from app.core import rhythms
from app.core.model import Preset
from app.core.pattern import number_text
from app.core.rhythms import SavedRhythm
from app.core.text import Lang, visible
from app.services import i18n, rhythm_store
from app.services.i18n import Context
from app.services.rhythm_store import Entry
from app.ui import saved_files
from app.ui.saved_files import NameWords, SavedEntry, SavedFilesDialog, Shelf

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


class SavedRhythmsDialog(SavedFilesDialog):
    """Signals: ``changed(str)`` after a rename or a delete, with the rhythm's name now
    (empty after a delete), so the pacer lists its rhythms again; ``chosen(str)`` with the
    name of the rhythm to use."""

    chosen = Signal(str)

    def __init__(self, decimal_mark: str, parent: QWidget | None = None) -> None:
        self._mark = decimal_mark
        super().__init__(self.tr("Your rhythms"), self.tr("&Use"),
                         ("savedRhythms", "rhythmList", "rhythmProblem"), parent)  # fmt: skip
        self.use_button = self.primary_button
        self.refresh()

    def entries(self) -> tuple[Entry, ...]:
        return rhythm_store.listing().entries

    def line(self, entry: SavedEntry) -> str:
        assert isinstance(entry, Entry) and entry.rhythm is not None
        return self.tr("%1 (%2)").replace("%1", entry.name).replace(
            "%2", describe(entry.rhythm, self._mark))  # fmt: skip

    def empty_text(self) -> str:
        return self.tr("No rhythms of your own yet. Type a pattern and press Save…")

    def delete_title(self) -> str:
        return self.tr("Delete rhythm")

    def use_entry(self, entry: SavedEntry) -> None:
        assert isinstance(entry, Entry) and entry.rhythm is not None
        self.chosen.emit(entry.rhythm.name)

    def ask_new_name(self, entry: SavedEntry) -> str | None:
        return ask_name(self, entry.name, renaming=entry.path)

    def save_renamed(self, entry: SavedEntry, name: str) -> None:
        assert isinstance(entry, Entry) and entry.rhythm is not None
        old = entry.rhythm
        rhythm_store.save(SavedRhythm(name, old.pattern, old.breaths, old.minutes), entry.path)

    def remove(self, path: Path) -> None:
        rhythm_store.remove(path)


def shelf() -> Shelf:
    """Saved rhythms, for the name question (its words translated now, not at import)."""
    return Shelf(
        rhythms.normal_name,
        rhythms.name_message,
        rhythms.MAX_NAME,
        rhythm_store.named,
        rhythm_store.clash,  # type: ignore[arg-type]  # its entries are SavedEntry
        NameWords(
            SavedRhythms.tr("Save rhythm"),
            SavedRhythms.tr("Rename rhythm"),
            SavedRhythms.tr(
                "The saved rhythm %1 cannot be read, so it is kept as it is and not "
                "replaced. Please choose another name.",
            ),
            SavedRhythms.tr("A rhythm named “%1” already exists. Please choose another name."),
            SavedRhythms.tr("Replace rhythm"),
            SavedRhythms.tr("A rhythm named “%1” already exists. Replace it?"),
        ),
    )


def ask_name(parent: QWidget, suggested: str, renaming: Path | None = None) -> str | None:
    """A rhythm's name (see :func:`saved_files.ask_name`)."""
    return saved_files.ask_name(parent, shelf(), suggested, renaming)
