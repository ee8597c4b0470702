"""The player: a timeline, one monotonic clock, and one timer that wakes when needed.

The position is always ``clock.now_ms() - origin`` while playing, never a sum of tick
intervals, so the player cannot drift; a late tick only means a late *look*, never a wrong
position. The timer is single-shot and re-armed on every tick for the shorter of "the next
frame" and "the next segment boundary", so cues land on the boundary instead of up to a
frame late.

A late tick never skips a cue: when one look crosses several boundaries (the process was
held up for a moment), every crossed segment is changed to and cued in order, marked as
``catching_up``, before the current one. A look that comes more than ``SLEEP_JUMP_MS`` late,
or after the computer was suspended (told by the clock pair in ``MonotonicClock`` or by the
system, ``system_sleeping``), pauses where the person was and emits ``slept`` instead.

"Wait for me": a :attr:`Kind.WAIT` segment holds the session at its start (``WAITING``:
time stands still, no frames) until the person says ready (:meth:`Player.ready`); then it
plays on through that segment ("Here we go") without holding there again. While it waits,
``waiting(n)`` comes every ``WAIT_CUE_MS`` by the clock since the wait began, for a gentle
sound that tells someone with their eyes closed that the session is waiting for them.
"""

from __future__ import annotations

import math
import sys
import time
from enum import IntEnum, StrEnum
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal, Slot

from app.core.playback import (
    Frame,
    Level,
    Resolution,
    frame_at,
    next_change_ms,
    next_group_ms,
    previous_group_ms,
)
from app.core.timeline import Kind, Timeline


class Clock(Protocol):
    def now_ms(self) -> float:
        """Monotonic milliseconds: the player's only time base."""
        ...

    def suspended_ms(self) -> float | None:
        """How long the computer has been suspended in all (from any fixed point), or
        None where this clock cannot tell. Only its changes matter."""
        ...


def _suspend_pair() -> tuple[int, int] | None:
    """Two clocks read together whose difference grows only while the computer sleeps:
    (one that stops in suspend, one that runs on), or None where there is no such pair.

    - Linux: ``CLOCK_MONOTONIC`` (what ``QElapsedTimer`` reads) stops in suspend,
      ``CLOCK_BOOTTIME`` runs on; both are slewed alike, so they differ only by sleep.
    - macOS: ``CLOCK_UPTIME_RAW`` (``mach_absolute_time``) stops, ``CLOCK_MONOTONIC_RAW``
      (``mach_continuous_time``) runs on (clock_gettime(3) on macOS). Whichever of the two
      ``QElapsedTimer`` follows there, the player takes the larger of "late" and "asleep",
      never their sum, so a suspend is counted once. (No macOS runner tests this.)
    - Windows: none is read. ``QElapsedTimer`` uses ``QueryPerformanceCounter`` there,
      which keeps counting through sleep and hibernation, so a suspend already shows as
      a late tick; it just cannot be told apart from a stalled process.
    """
    if sys.platform.startswith("linux"):
        names = ("CLOCK_MONOTONIC", "CLOCK_BOOTTIME")
    elif sys.platform == "darwin":
        names = ("CLOCK_UPTIME_RAW", "CLOCK_MONOTONIC_RAW")
    else:
        return None
    stops, runs = (getattr(time, name, None) for name in names)
    if not isinstance(stops, int) or not isinstance(runs, int):
        return None
    try:
        time.clock_gettime_ns(stops)
        time.clock_gettime_ns(runs)
    except OSError:  # a kernel without the clock
        return None
    return stops, runs


class MonotonicClock:
    """Milliseconds from ``QElapsedTimer``: monotonic, nanosecond resolution; and the time
    spent in suspend from the platform's clock pair (see ``_suspend_pair``)."""

    _pair = _suspend_pair()

    def __init__(self) -> None:
        self._timer = QElapsedTimer()
        self._timer.start()

    def now_ms(self) -> float:
        return self._timer.nsecsElapsed() / 1_000_000

    def suspended_ms(self) -> float | None:
        pair = self._pair
        if pair is None:
            return None
        # The stopping clock first: a suspend between the two reads then counts at once.
        stops = time.clock_gettime_ns(pair[0])
        return (time.clock_gettime_ns(pair[1]) - stops) / 1_000_000


class State(StrEnum):
    IDLE = "idle"
    PREPARING = "preparing"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"  # held at a "wait for me" segment until the person is ready
    FINISHED = "finished"


class Away(StrEnum):
    """Why the last ``slept`` paused the session: what the person is told."""

    SUSPENDED = "suspended"  # the computer slept (its clocks or the system said so)
    STALLED = "stalled"  # the computer was awake: this process did not run (stopped, busy)
    UNKNOWN = "unknown"  # no clock here tells the two apart (Windows, a plain clock)
    # The system said it would suspend, then woke within ``Player.CANCELLED_SLEEP_MS``: a
    # suspend called off (or failed), so "asleep for 0 s" would be wrong.
    ABOUT_TO_SLEEP = "about_to_sleep"


class Cadence(IntEnum):
    """How often the player looks at the clock while playing."""

    FRAME = 0  # at display rate, for animation
    SECOND = 1  # when a shown countdown changes (reduced motion)
    SEGMENT = 2  # only at segment boundaries (nothing visible)


_ALLOWED = {
    State.IDLE: {State.PREPARING, State.RUNNING, State.PAUSED, State.WAITING},
    State.PREPARING: {State.RUNNING, State.PAUSED, State.IDLE, State.FINISHED, State.WAITING},
    State.RUNNING: {State.PAUSED, State.IDLE, State.FINISHED, State.PREPARING, State.WAITING},
    State.PAUSED: {State.PREPARING, State.RUNNING, State.IDLE, State.FINISHED, State.WAITING},
    State.WAITING: {State.PREPARING, State.RUNNING, State.PAUSED, State.IDLE, State.FINISHED},
    State.FINISHED: {State.IDLE, State.PREPARING, State.RUNNING, State.PAUSED, State.WAITING},
}


class Player(QObject):
    """Plays a :class:`Timeline`.

    Signals:
        state_changed(str): the new :class:`State` value.
        segment_changed(int): the index of the segment now current (also while paused).
        cue(int): a segment began while playing: the moment for a sound, a word, a lamp.
        frame(object): a :class:`Frame` for views, at the current cadence.
        slept(float): this many ms passed unseen (the computer slept, or the process did
            not run): now paused where the person was; ``away`` says which it was.
        announce(int): segment ``index`` begins in ``lead_ms`` (or now): the moment to
            start a sound, so that it is *heard* on the boundary despite output latency.
        waiting(int): held at a "wait for me" segment: ``0`` as the wait begins, then ``n``
            when ``n × WAIT_CUE_MS`` have passed by the clock since it began (a late look
            skips to the latest ``n``; nothing is summed).
    """

    state_changed = Signal(str)
    segment_changed = Signal(int)
    cue = Signal(int)
    frame = Signal(object)
    slept = Signal(float)
    announce = Signal(int)
    waiting = Signal(int)

    FRAME_MS = 16
    SLEEP_JUMP_MS = 3_000
    PRE_WAKE_MS = 15
    MAX_LEAD_MS = 300
    LATE_MS = 100  # a cue fired this much after its boundary is reported late
    CANCELLED_SLEEP_MS = 1_000  # a wake this soon after "about to sleep": no real sleep
    # A gentle "still waiting for you" every 12 s: about two slow breaths, so someone with
    # their eyes closed soon knows the session has not gone on without them; rarely enough
    # not to hurry a person who needs a minute to get down onto the mat.
    WAIT_CUE_MS = 12_000

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or MonotonicClock()
        self._due = 0.0
        self._timeline: Timeline | None = None
        self._state = State.IDLE
        self._origin = 0.0  # clock time at which position 0 was (while playing)
        self._held = 0.0  # the position while not playing
        self._index = -1
        self._expected_wake: float | None = None
        # Set when the timer was armed to wake early for a boundary: that wake only
        # re-arms for the boundary itself and draws nothing, so no paint can run in the
        # last few milliseconds before a cue.
        self._boundary_at: float | None = None
        self._cadence = Cadence.FRAME
        self._resolution: Resolution | None = None
        self._lead_ms = 0.0
        self._announced = -1  # the last segment index announced
        self._catching_up = False  # cueing a segment that is already over (see poll)
        self._suspended: float | None = None  # clock.suspended_ms() at the last look
        self._sleep_began: float | None = None  # paused for a system sleep, at this time
        self._away = Away.UNKNOWN
        self._released = -1  # the WAIT segment the person said ready at (not held again)
        self._wait_began = 0.0  # clock time the current wait began
        self._wait_cues = 0  # the last ``waiting(n)`` emitted in this wait
        self._timer = QTimer(self)
        self._timer.setObjectName("playerTick")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    # -- reading ----------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def playing(self) -> bool:
        return self._state in (State.PREPARING, State.RUNNING)

    @property
    def position_ms(self) -> float:
        if self.playing:
            return self._clock.now_ms() - self._origin
        return self._held

    def current_frame(self) -> Frame | None:
        if self._timeline is None:
            return None
        return frame_at(self._timeline, min(self.position_ms, self._timeline.total_ms))

    # -- controls ---------------------------------------------------------------------

    def load(self, timeline: Timeline) -> None:
        self.stop()
        self._timeline = timeline
        self._held = 0.0
        self._index = -1
        self._released = -1
        self._show(0.0, cue=False)

    def start(self) -> None:
        """Play from the beginning."""
        self.seek(0.0)
        self._play_from(0.0)

    def pause(self) -> None:
        """Hold where it is. From ``WAITING`` too: paused at the wait, and ``resume``
        waits there again (it never goes past a wait the person has not answered)."""
        if self._state is State.WAITING:
            self._timer.stop()
            self._enter(State.PAUSED)
            return
        if not self.playing:
            return
        self._held = self.position_ms
        self._timer.stop()
        self._expected_wake = None
        self._boundary_at = None
        self._enter(State.PAUSED)

    def resume(self) -> None:
        """Go on after a pause (to the wait again, if it paused at one); while waiting,
        the same as :meth:`ready` (a headset's play key says ready)."""
        if self._state is State.PAUSED:
            self._play_from(self._held)
        elif self._state is State.WAITING:
            self.ready()

    @property
    def waiting_for_ready(self) -> bool:
        return self._state is State.WAITING

    def ready(self) -> None:
        """The person is ready: play on from the wait, through its segment (its cue now:
        "here we go"), without holding at that segment again. Nothing in other states."""
        if self._state is not State.WAITING or self._timeline is None:
            return
        index = self._index
        self._timer.stop()
        self._released = index
        self._sleep_began = None
        self._suspended = None
        self._origin = self._clock.now_ms() - self._held
        self._enter(self._playing_state(self._held))
        self._announced = index - 1  # its sound now, as its cue fires
        self._due = self._clock.now_ms()
        self._change(index, cue=True, over=False)
        if self.playing:
            self.poll()

    def hold_at(self, position_ms: float) -> None:
        """Paused at ``position_ms`` without playing first (resuming a saved session):
        shows the spot, fires no cue, and ``resume()`` goes on from there."""
        if self._timeline is None:
            return
        self._timer.stop()
        self._expected_wake = None
        self._held = min(max(0.0, position_ms), float(self._timeline.total_ms))
        self._enter(State.PAUSED)
        self._show(self._held, cue=False)

    def toggle_pause(self) -> None:
        """Space: pause, go on, or (while waiting) say ready."""
        if self.playing:
            self.pause()
        elif self._state is State.WAITING:
            self.ready()
        elif self._state is State.PAUSED:
            self.resume()
        elif self._timeline is not None:
            self.start()

    def stop(self) -> None:
        self._timer.stop()
        self._expected_wake = None
        self._boundary_at = None
        if self._state is not State.IDLE:
            self._held = 0.0
            self._enter(State.IDLE)

    def restart(self) -> None:
        self.start()

    def seek(self, position_ms: float) -> None:
        if self._timeline is None:
            return
        position_ms = min(max(0.0, position_ms), float(self._timeline.total_ms))
        if self._state is State.WAITING:
            if self._wait_at(position_ms) == self._index:
                return  # still at the same wait: it goes on waiting
            # Next or Previous while waiting: play on from there (another wait holds again).
            self._timer.stop()
            self._suspended = None  # a suspend while waiting does not matter
            self._origin = self._clock.now_ms() - position_ms
            self._enter(self._playing_state(position_ms))
            self._announced = -1
            self._tick(catch_up=False)
        elif self.playing:
            self._origin = self._clock.now_ms() - position_ms
            self._announced = -1  # the segment sought to sounds, as its cue fires
            self._tick(catch_up=False)  # a jump on purpose: the segments passed stay quiet
        else:
            self._held = position_ms
            self._show(position_ms, cue=False)

    def next(self, level: Level = Level.BREATH) -> None:
        if self._timeline is not None:
            self.seek(next_group_ms(self._timeline, self.position_ms, level))

    def previous(self, level: Level = Level.BREATH) -> None:
        if self._timeline is not None:
            self.seek(previous_group_ms(self._timeline, self.position_ms, level))

    def set_cadence(self, cadence: Cadence) -> None:
        """Frames while animating; less often when motion is reduced or nobody looks."""
        if cadence is not self._cadence:
            self._cadence = cadence
            if self.playing:
                self._schedule()

    def set_lead(self, ms: float) -> None:
        """Announce segments this much early (0 to MAX_LEAD_MS), for audio latency."""
        self._lead_ms = min(max(0.0, float(ms)), float(self.MAX_LEAD_MS))

    @property
    def tick_due_ms(self) -> float:
        """When, by the clock, the running tick was meant to happen: its lateness is
        ``clock.now_ms() - tick_due_ms`` (the frame statistics measure from here)."""
        return self._due

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def lead_ms(self) -> float:
        return self._lead_ms

    @property
    def catching_up(self) -> bool:
        """True while ``segment_changed``/``cue`` are emitted for a segment that is already
        over: one late look crossed it (a stalled process). Its cue is late, so a sound or
        a word for it would now be wrong; a log line or a record is still right."""
        return self._catching_up

    @property
    def away(self) -> Away:
        """Why the last ``slept`` paused the session."""
        return self._away

    def set_resolution(self, resolution: Resolution | None) -> None:
        """What the views can show: at FRAME cadence, wake only for a visible change.

        None (the default) wakes every frame, for views that have not said.
        """
        self._resolution = resolution

    # -- the tick ---------------------------------------------------------------------

    @Slot()
    def poll(self) -> None:
        """Look at the clock now: update the position, fire cues, re-arm the timer (while
        waiting: the next ``waiting`` cue)."""
        if self._state is State.WAITING:
            self._wait_tick()
            return
        self._tick(catch_up=True)

    @Slot(bool)
    def system_sleeping(self, sleeping: bool) -> None:
        """The system is about to suspend (True) or has woken (False): logind's
        ``PrepareForSleep`` (``services/sleep_watch.py``).

        Going to sleep pauses a playing session where it is; waking says so (``slept``)
        with the time away. Either may arrive late (logind does not wait for us, so both
        can come after waking): a look at the clocks first handles a suspend they show.
        A wake within ``CANCELLED_SLEEP_MS`` (a suspend called off) still leaves it paused,
        with ``away`` ``ABOUT_TO_SLEEP``: it stopped when the system said it would sleep,
        and the person may have shut the lid and opened it again.
        """
        if sleeping:
            self.poll()
            if self.playing:
                self.pause()
                self._sleep_began = self._continuous_ms()
                self._away = Away.SUSPENDED
            return
        began, self._sleep_began = self._sleep_began, None
        if began is not None:
            if self._state is State.PAUSED:
                away = max(0.0, self._continuous_ms() - began)
                if away < self.CANCELLED_SLEEP_MS:
                    self._away = Away.ABOUT_TO_SLEEP
                self.slept.emit(away)
        else:
            self.poll()  # woken while playing: notice the suspend now, not at the next tick

    # -- the tick ---------------------------------------------------------------------

    def _tick(self, catch_up: bool) -> None:
        if not self.playing or self._timeline is None:
            return
        now = self._clock.now_ms()
        asleep = self._asleep_since_last_look()
        expected = self._expected_wake
        # Due when planned; a look before that (a seek, a test's step) is due now.
        self._due = now if expected is None else min(now, expected)
        late = 0.0 if expected is None else now - expected
        # Where the monotonic clock runs through suspend (Windows), a suspend is lateness
        # too; where it does not (Linux, macOS) only the clock pair shows it: not a sum.
        away = max(late, asleep)
        if away > self.SLEEP_JUMP_MS:
            # Stay where the person was: the position of the look that was due, which is
            # never past the next boundary (the timer never waits beyond one).
            if asleep * 2 > away:
                self._away = Away.SUSPENDED
            elif self._suspended is None:
                self._away = Away.UNKNOWN
            else:
                self._away = Away.STALLED
            self._held = min(max(0.0, self._due - self._origin), float(self._timeline.total_ms))
            self._timer.stop()
            self._expected_wake = None
            self._boundary_at = None
            self._enter(State.PAUSED)
            self.slept.emit(away)
            return
        boundary = self._boundary_at
        self._boundary_at = None
        expected = self._expected_wake
        if boundary is not None and expected is not None and expected <= now < boundary:
            self._expected_wake = boundary
            self._timer.start(max(1, math.ceil(boundary - now)))
            return
        position = now - self._origin
        self._show(position, cue=True, catch_up=catch_up)
        # A listener paused or stopped it (the state, not ``playing``: mypy would take that as
        # still true from the check at the top).
        if self._state not in (State.PREPARING, State.RUNNING):
            return  # a listener paused or stopped the session
        if position >= self._timeline.total_ms:
            self._timer.stop()
            self._expected_wake = None
            self._held = float(self._timeline.total_ms)
            self._enter(State.FINISHED)
            return
        self._schedule()

    # -- inside -----------------------------------------------------------------------

    def _asleep_since_last_look(self) -> float:
        """Milliseconds the computer was suspended since the last look (0 if unknown)."""
        suspended = self._clock.suspended_ms()
        before, self._suspended = self._suspended, suspended
        if suspended is None or before is None:
            return 0.0
        return max(0.0, suspended - before)

    def _continuous_ms(self) -> float:
        """A time that runs on through suspend where the clock can tell."""
        return self._clock.now_ms() + (self._clock.suspended_ms() or 0.0)

    def _play_from(self, position_ms: float) -> None:
        assert self._timeline is not None
        self._sleep_began = None
        self._suspended = None  # a suspend while paused does not matter: measure anew
        wait = self._wait_at(position_ms)
        if wait is not None:  # paused at (or sought into) a wait: wait there again
            self._hold_for_ready(wait)
            return
        self._origin = self._clock.now_ms() - position_ms
        self._enter(self._playing_state(position_ms))
        self._index = -1 if position_ms == 0 else self._index  # the first segment cues too
        # Going on after a pause does not sound the current segment again.
        self._announced = -1 if position_ms == 0 else max(self._index, 0)
        self.poll()

    def _playing_state(self, position_ms: float) -> State:
        assert self._timeline is not None
        first = self._timeline.segments[0]
        preparing = first.kind is Kind.PREPARE and position_ms < first.end_ms
        return State.PREPARING if preparing else State.RUNNING

    def _show(self, position_ms: float, cue: bool, catch_up: bool = False) -> None:
        assert self._timeline is not None
        if not cue:  # shown on request (load, seek, hold), not on a tick: due now
            self._due = self._clock.now_ms()
        frame = frame_at(self._timeline, min(position_ms, self._timeline.total_ms))
        if frame.index != self._index:
            crossed = range(self._index + 1, frame.index) if cue and catch_up else range(0)
            if cue:
                wait = self._first_wait(crossed, frame.index)
                if wait is not None:
                    # A wait reached (or crossed in one late look): what lies before it
                    # still begins, then the session holds at the wait's start.
                    for index in range(self._index + 1, wait):
                        if index in crossed:
                            self._change(index, cue=True, over=True)
                            if not self.playing:
                                return
                    self._hold_for_ready(wait)
                    return
            # One late look crossed these boundaries: each segment still begins, in
            # order, for every listener (a log line, the history), marked as over.
            for index in crossed:
                self._change(index, cue=True, over=True)
                if not self.playing:
                    return  # a listener paused or stopped the session
            self._change(frame.index, cue=cue, over=False)
        if cue and self._lead_ms > 0:
            following = frame.index + 1
            segments = self._timeline.segments
            if (
                following < len(segments)
                and following > self._announced
                and not self._holds(following)  # its sound comes when the person is ready
                and position_ms >= segments[following].start_ms - self._lead_ms
            ):
                self._announced = following
                self.announce.emit(following)
        self.frame.emit(frame)

    # -- waiting for the person --------------------------------------------------------

    def _holds(self, index: int) -> bool:
        """Segment ``index`` is a wait the person has not yet answered."""
        assert self._timeline is not None
        return self._timeline.segments[index].kind is Kind.WAIT and index != self._released

    def _wait_at(self, position_ms: float) -> int | None:
        """The unanswered wait ``position_ms`` lies in, if any."""
        assert self._timeline is not None
        index = self._timeline.index_at(min(position_ms, float(self._timeline.total_ms)))
        return index if self._holds(index) else None

    def _first_wait(self, crossed: range, landed: int) -> int | None:
        for index in crossed:
            if self._holds(index):
                return index
        return landed if self._holds(landed) else None

    def _hold_for_ready(self, index: int) -> None:
        """Hold at the start of wait ``index``: time stops, ``waiting(0)`` now, and a look
        every ``WAIT_CUE_MS`` for the next gentle cue."""
        assert self._timeline is not None
        self._timer.stop()
        self._expected_wake = None
        self._boundary_at = None
        self._held = float(self._timeline.segments[index].start_ms)
        self._wait_began = self._clock.now_ms()
        self._wait_cues = 0
        self._enter(State.WAITING)
        if index != self._index:
            self._change(index, cue=False, over=False)  # shown; its cue when ready
        if self._state is not State.WAITING:
            return  # a listener paused or stopped it
        self.frame.emit(frame_at(self._timeline, self._held))
        self.waiting.emit(0)
        if self._state is State.WAITING:
            self._arm_wait_cue(self._wait_began)

    def _wait_tick(self) -> None:
        now = self._clock.now_ms()
        n = int((now - self._wait_began) // self.WAIT_CUE_MS)
        if n > self._wait_cues:
            self._wait_cues = n
            self.waiting.emit(n)
        if self._state is State.WAITING:
            self._arm_wait_cue(now)

    def _arm_wait_cue(self, now: float) -> None:
        due = self._wait_began + (self._wait_cues + 1) * self.WAIT_CUE_MS
        self._timer.start(max(1, math.ceil(due - now)))

    def _change(self, index: int, cue: bool, over: bool) -> None:
        """Segment ``index`` is now current; on a tick, its cue fires."""
        assert self._timeline is not None
        if index != self._index and index != self._released:
            self._released = -1  # left the answered wait: it holds again next time
        self._index = index
        if (
            self._state is State.PREPARING
            and self._timeline.segments[index].kind is not Kind.PREPARE
        ):
            self._enter(State.RUNNING)
        self._catching_up = over
        try:
            self.segment_changed.emit(index)
            if cue:
                self.cue.emit(index)
                if index > self._announced:
                    self._announced = index
                    if not over:  # not announced early: sound it now, after the cue's own
                        # listeners (a log line, a lamp): starting a sound writes its first
                        # samples and takes up to ~2.5 ms. A segment already over is not
                        # sounded: its boundary is past.
                        self.announce.emit(index)
        finally:
            self._catching_up = False

    def _schedule(self) -> None:
        assert self._timeline is not None
        # A fresh look, not the frame _show() just emitted: the views' handlers ran since,
        # and a boundary wait measured from before them would end late by their time.
        now = self._clock.now_ms()
        frame = frame_at(self._timeline, now - self._origin)
        to_end = frame.segment_left_ms or 1.0
        to_boundary = to_end  # the next moment that must not be late: a cue or a sound
        if self._lead_ms > 0 and self._announced <= frame.index < len(self._timeline) - 1:
            to_announce = to_end - self._lead_ms
            if to_announce > 0:
                to_boundary = to_announce
        if self._cadence is Cadence.FRAME and self._resolution is not None:
            # Nothing to draw before the next visible change; never more than a frame's rate.
            to_change = next_change_ms(frame, self._resolution) - frame.position_ms
            delay = min(max(float(self.FRAME_MS), to_change), to_boundary)
            if to_boundary - delay < self.FRAME_MS:
                # A paint just before a boundary would delay its cue: show the change
                # with the boundary's (or the pre-wake's) look instead.
                delay = to_boundary
        elif self._cadence is Cadence.FRAME:
            delay = min(float(self.FRAME_MS), to_boundary)
        elif self._cadence is Cadence.SECOND:
            to_next_second = to_end - (math.ceil(to_end / 1000) - 1) * 1000
            delay = min(to_next_second, to_boundary)
        else:
            delay = to_boundary
        self._boundary_at = None
        if delay == to_boundary and delay > self.FRAME_MS:
            # A long wait wakes late (measured: ~2.5 ms after an idle second): end it early
            # so that one short wait, which wakes on time, reaches the boundary.
            self._boundary_at = now + to_boundary
            delay -= self.PRE_WAKE_MS
        wait = max(1, math.ceil(delay))
        self._expected_wake = now + wait
        self._timer.start(wait)

    def _enter(self, state: State) -> None:
        """Guarded transitions (qutebrowser's modeman habit): a wrong one is a bug."""
        if state is self._state:
            return
        if state not in _ALLOWED[self._state]:
            raise RuntimeError(f"player: no transition from {self._state} to {state}")
        self._state = state
        self.state_changed.emit(state.value)
