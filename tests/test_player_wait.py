"""The player's "wait for me", on a fake clock: it holds at each wait until the person is
ready, cues gently by the clock while it waits, and pausing never skips a wait."""

from __future__ import annotations

import pytest

from app.core.model import Catalogue
from app.core.playback import Level
from app.core.timeline import Kind, Timeline, compile_exercises
from app.player import Player, State
from tests.helpers.stubs import FakeClock, run_for

TWO = ["childs-pose", "cobra"]


@pytest.fixture
def waiting_timeline(catalogue: Catalogue) -> Timeline:
    exercises = [catalogue.exercises[i] for i in TWO]
    return compile_exercises(exercises, catalogue.prompts, wait_for_me=True)


def waits(timeline: Timeline) -> list[int]:
    return [i for i, s in enumerate(timeline.segments) if s.kind is Kind.WAIT]


def test_the_timeline_has_a_wait_before_each_side_and_round(waiting_timeline: Timeline) -> None:
    # child's pose's two rounds (after its instructions, after its rest), then cobra's
    assert [waiting_timeline.segments[i].exercise for i in waits(waiting_timeline)] == [
        TWO[0], TWO[0], TWO[1]]  # fmt: skip


def test_it_holds_at_the_wait_until_ready_then_plays_through_it(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first = waits(waiting_timeline)[0]
    wait = waiting_timeline.segments[first]
    states: list[str] = []
    cues: list[int] = []
    player.state_changed.connect(states.append)
    player.cue.connect(cues.append)
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, wait.start_ms + 5_000, step=250)
    assert player.state is State.WAITING
    assert player.position_ms == wait.start_ms  # held at its start, not 5 s into it
    assert states[-1] == "waiting"
    assert first not in cues  # "here we go" is said when the person is ready
    clock.advance(600_000)  # ten minutes on the floor
    assert player.position_ms == wait.start_ms
    assert not player._timer.isActive() or player._timer.interval() <= Player.WAIT_CUE_MS

    player.ready()
    assert player.state is State.RUNNING
    assert cues[-1] == first  # its cue now
    run_for(player, clock, 2_000)
    assert player.position_ms == pytest.approx(wait.start_ms + 2_000)
    run_for(player, clock, 2_000)  # past the wait's 3 s without holding again
    assert player.state is State.RUNNING
    assert player.current_frame().index > first  # type: ignore[union-attr]


def test_a_late_look_never_passes_a_wait(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first = waits(waiting_timeline)[0]
    wait = waiting_timeline.segments[first]
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, wait.start_ms - 1_000, step=250)
    clock.advance(2_500)  # one late look (under the sleep jump) crosses the boundary
    player.poll()
    assert player.state is State.WAITING
    assert player.position_ms == wait.start_ms


def test_waiting_cues_come_by_the_clock(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    wait = waiting_timeline.segments[waits(waiting_timeline)[0]]
    heard: list[tuple[int, float]] = []
    player.waiting.connect(lambda n: heard.append((n, clock.now)))
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, wait.start_ms + 10, step=250)
    assert len(heard) == 1 and heard[0][0] == 0
    began = heard[0][1]
    assert began == pytest.approx(1_000 + wait.start_ms, abs=250)  # at the first look past it
    # Uneven looks: the cues still come at whole multiples of WAIT_CUE_MS from the start.
    for step in (3_001, 5_003, 7_000, 97, 11_000, 40_000):
        clock.advance(step)
        player.poll()
    numbers = [n for n, _ in heard]
    assert numbers == [0, 1, 2, 5]  # a late look says the latest, never a pile of cues
    # The timer is armed for the next whole multiple, not for "now + interval".
    elapsed = clock.now - began
    assert player._timer.interval() == pytest.approx(
        Player.WAIT_CUE_MS * (elapsed // Player.WAIT_CUE_MS + 1) - elapsed, abs=1
    )


def test_pause_while_waiting_resumes_to_the_wait(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first = waits(waiting_timeline)[0]
    wait = waiting_timeline.segments[first]
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, wait.start_ms + 100, step=250)
    assert player.state is State.WAITING
    player.pause()
    assert player.state is State.PAUSED and not player._timer.isActive()
    assert player.position_ms == wait.start_ms
    clock.advance(30_000)
    player.resume()
    assert player.state is State.WAITING  # not past it
    assert player.position_ms == wait.start_ms
    player.toggle_pause()  # Space says ready
    assert player.state is State.RUNNING
    # Paused during "here we go" and resumed: the answered wait does not hold again.
    run_for(player, clock, 1_000)
    player.pause()
    player.resume()
    assert player.state is State.RUNNING


def test_stop_while_waiting(player: Player, clock: FakeClock, waiting_timeline: Timeline) -> None:
    wait = waiting_timeline.segments[waits(waiting_timeline)[0]]
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, wait.start_ms + 100, step=250)
    player.stop()
    assert player.state is State.IDLE and not player._timer.isActive()


def test_seeking_into_a_wait_holds_and_next_from_a_wait_plays_on(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first, second = waits(waiting_timeline)[0], waits(waiting_timeline)[-1]  # one each
    player.load(waiting_timeline)
    player.start()
    player.seek(waiting_timeline.segments[first].start_ms + 500)  # landing in it
    assert player.state is State.WAITING
    assert player.position_ms == waiting_timeline.segments[first].start_ms
    player.next(Level.EXERCISE)  # skip on: plays the next exercise's getting ready
    assert player.state is State.RUNNING
    assert waiting_timeline.segments[player.current_frame().index].exercise == TWO[1]  # type: ignore[union-attr]
    run_for(player, clock, waiting_timeline.segments[second].start_ms - player.position_ms + 50)
    assert player.state is State.WAITING  # and waits there
    assert player.current_frame().index == second  # type: ignore[union-attr]
    player.previous(Level.EXERCISE)  # back to this exercise's start: plays from there
    assert player.state is State.RUNNING
    run_for(player, clock, waiting_timeline.segments[second].start_ms - player.position_ms + 50)
    assert player.state is State.WAITING  # the wait holds again


def test_a_held_bookmark_in_a_wait_waits_on_resume(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first = waits(waiting_timeline)[0]
    player.load(waiting_timeline)
    player.hold_at(waiting_timeline.segments[first].start_ms + 1_000)
    player.resume()
    assert player.state is State.WAITING


def test_the_whole_session_plays_with_a_ready_at_each_wait(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    cues: list[int] = []
    player.cue.connect(cues.append)
    player.load(waiting_timeline)
    player.start()
    readies = 0
    while player.state is not State.FINISHED:
        clock.advance(250)
        player.poll()
        if player.state is State.WAITING:
            clock.advance(20_000)  # taking time to get into position
            player.poll()
            player.ready()
            readies += 1
    assert readies == len(waits(waiting_timeline))
    assert cues == list(range(len(waiting_timeline)))  # every segment cued once, in order
    assert player.position_ms == waiting_timeline.total_ms


def test_announce_of_a_wait_comes_when_ready(
    player: Player, clock: FakeClock, waiting_timeline: Timeline
) -> None:
    first = waits(waiting_timeline)[0]
    announced: list[int] = []
    player.announce.connect(announced.append)
    player.set_lead(200)
    player.load(waiting_timeline)
    player.start()
    run_for(player, clock, waiting_timeline.segments[first].start_ms + 50, step=50)
    assert player.state is State.WAITING
    assert first not in announced  # no sound ahead of a wait: it may last minutes
    player.ready()
    assert announced[-1] == first
