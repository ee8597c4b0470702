"""The main window. For now: the whole catalogue as a tree and the chosen exercise's text.

The full browser, the session queue and the player come with their own issues; this
window shows only what already works.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.model import Catalogue
from app.core.problems import Problem
from app.core.text import Lang
from app.core.timeline import exercise_ms
from app.services import i18n, paths
from app.ui.catalogue_tree import EXERCISE_ID_ROLE, build_model
from app.ui.exercise_text import to_html
from app.ui.pacer_window import PacerWindow


class MainWindow(QMainWindow):
    """Signals: ``exercise_selected(str)`` with the id of the exercise now shown."""

    exercise_selected = Signal(str)

    def __init__(
        self, catalogue: Catalogue, lang: Lang, user_problems: list[Problem] | None = None
    ) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._lang = lang
        self._user_problems = list(user_problems or [])
        self._pacer: PacerWindow | None = None
        self.setWindowTitle(self.tr("Breathing Room"))
        self.setObjectName("MainWindow")

        self.tree = QTreeView()
        self.tree.setObjectName("catalogueTree")
        self.tree.setModel(build_model(catalogue, lang))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._span_group_rows()
        self.tree.setAccessibleName(self.tr("Exercises"))
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)

        self.details = QTextBrowser()
        self.details.setObjectName("exerciseDetails")
        self.details.setAccessibleName(self.tr("Exercise details"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Choose an exercise to read how to do it."))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        if self._user_problems:
            layout.addWidget(self._problem_banner())
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)
        self._build_menus()

        places = len(catalogue.places())
        self.statusBar().showMessage(
            self.tr("%1 exercises in %2 places of the book · %3 programs")
            .replace("%1", str(len(catalogue.exercises)))
            .replace("%2", str(places))
            .replace("%3", str(len(catalogue.programs)))
        )
        self.resize(1100, 700)
        self._restore_geometry()
        self._select_first_exercise()

    # -- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        practice = self.menuBar().addMenu(self.tr("&Practice"))
        self.pacer_action = QAction(self.tr("Breathing &pacer…"), self)
        self.pacer_action.setObjectName("openPacer")
        self.pacer_action.setShortcut(QKeySequence(self.tr("Ctrl+B")))
        self.pacer_action.setToolTip(self.tr("Just the breathing pacer (Ctrl+B)"))
        self.pacer_action.triggered.connect(self.open_pacer)
        practice.addAction(self.pacer_action)
        toolbar = self.addToolBar(self.tr("Practice"))
        toolbar.setObjectName("practiceToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.pacer_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Breathing Room"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _problem_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("problemBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("#problemBanner { background: #fff4e0; border: 1px solid #e0a040; }")
        row = QHBoxLayout(banner)
        count = len(self._user_problems)
        text = QLabel(
            self.tr(
                "Your own exercises file has %1 problem(s) and was not loaded. "
                "Nothing in it was changed."
            ).replace("%1", str(count))
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        details = QPushButton(self.tr("Show problems"))
        details.setObjectName("showProblems")
        details.clicked.connect(self.show_problems)
        row.addWidget(details)
        return banner

    def _span_group_rows(self) -> None:
        """Chapter and section rows are headings: let their text use the whole width."""
        model = self.tree.model()
        for chapter in range(model.rowCount()):
            chapter_index = model.index(chapter, 0)
            self.tree.setFirstColumnSpanned(chapter, QModelIndex(), True)
            for section in range(model.rowCount(chapter_index)):
                self.tree.setFirstColumnSpanned(section, chapter_index, True)

    def _select_first_exercise(self) -> None:
        model = self.tree.model()
        first = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
        if first.isValid():
            self.tree.setCurrentIndex(first)

    # -- behaviour -----------------------------------------------------------------------

    def show_problems(self) -> None:
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

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        exercise_id = indexes[0].data(EXERCISE_ID_ROLE) if indexes else None
        if not exercise_id:
            self.details.clear()
            return
        exercise = self._catalogue.exercises[exercise_id]
        self.details.setHtml(
            to_html(exercise, self._lang, exercise_ms(exercise, self._catalogue.prompts))
        )
        self.exercise_selected.emit(exercise_id)

    def open_pacer(self) -> PacerWindow:
        """The standalone pacer, one per main window, kept while the app runs."""
        if self._pacer is None:
            self._pacer = PacerWindow(self._catalogue, self._lang, parent=self)
        self._pacer.show()
        self._pacer.raise_()
        self._pacer.activateWindow()
        return self._pacer

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Breathing Room"),
            self.tr(
                "<h3>Breathing Room %1</h3><p>Guided exercises for back pain, following the "
                "program of the Dutch book <i>Rugpijn</i>, with a breath pacer.</p>"
                "<p>This app does not replace advice from your doctor or physiotherapist.</p>"
            ).replace("%1", __version__),
        )

    # -- geometry ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = paths.settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pacer is not None:
            self._pacer.close()
        settings = paths.settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        super().closeEvent(event)
