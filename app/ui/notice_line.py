"""A line under the controls that says what does not work, one line per thing.

Each thing is said once however often it is reported (sound, screen, disk trouble); a
line can be taken back when what it says no longer holds (the pause after a sleep, once
the session goes on) or replaced by a newer one of its kind (the settings file's notice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class NoticeLine(QLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._lines: list[str] = []
        self.hide()

    def says(self, text: str) -> bool:
        return bool(text) and text in self._lines

    def tell(self, text: str) -> None:
        if text and text not in self._lines:
            self._lines.append(text)
            self._show()

    def take_back(self, text: str) -> None:
        if text in self._lines:
            self._lines.remove(text)
            self._show()

    def set_lines(self, lines: list[str]) -> None:
        """Say just these (a new run says again what still holds)."""
        self._lines = list(dict.fromkeys(lines))
        self._show()

    def _show(self) -> None:
        self.setText("\n".join(self._lines))
        self.setVisible(bool(self._lines))


class Telling:
    """How the main window says what does not work: once per thing, in the session's
    notice line (the whole text, read from the mat) and in the status bar for a while (one
    line: a settings notice gives its headline there)."""

    def __init__(self, line: Callable[[str], object], status: QStatusBar) -> None:
        self._line = line
        self._status = status
        self.told: set[str] = set()  # notices already shown this run

    def tell(self, text: str, status: str | None = None) -> None:
        if text not in self.told:
            self.told.add(text)
            self.say(text, status)

    def say(self, text: str, status: str | None = None) -> None:
        """Now, even if said before."""
        self._line(text)
        self._status.showMessage(text if status is None else status, 10_000)
