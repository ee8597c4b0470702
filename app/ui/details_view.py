"""The exercise details beside the catalogue: text that wraps between words only.

At scale 2 the title broke inside a word ("Support / ed warrior"): a text browser wraps
anywhere when a word is wider than its page. Here it wraps at word boundaries, and the
title's type shrinks (down to the body size) until its longest word fits the width, as
the session title does (``SessionView._fit_title``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.model import Exercise
from app.core.text import Lang
from app.ui.exercise_text import to_html

TITLE_FACTOR = 1.5  # the title's size against the body text's, where it fits


class DetailsView(QTextBrowser):
    """Shows one exercise (``show_exercise``), or nothing (``clear``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._shown: tuple[Exercise, Lang, int, tuple[int, ...]] | None = None
        self._title_pt = 0.0

    def show_exercise(
        self, exercise: Exercise, lang: Lang, duration_ms: int, pages: Sequence[int] = ()
    ) -> None:
        self._shown = (exercise, lang, duration_ms, tuple(pages))
        self._title_pt = self.title_size()
        self._render()

    def clear(self) -> None:
        self._shown = None
        super().clear()

    def title_size(self) -> float:
        """The title's point size: as large as ``TITLE_FACTOR`` × the body, or less, so
        that its longest word fits the width; never below the body size."""
        base = self.font().pointSizeF()
        if self._shown is None:
            return base * TITLE_FACTOR
        exercise, lang = self._shown[0], self._shown[1]
        words = exercise.name.get(lang).split()
        margin = 2 * self.document().documentMargin() + 4
        room = self.viewport().width() - margin
        font = QFont(self.font())
        font.setBold(True)
        size = base * TITLE_FACTOR
        while words and size > base:
            font.setPointSizeF(size)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= room:
                break
            size = max(base, size * 0.92)
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        size = self.title_size()
        if self._shown is not None and abs(size - self._title_pt) > 0.05:
            self._title_pt = size
            scrolled = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(scrolled)

    def _render(self) -> None:
        if self._shown is None:
            return
        exercise, lang, duration_ms, pages = self._shown
        self.setHtml(to_html(exercise, lang, duration_ms, pages, title_pt=self._title_pt))
