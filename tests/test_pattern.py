"""Breath patterns: what is typed is what is played, to the millisecond, within bounds a
person can breathe (issue 16, item 5)."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.pattern import (
    MAX_BREATHS_IN_MINUTES,
    MAX_MINUTES,
    MAX_PHASE_MS,
    MIN_MINUTES,
    MIN_PHASE_MS,
    MINUTES_DECIMALS,
    BreathPattern,
    MinutesError,
    PatternError,
    number_text,
    parse_minutes,
    parse_pattern,
    with_decimal_mark,
)


@pytest.mark.parametrize(
    ("notation", "phases_ms"),
    [
        ("4-7-8", (4000, 7000, 8000, 0)),
        ("5-0-7-3", (5000, 0, 7000, 3000)),
        ("5.5-0-5.5-0", (5500, 0, 5500, 0)),
        (" 4-4-4-4 ", (4000, 4000, 4000, 4000)),
        ("60-60-60-60", (60000, 60000, 60000, 60000)),
        ("1-0-1", (1000, 0, 1000, 0)),
        ("1-1-1-1", (1000, 1000, 1000, 1000)),
        ("4.125-0-6.250", (4125, 0, 6250, 0)),
        ("4.1230000-0-6", (4123, 0, 6000, 0)),  # trailing zeros add no precision
        ("004-0-06", (4000, 0, 6000, 0)),
        # Spaces around the dashes, as around the whole pattern (one rule, review item 4).
        ("4 - 7 - 8", (4000, 7000, 8000, 0)),
        ("4- 7 -8", (4000, 7000, 8000, 0)),
        (" 5.5 - 0 - 5.5 - 0 ", (5500, 0, 5500, 0)),
        # The Dutch decimal mark, in any language (issue 19): the parts are separated by
        # dashes, so a comma is only ever a decimal mark.
        ("4,5-0-6", (4500, 0, 6000, 0)),
        ("5,5-0-5,5", (5500, 0, 5500, 0)),
        ("4,125-0-6.25", (4125, 0, 6250, 0)),  # each part its own mark
        (" 4,5 - 0 - 6 ", (4500, 0, 6000, 0)),
    ],
)
def test_parse(notation: str, phases_ms: tuple[int, int, int, int]) -> None:
    assert parse_pattern(notation).phases_ms() == phases_ms
    assert BreathPattern.parse(notation) == parse_pattern(notation)  # one way in


@pytest.mark.parametrize(
    ("notation", "message"),
    [
        # The example: each phase "longer than 0 s", each played as 0 ms.
        (
            "0.0004-0-0.0004",
            "pattern '0.0004-0-0.0004': the in-breath, 0.0004 s, is shorter than 1 s",
        ),
        ("4-0-0.0004", "pattern '4-0-0.0004': the out-breath, 0.0004 s, is shorter than 1 s"),
        (
            "4-0.0004-4",
            "the hold after breathing in, 0.0004 s, is shorter than 1 s (give 0 for no hold)",
        ),
        (
            "4-0-4-0.5",
            "the hold after breathing out, 0.5 s, is shorter than 1 s (give 0 for no hold)",
        ),
        ("0.999-0-4", "the in-breath, 0.999 s, is shorter than 1 s"),
        ("0-0-0", "pattern '0-0-0': the in-breath, 0 s, is shorter than 1 s"),
        ("4-0-0", "the out-breath, 0 s, is shorter than 1 s"),
        ("61-0-4", "the in-breath, 61 s, is longer than 60 s"),
        ("4-0-4-60.001", "the hold after breathing out, 60.001 s, is longer than 60 s"),
        (
            "4-0-4.0005",
            "4.0005 s has more than 3 decimals; phases are played in whole milliseconds",
        ),
        ("4-7", "pattern '4-7' has 2 part(s); expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD"),
        ("4-7-8-1-2", "has 5 part(s)"),
        ("-4-7-8", "pattern '-4-7-8': a phase cannot last a negative time"),
        ("4--7-8", "negative"),
        ("4 - -7 - 8", "negative"),
        ("- 4-7-8", "negative"),
        # A dash alone, or dashes with nothing between them: parts missing, not negative.
        ("-", "pattern '-': part 1 is missing; expected IN-HOLD-OUT or IN-HOLD-OUT-HOLD"),
        ("--", "pattern '--': part 1 is missing"),
        ("4-7-", "pattern '4-7-': part 3 is missing"),
        ("4-7--", "pattern '4-7--': part 3 is missing"),
        ("4 5-7-8", "'4 5' is not a number"),
        ("4-x-8", "pattern '4-x-8': 'x' is not a number of seconds (0 or more, e.g. 4 or 5.5)"),
        ("4-7-8e1", "'8e1' is not a number"),
        ("4-+7-8", "'+7' is not a number"),
        ("nan-0-4", "'nan' is not a number"),
        ("inf-0-4", "'inf' is not a number"),
        ("1e999-0-4", "'1e999' is not a number"),
        ("4-7-\u0668", "'\u0668' is not a number"),  # an Arabic-Indic 8: float() would take it
        ("4-\u202e7-8", "pattern '4-\\u202e7-8': '\\u202e7' is not a number"),  # shown escaped
        # Either mark, but one number has one mark at most, digits on both sides of it.
        ("4,5,5-0-5", "'4,5,5' is not a number"),
        ("4.5,5-0-5", "'4.5,5' is not a number"),
        (",5-0-5", "',5' is not a number"),
        ("5,-0-5", "'5,' is not a number"),
        ("4,7,8", "pattern '4,7,8' has 1 part"),  # commas do not separate parts
        ("4,0005-0-6", "4,0005 s has more than 3 decimals"),  # shown as typed
        ("0,5-0-4", "the in-breath, 0,5 s, is shorter than 1 s"),
        ("60,001-0-4", "the in-breath, 60,001 s, is longer than 60 s"),
        ("", "pattern: no pattern given"),
        ("   ", "pattern: no pattern given"),
        ("1" * 41 + "-0-4", "characters is too long for a pattern (at most 40)"),
    ],
)
def test_reject(notation: str, message: str) -> None:
    with pytest.raises(PatternError) as error:
        parse_pattern(notation)
    assert message in str(error.value)


def test_where_names_the_place() -> None:
    with pytest.raises(PatternError) as error:
        parse_pattern("0.0004-0-0.0004", "[pacer] pattern")
    assert str(error.value) == (
        "[pacer] pattern '0.0004-0-0.0004': the in-breath, 0.0004 s, is shorter than 1 s"
    )
    # The template keeps {where}, so the UI translates the whole sentence.
    assert error.value.message.template.startswith("{where} '{pattern}': ")


def test_a_long_text_is_shown_cut_short() -> None:
    with pytest.raises(PatternError) as error:
        parse_pattern("4-" * 5000)
    assert len(str(error.value)) < 200


def test_round_trip_and_cycle() -> None:
    pattern = parse_pattern("5.5-0-5.5-0")
    assert str(pattern) == "5.5-0-5.5"
    assert str(parse_pattern("5-0-7-3")) == "5-0-7-3"
    assert str(parse_pattern("4-7-8-0")) == "4-7-8"
    assert str(parse_pattern("59.999-0-1.001")) == "59.999-0-1.001"
    assert pattern.cycle_ms == 11_000


@pytest.mark.parametrize(
    "phases",
    [
        (0.0004, 0, 0.0004),
        (0, 0, 4),
        (4, 0.5, 4),
        (61, 0, 4),
        (math.nan, 0, 4),
        (math.inf, 0, 4),
        (-1, 0, 4),
        (4, 0, 4, -0.5),
        ("4", 0, 4),
        (True, 0, 4),
    ],
)
def test_a_pattern_out_of_bounds_cannot_be_constructed(phases: tuple[object, ...]) -> None:
    """Not even by code that skips the parser: so no breath of 0 ms exists downstream."""
    with pytest.raises(PatternError):
        BreathPattern(*phases)  # type: ignore[arg-type]


def test_construction_rounds_to_the_played_millisecond() -> None:
    assert BreathPattern(4.0004, 0, 6).phases_ms() == (4000, 0, 6000, 0)
    assert BreathPattern(4.0004, 0, 6) == parse_pattern("4-0-6")
    assert BreathPattern(5, 0, 7, 3) == parse_pattern("5-0-7-3")


@pytest.mark.parametrize(
    ("notation", "minutes", "breaths"),
    [("4-7-8", 1, 3), ("5-0-7-3", 10, 40), ("4-7-8", 0.1, 1), ("5.5-0-5.5-0", 5, 27)],
)
def test_minutes_to_whole_breaths(notation: str, minutes: float, breaths: int) -> None:
    assert parse_pattern(notation).breaths_in_minutes(minutes) == breaths


@pytest.mark.parametrize(
    "minutes", [0, -1, math.nan, math.inf, MAX_MINUTES + 0.1, 1e999, 0.05, 1.234, True]
)
def test_minutes_must_be_in_range(minutes: float) -> None:
    with pytest.raises(MinutesError):  # the one rule for minutes, parse_minutes
        parse_pattern("4-7-8").breaths_in_minutes(minutes)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        *[("0.1", 0.1), ("180", 180.0), ("2.50", 2.5), ("1.26", 1.26), (" 5 ", 5.0)],
        *[("007.2", 7.2), (1.26, 1.26), (5, 5.0), (179.99, 179.99)],
        *[("2,5", 2.5), ("1,26", 1.26), ("0,1", 0.1), (" 179,99 ", 179.99)],  # Dutch
    ],
)
def test_minutes_follow_one_rule(text: object, minutes: float) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize(
    "text",
    [
        *["1_0", "1e1", "nan", "inf", "\u0663", "5.", ".5", "1.234", "0.05", "0", "180.01"],
        *["+1", "-1", "0x10", "1,5,0", "1.5,0", ",5", "5,", "1,234", "0,05", "180,01"],
        *["", " ", "4 5", "0." + "0" * 5000 + "1"],
        *[0.30000000000000004, 10**400, math.nan, -0.0, True, None],
    ],
)
def test_minutes_outside_the_rule_are_refused_with_it(text: object) -> None:
    with pytest.raises(MinutesError) as error:
        parse_minutes(text, "--minutes")
    message = str(error.value)
    assert message.startswith("--minutes ") and len(message) < 200
    assert message.endswith("from 0.1 to 180, with at most 2 decimals (e.g. 5 or 2.5)")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.one_of(st.text(max_size=12), st.floats(), st.integers(-(10**30), 10**30)))
def test_any_minutes_are_a_length_the_spin_box_holds_or_a_clear_problem(value: object) -> None:
    try:
        minutes = parse_minutes(value)
    except MinutesError:
        return
    assert MIN_MINUTES <= minutes <= MAX_MINUTES
    assert round(minutes, MINUTES_DECIMALS) == minutes


def test_the_fastest_pattern_for_the_longest_time_is_bounded() -> None:
    fastest = parse_pattern("1-0-1")
    assert fastest.breaths_in_minutes(MAX_MINUTES) == MAX_BREATHS_IN_MINUTES == 5_400


def test_the_books_patterns_all_pass(catalogue: object) -> None:
    """Every pattern in exercises.yaml is inside the bounds (the loader would say if not)."""
    from app.core.model import BreathBlock, Catalogue

    assert isinstance(catalogue, Catalogue)
    patterns = [p.pattern for p in catalogue.presets.values()]
    for exercise in catalogue.exercises.values():
        patterns += [b.pattern for b in exercise.guidance.blocks if isinstance(b, BreathBlock)]
    assert len(patterns) > 20
    for pattern in patterns:
        assert parse_pattern(str(pattern)) == pattern


# -- generated text: a pattern within bounds, or a clear problem; never anything else ------

_plausible = st.one_of(
    st.integers(min_value=0, max_value=70).map(str),
    st.integers(min_value=1, max_value=60).map(str),
    st.builds(
        lambda f, places: f"{f:.{places}f}",
        st.floats(min_value=0, max_value=70),
        st.sampled_from([1, 1, 2, 3, 3, 4]),
    ),
    st.floats(min_value=0, max_value=0.01).map(lambda f: f"{f:.6f}"),  # tiny
    st.sampled_from(["0", "1", "0.0004", "0.999", "1.000", "60", "60.000", "60.0004"]),
)
_odd = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["1e999", "-0", ".5", "5.", "nan", "inf", "1_000", "0x10", "4,5", " 4"]),
    st.text(st.characters(categories=["Nd"]), min_size=1, max_size=3),  # any script's digits
    st.text(max_size=4),
)


@st.composite
def _pattern_text(draw: st.DrawFn) -> str:
    count = draw(st.sampled_from([3, 3, 3, 4, 4, 4, 0, 1, 2, 5, 9]))  # mostly 3 or 4 phases
    part = st.one_of(*[_plausible] * 8, _odd)
    parts = draw(st.lists(part, min_size=count, max_size=count))
    separator = draw(st.sampled_from(["-"] * 12 + [" - ", "\u2212", "--", ""]))
    return draw(st.sampled_from(["", "", "", "", " ", "\u200b"])) + separator.join(parts)


def _exact_ms(part: str) -> int | None:
    try:
        return int(Decimal(part.replace(",", ".")) * 1000)
    except (InvalidOperation, ValueError):
        return None


@pytest.mark.slow  # 300 generated patterns: about 1.4 s here
@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.one_of(_pattern_text(), _pattern_text(), _pattern_text(), st.text(max_size=60)))
def test_any_text_gives_a_bounded_pattern_or_a_clear_problem(text: str) -> None:
    try:
        pattern = parse_pattern(text, "--pattern")
    except PatternError as error:
        message = str(error)
        assert message.startswith("--pattern"), message
        assert "\n" not in message and len(message) < 300
        assert not any(ch in message for ch in "\u200b\u202e\u2066")  # shown escaped
        return
    phases = pattern.phases_ms()
    for index, ms in enumerate(phases):
        assert isinstance(ms, int)
        if index in (1, 3) and ms == 0:
            continue
        assert MIN_PHASE_MS <= ms <= MAX_PHASE_MS, (text, phases)
    assert pattern.cycle_ms >= 2 * MIN_PHASE_MS
    # What is played is exactly what was typed.
    typed = [_exact_ms(part) for part in text.strip().split("-")]
    assert tuple(typed + [0] * (4 - len(typed))) == phases
    assert parse_pattern(str(pattern)) == pattern
    assert 1 <= pattern.breaths_in_minutes(MAX_MINUTES) <= MAX_BREATHS_IN_MINUTES


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(10**30), 10**30)),
        min_size=3,
        max_size=4,
    )
)
def test_any_numbers_construct_a_bounded_pattern_or_a_clear_problem(
    phases: list[float],
) -> None:
    try:
        pattern = BreathPattern(*phases)
    except PatternError as error:
        assert str(error).startswith("pattern '")
        return
    assert pattern.cycle_ms >= 2 * MIN_PHASE_MS
    assert all(ms == 0 or MIN_PHASE_MS <= ms <= MAX_PHASE_MS for ms in pattern.phases_ms())


_breath_ms = st.integers(min_value=MIN_PHASE_MS, max_value=MAX_PHASE_MS)
_hold_ms = st.one_of(st.just(0), _breath_ms)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_breath_ms, _hold_ms, _breath_ms, _hold_ms, st.booleans(), st.booleans())
def test_every_pattern_within_bounds_is_accepted_and_played_exactly(
    inhale: int, hold_in: int, exhale: int, hold_out: int, three: bool, padded: bool
) -> None:
    phases = [inhale, hold_in, exhale] + ([] if three and hold_out == 0 else [hold_out])

    def seconds(ms: int) -> str:
        return f"{ms // 1000}.{ms % 1000:03d}" if padded else f"{ms / 1000:g}"

    pattern = parse_pattern("-".join(seconds(ms) for ms in phases))
    assert pattern.phases_ms() == (inhale, hold_in, exhale, hold_out)


# -- decimal marks (issue 19): either mark in, the language's mark out ---------------------

_MARK = st.sampled_from([".", ","])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_breath_ms, _hold_ms, _breath_ms, _hold_ms, _MARK, _MARK)
def test_a_pattern_shown_with_either_mark_reads_back_as_itself(
    inhale: int, hold_in: int, exhale: int, hold_out: int, shown: str, typed: str
) -> None:
    """What the pacer shows in Dutch ("5,5-0-5,5") can be typed back, and what is typed
    with either mark is the same pattern, to the millisecond."""
    pattern = BreathPattern(inhale / 1000, hold_in / 1000, exhale / 1000, hold_out / 1000)
    text = pattern.notation(shown)
    assert ("," in text) == (shown == "," and any(ms % 1000 for ms in pattern.phases_ms()))
    assert "." not in text or shown == "."
    assert parse_pattern(text) == pattern
    assert parse_pattern(with_decimal_mark(text, typed)) == pattern
    assert with_decimal_mark(text, ".") == str(pattern)  # what files and settings keep


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.integers(min_value=10, max_value=18_000), _MARK, st.booleans())
def test_minutes_typed_with_either_mark_are_the_same_length(
    hundredths: int, mark: str, padded: bool
) -> None:
    whole, part = divmod(hundredths, 100)
    text = f"{whole}{mark}{part:02d}" if padded or part else str(whole)
    assert parse_minutes(text) == hundredths / 100
    assert parse_minutes(number_text(hundredths / 100, mark)) == hundredths / 100


@pytest.mark.parametrize(
    ("value", "mark", "text"),
    [
        (5.5, ",", "5,5"),
        (5.5, ".", "5.5"),
        (180.0, ",", "180"),
        (0.1, ",", "0,1"),
        (59.999, ",", "59,999"),
        (1.26, ",", "1,26"),
    ],
)
def test_numbers_are_shown_shortest_with_the_mark(value: float, mark: str, text: str) -> None:
    assert number_text(value, mark) == text


def test_the_dutch_presets_read_as_the_field_shows_them(catalogue: object) -> None:
    """The issue's example: the Dutch preset is named "5,5-0-5,5"; the field shows its
    pattern the same way, and that text plays."""
    from app.core.model import Catalogue

    assert isinstance(catalogue, Catalogue)
    resonance = catalogue.presets["resonance"]
    shown = resonance.pattern.notation(",")
    assert shown in resonance.name.nl and shown == "5,5-0-5,5"
    assert parse_pattern(shown) == resonance.pattern
    assert parse_pattern("4,5-0-6").phases_ms() == (4500, 0, 6000, 0)


def test_only_the_two_marks_the_parser_reads_are_shown() -> None:
    with pytest.raises(ValueError):
        number_text(5.5, "\u066b")  # the Arabic decimal separator: not read back
    with pytest.raises(ValueError):
        with_decimal_mark("5.5-0-5.5", "'")
