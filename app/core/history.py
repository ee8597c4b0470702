"""What was practised: sessions and their exercises as recorded, and what follows from them
(minutes per week, the streak, the pain trend, and when to move on in the book).

Pure Python, so the rules are tested on made-up histories; ``history_db`` stores these
records in SQLite, and the Qt side only shows them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.core.problems import QT_TRANSLATE_NOOP, Message
from app.core.timeline import Kind, Timeline


class Outcome(StrEnum):
    FINISHED = "finished"
    STOPPED = "stopped"  # stopped early on purpose
    # No outcome stored: the app closed (or was killed) while it played.


class Done(StrEnum):
    COMPLETED = "completed"
    PARTLY = "partly"
    SKIPPED = "skipped"


class Feeling(StrEnum):
    GOOD = "good"
    TOO_HARD = "too_hard"
    HURT = "hurt"


PAIN_SCALE = range(0, 11)  # the numeric rating scale, 0 = no pain, 10 = the worst imaginable


@dataclass(frozen=True, slots=True)
class ExerciseRecord:
    position: int  # its place in the session, from 0
    exercise: str
    done: Done = Done.SKIPPED
    segments_done: int = 0
    segments: int = 0
    sides_done: tuple[str, ...] = ()
    rounds_done: int = 0
    rounds: int = 1
    feeling: Feeling | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    # The order of recording: each new session gets a larger id than every one before it
    # (see ``history_db``). The rules below order by it, never by ``started``.
    id: int
    started: datetime  # local time, naive: what the computer's calendar said then
    ended: datetime | None = None
    program: str | None = None
    queued: tuple[str, ...] = ()
    outcome: Outcome | None = None
    played_ms: int = 0
    pain_before: int | None = None
    pain_after: int | None = None
    exercises: tuple[ExerciseRecord, ...] = field(default=())
    # What was left out of ``program`` at the start because it hurt last time ("Skip what
    # hurt?"): following the app's own advice keeps the session the programme's, so it
    # counts toward moving on (:func:`suggest`), and the list says what was left out.
    skipped: tuple[str, ...] = ()

    @property
    def minutes(self) -> float:
        return self.played_ms / 60_000

    @property
    def interrupted(self) -> bool:
        """The app closed while it played (no outcome was ever written)."""
        return self.outcome is None


# -- recording a session while it plays ------------------------------------------------


# What an exercise is done by: its breaths and timed steps. Getting into the pose (prepare,
# its instructions, a "wait for me" hold), changing sides, resting and coming out are not:
# an exercise skipped during its instructions was not done, and one whose way out was
# skipped was.
WORK = {Kind.INHALE, Kind.HOLD_IN, Kind.EXHALE, Kind.HOLD_OUT, Kind.STEP}


class Tracker:
    """Follows the player's segment changes and says what each exercise has done.

    A segment counts as done when the session moves on from it by itself (the next one
    begins, or the session ends); a jump (skip, previous) leaves the segment it came from
    undone. So stopping halfway or skipping ahead is recorded as it happened.
    """

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._current: int | None = None
        self._done: set[int] = set()
        self.played_ms = 0  # the length of the segments done: time practised, not skipped
        # Per exercise position: the indices of its work segments.
        self._work: dict[int, list[int]] = {}
        self.ids: list[str] = []
        for index, segment in enumerate(timeline.segments):
            if segment.exercise_index is None:
                continue
            while len(self.ids) <= segment.exercise_index:
                self.ids.append(segment.exercise or "")
                self._work[len(self.ids) - 1] = []
            if segment.kind in WORK:
                self._work[segment.exercise_index].append(index)

    def moved_to(self, index: int) -> list[int]:
        """The player shows segment ``index`` now; returns the exercise positions whose
        record changed."""
        changed: list[int] = []
        previous = self._current
        if previous is not None and index == previous + 1 and previous not in self._done:
            self._done.add(previous)
            self.played_ms += self._timeline.segments[previous].duration_ms
            position = self._timeline.segments[previous].exercise_index
            if position is not None and previous in self._work.get(position, ()):
                changed.append(position)
        self._current = index
        return changed

    def record(self, position: int) -> ExerciseRecord:
        work = self._work.get(position, [])
        done = [i for i in work if i in self._done]
        segments = self._timeline.segments
        reps = sorted({segments[i].rep or 1 for i in work})
        sides = sorted({side.value for i in work if (side := segments[i].side) is not None})
        rounds_done = sum(
            1 for rep in reps if all(i in self._done for i in work if (segments[i].rep or 1) == rep)
        )
        sides_done = tuple(
            side for side in sides if all(i in self._done for i in work if segments[i].side == side)
        )
        if work and len(done) == len(work):
            state = Done.COMPLETED
        elif done:
            state = Done.PARTLY
        else:
            state = Done.SKIPPED
        return ExerciseRecord(
            position=position,
            exercise=self.ids[position],
            done=state,
            segments_done=len(done),
            segments=len(work),
            sides_done=sides_done,
            rounds_done=rounds_done,
            rounds=max(1, len(reps)),
        )

    def records(self) -> list[ExerciseRecord]:
        return [self.record(position) for position in range(len(self.ids))]


# -- which dates can be trusted -------------------------------------------------------

# How far a date may lie after the present (or after a session recorded later) before it
# is suspect. A day: daylight saving moves the clock an hour and a flight across time zones
# up to a day; a calendar further off than that was wrong when the session was recorded.
SUSPECT_AHEAD = timedelta(days=1)


def in_recording_order(sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    return sorted(sessions, key=lambda s: s.id)


def end_of(today: date) -> datetime:
    """The moment the rules for a day look from: its last microsecond."""
    return datetime.combine(today, time.max)


def suspect(sessions: Iterable[SessionRecord], now: datetime) -> set[int]:
    """The ids of sessions whose date cannot be right, given the order they were recorded in.

    Time only moves forward, so in recording order the dates should never go back. When
    they do, the computer's clock was wrong for some of them, and the longest run of dates
    that does go forward and ends at ``now`` is taken as the truth (the present clock and
    the most sessions agree with it); each session off that run is suspect when its date
    lies more than :data:`SUSPECT_AHEAD` after the next session of the run (or after
    ``now``), or that much before the run's previous one. So a session dated 30 days ahead
    stays suspect after the clock is put right, and a few dated in the past by a clock set
    back do not make the whole history before them suspect.

    Why they are not deleted or re-dated: the date is all the history knows; a suspect
    session is shown with a note, and left out of the streak, the minutes per week, the
    pain chart, the "practised today" of the reminder and the rule for moving on.
    """
    ordered = in_recording_order(sessions)
    # The longest non-decreasing run of dates (patience sorting, O(n log n)); dates after
    # ``now`` cannot be on a run that ends at ``now``.
    tails: list[datetime] = []  # tails[k]: the smallest last date of a run of length k + 1
    tail_at: list[int] = []
    before: dict[int, int | None] = {}
    for i, s in enumerate(ordered):
        if s.started > now:
            continue
        k = bisect_right(tails, s.started)
        before[i] = tail_at[k - 1] if k else None
        if k == len(tails):
            tails.append(s.started)
            tail_at.append(i)
        else:
            tails[k] = s.started
            tail_at[k] = i
    run: list[int] = []
    at = tail_at[-1] if tail_at else None
    while at is not None:
        run.append(at)
        at = before[at]
    run.reverse()
    on_run = set(run)
    out: set[int] = set()
    for i, s in enumerate(ordered):
        if i in on_run:
            continue
        k = bisect_left(run, i)
        after = ordered[run[k]].started if k < len(run) else now
        earlier = ordered[run[k - 1]].started if k else None
        if s.started > after + SUSPECT_AHEAD or (
            earlier is not None and s.started < earlier - SUSPECT_AHEAD
        ):
            out.add(s.id)
    return out


def trusted(sessions: Iterable[SessionRecord], now: datetime) -> list[SessionRecord]:
    """The sessions whose dates the rules may count on, in recording order."""
    ordered = in_recording_order(sessions)
    bad = suspect(ordered, now)
    return [s for s in ordered if s.id not in bad]


# -- what the history shows ------------------------------------------------------------


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())  # Monday, as in the Netherlands


def minutes_per_week(
    sessions: Iterable[SessionRecord], today: date, weeks: int = 8
) -> list[tuple[date, float]]:
    """(Monday, minutes practised) for the last ``weeks`` weeks, oldest first."""
    this_week = week_start(today)
    starts = [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    totals = dict.fromkeys(starts, 0.0)
    for session in trusted(sessions, end_of(today)):
        monday = week_start(session.started.date())
        if monday in totals:
            totals[monday] += session.minutes
    return list(totals.items())


def days_practised(sessions: Iterable[SessionRecord], today: date) -> set[date]:
    return {s.started.date() for s in trusted(sessions, end_of(today)) if s.played_ms > 0}


def streak(sessions: Iterable[SessionRecord], today: date) -> int:
    """Days in a row with practice, up to today (or yesterday: today is not over yet)."""
    days = days_practised(sessions, today)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def pain_trend(
    sessions: Iterable[SessionRecord], today: date
) -> list[tuple[datetime, int | None, int | None]]:
    """(start, pain before, pain after) for sessions with a check-in, oldest first (a
    suspect date would put a point where it does not belong, so those are left out)."""
    rows = [
        (s.started, s.pain_before, s.pain_after)
        for s in trusted(sessions, end_of(today))
        if s.pain_before is not None or s.pain_after is not None
    ]
    return sorted(rows, key=lambda row: row[0])


def hurt(sessions: Iterable[SessionRecord]) -> dict[str, datetime]:
    """Exercises whose latest feeling was "hurt", with when: flagged until a later
    session says otherwise.

    "Latest" is the latest *recorded*, never the latest date: after the clock was once a
    month ahead, today's "it hurt" must still win over that month-ahead "felt good". A
    suspect date does not matter here, the feeling does, so every session counts.
    """
    latest: dict[str, tuple[datetime, Feeling]] = {}
    for session in in_recording_order(sessions):
        for record in sorted(session.exercises, key=lambda r: r.position):
            if record.feeling is not None:
                latest[record.exercise] = (session.started, record.feeling)
    return {eid: when for eid, (when, feeling) in latest.items() if feeling is Feeling.HURT}


# -- moving on through the book --------------------------------------------------------

# The book's path through its practice chapters is the catalogue's (``path`` in
# exercises.yaml, ``Catalogue.path``): the functions below are given it.


@dataclass(frozen=True, slots=True)
class Rule:
    """When the next step is suggested: ``sessions`` finished sessions of the current
    program within ``days`` days, none of them with more pain after than before."""

    sessions: int = 5
    days: int = 14

    def describe(self) -> Message:
        return Message.of(
            QT_TRANSLATE_NOOP(
                "Problem",
                "The next phase is suggested after {sessions} finished sessions of the "
                "current programme within {days} days, none with more pain afterwards than "
                "before; skipping what hurt still counts.",
            ),
            sessions=self.sessions,
            days=self.days,
        )


@dataclass(frozen=True, slots=True)
class Suggestion:
    current: str
    next: str
    reason: Message


def current_program(sessions: Sequence[SessionRecord], path: Sequence[str]) -> str | None:
    """The furthest program on the book's ``path`` that has been practised."""
    practised = {s.program for s in sessions if s.program in path and s.played_ms > 0}
    for program in reversed(path):
        if program in practised:
            return program
    return None


def suggest(
    sessions: Sequence[SessionRecord], path: Sequence[str], now: datetime, rule: Rule = Rule()
) -> Suggestion | None:
    """The next program on ``path``, when the current one has been practised comfortably."""
    current = current_program(sessions, path)
    if current is None or current == path[-1]:
        return None
    since = now - timedelta(days=rule.days)
    recent = [
        s
        for s in trusted(sessions, now)
        if s.program == current and s.outcome is Outcome.FINISHED and s.started >= since
    ]
    worse = [
        s
        for s in recent
        if s.pain_before is not None and s.pain_after is not None and s.pain_after > s.pain_before
    ]
    if len(recent) < rule.sessions or worse:
        return None
    following = path[path.index(current) + 1]
    reason = Message.of(
        QT_TRANSLATE_NOOP(
            "Problem",
            "You finished this programme {count} times in the last {days} days, and your "
            "pain was never higher afterwards than before.",
        ),
        count=len(recent),
        days=rule.days,
    )
    return Suggestion(current, following, reason)


def program_of(ids: Sequence[str], programs: Mapping[str, Sequence[str]]) -> str | None:
    """The book program a queue is, exactly (a changed queue is nobody's program). A
    session shortened by "Skip what hurt?" is the program of the list it started from: the
    caller passes that list (``SessionHost.load``'s ``started_from``)."""
    for program, items in programs.items():
        if list(items) == list(ids):
            return program
    return None


# -- the daily reminder ----------------------------------------------------------------


def next_reminder(now: datetime, at: time) -> datetime:
    """The next moment the reminder is due: today at ``at``, or tomorrow if that passed."""
    today = datetime.combine(now.date(), at)
    return today if today > now else today + timedelta(days=1)


def reminder_due(due: datetime, now: datetime, at: time) -> tuple[bool, datetime]:
    """Whether the reminder planned for ``due`` shows at ``now``, and when the next one is.

    A clock put back (it was a month ahead, or the person changed it) would otherwise keep
    the reminder waiting for the old moment, a month away: the plan is never later than
    the next ``at`` as the clock says now.
    """
    upcoming = next_reminder(now, at)
    if now >= due:
        return True, upcoming
    return False, min(due, upcoming)


def reminder_missed(now: datetime, at: time, sessions: Iterable[SessionRecord]) -> bool:
    """At start-up without a tray: today's reminder time has passed and nothing has been
    practised today, so the reminder shows now instead."""
    today = now.date()
    return now >= datetime.combine(today, at) and today not in days_practised(sessions, today)


SNOOZE_DAYS = 7


def snooze_holds(until: date, today: date) -> bool:
    """A suggestion put off until ``until`` stays quiet today. A snooze can be at most
    :data:`SNOOZE_DAYS` ahead: one further off was made by a clock that was ahead, and
    would keep the suggestion away for as long as the clock was wrong."""
    return today < until <= today + timedelta(days=SNOOZE_DAYS)


def program_for_today(sessions: Sequence[SessionRecord], path: Sequence[str]) -> str | None:
    """What a reminder offers: the program the person is on, or the first on ``path``
    (None: a catalogue without a path)."""
    return current_program(sessions, path) or (path[0] if path else None)
