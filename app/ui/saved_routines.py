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

from app.core import routines
from app.core.model import Catalogue
from app.core.routines import SavedRoutine
from app.core.text import Lang, is_invisible, visible
from app.services import i18n, routine_store
from app.services.i18n import translate
from app.services.routine_store import Entry, StoreError
from app.ui.fit_area import size_for_screen
from app.ui.queue_model import RoutineQueue
from app.ui.queue_panel import QueuePanel


class SavedRoutinesDialog(QDialog):
    """Signals: ``load_requested(object)`` with the :class:`SavedRoutine` to load."""

    load_requested = Signal(object)

    def __init__(self, known: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedSessions")
        self.setWindowTitle(self.tr("Saved sessions"))
        self._known = known
        self._entries: list[Entry] = []
        self.list = QListWidget()
        self.list.setObjectName("savedList")
        self.list.setAccessibleName(self.tr("Saved sessions"))
        self.list.currentRowChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.load())
        self.problem = QLabel()
        self.problem.setObjectName("savedProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.load_button = QPushButton(self.tr("&Load"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button in (self.load_button, self.rename_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.load_button.clicked.connect(self.load)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        size_for_screen(self, 480, 360)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self._entries = routine_store.entries(self._known)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in self._entries:
            if entry.session is None:
                item = QListWidgetItem(warning, self.tr("%1 (cannot be read)").replace(
                    "%1", visible(entry.path.name)))  # fmt: skip
            else:
                count = len(entry.session.exercises)
                item = QListWidgetItem(
                    self.tr("%1 · exercises: %2").replace("%1", entry.name)
                    .replace("%2", str(count))
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
        self.load_button.setEnabled(entry is not None and entry.session is not None)
        self.rename_button.setEnabled(entry is not None and entry.session is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is not None and entry.problems:
            self.problem.setText(
                self.tr("This file was left as it is:") + "\n"
                + "\n".join(i18n.problem_text(p) for p in entry.problems)
            )  # fmt: skip
        elif not self._entries:
            self.problem.setText(self.tr("No saved sessions yet. Use Session → Save session…"))
        else:
            self.problem.setText("")

    def load(self) -> None:
        entry = self.current()
        if entry is not None and entry.session is not None:
            self.load_requested.emit(entry.session)
            self.accept()

    def rename(self) -> None:
        entry = self.current()
        if entry is None or entry.session is None:
            return
        name = ask_name(self, self._known, entry.name, renaming=entry.path)
        if name is None or name == entry.name:
            return
        try:
            routine_store.save(
                SavedRoutine(name, entry.session.exercises), entry.path, known=self._known
            )
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not renamed"), i18n.problem_text(error.problem))
        self.refresh(select=name)

    def delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete “%1”? The file goes to the trash where there is one.").replace(
                "%1", visible(entry.name)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            routine_store.remove(entry.path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), i18n.problem_text(error.problem))
        self.refresh()


def ask_name(
    parent: QWidget, known: Collection[str], suggested: str, renaming: Path | None = None
) -> str | None:
    """Ask for a session's name until it is one that can be saved, or the person gives up.

    Refused, with the reason, and asked again: a name with invisible characters (shown as
    escapes), and the name of a file that cannot be read (it is never replaced; another
    name is offered). The name of a readable session is replaced only after a Yes, when
    saving; renaming onto another session's name is refused. ``renaming`` is the file of
    the session being renamed, which its own name never clashes with. The name returned is
    in NFC (``routines.normal_name``), the form every session name is saved in."""
    title = (
        translate("SavedRoutinesDialog", "Rename session")
        if renaming is not None
        else translate("SavedRoutinesDialog", "Save session")
    )
    refused = (
        translate("SavedRoutinesDialog", "Not renamed")
        if renaming is not None
        else translate("SavedRoutinesDialog", "Not saved")
    )
    text = suggested
    while True:
        name, ok = QInputDialog.getText(
            parent, title, translate("SavedRoutinesDialog", "Name:"), text=text
        )
        name = routines.normal_name(name.strip())  # NFC, as saved and compared
        if not ok or not name:
            return None
        problem = routines.name_message(name)
        if problem is not None:
            QMessageBox.warning(parent, refused, i18n.message_text(problem))
            text = "".join(c for c in name if not is_invisible(c))
            continue
        listed = routine_store.named(name, known)
        clash = routine_store.clash(name, listed, keep=renaming)
        if clash is None:
            return name
        if clash.session is None:
            QMessageBox.warning(
                parent,
                refused,
                translate(
                    "SavedRoutinesDialog",
                    "The saved session %1 cannot be read, so it is kept as it is and not "
                    "replaced. Please choose another name.",
                ).replace("%1", visible(str(clash.path), None)),
            )
            text = free_name(name, known, renaming)
            continue
        if renaming is not None:
            QMessageBox.warning(
                parent,
                refused,
                translate(
                    "SavedRoutinesDialog",
                    "A session named “%1” already exists. Please choose another name.",
                ).replace("%1", name),
            )
            text = free_name(name, known, renaming)
            continue
        answer = QMessageBox.question(
            parent,
            translate("SavedRoutinesDialog", "Replace session"),
            translate(
                "SavedRoutinesDialog", "A session named “%1” already exists. Replace it?"
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return name
        text = free_name(name, known, renaming)


def free_name(name: str, known: Collection[str], renaming: Path | None = None) -> str:
    """``name 2``, ``name 3``, …: the first that clashes with no saved session."""
    number = 2
    while True:
        suffix = f" {number}"
        candidate = name[: routines.MAX_NAME - len(suffix)] + suffix
        listed = routine_store.named(candidate, known)
        if routine_store.clash(candidate, listed, keep=renaming) is None:
            return candidate
        number += 1


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
