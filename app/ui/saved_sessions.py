"""The saved-sessions dialog: load, rename and delete named sessions.

A file that cannot be read stays in the list, marked, with its located problems; it can
be deleted but is never rewritten or loaded half.
"""

from __future__ import annotations

from collections.abc import Collection

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

from app.core.sessions import SavedSession
from app.services import i18n, session_store
from app.services.session_store import Entry, StoreError


class SavedSessionsDialog(QDialog):
    """Signals: ``load_requested(object)`` with the :class:`SavedSession` to load."""

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
        self.resize(480, 360)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self._entries = session_store.entries(self._known)
        self.list.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for entry in self._entries:
            if entry.session is None:
                item = QListWidgetItem(warning, self.tr("%1 (cannot be read)").replace(
                    "%1", entry.path.name))  # fmt: skip
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
        name, ok = QInputDialog.getText(
            self, self.tr("Rename session"), self.tr("New name:"), text=entry.name
        )
        name = name.strip()
        if not ok or not name or name == entry.name:
            return
        try:
            session_store.save(SavedSession(name, entry.session.exercises), replacing=entry.path)
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
                "%1", entry.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            session_store.remove(entry.path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), i18n.problem_text(error.problem))
        self.refresh()
