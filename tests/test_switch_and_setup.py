"""Times that fit the body, as data: each exercise may say how long setting up the other
side takes (``guidance.switch_s``, 6 s unless given) and how long getting set up in its
own position takes (``guidance.setup_s``, 5 s unless given; a change of position adds
its own time). Getting ready (the screen that shows the caution) lasts at least as long
as changing position and then reading the caution at 3 words a second; the instructions
that get into the pose follow, each at least as long as reading it; and for an exercise
done on both sides getting ready and its instructions together take at least as long as
setting up a side: the first side takes no less than the second. And the instructions the
guidance names (``step``, per side, ``switch_step``, a block's and a timed step's ``step``
and ``phase_steps``) are checked like every value: in range, on an exercise that has them,
each problem with its file, line and column.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from app.core.loader import load_text
from app.core.model import Catalogue, Exercise, Position, Sides
from app.core.text import Text
from app.core.timeline import (
    NEW_POSITION_MS,
    PER_LEVEL_MS,
    SAME_POSITION_MS,
    SWITCH_SIDE_MS,
    Kind,
    Segment,
    Side,
    compile_exercises,
    get_ready_ms,
    transition_ms,
)
from tests.test_content_safety import is_twist
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


_FLOOR = {
    Position.LYING_ON_BACK, Position.LYING_ON_FRONT, Position.LYING_ON_SIDE,
    Position.SEATED_ON_FLOOR, Position.KNEELING, Position.HANDS_AND_KNEES,
}  # fmt: skip
_CHANGES_LEGS = re.compile(r"\b(change|switch) legs\b|\bchange sides\b", re.I)


def least_switch_ms(exercise: Exercise) -> int:
    """How long setting up the other side takes at least, from what the exercise is:
    turning the head back is quick (5 s); rolling onto the other side (side plank,
    windmill), undoing and setting up a twist on the floor, or bringing the other knee
    forward from hands and knees (pigeon) takes 10 s or more; changing legs on the floor
    8 s; anything else 5 s."""
    if exercise.position is Position.LYING_ON_SIDE:
        return 10_000
    if exercise.position in _FLOOR and (is_twist(exercise) or exercise.id == "pigeon"):
        return 10_000
    steps = " ".join(s.en for s in exercise.steps)
    if exercise.position in _FLOOR and _CHANGES_LEGS.search(steps):
        return 8_000
    return 5_000


def switches_too_short(catalogue: Catalogue) -> list[str]:
    short = []
    for exercise in catalogue.exercises.values():
        if exercise.sides is not Sides.BOTH:
            continue
        least = least_switch_ms(exercise)
        for ms in _switches(catalogue, exercise.id):
            if ms < least:
                short.append(
                    f"{exercise.id}: {ms / 1000:g} s to change sides, at least {least / 1000:g}"
                )
    return short


def test_every_change_of_sides_takes_the_time_it_needs(catalogue: Catalogue) -> None:
    assert switches_too_short(catalogue) == []
    ten = {e.id for e in catalogue.exercises.values() if least_switch_ms(e) >= 10_000}
    assert {"lying-twist-both-knees", "lying-figure-four-twist", "lying-bent-knee-twist",
            "forearm-side-plank", "windmill-twist", "pigeon", "ninety-ninety-seated-twist",
            "seated-bent-knee-twist"} <= ten  # fmt: skip
    assert least_switch_ms(catalogue.exercises["kneeling-lunge"]) == 8_000
    assert _switches(catalogue, "sphinx-head-turn") == [5_000]  # the head back to the middle


def _reading_s(text: Text) -> float:
    return max(len(text.nl.split()), len(text.en.split())) / 3


def get_ready_too_short(catalogue: Catalogue) -> list[str]:
    """Every ``prepare`` of every book program, and of every exercise played alone: at
    least the change of position and reading the caution at 3 words a second; each
    instruction into the pose at least as long as reading it; and for an exercise done on
    both sides, getting ready and its instructions at least its time to set up a side."""
    short = []
    sequences = [[item.exercise for item in p.items] for p in catalogue.book_programs()]
    sequences += [[ident] for ident in catalogue.exercises]
    for ids in sequences:
        exercises = [catalogue.exercises[i] for i in ids]
        timeline = compile_exercises(exercises, catalogue.prompts, prepare_s=0)
        before: Position | None = None
        for index, exercise in enumerate(exercises):
            mine = [s for s in timeline.segments if s.exercise_index == index]
            prepare = mine[0]
            setup = [s for s in mine if s.kind is Kind.SETUP]
            move = transition_ms(before, exercise.position, 0)
            least = move + _reading_s(exercise.caution) * 1000
            if prepare.kind is not Kind.PREPARE or prepare.duration_ms < least:
                short.append(f"{ids[0]}…: {exercise.id} gets {prepare.duration_ms / 1000:g} s "
                             f"to get ready, at least {least / 1000:g}")  # fmt: skip
            for segment in setup:
                assert segment.step is not None
                reading = _reading_s(exercise.steps[segment.step]) * 1000
                if segment.duration_ms < reading:
                    short.append(f"{exercise.id} step {segment.step + 1} gets "
                                 f"{segment.duration_ms / 1000:g} s, reading it "
                                 f"{reading / 1000:g}")  # fmt: skip
            ready = prepare.duration_ms + sum(s.duration_ms for s in setup)
            switch_s = exercise.guidance.switch_s
            if exercise.sides is Sides.BOTH and ready < move + switch_s * 1000:
                short.append(f"{ids[0]}…: {exercise.id} gets {ready / 1000:g} s to get into "
                             f"the first side, {switch_s:g} for the second")  # fmt: skip
            before = exercise.position
    return short


def test_getting_ready_leaves_time_to_read_the_caution(catalogue: Catalogue) -> None:
    assert get_ready_too_short(catalogue) == []
    # the caution the review counted: 68 words in 8-14 s
    longest = max(catalogue.exercises.values(), key=lambda e: len(e.caution.nl.split()))
    timeline = compile_exercises([longest], catalogue.prompts, prepare_s=0)
    assert timeline.segments[0].duration_ms >= len(longest.caution.nl.split()) * 1000 / 3


def test_the_first_side_takes_as_long_to_set_up_as_the_second(catalogue: Catalogue) -> None:
    """The review: the lying figure-four twist got 5 s to get ready in ch4-phase-1 and
    12 s to change sides; pigeon, windmill, 90/90 and side plank 8 s against 12-15 s."""
    for ident in ("lying-figure-four-twist", "pigeon", "windmill-twist",
                  "ninety-ninety-seated-twist", "forearm-side-plank"):  # fmt: skip
        exercise = catalogue.exercises[ident]
        for program in catalogue.book_programs():
            ids = [item.exercise for item in program.items]
            if ident not in ids:
                continue
            timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
            ready = sum(
                s.duration_ms
                for s in timeline.segments
                if s.kind in (Kind.PREPARE, Kind.SETUP) and s.exercise == ident
            )
            assert ready >= exercise.guidance.switch_s * 1000, (ident, program.id)


def test_coming_down_from_the_wall_before_childs_pose(catalogue: Catalogue) -> None:
    """Legs up the wall ends with bending the knees, rolling onto the side and resting
    there (its last step): that is played, and only then does getting ready for child's
    pose begin, so the change takes more than the 8 s it had."""
    wall = catalogue.exercises["legs-up-the-wall"]
    ids = [item.exercise for item in catalogue.programs["ch3-phase-1"].items]
    at = ids.index("legs-up-the-wall")
    assert ids[at + 1] == "childs-pose"
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    segments = [s for s in timeline.segments if s.exercise in ("legs-up-the-wall", "childs-pose")]
    last_breath = max(s.end_ms for s in segments if s.exercise == "legs-up-the-wall" and s.breath)
    first_pose = min(s.start_ms for s in segments if s.exercise == "childs-pose" and s.breath)
    assert first_pose - last_breath >= 25_000
    coming_down = [s for s in segments if s.exercise == "legs-up-the-wall" and s.kind is Kind.STEP]
    assert coming_down and all(s.step == len(wall.steps) - 1 for s in coming_down)


def _getting_ready(catalogue: Catalogue, program: str, ident: str) -> list[Segment]:
    """What plays before ``ident``'s first breath in ``program``: getting ready and the
    instructions that get into the pose."""
    ids = [item.exercise for item in catalogue.programs[program].items]
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    return [
        s for s in timeline.segments if s.exercise == ident and s.kind in (Kind.PREPARE, Kind.SETUP)
    ]


def test_calves_on_a_chair_then_legs_up_the_wall(catalogue: Catalogue) -> None:
    """Both lie on the back, but the legs come off the chair (the diaphragmatic breathing's
    way out), the mat goes to a wall and the legs up it: 55 s, where it had 5 and then
    20. The move to the wall is the step that names it (20 s), the swing up the next (15)."""
    program = catalogue.programs["ch3-phase-1"]
    ids = [item.exercise for item in program.items]
    at = ids.index("legs-up-the-wall")
    assert ids[at - 1] == "diaphragmatic-breathing-legs-raised"
    ready = _getting_ready(catalogue, "ch3-phase-1", "legs-up-the-wall")
    assert [(s.kind, s.step, s.duration_ms) for s in ready] == [
        (Kind.PREPARE, None, 10_000),  # reading the caution: no change of position
        (Kind.SETUP, 0, 20_000),  # "sit sideways with one hip close to a wall"
        (Kind.SETUP, 1, 15_000),  # "... swinging both legs up the wall"
        (Kind.SETUP, 2, 10_000),  # reading it and 4 s
    ]
    # in the maintenance program it comes after the supported squat, standing
    ids = [item.exercise for item in catalogue.programs["ch5-maintenance"].items]
    before = ids[ids.index("legs-up-the-wall") - 1]
    assert catalogue.exercises[before].position is Position.STANDING
    ready = _getting_ready(catalogue, "ch5-maintenance", "legs-up-the-wall")
    assert ready[0].duration_ms == 10_000 + 3_000 + 12_000  # down to the floor first
    assert sum(s.duration_ms for s in ready) == 70_000


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
    # up from the chair (3 s and 6 s a level), then setting up (more than reading "Stop if
    # it hurts" or setting up a side)
    assert (first.kind, first.duration_ms) == (Kind.PREPARE, 12_500 + 3_000 + 6_000)
    assert get_ready_ms(None, mine) == first.duration_ms
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
    assert _load(catalogue, "      step: {right: 1, left: 1}\n", sides="none") == [
        "my.yaml:15:13: exercises[1] (my-stretch).guidance.step: a step per side ({right: …, "
        "left: …}) needs sides: both; give one step",
    ]
    # the time to set up applies to every exercise
    assert _load(catalogue, "      setup_s: 30\n", sides="none") == []


# -- what would never play, and numbers in quotes ------------------------------------------------


@pytest.mark.parametrize(
    ("guidance", "block", "expected"),
    [
        # a rest with one round
        ("      rest: 30\n", "", "15:13: exercises[1] (my-stretch).guidance.rest: a rest is "
         "played between rounds, and this exercise has one round, so it would never play "
         "(give 'rounds', or remove 'rest')"),
        # a phase the pattern does not have (long-deep is 4-0-6-0: no holds)
        ("", "          phase_steps: {inhale: 1, hold_in: 1}\n", "18:45: exercises[1] "
         "(my-stretch).guidance.blocks[1].phase_steps.hold_in: the pattern 4-0-6 has no "
         "hold_in phase, so this step would never be shown"),
        ("", "          cues: {hold_out: {nl: Wacht, en: Wait}}\n", "18:28: exercises[1] "
         "(my-stretch).guidance.blocks[1].cues.hold_out: the pattern 4-0-6 has no hold_out "
         "phase, so these words would never be said"),
        # a number in quotes is text
        ("      switch_s: '15'\n", "", "15:17: exercises[1] (my-stretch).guidance.switch_s: "
         "'15' is text, because of the quotes; write the number without them"),
        ("      rounds: \"2\"\n", "", "15:15: exercises[1] (my-stretch).guidance.rounds: '2' is "
         "text, because of the quotes; write the number without them"),
        # carrying on a count there is not
        ("", "          count_from: previous\n", "18:23: exercises[1] (my-stretch).guidance"
         ".blocks[1].count_from: 'previous' carries on the count of the block of breaths right "
         "before this one, and there is none"),
        ("", "          count_from: before\n", "18:23: exercises[1] (my-stretch).guidance"
         ".blocks[1].count_from: expected 'previous' (carry on the count of the block before), "
         "found 'before'"),
    ],
)  # fmt: skip
def test_what_would_never_play_is_located(
    catalogue: Catalogue, guidance: str, block: str, expected: str
) -> None:
    text = GOOD_EXERCISE.replace("    guidance:\n", "    guidance:\n" + guidance)
    text = text.replace("          pattern: long-deep\n", "          pattern: long-deep\n" + block)
    assert [str(p) for p in load_text(text, "my.yaml", catalogue).problems] == [
        f"my.yaml:{expected}"
    ]


def _with_blocks(blocks: str) -> str:
    return GOOD_EXERCISE.replace(
        "        - breaths: 3\n          pattern: long-deep\n",
        textwrap.indent(textwrap.dedent(blocks), "        "),
    )


def test_a_block_carries_on_the_count_of_the_one_before(catalogue: Catalogue) -> None:
    text = _with_blocks("""\
        - breaths: 1
          pattern: long-deep
        - breaths: 2
          pattern: 4-0-5-0
          count_from: previous
    """)
    result = load_text(text, "my.yaml", catalogue)
    assert result.problems == [] and result.catalogue is not None
    mine = result.catalogue.exercises["my-stretch"]
    timeline = compile_exercises([mine], catalogue.prompts, setup=False)
    shown = [(s.side, s.breath, s.breaths) for s in timeline.segments if s.kind is Kind.INHALE]
    assert shown == [(side, n, 3) for side in (Side.RIGHT, Side.LEFT) for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # after timed steps there is no count to carry on
        ("""\
        - steps:
            - {seconds: 5, text: {nl: Zit, en: Sit}}
        - breaths: 2
          pattern: long-deep
          count_from: previous
        """, "20:23: exercises[1] (my-stretch).guidance.blocks[2].count_from: 'previous' "
         "carries on the count of the block of breaths right before this one, and there is "
         "none"),
        # counting down after counting up
        ("""\
        - breaths: 2
          pattern: long-deep
        - breaths: 2
          pattern: long-deep
          count: down
          count_from: previous
        """, "20:18: exercises[1] (my-stretch).guidance.blocks[2].count: this block carries "
         "on the count of the block before, which has count: up; give the same"),
        # a timed step's own step, past the last
        ("""\
        - steps:
            - {seconds: 5, step: 2, text: {nl: Zit, en: Sit}}
        """, "17:34: exercises[1] (my-stretch).guidance.blocks[1].steps[1].step: 2 is past "
         "the last step (1)"),
    ],
)  # fmt: skip
def test_a_count_or_a_timed_step_that_cannot_be_is_located(
    catalogue: Catalogue, blocks: str, expected: str
) -> None:
    found = [str(p) for p in load_text(_with_blocks(blocks), "my.yaml", catalogue).problems]
    assert found == [f"my.yaml:{expected}"]
