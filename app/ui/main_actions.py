"""The main window's commands, menus and toolbar, declared in one place (Picard's
``picard/ui/mainwindow/actions.py`` habit).

Every command is one ``QAction`` shared by menu, buttons and keys, so a shortcut shown in a
tooltip is the same thing the button does; a tooltip names its key, so keys can be learnt
by hovering. Which commands are enabled follows from a few facts (:meth:`MainActions.update`),
never from the command that ran last.

Held states are shown from here too, large over the session's pacer (``pacer_overlay``):
"Paused", "Ready?" (wait for me) and, after one Esc, "press Esc again to stop": Esc during
a session pauses and asks, since one stray key used to end everything. The Stop button (a
click is deliberate) and the media Stop key still stop at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QToolBar, QWidget

from app.core.model import Catalogue
from app.core.text import Lang
from app.player import State
from app.session_host import SessionHost
from app.ui.companions import Companions
from app.ui.icons import icon
from app.ui.pacer_overlay import Hold
from app.ui.pacer_widget import PacerWidget
from app.ui.queue_model import QueueModel

if TYPE_CHECKING:
    from app.ui.export_dialog import AudioExport

# help_window.SHORTCUT_NAME, written out: that module (and the pacer's key table it reads)
# is loaded when help is first asked for, not at start. tests/test_help.py checks the names.
SHORTCUT_NAME = "shortcutName"


class SessionPage(Protocol):
    """The page a session plays on: its pacer shows the held states, and a click on
    either says "go on"."""

    pacer: PacerWidget

    def installEventFilter(self, watcher: QObject) -> None: ...  # noqa: N802 - Qt's


class Commands(Protocol):
    """What the window does when a command is given (its slots), and its session page."""

    @property
    def session_view(self) -> SessionPage: ...

    def start_current_exercise(self) -> None: ...
    def add_current(self) -> None: ...
    def start_session(self) -> None: ...
    def remove_selected(self) -> None: ...
    def clear_queue(self) -> None: ...
    def save_session(self) -> None: ...
    def show_saved_sessions(self) -> object: ...
    def load_program(self, program_id: str) -> None: ...
    def stop_session(self) -> None: ...
    def toggle_focus_mode(self) -> None: ...
    def find_exercise(self) -> None: ...
    def quit_app(self) -> None: ...


def with_key(action: QAction, tip: str) -> None:
    """A tooltip that names the action's shortcut."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({key})" if key else tip)


# The keyboard's media keys do the same as these commands while the window has focus.
MEDIA_KEYS = {
    "pause": (Qt.Key.Key_MediaTogglePlayPause,),  # Play and Pause alone: media_play, _pause
    "next": (Qt.Key.Key_MediaNext,),
    "previous": (Qt.Key.Key_MediaPrevious,),
    "stop": (Qt.Key.Key_MediaStop,),  # Esc is ``escape``: it asks first
}


class MainActions(QObject):
    """The actions of one main window (its children; added to it, so that their keys work
    with the menu bar hidden in focus mode)."""

    def __init__(
        self,
        window: QMainWindow,
        commands: Commands,
        host: SessionHost,
        companions: Companions,
        catalogue: Catalogue,
        lang: Lang,
        undo_stack: QUndoStack,
        queue_view: QWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands
        c = commands
        ctrl = Qt.Modifier.CTRL
        self.start_exercise = self._make(
            self.tr("&Start this exercise"), c.start_current_exercise,
            QKeySequence(ctrl | Qt.Key.Key_Return),
            self.tr("Play just this exercise"), "startExerciseAction", "play",
        )  # fmt: skip
        self.add = self._make(
            self.tr("&Add to session"), c.add_current, self.tr("Ctrl+D"),
            self.tr("Add this exercise to the end of the session"), "addAction", "add",
        )  # fmt: skip
        self.start_session = self._make(
            self.tr("Start s&ession"), c.start_session, QKeySequence(Qt.Key.Key_F5),
            self.tr("Play the whole session"), "startSessionAction", "play",
        )  # fmt: skip
        self.remove = QAction(icon("remove"), self.tr("&Remove"), window)
        self.remove.setObjectName("removeAction")
        self.remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete means "remove from the session" only where the session list has focus.
        self.remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove.triggered.connect(c.remove_selected)
        with_key(self.remove, self.tr("Remove the selected exercises from the session"))
        queue_view.addAction(self.remove)
        self.clear = self._make(
            self.tr("&Clear session"), c.clear_queue, None,
            self.tr("Empty the session (Undo brings it back)"), "clearAction",
        )  # fmt: skip
        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action, tip in ((self.undo, self.tr("Undo")), (self.redo, self.tr("Redo"))):
            with_key(action, tip)
            action.setProperty(SHORTCUT_NAME, tip)  # its text names the edit ("Undo Add…")
            window.addAction(action)
        self.save = self._make(
            self.tr("&Save session…"), c.save_session,
            QKeySequence(QKeySequence.StandardKey.Save),
            self.tr("Save the session under a name"), "saveAction",
        )  # fmt: skip
        self.saved = self._make(
            self.tr("&Open saved session…"), c.show_saved_sessions,
            QKeySequence(QKeySequence.StandardKey.Open),
            self.tr("Load, rename or delete saved sessions"), "savedAction",
        )  # fmt: skip
        # Session → Export audio…: the queue as a sound file (ui/export_dialog.py, loaded
        # when first asked for).
        self.export_audio = self._make(
            self.tr("&Export audio…"), self.export_session_audio, None,
            self.tr("Write the session, with its sounds and voice, to a WAV file to play "
                    "on a phone"), "exportAudioAction",
        )  # fmt: skip
        self._queue_view = queue_view
        self._catalogue, self._lang = catalogue, lang
        self._exporter: AudioExport | None = None
        self.programs_menu = QMenu(self.tr("Programmes from the book"), window)
        self.programs_menu.setObjectName("programsMenu")
        for program in catalogue.programs.values():
            action = self.programs_menu.addAction(program.name.get(lang))
            action.setObjectName(f"program:{program.id}")
            action.setToolTip(program.description.get(lang))
            action.triggered.connect(lambda _c=False, pid=program.id: c.load_program(pid))
        self.programs = self.programs_menu.menuAction()
        self.programs.setText(self.tr("&Programmes"))
        self.programs.setToolTip(self.tr("Load a programme from the book into the session"))

        self.pause = self._make(
            self.tr("&Pause"), host.toggle_pause, QKeySequence(Qt.Key.Key_Space),
            self.tr("Pause or go on"), "pauseAction", "pause",
        )  # fmt: skip
        self.pause.setProperty(SHORTCUT_NAME, self.tr("Pause or go on"))  # not Pause/Resume
        self.previous = self._make(
            self.tr("P&revious exercise"), host.previous_exercise, QKeySequence(Qt.Key.Key_Left),
            self.tr("Back to the start of this exercise, or the one before"), "previousAction",
            "previous",
        )  # fmt: skip
        self.next = self._make(
            self.tr("&Next exercise"), host.next_exercise, QKeySequence(Qt.Key.Key_Right),
            self.tr("Skip to the next exercise"), "nextAction", "next",
        )  # fmt: skip
        self.stop = self._make(
            self.tr("S&top"), c.stop_session, None,
            self.tr("Stop and go back to the exercises"), "stopAction", "stop",
        )  # fmt: skip
        self.escape = self._make(
            self.tr("Stop (asks first)"), self.ask_to_stop, QKeySequence(Qt.Key.Key_Escape),
            self.tr("Pause and ask; Esc again stops"), "escapeAction",
        )  # fmt: skip
        self.escape.setProperty(SHORTCUT_NAME, self.tr("Pause, then stop (press twice)"))
        self.focus = self._make(
            self.tr("&Focus mode"), c.toggle_focus_mode, QKeySequence(Qt.Key.Key_F11),
            self.tr("Full screen with large type, readable from the floor"), "focusAction", "focus",
        )  # fmt: skip
        self.focus.setCheckable(True)
        for name, keys in MEDIA_KEYS.items():
            command: QAction = getattr(self, name)
            own = [command.shortcut()] if not command.shortcut().isEmpty() else []
            command.setShortcuts([*own, *(QKeySequence(k) for k in keys)])
        # A keyboard's or headset's own Play and Pause keys are not toggles: Pause pressed
        # at a "wait for me" said ready, and Play pressed while playing paused.
        self.media_play = self._hidden(
            self.tr("Go on (ready, when it waits)"), Qt.Key.Key_MediaPlay, host.go_on, "mediaPlay"
        )
        self.media_pause = self._hidden(
            self.tr("Pause"), Qt.Key.Key_MediaPause, host.hold, "mediaPause"
        )
        self.pacer = self._make(
            self.tr("Breathing &pacer…"), companions.open_pacer, self.tr("Ctrl+B"),
            self.tr("Just the breathing pacer"), "openPacer", "breath",
        )  # fmt: skip
        self.history = self._make(
            self.tr("&History…"), companions.show_history, self.tr("Ctrl+H"),
            self.tr("Days practised, minutes, pain, every session; export and backup"),
            "historyAction", "history",
        )  # fmt: skip
        media_stop = self.stop.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.stop.setToolTip(
            self.tr("Stop and go back to the exercises (Esc twice, %1)").replace("%1", media_stop)
        )
        self.player_controls = [self.previous, self.pause, self.next, self.stop, self.focus]
        self.toolbar: QToolBar | None = None
        self._companions = companions
        self._host = host
        self._stop_asked = False  # Esc pressed once: paused, and a second Esc stops
        page = commands.session_view
        self._pacer = page.pacer
        self._pacer.clicked.connect(host.go_on)
        page.installEventFilter(self)  # a click on its words goes on too
        host.state_changed.connect(self._on_state)

    # -- Session → Export audio… --------------------------------------------------------

    @property
    def exporter(self) -> AudioExport:
        """The export flow of this window, made when first used."""
        if self._exporter is None:
            from app.ui.export_dialog import AudioExport

            self._exporter = AudioExport(
                self._window, self._host, self._queue_ids, self._catalogue.exercises, self._lang
            )
        return self._exporter

    def _queue_ids(self) -> list[str]:
        view = self._queue_view
        model = view.model() if isinstance(view, QAbstractItemView) else None
        return model.ids() if isinstance(model, QueueModel) else []

    @Slot()
    def export_session_audio(self) -> None:
        self.exporter.run()

    # -- held states: paused, waiting, asked to stop ------------------------------------

    @property
    def stop_asked(self) -> bool:
        return self._stop_asked

    @Slot()
    def ask_to_stop(self) -> None:
        """Esc: while a session is under way (playing, waiting, paused), pause and ask; the
        second Esc stops. With no session under way it stops at once, as it always did."""
        if self._host.in_session and not self._stop_asked:
            self._host.player.pause()
            self._stop_asked = True
            self._pacer.set_hold(Hold.STOP_ASKED)
        else:
            self.stop.trigger()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state != State.PAUSED:
            self._stop_asked = False  # going on (or over) answers the question
        held = {State.PAUSED: Hold.PAUSED, State.WAITING: Hold.WAITING}.get(State(state))
        self._pacer.set_hold(Hold.STOP_ASKED if self._stop_asked else held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """A click on the session page's words (not taken by a button) goes on, like a
        click on the pacer."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() is Qt.MouseButton.LeftButton
        ):
            self._host.go_on()
        return False

    def _make(self, text: str, slot: Callable[[], object], key: QKeySequence | str | None,
              tip: str, name: str, icon_name: str = "") -> QAction:  # fmt: skip
        window = self._window
        action = QAction(icon(icon_name), text, window) if icon_name else QAction(text, window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        with_key(action, tip)
        window.addAction(action)  # shortcuts work with the menu bar hidden (focus mode)
        return action

    def build_menus(self) -> QToolBar:
        """The menu bar and the practice toolbar; returns the toolbar."""
        window, c = self._window, self._commands
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(c.quit_app)
        with_key(quit_action, self.tr("Quit"))
        file_menu.addAction(quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        preferences = edit.addAction(self.tr("&Preferences…"))
        preferences.setObjectName("preferencesAction")
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if preferences.shortcut().isEmpty():  # not every platform has a standard key
            preferences.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        preferences.triggered.connect(self._companions.show_preferences)
        with_key(preferences, self.tr("Preferences"))
        edit.addSeparator()
        find = edit.addAction(self.tr("&Find exercise"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the browser owns Ctrl+F
        find.triggered.connect(c.find_exercise)
        with_key(find, self.tr("Find exercise"))
        session = bar.addMenu(self.tr("&Session"))
        session.addActions([self.start_session, self.add, self.remove, self.clear])
        session.addSeparator()
        session.addMenu(self.programs_menu)
        session.addActions([self.save, self.saved])
        session.addSeparator()
        session.addAction(self.export_audio)
        practice = bar.addMenu(self.tr("&Practice"))
        practice.addActions([self.start_exercise, self.pacer, self.history])
        practice.addSeparator()
        practice.addActions(self.player_controls)
        toolbar = window.addToolBar(self.tr("Practice"))
        toolbar.setObjectName("practiceToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.start_session, self.pacer, self.history])
        help_menu = bar.addMenu(self.tr("&Help"))
        how_to = self._make(
            self.tr("&How to use Breathing Room"), self._companions.show_help,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.tr("What the app is, a session from the mat, focus mode, the pacer, safety"),
            "helpAction",
        )  # fmt: skip
        shortcuts = self._make(
            self.tr("&Keyboard shortcuts"), self._companions.show_shortcuts, None,
            self.tr("Every key of this window and of the pacer"), "shortcutsAction",
        )  # fmt: skip
        help_menu.addActions([how_to, shortcuts])
        help_menu.addSeparator()
        about = QAction(self.tr("&About Breathing Room"), window)
        about.triggered.connect(self._companions.about)
        help_menu.addAction(about)
        self.toolbar = toolbar
        return toolbar

    def update(self, *, in_session: bool, playable: bool, has_queue: bool,
               has_exercise: bool) -> None:  # fmt: skip
        """Enable what can be done now: the player's commands while the session page shows
        (pause also needs a session not yet over), the browsing commands otherwise."""
        for action in self.player_controls:
            action.setEnabled(in_session)
        self.escape.setEnabled(in_session)
        # A finished session is over: Previous and Next played nothing (the state stayed
        # finished, the view showed an exercise again, and only Stop got out of it).
        for action in (self.pause, self.previous, self.next):
            action.setEnabled(in_session and playable)
        for action in (self.start_exercise, self.add):
            action.setEnabled(not in_session and has_exercise)
        for action in (self.start_session, self.save, self.clear, self.remove, self.export_audio):
            action.setEnabled(not in_session and has_queue)
        self.programs.setEnabled(not in_session)
        self.saved.setEnabled(not in_session)

    def _hidden(self, text: str, key: Qt.Key, slot: Callable[[], None], name: str) -> QAction:
        """An action with a key and no menu entry, on the window (works in focus mode)."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def show_playing(self, playing: bool, waiting: bool = False) -> None:
        """Pause while playing, Ready while waiting for the person, Resume otherwise."""
        if waiting:
            self.pause.setText(self.tr("&Ready"))
        else:
            self.pause.setText(self.tr("&Pause") if playing else self.tr("&Resume"))
        self.pause.setIcon(icon("pause" if playing else "play"))
        with_key(self.pause, self.tr("Pause or go on"))
