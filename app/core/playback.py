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
    """The group a segment belongs to at ``level``. By side, getting ready and the
    instructions into the pose (neither has a round or side) are one group before the
    first side, each "wait for me" hold (one before every side and round) a group of its
    own, and coming out one after the last: "next" from getting ready goes to the hold,
    and from the hold to the breaths; "previous" from the first side goes back to its
    hold. By breath, each instruction stands alone: "next" is the next step."""
    if level is Level.EXERCISE:
        return (segment.exercise_index,)
    if level is Level.SIDE:
        if segment.kind is Kind.WAIT:
            return ("wait", index)
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


@dataclass(frozen=True, slots=True)
class Resolution:
    """How finely a view shows time, in its own units (pixels): a smaller change is invisible.

    A view that draws the breath as a radius of ``level_offset + level_span * level`` whole
    pixels cannot show a change of the level until that sum crosses the next half pixel; a
    player told so can sleep until then instead of waking every display frame for nothing.
    A span of 0 means the view does not show that quantity.
    """

    level_offset: float = 0.0
    level_span: float = 0.0
    hold_span: float = 0.0  # along the progress of a hold
    phase_span: float = 0.0  # along the progress of any phase
    session_span: float = 0.0  # along the progress of the whole session
    seconds: bool = True  # whole seconds left, of the segment and of the session


def _level_fraction(level: float) -> float:
    """The inverse of :func:`ease`: where in a phase the eased level reaches ``level``."""
    return math.acos(1 - 2 * min(1.0, max(0.0, level))) / math.pi


def _next_step(value: float, span: float) -> float | None:
    """The next value (rising) at which ``round(value * span)`` changes, or None."""
    if span <= 0:
        return None
    return (math.floor(value * span + 0.5) + 0.5) / span


def next_change_ms(frame: Frame, resolution: Resolution) -> float:
    """The position of the next change a view of ``resolution`` can show, at most the
    segment's end.

    Used to schedule the next look at the clock: every answer is computed from the
    frame's position, so an early wake costs only one more look, never a wrong picture.
    """
    segment, position = frame.segment, frame.position_ms
    candidates = [float(segment.end_ms)]
    if resolution.seconds:
        # Countdowns change when the time left crosses a whole second.
        for left in (frame.segment_left_ms, frame.total_left_ms):
            step = left - math.floor(left / 1000 - 1e-9) * 1000
            candidates.append(position + (step if step > 1e-6 else 1000.0))
    fractions: list[float | None] = [_next_step(frame.fraction, resolution.phase_span)]
    if segment.kind in (Kind.HOLD_IN, Kind.HOLD_OUT):
        fractions.append(_next_step(frame.fraction, resolution.hold_span))
    elif segment.kind in (Kind.INHALE, Kind.EXHALE) and resolution.level_span > 0:
        units = resolution.level_offset + resolution.level_span * frame.level
        rising = segment.kind is Kind.INHALE
        target = math.floor(units + 0.5) + (0.5 if rising else -0.5)
        level = (target - resolution.level_offset) / resolution.level_span
        if 0.0 <= level <= 1.0:
            fractions.append(_level_fraction(level if rising else 1.0 - level))
    for fraction in fractions:
        if fraction is not None and fraction < 1.0:
            candidates.append(segment.start_ms + fraction * segment.duration_ms)
    session = _next_step(frame.session_fraction, resolution.session_span)
    if session is not None and frame.total_ms:
        candidates.append(session * frame.total_ms)
    return max(position, min(candidates))
