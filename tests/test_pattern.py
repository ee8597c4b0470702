from __future__ import annotations

import pytest

from app.core.pattern import BreathPattern, PatternError


@pytest.mark.parametrize(
    ("notation", "phases_ms"),
    [
        ("4-7-8", (4000, 7000, 8000, 0)),
        ("5-0-7-3", (5000, 0, 7000, 3000)),
        ("5.5-0-5.5-0", (5500, 0, 5500, 0)),
        (" 4-4-4-4 ", (4000, 4000, 4000, 4000)),
        ("60-60-60-60", (60000, 60000, 60000, 60000)),
    ],
)
def test_parse(notation: str, phases_ms: tuple[int, int, int, int]) -> None:
    assert BreathPattern.parse(notation).phases_ms() == phases_ms


@pytest.mark.parametrize(
    ("notation", "says"),
    [
        ("4-7", "has 2 part(s)"),
        ("4-7-8-1-2", "has 5 part(s)"),
        ("-4-7-8", "negative"),
        ("4--7-8", "negative"),
        ("4-x-8", "hold part 'x' is not a number"),
        ("4-7-8e1", "is not a number"),
        ("4-+7-8", "is not a number"),
        ("0-0-0", "must both last longer than 0 s"),
        ("4-0-0", "must both last longer than 0 s"),
        ("61-0-4", "longer than 60 s"),
        ("nan-0-4", "is not a number"),
    ],
)
def test_reject(notation: str, says: str) -> None:
    with pytest.raises(PatternError) as error:
        BreathPattern.parse(notation)
    assert says in str(error.value)


def test_round_trip_and_cycle() -> None:
    pattern = BreathPattern.parse("5.5-0-5.5-0")
    assert str(pattern) == "5.5-0-5.5"
    assert str(BreathPattern.parse("5-0-7-3")) == "5-0-7-3"
    assert str(BreathPattern.parse("4-7-8-0")) == "4-7-8"
    assert pattern.cycle_ms == 11_000


@pytest.mark.parametrize(
    ("notation", "minutes", "breaths"),
    [("4-7-8", 1, 3), ("5-0-7-3", 10, 40), ("4-7-8", 0.1, 1), ("5.5-0-5.5-0", 5, 27)],
)
def test_minutes_to_whole_breaths(notation: str, minutes: float, breaths: int) -> None:
    assert BreathPattern.parse(notation).breaths_in_minutes(minutes) == breaths


@pytest.mark.parametrize("minutes", [0, -1, float("nan"), float("inf")])
def test_minutes_must_be_positive(minutes: float) -> None:
    with pytest.raises(PatternError):
        BreathPattern.parse("4-7-8").breaths_in_minutes(minutes)
