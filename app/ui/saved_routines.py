"""The saved-sessions dialog (load, rename and delete named sessions) and the question of a
name when a session is saved.

A file that cannot be read stays in the list, marked, with its located problems; it can
be deleted but is never rewritten, replaced or loaded half. A name is asked for again until
it can be saved: without invisible characters, not the name of a file that cannot be read,
and replacing a readable session only when the person says so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from app.core import routines
from app.core.model import Catalogue
from app.core.routines import SavedRoutine
from app.core.text import Lang
from app.services import i18n, routine_store
from app.services.i18n import translate
from app.services.routine_store import Entry, StoreError
from app.ui import saved_files
from app.ui.queue_model import RoutineQueue
from app.ui.queue_panel import QueuePanel
from app.ui.saved_files import NameWords, SavedEntry, SavedFilesDialog, Shelf


class SavedRoutinesDialog(SavedFilesDialog):
    """Signals: ``load_requested(object)`` with the :class:`SavedRoutine` to load."""

    load_requested = Signal(object)

    def __init__(self, known: Collection[str], parent: QWidget | None = None) -> None:
        self._known = known
        super().__init__(self.tr("Saved sessions"), self.tr("&Load"),
                         ("savedSessions", "savedList", "savedProblem"), parent)  # fmt: skip
        self.load_button = self.primary_button
        self.refresh()

    def load(self) -> None:
        self.use()

    def entries(self) -> list[Entry]:
        return routine_store.entries(self._known)

    def line(self, entry: SavedEntry) -> str:
        assert isinstance(entry, Entry) and entry.session is not None
        return (
            self.tr("%1 · exercises: %2").replace("%1", entry.name)
            .replace("%2", str(len(entry.session.exercises)))
        )  # fmt: skip

    def empty_text(self) -> str:
        return self.tr("No saved sessions yet. Use Session → Save session…")

    def delete_title(self) -> str:
        return self.tr("Delete session")

    def use_entry(self, entry: SavedEntry) -> None:
        assert isinstance(entry, Entry)
        self.load_requested.emit(entry.session)

    def ask_new_name(self, entry: SavedEntry) -> str | None:
        return ask_name(self, self._known, entry.name, renaming=entry.path)

    def save_renamed(self, entry: SavedEntry, name: str) -> None:
        assert isinstance(entry, Entry) and entry.session is not None
        routine_store.save(
            SavedRoutine(name, entry.session.exercises), entry.path, known=self._known
        )

    def remove(self, path: Path) -> None:
        routine_store.remove(path)


def shelf(known: Collection[str]) -> Shelf:
    """Saved sessions, for the name question (``known``: the exercise ids there are)."""
    return Shelf(
        routines.normal_name,
        routines.name_message,
        routines.MAX_NAME,
        lambda name: routine_store.named(name, known),
        routine_store.clash,  # type: ignore[arg-type]  # its entries are SavedEntry
        NameWords(
            translate("SavedRoutinesDialog", "Save session"),
            translate("SavedRoutinesDialog", "Rename session"),
            translate(
                "SavedRoutinesDialog",
                "The saved session %1 cannot be read, so it is kept as it is and not "
                "replaced. Please choose another name.",
            ),
            translate(
                "SavedRoutinesDialog",
                "A session named “%1” already exists. Please choose another name.",
            ),
            translate("SavedRoutinesDialog", "Replace session"),
            translate("SavedRoutinesDialog", "A session named “%1” already exists. Replace it?"),
        ),
    )


def ask_name(
    parent: QWidget, known: Collection[str], suggested: str, renaming: Path | None = None
) -> str | None:
    """A session's name (see :func:`saved_files.ask_name`); ``known``: the exercise ids."""
    return saved_files.ask_name(parent, shelf(known), suggested, renaming)


class SavedRoutineCommands(QObject):
    """Save the queue under a name, and load a saved session or a program of the book into
    it: the main window's Session menu. The queue panel shows the name last loaded or
    saved while the queue is exactly what has that name: an exercise added, removed or
    moved, or Clear, and the name goes; Undo back to that list brings it back.
    ``told(str, int)`` is a status line to show for that many ms."""

    told = Signal(str, int)

    def __init__(self, window: QWidget, queue: RoutineQueue, panel: QueuePanel,
                 catalogue: Catalogue, lang: Lang) -> None:  # fmt: skip
        super().__init__(window)
        self._window, self._queue, self._panel = window, queue, panel
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._name = ""  # the saved session now in the queue, offered when saving again
        self._shown: tuple[str, list[str]] = ("", [])  # the name in the panel, for this list
        self.asking: QMessageBox | None = None  # whether to replace the queue by a program
        queue.changed.connect(self._follow)

    def save(self) -> None:
        if len(self._queue):
            name = ask_name(self._window, self._catalogue.exercises, self._name)
            if name is not None:
                self.save_as(name)

    def save_as(self, name: str) -> bool:
        """Save under ``name``, replacing a saved session of the same name (never a file
        that cannot be read: the store refuses that, see ``routine_store.save``)."""
        name = routines.normal_name(name)  # as it is saved and compared: one "café"
        known = self._catalogue.exercises
        replacing = routine_store.replaced_by(name, known)
        try:
            path = routine_store.save(
                SavedRoutine(name, tuple(self._queue.ids())), replacing, known=known
            )
        except StoreError as error:
            QMessageBox.warning(self._window, self.tr("Not saved"),
                                i18n.problem_text(error.problem))  # fmt: skip
            return False
        self._name = name
        self._show_name(name)
        self.told.emit(self.tr("Saved to %1").replace("%1", str(path)), 5000)
        return True

    def show_dialog(self) -> SavedRoutinesDialog:
        dialog = SavedRoutinesDialog(self._catalogue.exercises, self._window)
        dialog.load_requested.connect(self.load)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def load(self, session: SavedRoutine) -> None:
        self._queue.replace(session.exercises, session.name)
        self._name = session.name
        self._show_name(session.name)

    def _show_name(self, name: str) -> None:
        """``name`` stands for the queue as it is now."""
        self._shown = (name, self._queue.ids())
        self._panel.set_name(name)

    def _follow(self) -> None:
        """After every edit (and its undo): the name only for the list it belongs to. It
        stayed before, so "Chapter 3 · Phase 1" named a cleared queue and what was added."""
        name, ids = self._shown
        self._panel.set_name(name if self._queue.ids() == ids else "")

    def load_program(self, program_id: str) -> None:
        """A program of the book: shown by its name, but not a saved session of one's own."""
        name = self._catalogue.programs[program_id].name.get(self._lang)
        self.load(SavedRoutine(name, tuple(self.program_ids(program_id))))
        self._name = ""

    def program_ids(self, program_id: str) -> list[str]:
        return [item.exercise for item in self._catalogue.programs[program_id].items]

    def offer_program(self, program_id: str, then: Callable[[], object]) -> QMessageBox | None:
        """Load a program and go on with ``then`` (start it, after the check-in): at once
        when the queue is empty or already is that program; otherwise only after a Yes,
        as the queue holds a routine the person chose or built (a reminder answered
        replaced the Phase 2 just chosen with Phase 1). The question does not block (a
        reminder is answered from the tray, and the window goes on); it is returned, and
        asked once however often the reminder is answered."""
        if self.asking is not None:
            self.asking.raise_()
            self.asking.activateWindow()
            return self.asking
        if self._queue.ids() in ([], self.program_ids(program_id)):
            if not len(self._queue):
                self.load_program(program_id)
            then()
            return None
        name = self._catalogue.programs[program_id].name.get(self._lang)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Today's programme"),
                          self.tr("Replace your session with today's programme?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._window)  # fmt: skip
        box.setObjectName("replaceWithProgram")
        box.setInformativeText(
            self.tr("Today's programme is “%1”. Undo brings your session back.").replace("%1", name)
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # nothing is lost by a stray Enter
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self.asking = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.load_program(program_id)
                then()

        box.finished.connect(answered)
        self.asking = box
        box.open()
        return box
