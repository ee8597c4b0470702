"""Times that fit the body, as data: each exercise may say how long setting up the other
side takes (``guidance.switch_s``, 6 s unless given) and how long getting set up in its
own position takes (``guidance.setup_s``, 5 s unless given; a change of position adds
its own time). And the instructions the guidance names (``step``, per side,
``switch_step``, a block's ``step`` and ``phase_steps``) are checked like every value:
in range, on an exercise that has them, each problem with its file, line and column.
"""

from __future__ import annotations

import pytest

from app.core.loader import load_text
from app.core.model import Catalogue, Position
from app.core.timeline import (
    NEW_POSITION_MS,
    PER_LEVEL_MS,
    SAME_POSITION_MS,
    SWITCH_SIDE_MS,
    Kind,
    Side,
    compile_exercises,
    transition_ms,
)
from tests.test_loader import GOOD_EXERCISE


def _switches(catalogue: Catalogue, ident: str) -> list[int]:
    exercise = catalogue.exercises[ident]
    timeline = compile_exercises([exercise], catalogue.prompts, setup=False)
    return [s.duration_ms for s in timeline.segments if s.kind is Kind.SWITCH_SIDE]


def test_the_defaults_are_the_old_constants() -> None:
    assert (SWITCH_SIDE_MS, SAME_POSITION_MS) == (6_000, 5_000)
    floor, other_floor = Position.LYING_ON_BACK, Position.LYING_ON_FRONT
    assert transition_ms(floor, floor) == SAME_POSITION_MS
    assert transition_ms(floor, other_floor) == NEW_POSITION_MS
    assert transition_ms(floor, Position.STANDING) == NEW_POSITION_MS + 2 * PER_LEVEL_MS


def test_setting_up_adds_to_a_change_of_position() -> None:
    floor = Position.LYING_ON_BACK
    assert transition_ms(floor, floor, 20_000) == 20_000
    # getting down from standing and then to the wall: both
    assert transition_ms(Position.STANDING, floor, 20_000) == 20_000 + 3_000 + 12_000


def test_the_catalogue_gives_the_slow_changes_more_time(catalogue: Catalogue) -> None:
    # (the book's sides: a lying twist rolls back and sets up again; the pigeon comes back
    # to hands and knees and brings the other knee forward)
    more = {
        "lying-twist-both-knees": 10_000,
        "lying-figure-four-twist": 12_000,
        "lying-bent-knee-twist": 15_000,
        "forearm-side-plank": 12_000,
        "windmill-twist": 12_000,
        "pigeon": 15_000,
        "ninety-ninety-seated-twist": 12_000,
    }
    for ident, ms in more.items():
        assert _switches(catalogue, ident) == [ms] * catalogue.exercises[ident].guidance.rounds
    assert _switches(catalogue, "seated-figure-four") == [SWITCH_SIDE_MS]  # the default
    assert _switches(catalogue, "sphinx-head-turn") == [5_000]  # the head back to the middle


def test_calves_on_a_chair_then_legs_up_the_wall(catalogue: Catalogue) -> None:
    """Both lie on the back, but the legs come off the chair and go up a wall: 20 s, not 5."""
    program = catalogue.programs["ch3-phase-1"]
    ids = [item.exercise for item in program.items]
    at = ids.index("legs-up-the-wall")
    assert ids[at - 1] == "diaphragmatic-breathing-legs-raised"
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    prepares = [s for s in timeline.segments if s.kind is Kind.PREPARE]
    assert prepares[at].exercise == "legs-up-the-wall"
    assert prepares[at].duration_ms == 20_000
    # in the maintenance program it comes after the supported squat, standing
    ids = [item.exercise for item in catalogue.programs["ch5-maintenance"].items]
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    wall = next(
        s for s in timeline.segments if s.kind is Kind.PREPARE and s.exercise == "legs-up-the-wall"
    )
    before = ids[ids.index("legs-up-the-wall") - 1]
    assert catalogue.exercises[before].position is Position.STANDING
    assert wall.duration_ms == 20_000 + 3_000 + 12_000


def _load(catalogue: Catalogue, guidance: str, sides: str = "both") -> list[str]:
    text = GOOD_EXERCISE.replace("sides: both", f"sides: {sides}").replace(
        "    guidance:\n", "    guidance:\n" + guidance
    )
    return [str(p) for p in load_text(text, "my.yaml", catalogue).problems]


def test_an_exercises_own_times_are_played_to_the_millisecond(catalogue: Catalogue) -> None:
    text = GOOD_EXERCISE.replace("    guidance:\n", "    guidance:\n      switch_s: 7.25\n")
    text = text.replace("    guidance:\n", "    guidance:\n      setup_s: 12.5\n")
    result = load_text(text, "my.yaml", catalogue)
    assert result.problems == [] and result.catalogue is not None
    mine = result.catalogue.exercises["my-stretch"]
    assert (mine.guidance.switch_s, mine.guidance.setup_s) == (7.25, 12.5)
    timeline = compile_exercises([mine], catalogue.prompts, prepare_s=0)
    first = timeline.segments[0]
    assert (first.kind, first.duration_ms) == (Kind.PREPARE, 12_500 + 3_000 + 6_000)
    switch = next(s for s in timeline.segments if s.kind is Kind.SWITCH_SIDE)
    assert (switch.side, switch.duration_ms) == (Side.LEFT, 7_250)


@pytest.mark.parametrize(
    ("guidance", "expected"),
    [
        ("      switch_s: 1\n", "15:17: exercises[1] (my-stretch).guidance.switch_s: expected a "
         "number from 2 to 60, found '1'"),
        ("      switch_s: 61\n", "15:17: exercises[1] (my-stretch).guidance.switch_s: expected "
         "a number from 2 to 60, found '61'"),
        ("      switch_s: soon\n", "15:17: exercises[1] (my-stretch).guidance.switch_s: "
         "expected a number from 2 to 60, found 'soon'"),
        ("      setup_s: 121\n", "15:16: exercises[1] (my-stretch).guidance.setup_s: expected "
         "a number from 2 to 120, found '121'"),
        ("      setup_s: .nan\n", "15:16: exercises[1] (my-stretch).guidance.setup_s: expected "
         "a number from 2 to 120, found '.nan'"),
        ("      step: 2\n", "15:13: exercises[1] (my-stretch).guidance.step: 2 is past the "
         "last step (1)"),
        ("      step: {right: 1, left: 3}\n", "15:30: exercises[1] (my-stretch).guidance.step"
         ".left: 3 is past the last step (1)"),
        ("      step: {right: 1}\n", "15:13: exercises[1] (my-stretch).guidance.step: missing "
         "required key 'left'"),
        ("      switch_step: 0\n", "15:20: exercises[1] (my-stretch).guidance.switch_step: "
         "expected a whole number from 1 to 50, found '0'"),
        ("      switch_step: 4\n", "15:20: exercises[1] (my-stretch).guidance.switch_step: 4 "
         "is past the last step (1)"),
        ("      swich_s: 8\n", "15:7: exercises[1] (my-stretch).guidance: unknown key "
         "'swich_s' (did you mean 'switch_s'?)"),
    ],
)  # fmt: skip
def test_a_wrong_time_or_step_is_located(
    catalogue: Catalogue, guidance: str, expected: str
) -> None:
    assert _load(catalogue, guidance) == [f"my.yaml:{expected}"]


def test_a_blocks_steps_are_checked_too(catalogue: Catalogue) -> None:
    block = "          pattern: long-deep\n"
    text = GOOD_EXERCISE.replace(
        block, block + "          step: 3\n          phase_steps: {inhale: 1, exhale: 2}\n"
    )
    assert [str(p) for p in load_text(text, "my.yaml", catalogue).problems] == [
        "my.yaml:18:17: exercises[1] (my-stretch).guidance.blocks[1].step: 3 is past the last "
        "step (1)",
        "my.yaml:19:44: exercises[1] (my-stretch).guidance.blocks[1].phase_steps.exhale: 2 is "
        "past the last step (1)",
    ]


def test_only_an_exercise_with_two_sides_changes_sides(catalogue: Catalogue) -> None:
    assert _load(catalogue, "      switch_s: 8\n      switch_step: 1\n", sides="none") == [
        "my.yaml:15:17: exercises[1] (my-stretch).guidance.switch_s: only an exercise done on "
        "both sides (sides: both) changes sides",
        "my.yaml:16:20: exercises[1] (my-stretch).guidance.switch_step: only an exercise done "
        "on both sides (sides: both) changes sides",
    ]
    # the time to set up applies to every exercise
    assert _load(catalogue, "      setup_s: 30\n", sides="none") == []
