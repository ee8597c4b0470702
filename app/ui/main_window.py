"""The main window: browse the book's exercises, build a session, and be guided through it.

Picard's layout habit: the catalogue on the left, the chosen item's details in the middle,
the work list (the session queue) on the right; playing swaps the three for the guided
player. Every command is one ``QAction`` shared by menu, buttons and keys, so a shortcut
shown in a tooltip is the same thing the button does.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core import history
from app.core.guide import Bookmark, bookmark_at, exercise_ids, resume_ms
from app.core.model import Catalogue
from app.core.playback import Level
from app.core.problems import Problem
from app.core.sessions import SavedSession, normal_name
from app.core.text import Lang
from app.core.timeline import Timeline, TimelineError, compile_exercises, exercise_durations
from app.player import Cadence, Clock, Player, State

if TYPE_CHECKING:
    from app.services.guidance import SessionGuidance
    from app.services.mpris import MediaControls
    from app.ui.history_window import HistoryWindow
    from app.ui.pacer_window import PacerWindow
    from app.ui.preferences import PreferencesDialog
from app.services import i18n, labels, options, paths, session_store, storage
from app.services.collector import CollectBetweenCues
from app.services.session_store import StoreError
from app.services.sleep_watch import SleepWatch
from app.ui.browser import ExerciseBrowser
from app.ui.details_view import DetailsView
from app.ui.fit_area import FitArea, too_small
from app.ui.flow_layout import FlowLayout
from app.ui.icons import icon
from app.ui.progress import Progress
from app.ui.queue_model import SessionQueue
from app.ui.queue_panel import QueuePanel
from app.ui.reminder import Reminders
from app.ui.saved_sessions import SavedSessionsDialog, ask_name
from app.ui.session_view import SessionView

BOOKMARK_KEY = options.BOOKMARK.key


def _with_key(action: QAction, tip: str) -> None:
    """A tooltip that names the action's shortcut, so keys can be learnt by hovering."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({key})" if key else tip)


# Windows made by a language switch: kept here, as a top-level window has no parent to.
_windows: list[MainWindow] = []


class MainWindow(QMainWindow):
    """Signals: ``exercise_selected(str)`` with the id of the exercise now shown."""

    exercise_selected = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        lang: Lang,
        user_problems: list[Problem] | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._clock = clock
        self._lang: Lang = lang
        self._user_problems = list(user_problems or [])
        self._pacer: PacerWindow | None = None
        self._history: HistoryWindow | None = None
        self._timeline: Timeline | None = None
        self._order: list[str] = []
        self._bookmark: Bookmark | None = None
        self._saved_name = ""
        self._guidance: SessionGuidance | None = None
        self._media: MediaControls | None = None
        self._told: set[str] = set()  # notices already shown this run
        self._pages = self._pages_of_places()
        self.setWindowTitle(self.tr("Breathing Room"))
        self.setObjectName("MainWindow")

        self.player = Player(clock, self)
        self.player.setObjectName("sessionPlayer")
        CollectBetweenCues(self.player)
        SleepWatch(self.player)  # pauses before the computer suspends (logind)
        self.queue = SessionQueue(catalogue, lang, self)

        self.browser = ExerciseBrowser(catalogue, lang)
        self.tree = self.browser.tree
        self.browser.current_changed.connect(self._show_details)
        self.browser.activated.connect(lambda eid: self.queue.add([eid]))

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

        self.queue_panel = QueuePanel(self.queue)
        self.session_view = SessionView(catalogue, lang)
        self.progress = Progress(self, self.player, catalogue, lang, self.browser.flag)
        self.progress.load_program.connect(self.load_program)
        self.progress.recorder.notice.connect(self._tell)
        # After the first paint (a disk can be slow), the folders first: a history that
        # cannot be kept is then said once, in the banner, not again by the history.
        QTimer.singleShot(0, storage.check_folders)
        QTimer.singleShot(0, self.progress.refresh)  # flags and suggestion, after showing
        self.reminders = Reminders(self, icon("breath"), self)
        self.reminders.start_today.connect(self.start_today)
        self.reminders.show_window.connect(self._raise)
        self.reminders.quit_app.connect(self.quit_app)
        self._quitting = False
        QTimer.singleShot(0, self.apply_reminders)
        self._build_actions()
        self._build_menus()

        detail_page = QWidget()
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_buttons = FlowLayout()  # wraps at large text
        self.start_button = QPushButton(icon("play"), self.tr("Start"))
        self.start_button.setObjectName("startExercise")
        self.start_button.setToolTip(self.start_exercise_action.toolTip())
        self.start_button.clicked.connect(self.start_exercise_action.trigger)
        self.add_button = QPushButton(icon("add"), self.tr("Add to session"))
        self.add_button.setObjectName("addToSession")
        self.add_button.setToolTip(self.add_action.toolTip())
        self.add_button.clicked.connect(self.add_action.trigger)
        detail_buttons.addWidget(self.start_button)
        detail_buttons.addWidget(self.add_button)
        detail_layout.addLayout(detail_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(detail_page)
        self.splitter.addWidget(self.queue_panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)

        browse = QWidget()
        browse.setObjectName("browsePage")
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(6, 6, 6, 6)
        if self._user_problems:
            layout.addWidget(self._problem_banner())
        layout.addWidget(self.progress.banner)
        self.storage_banner = self._build_storage_banner()
        layout.addWidget(self.storage_banner)
        storage.notices.problem.connect(self._on_storage_problem)
        storage.notices.recovered.connect(self._on_storage_recovered)
        self._show_storage_problems()  # said before this window opened (a language switch)
        layout.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(browse)
        self.pages.addWidget(self.session_view)
        self.pages.currentChanged.connect(self._on_page)
        self.setCentralWidget(FitArea(self.pages))  # scrolls on a screen too small for it

        self.player.frame.connect(self.session_view.show_frame)
        self.player.segment_changed.connect(self._on_segment)
        self.player.state_changed.connect(self._on_state)
        self.player.slept.connect(self._on_slept)
        self.session_view.pacer.resolution_changed.connect(self.player.set_resolution)
        self.player.set_resolution(self.session_view.pacer.resolution())
        self.queue.changed.connect(self._update_actions)

        places = len(catalogue.places())
        self.statusBar().showMessage(
            self.tr("%1 exercises in %2 places of the book · %3 programs")
            .replace("%1", str(len(catalogue.exercises)))
            .replace("%2", str(places))
            .replace("%3", str(len(catalogue.programs)))
        )
        self._default_size()
        self._restore_geometry()
        self._on_page(0)
        self.browser.select_first()
        self._update_actions()
        # Everything unusable in the settings file, said once (after the status line above).
        options.notices.problem.connect(self._on_settings_problem)
        options.check_all()
        for text in options.notices.current:
            self._on_settings_problem(text)

    # -- building ------------------------------------------------------------------------

    def _action(self, text: str, slot: object, key: QKeySequence | str | None = None,
                tip: str = "", name: str = "", icon_name: str = "") -> QAction:  # fmt: skip
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if name:
            action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        _with_key(action, tip or text.replace("&", "").rstrip("…"))
        self.addAction(action)  # shortcuts work with the menu bar hidden (focus mode)
        return action

    def _build_actions(self) -> None:
        self.start_exercise_action = self._action(
            self.tr("&Start this exercise"), self.start_current_exercise,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            self.tr("Play just this exercise"), "startExerciseAction", "play",
        )  # fmt: skip
        self.add_action = self._action(
            self.tr("&Add to session"), self.add_current, self.tr("Ctrl+D"),
            self.tr("Add this exercise to the end of the session"), "addAction", "add",
        )  # fmt: skip
        self.start_session_action = self._action(
            self.tr("Start s&ession"), self.start_session, QKeySequence(Qt.Key.Key_F5),
            self.tr("Play the whole session"), "startSessionAction", "play",
        )  # fmt: skip
        self.remove_action = QAction(icon("remove"), self.tr("&Remove"), self)
        self.remove_action.setObjectName("removeAction")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete means "remove from the session" only where the session list has focus.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        _with_key(self.remove_action, self.tr("Remove the selected exercises from the session"))
        self.queue_panel.view.addAction(self.remove_action)
        self.clear_action = self._action(
            self.tr("&Clear session"), self.queue.clear, None,
            self.tr("Empty the session (Undo brings it back)"), "clearAction",
        )  # fmt: skip
        self.undo_action = self.queue.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.queue.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action, tip in ((self.undo_action, self.tr("Undo")),
                            (self.redo_action, self.tr("Redo"))):  # fmt: skip
            _with_key(action, tip)
            self.addAction(action)
        self.save_action = self._action(
            self.tr("&Save session…"), self.save_session,
            QKeySequence(QKeySequence.StandardKey.Save),
            self.tr("Save the session under a name"), "saveAction",
        )  # fmt: skip
        self.saved_action = self._action(
            self.tr("&Open saved session…"), self.show_saved_sessions,
            QKeySequence(QKeySequence.StandardKey.Open),
            self.tr("Load, rename or delete saved sessions"), "savedAction",
        )  # fmt: skip
        self.programs_menu = QMenu(self.tr("Programs from the book"), self)
        self.programs_menu.setObjectName("programsMenu")
        for program in self._catalogue.programs.values():
            action = self.programs_menu.addAction(program.name.get(self._lang))
            action.setObjectName(f"program:{program.id}")
            action.setToolTip(program.description.get(self._lang))
            action.triggered.connect(lambda _c=False, pid=program.id: self.load_program(pid))
        self.programs_action = self.programs_menu.menuAction()
        self.programs_action.setText(self.tr("&Programs"))
        self.programs_action.setToolTip(self.tr("Load a program from the book into the session"))

        self.pause_action = self._action(
            self.tr("&Pause"), self.player.toggle_pause, QKeySequence(Qt.Key.Key_Space),
            self.tr("Pause or go on"), "pauseAction", "pause",
        )  # fmt: skip
        self.previous_action = self._action(
            self.tr("P&revious exercise"), self.previous_exercise, QKeySequence(Qt.Key.Key_Left),
            self.tr("Back to the start of this exercise, or the one before"), "previousAction",
            "previous",
        )  # fmt: skip
        self.next_action = self._action(
            self.tr("&Next exercise"), self.next_exercise, QKeySequence(Qt.Key.Key_Right),
            self.tr("Skip to the next exercise"), "nextAction", "next",
        )  # fmt: skip
        self.stop_action = self._action(
            self.tr("S&top"), self.stop_session, QKeySequence(Qt.Key.Key_Escape),
            self.tr("Stop and go back to the exercises"), "stopAction", "stop",
        )  # fmt: skip
        self.focus_action = self._action(
            self.tr("&Focus mode"), self.toggle_focus_mode, QKeySequence(Qt.Key.Key_F11),
            self.tr("Full screen with large type, readable from the floor"), "focusAction", "focus",
        )  # fmt: skip
        self.focus_action.setCheckable(True)
        # The keyboard's media keys do the same while the window has focus.
        for action, keys in (
            (self.pause_action, [Qt.Key.Key_MediaTogglePlayPause, Qt.Key.Key_MediaPlay,
                                 Qt.Key.Key_MediaPause]),
            (self.next_action, [Qt.Key.Key_MediaNext]),
            (self.previous_action, [Qt.Key.Key_MediaPrevious]),
            (self.stop_action, [Qt.Key.Key_MediaStop]),
        ):  # fmt: skip
            action.setShortcuts([action.shortcut(), *(QKeySequence(k) for k in keys)])
        self.pacer_action = self._action(
            self.tr("Breathing &pacer…"), self.open_pacer, self.tr("Ctrl+B"),
            self.tr("Just the breathing pacer"), "openPacer", "breath",
        )  # fmt: skip
        self.history_action = self._action(
            self.tr("&History…"), self.show_history, self.tr("Ctrl+H"),
            self.tr("Days practised, minutes, pain, every session; export and backup"),
            "historyAction", "history",
        )  # fmt: skip
        self.session_view.add_controls(
            [self.previous_action, self.pause_action, self.next_action, self.stop_action,
             self.focus_action]
        )  # fmt: skip
        self.queue_panel.add_buttons(
            [self.programs_action, self.saved_action],
            [self.start_session_action, self.remove_action, self.clear_action],
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        _with_key(quit_action, self.tr("Quit"))
        file_menu.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        preferences = edit.addAction(self.tr("&Preferences…"))
        preferences.setObjectName("preferencesAction")
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if preferences.shortcut().isEmpty():  # not every platform has a standard key
            preferences.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        preferences.triggered.connect(self.show_preferences)
        _with_key(preferences, self.tr("Preferences"))
        edit.addSeparator()
        find = edit.addAction(self.tr("&Find exercise"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the browser owns Ctrl+F
        find.triggered.connect(self.browser.focus_search)
        _with_key(find, self.tr("Find exercise"))
        session = self.menuBar().addMenu(self.tr("&Session"))
        session.addActions([self.start_session_action, self.add_action, self.remove_action,
                            self.clear_action])  # fmt: skip
        session.addSeparator()
        session.addMenu(self.programs_menu)
        session.addActions([self.save_action, self.saved_action])
        practice = self.menuBar().addMenu(self.tr("&Practice"))
        practice.addActions([self.start_exercise_action, self.pacer_action, self.history_action])
        practice.addSeparator()
        practice.addActions([self.pause_action, self.previous_action, self.next_action,
                             self.stop_action, self.focus_action])  # fmt: skip
        self.toolbar = self.addToolBar(self.tr("Practice"))
        self.toolbar.setObjectName("practiceToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.start_session_action, self.pacer_action,
                                 self.history_action])  # fmt: skip
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Breathing Room"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    @staticmethod
    def _banner(name: str, text: QLabel, button: QPushButton) -> QFrame:
        """A warning strip above the lists: what is wrong, and the one thing to do."""
        banner = QFrame()
        banner.setObjectName(name)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        # Fixed colours on both sides: legible in the light, dark and high-contrast palettes.
        banner.setStyleSheet(
            f"#{name} {{ background: #fff4e0; border: 1px solid #e0a040; }}"
            f"#{name} QLabel {{ color: #3a2a00; }}"
        )
        text.setWordWrap(True)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(button)
        return banner

    def _problem_banner(self) -> QFrame:
        count = len(self._user_problems)
        text = QLabel(
            self.tr(
                "Your own exercises file has %1 problem(s) and was not loaded. "
                "Nothing in it was changed."
            ).replace("%1", str(count))
        )
        details = QPushButton(self.tr("Show problems"))
        details.setObjectName("showProblems")
        details.clicked.connect(self.show_problems)
        return self._banner("problemBanner", text, details)

    def _build_storage_banner(self) -> QFrame:
        """Says, until it is fixed, that nothing is being kept (a status-bar line would be
        gone before anyone looks up from the mat)."""
        self.storage_text = QLabel()
        self.storage_text.setObjectName("storageText")
        self.storage_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        again = QPushButton(self.tr("Try again"))
        again.setObjectName("storageTryAgain")
        again.setToolTip(self.tr("Check again whether Breathing Room can write its files"))
        again.clicked.connect(storage.check_folders)
        banner = self._banner("storageBanner", self.storage_text, again)
        banner.setVisible(False)
        return banner

    @Slot(str)
    def _on_storage_problem(self, text: str) -> None:
        self._show_storage_problems()
        self._tell(text)

    @Slot()
    def _show_storage_problems(self) -> None:
        current = storage.notices.current
        self.storage_text.setText("\n".join(current))
        self.storage_banner.setVisible(bool(current))

    @Slot()
    def _on_storage_recovered(self) -> None:
        self._show_storage_problems()
        self.statusBar().showMessage(self.tr("Files can be written again"), 5000)

    def _pages_of_places(self) -> dict[str, list[int]]:
        pages: dict[str, list[int]] = {}
        for place in self._catalogue.places():
            if place.page is not None:
                pages.setdefault(place.exercise.id, []).append(place.page)
        return pages

    # -- browsing ------------------------------------------------------------------------

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

    def _show_details(self, exercise_id: str) -> None:
        exercise = self._catalogue.exercises.get(exercise_id)
        if exercise is None:
            self.details.clear()
        else:
            duration = exercise_durations(self._catalogue)[exercise_id]
            pages = sorted(set(self._pages.get(exercise_id, [])))
            self.details.show_exercise(exercise, self._lang, duration, pages)
        self._update_actions()
        if exercise is not None:
            self.exercise_selected.emit(exercise_id)

    def add_current(self) -> None:
        eid = self.browser.current_id()
        if eid and self.queue.add([eid]):
            self.statusBar().showMessage(self.tr("Added to the session"), 3000)

    def remove_selected(self) -> None:
        self.queue.remove(self.queue_panel.selected_rows())

    def load_program(self, program_id: str) -> None:
        program = self._catalogue.programs[program_id]
        name = program.name.get(self._lang)
        self.queue.replace([item.exercise for item in program.items], name)
        self._saved_name = ""
        self.queue_panel.set_name(name)

    # -- saved sessions -------------------------------------------------------------------

    def save_session(self) -> None:
        if not len(self.queue):
            return
        name = ask_name(self, self._catalogue.exercises, self._saved_name)
        if name is not None:
            self.save_session_as(name)

    def save_session_as(self, name: str) -> bool:
        """Save under ``name``, replacing a saved session of the same name (never a file
        that cannot be read: the store refuses that, see ``session_store.save``)."""
        name = normal_name(name)  # as it is saved and compared: one "café", not two
        known = self._catalogue.exercises
        replacing = session_store.replaced_by(name, known)
        try:
            path = session_store.save(
                SavedSession(name, tuple(self.queue.ids())), replacing, known=known
            )
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not saved"), i18n.problem_text(error.problem))
            return False
        self._saved_name = name
        self.queue_panel.set_name(name)
        self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", str(path)), 5000)
        return True

    def show_saved_sessions(self) -> SavedSessionsDialog:
        dialog = SavedSessionsDialog(self._catalogue.exercises, self)
        dialog.load_requested.connect(self.load_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def load_saved(self, session: SavedSession) -> None:
        self.queue.replace(session.exercises, session.name)
        self._saved_name = session.name
        self.queue_panel.set_name(session.name)

    # -- playing -------------------------------------------------------------------------

    def start_current_exercise(self) -> None:
        eid = self.browser.current_id()
        if eid:
            self.progress.start([eid], self.play)

    def start_session(self) -> None:
        """Start the queue, after the check-in (what hurt last time, pain now)."""
        if len(self.queue):
            self.progress.start(self.queue.ids(), self.play)

    @property
    def guidance(self) -> SessionGuidance:
        """Sound, voice and the screen inhibitor: made at the first session, not at start-up
        (QtMultimedia and QtDBus cost start-up time the first window does not need)."""
        if self._guidance is None:
            from app.services.guidance import SessionGuidance

            self._guidance = SessionGuidance(self.player, self._catalogue.exercises, self._lang,
                                             self)  # fmt: skip
            self._guidance.notice.connect(self._tell)
            self._start_media_controls()
        return self._guidance

    def _start_media_controls(self) -> None:
        from app.services.mpris import MediaControls

        media = MediaControls(parent=self)
        media.play_pause.connect(self.pause_action.trigger)
        media.play.connect(lambda: self.player.resume())
        media.pause.connect(self.player.pause)
        media.stop.connect(self.stop_action.trigger)
        media.next.connect(self.next_action.trigger)
        media.previous.connect(self.previous_action.trigger)
        media.raise_window.connect(self._raise)
        media.register()  # without a session bus: off, and the keys still work
        self._media = media

    def _raise(self) -> None:
        if self.isMinimized() or self.isHidden():  # hidden: living in the tray
            self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot(str)
    def _on_settings_problem(self, text: str) -> None:
        """Preferences that could not be used (``options.notices``): said once; the status
        bar has one line, so it gets the notice's headline (what, and where to look), the
        session's notice line the whole of it, as the pacer shows it."""
        if text in self._told:
            return
        self._told.add(text)
        self.say(text, options.notices.headline() or text.partition("\n")[0])

    def _tell(self, text: str) -> None:
        """A problem with sound, voice or the screen: said once, the session goes on."""
        if text in self._told:
            return
        self._told.add(text)
        self.say(text)

    def say(self, text: str, status: str | None = None) -> None:
        """Tell the person now: ``text`` in the session's notice line, and ``status`` (one
        line; by default ``text``) in the status bar for a while."""
        self.session_view.set_notice(text)
        self.statusBar().showMessage(text if status is None else status, 10_000)

    @property
    def in_session(self) -> bool:
        """A session is loaded and not over: playing, counting down, or paused (also held
        at a resumed spot, waiting for Space)."""
        return self.player.state in (State.PREPARING, State.RUNNING, State.PAUSED)

    def show_preferences(self) -> PreferencesDialog:
        from app.ui.preferences import PreferencesDialog  # not needed for the first paint

        dialog = PreferencesDialog(self.guidance, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.switch_language, Qt.ConnectionType.QueuedConnection)
        dialog.progress_changed.connect(self.apply_reminders)
        dialog.open()
        return dialog

    def play(self, ids: list[str], start: bool = True) -> bool:
        """Compile ``ids`` into one timeline and show the player (and start it). False when
        there is nothing to play, or the session cannot be played (said in a box): nothing
        changed then, and no caller may go on as if it played."""
        compiled = self._compile(ids)
        if isinstance(compiled, str):
            if compiled:
                QMessageBox.warning(
                    self,
                    self.tr("Session too long"),
                    self.tr("This session cannot be played: %1").replace("%1", compiled),
                )
            return False
        self._load(compiled, start)
        return True

    def _compile(self, ids: list[str]) -> Timeline | str:
        """The timeline of ``ids``, or why not: "" when none of them is known, else the
        compiler's reason (a saved session of a thousand long exercises)."""
        exercises = [self._catalogue.exercises[i] for i in ids if i in self._catalogue.exercises]
        if not exercises:
            return ""
        try:
            return compile_exercises(exercises, self._catalogue.prompts)
        except TimelineError as error:
            return i18n.message_text(error.message)

    def _load(self, timeline: Timeline, start: bool) -> None:
        self._timeline = timeline
        self._order = exercise_ids(timeline)
        self._bookmark = None
        self.player.load(timeline)
        self.progress.began(timeline, list(self._order))
        self.session_view.set_timeline(timeline)
        self.pages.setCurrentWidget(self.session_view)
        self.guidance.prepare()  # before the clock starts: loading must not delay a cue
        if start:
            self.player.start()

    def next_exercise(self) -> None:
        self.player.next(Level.EXERCISE)

    def previous_exercise(self) -> None:
        self.player.previous(Level.EXERCISE)

    def stop_session(self) -> None:
        """Stop on purpose: no resume offer next time."""
        if self.pages.currentWidget() is not self.session_view:
            return
        self.player.stop()
        self._forget_bookmark()
        self.progress.ended()
        if self.focus_action.isChecked():
            self.focus_action.setChecked(False)
            self.toggle_focus_mode()
        self.pages.setCurrentIndex(0)

    @Slot()
    def toggle_focus_mode(self) -> None:
        on = self.focus_action.isChecked()
        if on and self.pages.currentWidget() is not self.session_view:
            self.focus_action.setChecked(False)
            return
        self.session_view.set_focus_mode(on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.toolbar.setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        if self.player.current_frame() is not None:
            self.session_view.show_frame(self.player.current_frame())  # type: ignore[arg-type]

    def _on_segment(self, _index: int) -> None:
        if self._timeline is None:
            return
        bookmark = bookmark_at(self._timeline, self._order, self.player.position_ms)
        if bookmark is not None and bookmark != self._bookmark:
            self._bookmark = bookmark
            options.BOOKMARK.write(bookmark)

    def _on_state(self, state: str) -> None:
        playing = state in (State.PREPARING, State.RUNNING)
        if self._media is not None:
            frame = self.player.current_frame()
            exercise = (
                self._catalogue.exercises.get(frame.segment.exercise or "") if frame else None
            )
            self._media.set_state(state, exercise.name.get(self._lang) if exercise else "")
        self.pause_action.setText(self.tr("&Pause") if playing else self.tr("&Resume"))
        self.pause_action.setIcon(icon("pause" if playing else "play"))
        _with_key(self.pause_action, self.tr("Pause or go on"))
        if state == State.FINISHED:
            self._forget_bookmark()
            self.progress.ended()
            self.statusBar().showMessage(self.tr("Session complete"), 5000)
        if playing:
            self.session_view.set_notice("")
        self._update_actions()

    def _on_slept(self, jump_ms: float) -> None:
        self.session_view.set_notice(labels.paused(self.player.away, jump_ms))

    def _on_page(self, _index: int) -> None:
        self._update_actions()
        self._update_cadence()

    def _update_actions(self) -> None:
        in_session = self.pages.currentWidget() is self.session_view
        has_queue = len(self.queue) > 0
        has_exercise = bool(self.browser.current_id())
        for action in (self.pause_action, self.previous_action, self.next_action,
                       self.stop_action, self.focus_action):  # fmt: skip
            action.setEnabled(in_session)
        self.pause_action.setEnabled(in_session and self.player.state is not State.FINISHED)
        for action in (self.start_exercise_action, self.add_action):
            action.setEnabled(not in_session and has_exercise)
        self.start_button.setEnabled(self.start_exercise_action.isEnabled())
        self.add_button.setEnabled(self.add_action.isEnabled())
        for action in (self.start_session_action, self.save_action, self.clear_action):
            action.setEnabled(not in_session and has_queue)
        self.remove_action.setEnabled(not in_session and has_queue)
        self.programs_action.setEnabled(not in_session)
        self.saved_action.setEnabled(not in_session)

    def _update_cadence(self) -> None:
        visible = self.isVisible() and not self.isMinimized()
        if not visible or self.pages.currentWidget() is not self.session_view:
            self.player.set_cadence(Cadence.SEGMENT)
        elif options.REDUCE_MOTION.read():
            self.session_view.pacer.set_reduced_motion(True)
            self.player.set_cadence(Cadence.SECOND)
        else:
            self.session_view.pacer.set_reduced_motion(False)
            self.player.set_cadence(Cadence.FRAME)

    # -- resuming ------------------------------------------------------------------------

    def settings_bookmark(self) -> str | None:
        """The stored bookmark as JSON (for tests and diagnostics); None when there is
        none or it could not be read (and was forgotten)."""
        bookmark = options.BOOKMARK.read()
        return json.dumps(bookmark.to_dict()) if bookmark is not None else None

    def saved_bookmark(self) -> Bookmark | None:
        """A session closed halfway last time, if its exercises still exist. A bookmark
        that cannot be read is forgotten, with a notice (``options.BOOKMARK``)."""
        bookmark = options.BOOKMARK.read()
        if bookmark is None or not all(i in self._catalogue.exercises for i in bookmark.exercises):
            return None
        return bookmark

    def offer_resume(self) -> QMessageBox | None:
        """Ask, without blocking, whether to go on where the last session stopped."""
        bookmark = self.saved_bookmark()
        if bookmark is None:
            return None
        exercise = self._catalogue.exercises[bookmark.exercises[bookmark.exercise_index]]
        where = [exercise.name.get(self._lang)]
        if bookmark.side is not None:
            where.append(self.tr("right side") if bookmark.side.value == "right"
                         else self.tr("left side"))  # fmt: skip
        if bookmark.rep is not None and exercise.guidance.rounds > 1:
            where.append(self.tr("round %1").replace("%1", str(bookmark.rep)))
        box = QMessageBox(self)
        box.setObjectName("resumeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Go on with your session?"))
        box.setText(
            self.tr("Last time you stopped at exercise %1 of %2: %3.")
            .replace("%1", str(bookmark.exercise_index + 1))
            .replace("%2", str(len(bookmark.exercises)))
            .replace("%3", ", ".join(where))
        )
        resume = box.addButton(self.tr("Go on"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)

        def answered() -> None:
            if box.clickedButton() is resume:
                self.resume(bookmark)
            else:
                self._forget_bookmark()

        box.finished.connect(answered)
        box.open()
        return box

    def resume(self, bookmark: Bookmark) -> bool:
        """Load the session and wait, paused, at the start of the same round and side:
        the person first gets back into position, then presses Space.

        A session that can no longer be played (its exercises are gone, or have grown
        longer than one session may be) is said in a box and the bookmark forgotten, so
        that the next start does not offer it again; False then."""
        ids = list(bookmark.exercises)
        compiled = self._compile(ids) if all(i in self._catalogue.exercises for i in ids) else ""
        if isinstance(compiled, str):
            self._forget_bookmark()
            reason = compiled or self.tr("some of its exercises are no longer there")
            QMessageBox.warning(
                self,
                self.tr("Session cannot be resumed"),
                self.tr("The unfinished session cannot be resumed: %1. It was forgotten.")
                .replace("%1", reason),
            )  # fmt: skip
            return False
        self.queue.replace(bookmark.exercises, self.tr("the unfinished session"))
        self._load(compiled, start=False)
        self.player.hold_at(resume_ms(compiled, bookmark))
        self._bookmark = bookmark
        self.session_view.set_notice(self.tr("Get into position, then press Space to go on."))
        return True

    def _forget_bookmark(self) -> None:
        self._bookmark = None
        options.save(options.BOOKMARK.forget())

    # -- other windows -------------------------------------------------------------------

    def open_pacer(self) -> PacerWindow:
        """The standalone pacer, one per main window, kept while the app runs."""
        if self._pacer is None:
            from app.ui.pacer_window import PacerWindow  # not needed for the first paint

            self._pacer = PacerWindow(self._catalogue, self._lang, parent=self)
        self._pacer.show()
        self._pacer.raise_()
        self._pacer.activateWindow()
        return self._pacer

    def apply_reminders(self) -> None:
        self.reminders.apply(self.progress.recorder.sessions)

    def start_today(self) -> None:
        """A reminder was answered: the day's program, after the usual check-in."""
        self._raise()
        if self.pages.currentWidget() is self.session_view:
            return  # already practising
        today = history.program_for_today(self.progress.recorder.sessions(), self._catalogue.path)
        if today is None:
            return  # a catalogue without a path offers no program
        self.load_program(today)
        self.start_session()

    def quit_app(self) -> None:
        """Quit for real (the tray's Quit, File → Quit), also when the tray keeps it."""
        self._quitting = True
        self.close()
        QApplication.quit()

    def show_history(self) -> HistoryWindow:
        """The practice history, one window, kept while the app runs."""
        if self._history is None:
            from app.ui.history_window import HistoryWindow  # not needed for the first paint

            self._history = HistoryWindow(self.progress.recorder, self._catalogue, self._lang,
                                          self)  # fmt: skip
        self._history.refresh()
        self._history.show()
        self._history.raise_()
        self._history.activateWindow()
        return self._history

    def switch_language(self, lang: str) -> MainWindow:
        """Show everything in ``lang`` now: a new window takes this one's place and state.

        Every text of every widget is set where the widget is built, so a fresh window in
        the new language is the one place that knows them all; it gets the session (its
        exercises, the open one, and a playing session at the start of the same round),
        geometry and splitters (through QSettings, as at any start). The edit history of
        the session is not carried over.
        """
        new_lang: Lang = "nl" if lang == "nl" else "en"
        i18n.install(new_lang)
        bookmark = self._bookmark if self.player.state is not State.IDLE else None
        shown = self.browser.current_id()
        self._save_layout()
        # Shown before this one closes: closing the last window would end the app.
        window = MainWindow(self._catalogue, new_lang, self._user_problems, self._clock)
        _windows.append(window)
        window.queue.replace(self.queue.ids(), "")
        window.queue.undo_stack.clear()
        if shown:
            window.browser.select(shown)
        window.show()
        self._quitting = True  # closes for real, not to the tray
        self.reminders.stop()
        self.close()  # stops the player and lets go of the desktop; keeps the bookmark
        if self in _windows:
            _windows.remove(self)
        self.deleteLater()
        if bookmark is not None:
            window.resume(bookmark)
        return window

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

    # -- window --------------------------------------------------------------------------

    def _default_size(self) -> None:
        """1280×760, or nine tenths of a smaller screen (a 1280×720 laptop)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 760
        if screen is not None:
            width = min(width, round(screen.width() * 0.95))
            height = min(height, round(screen.height() * 0.9))
        self.resize(width, height)

    def _restore_geometry(self) -> None:
        """Size, place and splitters as last closed (``options``: what Qt will not restore
        is said once, and the default layout stays)."""
        layouts = (
            (options.MAIN_GEOMETRY, self.restoreGeometry),
            (options.MAIN_SPLITTER, self.splitter.restoreState),
            (options.SESSION_SPLITTER, self.session_view.splitter.restoreState),
        )
        for option, restore in layouts:
            state = option.read()
            if state.isEmpty() or restore(state):
                continue
            if option is options.MAIN_GEOMETRY and options.is_geometry(state):
                continue  # saved on another screen: Qt declines it, the default size stays
            option.refuse(state, self.tr("not a window layout saved by Breathing Room"))
        if too_small(self):
            self._default_size()  # a damaged geometry: never open at a sliver of a window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_cadence()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.WindowStateChange:
            QTimer.singleShot(0, self._update_cadence)  # the new state applies after this
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._quitting:
            self.reminders.look_again()  # the tray now, not at the last look
        if self.reminders.keeps_running and not self._quitting:
            event.ignore()  # lives on in the tray, for the reminder
            self.hide()
            return
        self.reminders.stop()
        if self._pacer is not None:
            self._pacer.close()
        self.player.stop()  # the bookmark stays: next start offers to go on
        self.progress.close()
        if self._guidance is not None:
            self._guidance.shutdown()
        if self._media is not None:
            self._media.unregister()
        self._save_layout()
        super().closeEvent(event)

    def _save_layout(self) -> None:
        changes = [
            options.MAIN_SPLITTER.set(self.splitter.saveState()),
            options.SESSION_SPLITTER.set(self.session_view.splitter.saveState()),
        ]
        if not self.focus_action.isChecked():
            changes.append(options.MAIN_GEOMETRY.set(self.saveGeometry()))
        options.save(*changes)
