"""Time is data: everything the app plays is compiled into an immutable list of segments.

Playing is then a pure lookup, ``timeline.at(elapsed_ms)``, against one monotonic clock.
Nothing ever adds up tick intervals, so nothing can drift; pause, skip and resume are
offsets into the same list; and the ``timeline`` command prints exactly what the player
would play.
"""

from __future__ import annotations

import bisect
import math
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.core.model import (
    BREATH_PHASES,
    DEFAULT_SETUP_S,
    DEFAULT_SWITCH_S,
    Block,
    BreathBlock,
    Catalogue,
    Exercise,
    Position,
    Program,
    Prompts,
    Sides,
    StepBlock,
    TimedBlock,
)
from app.core.model import Kind as Kind  # re-exported: what a segment is
from app.core.pattern import BreathPattern
from app.core.problems import QT_TRANSLATE_NOOP, MessageError
from app.core.text import Text

# The defaults; an exercise can give its own (``guidance.switch_s`` and ``setup_s``).
SWITCH_SIDE_MS = round(DEFAULT_SWITCH_S * 1000)  # turning to the other side
SAME_POSITION_MS = round(DEFAULT_SETUP_S * 1000)  # getting set up without changing position
# Changing position costs this much more than staying in it, and more per level up or down.
NEW_POSITION_MS = 8_000
PER_LEVEL_MS = 6_000
# Where a guided session starts from: the person is at the laptop.
START_POSITION = Position.SEATED_ON_CHAIR
# Getting ready shows the exercise's caution (``Segment.note``): the person needs the time
# to read it, at this many words a second (180 a minute, a careful reading pace), on top of
# getting into the position. Counted in the longer of the two languages, so the timeline
# is the same whichever one is shown.
READING_WORDS_PER_S = 3
# The most segments one timeline may have, whoever asks. The largest timeline a person can
# ask for is far below: 180 minutes of the fastest pattern (1-0-1) is 10 802 segments, the
# book's longest program 190, its whole catalogue in one queue 757. Compiling the cap
# (49 998 segments) took 0.2-0.5 s and 9.7 MB at its peak on a busy 2-core host
# (time.perf_counter, tracemalloc); refusing more is arithmetic on the plan, not a build.
MAX_SEGMENTS = 50_000
MAX_PREPARE_S = 60.0
# "Wait for me": after the person says ready, this long of ``prompts.ready`` before the
# first breath, so the breath in does not start on the key press.
READY_MS = 3_000
# Doing one instruction of getting into or out of the pose, on top of reading it: one small
# move (a hand onto the ribs, a knee bent, the hips lifted) takes a person on the floor
# about one calm breath once they know what to do. A larger move (the legs swung up a
# wall) says its own time in the catalogue (``guidance.step_s``, ``come_out_s``).
DOING_MS = 4_000


class TimelineError(MessageError):
    """A timeline that will not be compiled: too many segments, or a length that is not
    a number of seconds. The message says which and how much."""


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class Segment:
    start_ms: int
    duration_ms: int
    kind: Kind
    text: Text
    exercise: str | None = None
    exercise_index: int | None = None  # position in the played sequence, for skipping
    side: Side | None = None
    rep: int | None = None  # the round of the exercise
    breath: int | None = None  # 1-based within its block
    breaths: int | None = None  # how many breaths the block has
    count_down: bool = False  # show breaths as "20, 19, ..." instead of "1 / 20"
    note: Text | None = None  # shown beside the text: the caution while getting ready
    step: int | None = None  # the exercise's instruction to highlight (0-based), if any
    # Words on the rhythm (a breath, a timed step) that would run into the next words:
    # not said (``speech_time.fit_speech`` sets it for one voice, language and rate).
    hushed: bool = False

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    def to_json(self, lang: str) -> dict[str, object]:
        return {
            "start_ms": self.start_ms,
            "duration_ms": self.duration_ms,
            "kind": self.kind.value,
            "exercise": self.exercise,
            "side": self.side.value if self.side else None,
            "rep": self.rep,
            "breath": self.breath,
            "text": self.text.get("nl" if lang == "nl" else "en"),
            "note": self.note.get("nl" if lang == "nl" else "en") if self.note else None,
            # The instruction highlighted, as a person counts them (1-based), or None.
            "step": None if self.step is None else self.step + 1,
        }


@dataclass(frozen=True)
class Timeline:
    """Segments back to back from 0 to ``total_ms``, closed by a zero-length ``done``."""

    segments: tuple[Segment, ...]
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [s.start_ms for s in self.segments])

    @property
    def total_ms(self) -> int:
        return self.segments[-1].end_ms

    def __len__(self) -> int:
        return len(self.segments)

    def index_at(self, elapsed_ms: float) -> int:
        """The index of the segment playing at ``elapsed_ms``: O(log n) by bisection."""
        if elapsed_ms >= self.total_ms:
            return len(self.segments) - 1
        return max(0, bisect.bisect_right(self._starts, elapsed_ms) - 1)

    def at(self, elapsed_ms: float) -> tuple[Segment, float]:
        """The segment at ``elapsed_ms`` and how far through it we are (0.0 to 1.0)."""
        index = self.index_at(elapsed_ms)
        return self.segments[index], self.fraction_in(index, elapsed_ms)

    def fraction_in(self, index: int, elapsed_ms: float) -> float:
        """How far through segment ``index`` ``elapsed_ms`` is, clamped to 0.0 to 1.0."""
        segment = self.segments[index]
        if segment.duration_ms == 0:
            return 1.0
        return min(1.0, max(0.0, (elapsed_ms - segment.start_ms) / segment.duration_ms))

    def to_json(self, lang: str) -> dict[str, object]:
        return {"total_ms": self.total_ms, "segments": [s.to_json(lang) for s in self.segments]}


def transition_ms(
    before: Position | None, after: Position, setup_ms: int = SAME_POSITION_MS
) -> int:
    """Time to get from one position into the next exercise: ``setup_ms`` to set it up
    (an exercise's ``guidance.setup_s``: props, a wall, a chair), and more when the
    position changes: a little on the floor, longer to stand up."""
    return setup_ms + change_ms(before, after)


def change_ms(before: Position | None, after: Position) -> int:
    """Time to change position alone: none when staying put, a little from one floor
    position to another, and more per level up or down."""
    before = before or START_POSITION
    if before is after:
        return 0
    return NEW_POSITION_MS - SAME_POSITION_MS + PER_LEVEL_MS * abs(before.level - after.level)


def reading_ms(text: Text) -> int:
    """Time to read ``text`` (a caution) at :data:`READING_WORDS_PER_S`, in whole seconds,
    in the language with more words."""
    words = max(len(text.nl.split()), len(text.en.split()))
    return -(-words // READING_WORDS_PER_S) * 1000


def get_ready_ms(before: Position | None, exercise: Exercise) -> int:
    """How long the ``prepare`` before ``exercise`` lasts, coming from ``before``.

    Changing position comes first, then the longer of setting up in the position
    (``guidance.setup_s``: a chair fetched, the mat moved to a wall) and reading the
    caution the screen shows meanwhile (:func:`reading_ms`). The instructions that get
    into the pose follow, each in its own segment (:func:`setup_step_ms`)."""
    setup = round(exercise.guidance.setup_s * 1000)
    return change_ms(before, exercise.position) + max(setup, reading_ms(exercise.caution))


def setup_step_ms(exercise: Exercise, index: int) -> int:
    """How long instruction ``index`` (0-based) of getting into the pose plays: the time
    the catalogue gives it (``guidance.step_s``), never less than reading it, else reading
    it and :data:`DOING_MS`."""
    text = exercise.steps[index]
    given = next((t.seconds for t in exercise.guidance.step_s if t.step == index + 1), None)
    if given is not None:
        return max(round(given * 1000), reading_ms(text))
    return reading_ms(text) + DOING_MS


def come_out_ms(exercise: Exercise) -> int:
    """How long coming out of the pose plays (0: the exercise has no words for it):
    ``guidance.come_out_s``, never less than reading the words, else reading and
    :data:`DOING_MS`."""
    if exercise.come_out is None:
        return 0
    given = exercise.guidance.come_out_s
    if given is not None:
        return max(round(given * 1000), reading_ms(exercise.come_out))
    return reading_ms(exercise.come_out) + DOING_MS


class _Builder:
    """Appends segments at an integer-millisecond cursor (exact: no float accumulation)."""

    def __init__(self, prompts: Prompts) -> None:
        self.prompts = prompts
        self.cursor = 0
        self.segments: list[Segment] = []

    def add(self, duration_ms: int, kind: Kind, text: Text, **where: object) -> None:
        if duration_ms <= 0:
            return
        if len(self.segments) >= MAX_SEGMENTS:  # a backstop: callers check the plan first
            raise _too_many(len(self.segments) + 1)
        self.segments.append(Segment(self.cursor, duration_ms, kind, text, **where))  # type: ignore[arg-type]
        self.cursor += duration_ms

    def breaths(
        self,
        pattern: BreathPattern,
        count: int,
        count_down: bool = False,
        cues: BreathBlock | None = None,
        step: int | None = None,
        counted: tuple[int, int] | None = None,
        **where: object,
    ) -> None:
        """``count`` breaths; each phase highlights its own instruction if ``cues`` (the
        block) names one, else ``step`` (0-based). ``counted`` is (breaths counted before
        these, the whole count) where a block carries on the count of the one before."""
        before, total = counted or (0, count)
        p = self.prompts
        words = {Kind.INHALE: p.inhale, Kind.HOLD_IN: p.hold_in, Kind.EXHALE: p.exhale,
                 Kind.HOLD_OUT: p.hold_out}  # fmt: skip

        def step_of(phase: Kind) -> int | None:
            own = cues.phase_step(phase) if cues else None
            return own - 1 if own is not None else step

        # Worked out once, not per breath: the largest timeline is thousands of breaths.
        played = [
            (length, kind, (cues.cue(kind) if cues else None) or words[kind], step_of(kind))
            for kind, length in zip(BREATH_PHASES, pattern.phases_ms(), strict=True)
            if length > 0
        ]
        for breath in range(before + 1, before + count + 1):
            for length, kind, text, shown in played:
                self.add(
                    length,
                    kind,
                    text,
                    breath=breath,
                    breaths=total,
                    count_down=count_down,
                    step=shown,
                    **where,
                )

    def setup(self, exercise: Exercise, /, **where: object) -> None:
        """One segment per instruction that gets into the pose, each highlighting itself."""
        for index in range(exercise.guidance.setup_count(len(exercise.steps))):
            text = exercise.steps[index]
            self.add(setup_step_ms(exercise, index), Kind.SETUP, text, step=index, **where)

    def wait(self, **where: object) -> None:
        """ "Wait for me": the player holds at this segment's start until the person is
        ready. Its words and step are those of what follows (patched in :meth:`ready`)."""
        self.add(READY_MS, Kind.WAIT, self.prompts.ready, **where)

    def ready(self, wait_index: int) -> None:
        """The WAIT at ``wait_index`` highlights the instruction that comes next, and says
        "start with a breath in" only where a breath in comes next ("get ready" before a
        timed step, a walk or a tensed muscle)."""
        following = self.segments[wait_index + 1] if wait_index + 1 < len(self.segments) else None
        text = self.prompts.ready
        if following is None or following.kind is not Kind.INHALE:
            text = self.prompts.get_ready
        step = following.step if following is not None else None
        self.segments[wait_index] = replace(self.segments[wait_index], text=text, step=step)

    def come_out(self, exercise: Exercise, /, **where: object) -> None:
        """How to come out of the pose, once, after the last round and side."""
        if exercise.come_out is not None:
            self.add(come_out_ms(exercise), Kind.COME_OUT, exercise.come_out, **where)

    def exercise(self, exercise: Exercise, wait_for_me: bool = False, /, **where: object) -> None:
        """Round by round, side by side. ``wait_for_me`` holds before each side of each
        round: after the instructions, after turning to the other side, after a rest (the
        second side and the second round need getting into the pose as much as the
        first: the seated twist had 10 s to cross the other leg and turn)."""
        guidance = exercise.guidance
        waits: list[int] = []
        sides: Sequence[Side | None] = (
            (Side.RIGHT, Side.LEFT) if exercise.sides is Sides.BOTH else (None,)
        )
        switch_ms = round(guidance.switch_s * 1000)
        switch_step = _step_index(guidance.switch_step or 1, exercise)
        counted = _counts(guidance.blocks)
        for rep in range(1, guidance.rounds + 1):
            for number, side in enumerate(sides):
                if number:
                    text = self.prompts.switch_side
                    self.add(
                        switch_ms,
                        Kind.SWITCH_SIDE,
                        text,
                        side=side,
                        rep=rep,
                        step=switch_step,
                        **where,
                    )
                if wait_for_me:
                    waits.append(len(self.segments))
                    self.wait(side=side, rep=rep, **where)
                for block, count in zip(guidance.blocks, counted, strict=True):
                    self._block(block, exercise, count, side=side, rep=rep, **where)
            if rep < guidance.rounds:
                self.add(
                    round(guidance.rest_s * 1000), Kind.REST, self.prompts.rest, rep=rep, **where
                )
        for index in waits:
            self.ready(index)

    def _block(
        self, block: Block, exercise: Exercise, counted: tuple[int, int], /, **where: object
    ) -> None:
        if block.step is not None:
            step = _step_index(block.step, exercise)
        else:
            left = where.get("side") is Side.LEFT
            step = exercise.guidance.active_step(len(exercise.steps), left)
        if isinstance(block, BreathBlock):
            self.breaths(
                block.pattern, block.breaths, block.count_down, block, step, counted, **where
            )
        elif isinstance(block, StepBlock):
            # Worked out once, not per repeat.
            played = [
                (
                    round(timed.seconds * 1000),
                    timed.text,
                    step if timed.step is None else _step_index(timed.step, exercise),
                )
                for timed in block.steps
            ]
            for _ in range(block.repeat):
                for length, text, shown in played:
                    self.add(length, Kind.STEP, text, step=shown, **where)
        elif isinstance(block, TimedBlock):
            total = round(block.minutes * 60_000)
            prompts = block.prompts or (exercise.name,)
            share, remainder = divmod(total, len(prompts))
            for number, prompt in enumerate(prompts):
                extra = remainder if number == len(prompts) - 1 else 0
                self.add(share + extra, Kind.STEP, prompt, step=step, **where)

    def done(self) -> Timeline:
        self.segments.append(Segment(self.cursor, 0, Kind.DONE, self.prompts.done))
        return Timeline(tuple(self.segments))


def compile_pattern(
    pattern: BreathPattern,
    breaths: int,
    prompts: Prompts,
    prepare_s: float = 3.0,
    count_down: bool = False,
) -> Timeline:
    """A plain breathing session: an optional countdown, then ``breaths`` breaths.

    Refuses (:class:`TimelineError`) more than :data:`MAX_SEGMENTS` segments before
    building any, whoever the caller.
    """
    if isinstance(breaths, bool) or not isinstance(breaths, int) or breaths < 0:
        raise TimelineError(
            QT_TRANSLATE_NOOP("Problem", "{value} breaths: give a whole number, 0 or more"),
            value=breaths,
        )
    phases = sum(1 for ms in pattern.phases_ms() if ms > 0)
    planned = 2 + breaths * phases  # the countdown, the breaths, the end
    if planned > MAX_SEGMENTS:
        raise _too_many(planned)
    builder = _Builder(prompts)
    builder.add(_prepare_ms(prepare_s), Kind.PREPARE, prompts.get_ready)
    builder.breaths(pattern, breaths, count_down)
    return builder.done()


def compile_exercises(
    exercises: Iterable[Exercise],
    prompts: Prompts,
    prepare_s: float = 3.0,
    setup: bool = True,
    wait_for_me: bool = False,
) -> Timeline:
    """Exercises in order, each played as: a ``prepare`` sized to the change of position
    and the caution; one ``setup`` per instruction that gets into the pose, each as long
    as reading and doing it takes; [a ``wait``]; its blocks (breaths, timed steps, sides
    and rounds); ``come_out`` where the exercise has words for it.

    The first ``prepare`` lasts at least ``prepare_s`` and at least as long as getting from
    the laptop into the first position. ``setup=False`` leaves every ``prepare`` and
    ``setup`` out, which gives the time of the exercises themselves. ``wait_for_me`` puts
    a :attr:`Kind.WAIT` segment after each exercise's instructions and before its breaths:
    the player holds at its start until the person says ready, then plays its
    :data:`READY_MS`.
    """
    exercises = tuple(exercises)
    planned = planned_segments(exercises)
    if planned > MAX_SEGMENTS:
        raise _too_many(planned)
    prepare_ms = _prepare_ms(prepare_s)
    builder = _Builder(prompts)
    before: Position | None = None
    for index, exercise in enumerate(exercises):
        where = {"exercise": exercise.id, "exercise_index": index}
        if setup:
            length = get_ready_ms(before, exercise)
            if index == 0:
                length = max(length, prepare_ms)
            text = prompts.prepare.format(name=exercise.name)
            # No instruction highlighted: the name and the caution stand alone, and the
            # first instruction has its own moment next (it showed twice, large, in a row).
            builder.add(length, Kind.PREPARE, text, note=exercise.caution, **where)
            builder.setup(exercise, **where)
        builder.exercise(exercise, wait_for_me, **where)
        builder.come_out(exercise, **where)
        before = exercise.position
    return builder.done()


def planned_segments(exercises: Iterable[Exercise]) -> int:
    """At most how many segments :func:`compile_exercises` makes of ``exercises``: counted
    from the blocks without building anything, so a caller (the loader, a queue) can
    refuse what is too large before it costs time or memory."""
    total = 1  # the end
    for exercise in exercises:
        guidance = exercise.guidance
        sides = 2 if exercise.sides is Sides.BOTH else 1
        block = 0
        for item in guidance.blocks:
            if isinstance(item, BreathBlock):
                block += item.breaths * 4
            elif isinstance(item, StepBlock):
                block += item.repeat * len(item.steps)
            elif isinstance(item, TimedBlock):
                block += max(1, len(item.prompts))
        rounds = guidance.rounds
        # prepare, the instructions that get into the pose, then per round: each side's
        # wait and blocks, a switch before the second side, and a rest between rounds;
        # then coming out
        setup = guidance.setup_count(len(exercise.steps))
        total += 2 + setup + rounds * (sides * (block + 1) + (sides - 1)) + max(0, rounds - 1)
    return total


def _counts(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """For each block: the breaths counted before it and the whole count it shows. A block
    of breaths counts from 1 to its own breaths, unless it carries on the count of the one
    before (``count_on``, which the loader allows only after a block of breaths); then the
    run of blocks counts as one."""
    out: list[tuple[int, int]] = []
    runs: list[list[int]] = []  # indexes of the blocks counted together
    for index, block in enumerate(blocks):
        carries = isinstance(block, BreathBlock) and block.count_on and bool(runs)
        if carries and isinstance(blocks[runs[-1][-1]], BreathBlock):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        sizes = [b.breaths if isinstance(b, BreathBlock) else 0 for b in (blocks[i] for i in run)]
        total = sum(sizes)
        before = 0
        for size in sizes:
            out.append((before, total))
            before += size
    return out


def _step_index(step: int, exercise: Exercise) -> int:
    """The 0-based index of instruction ``step`` (1-based), within the steps there are."""
    return min(step, len(exercise.steps)) - 1


def _too_many(count: int) -> TimelineError:
    return TimelineError(
        QT_TRANSLATE_NOOP(
            "Problem",
            "this would play {count} segments; one session has at most {max} (play fewer "
            "breaths, minutes or exercises)",
        ),
        # str() of an int over 4 300 digits raises: a count that large is just "huge"
        count=count if count < 10**9 else "over 1000000000",
        max=MAX_SEGMENTS,
    )


def _prepare_ms(prepare_s: float) -> int:
    """The countdown in whole milliseconds, 0 to :data:`MAX_PREPARE_S` seconds."""
    if (
        isinstance(prepare_s, bool)
        or not isinstance(prepare_s, int | float)
        or not math.isfinite(prepare_s)
        or not 0 <= prepare_s <= MAX_PREPARE_S
    ):
        raise TimelineError(
            QT_TRANSLATE_NOOP("Problem", "a countdown of {value} s: give 0 to {max} seconds"),
            value=prepare_s,
            max=f"{MAX_PREPARE_S:g}",
        )
    return round(prepare_s * 1000)


def compile_program(program: Program, catalogue: Catalogue, prepare_s: float = 3.0) -> Timeline:
    exercises = [catalogue.exercises[item.exercise] for item in program.items]
    return compile_exercises(exercises, catalogue.prompts, prepare_s)


def exercise_ms(exercise: Exercise, prompts: Prompts) -> int:
    """How long the exercise itself takes, without getting into position."""
    return compile_exercises([exercise], prompts, setup=False).total_ms


_DURATIONS: dict[int, tuple[weakref.ref[Catalogue], dict[str, int]]] = {}


def exercise_durations(catalogue: Catalogue) -> dict[str, int]:
    """Every exercise's :func:`exercise_ms`, worked out once per catalogue: the browser,
    the queue and the details all show them, and each is a compile (~0.35 ms)."""
    key = id(catalogue)
    found = _DURATIONS.get(key)
    if found is not None and found[0]() is catalogue:
        return found[1]
    durations = {
        eid: exercise_ms(exercise, catalogue.prompts)
        for eid, exercise in catalogue.exercises.items()
    }
    # Forgotten with the catalogue (an id is only reused after its object is gone).
    _DURATIONS[key] = (weakref.ref(catalogue, lambda _ref: _DURATIONS.pop(key, None)), durations)
    return durations
