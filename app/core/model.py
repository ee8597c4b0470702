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


class BreathPhase(StrEnum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


@dataclass(frozen=True, slots=True)
class BreathBlock:
    """A run of paced breaths, e.g. five long deep breaths in a held pose."""

    pattern: BreathPattern
    breaths: int
    count_down: bool = False
    # Words for a phase that replace the generic "breathe in/out", e.g. "arch" and
    # "round" for cat-cow, where each breath is also a movement.
    cues: tuple[tuple[BreathPhase, Text], ...] = ()

    def cue(self, phase: BreathPhase) -> Text | None:
        return next((text for p, text in self.cues if p is phase), None)


@dataclass(frozen=True, slots=True)
class TimedStep:
    text: Text
    seconds: float


@dataclass(frozen=True, slots=True)
class StepBlock:
    """Timed instructions, e.g. tense the feet for 5 s, let go for 10 s; ``repeat`` times."""

    steps: tuple[TimedStep, ...]
    repeat: int = 1


@dataclass(frozen=True, slots=True)
class TimedBlock:
    """A stretch of minutes with prompts spread evenly over it (a walk, a meditation)."""

    minutes: float
    prompts: tuple[Text, ...] = ()


Block: TypeAlias = BreathBlock | StepBlock | TimedBlock


@dataclass(frozen=True, slots=True)
class Guidance:
    """How an exercise is paced, as data the timeline compiler plays."""

    blocks: tuple[Block, ...]
    rounds: int = 1
    rest_s: float = 10.0
    # The instruction (1-based) that the timed part carries out, highlighted while it
    # plays; None means the last one.
    step: int | None = None

    def active_step(self, step_count: int) -> int:
        """The 0-based index of the step the timed part follows."""
        return min(self.step or step_count, step_count) - 1


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
