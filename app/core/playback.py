"""Pure playback arithmetic: what to show at an elapsed time, and where "next" leads.

The player asks these functions; widgets render their answers. Keeping them here means the
feel of the pacer (easing, what counts as "the previous breath") is tested without Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from app.core.timeline import Kind, Segment, Timeline

# Within this much of a group's start, "previous" goes to the group before (media players'
# habit); later than that it restarts the current one.
RESTART_GRACE_MS = 2_000


class Level(StrEnum):
    """How far ``next``/``previous`` jump."""

    BREATH = "breath"
    SIDE = "side"
    EXERCISE = "exercise"


@dataclass(frozen=True, slots=True)
class Frame:
    """Everything a view needs at one moment, computed from one elapsed time."""

    index: int
    segment: Segment
    fraction: float  # through the current segment, 0.0 to 1.0
    position_ms: float
    total_ms: int

    @property
    def segment_left_ms(self) -> float:
        return max(0.0, self.segment.end_ms - self.position_ms)

    @property
    def total_left_ms(self) -> float:
        return max(0.0, self.total_ms - self.position_ms)

    @property
    def seconds_left(self) -> int:
        """Whole seconds left in the segment, as a countdown shows them (3, 2, 1)."""
        return math.ceil(self.segment_left_ms / 1000 - 1e-9)

    @property
    def total_seconds_left(self) -> int:
        """Whole seconds left in the session, counted down like a timer."""
        return math.ceil(self.total_left_ms / 1000 - 1e-9)

    @property
    def breath_label(self) -> str:
        """``3 / 5``, or for a countdown the number still to go (``18``)."""
        s = self.segment
        if s.breath is None or s.breaths is None:
            return ""
        if s.count_down:
            return str(s.breaths - s.breath + 1)
        return f"{s.breath} / {s.breaths}"

    @property
    def level(self) -> float:
        return breath_level(self.segment, self.fraction)

    @property
    def session_fraction(self) -> float:
        return min(1.0, self.position_ms / self.total_ms) if self.total_ms else 1.0


def frame_at(timeline: Timeline, position_ms: float) -> Frame:
    index = timeline.index_at(position_ms)  # one bisection per tick
    segment = timeline.segments[index]
    return Frame(index, segment, timeline.fraction_in(index, position_ms), position_ms,
                 timeline.total_ms)  # fmt: skip


def ease(fraction: float) -> float:
    """Sine ease-in-out: breath starts and ends softly, fastest in the middle."""
    return (1 - math.cos(math.pi * min(1.0, max(0.0, fraction)))) / 2


def breath_level(segment: Segment, fraction: float) -> float:
    """How full the lungs are drawn: 0 empty, 1 full. Holds keep the level they reached."""
    if segment.kind is Kind.INHALE:
        return ease(fraction)
    if segment.kind is Kind.HOLD_IN:
        return 1.0
    if segment.kind is Kind.EXHALE:
        return 1.0 - ease(fraction)
    return 0.0


def _key(segment: Segment, index: int, level: Level) -> tuple[object, ...]:
    if level is Level.EXERCISE:
        return (segment.exercise_index,)
    if level is Level.SIDE:
        return (segment.exercise_index, segment.rep, segment.side)
    # A breath (its in, holds and out) is one group; any other segment stands alone.
    if segment.breath is not None:
        return (segment.exercise_index, segment.rep, segment.side, segment.breaths, segment.breath)
    return ("segment", index)


def group_start(timeline: Timeline, index: int, level: Level) -> int:
    """The index of the first segment of the group ``index`` belongs to."""
    segments = timeline.segments
    key = _key(segments[index], index, level)
    while index > 0 and _key(segments[index - 1], index - 1, level) == key:
        index -= 1
    return index


def next_group_ms(timeline: Timeline, position_ms: float, level: Level) -> int:
    """Where "next" leads: the start of the following group, or the end."""
    segments = timeline.segments
    index = timeline.index_at(position_ms)
    key = _key(segments[index], index, level)
    for later in range(index + 1, len(segments)):
        if _key(segments[later], later, level) != key:
            return segments[later].start_ms
    return timeline.total_ms


def previous_group_ms(timeline: Timeline, position_ms: float, level: Level) -> int:
    """Where "previous" leads: this group's start, or the one before when just begun."""
    segments = timeline.segments
    first = group_start(timeline, timeline.index_at(position_ms), level)
    if position_ms - segments[first].start_ms > RESTART_GRACE_MS or first == 0:
        return segments[first].start_ms
    return segments[group_start(timeline, first - 1, level)].start_ms
