"""Stalls and suspend (issue 16, item 12): no crossed boundary is ever skipped silently.

A look that comes late but within ``SLEEP_JUMP_MS`` fires every crossed segment's cue, in
order, marked late; a later one pauses where the person was. A suspend that only a boot
clock sees (Linux: ``CLOCK_MONOTONIC`` stands still) pauses too, and so does logind's
``PrepareForSleep`` (over a private bus). All on the fake clock, except one slow check of
the real program stopped with SIGSTOP; no test here sleeps.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from app.core.earcons import Earcon
from app.core.model import Catalogue
from app.core.requests import Request
from app.core.spoken import GuidanceMode
from app.core.text import Text
from app.core.timeline import Kind, Segment, Timeline
from app.player import Away, Cadence, MonotonicClock, Player, State
from app.services.cue_log import CueLog
from app.services.guidance import SessionGuidance
from app.services.sleep_watch import INTERFACE, PATH, SERVICE, SIGNAL, SleepWatch
from tests.helpers.stubs import FakeClock, run_for

WORD = Text("x", "x")
REPO = Path(__file__).resolve().parent.parent


def layout(durations: list[int]) -> Timeline:
    """Back-to-back segments of these lengths (in, out, in, …), closed by ``done``."""
    segments, start = [], 0
    for i, duration in enumerate(durations):
        kind = Kind.INHALE if i % 2 == 0 else Kind.EXHALE
        segments.append(Segment(start, duration, kind, WORD, breath=i // 2 + 1))
        start += duration
    segments.append(Segment(start, 0, Kind.DONE, WORD))
    return Timeline(tuple(segments))


class Events:
    """Everything the player says, in order, with whether it was catching up."""

    def __init__(self, player: Player) -> None:
        self.player = player
        self.log: list[tuple[str, int, bool]] = []
        self.slept: list[float] = []
        player.segment_changed.connect(lambda i: self._add("segment", i))
        player.cue.connect(lambda i: self._add("cue", i))
        player.announce.connect(lambda i: self._add("announce", i))
        player.slept.connect(self.slept.append)

    def _add(self, what: str, index: int) -> None:
        self.log.append((what, index, self.player.catching_up))

    def of(self, what: str) -> list[int]:
        return [i for w, i, _ in self.log if w == what]


@pytest.fixture
def boot_clock() -> FakeClock:
    return FakeClock(boot=True)


@pytest.fixture
def linux_player(boot_clock: FakeClock) -> Iterator[Player]:
    """A player whose clock has a boot clock beside it, as on Linux."""
    player = Player(boot_clock)
    yield player
    player.stop()


# -- a short stall -----------------------------------------------------------------------


def test_a_short_stall_fires_every_crossed_cue_in_order_marked_late(
    player: Player, clock: FakeClock
) -> None:
    """The issue's case: held up 2.7 s across short segments; nothing is dropped."""
    timeline = layout([1_000, 300, 300, 300, 300, 5_000])
    events = Events(player)
    stream = io.StringIO()
    log = CueLog(player, stream, player)
    player.load(timeline)
    player.start()
    run_for(player, clock, 900)
    events.log.clear()
    clock.advance(2_700)  # the process was stopped: one look, 2.7 s on
    player.poll()
    assert player.state is State.RUNNING
    assert player.position_ms == 3_600
    crossed = [1, 2, 3, 4]  # each over by now; 5 (2200-7200 ms) is current
    assert events.log == [
        *[(what, i, True) for i in crossed for what in ("segment", "cue")],
        ("segment", 5, False),
        ("cue", 5, False),
        ("announce", 5, False),  # only the current one is sounded
    ]
    assert log.close()  # lines are written on the log's own thread: all of them, by now
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["scheduled_ms"] for line in lines] == [s.start_ms for s in timeline.segments[:6]]
    assert "late" not in lines[0]  # the first cue was on time
    for line in lines[1:]:
        assert line["late"] is True
        assert line["t_ms"] == 3_600  # when it really fired: its lateness is visible
    assert lines[-1]["t_ms"] - lines[-1]["scheduled_ms"] == 1_400


def test_an_on_time_cue_has_no_late_mark_and_a_slow_one_has(
    player: Player, clock: FakeClock
) -> None:
    stream = io.StringIO()
    log = CueLog(player, stream, player)
    player.load(layout([1_000, 1_000, 1_000]))
    player.start()
    for at in (1_050, 2_020, 3_000 + Player.LATE_MS):  # a busy event loop, not a stall
        clock.advance(at - player.position_ms)
        player.poll()
    assert log.drain()  # written on the log's own thread
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["kind"] for line in lines] == ["inhale", "exhale", "inhale", "done"]
    assert [line.get("late") for line in lines] == [None, None, None, None]
    player.load(layout([1_000, 1_000]))
    player.start()
    clock.advance(1_000 + Player.LATE_MS + 1)
    player.poll()
    assert log.drain()
    last = json.loads(stream.getvalue().splitlines()[-1])
    assert last["late"] is True and last["kind"] == "exhale"


def test_a_listener_that_pauses_during_the_catch_up_stops_it_and_loses_nothing(
    player: Player, clock: FakeClock
) -> None:
    events = Events(player)
    player.cue.connect(lambda i: player.pause() if i == 2 else None)
    player.load(layout([1_000, 300, 300, 300, 5_000]))
    player.start()
    clock.advance(2_500)
    player.poll()
    assert events.of("cue") == [0, 1, 2]
    assert player.state is State.PAUSED and not player._timer.isActive()
    player.resume()  # going on from where it paused (2500 ms): the rest, in order
    assert events.of("cue") == [0, 1, 2, 3, 4]
    assert player.position_ms == 2_500


def test_a_stall_crossing_into_the_end_cues_everything_then_finishes(
    player: Player, clock: FakeClock
) -> None:
    events = Events(player)
    timeline = layout([1_000, 400, 400])
    player.load(timeline)
    player.start()
    run_for(player, clock, 900)
    clock.advance(2_000)
    player.poll()
    assert events.of("cue") == list(range(len(timeline)))
    assert player.state is State.FINISHED


def test_the_history_counts_the_crossed_segments_as_done(
    player: Player, clock: FakeClock, catalogue: Catalogue
) -> None:
    """The recorder counts a segment done when the next one follows it: a stall that
    skipped segments would have left them "skipped" in the person's history."""
    from app.core.history import Tracker

    timeline = Request(pattern="1-1-1-1", breaths=2, prepare_s=1).build(catalogue)
    tracker = Tracker(timeline)
    player.segment_changed.connect(tracker.moved_to)
    player.load(timeline)
    player.start()
    run_for(player, clock, 900)
    clock.advance(2_700)  # across the in-breath and the hold
    player.poll()
    run_for(player, clock, timeline.total_ms)
    assert player.state is State.FINISHED
    assert tracker.played_ms == timeline.total_ms  # nothing went unrecorded


def test_guidance_sounds_and_says_only_the_current_segment_after_a_stall(
    player: Player, clock: FakeClock, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chime for a phase already over would tell the person to do the wrong thing."""
    guidance = SessionGuidance(player, catalogue.exercises, "en")
    guidance.settings.mode = GuidanceMode.VOICE
    guidance.settings.say_breaths = True
    sounds: list[Earcon] = []
    words: list[str] = []
    monkeypatch.setattr(guidance.sound, "play", lambda e: sounds.append(e) or True)
    monkeypatch.setattr(guidance.sound, "load", lambda: True)
    monkeypatch.setattr(guidance.voice, "say", lambda t: words.append(t) or True)
    monkeypatch.setattr(guidance.awake, "hold", lambda why: None)
    timeline = Request(pattern="1-1-1-1", breaths=3, prepare_s=1).build(catalogue)
    player.load(timeline)
    player.start()
    run_for(player, clock, 1_500)  # in the first in-breath
    sounds.clear()
    words.clear()
    clock.advance(2_700)  # to 4.2 s: hold, out crossed; now in the second hold
    player.poll()
    current = timeline.segments[timeline.index_at(4_200)]
    assert current.kind is Kind.HOLD_OUT
    assert sounds == [Earcon.HOLD]  # the hold it is now, not the hold or out-breath over
    assert words == []  # "breathe out" is over: not said
    guidance.shutdown()


# -- a stall over the threshold ------------------------------------------------------------


@pytest.mark.parametrize(("boot", "away"), [(False, Away.UNKNOWN), (True, Away.STALLED)])
def test_a_stall_over_the_threshold_pauses_at_the_due_position(boot: bool, away: Away) -> None:
    clock = FakeClock(boot=boot)
    player = Player(clock)
    events = Events(player)
    player.set_cadence(Cadence.SEGMENT)
    player.load(layout([1_000, 2_000, 2_000]))
    player.start()
    try:
        run_for(player, clock, 1_100)  # the timer waits for the next boundary (3000 ms)
        wait = player._timer.interval()
        due = player.position_ms + wait
        clock.advance(wait + Player.SLEEP_JUMP_MS + 500)
        player.poll()
        assert player.state is State.PAUSED
        assert player.position_ms == due <= 3_000  # never past the next boundary
        assert events.slept == [Player.SLEEP_JUMP_MS + 500]
        assert player.away is away
        assert events.of("cue") == [0, 1]
        clock.advance(10_000)
        player.resume()
        assert player.position_ms == due
    finally:
        player.stop()


# -- suspend -------------------------------------------------------------------------------


def test_a_suspend_seen_only_by_the_boot_clock_pauses_and_says_so(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    """Linux: CLOCK_MONOTONIC stands still in suspend, so no tick is ever late."""
    player, clock = linux_player, boot_clock
    events = Events(player)
    player.load(layout([4_000, 4_000, 4_000]))
    player.start()
    run_for(player, clock, 2_000)
    position = player.position_ms
    clock.suspend(600_000)  # ten minutes asleep
    clock.advance(player._timer.interval())  # the timer fires on monotonic time
    player.poll()
    assert player.state is State.PAUSED
    assert player.away is Away.SUSPENDED
    assert events.slept == [pytest.approx(600_000)]
    assert position <= player.position_ms <= position + Player.FRAME_MS
    assert events.of("cue") == [0]


def test_a_short_suspend_and_a_suspend_while_paused_do_not_pause(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    player, clock = linux_player, boot_clock
    events = Events(player)
    player.load(layout([4_000, 4_000]))
    player.start()
    run_for(player, clock, 1_000)
    clock.suspend(Player.SLEEP_JUMP_MS - 100)
    run_for(player, clock, 100)
    assert player.state is State.RUNNING
    player.pause()
    clock.suspend(60_000)
    player.resume()  # asleep while paused: nothing to say
    run_for(player, clock, 100)
    assert player.state is State.RUNNING and events.slept == []


def test_prepare_for_sleep_pauses_and_waking_says_how_long(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    player, clock = linux_player, boot_clock
    events = Events(player)
    player.load(layout([4_000, 4_000]))
    player.start()
    run_for(player, clock, 1_500)
    player.system_sleeping(True)
    assert player.state is State.PAUSED and player.position_ms == 1_500
    assert events.slept == []  # how long is not known yet
    clock.suspend(90_000)
    player.system_sleeping(False)
    assert events.slept == [pytest.approx(90_000)] and player.away is Away.SUSPENDED
    player.system_sleeping(False)  # said once
    assert len(events.slept) == 1


def test_both_sleep_signals_after_waking_still_pause_where_it_was(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    """logind does not wait for us: the process may see both only after waking."""
    player, clock = linux_player, boot_clock
    events = Events(player)
    player.load(layout([4_000, 4_000]))
    player.start()
    run_for(player, clock, 1_500)
    clock.suspend(90_000)
    clock.advance(3)  # woken, before the next tick
    player.system_sleeping(True)
    player.system_sleeping(False)
    assert player.state is State.PAUSED and player.position_ms == pytest.approx(1_503)
    assert events.slept == [pytest.approx(90_000)]


def test_sleeping_while_paused_says_nothing(linux_player: Player, boot_clock: FakeClock) -> None:
    player = linux_player
    events = Events(player)
    player.load(layout([4_000]))
    player.start()
    player.pause()
    player.system_sleeping(True)
    boot_clock.suspend(60_000)
    player.system_sleeping(False)
    assert events.slept == [] and player.state is State.PAUSED


def test_waking_while_playing_looks_at_once(linux_player: Player, boot_clock: FakeClock) -> None:
    """No PrepareForSleep(true) seen: waking still finds the suspend before the next tick."""
    player = linux_player
    events = Events(player)
    player.set_cadence(Cadence.SEGMENT)  # the next tick is seconds away
    player.load(layout([60_000]))
    player.start()
    boot_clock.suspend(30_000)
    player.system_sleeping(False)
    assert player.state is State.PAUSED and events.slept == [pytest.approx(30_000)]


def test_a_suspend_called_off_at_once_says_about_to_sleep(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    """Review B, item 13: PrepareForSleep(true), then (false) 200 ms later. It stays
    paused (it stopped at the first signal; the person may have shut the lid), but says
    the computer was about to sleep, not "asleep for 0 s"."""
    player = linux_player
    events = Events(player)
    player.load(layout([4_000, 4_000]))
    player.start()
    run_for(player, boot_clock, 1_500)
    player.system_sleeping(True)
    boot_clock.advance(200)
    player.system_sleeping(False)
    assert player.state is State.PAUSED and player.position_ms == 1_500
    assert events.slept == [pytest.approx(200)] and player.away is Away.ABOUT_TO_SLEEP
    player.resume()
    player.system_sleeping(True)
    boot_clock.suspend(Player.CANCELLED_SLEEP_MS)  # a second asleep: a real sleep
    player.system_sleeping(False)
    assert player.away is Away.SUSPENDED


def test_the_cue_log_writes_a_pause_it_was_not_asked_for_and_the_going_on(
    linux_player: Player, boot_clock: FakeClock
) -> None:
    """Review B, item 12: a scripted run paused by a stall left no trace in the log."""
    player = linux_player
    stream = io.StringIO()
    log = CueLog(player, stream, player)
    player.set_cadence(Cadence.SEGMENT)
    player.load(layout([1_000, 4_000, 4_000]))
    player.start()
    run_for(player, boot_clock, 1_100)
    due = player.position_ms + player._timer.interval()
    boot_clock.advance(player._timer.interval() + 3_500)  # awake: the process was held up
    player.poll()
    assert player.state is State.PAUSED
    player.pause()  # no-op while paused; a person's own pause writes nothing either
    player.resume()
    player.system_sleeping(True)
    boot_clock.suspend(60_000)
    player.system_sleeping(False)
    player.resume()
    player.pause()  # the person's own: no line
    player.resume()
    assert log.close()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    events = [line for line in lines if "event" in line]
    assert events == [
        {"event": "paused", "reason": "stalled", "t_ms": due, "away_ms": 3_500},
        {"event": "resumed", "t_ms": due},
        {"event": "paused", "reason": "asleep", "t_ms": due, "away_ms": 60_000},
        {"event": "resumed", "t_ms": due},
    ]
    assert list(events[0]) == ["event", "reason", "t_ms", "away_ms"]
    assert all("kind" in line for line in lines if "event" not in line)  # cues as they were


def test_the_real_clock_reads_the_time_spent_in_suspend() -> None:
    clock = MonotonicClock()
    suspended = clock.suspended_ms()
    if sys.platform.startswith("linux"):
        assert suspended is not None
        expected = (
            time.clock_gettime(time.CLOCK_BOOTTIME) - time.clock_gettime(time.CLOCK_MONOTONIC)
        ) * 1_000
        assert suspended == pytest.approx(expected, abs=5)
        assert suspended >= 0
    elif sys.platform == "win32":
        assert suspended is None  # QueryPerformanceCounter counts through sleep there


# -- generated stalls ------------------------------------------------------------------------

durations = st.lists(st.sampled_from([1, 7, 16, 40, 150, 600, 1_000, 2_500, 5_000]), min_size=1,
                     max_size=12)  # fmt: skip
actions = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.just(0)),
        st.tuples(st.just("stall"), st.integers(0, 2 * Player.SLEEP_JUMP_MS)),
        st.tuples(st.just("suspend"), st.integers(0, 2 * Player.SLEEP_JUMP_MS)),
    ),
    min_size=1,
    max_size=40,
)


@pytest.mark.slow  # 300 generated sessions and stalls: about 5 s here
@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(
    durations=durations,
    actions=actions,
    lead=st.sampled_from([0, 120, 300]),
    cadence=st.sampled_from(list(Cadence)),
)
def test_no_crossed_boundary_is_ever_skipped_and_position_never_runs_ahead(
    durations: list[int], actions: list[tuple[str, int]], lead: int, cadence: Cadence
) -> None:
    clock = FakeClock(boot=True)
    player = Player(clock)
    timeline = layout(durations)
    starts = [s.start_ms for s in timeline.segments]
    total = timeline.total_ms
    events = Events(player)
    over: list[tuple[int, bool, bool]] = []  # (index, catching_up, already over) per cue
    player.cue.connect(
        lambda i: over.append(
            (i, player.catching_up, i < timeline.index_at(min(player.position_ms, total)))
        )
    )
    runs: list[list[int]] = [[]]  # the segments announced, per stretch of playing
    late_sounds: list[int] = []  # announced when already over: never
    player.announce.connect(lambda i: runs[-1].append(i))
    player.announce.connect(
        lambda i: (
            late_sounds.append(i) if i < timeline.index_at(min(player.position_ms, total)) else None
        )
    )
    player.set_lead(lead)
    player.set_cadence(cadence)
    player.load(timeline)
    player.start()
    try:
        for what, ms in actions:
            if player.state is State.FINISHED:
                break
            before = player.position_ms
            if player.state is State.PAUSED:
                clock.advance(1_000)
                runs.append([])  # going on may sound the segment it paused before again
                player.resume()
                assert player.position_ms == before  # going on exactly where it paused
            else:
                wait = player._timer.interval()
                slept = len(events.slept)
                if what == "suspend":
                    clock.suspend(ms)
                    clock.advance(wait)
                else:
                    clock.advance(wait + (ms if what == "stall" else 0))
                player.poll()
                if len(events.slept) > slept:
                    # Paused where the person was: the look that was due, never further.
                    assert player.state is State.PAUSED
                    assert before <= player.position_ms <= before + wait
                    following = [s for s in starts if s > before]
                    assert not following or player.position_ms <= following[0] + 1
                else:
                    assert player.state is not State.PAUSED
            # Every boundary up to the position has fired, once, in order.
            position = min(player.position_ms, total)
            cues = events.of("cue")
            assert cues == list(range(len(cues)))
            if player.state is State.PAUSED:  # held at most at the next boundary
                assert cues[-1] >= timeline.index_at(position) - 1
            else:
                assert cues[-1] == timeline.index_at(position)
        # Each cue says whether its segment was already over when it fired.
        assert all(catching_up == was_over for _, catching_up, was_over in over)
        assert all(run == sorted(set(run)) for run in runs)  # once each, in order
        assert late_sounds == []
    finally:
        player.stop()


# -- windows -------------------------------------------------------------------------------


def test_the_pacer_says_busy_or_asleep_and_forgets_it_on_going_on(
    qtbot: QtBot, catalogue: Catalogue, boot_clock: FakeClock
) -> None:
    from app.ui.pacer_window import PacerWindow

    window = PacerWindow(catalogue, "en", Player(boot_clock))
    qtbot.addWidget(window)
    window.choose(Request(pattern="4-0-4-0", breaths=4))
    window.start(prepare_s=1)
    run_for(window.player, boot_clock, 2_000)
    boot_clock.advance(window.player._timer.interval() + 5_000)  # awake: the app was held up
    window.player.poll()
    assert window.player.state is State.PAUSED
    assert "held up for 5 s" in window.notice.text()
    window.player.resume()
    assert "held up" not in window.notice.text()  # going on: no longer news
    window.player.system_sleeping(True)
    boot_clock.suspend(120_000)
    window.player.system_sleeping(False)
    assert window.notice.text().count("Paused where you were") == 1
    assert "asleep for 120 s" in window.notice.text()
    window.player.resume()
    boot_clock.advance(window.player._timer.interval() + 3_500)  # a 3.5 s stall
    window.player.poll()
    assert "held up for 3.5 s" in window.notice.text()  # not a rounded "3 s"
    window.player.resume()
    window.player.system_sleeping(True)
    boot_clock.advance(200)
    window.player.system_sleeping(False)  # the suspend was called off
    assert "Paused: the computer was about to sleep. Press Space to go on." in window.notice.text()
    assert "asleep for" not in window.notice.text()
    window.player.stop()


def test_the_main_window_says_asleep_after_a_suspend(
    qtbot: QtBot, catalogue: Catalogue, boot_clock: FakeClock
) -> None:
    from tests.helpers.windows import shown_main_window

    window = shown_main_window(qtbot, catalogue, clock=boot_clock)
    window.start_current_exercise()
    run_for(window.player, boot_clock, 1_000)
    boot_clock.suspend(300_000)
    boot_clock.advance(window.player._timer.interval())
    window.player.poll()
    assert window.player.state is State.PAUSED
    assert "asleep for 300 s" in window.session_view.notice.text()
    window.player.stop()


# -- logind over D-Bus ---------------------------------------------------------------------

needs_dbus = pytest.mark.skipif(
    not shutil.which("dbus-daemon"), reason="needs dbus-daemon (tests/run.sh installs it)"
)


class Spy(QObject):
    """Hears every PrepareForSleep on the bus, whoever sends it."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[bool] = []

    @Slot(bool)
    def on_prepare(self, start: bool) -> None:
        self.heard.append(start)


def _send(bus: QDBusConnection, start: bool) -> None:
    message = QDBusMessage.createSignal(PATH, INTERFACE, SIGNAL)
    message.setArguments([start])
    assert bus.send(message)


@needs_dbus
def test_logind_prepare_for_sleep_pauses_over_the_bus(
    qtbot: QtBot, bus_address: str, linux_player: Player, boot_clock: FakeClock
) -> None:
    watching = QDBusConnection.connectToBus(bus_address, "sleep-test-watching")
    logind = QDBusConnection.connectToBus(bus_address, "sleep-test-logind")
    stranger = QDBusConnection.connectToBus(bus_address, "sleep-test-stranger")
    try:
        assert logind.registerService(SERVICE)
        watch = SleepWatch(linux_player, watching)
        assert watch.listening
        spy = Spy()
        assert watching.connect("", PATH, INTERFACE, SIGNAL, spy, "1on_prepare(bool)")  # type: ignore[call-overload]
        heard: list[bool] = []
        watch.sleeping.connect(heard.append)
        linux_player.load(layout([4_000, 4_000]))
        linux_player.start()
        run_for(linux_player, boot_clock, 1_000)

        _send(stranger, True)  # not logind: must not pause anything
        qtbot.waitUntil(lambda: spy.heard == [True], timeout=5_000)
        assert heard == [] and linux_player.state is State.RUNNING

        with qtbot.waitSignal(linux_player.state_changed, timeout=5_000) as paused:
            _send(logind, True)
        assert paused.args == ["paused"] and linux_player.position_ms == 1_000
        boot_clock.suspend(45_000)
        with qtbot.waitSignal(linux_player.slept, timeout=5_000) as slept:
            _send(logind, False)
        assert slept.args == [pytest.approx(45_000)]
        assert heard == [True, False]
    finally:
        linux_player.stop()
        logind.unregisterService(SERVICE)
        for name in ("sleep-test-watching", "sleep-test-logind", "sleep-test-stranger"):
            QDBusConnection.disconnectFromBus(name)


def test_without_a_system_bus_it_listens_to_nothing(player: Player) -> None:
    """conftest points the system bus nowhere, as on a machine without one."""
    watch = SleepWatch(player)
    assert not watch.listening
    assert watch.parent() is player


# -- the real program, stopped --------------------------------------------------------------


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.endswith("}")]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGSTOP, a Linux process")
def test_a_stopped_pacer_writes_every_cue_late_instead_of_dropping_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """``breathing-room pacer --cues-to``, stopped 2.5 s (SIGSTOP) just after a boundary
    of a 1-0-1-0 rhythm: two boundaries pass unseen. Every cue is still written, in order;
    the ones fired late say so. Real time, so marked slow; the stop is timed by a helper
    shell, and the test waits on the cue file and on the process, never on a sleep.
    """
    cues = tmp_path / "cues.jsonl"
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "pacer", "--pattern", "1-0-1-0", "--breaths", "3",
         "--prepare", "1", "--cues-to", str(cues), "--close-when-done"],
        env=environ, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    waker: subprocess.Popen[bytes] | None = None
    try:
        qtbot.waitUntil(lambda: any(c.get("kind") == "inhale" for c in _lines(cues)),
                        timeout=30_000)  # fmt: skip
        os.kill(child.pid, signal.SIGSTOP)
        waker = subprocess.Popen(["sh", "-c", f"sleep 2.5; kill -CONT {child.pid}"])
        try:
            _, stderr = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            # A host so loaded that the stop lasted over SLEEP_JUMP_MS: the pacer paused,
            # as it should, and waits for a person. Nothing to compare then.
            pytest.skip("the pacer was held over 3 s and paused; the host is too busy")
    finally:
        if waker is not None:
            waker.wait(timeout=10)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGCONT)
            child.kill()
            child.wait(timeout=10)
    assert child.returncode == 0, stderr
    if any("event" in c for c in _lines(cues)):
        # Held over 3 s after all (a loaded host): it paused, wrote so and went on by
        # itself (the next test's case); the cue timing is not this test's to compare.
        pytest.skip("the pacer was held over 3 s and paused; the host is too busy")
    lines = _lines(cues)
    assert [c["kind"] for c in lines] == ["prepare"] + ["inhale", "exhale"] * 3 + ["done"]
    assert [c["scheduled_ms"] for c in lines] == [0, *range(1_000, 7_001, 1_000)]
    assert all(c["t_ms"] >= c["scheduled_ms"] for c in lines)
    late = [c for c in lines if c.get("late")]
    assert late, lines  # the boundaries passed while stopped, fired when it ran again
    assert all(c.get("late") for c in lines if c["t_ms"] - c["scheduled_ms"] > Player.LATE_MS)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGSTOP, a Linux process")
def test_a_scripted_pacer_held_over_3_s_says_so_and_goes_on(qtbot: QtBot, tmp_path: Path) -> None:
    """Review B, item 12: stopped 3.5 s, a ``--close-when-done`` run paused and then
    waited for a Space no one would press, with no line and nothing on standard error.
    Now the cue log says "paused" (why, where, how long) and "resumed", standard error
    says it, and the run goes on to its end by itself."""
    cues = tmp_path / "cues.jsonl"
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "pacer", "--lang", "en", "--pattern", "1-0-1-0",
         "--breaths", "3", "--prepare", "1", "--cues-to", str(cues), "--close-when-done"],
        env=environ, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    waker: subprocess.Popen[bytes] | None = None
    try:
        qtbot.waitUntil(lambda: any(c.get("kind") == "inhale" for c in _lines(cues)),
                        timeout=30_000)  # fmt: skip
        os.kill(child.pid, signal.SIGSTOP)
        waker = subprocess.Popen(["sh", "-c", f"sleep 3.5; kill -CONT {child.pid}"])
        _, stderr = child.communicate(timeout=30)  # before: waited until killed
    finally:
        if waker is not None:
            waker.wait(timeout=10)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGCONT)
            child.kill()
            child.wait(timeout=10)
    assert child.returncode == 0, stderr
    lines = _lines(cues)
    events = [c for c in lines if "event" in c]
    assert [c["event"] for c in events] == ["paused", "resumed"], lines
    paused, resumed = events
    assert paused["reason"] == "stalled" and paused["away_ms"] > Player.SLEEP_JUMP_MS
    assert resumed["t_ms"] >= paused["t_ms"]
    assert [c["kind"] for c in lines if "kind" in c][-1] == "done"  # played to the end
    assert "held up for" in stderr and "goes on at once" in stderr
