"""The question at start-up after a session was closed halfway: go on where it stopped?"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.guide import Bookmark
from app.core.model import Catalogue
from app.core.text import Lang
from app.services.i18n import translate


class ResumeOffer(QMessageBox):
    """Asks without blocking (the window is usable meanwhile, :meth:`open`); ``go_on`` with
    the bookmark or ``not_now`` is called with the answer."""

    def __init__(
        self,
        parent: QWidget,
        bookmark: Bookmark,
        catalogue: Catalogue,
        lang: Lang,
        go_on: Callable[[Bookmark], object],
        not_now: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Go on with your session?"))
        self.setText(
            self.tr("Last time you stopped at exercise %1 of %2: %3.")
            .replace("%1", str(bookmark.exercise_index + 1))
            .replace("%2", str(len(bookmark.exercises)))
            .replace("%3", self.where(bookmark, catalogue, lang))
        )
        resume = self.addButton(self.tr("Go on"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(resume)

        def answered() -> None:
            if self.clickedButton() is resume:
                go_on(bookmark)
            else:
                not_now()

        self.finished.connect(answered)

    def where(self, bookmark: Bookmark, catalogue: Catalogue, lang: Lang) -> str:
        """The exercise, side and round of ``bookmark``, as the person would say it."""
        exercise = catalogue.exercises[bookmark.exercises[bookmark.exercise_index]]
        parts = [exercise.name.get(lang)]
        if bookmark.side is not None:
            parts.append(
                self.tr("right side") if bookmark.side.value == "right" else self.tr("left side")
            )
        if bookmark.rep is not None and exercise.guidance.rounds > 1:
            parts.append(self.tr("round %1").replace("%1", str(bookmark.rep)))
        return ", ".join(parts)

    @staticmethod
    def cannot(parent: QWidget, reason: str) -> None:
        """The session of a bookmark can no longer be played ("": its exercises are gone);
        the bookmark was forgotten."""
        gone = translate("ResumeOffer", "some of its exercises are no longer there")
        QMessageBox.warning(
            parent,
            translate("ResumeOffer", "Session cannot be resumed"),
            translate(
                "ResumeOffer", "The unfinished session cannot be resumed: %1. It was forgotten."
            ).replace("%1", reason or gone),
        )
