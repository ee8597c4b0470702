"""What the guided player says, and resuming at the same exercise, round and side."""

from __future__ import annotations

import pytest

from app.core.guide import (
    Bookmark,
    bookmark_at,
    current_step,
    exercise_ids,
    progress_at,
    resume_ms,
)
from app.core.model import Catalogue
from app.core.playback import frame_at
from app.core.timeline import Kind, Side, Timeline, compile_exercises

IDS = ["childs-pose", "lying-twist-both-knees", "cobra"]  # rounds, sides, plain


@pytest.fixture
def timeline(catalogue: Catalogue) -> Timeline:
    return compile_exercises([catalogue.exercises[i] for i in IDS], catalogue.prompts)


def first(timeline: Timeline, **want: object) -> int:
    for segment in timeline.segments:
        if all(getattr(segment, k) == v for k, v in want.items()):
            return segment.start_ms
    raise AssertionError(want)


def test_exercise_ids_and_progress(catalogue: Catalogue, timeline: Timeline) -> None:
    order = exercise_ids(timeline)
    assert order == IDS
    at = first(timeline, exercise="lying-twist-both-knees", side=Side.LEFT, kind=Kind.INHALE)
    progress = progress_at(frame_at(timeline, at + 1), order, catalogue.exercises)
    assert (progress.number, progress.count, progress.next_id) == (2, 3, "cobra")
    assert progress.side is Side.LEFT
    assert progress.left_ms == timeline.total_ms - at - 1
    end = progress_at(frame_at(timeline, timeline.total_ms), order, catalogue.exercises)
    assert (end.number, end.next_id) == (3, None)


def test_current_step(catalogue: Catalogue, timeline: Timeline) -> None:
    childs = catalogue.exercises["childs-pose"]
    segments = {s.kind: s for s in timeline.segments if s.exercise == "childs-pose"}
    # Getting ready names the exercise and its caution; each instruction into the pose
    # then has its own moment (the first was highlighted twice in a row).
    assert current_step(childs, segments[Kind.PREPARE]) is None
    setup = [s for s in timeline.segments if s.exercise == "childs-pose" and s.kind is Kind.SETUP]
    assert [current_step(childs, s) for s in setup] == list(range(len(setup)))
    assert current_step(childs, segments[Kind.INHALE]) == len(childs.steps) - 1
    assert current_step(childs, segments[Kind.REST]) is None
    figure_four = catalogue.exercises["seated-figure-four"]
    assert figure_four.guidance.step == 4  # the catalogue names the step the breaths follow
    assert figure_four.guidance.switch_step == 4  # ... and the one about changing legs
    shown = steps_shown(catalogue, "seated-figure-four")
    assert shown[Kind.INHALE, Side.RIGHT] == shown[Kind.INHALE, Side.LEFT] == {3}
    assert shown[Kind.SWITCH_SIDE, Side.LEFT] == {3}


def steps_shown(catalogue: Catalogue, ident: str) -> dict[tuple[Kind, Side | None], set[int]]:
    """The steps (0-based) highlighted in each kind of segment, per side."""
    exercise = catalogue.exercises[ident]
    shown: dict[tuple[Kind, Side | None], set[int]] = {}
    for segment in compile_exercises([exercise], catalogue.prompts).segments[:-1]:
        step = current_step(exercise, segment)
        if step is not None:
            shown.setdefault((segment.kind, segment.side), set()).add(step)
    return shown


def test_each_side_block_and_breath_highlights_its_own_step(catalogue: Catalogue) -> None:
    # the sphinx: its steps describe each side (5: stay right, 6: the other side, left),
    # and the turn to the right on a breath out (4) is the last step into the pose
    sphinx = steps_shown(catalogue, "sphinx-head-turn")
    assert sphinx[Kind.SETUP, None] == {0, 1, 2, 3}
    assert sphinx[Kind.INHALE, Side.RIGHT] == sphinx[Kind.EXHALE, Side.RIGHT] == {4}
    assert sphinx[Kind.SWITCH_SIDE, Side.LEFT] == sphinx[Kind.INHALE, Side.LEFT] == {5}
    # cat-cow: each breath is a movement, each phase its own step
    cat = steps_shown(catalogue, "cat-back")
    assert (cat[Kind.INHALE, None], cat[Kind.EXHALE, None]) == ({1}, {2})
    # the lying bent-knee twist: the breath you turn on (steps 5-6), then 2 more (step 7)
    twist = catalogue.exercises["lying-bent-knee-twist"]
    exercise = compile_exercises([twist], catalogue.prompts, setup=False)
    right = [current_step(twist, s) for s in exercise.segments if s.side is Side.RIGHT]
    assert right == [4, 5, 6, 6, 6, 6]


def test_bookmark_round_trip_and_resume(timeline: Timeline) -> None:
    order = exercise_ids(timeline)
    left = first(timeline, exercise="lying-twist-both-knees", side=Side.LEFT)
    bookmark = bookmark_at(timeline, order, left + 9_000)
    assert bookmark == Bookmark(tuple(IDS), 1, 1, Side.LEFT)
    assert Bookmark.from_dict(bookmark.to_dict()) == bookmark
    # Resuming starts the left side again, from its "switch sides" count-in.
    assert resume_ms(timeline, bookmark) == left
    assert timeline.at(left)[0].kind is Kind.SWITCH_SIDE


def test_bookmark_rounds_and_prepare(timeline: Timeline) -> None:
    order = exercise_ids(timeline)
    rest = first(timeline, exercise="childs-pose", kind=Kind.REST)
    bookmark = bookmark_at(timeline, order, rest + 1)
    assert bookmark is not None and bookmark.rep == 2  # resting after round 1: go on to 2
    assert resume_ms(timeline, bookmark) == first(timeline, exercise="childs-pose", rep=2,
                                                  kind=Kind.INHALE)  # fmt: skip
    prepare = first(timeline, exercise="cobra", kind=Kind.PREPARE)
    bookmark = bookmark_at(timeline, order, prepare + 1)
    assert bookmark == Bookmark(tuple(IDS), 2)
    assert resume_ms(timeline, bookmark) == prepare
    assert bookmark_at(timeline, order, timeline.total_ms) is None


def test_bookmarks_around_the_instructions_the_wait_and_coming_out(
    catalogue: Catalogue,
) -> None:
    """Closed while getting into the pose (an instruction): the exercise starts over,
    instructions and all. Closed at a "wait for me" hold (the person was in position): the
    same hold, for that side and round. Closed while coming out: its breaths are done, so
    the next exercise is resumed (the last one's way out leaves no bookmark). A round or
    side resumes at its first segment: its wait, or its first breath without one."""
    exercises = [catalogue.exercises[i] for i in IDS]
    timeline = compile_exercises(exercises, catalogue.prompts, wait_for_me=True)
    order = exercise_ids(timeline)
    at = first(timeline, exercise="lying-twist-both-knees", kind=Kind.SETUP)
    bookmark = bookmark_at(timeline, order, at + 1)
    assert bookmark == Bookmark(tuple(IDS), 1)
    assert resume_ms(timeline, bookmark) == first(
        timeline, exercise="lying-twist-both-knees", kind=Kind.PREPARE
    )
    for side in (Side.RIGHT, Side.LEFT):
        at = first(timeline, exercise="lying-twist-both-knees", kind=Kind.WAIT, side=side)
        bookmark = bookmark_at(timeline, order, at + 1)
        assert bookmark == Bookmark(tuple(IDS), 1, 1, side)
        resumed = resume_ms(timeline, bookmark)
        if side is Side.RIGHT:
            assert resumed == at  # the wait itself
        else:  # the left side's "switch sides", then its wait
            switch = first(timeline, exercise="lying-twist-both-knees", kind=Kind.SWITCH_SIDE)
            assert resumed == switch
    out = first(timeline, exercise="lying-twist-both-knees", kind=Kind.COME_OUT)
    assert bookmark_at(timeline, order, out + 1) == Bookmark(tuple(IDS), 2)
    last = first(timeline, exercise="cobra", kind=Kind.COME_OUT)
    assert bookmark_at(timeline, order, last + 1) is None
    plain = compile_exercises(exercises, catalogue.prompts)
    right = Bookmark(tuple(IDS), 1, 1, Side.RIGHT)
    assert resume_ms(plain, right) == first(
        plain, exercise="lying-twist-both-knees", side=Side.RIGHT, kind=Kind.INHALE
    )


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        {},
        {"exercises": [], "exercise_index": 0},
        {"exercises": ["a"], "exercise_index": 1},
        {"exercises": ["a"], "exercise_index": "0"},
        {"exercises": [1], "exercise_index": 0},
        {"exercises": ["a"], "exercise_index": 0, "side": "up"},
        {"exercises": ["a"], "exercise_index": 0, "rep": "2"},
    ],
)
def test_a_damaged_bookmark_is_no_bookmark(data: object) -> None:
    assert Bookmark.from_dict(data) is None
