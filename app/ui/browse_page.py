"""The main window's first page: the catalogue, the chosen exercise's details, the session
queue, and the warning strips above them (Picard's three panes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.core.model import Catalogue
from app.core.problems import Problem
from app.core.text import Lang
from app.core.timeline import exercise_durations
from app.services import i18n, paths
from app.ui.banners import ProblemBanner, StorageBanner
from app.ui.browser import ExerciseBrowser
from app.ui.details_view import DetailsView
from app.ui.flow_layout import FlowLayout
from app.ui.icons import icon
from app.ui.queue_panel import QueuePanel


class BrowsePage(QWidget):
    """Signals: ``exercise_shown(str)`` with the id of the exercise now in the details
    ("" when none)."""

    exercise_shown = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        lang: Lang,
        queue_panel: QueuePanel,
        user_problems: list[Problem],
    ) -> None:
        super().__init__()
        self.setObjectName("browsePage")
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._user_problems = user_problems
        self.browser = ExerciseBrowser(catalogue, lang)
        self.browser.current_changed.connect(self._show_details)
        self.details = DetailsView()
        self.details.setObjectName("exerciseDetails")
        self.details.setAccessibleName(self.tr("Exercise details"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Choose an exercise to read how to do it."))
        # Fusion draws no focus for a text view: a highlighted frame shows where the keys
        # go (reading with the arrow keys and Page Down). Padding keeps the text in place.
        self.details.setStyleSheet(
            "QTextBrowser { border: 1px solid palette(mid); padding: 1px; }"
            "QTextBrowser:focus { border: 2px solid palette(highlight); padding: 0px; }"
        )
        detail_page = QWidget()
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        self.buttons = FlowLayout()  # wraps at large text
        detail_layout.addLayout(self.buttons)
        self.start_button = self._button("play", self.tr("Start"), "startExercise")
        self.add_button = self._button("add", self.tr("Add to session"), "addToSession")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("browseSplitter")
        for index, (pane, stretch) in enumerate(
            ((self.browser, 5), (detail_page, 4), (queue_panel, 3))
        ):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setChildrenCollapsible(False)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        if user_problems:
            self._layout.addWidget(ProblemBanner(len(user_problems), self.show_problems))
        self.storage_banner = StorageBanner()
        self._layout.addWidget(self.storage_banner)
        self._layout.addWidget(self.splitter, 1)

    def add_banner(self, banner: QWidget) -> None:
        """Another strip, above the storage one (the practice suggestion)."""
        self._layout.insertWidget(self._layout.indexOf(self.storage_banner), banner)

    def _button(self, icon_name: str, text: str, name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        self.buttons.addWidget(button)
        return button

    def bind(self, start: QAction, add: QAction) -> None:
        """The two buttons under the details do what these actions do, and say their keys."""
        for button, action in ((self.start_button, start), (self.add_button, add)):
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())

    def _show_details(self, exercise_id: str) -> None:
        exercise = self._catalogue.exercises.get(exercise_id)
        if exercise is None:
            self.details.clear()
            self.exercise_shown.emit("")
            return
        duration = exercise_durations(self._catalogue)[exercise_id]
        places = self._catalogue.places()
        pages = sorted({p.page for p in places if p.exercise.id == exercise_id and p.page})
        self.details.show_exercise(exercise, self._lang, duration, pages)
        self.exercise_shown.emit(exercise_id)

    def show_problems(self) -> None:
        """What is wrong in the person's own exercises file, line by line."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Problems in your exercises file"))
        box.setText(
            self.tr("Fix these lines in %1, then restart Breathing Room.").replace(
                "%1", str(paths.user_catalogue())
            )
        )
        box.setDetailedText("\n".join(i18n.problem_text(p) for p in self._user_problems))
        box.open()
