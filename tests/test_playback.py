"""Pure playback arithmetic: the next visible change is exactly when the picture changes."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.model import Catalogue
from app.core.playback import Frame, Resolution, ease, frame_at, next_change_ms
from app.core.requests import Request
from app.core.timeline import Kind, Timeline

# A pacer of radius 250 px on a 1200 px session bar, as PacerWidget reports it.
WIDE = Resolution(level_offset=105.0, level_span=145.0, hold_span=500.0, session_span=1200.0)
REDUCED = Resolution(phase_span=500.0, session_span=1200.0)


def picture(frame: Frame, res: Resolution) -> tuple[object, ...]:
    """What a view of ``res`` shows: the same rounding the pacer widget applies."""
    kind = frame.segment.kind
    hold = kind in (Kind.HOLD_IN, Kind.HOLD_OUT)
    return (
        frame.index,
        frame.seconds_left if res.seconds else None,
        frame.total_seconds_left if res.seconds else None,
        round(res.level_offset + res.level_span * frame.level) if res.level_span else None,
        round(frame.fraction * res.hold_span) if hold and res.hold_span else None,
        round(frame.fraction * res.phase_span) if res.phase_span else None,
        round(frame.session_fraction * res.session_span) if res.session_span else None,
    )


def _timeline(catalogue: Catalogue) -> Timeline:
    return Request(pattern="5.5-2-5.5-1.5", breaths=4, prepare_s=3).build(catalogue)


@settings(max_examples=300, deadline=None)
@given(st.floats(0, 1), st.sampled_from([WIDE, REDUCED]))
def test_nothing_visible_changes_before_the_answer_and_something_does_at_it(
    catalogue: Catalogue, where: float, res: Resolution
) -> None:
    timeline = _timeline(catalogue)
    position = where * (timeline.total_ms - 1)
    now = frame_at(timeline, position)
    change = next_change_ms(now, res)
    assert position <= change <= now.segment.end_ms
    shown = picture(now, res)
    for k in range(1, 20):  # sample the wait: the picture must stay the same
        between = position + (change - position) * k / 20 - 1e-6
        if between > position:
            assert picture(frame_at(timeline, between), res) == shown
    after = frame_at(timeline, min(change + 1e-3, timeline.total_ms))
    assert picture(after, res) != shown or change == now.segment.end_ms


def test_the_middle_of_a_breath_changes_often_its_ends_rarely(catalogue: Catalogue) -> None:
    timeline = Request(pattern="5.5-0-5.5", breaths=1, prepare_s=0).build(catalogue)
    no_clock = Resolution(level_span=145.0, seconds=False)
    middle = frame_at(timeline, 2_750)
    start = frame_at(timeline, 1)
    assert next_change_ms(middle, no_clock) - 2_750 < 16  # fastest: about 41 px/s
    assert next_change_ms(start, no_clock) - 1 > 150  # the ease lingers at the start


def test_ease_inverse_round_trips() -> None:
    from app.core.playback import _level_fraction

    for f in (0.0, 0.1, 0.25, 0.5, 0.9, 1.0):
        assert math.isclose(_level_fraction(ease(f)), f, abs_tol=1e-9)
