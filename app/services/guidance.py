"""Eyes-closed guidance: what plays and what is said as a session moves on.

Connects a :class:`Player` to the earcons, the voice and the screen inhibitor. The choice
of sound and words is the core's (``earcon_at``, ``spoken_at``); this class only routes
them, and turns every failure into one notice while the session goes on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.earcons import Earcon, earcon_at
from app.core.model import Exercise
from app.core.spoken import GuidanceMode, SpeechOptions, spoken_at
from app.core.text import Lang
from app.player import Player, State
from app.services import options
from app.services.awake import ScreenAwake
from app.services.sound import EarconPlayer
from app.services.speech import Voice

WARM_UP_MS = 200  # open the sound output this long before a sound is due


class GuidanceSettings:
    """The remembered choices (declared in ``options``: a damaged value is the default)."""

    def __init__(self) -> None:
        self.mode = GuidanceMode(options.GUIDANCE_MODE.read())
        self.say_breaths = options.SAY_BREATHS.read()
        self.volume = options.VOLUME.read()
        self.muted = options.MUTED.read()
        self.lead_ms = options.LEAD_MS.read()

    def save(self) -> None:
        options.save(
            options.GUIDANCE_MODE.set(self.mode.value),
            options.SAY_BREATHS.set(self.say_breaths),
            options.VOLUME.set(self.volume),
            options.MUTED.set(self.muted),
            options.LEAD_MS.set(self.lead_ms),
        )


class SessionGuidance(QObject):
    """Signals: ``notice(str)`` for the window, once per thing that does not work.

    ``listen=False``: a session host calls :meth:`on_announce`, :meth:`on_cue` and
    :meth:`on_state` in its own order (``app/session_host.py``)."""

    notice = Signal(str)

    def __init__(
        self,
        player: Player,
        exercises: dict[str, Exercise],
        lang: Lang,
        parent: QObject | None = None,
        *,
        listen: bool = True,
    ) -> None:
        super().__init__(parent)
        self._player = player
        self._exercises = exercises
        self._lang: Lang = lang
        self.settings = GuidanceSettings()
        self.sound = EarconPlayer(self)
        self.voice = Voice(lang, self)
        self.awake = ScreenAwake(parent=self)
        for source in (self.sound, self.voice, self.awake):
            source.problem.connect(self.notice)
        self.apply()
        # Opens the sound output shortly before a segment that has a sound (see sound.py).
        self._warm = QTimer(self)
        self._warm.setSingleShot(True)
        self._warm.setTimerType(Qt.TimerType.PreciseTimer)
        self._warm.timeout.connect(self._warm_up)
        if listen:
            player.announce.connect(self.on_announce)
            player.cue.connect(self.on_cue)
            player.state_changed.connect(self.on_state)

    def apply(self) -> None:
        """Take the settings (after the preferences dialog changed them)."""
        s = self.settings
        self.sound.set_volume(s.volume / 100)
        self.sound.set_muted(s.muted)
        self._player.set_lead(s.lead_ms)

    def prepare(self) -> None:
        """Load the sounds (and start the voice) *before* a session starts: loading takes
        a moment, and inside a running session it would delay the first cues."""
        if self.settings.mode is not GuidanceMode.OFF and self.sound.load():
            self.sound.close()  # checked and read; opened again just before the first sound
        if self.settings.mode is GuidanceMode.VOICE:
            self.voice.start()

    def sound_check(self) -> bool:
        """Play an in-breath now, to check the speakers."""
        return self.sound.play(Earcon.INHALE)

    @Slot(int)
    def on_announce(self, index: int) -> None:
        timeline = self._player.timeline
        if timeline is None or self.settings.mode is GuidanceMode.OFF:
            return
        earcon = earcon_at(timeline, index)
        if earcon is not None:
            self.sound.play(earcon)

    def _plan_warm_up(self) -> None:
        """Arm the warm-up for the next boundary that has a sound, if the session plays."""
        self._warm.stop()
        timeline = self._player.timeline
        if timeline is None or self.settings.mode is GuidanceMode.OFF or not self._player.playing:
            return
        position = self._player.position_ms
        following = timeline.index_at(position) + 1
        if following >= len(timeline) or earcon_at(timeline, following) is None:
            return
        starts_in = timeline.segments[following].start_ms - position - self._player.lead_ms
        self._warm.start(max(0, math.floor(starts_in - WARM_UP_MS)))

    def _warm_up(self) -> None:
        if self._player.playing:
            self.sound.load()

    @Slot(int)
    def on_cue(self, index: int) -> None:
        if self._player.catching_up:
            return  # crossed in one late look: its moment is past, the current one speaks
        self._plan_warm_up()
        timeline = self._player.timeline
        if timeline is None or self.settings.mode is not GuidanceMode.VOICE:
            return
        options = SpeechOptions(self._lang, self.settings.say_breaths)
        text = spoken_at(timeline, index, self._exercises, options)
        if text:
            self.voice.say(text)

    @Slot(str)
    def on_state(self, state: str) -> None:
        if state in (State.PREPARING, State.RUNNING):
            # After the cue that comes with this state change, not before it: the first
            # call may open a bus connection, which takes milliseconds.
            QTimer.singleShot(0, self._hold_screen)
            self._plan_warm_up()
        else:
            self._warm.stop()
            self.awake.release()
            if state in (State.PAUSED, State.IDLE):
                self.voice.stop()
            if state in (State.IDLE, State.FINISHED):
                self.sound.close()  # after the last chord has sounded

    def _hold_screen(self) -> None:
        if self._player.playing:
            self.awake.hold(self.tr("A guided exercise session is playing"))

    def shutdown(self) -> None:
        """At exit: release the screen and stop speaking."""
        self.awake.release()
        self.voice.stop()
        self.sound.close()
