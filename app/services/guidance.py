"""Eyes-closed guidance: what plays and what is said as a session moves on.

Connects a :class:`Player` to the earcons, the voice and the screen inhibitor. The choice
of sound and words is the core's (``earcon_at``, ``spoken_at``); this class only routes
them, and turns every failure into one notice while the session goes on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.core.earcons import Earcon, earcon_at
from app.core.model import Exercise, Kind
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
        self.wait_for_me = options.WAIT_FOR_ME.read()

    def save(self) -> None:
        options.save(
            options.WAIT_FOR_ME.set(self.wait_for_me),
            options.GUIDANCE_MODE.set(self.mode.value),
            options.SAY_BREATHS.set(self.say_breaths),
            options.VOLUME.set(self.volume),
            options.MUTED.set(self.muted),
            options.LEAD_MS.set(self.lead_ms),
        )


class SessionGuidance(QObject):
    """Signals: ``notice(str)`` for the window, once per thing that does not work.

    Besides the timeline's cues it says what the person did or must do, since eyes closed
    cannot see the screen: "Paused" and "Going on" (a short sound when only sounds are on),
    and while a session waits for them, "Ready when you are…" once, then a soft sound
    every ``Player.WAIT_CUE_MS``.

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
        self._state = State(player.state)  # the state before the one told now
        if listen:
            player.announce.connect(self.on_announce)
            player.cue.connect(self.on_cue)
            player.state_changed.connect(self.on_state)
            player.waiting.connect(self.on_waiting)

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
        segment = timeline.segments[index]
        if not text and segment.kind is Kind.WAIT:
            # A wait's cue fires when the person said ready (Player.ready), so its words
            # ("here we go, start with a breath in") are right now, not at its start.
            text = segment.text.get(self._lang)
        if text:
            self.voice.say(text)

    @Slot(str)
    def on_state(self, state: str) -> None:
        before, self._state = self._state, State(state)
        if state in (State.PREPARING, State.RUNNING, State.WAITING):
            # After the cue that comes with this state change, not before it: the first
            # call may open a bus connection, which takes milliseconds. Waiting keeps the
            # screen on too: "Ready?" is read from the mat.
            QTimer.singleShot(0, self._hold_screen)
            self._plan_warm_up()
        else:
            self._warm.stop()
            self.awake.release()
            if state in (State.PAUSED, State.IDLE):
                self.voice.stop()
            if state in (State.IDLE, State.FINISHED):
                self.sound.close()  # after the last chord has sounded
        # What happened, said for eyes that are closed: a pause from playing or waiting
        # (a key, a click, the headset, or the player itself after a stall or a sleep),
        # and going on from a pause. A resumed bookmark (IDLE to PAUSED) was never heard
        # playing: nothing to say. Going on into a wait says the wait's own words.
        playing = (State.PREPARING, State.RUNNING, State.WAITING)
        if state == State.PAUSED and before in playing:
            self._tell(self.tr("Paused"), Earcon.EXERCISE_END)
        elif state in (State.PREPARING, State.RUNNING) and before is State.PAUSED:
            self._tell(self.tr("Going on"), Earcon.EXERCISE_START)

    @Slot(int)
    def on_waiting(self, n: int) -> None:
        """Held at a "wait for me": the words once (with the voice on), then a soft tick
        every ``Player.WAIT_CUE_MS`` (the sound of a hold: the session is holding)."""
        if n == 0 and self.settings.mode is GuidanceMode.VOICE:
            self.voice.say(self.tr("Ready when you are: press Space or the play key"))
        elif self.settings.mode is not GuidanceMode.OFF:
            self.sound.play(Earcon.HOLD)

    def _tell(self, words: str, earcon: Earcon) -> None:
        """``words`` with the voice on; ``earcon`` with sounds only; nothing when off."""
        mode = self.settings.mode
        if mode is GuidanceMode.VOICE:
            self.voice.say(words)
        elif mode is GuidanceMode.CUES:
            self.sound.play(earcon)

    def _hold_screen(self) -> None:
        if self._player.playing or self._player.state is State.WAITING:
            self.awake.hold(self.tr("A guided exercise session is playing"))

    def shutdown(self) -> None:
        """At exit: release the screen and stop speaking."""
        self.awake.release()
        self.voice.stop()
        self.sound.close()
