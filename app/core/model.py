"""Immutable catalogue objects: what the loader builds and everything above reads.

Every object is frozen and holds tuples, so one catalogue can be shared by the browser,
the player and the CLI without anyone copying or locking it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias

from app.core.pattern import BreathPattern
from app.core.text import Text


class Position(StrEnum):
    LYING_ON_BACK = "lying_on_back"
    LYING_ON_FRONT = "lying_on_front"
    LYING_ON_SIDE = "lying_on_side"
    SEATED_ON_FLOOR = "seated_on_floor"
    SEATED_ON_CHAIR = "seated_on_chair"
    KNEELING = "kneeling"
    HANDS_AND_KNEES = "hands_and_knees"
    STANDING = "standing"
    WALKING = "walking"

    @property
    def level(self) -> int:
        """How far from the floor: 0 on the floor, 1 on a chair, 2 upright.

        Used to size the pause between two exercises (getting up takes longer than
        rolling over).
        """
        if self in (Position.STANDING, Position.WALKING):
            return 2
        if self is Position.SEATED_ON_CHAIR:
            return 1
        return 0


class Equipment(StrEnum):
    MAT = "mat"
    BLOCK = "block"
    CUSHION = "cushion"
    CHAIR = "chair"
    WALL = "wall"
    TOWEL = "towel"


class Sides(StrEnum):
    BOTH = "both"
    NONE = "none"


class Source(StrEnum):
    BOOK = "book"
    GENERAL = "general"


class Section(StrEnum):
    """A part of a practice chapter, in the book's own order."""

    PHASE_1 = "phase_1"
    PHASE_2 = "phase_2"
    MAINTENANCE = "maintenance"
    MIND_BODY = "mind_body"


class Kind(StrEnum):
    """What a segment of a timeline is; the four breath phases are kinds too, so a phase
    has one name everywhere (a cue of the catalogue, a segment, an earcon, a log line)."""

    PREPARE = "prepare"  # the exercise named, its caution read, the position changed
    SETUP = "setup"  # one instruction of getting into the pose, before the breaths
    WAIT = "wait"  # "wait for me": the player holds at its start until the person is ready
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"
    SWITCH_SIDE = "switch_side"
    REST = "rest"
    STEP = "step"
    COME_OUT = "come_out"  # how to come out of the pose, after its last breath
    DONE = "done"


# The breath phases, in the order a pattern gives their lengths (in, hold, out, hold).
BREATH_PHASES = (Kind.INHALE, Kind.HOLD_IN, Kind.EXHALE, Kind.HOLD_OUT)


@dataclass(frozen=True, slots=True)
class PhaseStep:
    """The instruction (1-based) a breath phase follows, where a breath is a movement."""

    phase: Kind
    step: int


@dataclass(frozen=True, slots=True)
class BreathBlock:
    """A run of paced breaths, e.g. five long deep breaths in a held pose."""

    pattern: BreathPattern
    breaths: int
    count_down: bool = False
    # Words for a phase that replace the generic "breathe in/out", e.g. "arch" and
    # "round" for cat-cow, where each breath is also a movement.
    cues: tuple[tuple[Kind, Text], ...] = ()
    # The instruction (1-based) highlighted while this block plays; None: the guidance's.
    step: int | None = None
    # The instruction each phase follows, where a breath is also a movement (cat-cow: in
    # to step 2, "hollow the back"; out to step 3, "round the back"). Before ``step``.
    phase_steps: tuple[PhaseStep, ...] = ()
    # Carries on the count of the block of breaths before it (``count_from: previous``):
    # the book's "the breath you turn on and 2 more" is one count of 3, shown 1/3, 2/3,
    # 3/3, even where the first breath highlights other steps than the two after it.
    count_on: bool = False

    def cue(self, phase: Kind) -> Text | None:
        return next((text for p, text in self.cues if p is phase), None)

    def phase_step(self, phase: Kind) -> int | None:
        return next((p.step for p in self.phase_steps if p.phase is phase), None)


@dataclass(frozen=True, slots=True)
class TimedStep:
    text: Text
    seconds: float
    # The instruction (1-based) highlighted while this timed step plays; None: the block's.
    # A repeated block (the rolling bridge: up, breathe, down, rest, six times) names its
    # instructions here, where each of its timed steps carries out another one.
    step: int | None = None


@dataclass(frozen=True, slots=True)
class StepBlock:
    """Timed instructions, e.g. tense the feet for 5 s, let go for 10 s; ``repeat`` times."""

    steps: tuple[TimedStep, ...]
    repeat: int = 1
    step: int | None = None  # the instruction highlighted while it plays; as BreathBlock's


@dataclass(frozen=True, slots=True)
class TimedBlock:
    """A stretch of minutes with prompts spread evenly over it (a walk, a meditation)."""

    minutes: float
    prompts: tuple[Text, ...] = ()
    step: int | None = None  # the instruction highlighted while it plays; as BreathBlock's


Block: TypeAlias = BreathBlock | StepBlock | TimedBlock


@dataclass(frozen=True, slots=True)
class StepTime:
    """How long one instruction of getting into the pose takes in all, reading and doing
    (``guidance.step_s: {2: 15}``), where the compiler's default does not fit the move."""

    step: int  # 1-based, one of the steps that get into the pose
    seconds: float


# How long turning to the other side and getting into an exercise take unless the exercise
# says otherwise (``guidance.switch_s`` and ``guidance.setup_s``), in seconds.
DEFAULT_SWITCH_S = 6.0
DEFAULT_SETUP_S = 5.0
# Seconds of rest between rounds unless the exercise says otherwise (``guidance.rest``).
DEFAULT_REST_S = 10.0


@dataclass(frozen=True, slots=True)
class Guidance:
    """How an exercise is paced, as data the timeline compiler plays.

    Steps are 1-based instruction numbers, as a person counts them in the yaml; the
    compiler turns them into the 0-based ``Segment.step`` the player highlights.
    """

    blocks: tuple[Block, ...]
    rounds: int = 1
    rest_s: float = DEFAULT_REST_S
    # The instruction the timed part carries out, highlighted while it plays; None means
    # the last one. ``step_left`` is the one for the left side, where the steps describe
    # that side on its own (the sphinx turns the head right in step 4, left in step 5).
    step: int | None = None
    step_left: int | None = None
    # The instruction highlighted while turning to the other side; None: the first.
    switch_step: int | None = None
    # Seconds to set up the other side (roll over, change legs, move a cushion).
    switch_s: float = DEFAULT_SWITCH_S
    # Seconds to get set up for this exercise from its own position (to the wall, a chair
    # fetched, a mat moved) before its first instruction; getting there from another
    # position adds the change's time.
    setup_s: float = DEFAULT_SETUP_S
    # How many of the first instructions get into the pose (each plays on its own before
    # the breaths); None: every instruction before the first one the breaths or timed
    # steps highlight (:meth:`setup_count`).
    setup_steps: int | None = None
    # How long an instruction of getting into the pose takes, where the default (reading
    # it and one small move) does not fit: swinging the legs up a wall.
    step_s: tuple[StepTime, ...] = ()
    # Seconds for coming out of the pose (the exercise's ``come_out``); None: reading it
    # and one small move.
    come_out_s: float | None = None

    def active_step(self, step_count: int, left: bool = False) -> int:
        """The 0-based index of the step the timed part follows (on the left side if
        ``left``), when its block names none."""
        chosen = (self.step_left if left else None) or self.step or step_count
        return min(chosen, step_count) - 1

    def steps_named(self) -> list[int]:
        """Every instruction number the guidance names, for checking them against the
        steps there are."""
        named = [self.switch_step, *self.played_steps(), *(t.step for t in self.step_s)]
        return [n for n in named if n is not None]

    def played_steps(self) -> list[int]:
        """The instructions (1-based) the breaths and timed steps highlight as they play,
        as the guidance names them (the last step, highlighted when none is named, is not
        among them)."""
        named = [self.step, self.step_left]
        for block in self.blocks:
            named.append(block.step)
            if isinstance(block, BreathBlock):
                named += [p.step for p in block.phase_steps]
            elif isinstance(block, StepBlock):
                named += [timed.step for timed in block.steps]
        return [n for n in named if n is not None]

    def setup_count(self, step_count: int) -> int:
        """How many of the ``step_count`` instructions get into the pose: ``setup_steps``
        if given, else those before the first one the breaths or timed steps highlight
        (a block that names none highlights the last)."""
        if self.setup_steps is not None:
            return min(self.setup_steps, step_count)
        first = min(self.played_steps(), default=step_count)
        return max(0, min(first, step_count) - 1)


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: Text
    why: Text
    steps: tuple[Text, ...]
    tip: Text
    caution: Text
    position: Position
    equipment: tuple[Equipment, ...]
    sides: Sides
    source: Source
    guidance: Guidance
    see_also: tuple[str, ...] = ()
    origin: str = ""  # the file it came from, for messages and for "your own" badges
    # How to come out of the pose, played once after the last breath (short, our words).
    come_out: Text | None = None


@dataclass(frozen=True, slots=True)
class Preset:
    """A named breathing rhythm for the standalone pacer."""

    id: str
    name: Text
    description: Text
    pattern: BreathPattern
    breaths: int
    count_down: bool = False
    origin: str = ""


@dataclass(frozen=True, slots=True)
class ProgramItem:
    exercise: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Program:
    id: str
    name: Text
    description: Text
    items: tuple[ProgramItem, ...]
    chapter: int | None = None
    section: Section | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Chapter:
    number: int
    title: Text
    page: int


@dataclass(frozen=True, slots=True)
class Place:
    """One appearance of an exercise in the book: chapter, section and page."""

    chapter: Chapter
    section: Section
    page: int | None
    exercise: Exercise
    program: Program


@dataclass(frozen=True, slots=True)
class Prompts:
    """The generic words the timeline needs in both languages."""

    prepare: Text
    get_ready: Text
    inhale: Text
    hold_in: Text
    exhale: Text
    hold_out: Text
    switch_side: Text
    rest: Text
    done: Text
    side_left: Text
    side_right: Text
    ready: Text  # the "wait for me" segment: the person said ready, the breaths begin


@dataclass(frozen=True)
class Catalogue:
    schema: int
    prompts: Prompts
    chapters: tuple[Chapter, ...]
    presets: dict[str, Preset]
    exercises: dict[str, Exercise]
    programs: dict[str, Program]
    # The book's path: the programs in the order a person moves on through them (the
    # catalogue's ``path``; app/core/history.py suggests the next one). Empty: no path.
    path: tuple[str, ...] = field(default=())
    sources: tuple[str, ...] = field(default=())

    def places(self) -> list[Place]:
        """Every appearance of an exercise in the book's chapters, in the book's order."""
        chapters = {c.number: c for c in self.chapters}
        out: list[Place] = []
        for program in self.programs.values():
            if program.chapter is None or program.section is None:
                continue
            chapter = chapters[program.chapter]
            for item in program.items:
                out.append(
                    Place(
                        chapter, program.section, item.page, self.exercises[item.exercise], program
                    )
                )
        out.sort(key=lambda p: (p.chapter.number, p.page if p.page is not None else 0))
        return out

    def book_programs(self) -> list[Program]:
        return [p for p in self.programs.values() if p.chapter is not None]
