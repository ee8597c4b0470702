"""The main window: browse the book's exercises, build a session, and be guided through it.

Picard's layout: catalogue, details and the work list (the session queue); playing swaps
them for the guided player. A view: what a playing session is made of is the
:class:`SessionHost`'s, the commands are declared in ``main_actions.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from app.core.guide import Bookmark
from app.core.model import Catalogue
from app.core.problems import Problem
from app.core.text import Lang
from app.core.timeline import Timeline
from app.player import Clock, Player, State
from app.services import i18n, options, storage
from app.session_host import SessionHost
from app.ui.browse_page import BrowsePage
from app.ui.companions import Companions
from app.ui.first_paint import AfterFirstPaint
from app.ui.fit_area import FitArea, size_for_screen
from app.ui.focus_mode import FocusMode
from app.ui.main_actions import MainActions
from app.ui.notice_line import Telling
from app.ui.queue_model import RoutineQueue
from app.ui.queue_panel import QueuePanel
from app.ui.resume_offer import ResumeOffer
from app.ui.saved_routines import SavedRoutineCommands, SavedRoutinesDialog
from app.ui.session_view import SessionView
from app.ui.window_memory import restore_geometry, restore_state

if TYPE_CHECKING:
    from app.services.guidance import SessionGuidance
    from app.ui.history_window import HistoryWindow
    from app.ui.pacer_window import PacerWindow
    from app.ui.practice_record import PracticeRecord
    from app.ui.preferences import PreferencesDialog
    from app.ui.reminder import Reminders


class MainWindow(QMainWindow):
    """Signals: ``exercise_selected(str)`` with the id of the exercise now shown;
    ``replaced(object)`` with the window that took this one's place (a language switch),
    for whoever keeps the windows of the app."""

    exercise_selected = Signal(str)
    replaced = Signal(object)

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
        self.setWindowTitle(self.tr("Breathing Room"))
        self.setObjectName("MainWindow")

        self.host = SessionHost(catalogue, lang, clock, self, record=True, media=True,
                                resumable=True)  # fmt: skip
        self.queue = RoutineQueue(catalogue, lang, self)
        self.queue_panel = QueuePanel(self.queue)
        self.saved = SavedRoutineCommands(self, self.queue, self.queue_panel, catalogue, lang)
        self.saved.told.connect(self.statusBar().showMessage)
        self.session_view = SessionView(catalogue, lang)
        self.telling = Telling(self.session_view.set_notice, self.statusBar())
        self._told = self.telling.told  # notices already shown this run
        self.browse = BrowsePage(catalogue, lang, self.queue_panel, self._user_problems)
        self.browser, self.details = self.browse.browser, self.browse.details
        self.tree, self.splitter = self.browser.tree, self.browse.splitter
        self.start_button, self.add_button = self.browse.start_button, self.browse.add_button
        self.storage_banner = self.browse.storage_banner
        self.storage_text = self.storage_banner.text
        self.browse.exercise_shown.connect(self._on_exercise_shown)
        self.browser.activated.connect(lambda eid: self.queue.add([eid]))
        self._later: list[Callable[[], object]] = []
        self._first_paint = AfterFirstPaint(self, self._after_first_paint)

        self.companions = c = Companions(self, self.host, catalogue, lang, self.browse)
        c.language_changed.connect(self.switch_language)
        c.practice_changed.connect(self.apply_reminders)
        c.load_program.connect(self.load_program)
        c.told.connect(self._tell)
        c.start_today.connect(self.start_today)
        c.show_window.connect(self._raise)
        c.quit_app.connect(self.quit_app)
        self.commands = MainActions(self, self, self.host, self.companions, catalogue, lang,
                                    self.queue.undo_stack, self.queue_panel.view)  # fmt: skip
        a = self.commands
        self.start_session_action, self.pacer_action = a.start_session, a.pacer
        self.pause_action, self.stop_action, self.focus_action = a.pause, a.stop, a.focus
        self.toolbar = a.build_menus()
        self.session_view.add_controls(a.player_controls)
        self.queue_panel.add_buttons([a.programs, a.saved], [a.start_session, a.remove, a.clear])
        self.browse.bind(a.start_exercise, a.add)
        self.storage_banner.problem.connect(self._tell)
        self.storage_banner.recovered.connect(
            lambda: self.statusBar().showMessage(self.tr("Files can be written again"), 5000)
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.browse)
        self.pages.addWidget(self.session_view)
        self.pages.currentChanged.connect(self._on_page)
        self.setCentralWidget(FitArea(self.pages))  # scrolls on a screen too small for it
        self.focus_mode = FocusMode(self, self.session_view, self.focus_action,
                               [self.menuBar(), self.statusBar(), self.toolbar],
                               self._show_current_frame)  # fmt: skip

        host = self.host
        host.frame.connect(self.session_view.show_frame)
        host.state_changed.connect(self._on_state)
        host.away.connect(self.session_view.set_notice)
        host.notice.connect(self._tell)
        host.loaded.connect(self._on_loaded)
        host.stop_requested.connect(self.stop_action.trigger)
        host.raise_requested.connect(self._raise)
        self.session_view.pacer.resolution_changed.connect(host.set_resolution)
        host.set_resolution(self.session_view.pacer.resolution())
        self.queue.changed.connect(self._update_actions)

        self.statusBar().showMessage(
            self.tr("%1 exercises in %2 places of the book · %3 programmes")
            .replace("%1", str(len(catalogue.exercises)))
            .replace("%2", str(len(catalogue.places())))
            .replace("%3", str(len(catalogue.programs)))
        )
        size_for_screen(self, 1280, 760)  # or 95 % × 90 % of a smaller screen
        restore_geometry(self, options.MAIN_GEOMETRY, lambda: size_for_screen(self, 1280, 760))
        restore_state(options.MAIN_SPLITTER, self.splitter.restoreState, geometry=False)
        restore_state(
            options.SESSION_SPLITTER, self.session_view.splitter.restoreState, geometry=False
        )
        self._on_page(0)
        self.browser.select_first()
        self._update_actions()
        # Everything unusable in the settings file, said once (after the status line above).
        options.notices.problem.connect(self._on_settings_problem)
        options.check_all()
        for text in options.notices.current:
            self._on_settings_problem(text)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` after the window's own deferred work (the resume question comes
        after a reminder, as it did before the first paint was made light)."""
        if self._first_paint.done:
            QTimer.singleShot(0, callback)
        else:
            self._later.append(callback)

    def _after_first_paint(self) -> None:
        """The folders first (a history that cannot be kept is said once, in the banner),
        then the practice record (flags, the suggestion), the reminder, the callers'."""
        storage.check_folders()
        self.practice.refresh()
        self.apply_reminders()
        for callback in self._later:
            callback()

    @property
    def reminders(self) -> Reminders:
        return self.companions.reminders

    @property
    def practice(self) -> PracticeRecord:
        return self.companions.practice

    # -- what the host owns, for the window's callers ----------------------------------

    @property
    def player(self) -> Player:
        return self.host.player

    @property
    def guidance(self) -> SessionGuidance:
        """Sound, voice and the screen inhibitor (made at the first session)."""
        return self.host.guidance

    @property
    def in_session(self) -> bool:
        """A session is loaded and not over (also held at a resumed spot)."""
        return self.host.in_session

    # -- browsing ------------------------------------------------------------------------

    def _on_exercise_shown(self, exercise_id: str) -> None:
        self._update_actions()
        if exercise_id:
            self.exercise_selected.emit(exercise_id)

    def find_exercise(self) -> None:
        self.browser.focus_search()

    def add_current(self) -> None:
        eid = self.browser.current_id()
        if eid and self.queue.add([eid]):
            self.statusBar().showMessage(self.tr("Added to the session"), 3000)

    def remove_selected(self) -> None:
        self.queue.remove(self.queue_panel.selected_rows())

    def clear_queue(self) -> None:
        self.queue.clear()

    # -- saved sessions (saved_sessions.py) ----------------------------------------------

    def load_program(self, program_id: str) -> None:
        self.saved.load_program(program_id)

    def save_session(self) -> None:
        self.saved.save()

    def save_session_as(self, name: str) -> bool:
        return self.saved.save_as(name)

    def show_saved_sessions(self) -> SavedRoutinesDialog:
        return self.saved.show_dialog()

    # -- playing -------------------------------------------------------------------------

    def start_current_exercise(self) -> None:
        eid = self.browser.current_id()
        if eid:
            self.practice.start([eid], self.play)

    def start_session(self) -> None:
        """Start the queue, after the check-in (what hurt last time, pain now)."""
        if len(self.queue):
            self.practice.start(self.queue.ids(), self.play)

    def play(self, ids: list[str], start: bool = True) -> bool:
        """Compile ``ids`` into one timeline and show the player (and start it). False when
        there is nothing to play, or the session cannot be played (said in a box): nothing
        changed then, and no caller may go on as if it played."""
        compiled = self.host.compile(ids)
        if isinstance(compiled, str):
            if compiled:
                QMessageBox.warning(
                    self,
                    self.tr("Session too long"),
                    self.tr("This session cannot be played: %1").replace("%1", compiled),
                )
            return False
        started_from, skipped = self.practice.take_skipped()
        self.host.load(compiled, start, pain_before=self.practice.take_pain_before(),
                       started_from=started_from, skipped=skipped)  # fmt: skip
        return True

    def _on_loaded(self, timeline: Timeline) -> None:
        self.session_view.set_timeline(timeline)
        self.pages.setCurrentWidget(self.session_view)
        self.focus_mode.session_started()  # as the person left it last time, or offered

    def stop_session(self) -> None:
        """Stop on purpose: no resume offer next time."""
        if self.pages.currentWidget() is not self.session_view:
            return
        self.host.stop()
        self.practice.ended()
        self.focus_mode.leave()
        self.pages.setCurrentIndex(0)

    @Slot()
    def toggle_focus_mode(self) -> None:
        """F11: on or off, remembered for the next session (``focus_mode.FocusMode``)."""
        self.focus_mode.toggled()

    def _show_current_frame(self) -> None:
        frame = self.player.current_frame()
        if frame is not None:
            self.session_view.show_frame(frame)

    def _on_state(self, state: str) -> None:
        self.practice.on_state(state)  # first: a held history problem before the check-in
        self.commands.show_playing(
            state in (State.PREPARING, State.RUNNING), waiting=state == State.WAITING
        )
        if state == State.FINISHED:
            self.practice.ended()
            self.statusBar().showMessage(self.tr("Session complete"), 5000)
        if state in (State.PREPARING, State.RUNNING):
            self.session_view.set_notice("")
        self._update_actions()

    def _on_page(self, _index: int) -> None:
        self._update_actions()
        self._update_cadence()

    def _update_actions(self) -> None:
        self.commands.update(
            in_session=self.pages.currentWidget() is self.session_view,
            playable=self.player.state is not State.FINISHED,
            has_queue=len(self.queue) > 0,
            has_exercise=bool(self.browser.current_id()),
        )

    def _update_cadence(self) -> None:
        shown = (self.isVisible() and not self.isMinimized()
                 and self.pages.currentWidget() is self.session_view)  # fmt: skip
        reduced = shown and options.REDUCE_MOTION.read()
        if shown:
            self.session_view.pacer.set_reduced_motion(reduced)
        self.host.set_view(shown, reduced)

    # -- resuming ------------------------------------------------------------------------

    def settings_bookmark(self) -> str | None:
        """The stored bookmark as JSON (tests, diagnostics); None when there is none."""
        return self.host.bookmarks.as_json()

    def saved_bookmark(self) -> Bookmark | None:
        """A session closed halfway last time, if its exercises still exist."""
        return self.host.bookmarks.saved(self._catalogue.exercises)

    def offer_resume(self) -> QMessageBox | None:
        """Ask, without blocking, whether to go on where the last session stopped."""
        bookmark = self.saved_bookmark()
        if bookmark is None:
            return None
        box = ResumeOffer(self, bookmark, self._catalogue, self._lang, self.resume,
                          self.host.bookmarks.forget)  # fmt: skip
        box.open()
        return box

    def resume(self, bookmark: Bookmark) -> bool:
        """Load the session and wait, paused, at the start of the same round and side
        (``SessionHost.resume``); one that can no longer be played is said, False."""
        if self.in_session:
            return False  # a session is under way (a reminder answered first): kept
        reason = self.host.resume(bookmark)
        if reason is not None:
            ResumeOffer.cannot(self, reason)
            return False
        self.queue.replace(bookmark.exercises, self.tr("the unfinished session"))
        self.session_view.set_notice(self.tr("Get into position, then press Space to go on."))
        return True

    # -- other windows -------------------------------------------------------------------

    def open_pacer(self) -> PacerWindow:
        """The standalone pacer, one per main window, kept while the app runs."""
        return self.companions.open_pacer()

    def show_history(self) -> HistoryWindow:
        """The practice history, one window, kept while the app runs."""
        return self.companions.show_history()

    def show_preferences(self) -> PreferencesDialog:
        return self.companions.show_preferences()

    def apply_reminders(self) -> None:
        self.reminders.apply(self.practice.recorder.sessions)

    def start_today(self) -> None:
        """A reminder was answered: the day's program, after the usual check-in. A session
        shown (playing, paused, held or just over) is kept: the window only comes forward;
        a routine in the queue is replaced only after a Yes (``offer_program``)."""
        self._raise()
        if self.in_session or self.pages.currentWidget() is self.session_view:
            return  # already practising
        from app.core.history import program_for_today

        today = program_for_today(self.practice.recorder.sessions(), self._catalogue.path)
        if today is not None:  # a catalogue without a path offers no program
            self.saved.offer_program(today, self.start_session)

    def quit_app(self) -> None:
        """Quit for real (the tray's Quit, File → Quit), also when the tray keeps it."""
        if self.companions.made_reminders is not None:
            self.companions.made_reminders.stop()  # no tray now: the close below closes
        self.close()
        QApplication.quit()

    def switch_language(self, lang: str) -> MainWindow:
        """Show everything in ``lang`` now: a new window takes this one's place and state.

        Every text is set where its widget is built, so a fresh window in the new language
        knows them all; it gets the session (a playing one at the start of the same round),
        the open exercise, geometry and splitters, not the edit history. ``replaced`` hands
        it to whoever keeps this one (``startup.WindowKeeper``; a test keeps the result)."""
        new_lang: Lang = "nl" if lang == "nl" else "en"
        i18n.install(new_lang)
        bookmark = self.host.bookmarks.current if self.player.state is not State.IDLE else None
        shown = self.browser.current_id()
        self._save_layout()
        # Shown before this one closes: closing the last window would end the app.
        window = MainWindow(self._catalogue, new_lang, self._user_problems, self._clock)
        window.queue.replace(self.queue.ids(), "")
        window.queue.undo_stack.clear()
        if shown:
            window.browser.select(shown)
        window.show()
        self.replaced.emit(window)
        if self.companions.made_reminders is not None:
            self.companions.made_reminders.stop()  # closes for real, not to the tray
        self.close()  # stops the player and lets go of the desktop; keeps the bookmark
        self.deleteLater()
        if bookmark is not None:
            window.resume(bookmark)
        return window

    # -- telling (notice_line.Telling) ---------------------------------------------------

    @Slot(str)
    def _on_settings_problem(self, text: str) -> None:
        """Preferences that could not be used (``options.notices``): its headline in the
        status bar (what, and where to look), the whole of it in the notice line."""
        self.telling.tell(text, options.notices.headline() or text.partition("\n")[0])

    @Slot(str)
    def _tell(self, text: str) -> None:
        """Sound, voice, the screen or the disk: said once, the session goes on."""
        self.telling.tell(text)

    def say(self, text: str, status: str | None = None) -> None:
        self.telling.say(text, status)

    # -- window --------------------------------------------------------------------------

    def _raise(self) -> None:
        if self.isMinimized() or self.isHidden():  # hidden: living in the tray
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_cadence()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - to the tray: no frames
        super().hideEvent(event)
        self._update_cadence()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.WindowStateChange:
            QTimer.singleShot(0, self._update_cadence)  # the new state applies after this
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        reminders = self.companions.made_reminders
        if reminders is not None:
            reminders.look_again()  # the tray now, not at the last look
            if reminders.keeps_running:
                event.ignore()  # lives on in the tray, for the reminder
                self.hide()
                return
            reminders.stop()
        self.companions.close()
        self.host.shutdown()  # the bookmark stays: next start offers to go on
        if self.companions.made_practice is not None:
            self.companions.made_practice.close()
        elif self.host.has_recorder:
            self.host.recorder.close()  # type: ignore[union-attr]
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
