"""Warning strips above the main window's lists: what is wrong, and the one thing to do.

A status-bar line would be gone before anyone looks up from the mat; a strip stays until
what it says is no longer true.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import storage


class Banner(QFrame):
    """A strip with a text and one button, in fixed colours on both sides: legible in the
    light, dark and high-contrast palettes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ background: #fff4e0; border: 1px solid #e0a040; }}"
            f"#{name} QLabel {{ color: #3a2a00; }}"
        )

    def fill(self, text: QLabel, button: QPushButton) -> None:
        text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.addWidget(text, 1)
        row.addWidget(button)


class ProblemBanner(Banner):
    """Your own exercises file could not be loaded: ``count`` problems, and a button to see
    them (``show``, a slot)."""

    def __init__(self, count: int, show: Callable[[], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__("problemBanner", parent)
        text = QLabel(
            self.tr(
                "Your own exercises file has %n problem(s) and was not loaded. "
                "Nothing in it was changed.",
                "",
                count,
            )
        )
        details = QPushButton(self.tr("Show problems"))
        details.setObjectName("showProblems")
        details.clicked.connect(show)
        self.fill(text, details)


class StorageBanner(Banner):
    """Says, until it is fixed, that nothing is being kept (``storage.notices``).

    Signals: ``problem(str)`` a new problem, to be said once elsewhere too (the status
    bar); ``recovered()`` files can be written again."""

    problem = Signal(str)
    recovered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("storageBanner", parent)
        self.text = QLabel()
        self.text.setObjectName("storageText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        again = QPushButton(self.tr("Try again"))
        again.setObjectName("storageTryAgain")
        again.setToolTip(self.tr("Check again whether Breathing Room can write its files"))
        again.clicked.connect(storage.check_folders)
        self.fill(self.text, again)
        self.setVisible(False)
        storage.notices.problem.connect(self._on_problem)
        storage.notices.recovered.connect(self._on_recovered)
        self.show_current()  # said before this window opened (a language switch)

    @Slot()
    def show_current(self) -> None:
        current = storage.notices.current
        self.text.setText("\n".join(current))
        self.setVisible(bool(current))

    @Slot(str)
    def _on_problem(self, text: str) -> None:
        self.show_current()
        self.problem.emit(text)

    @Slot()
    def _on_recovered(self) -> None:
        self.show_current()
        self.recovered.emit()
