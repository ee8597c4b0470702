"""Pure playback arithmetic. That the next visible change is exactly when the picture
changes is checked against the real pacer widget (tests/test_pacer_widget.py)."""

from __future__ import annotations

import math

from app.core.model import Catalogue
from app.core.playback import Resolution, ease, frame_at, next_change_ms
from app.core.requests import Request


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
