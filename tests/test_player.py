"""The player on a fake clock: exact positions, cues on boundaries, pause, skip, sleep."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.playback import Level
from app.core.requests import Request
from app.core.timeline import Kind, Segment, Timeline
from app.player import Cadence, Player, State
from tests.helpers.stubs import FakeClock, run_for


@pytest.fixture
def box(catalogue: Catalogue) -> Timeline:
    """3 s countdown, then 2 breaths of 4-4-4-4: 35 s in all."""
    return Request(preset="box", breaths=2).build(catalogue)


def record(player: Player) -> list[tuple[str, int]]:
    cues: list[tuple[str, int]] = []
    player.cue.connect(lambda i: cues.append((player.timeline.segments[i].kind.value, i)))  # type: ignore[union-attr]
    return cues


def test_plays_through_states_and_cues_each_segment_once(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    states: list[str] = []
    player.state_changed.connect(states.append)
    cues = record(player)
    player.load(box)
    assert player.state is State.IDLE
    player.start()
    assert player.state is State.PREPARING
    for _ in range(35_000 // 250 + 2):
        clock.advance(250)
        player.poll()
    assert player.state is State.FINISHED
    assert states == ["preparing", "running", "finished"]
    assert [kind for kind, _ in cues] == ["prepare"] + [
        "inhale",
        "hold_in",
        "exhale",
        "hold_out",
    ] * 2 + ["done"]
    assert [index for _, index in cues] == list(range(len(box)))


def test_position_comes_from_the_clock_not_from_ticks(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 12_000)
    clock.advance(345.6)  # no poll in between: the position is still exact
    assert player.position_ms == pytest.approx(12_345.6)
    player.poll()
    frame = player.current_frame()
    assert frame is not None
    assert frame.segment.kind is Kind.EXHALE  # 3 s countdown + 4 in + 4 hold, then out
    assert frame.seconds_left == 3


def test_pause_holds_the_position_and_resume_continues(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 5_000)
    player.pause()
    assert player.state is State.PAUSED
    clock.advance(60_000)  # a long pause
    assert player.position_ms == 5_000
    player.resume()
    assert player.state is State.RUNNING
    clock.advance(1_000)
    assert player.position_ms == 6_000
    player.toggle_pause()
    assert player.state is State.PAUSED
    player.toggle_pause()
    assert player.state is State.RUNNING


def test_no_drift_over_an_hour(player: Player, clock: FakeClock, catalogue: Catalogue) -> None:
    timeline = Request(pattern="5.5-0-5.5-0", minutes=60, prepare_s=0).build(catalogue)
    assert timeline.total_ms == 327 * 11_000  # 327.3 breaths in an hour, rounded
    player.load(timeline)
    player.start()
    ticks = 0
    while player.state is not State.FINISHED:
        clock.advance(97 if ticks % 3 else 113)  # uneven ticks, as real ones are
        player.poll()
        ticks += 1
    assert player.position_ms == timeline.total_ms
    assert player.current_frame().segment.kind is Kind.DONE  # type: ignore[union-attr]


def test_timer_wakes_at_the_boundary_not_a_frame_late(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 2_990)  # 10 ms before the countdown ends
    assert player._timer.interval() == 10
    assert player._timer.isActive()


def test_cadences(player: Player, clock: FakeClock, box: Timeline) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 3_500)  # 0.5 s into the first in-breath (4 s)
    assert player._timer.interval() == 16
    player.set_cadence(Cadence.SECOND)
    assert player._timer.interval() == 500  # when "4" becomes "3"
    player.set_cadence(Cadence.SEGMENT)
    assert player._timer.interval() == 3_500 - Player.PRE_WAKE_MS  # early, then exact
    run_for(player, clock, 3_500 - Player.PRE_WAKE_MS, step=3_500 - Player.PRE_WAKE_MS)
    assert player._timer.interval() == Player.PRE_WAKE_MS


def test_a_clock_jump_pauses_where_the_person_was(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    jumps: list[float] = []
    player.slept.connect(jumps.append)
    player.load(box)
    player.start()
    run_for(player, clock, 4_000)
    clock.advance(600_000)  # the laptop slept for ten minutes: one look sees the leap
    player.poll()
    assert player.state is State.PAUSED
    assert player.position_ms == pytest.approx(4_016)  # where the next look was due
    assert jumps and jumps[0] > 590_000
    player.resume()
    assert player.position_ms == pytest.approx(4_016)


@pytest.mark.parametrize(
    ("start_ms", "level", "direction", "expected_ms"),
    [
        (5_000, Level.BREATH, "next", 19_000),  # from breath 1 to breath 2
        (20_000, Level.BREATH, "previous", 3_000),  # just begun: back to breath 1
        (25_000, Level.BREATH, "previous", 19_000),  # well into it: restart breath 2
        (1_000, Level.BREATH, "next", 3_000),  # from the countdown to the first breath
        (30_000, Level.BREATH, "next", 35_000),  # from the last breath to the end
    ],
)
def test_next_and_previous_breath(
    player: Player,
    clock: FakeClock,
    box: Timeline,
    start_ms: int,
    level: Level,
    direction: str,
    expected_ms: int,
) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, start_ms)
    getattr(player, direction)(level)
    assert player.position_ms == expected_ms


def test_next_side_and_exercise(player: Player, clock: FakeClock, catalogue: Catalogue) -> None:
    timeline = Request(program="ch3-phase-1").build(catalogue)
    player.load(timeline)
    player.start()
    run_for(player, clock, 20_000)  # in the first exercise
    player.next(Level.EXERCISE)
    frame = player.current_frame()
    assert frame is not None
    assert frame.segment.exercise == "legs-up-the-wall"
    assert frame.segment.kind is Kind.PREPARE
    for _ in range(2):  # on to seated figure four (both sides)
        player.next(Level.EXERCISE)
    frame = player.current_frame()
    assert frame is not None and frame.segment.exercise == "seated-figure-four"
    # Past getting ready (the prepare, then one moment per instruction of getting into
    # the pose) into the right side.
    while player.current_frame().segment.kind in (Kind.PREPARE, Kind.SETUP):  # type: ignore[union-attr]
        player.next(Level.BREATH)
    assert player.current_frame().segment.side is not None  # type: ignore[union-attr]
    player.next(Level.SIDE)
    frame = player.current_frame()
    assert frame is not None and frame.segment.kind is Kind.SWITCH_SIDE


def test_seeking_while_paused_shows_without_cueing(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    cues = record(player)
    segments: list[int] = []
    player.segment_changed.connect(segments.append)
    player.load(box)
    player.start()
    player.pause()
    cues.clear()
    player.next(Level.BREATH)
    assert player.state is State.PAUSED
    assert cues == []
    assert segments[-1] == 1


def test_stop_and_restart(player: Player, clock: FakeClock, box: Timeline) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 10_000)
    player.stop()
    assert player.state is State.IDLE
    assert player.position_ms == 0
    assert not player._timer.isActive()
    player.restart()
    assert player.state is State.PREPARING
    assert player.position_ms == 0


def test_start_after_finished(player: Player, clock: FakeClock, box: Timeline) -> None:
    player.load(box)
    player.start()
    run_for(player, clock, 40_000)
    assert player.state is State.FINISHED
    player.toggle_pause()
    assert player.state is State.PREPARING


def test_the_real_timer_drives_it(qtbot: QtBot, catalogue: Catalogue) -> None:
    """With the real clock and timer, a short session reaches its end by itself."""
    player = Player()
    # Faster than a pattern may be (1 s a phase, core/pattern.py): built by hand, 4 × 50 ms.
    p = catalogue.prompts
    phases = [(Kind.INHALE, p.inhale), (Kind.EXHALE, p.exhale)] * 2
    segments = [Segment(i * 50, 50, kind, text) for i, (kind, text) in enumerate(phases)]
    timeline = Timeline((*segments, Segment(200, 0, Kind.DONE, p.done)))
    player.load(timeline)
    with qtbot.waitSignal(
        player.state_changed, timeout=5_000, check_params_cb=lambda s: s == "finished"
    ):
        player.start()
    assert player.position_ms == timeline.total_ms
    player.stop()


def test_wrong_transition_is_a_bug(player: Player) -> None:
    with pytest.raises(RuntimeError, match="no transition from idle to finished"):
        player._enter(State.FINISHED)


def test_with_a_resolution_it_wakes_only_for_visible_changes(
    player: Player, clock: FakeClock, catalogue: Catalogue
) -> None:
    """One 5.5 s in-breath on a 145 px span: ~145 looks instead of ~344 frames."""
    from app.core.playback import Resolution

    wakes: list[int] = []
    player.load(Request(pattern="5.5-0-5.5", breaths=1, prepare_s=0).build(catalogue))
    player.set_resolution(Resolution(level_offset=105, level_span=145, seconds=True))
    player.start()
    while player.position_ms < 5_500:
        wakes.append(player._timer.interval())
        clock.advance(player._timer.interval())
        player.poll()
    assert all(w >= Player.FRAME_MS or w <= Player.PRE_WAKE_MS for w in wakes[:-2])
    assert 60 < len(wakes) < 200  # every frame would be 344
    assert max(wakes) > 100  # the slow start of the breath is not polled at frame rate


def test_the_early_wake_before_a_boundary_draws_nothing(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    """It only re-arms the timer, so no paint can run in the last ms before a cue."""
    frames: list[float] = []
    player.frame.connect(lambda f: frames.append(f.position_ms))
    player.set_cadence(Cadence.SEGMENT)
    player.load(box)
    player.start()
    assert player._timer.interval() == 3_000 - Player.PRE_WAKE_MS
    frames.clear()
    clock.advance(3_000 - Player.PRE_WAKE_MS)
    player.poll()  # the early wake
    assert frames == [] and player._timer.interval() == Player.PRE_WAKE_MS
    clock.advance(Player.PRE_WAKE_MS)
    player.poll()  # the boundary
    assert frames == [3_000.0]
    assert player.current_frame().segment.kind is Kind.INHALE  # type: ignore[union-attr]
