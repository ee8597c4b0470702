"""Timelines with exact expectations: time is data, so it can be checked to the millisecond."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.model import Catalogue, Position
from app.core.pattern import MAX_BREATHS_IN_MINUTES, MAX_MINUTES, BreathPattern
from app.core.problems import MessageError
from app.core.requests import Request, RequestError
from app.core.timeline import (
    MAX_SEGMENTS,
    Kind,
    Side,
    TimelineError,
    compile_exercises,
    compile_pattern,
    exercise_durations,
    exercise_ms,
    planned_segments,
    reading_ms,
    transition_ms,
)


def test_bridge_pattern_five_breaths_is_75_seconds(catalogue: Catalogue) -> None:
    timeline = compile_pattern(BreathPattern.parse("5-0-7-3"), 5, catalogue.prompts, prepare_s=0)
    assert timeline.total_ms == 75_000
    kinds = [s.kind for s in timeline.segments[:3]]
    assert kinds == [Kind.INHALE, Kind.EXHALE, Kind.HOLD_OUT]  # the zero hold is left out
    assert len(timeline) == 5 * 3 + 1
    assert timeline.segments[-1].kind is Kind.DONE


def test_478_for_one_minute_is_three_breaths(catalogue: Catalogue) -> None:
    timeline = Request(pattern="4-7-8", minutes=1, prepare_s=0).build(catalogue)
    assert timeline.total_ms == 57_000
    assert max(s.breath or 0 for s in timeline.segments) == 3


def test_default_countdown_comes_first(catalogue: Catalogue) -> None:
    timeline = Request(preset="box").build(catalogue)
    first = timeline.segments[0]
    assert (first.kind, first.duration_ms, first.text.en) == (Kind.PREPARE, 3_000, "Get ready")
    assert timeline.total_ms == 3_000 + 8 * 16_000


def test_segments_are_back_to_back(catalogue: Catalogue) -> None:
    for program in catalogue.programs.values():
        timeline = Request(program=program.id).build(catalogue)
        position = 0
        for segment in timeline.segments:
            assert segment.start_ms == position
            assert segment.duration_ms > 0 or segment.kind is Kind.DONE
            position = segment.end_ms


def test_sides_and_rounds_expand_in_order(catalogue: Catalogue) -> None:
    figure_four = catalogue.exercises["seated-figure-four"]  # 5 breaths a side
    timeline = compile_exercises([figure_four], catalogue.prompts, setup=False)
    order = []
    for s in timeline.segments:
        if s.kind is Kind.INHALE:
            order.append((s.side, s.breath))
        elif s.kind is Kind.SWITCH_SIDE:
            order.append(("switch", s.side))
    assert order == [(Side.RIGHT, b) for b in range(1, 6)] + [("switch", Side.LEFT)] + [
        (Side.LEFT, b) for b in range(1, 6)
    ]
    child = catalogue.exercises["childs-pose"]  # 2 rounds of 5, a rest between
    timeline = compile_exercises([child], catalogue.prompts, setup=False)
    rests = [s for s in timeline.segments if s.kind is Kind.REST]
    # "a few deep breaths" between the rounds (the book): 25 s, not 15
    assert [(r.rep, r.duration_ms) for r in rests] == [(1, 25_000)]
    assert [s.rep for s in timeline.segments if s.kind is Kind.INHALE] == [1] * 5 + [2] * 5


def test_exercise_gets_ready_with_its_caution(catalogue: Catalogue) -> None:
    timeline = Request(exercise="childs-pose", prepare_s=0).build(catalogue)
    prepare = timeline.segments[0]
    assert prepare.kind is Kind.PREPARE
    assert prepare.text.en == "Get into position: Child's pose"
    assert prepare.note == catalogue.exercises["childs-pose"].caution
    # down from the chair to the floor (9 s), then time to read the caution's 25 words at
    # 3 a second (9 s), which is more than setting up (5 s)
    caution = catalogue.exercises["childs-pose"].caution
    assert reading_ms(caution) == 9_000
    assert prepare.duration_ms == transition_ms(None, Position.HANDS_AND_KNEES, 9_000) == 18_000


def test_transitions_are_sized_to_the_change_of_position() -> None:
    floor, other_floor = Position.LYING_ON_BACK, Position.LYING_ON_FRONT
    assert transition_ms(floor, floor) == 5_000
    assert transition_ms(floor, other_floor) == 8_000
    assert transition_ms(floor, Position.SEATED_ON_CHAIR) == 14_000
    assert transition_ms(floor, Position.STANDING) == 20_000


def test_program_has_a_prepare_before_each_exercise(catalogue: Catalogue) -> None:
    program = catalogue.programs["ch4-phase-1"]
    timeline = Request(program="ch4-phase-1").build(catalogue)
    prepares = [s for s in timeline.segments if s.kind is Kind.PREPARE]
    assert [p.exercise for p in prepares] == [i.exercise for i in program.items]
    assert [p.exercise_index for p in prepares] == list(range(len(program.items)))


def test_steps_and_timed_blocks(catalogue: Catalogue) -> None:
    pmr = compile_exercises(
        [catalogue.exercises["progressive-muscle-relaxation"]], catalogue.prompts, setup=False
    )
    steps = [s for s in pmr.segments if s.kind is Kind.STEP]
    assert len(steps) == 19
    assert steps[0].text.en == "Tense your feet and curl your toes"
    walk = compile_exercises(
        [catalogue.exercises["mindful-walking"]], catalogue.prompts, setup=False
    )
    assert walk.total_ms == 600_000
    assert len([s for s in walk.segments if s.kind is Kind.STEP]) == 7


def test_countdown_breaths_are_marked(catalogue: Catalogue) -> None:
    timeline = Request(preset="twenty-breath-countdown", prepare_s=0).build(catalogue)
    first = timeline.segments[0]
    assert (first.breath, first.breaths, first.count_down) == (1, 20, True)


def test_at_finds_segments_and_fractions(catalogue: Catalogue) -> None:
    timeline = compile_pattern(BreathPattern.parse("4-7-8"), 2, catalogue.prompts, prepare_s=0)
    assert timeline.at(0)[0].kind is Kind.INHALE
    segment, fraction = timeline.at(2_000)
    assert (segment.kind, fraction) == (Kind.INHALE, 0.5)
    assert timeline.at(4_000)[0].kind is Kind.HOLD_IN  # a boundary belongs to what begins
    assert timeline.at(18_999)[0].kind is Kind.EXHALE
    assert timeline.at(19_000)[0].breath == 2
    assert timeline.at(38_000)[0].kind is Kind.DONE
    assert timeline.at(10**9) == (timeline.segments[-1], 1.0)
    assert timeline.at(-5)[0] is timeline.segments[0]


def test_json_shape(catalogue: Catalogue) -> None:
    data = Request(exercise="seated-figure-four").build(catalogue).to_json("nl")
    assert set(data) == {"total_ms", "segments"}
    first = data["segments"][0]  # type: ignore[index]
    assert set(first) == {
        "start_ms", "duration_ms", "kind", "exercise", "side", "rep", "breath", "text", "note",
        "step",
    }  # fmt: skip
    assert (
        first["text"]
        == "Neem de houding aan: Zittende cijfer vier-oefening, oefening voor de heupen"
    )


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (Request(pattern="4-7"), "pattern '4-7' has 2 part(s)"),
        (Request(pattern="4-7-8", breaths=0), "--breaths 0: give a whole number from 1 to 500"),
        (Request(pattern="4-7-8", minutes=0), "--minutes 0: give a number of minutes from 0.1"),
        (Request(pattern="4-7-8", prepare_s=-1), "--prepare -1: give 0 to 60 seconds"),
        (Request(preset="boxx"), "unknown breathing preset 'boxx' (did you mean 'box'?)"),
        (Request(exercise="zzz"), "unknown exercise 'zzz'; 'breathing-room list' shows the ids"),
        (Request(program="ch9"), "unknown program 'ch9'"),
        (Request(exercise="cobra", breaths=3), "--breaths and --minutes go with a pattern"),
    ],
)
def test_bad_requests(catalogue: Catalogue, request_: Request, message: str) -> None:
    with pytest.raises(ValueError) as error:  # RequestError and PatternError alike
        request_.build(catalogue)
    assert message in str(error.value)
    assert isinstance(error.value, (RequestError, ValueError))


def test_the_longest_program(catalogue: Catalogue) -> None:
    lengths = {p: Request(program=p).build(catalogue).total_ms for p in catalogue.programs}
    assert max(lengths, key=lambda p: lengths[p]) == "ch5-maintenance"


def test_exercise_durations_are_worked_out_once_per_catalogue(catalogue: Catalogue) -> None:
    import dataclasses
    import gc

    from app.core import timeline

    durations = exercise_durations(catalogue)
    assert exercise_durations(catalogue) is durations  # the browser, queue and details share
    assert durations == {
        eid: exercise_ms(e, catalogue.prompts) for eid, e in catalogue.exercises.items()
    }
    known = len(timeline._DURATIONS)
    other = dataclasses.replace(catalogue)
    assert exercise_durations(other) is not durations
    assert len(timeline._DURATIONS) == known + 1
    del other
    gc.collect()
    assert len(timeline._DURATIONS) == known  # forgotten with its catalogue


# -- bounded by construction (issue 16, item 5) -------------------------------------------


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        # The examples: phases that round to 0 ms, and a minutes mode with no cap.
        (
            Request(pattern="0.0004-0-0.0004", minutes=1),
            "pattern '0.0004-0-0.0004': the in-breath, 0.0004 s, is shorter than 1 s",
        ),
        (Request(pattern="0.01-0-0.01", minutes=180), "the in-breath, 0.01 s, is shorter"),
        (Request(pattern="4-0-6", minutes=180.5), "--minutes 180.5: give a number of minutes"),
        (Request(pattern="4-0-6", minutes=math.inf), "--minutes inf: give a number of minutes"),
        (Request(pattern="4-0-6", minutes=math.nan), "--minutes nan: give a number of minutes"),
        (Request(pattern="4-0-6", minutes=0.05), "--minutes 0.05: give a number of minutes"),
        (Request(pattern="4-0-6", minutes=1.234), "180, with at most 2 decimals (e.g. 5 or 2.5)"),
        (Request(pattern="4-0-6", breaths=501), "--breaths 501: give a whole number"),
        (Request(pattern="4-0-6", breaths=2.5), "--breaths 2.5: give a whole number"),  # type: ignore[arg-type]
        (Request(pattern="4-0-6", prepare_s=math.inf), "--prepare inf: give 0 to 60"),
    ],
)
def test_requests_out_of_bounds_are_refused(
    catalogue: Catalogue, request_: Request, message: str
) -> None:
    with pytest.raises(MessageError) as error:
        request_.build(catalogue)
    assert message in str(error.value)


def test_the_largest_pattern_session_fits_under_the_cap(catalogue: Catalogue) -> None:
    """180 minutes of the fastest pattern: 5 400 breaths, 10 802 segments."""
    timeline = Request(pattern="1-0-1", minutes=MAX_MINUTES, prepare_s=0).build(catalogue)
    assert len(timeline) == 2 * MAX_BREATHS_IN_MINUTES + 1 <= MAX_SEGMENTS
    with_holds = Request(pattern="1-1-1-1", minutes=MAX_MINUTES).build(catalogue)
    assert len(with_holds) <= MAX_SEGMENTS


@pytest.mark.parametrize(
    "breaths", [MAX_SEGMENTS, 10**12, 10**100, 10**5000], ids=["cap", "1e12", "1e100", "1e5000"]
)
def test_the_compiler_refuses_over_the_cap_before_building(
    catalogue: Catalogue, breaths: int
) -> None:
    """Whoever the caller: a clear error, at once (10**100 breaths would never end)."""
    with pytest.raises(TimelineError, match=f"one session has at most {MAX_SEGMENTS}"):
        compile_pattern(BreathPattern.parse("1-0-1"), breaths, catalogue.prompts)


@pytest.mark.parametrize("breaths", [-1, 2.5, True, "3"])
def test_the_compiler_refuses_a_count_that_is_not_one(
    catalogue: Catalogue, breaths: object
) -> None:
    with pytest.raises(TimelineError, match="breaths: give a whole number, 0 or more"):
        compile_pattern(BreathPattern.parse("4-7-8"), breaths, catalogue.prompts)  # type: ignore[arg-type]


@pytest.mark.parametrize("prepare_s", [-1, math.nan, math.inf, 1e999, 61])
def test_the_compiler_refuses_a_countdown_out_of_range(
    catalogue: Catalogue, prepare_s: float
) -> None:
    pattern = BreathPattern.parse("4-7-8")
    with pytest.raises(TimelineError, match=r"a countdown of .* s: give 0 to 60 seconds"):
        compile_pattern(pattern, 1, catalogue.prompts, prepare_s)
    with pytest.raises(TimelineError):
        compile_exercises([catalogue.exercises["cobra"]], catalogue.prompts, prepare_s)


def test_planned_segments_bound_what_is_built(catalogue: Catalogue) -> None:
    everything = list(catalogue.exercises.values())
    for exercise in everything:
        built = len(compile_exercises([exercise], catalogue.prompts))
        assert built <= planned_segments([exercise]) <= built + 4 * 20 * 2  # zero holds
    assert len(compile_exercises(everything, catalogue.prompts)) <= planned_segments(everything)


def test_a_queue_over_the_cap_is_refused_before_building(catalogue: Catalogue) -> None:
    cobra = catalogue.exercises["cobra"]
    each = planned_segments([cobra]) - 1  # one "done" closes the whole queue
    many = [cobra] * (MAX_SEGMENTS // each + 1)
    assert planned_segments(many) > MAX_SEGMENTS
    with pytest.raises(TimelineError, match="this would play"):
        compile_exercises(many, catalogue.prompts)
    with pytest.raises(TimelineError):
        compile_exercises(iter(many), catalogue.prompts)  # any iterable, counted once


def test_the_builder_itself_stops_at_the_cap(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backstop under the plan: no path through the builder passes the cap."""
    from app.core import timeline

    monkeypatch.setattr(timeline, "MAX_SEGMENTS", 5)
    builder = timeline._Builder(catalogue.prompts)
    with pytest.raises(TimelineError):
        builder.breaths(BreathPattern.parse("1-1-1-1"), 2)
    assert len(builder.segments) == 5


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    pattern=st.sampled_from(["1-0-1", "4-7-8", "5-0-7-3", "60-60-60-60", "1-1-1-1"]),
    minutes=st.one_of(st.floats(min_value=-1, max_value=400), st.floats()),
    breaths=st.one_of(st.none(), st.integers(min_value=-5, max_value=10**6)),
)
def test_any_length_builds_a_bounded_timeline_or_a_clear_problem(
    catalogue: Catalogue, pattern: str, minutes: float, breaths: int | None
) -> None:
    request = Request(pattern=pattern, breaths=breaths, minutes=None if breaths else minutes)
    try:
        timeline = request.build(catalogue)
    except MessageError:
        return
    assert 2 <= len(timeline) <= MAX_SEGMENTS
    assert all(s.duration_ms >= 1_000 for s in timeline.segments[1:-1])
