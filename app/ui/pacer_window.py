"""The standalone breathing pacer: pick a rhythm and a length, and breathe with the circle.

Keys: Space pause/resume (or start), Esc stop, F full screen, ←/→ previous/next breath.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Catalogue
from app.core.playback import Frame, Level
from app.core.problems import MessageError
from app.core.requests import MAX_BREATHS, MAX_MINUTES, MIN_MINUTES, MINUTES_DECIMALS, Request
from app.core.text import Lang
from app.player import Cadence, Player, State
from app.services import i18n, labels, options, storage
from app.services.collector import CollectBetweenCues
from app.services.guidance import SessionGuidance
from app.services.sleep_watch import SleepWatch
from app.ui.fit_area import FitArea, size_for_screen, too_small
from app.ui.flow_layout import FlowLayout
from app.ui.pacer_widget import PacerWidget

CUSTOM = ""  # the combo entry for a pattern of one's own


class _ArrowsStayHere(QObject):
    """The arrow keys move between the two length options while one has focus, instead
    of stepping through the breaths (the window's ← and → shortcuts)."""

    ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in self.ARROWS:
                event.accept()  # the radio button takes the key, not a shortcut
        return False


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
        self.player = player or Player(parent=self)
        self.player.frame.connect(self._on_frame)
        self.player.state_changed.connect(self._on_state)
        self.player.slept.connect(self._on_slept)

        CollectBetweenCues(self.player)
        SleepWatch(self.player)  # pauses before the computer suspends (logind)
        self._sleep_notice = ""  # the line saying why the session paused, while it holds
        self.guidance = SessionGuidance(self.player, catalogue.exercises, lang, self)
        self._notices: list[str] = []  # what the notice line says, one line each
        self.guidance.notice.connect(self._tell)
        storage.notices.problem.connect(self._tell)  # its choices cannot be remembered
        self._settings_notice = ""
        options.notices.problem.connect(self._on_settings_problem)
        self.pacer = PacerWidget(lang)
        self.pacer.resolution_changed.connect(self.player.set_resolution)
        self.player.set_resolution(self.pacer.resolution())
        self._build_controls()
        self._build_shortcuts()
        options.check_all()  # everything unusable in the settings file, in one notice
        self._restore_choice()
        for text in options.notices.current:  # said before this window opened
            self._on_settings_problem(text)
        self._validate()
        self._on_state(self.player.state.value)
        size_for_screen(self, 760, 720)
        self._restore_geometry()

    # -- building ---------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("preset")
        for preset in self._catalogue.presets.values():
            self.preset_box.addItem(preset.name.get(self._lang), preset.id)
            self.preset_box.setItemData(
                self.preset_box.count() - 1,
                preset.description.get(self._lang),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.preset_box.addItem(self.tr("Your own pattern…"), CUSTOM)
        self.preset_box.setAccessibleName(self.tr("Breathing rhythm"))
        self.preset_box.currentIndexChanged.connect(self._on_preset)

        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("pattern")
        self.pattern_edit.setPlaceholderText(self.tr("in-hold-out-hold, e.g. 4-7-8"))
        self.pattern_edit.setAccessibleName(self.tr("Breath pattern in seconds"))
        self.pattern_edit.setToolTip(
            self.tr(
                "Seconds to breathe in, hold, breathe out and (optionally) hold again, "
                "e.g. 4-7-8 or 5-0-7-3. Decimals are fine: 5.5-0-5.5."
            )
        )
        self.pattern_edit.textChanged.connect(self._validate)
        self.pattern_edit.returnPressed.connect(self._start_from_enter)
        self.pattern_error = QLabel()
        self.pattern_error.setObjectName("patternError")
        self.pattern_error.setWordWrap(True)
        self.pattern_error.setStyleSheet("color: #b3261e;")

        self.by_breaths = QRadioButton(self.tr("Breaths"))
        self.by_minutes = QRadioButton(self.tr("Minutes"))
        self.breaths_spin = QSpinBox()
        self.breaths_spin.setRange(1, MAX_BREATHS)
        self.breaths_spin.setAccessibleName(self.tr("Number of breaths"))
        self.minutes_spin = QDoubleSpinBox()
        # The one rule for minutes (core/pattern.py, parse_minutes): the box holds every
        # length the command line and a second start may ask for, exactly, so the pacer
        # plays what ``breathing-room timeline`` prints for the same arguments.
        self.minutes_spin.setDecimals(MINUTES_DECIMALS)  # first: the range is rounded to it
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSingleStep(0.5)
        self.minutes_spin.setAccessibleName(self.tr("Length in minutes"))
        self.by_breaths.toggled.connect(self._validate)
        self._arrows = _ArrowsStayHere(self)
        self.by_breaths.installEventFilter(self._arrows)
        self.by_minutes.installEventFilter(self._arrows)
        self.breaths_spin.valueChanged.connect(self._validate)
        self.minutes_spin.valueChanged.connect(self._validate)
        length = QHBoxLayout()
        for widget in (self.by_breaths, self.breaths_spin, self.by_minutes, self.minutes_spin):
            length.addWidget(widget)
        length.addStretch(1)
        self.length_hint = QLabel()
        self.length_hint.setObjectName("lengthHint")

        form = QFormLayout()
        form.addRow(self.tr("&Rhythm:"), self.preset_box)
        form.addRow(self.tr("&Pattern:"), self.pattern_edit)
        form.addRow("", self.pattern_error)
        form.addRow(self.tr("Length:"), length)
        form.addRow("", self.length_hint)

        self.start_button = QPushButton()
        self.start_button.setObjectName("startPause")
        # Not setDefault(): outside a dialog it only draws the highlight that Fusion also
        # uses for the keyboard focus, so the focus could not be seen on this button.
        # Enter in the pattern field starts instead, as a default button would.
        self.start_button.clicked.connect(self.toggle)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(self.tr("Stop (Esc)"))
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

        self.controls = QWidget()
        self.controls.setObjectName("pacerControls")
        controls_layout = QVBoxLayout(self.controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        controls_layout.addLayout(form)
        self.notice = QLabel()
        self.notice.setObjectName("pacerNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

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
        keys = {
            Qt.Key.Key_Space: self.toggle,
            Qt.Key.Key_Escape: self.stop,
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_Left: lambda: self.player.previous(Level.BREATH),
            Qt.Key.Key_Right: lambda: self.player.next(Level.BREATH),
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    # -- choosing ---------------------------------------------------------------------

    def _on_preset(self) -> None:
        ident = self.preset_box.currentData()
        custom = ident == CUSTOM
        self.pattern_edit.setReadOnly(not custom)
        if not custom:
            preset = self._catalogue.presets[ident]
            self.pattern_edit.setText(str(preset.pattern))
            self.breaths_spin.setValue(preset.breaths)
            self.by_breaths.setChecked(True)
        self._validate()

    def _asked(self) -> Request:
        ident = self.preset_box.currentData()
        breaths = self.breaths_spin.value() if self.by_breaths.isChecked() else None
        minutes = None if breaths is not None else self.minutes_spin.value()
        if ident != CUSTOM:
            return Request(preset=ident, breaths=breaths, minutes=minutes)
        return Request(pattern=self.pattern_edit.text(), breaths=breaths, minutes=minutes)

    def request(self) -> Request | None:
        """What the controls ask for, or None while it cannot be played."""
        try:
            self._asked().build(self._catalogue)
        except MessageError:
            return None
        return self._asked()

    @Slot()
    def _start_from_enter(self) -> None:
        if self.player.state in (State.IDLE, State.FINISHED):  # never pauses a session
            self.start()

    @Slot()
    def _validate(self) -> None:
        self.breaths_spin.setEnabled(self.by_breaths.isChecked())
        self.minutes_spin.setEnabled(not self.by_breaths.isChecked())
        # Tab lands on the chosen option of the pair, the arrow keys switch (the usual
        # radio-group habit); left alone, Qt's Tab stops at "Breaths" even when
        # "Minutes" is chosen and never reaches it.
        for radio in (self.by_breaths, self.by_minutes):
            radio.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if radio.isChecked() else Qt.FocusPolicy.ClickFocus
            )
        text = self.pattern_edit.text()
        try:
            # The core compiles what would play; the hint shows its length, not a guess.
            timeline = replace(self._asked(), prepare_s=0).build(self._catalogue)
        except MessageError as error:
            self.pattern_error.setText(i18n.message_text(error.message) if text else "")
            self.pattern_error.setVisible(bool(text))
            self.length_hint.clear()
            self.start_button.setEnabled(self.player.playing or self.player.state is State.PAUSED)
            return
        self.pattern_error.hide()
        self.length_hint.setText(
            self.tr("%1 breaths · %2")
            .replace("%1", str(timeline.segments[0].breaths))
            .replace("%2", labels.duration(timeline.total_ms))
        )
        self.start_button.setEnabled(True)

    def _restore_choice(self) -> None:
        """The last choice; a damaged setting is its default, said once (``options``), and
        so is a rhythm not in the catalogue now (kept stored: :meth:`_save_choice`)."""
        ident = options.PACER_PRESET.read()
        index = self.preset_box.findData(ident)
        self.preset_box.setCurrentIndex(max(0, index))
        self._on_preset()
        # A rhythm of the person's own file, left out this run (a typo in it): the default
        # for now, said, and kept in the settings until another rhythm is chosen.
        self._missing_preset: str | None = None if index >= 0 else ident
        self.preset_box.activated.connect(self._forget_missing_preset)  # the person's pick
        if index < 0:
            options.PACER_PRESET.refuse(
                ident,
                self.tr(
                    "the rhythm you chose last time is not in the catalogue now (your own "
                    "exercises were left out?)"
                ),
            )
        if ident == CUSTOM and index >= 0:
            self.pattern_edit.setText(options.PACER_PATTERN.read())
        # Check the chosen one, never uncheck the other: an auto-exclusive radio button
        # cannot be unchecked, so after a preset (which checks "Breaths") "Minutes" was
        # never restored.
        by_minutes = options.PACER_BY.read() == "minutes"
        (self.by_minutes if by_minutes else self.by_breaths).setChecked(True)
        breaths = options.PACER_BREATHS.stored()  # none saved: the preset's own number
        if breaths is not None:
            self.breaths_spin.setValue(breaths)
        self.minutes_spin.setValue(options.PACER_MINUTES.read())
        self.reduce_motion.setChecked(options.REDUCE_MOTION.read())

    @Slot()
    def _forget_missing_preset(self) -> None:
        self._missing_preset = None

    def _restore_geometry(self) -> None:
        """Size and place as last closed, as the main window does (Qt keeps it on a
        screen that is there now)."""
        geometry = options.PACER_GEOMETRY.read()
        restored = geometry.isEmpty() or self.restoreGeometry(geometry)
        if not restored and not options.is_geometry(geometry):  # not Qt's: say so
            options.PACER_GEOMETRY.refuse(
                geometry, self.tr("not a window layout saved by Breathing Room")
            )
        if too_small(self):  # a damaged geometry: never open at a sliver of a window
            size_for_screen(self, 760, 720)

    def _save_choice(self) -> None:
        changes = [
            options.PACER_BY.set("breaths" if self.by_breaths.isChecked() else "minutes"),
            options.PACER_BREATHS.set(self.breaths_spin.value()),
            options.PACER_MINUTES.set(self.minutes_spin.value()),
            options.REDUCE_MOTION.set(self.reduce_motion.isChecked()),
        ]
        if self._missing_preset is None:  # else the stand-in: the remembered one stays
            changes.append(options.PACER_PRESET.set(self.preset_box.currentData()))
        pattern = self.pattern_edit.text()
        try:
            options.PACER_PATTERN.parse(pattern)
        except options.UnusableError:
            pass  # typed halfway: the last pattern that could be played stays
        else:
            changes.append(options.PACER_PATTERN.set(pattern))
        if not self.isFullScreen():  # full screen is for one session, not to come back to
            changes.append(options.PACER_GEOMETRY.set(self.saveGeometry()))
        options.save(*changes)

    @Slot(str)
    def _on_settings_problem(self, text: str) -> None:
        """The settings file's notice: a newer one (more found) replaces the older."""
        if self._settings_notice in self._notices:
            self._notices.remove(self._settings_notice)
        self._settings_notice = text
        self._tell(text)

    def choose(self, request: Request) -> None:
        """Set the controls from a request (the command line's ``--preset``/``--pattern``)."""
        if request.preset is not None or request.pattern is not None:
            self._forget_missing_preset()  # chosen: this one is remembered
        if request.preset is not None:
            self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(request.preset)))
        elif request.pattern is not None:
            self.preset_box.setCurrentIndex(self.preset_box.findData(CUSTOM))
            self.pattern_edit.setText(request.pattern)
        if request.breaths is not None:
            self.by_breaths.setChecked(True)
            self.breaths_spin.setValue(request.breaths)
        elif request.minutes is not None:
            self.by_minutes.setChecked(True)
            self.minutes_spin.setValue(request.minutes)
        self._validate()

    # -- playing ----------------------------------------------------------------------

    def start(self, prepare_s: float = 3.0) -> bool:
        request = self.request()
        if request is None:
            return False
        timeline = replace(request, prepare_s=prepare_s).build(self._catalogue)
        self._notices = list(storage.notices.current)  # the disk's trouble outlives a run
        self._show_notices()
        self._save_choice()
        self.guidance.prepare()  # before the clock starts: loading must not delay a cue
        self.player.load(timeline)
        self.player.start()
        return True

    @Slot()
    def toggle(self) -> None:
        if self.player.state in (State.IDLE, State.FINISHED):
            self.start()
        else:
            self.player.toggle_pause()

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

    def _on_frame(self, frame: Frame) -> None:
        self.pacer.set_frame(frame)

    def _on_state(self, state: str) -> None:
        playing = state in (State.PREPARING, State.RUNNING)
        self.start_button.setText(
            self.tr("Pause") if playing else
            self.tr("Resume") if state == State.PAUSED else self.tr("Start")
        )  # fmt: skip
        self.start_button.setToolTip(self.start_button.text() + " " + self.tr("(Space)"))
        for widget in (self.preset_box, self.pattern_edit, self.breaths_spin, self.minutes_spin,
                       self.by_breaths, self.by_minutes):  # fmt: skip
            widget.setEnabled(state in (State.IDLE, State.FINISHED))
        if state in (State.IDLE, State.FINISHED):
            self._validate()
        self.stop_button.setEnabled(state not in (State.IDLE,))
        self.previous_button.setEnabled(state != State.IDLE)
        self.next_button.setEnabled(state != State.IDLE)
        if state == State.IDLE:
            self.pacer.clear()
        if state == State.FINISHED:
            self.finished.emit()
        if playing:
            self._forget_sleep()  # going on: why it paused is no longer news

    @Slot(str)
    def _tell(self, text: str) -> None:
        """Sound, screen or disk trouble: shown once; the session goes on."""
        if text not in self._notices:
            self._notices.append(text)
            self._show_notices()

    def clear_notices(self) -> None:
        """Forget what was said (a new run says again what still holds)."""
        self._notices.clear()
        self._show_notices()

    def _show_notices(self) -> None:
        self.notice.setText("\n".join(self._notices))
        self.notice.setVisible(bool(self._notices))

    def _on_slept(self, jump_ms: float) -> None:
        self._forget_sleep()
        self._sleep_notice = labels.paused(self.player.away, jump_ms)
        self._tell(self._sleep_notice)

    @property
    def sleep_notice(self) -> str:
        """Why the session paused by itself (a stall, a sleep), while that holds; or ""."""
        return self._sleep_notice if self._sleep_notice in self._notices else ""

    def _forget_sleep(self) -> None:
        if self._sleep_notice in self._notices:
            self._notices.remove(self._sleep_notice)
            self._show_notices()
        self._sleep_notice = ""

    def _on_reduce_motion(self, reduced: bool) -> None:
        self.pacer.set_reduced_motion(reduced)
        self._update_cadence()

    def _update_cadence(self) -> None:
        if not self.isVisible() or self.isMinimized():
            self.player.set_cadence(Cadence.SEGMENT)
        elif self.reduce_motion.isChecked():
            self.player.set_cadence(Cadence.SECOND)
        else:
            self.player.set_cadence(Cadence.FRAME)

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
        self.player.stop()
        self.guidance.shutdown()
        super().closeEvent(event)
