"""The standalone breathing pacer: pick a rhythm and a length, and breathe with the circle.

Keys (``pacer_keys.PACER_KEYS``): Space pause/resume (or start), Esc pause and ask (a
second Esc stops: one stray key never ends a session), F full screen, ←/→ previous/next
breath, F1 help. A click on the circle goes on from a pause.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Catalogue
from app.core.playback import Level
from app.core.requests import Request
from app.core.text import Lang
from app.player import Player, State
from app.services import options, storage
from app.session_host import SessionHost
from app.ui.fit_area import FitArea, size_for_screen
from app.ui.flow_layout import FlowLayout
from app.ui.notice_line import NoticeLine
from app.ui.pacer_controls import PacerControls
from app.ui.pacer_keys import PACER_KEYS
from app.ui.pacer_overlay import Hold
from app.ui.pacer_widget import PacerWidget
from app.ui.window_memory import restore_geometry

if TYPE_CHECKING:
    from app.services.guidance import SessionGuidance


class PacerWindow(QWidget):
    """Signals: ``finished()`` when a session has played to its end."""

    finished = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        lang: Lang,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PacerWindow")
        self.setWindowTitle(self.tr("Breathing pacer"))
        self._catalogue = catalogue
        self._lang = lang
        self.host = SessionHost(catalogue, lang, parent=self, player=player)
        self.player = self.host.player
        self._sleep_notice = ""  # the line saying why the session paused, while it holds
        self._settings_notice = ""
        self.notice = NoticeLine()
        self.notice.setObjectName("pacerNotice")
        self.pacer = PacerWidget(lang)
        self._stop_asked = False  # Esc pressed once: paused, and a second Esc stops
        self.pacer.clicked.connect(self.host.go_on)
        self.host.frame.connect(self.pacer.set_frame)
        self.host.state_changed.connect(self._on_state)
        self.host.away.connect(self._on_away)
        self.host.notice.connect(self._tell)
        storage.notices.problem.connect(self._tell)  # its choices cannot be remembered
        options.notices.problem.connect(self._on_settings_problem)
        self.pacer.resolution_changed.connect(self.host.set_resolution)
        self.host.set_resolution(self.pacer.resolution())
        self.controls = PacerControls(catalogue, lang)
        c = self.controls
        self.preset_box, self.pattern_edit, self.pattern_error = (
            c.preset_box, c.pattern_edit, c.pattern_error)  # fmt: skip
        self.by_breaths, self.by_minutes = c.by_breaths, c.by_minutes
        self.breaths_spin, self.minutes_spin = c.breaths_spin, c.minutes_spin
        self.length_hint = c.length_hint
        c.enter_pressed.connect(self._start_from_enter)
        c.told.connect(self._tell)  # a rhythm file of one's own that cannot be read
        self._build_controls()
        self._build_shortcuts()
        c.playable_changed.connect(self._on_playable)
        options.check_all()  # everything unusable in the settings file, in one notice
        c.restore_choice()
        self.reduce_motion.setChecked(options.REDUCE_MOTION.read())
        for text in options.notices.current:  # said before this window opened
            self._on_settings_problem(text)
        for text in c.told_so_far():  # said while the controls were made
            self._tell(text)
        c.validate()
        self._on_state(self.player.state.value)
        size_for_screen(self, 760, 720)
        restore_geometry(self, options.PACER_GEOMETRY, lambda: size_for_screen(self, 760, 720))

    @property
    def guidance(self) -> SessionGuidance:
        """Sound, voice and the screen inhibitor (made at the first start)."""
        return self.host.guidance

    # -- building ---------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.start_button = QPushButton()
        self.start_button.setObjectName("startPause")
        # Not setDefault(): outside a dialog it only draws the highlight that Fusion also
        # uses for the keyboard focus, so the focus could not be seen on this button.
        # Enter in the pattern field starts instead, as a default button would.
        self.start_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(self.tr("Stop (Esc twice)"))
        self.stop_button.clicked.connect(self.player.stop)
        self.previous_button = QPushButton(self.tr("◀ Breath"))
        self.previous_button.setToolTip(self.tr("Previous breath (←)"))
        self.previous_button.setAccessibleName(self.tr("Previous breath"))
        self.previous_button.clicked.connect(lambda: self.player.previous(Level.BREATH))
        self.next_button = QPushButton(self.tr("Breath ▶"))
        self.next_button.setToolTip(self.tr("Next breath (→)"))
        self.next_button.setAccessibleName(self.tr("Next breath"))
        self.next_button.clicked.connect(lambda: self.player.next(Level.BREATH))
        self.full_button = QPushButton(self.tr("Full screen"))
        self.full_button.setToolTip(self.tr("Full screen (F)"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.reduce_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduce_motion.setToolTip(
            self.tr("Keep the circle still; the ring shows how far the breath has come")
        )
        self.reduce_motion.toggled.connect(self._on_reduce_motion)

        buttons = FlowLayout()  # one row, or more at large text
        for button in (self.previous_button, self.start_button, self.next_button,
                       self.stop_button, self.reduce_motion, self.full_button):  # fmt: skip
            buttons.addWidget(button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.pacer, 1)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(FitArea(content))  # scrolls on a screen too small for it

    def _build_shortcuts(self) -> None:
        """The keys of ``pacer_keys.PACER_KEYS`` (Help › Keyboard shortcuts lists that table);
        each shortcut carries its name as What's This, so it can be listed from here too."""
        for entry in PACER_KEYS:
            for sequence in entry.sequences():
                shortcut = QShortcut(sequence, self)
                shortcut.setWhatsThis(entry.name())
                shortcut.activated.connect(lambda call=entry.call: call(self))

    @Slot()
    def show_help(self) -> None:
        """F1: how to use the app, at its part about the pacer."""
        from app.ui.help_window import show_how_to

        show_how_to(self, self._lang, "pacer")

    # -- choosing ---------------------------------------------------------------------

    @Slot()
    def _start_from_enter(self) -> None:
        if self.player.state in (State.IDLE, State.FINISHED):  # never pauses a session
            self.start()

    def _save_choice(self) -> None:
        changes = [
            *self.controls.choice(),
            options.REDUCE_MOTION.set(self.reduce_motion.isChecked()),
        ]
        if not self.isFullScreen():  # full screen is for one session, not to come back to
            changes.append(options.PACER_GEOMETRY.set(self.saveGeometry()))
        options.save(*changes)

    @Slot(str)
    def _on_settings_problem(self, text: str) -> None:
        """The settings file's notice: a newer one (more found) replaces the older."""
        self.notice.take_back(self._settings_notice)
        self._settings_notice = text
        self.notice.tell(text)

    def choose(self, request: Request) -> None:
        """Set the controls from a request (the command line's ``--preset``/``--pattern``)."""
        self.controls.choose(request)

    def request(self) -> Request | None:
        """What the controls ask for, or None while it cannot be played."""
        return self.controls.request()

    def _on_playable(self, playable: bool) -> None:
        self.start_button.setEnabled(playable or self.player.state is State.PAUSED
                                     or self.player.playing)  # fmt: skip

    # -- playing ----------------------------------------------------------------------

    # The count-in before the first breath: the command line's default until the person
    # chooses another (``--prepare 1``), which then holds for every start in this window —
    # Space after the end, the Start button, Enter — not only the first.
    _prepare_s = 3.0

    def start(self, prepare_s: float | None = None) -> bool:
        request = self.request()
        if request is None:
            return False
        prepare = self._prepare_s if prepare_s is None else prepare_s
        timeline = replace(request, prepare_s=prepare).build(self._catalogue)
        self._prepare_s = prepare  # once it is known to play
        self.notice.set_lines(storage.notices.current)  # the disk's trouble outlives a run
        self._save_choice()
        self.host.load(timeline)  # readies the guidance before the clock starts
        return True

    @Slot()
    def toggle(self) -> None:
        if self.player.state in (State.IDLE, State.FINISHED):
            self.start()
        else:
            self.player.toggle_pause()

    @Slot()
    def escape(self) -> None:
        """Esc: while a session is under way, pause and ask (the pacer says "press Esc
        again to stop"); the second Esc stops. Otherwise it stops at once, as before."""
        if self.host.in_session and not self._stop_asked:
            self.player.pause()
            self._stop_asked = True
            self.pacer.set_hold(Hold.STOP_ASKED)
        else:
            self.stop()

    @property
    def stop_asked(self) -> bool:
        return self._stop_asked

    @Slot()
    def stop(self) -> None:
        self.player.stop()
        if self.isFullScreen():
            self.toggle_full_screen()

    @Slot()
    def toggle_full_screen(self) -> None:
        """Full screen shows only the circle and its words: readable from the mat."""
        if self.isFullScreen():
            self.showNormal()
            self.controls.show()
        else:
            self.controls.hide()
            self.showFullScreen()

    def _on_state(self, state: str) -> None:
        playing = state in (State.PREPARING, State.RUNNING)
        self.start_button.setText(
            self.tr("Pause") if playing else
            self.tr("Resume") if state == State.PAUSED else self.tr("Start")
        )  # fmt: skip
        self.start_button.setToolTip(self.start_button.text() + " " + self.tr("(Space)"))
        self.controls.set_editable(state in (State.IDLE, State.FINISHED))
        self.stop_button.setEnabled(state not in (State.IDLE,))
        self.previous_button.setEnabled(state != State.IDLE)
        self.next_button.setEnabled(state != State.IDLE)
        if state != State.PAUSED:
            self._stop_asked = False  # going on (or over) answers the question
        held = {State.PAUSED: Hold.PAUSED, State.WAITING: Hold.WAITING}.get(State(state))
        self.pacer.set_hold(Hold.STOP_ASKED if self._stop_asked else held)
        if state == State.IDLE:
            self.pacer.clear()
        if state == State.FINISHED:
            self.finished.emit()
        if playing:
            self._forget_sleep()  # going on: why it paused is no longer news

    @Slot(str)
    def _tell(self, text: str) -> None:
        """Sound, screen or disk trouble: shown once; the session goes on."""
        self.notice.tell(text)

    def clear_notices(self) -> None:
        """Forget what was said (a new run says again what still holds)."""
        self.notice.set_lines([])

    @Slot(str)
    def _on_away(self, text: str) -> None:
        self._forget_sleep()
        self._sleep_notice = text
        self.notice.tell(text)

    @property
    def sleep_notice(self) -> str:
        """Why the session paused by itself (a stall, a sleep), while that holds; or ""."""
        return self._sleep_notice if self.notice.says(self._sleep_notice) else ""

    def _forget_sleep(self) -> None:
        self.notice.take_back(self._sleep_notice)
        self._sleep_notice = ""

    def _on_reduce_motion(self, reduced: bool) -> None:
        self.pacer.set_reduced_motion(reduced)
        self._update_cadence()

    def _update_cadence(self) -> None:
        shown = self.isVisible() and not self.isMinimized()
        self.host.set_view(shown, self.reduce_motion.isChecked())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_cadence()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_cadence()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.WindowStateChange:
            # Deferred: the new state is in place only after this event.
            QTimer.singleShot(0, self._update_cadence)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_choice()
        self.host.shutdown()
        super().closeEvent(event)
