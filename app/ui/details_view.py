"""The exercise details beside the catalogue: text that wraps between words only, in the
theme and the text size of now.

At scale 2 the title broke inside a word ("Support / ed warrior"): a text browser wraps
anywhere when a word is wider than its page. Here it wraps at word boundaries, and the
title's type shrinks (down to the body size) until its longest word fits the width
(``word_fit.fitting_size``, which the session title uses too).

The text is HTML built for one font size and one theme (the title's size, the caution's
colours): when the text size or the colours change (Preferences, or the desktop turning
dark) it is built again, so the pane never stays as it was until a restart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.model import Exercise
from app.core.text import Lang
from app.ui.exercise_text import to_html
from app.ui.word_fit import fitting_size

TITLE_FACTOR = 1.5  # the title's size against the body text's, where it fits
# And where even the body size does not fit: bold, a title stays readable a little below
# it, and at 200 % in Dutch "Middenrifademhaling" at the body size was wider than the pane
# beside the tree on a 1 366 px screen (cut, with a sideways scroll bar).
TITLE_LEAST = 0.8
# The font, the palette or the style changed: the HTML is built again.
_LOOK_CHANGES = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


class DetailsView(QTextBrowser):
    """Shows one exercise (``show_exercise``), or nothing (``clear``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._shown: tuple[Exercise, Lang, int, tuple[int, ...]] | None = None
        self._title_pt = 0.0
        self._built_for: tuple[float, float, bool] | None = None  # title pt, body pt, dark

    def show_exercise(
        self, exercise: Exercise, lang: Lang, duration_ms: int, pages: Sequence[int] = ()
    ) -> None:
        self._shown = (exercise, lang, duration_ms, tuple(pages))
        self._built_for = None
        self._render()

    def clear(self) -> None:
        self._shown = None
        self._built_for = None
        super().clear()

    def dark(self) -> bool:
        """Whether the view's own background is dark (its palette, as Qt paints it)."""
        return self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def title_size(self) -> float:
        """The title's point size: as large as ``TITLE_FACTOR`` × the body, or less, so
        that its longest word fits the width; never below the body size."""
        base = self.font().pointSizeF()
        if self._shown is None:
            return base * TITLE_FACTOR
        exercise, lang = self._shown[0], self._shown[1]
        margin = 2 * self.document().documentMargin() + 4
        font = QFont(self.font())
        font.setBold(True)
        room = self.viewport().width() - margin
        return fitting_size(
            font, exercise.name.get(lang), room, base * TITLE_FACTOR, base * TITLE_LEAST
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)  # QTextEdit gives the document the new default font
        if event.type() in _LOOK_CHANGES:
            self._render()

    def _render(self) -> None:
        """Build the HTML again when what it was built for changed (the title's fitted
        size, the body's size, a dark or light background); keep the reading place."""
        if self._shown is None:
            return
        title = self.title_size()
        wanted = (round(title, 1), round(self.font().pointSizeF(), 1), self.dark())
        if wanted == self._built_for:
            return
        self._built_for = wanted
        self._title_pt = title
        exercise, lang, duration_ms, pages = self._shown
        scrolled = self.verticalScrollBar().value()
        self.setHtml(to_html(exercise, lang, duration_ms, pages, title_pt=title, dark=wanted[2]))
        self.verticalScrollBar().setValue(scrolled)
