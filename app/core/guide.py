"""What the guided session player says around the pacer, computed from the timeline.

"Exercise 3 of 8 · 12:40 left", "next: Cobra", which instruction to highlight, and the
bookmark that lets a session closed halfway resume at the same exercise, round and side.
All of it is arithmetic on segments, so it lives here and is tested without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.model import Exercise
from app.core.playback import Frame
from app.core.timeline import Kind, Segment, Side, Timeline


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a guided session stands, as the player view shows it."""

    exercise_id: str | None
    number: int  # 1-based, 0 before the first exercise
    count: int
    next_id: str | None
    left_ms: float
    side: Side | None
    rep: int | None
    rounds: int
    step: int | None  # 0-based index into the exercise's steps to highlight


def exercise_ids(timeline: Timeline) -> list[str]:
    """The exercises a timeline plays, in order (a repeated exercise counts each time)."""
    ids: list[str] = []
    last: int | None = None
    for segment in timeline.segments:
        if segment.exercise_index is not None and segment.exercise_index != last:
            last = segment.exercise_index
            ids.append(segment.exercise or "")
    return ids


def current_step(exercise: Exercise, segment: Segment) -> int | None:
    """The instruction that goes with a segment (0-based), or None (a rest, the end).

    The compiler decides it from the catalogue and keeps it in the segment
    (``Segment.step``): the first step while getting into position, each instruction of
    getting into the pose while it plays, the one the guidance names for turning to the
    other side, for each side, block and breath phase.
    """
    step = segment.step
    if step is None or not 0 <= step < len(exercise.steps):
        return None
    return step


def progress_at(frame: Frame, order: Sequence[str], exercises: dict[str, Exercise]) -> Progress:
    """``order`` is :func:`exercise_ids` of the same timeline (computed once per session)."""
    segment = frame.segment
    index = segment.exercise_index
    exercise = exercises.get(segment.exercise or "")
    number = (index + 1) if index is not None else (len(order) if segment.kind is Kind.DONE else 0)
    following = (index + 1) if index is not None else 0
    next_id = order[following] if following < len(order) and segment.kind is not Kind.DONE else None
    return Progress(
        exercise_id=segment.exercise,
        number=number,
        count=len(order),
        next_id=next_id,
        left_ms=frame.total_left_ms,
        side=segment.side,
        rep=segment.rep,
        rounds=exercise.guidance.rounds if exercise else 1,
        step=current_step(exercise, segment) if exercise else None,
    )


@dataclass(frozen=True, slots=True)
class Bookmark:
    """Enough to find the same place again in a newly compiled timeline of the same queue."""

    exercises: tuple[str, ...]
    exercise_index: int
    rep: int | None = None
    side: Side | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "exercises": list(self.exercises),
            "exercise_index": self.exercise_index,
            "rep": self.rep,
            "side": self.side.value if self.side else None,
        }

    MAX_EXERCISES = 500  # a bookmark never asks to compile more than this
    MAX_ID_CHARS = 200
    MAX_REP = 1000

    @classmethod
    def from_dict(cls, data: object) -> Bookmark | None:
        """None for anything that is not a bookmark this version wrote: wrong types
        (``true`` is not an index, a list is not a side), or sizes no session has."""
        if not isinstance(data, dict):
            return None
        ids, index = data.get("exercises"), data.get("exercise_index")
        rep, side = data.get("rep"), data.get("side")
        if not (isinstance(ids, list) and 0 < len(ids) <= cls.MAX_EXERCISES):
            return None
        if not all(isinstance(i, str) and 0 < len(i) <= cls.MAX_ID_CHARS for i in ids):
            return None
        if type(index) is not int or not 0 <= index < len(ids):
            return None
        if rep is not None and (type(rep) is not int or not 1 <= rep <= cls.MAX_REP):
            return None
        if side is not None and not (isinstance(side, str) and side in {s.value for s in Side}):
            return None
        return cls(tuple(ids), index, rep, Side(side) if side else None)


def bookmark_at(timeline: Timeline, order: Sequence[str], position_ms: float) -> Bookmark | None:
    """The exercise, round and side being played at ``position_ms``; None when done."""
    segment, _ = timeline.at(position_ms)
    if segment.kind is Kind.DONE or segment.exercise_index is None:
        return None
    if segment.kind in (Kind.PREPARE, Kind.SETUP):
        # still getting into position: start it over
        return Bookmark(tuple(order), segment.exercise_index)
    if segment.kind is Kind.WAIT:  # in position, waiting for the person: wait there again
        return Bookmark(tuple(order), segment.exercise_index, segment.rep, segment.side)
    if segment.kind is Kind.COME_OUT:  # its breaths are done: resume with the next one
        following = segment.exercise_index + 1
        return Bookmark(tuple(order), following) if following < len(order) else None
    rep = segment.rep
    side = segment.side
    if segment.kind is Kind.REST:  # resting after a round: resume with the next one
        rep = (rep or 0) + 1
    return Bookmark(tuple(order), segment.exercise_index, rep, side)


def resume_ms(timeline: Timeline, bookmark: Bookmark) -> int:
    """Where to start again: the exercise's ``prepare`` and its instructions for a
    bookmark of a whole exercise; for a round or side, that round's or side's first
    segment: its "switch sides", its wait (with "wait for me"), or its first breath
    (getting ready and the instructions are not played again)."""
    first: Segment | None = None
    for segment in timeline.segments:
        if segment.exercise_index != bookmark.exercise_index:
            continue
        if first is None:
            first = segment
        if bookmark.rep is None:
            break
        if (
            segment.kind not in (Kind.PREPARE, Kind.SETUP, Kind.COME_OUT)
            and segment.rep == bookmark.rep
            and (bookmark.side is None or segment.side is bookmark.side)
        ):
            # The side's first segment; for a left side, its "switch sides" countdown.
            return segment.start_ms
    return first.start_ms if first is not None else 0
