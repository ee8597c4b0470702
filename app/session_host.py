"""The session host: one owner for everything a playing session is made of.

Both windows play sessions: the main window a guided routine, the pacer window a breathing
pattern. What a play-through needs besides the picture is the same for both and lives here,
once: the :class:`Player`, the garbage-collector timing, the suspend watch, the guidance
(sounds, voice, screen inhibitor), the practice recorder (history), the media controls
(MPRIS and media keys), the resume bookmark and the cadence policy. The windows are views:
they build widgets, bind actions to the host's methods and render what it emits.

**Who hears the player first** is written here, not left to the order in which
``connect`` happened to be called. Qt calls the slots of one signal in connection order;
the host is the only listener of the player's own signals (connected in ``__init__``,
before any view exists) and calls its parts in this order:

============  =========================================================================
player says   the host calls, in order, then emits to the views
============  =========================================================================
announce      guidance (starts a sound so it is *heard* on the boundary: first of all)
cue           guidance (voice, warm-up of the sound output), the cue log (``--cues-to``),
              collector (a collection after the cue, never inside it)
segment       recorder (history, written after the tick), bookmark (noted; worked out
              and written after the tick), media controls (the title, only when the
              exercise changes) → ``segment_changed``
state         collector (off while playing), guidance (inhibitor, voice), recorder
              (a finished or stopped play-through), the cue log, media controls,
              bookmark (forgotten when finished) → ``state_changed``
slept         the cue log (a "paused" line) → ``away`` with the sentence to show
waiting       guidance (the words "ready when you are" at first, then a soft sound)
              → ``waiting``
frame         → ``frame`` (signal to signal: no Python call per frame)
============  =========================================================================

The host sits above ``app.services`` (it owns services' objects) and below ``app.ui`` (it
owns no widget); ``pyproject.toml``'s import-linter contract keeps it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from app.core.guide import Bookmark, exercise_ids, resume_ms
from app.core.model import Catalogue
from app.core.playback import Level, Resolution, next_group_ms
from app.core.text import Lang
from app.core.timeline import Kind, Timeline, TimelineError, compile_exercises
from app.player import Cadence, Clock, Player, State
from app.services import i18n, labels, options
from app.services.bookmarks import BookmarkStore
from app.services.collector import CollectBetweenCues
from app.services.sleep_watch import SleepWatch

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.services.cue_log import CueLog
    from app.services.guidance import SessionGuidance
    from app.services.history import SessionRecorder
    from app.services.mpris import MediaControls

IN_SESSION = (State.PREPARING, State.RUNNING, State.PAUSED, State.WAITING)


class SessionHost(QObject):
    """What a playing session is made of, for one window.

    Args:
        catalogue: the exercises, prompts and programs a timeline is compiled from.
        lang: the language of the voice and of the media controls' titles.
        clock: the player's clock (tests give a fake one); the monotonic clock if None.
        player: a player to host instead of a new one (a test's, with its own clock).
        record: keep a practice history of the play-throughs (the main window does; the
            standalone pacer does not).
        media: offer MPRIS and the media keys once guidance starts (the main window).
        resumable: keep a resume bookmark, so that a session closed halfway can go on at
            the next start (the main window's routines; not the pacer's breathing).

    Signals (to the views, after the parts above have heard the player):
        loaded(object): a :class:`Timeline` was loaded, before it plays.
        state_changed(str): the player's new :class:`State` value.
        segment_changed(int): the index of the segment now current.
        frame(object): a :class:`Frame` at the current cadence.
        notice(str): sound, voice or the screen inhibitor does not work (once per thing).
        away(str): the session paused by itself (the computer slept, the process stalled):
            the sentence that says so.
        stop_requested(): the media controls asked to stop (the view stops, see ``stop``).
        raise_requested(): the media controls asked to see the window.
        waiting(int): held at a "wait for me" (``Player.waiting``): 0 as it begins, then
            one every ``Player.WAIT_CUE_MS``.
    """

    loaded = Signal(object)
    state_changed = Signal(str)
    segment_changed = Signal(int)
    frame = Signal(object)
    notice = Signal(str)
    away = Signal(str)
    stop_requested = Signal()
    raise_requested = Signal()
    waiting = Signal(int)

    def __init__(
        self,
        catalogue: Catalogue,
        lang: Lang,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        player: Player | None = None,
        record: bool = False,
        media: bool = False,
        resumable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHost")
        self._catalogue = catalogue
        self._lang: Lang = lang
        self.player = player if player is not None else Player(clock, self)
        if player is None:
            self.player.setObjectName("sessionPlayer")
        # The host hears the player first and alone (see the table above).
        self.player.announce.connect(self._on_announce)
        self.player.cue.connect(self._on_cue)
        self.player.segment_changed.connect(self._on_segment)
        self.player.state_changed.connect(self._on_state)
        self.player.slept.connect(self._on_slept)
        self.player.waiting.connect(self._on_waiting)
        self.player.frame.connect(self.frame)  # signal to signal: stays in C++

        self._collector = CollectBetweenCues(self.player, listen=False)
        SleepWatch(self.player)  # pauses before the computer suspends (logind)
        self.bookmarks = BookmarkStore(self)
        self._record = record
        self._recorder: SessionRecorder | None = None  # made on first use (not at start-up)
        self._wants_media = media
        self._resumable = resumable
        self._guidance: SessionGuidance | None = None
        self._media: MediaControls | None = None
        self._media_exercise = ""  # the exercise the media controls' title names
        self._order: list[str] = []
        self._cue_log: CueLog | None = None

    # -- the parts, made on first use -------------------------------------------------

    @property
    def guidance(self) -> SessionGuidance:
        """Sound, voice and the screen inhibitor: made at the first session, not at start-up
        (QtMultimedia and QtDBus cost start-up time the first paint does not need)."""
        if self._guidance is None:
            from app.services.guidance import SessionGuidance

            self._guidance = SessionGuidance(
                self.player, self._catalogue.exercises, self._lang, self, listen=False
            )
            self._guidance.notice.connect(self.notice)
            if self._wants_media:
                self._start_media_controls()
        return self._guidance

    @property
    def recorder(self) -> SessionRecorder | None:
        """The practice history's recorder (None for a host that keeps no history): made on
        first use, so that the first paint does not wait for the history's code."""
        if self._recorder is None and self._record:
            from app.services.history import SessionRecorder

            self._recorder = SessionRecorder(self.player, self, listen=False)
        return self._recorder

    @recorder.setter
    def recorder(self, recorder: SessionRecorder | None) -> None:
        self._recorder = recorder

    @property
    def has_recorder(self) -> bool:
        return self._recorder is not None

    @property
    def has_guidance(self) -> bool:
        return self._guidance is not None

    def _start_media_controls(self) -> None:
        from app.services.mpris import MediaControls

        media = MediaControls(parent=self)
        media.play_pause.connect(self.toggle_pause)
        media.play.connect(self._media_play)
        media.pause.connect(self.player.pause)
        media.stop.connect(self.stop_requested)
        media.next.connect(self.next_exercise)
        media.previous.connect(self.previous_exercise)
        media.raise_window.connect(self.raise_requested)
        media.register()  # without a session bus: off, and the keys still work
        self._media = media

    def add_cue_log(self, log: CueLog) -> None:
        """A cue log (``--cues-to``, made with ``listen=False``) hears the player in the
        host's order: after the guidance, so that a log line never delays a sound."""
        self._cue_log = log

    # -- what is playing --------------------------------------------------------------

    @property
    def timeline(self) -> Timeline | None:
        return self.player.timeline

    @property
    def order(self) -> list[str]:
        """The exercises of the loaded timeline, in order (a repeat counts each time)."""
        return list(self._order)

    @property
    def in_session(self) -> bool:
        """Loaded and not over: playing, counting down, paused (also held at a resumed
        spot) or waiting for the person to be ready."""
        return self.player.state in IN_SESSION

    def compile(self, ids: list[str]) -> Timeline | str:
        """The timeline of ``ids``, or why not: "" when none of them is known, else the
        compiler's reason in the UI language (a saved routine of a thousand exercises).

        With "wait for me" on (``options.WAIT_FOR_ME``, read at each compile: Preferences
        applies to the next session) each exercise waits for the person before its breaths.
        The standalone pacer builds its own timeline and never waits."""
        exercises = [self._catalogue.exercises[i] for i in ids if i in self._catalogue.exercises]
        if not exercises:
            return ""
        try:
            return compile_exercises(
                exercises, self._catalogue.prompts, wait_for_me=options.WAIT_FOR_ME.read()
            )
        except TimelineError as error:
            return i18n.message_text(error.message)

    def load(
        self,
        timeline: Timeline,
        start: bool = True,
        *,
        pain_before: int | None = None,
        started_from: Sequence[str] | None = None,
        skipped: Sequence[str] = (),
    ) -> None:
        """Ready the guidance (before the first frame: it may import QtMultimedia), load
        ``timeline``, begin its record in the history (with the check-in's ``pain_before``,
        0–10), tell the views (``loaded``), and play it.

        ``started_from``: the list the person started from when "Skip what hurt?" left
        ``skipped`` out of it; the session is recorded as that list's programme (following
        the app's own advice never costs progress), with what was skipped."""
        self.prepare()
        self._order = exercise_ids(timeline)
        self.bookmarks.follow(timeline, self._order)
        self.player.load(timeline)
        recorder = self.recorder
        if recorder is not None:
            from app.core.history import program_of  # the history's code: not at start-up

            programs = {
                p.id: [i.exercise for i in p.items] for p in self._catalogue.programs.values()
            }
            whole: list[str] = self._order
            left_out: tuple[str, ...] = ()
            # Only what "Skip what hurt?" made of that list: the list without what it skipped.
            if (
                started_from is not None
                and [i for i in started_from if i not in skipped] == self._order
            ):
                whole, left_out = list(started_from), tuple(dict.fromkeys(skipped))
            session = recorder.begin(timeline, program_of(whole, programs), left_out)
            if pain_before is not None:
                recorder.check_in(session, before=pain_before)
        self.loaded.emit(timeline)
        if start:
            self.player.start()

    def prepare(self) -> None:
        """Before the clock starts: loading sounds must not delay a cue."""
        self.guidance.prepare()

    def hold_at(self, position_ms: float, bookmark: Bookmark | None = None) -> None:
        """Wait, paused, at ``position_ms`` (a resumed session at ``bookmark``)."""
        self.player.hold_at(position_ms)
        if bookmark is not None:
            self.bookmarks.held_at(bookmark)

    def resume(self, bookmark: Bookmark) -> str | None:
        """Load the session of ``bookmark`` and hold, paused, at the start of the same round
        and side (the person first gets back into position). None when done; else why it
        cannot be played ("" when some of its exercises are gone), and the bookmark is
        forgotten so that the next start does not offer it again."""
        ids = list(bookmark.exercises)
        known = all(i in self._catalogue.exercises for i in ids)
        compiled = self.compile(ids) if known else ""
        if isinstance(compiled, str):
            self.bookmarks.forget()
            return compiled
        self.load(compiled, start=False)
        position = resume_ms(compiled, bookmark)
        self.hold_at(position, bookmark)
        segment, _ = compiled.at(position)
        if segment.kind is Kind.WAIT and segment.start_ms == position:
            # Back at a "wait for me": the person says ready once, not "go on" first and
            # then "ready" (one Space held it paused, the next asked again).
            self.player.resume()
        return None

    # -- commands ---------------------------------------------------------------------

    @Slot()
    def toggle_pause(self) -> None:
        """Pause or go on (while waiting: ready); nothing when no session is shown (a
        finished one is over)."""
        if self.player.state is not State.IDLE and self.player.state is not State.FINISHED:
            self.player.toggle_pause()

    @Slot()
    def go_on(self) -> None:
        """Go on if paused or waiting (a click on the pacer); never pauses."""
        if self.player.state in (State.PAUSED, State.WAITING):
            self.player.resume()

    @Slot()
    def hold(self) -> None:
        """Pause if playing; never goes on (a keyboard's or headset's own Pause key)."""
        if self.player.playing:
            self.player.pause()

    def _media_play(self) -> None:
        self.player.resume()  # also "ready" while waiting: a headset's play key

    @Slot()
    def next_exercise(self) -> None:
        """The next exercise; from the last one, first to how to come out of it: one
        stray key (→, a headset's Next) ended the whole session, check-in and all."""
        timeline = self.player.timeline
        if self.player.state is State.IDLE or timeline is None:
            return
        position = self.player.position_ms
        if next_group_ms(timeline, position, Level.EXERCISE) >= timeline.total_ms:
            way_out = next(
                (s.start_ms for s in timeline.segments
                 if s.kind is Kind.COME_OUT and s.start_ms > position),
                None,
            )  # fmt: skip
            if way_out is not None:
                self.player.seek(way_out)
                return
        self.player.next(Level.EXERCISE)

    @Slot()
    def previous_exercise(self) -> None:
        if self.player.state is not State.IDLE:
            self.player.previous(Level.EXERCISE)

    def stop(self) -> None:
        """Stop on purpose: no resume offer next time."""
        self.player.stop()
        if self._resumable:
            self.bookmarks.forget()

    def set_view(self, shown: bool, reduced_motion: bool = False) -> None:
        """The cadence policy: frames while someone sees the animation, a look a second
        when motion is reduced (a countdown still changes), and only the segment
        boundaries when nothing of the session is on screen (cues still land on time)."""
        if not shown:
            self.player.set_cadence(Cadence.SEGMENT)
        elif reduced_motion:
            self.player.set_cadence(Cadence.SECOND)
        else:
            self.player.set_cadence(Cadence.FRAME)

    def set_resolution(self, resolution: Resolution | None) -> None:
        """What the view can show (pixels, seconds): the player wakes only for a change."""
        self.player.set_resolution(resolution)

    def shutdown(self) -> None:
        """At the window's close: the bookmark stays (next start offers to go on), the
        desktop is let go of, the history gets its last writes."""
        self.bookmarks.flush()
        self.player.stop()
        if self._guidance is not None:
            self._guidance.shutdown()
        if self._media is not None:
            self._media.unregister()
        if self._recorder is not None:
            self._recorder.close()

    # -- the player's signals, in the host's order ------------------------------------

    @Slot(int)
    def _on_announce(self, index: int) -> None:
        if self._guidance is not None:
            self._guidance.on_announce(index)

    @Slot(int)
    def _on_cue(self, index: int) -> None:
        if self._guidance is not None:
            self._guidance.on_cue(index)
        if self._cue_log is not None:
            self._cue_log.on_cue(index)
        self._collector.on_cue(index)

    @Slot(int)
    def _on_segment(self, index: int) -> None:
        if self._recorder is not None:
            self._recorder.on_segment(index)
        if self._resumable and self.player.state is not State.FINISHED:  # over: no resume
            self.bookmarks.note(self.player.position_ms)
        if self._media is not None:
            timeline = self.player.timeline
            segments = timeline.segments if timeline is not None else ()
            exercise = (segments[index].exercise or "") if 0 <= index < len(segments) else ""
            if exercise != self._media_exercise:  # a string compare a segment; D-Bus rarely
                self._tell_media(self.player.state.value, exercise)
        self.segment_changed.emit(index)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self._collector.on_state(state)
        if self._guidance is not None:
            self._guidance.on_state(state)
        if self._recorder is not None:
            self._recorder.on_state(state)
        if self._cue_log is not None:
            self._cue_log.on_state(state)
        if self._media is not None:
            frame = self.player.current_frame()
            self._tell_media(state, (frame.segment.exercise or "") if frame else "")
        if state == State.FINISHED and self._resumable:
            self.bookmarks.forget()
        self.state_changed.emit(state)

    def _tell_media(self, state: str, exercise_id: str) -> None:
        """The desktop's media applet names the exercise now playing: told at a change of
        state and when a segment of another exercise begins (Next, or the session going
        on); before, the title stayed on the exercise the session started with."""
        assert self._media is not None
        self._media_exercise = exercise_id
        exercise = self._catalogue.exercises.get(exercise_id)
        self._media.set_state(state, exercise.name.get(self._lang) if exercise else "")

    @Slot(int)
    def _on_waiting(self, n: int) -> None:
        if self._guidance is not None:
            self._guidance.on_waiting(n)
        self.waiting.emit(n)

    @Slot(float)
    def _on_slept(self, jump_ms: float) -> None:
        if self._cue_log is not None:
            self._cue_log.on_slept(jump_ms)
        self.away.emit(labels.paused(self.player.away, jump_ms))
