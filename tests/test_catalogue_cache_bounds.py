"""A kept catalogue holds nothing the loader would have refused: the cache applies the
loader's own bounds and rules (app/core/bounds.py), file by file, so a well-formed cache
under the right key that is over any of them is a miss, and one the loader could have made
is a hit. And the key notices a file replaced by one of the same size and time.

The reviewer's cases (a cache of 950 exercises of 48 021 segments each that kept the
window from painting for minutes, 60 programs of 1 000 items, texts with U+202E, a program
of 81 001 segments) are among them, each as a test.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import typing
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.bundle import catalogue_path
from app.core import bounds, catalogue_cache
from app.core.bounds import (
    BLOCK_BREATHS,
    MAX_BLOCKS,
    MAX_ENTRIES,
    MAX_EXERCISE_SEGMENTS,
    MAX_FILE_SEGMENTS,
    MAX_PROGRAM_ITEMS,
    MAX_PROMPTS,
    MAX_SEE_ALSO,
    MAX_STEPS,
    MAX_TIMED_STEPS,
    REPEAT,
    REST_S,
    ROUNDS,
)
from app.core.catalogue_cache import FILE_NAME
from app.core.files import load_bundled, load_catalogues
from app.core.loader import load_text
from app.core.model import (
    DEFAULT_REST_S,
    BreathBlock,
    Catalogue,
    Equipment,
    Exercise,
    Guidance,
    Kind,
    Position,
    Preset,
    Program,
    ProgramItem,
    Section,
    Sides,
    Source,
    StepBlock,
    TimedBlock,
    TimedStep,
)
from app.core.pattern import BreathPattern
from app.core.text import BIDI_CONTROLS, Text
from app.core.timeline import MAX_SEGMENTS, planned_segments
from tests.test_loader import GOOD_EXERCISE

OWN = str(Path(__file__).resolve().parent / "data" / "my-exercises.yaml")  # the person's file
T = Text("Rek", "Stretch")
PATTERN = BreathPattern(4, 0, 4)


@functools.cache
def _bundled() -> Catalogue:
    """The bundled catalogue, loaded once (not the session fixture: hypothesis prints a
    test's arguments, and this one's repr is 120 kB)."""
    loaded = load_bundled(catalogue_path()).catalogue
    assert loaded is not None
    return loaded


def _key(own: bool) -> list[Any]:
    """The key of the bundled catalogue, and of the person's file if ``own`` (it exists)."""
    return catalogue_cache.key_for([catalogue_path(), Path(OWN) if own else None])


def _kept(folder: Path, catalogue: Catalogue, own: bool | None = None) -> Catalogue | None:
    """``catalogue`` written as the app writes one (no check on the way out), under the
    right key, and read back: what a hostile writer who knows the format can make. The
    key has the person's file if the catalogue names it (unless ``own`` says)."""
    key = _key(OWN in catalogue.sources if own is None else own)
    cache = folder / FILE_NAME
    assert catalogue_cache.write(cache, key, catalogue)
    return catalogue_cache.read(cache, key)


def _exercise(ident: str = "own", origin: str = OWN, **changes: Any) -> Exercise:
    """A small exercise of the person's file: 3 segments alone."""
    made = Exercise(
        id=ident,
        name=T,
        why=T,
        steps=(T,),
        tip=T,
        caution=T,
        position=Position.STANDING,
        equipment=(),
        sides=Sides.NONE,
        source=Source.GENERAL,
        guidance=Guidance((BreathBlock(PATTERN, 1),)),
        origin=origin,
    )
    return replace(made, **changes)


def _guided(*blocks: Any, rounds: int = 1) -> Guidance:
    return Guidance(tuple(blocks), rounds)


def _playing(segments: int, ident: str = "own", origin: str = OWN) -> Exercise:
    """An exercise that plays at most ``segments`` (of 5 to 10 103) alone, as planned: the
    prepare, a wait, coming out and the end, and step blocks of 100 steps repeated, then
    the rest (its one instruction plays with them: no instruction into the pose)."""
    left = segments - 4
    hundreds, rest = divmod(left, 100)
    blocks = []
    if hundreds:
        blocks.append(StepBlock((TimedStep(T, 1.0),) * 100, hundreds))
    if rest:
        blocks.append(StepBlock((TimedStep(T, 1.0),) * rest))
    made = _exercise(ident, origin, guidance=_guided(*blocks))
    assert planned_segments([made]) == segments
    return made


def _program(ident: str = "own-program", origin: str = OWN, **changes: Any) -> Program:
    made = Program(ident, T, T, (ProgramItem("cobra"),), origin=origin)
    return replace(made, **changes)


def _adding(
    *exercises: Exercise,
    programs: tuple[Program, ...] = (),
    presets: tuple[Preset, ...] = (),
    base: Catalogue | None = None,
) -> Catalogue:
    """The bundled catalogue with the person's file adding these, as the loader merges."""
    base = base or _bundled()
    return replace(
        base,
        presets={**base.presets, **{p.id: p for p in presets}},
        exercises={**base.exercises, **{e.id: e for e in exercises}},
        programs={**base.programs, **{p.id: p for p in programs}},
        sources=(*base.sources, OWN),
    )


def test_the_bundled_catalogue_and_an_addition_are_kept(tmp_path: Path) -> None:
    assert _kept(tmp_path, _bundled()) == _bundled()
    added = _adding(_exercise(), programs=(_program(items=(ProgramItem("own"),)),))
    assert _kept(tmp_path, added) == added


# -- each of the loader's bounds: at it a hit, one past it a miss --------------------------------


def _many_presets(n: int) -> Catalogue:
    presets = tuple(Preset(f"own-{i}", T, T, PATTERN, 1, origin=OWN) for i in range(n))
    return _adding(presets=presets)


def _many_exercises(n: int) -> Catalogue:
    return _adding(*(_exercise(f"own-{i}") for i in range(n)))


def _many_programs(n: int) -> Catalogue:
    return _adding(programs=tuple(_program(f"own-{i}") for i in range(n)))


def _file_playing(n: int) -> Catalogue:
    """The person's exercises together playing ``n``, none more than one may."""
    made, left = [], n
    while left > MAX_EXERCISE_SEGMENTS + 5:
        made.append(_playing(MAX_EXERCISE_SEGMENTS, f"own-{len(made)}"))
        left -= MAX_EXERCISE_SEGMENTS
    return _adding(*made, _playing(left - 5, "own-rest"), _playing(5, "own-last"))


def _program_playing(n: int) -> Catalogue:
    """A program whose session plays ``n``: 1 (the end) and what each item adds."""
    long = _playing(MAX_EXERCISE_SEGMENTS, "own-long")  # adds 9 999
    full, rest = divmod(n - 1, MAX_EXERCISE_SEGMENTS - 1)
    short = _playing(rest + 1, "own-short")
    items = (ProgramItem("own-long"),) * full + (ProgramItem("own-short"),)
    made = _adding(long, short, programs=(_program(items=items),))
    assert planned_segments(made.exercises[i.exercise] for i in items) == n
    return made


STEP = TimedStep(T, 1.0)
BOUNDS: dict[str, tuple[int, Callable[[int], Catalogue]]] = {
    "steps": (MAX_STEPS, lambda n: _adding(_exercise(steps=(T,) * n))),
    "see also": (MAX_SEE_ALSO, lambda n: _adding(_exercise(see_also=("cobra",) * n))),
    "equipment": (MAX_ENTRIES, lambda n: _adding(_exercise(equipment=(Equipment.MAT,) * n))),
    "blocks": (
        MAX_BLOCKS,
        lambda n: _adding(_exercise(guidance=_guided(*[BreathBlock(PATTERN, 1)] * n))),
    ),
    "timed steps": (
        MAX_TIMED_STEPS,
        lambda n: _adding(_exercise(guidance=_guided(StepBlock((STEP,) * n)))),
    ),
    "prompts": (
        MAX_PROMPTS,
        lambda n: _adding(_exercise(guidance=_guided(TimedBlock(1.0, (T,) * n)))),
    ),
    "program items": (
        MAX_PROGRAM_ITEMS,
        lambda n: _adding(programs=(_program(items=(ProgramItem("cobra"),) * n),)),
    ),
    "presets of a file": (MAX_ENTRIES, _many_presets),
    "exercises of a file": (MAX_ENTRIES, _many_exercises),
    "programs of a file": (MAX_ENTRIES, _many_programs),
    "segments of an exercise": (MAX_EXERCISE_SEGMENTS, lambda n: _adding(_playing(n))),
    "segments of a file's exercises": (MAX_FILE_SEGMENTS, _file_playing),
    "segments of a program": (MAX_SEGMENTS, _program_playing),
    "breaths of a block": (
        BLOCK_BREATHS[1],
        lambda n: _adding(_exercise(guidance=_guided(BreathBlock(PATTERN, n)))),
    ),
    "rounds": (
        ROUNDS[1],
        lambda n: _adding(_exercise(guidance=_guided(BreathBlock(PATTERN, 1), rounds=n))),
    ),
    "repeat": (
        REPEAT[1],
        lambda n: _adding(_exercise(guidance=_guided(StepBlock((STEP,), n)))),
    ),
}


@pytest.mark.parametrize("name", list(BOUNDS))
def test_at_a_bound_a_hit_past_it_a_miss(tmp_path: Path, name: str) -> None:
    bound, make = BOUNDS[name]
    at = make(bound)
    assert _kept(tmp_path, at) == at
    assert _kept(tmp_path, make(bound + 1)) is None


def test_the_bounds_are_per_file(tmp_path: Path) -> None:
    """Each file holds up to the bounds: the bundled one's 40 exercises and 500 of the
    person's are kept, as the loader would read them; 501 in either file are not."""
    bundled = _bundled().sources[0]
    mine = [_exercise(f"own-{i}") for i in range(MAX_ENTRIES)]
    theirs = [_exercise(f"more-{i}", bundled) for i in range(MAX_ENTRIES - 40)]
    both = _adding(*mine, *theirs)
    assert _kept(tmp_path, both) == both
    assert _kept(tmp_path, _adding(*mine, *theirs, _exercise("over", bundled))) is None
    # Segments too: what each file's exercises play together.
    long = [_playing(9_000, f"own-{i}") for i in range(3)]
    long += [_playing(9_000, f"more-{i}", bundled) for i in range(3)]
    assert _kept(tmp_path, _adding(*long)) is not None  # 27 000 (+ the book's 756) each
    moved = [replace(e, origin=OWN) for e in long]
    assert _kept(tmp_path, _adding(*moved)) is None  # 54 000 in one file


# -- the reviewer's caches ------------------------------------------------------------------------


def test_many_exercises_each_just_under_a_session_is_a_miss(tmp_path: Path) -> None:
    """/tmp/review_a/cache_heavy.py 950: no first paint after 120 s."""
    cobra = _bundled().exercises["cobra"]
    block = BreathBlock(_bundled().presets["box"].pattern, 200)
    guidance = Guidance(blocks=(block,) * 3, rounds=20, rest_s=0)
    heavy = [
        replace(cobra, id=f"x{i}", name=Text(f"x{i}", f"x{i}"), steps=(T,), guidance=guidance,
                sides=Sides.NONE, see_also=(), equipment=(), origin=OWN, come_out=None)
        for i in range(950)
    ]  # fmt: skip
    assert planned_segments(heavy[:1]) > MAX_EXERCISE_SEGMENTS
    assert _kept(tmp_path, _adding(*heavy)) is None


def test_programs_of_a_thousand_places_are_a_miss(tmp_path: Path) -> None:
    """/tmp/review_a/cache_places.py 60: 60 045 places in the browser, a 12.6 s start."""
    model = _bundled().programs["ch3-phase-1"]
    programs = tuple(
        replace(model, id=f"p{i}", name=T, description=T, section=Section.PHASE_1, chapter=3,
                items=(ProgramItem("cobra", 1),) * 1000, origin=OWN)
        for i in range(60)
    )  # fmt: skip
    assert _kept(tmp_path, _adding(programs=programs)) is None


def test_bidi_text_and_a_program_too_long_to_play_are_a_miss(tmp_path: Path) -> None:
    """/tmp/review_a/cache_bidi.py: names with U+202E, a program of 81 001 segments."""
    base = _bundled()
    cobra = base.exercises["cobra"]
    named = replace(cobra, name=Text("\u202eabc  ", "Cobra \u202e[SAFE] \u2066"))
    exercises = {**base.exercises, "cobra": named}
    assert _kept(tmp_path, replace(base, exercises=exercises)) is None
    longest = max(base.exercises.values(), key=lambda e: planned_segments([e]))
    program = replace(base.programs["ch4-phase-1"], items=(ProgramItem(longest.id),) * 1000)
    assert _kept(tmp_path, replace(base, programs={**base.programs, program.id: program})) is None
    assert planned_segments(longest for _ in program.items) > MAX_SEGMENTS


# -- texts and ids as the loader leaves them -----------------------------------------------------

# Every kind of place a text has, each changed by ``change`` (a Text -> Text).
TEXT_PLACES: dict[str, Callable[[Callable[[Text], Text]], Catalogue]] = {
    "exercise name": lambda f: _adding(_exercise(name=f(T))),
    "step": lambda f: _adding(_exercise(steps=(T, f(T)))),
    "cue": lambda f: _adding(
        _exercise(guidance=_guided(BreathBlock(PATTERN, 1, cues=((Kind.INHALE, f(T)),))))
    ),
    "timed step": lambda f: _adding(_exercise(guidance=_guided(StepBlock((TimedStep(f(T), 1),))))),
    "prompt": lambda f: _adding(_exercise(guidance=_guided(TimedBlock(1, (f(T),))))),
    "program description": lambda f: _adding(programs=(_program(description=f(T)),)),
    "preset name": lambda f: _adding(presets=(Preset("own", f(T), T, PATTERN, 1, origin=OWN),)),
    "the catalogue's prompts": lambda f: replace(
        _bundled(), prompts=replace(_bundled().prompts, done=f(_bundled().prompts.done))
    ),
    "a chapter title": lambda f: replace(
        _bundled(),
        chapters=(replace(_bundled().chapters[0], title=f(T)), *_bundled().chapters[1:]),
    ),
}


@pytest.mark.parametrize("place", list(TEXT_PLACES))
def test_a_bidi_control_anywhere_is_a_miss(tmp_path: Path, place: str) -> None:
    make = TEXT_PLACES[place]
    assert _kept(tmp_path, make(lambda t: t)) is not None
    assert _kept(tmp_path, make(lambda t: replace(t, en=t.en + "\u202e"))) is None
    assert _kept(tmp_path, make(lambda t: replace(t, nl="  " + t.nl))) is None


@pytest.mark.parametrize("char", sorted(BIDI_CONTROLS), ids=lambda c: f"U+{ord(c):04X}")
def test_every_bidi_control_is_a_miss(tmp_path: Path, char: str) -> None:
    assert _kept(tmp_path, _adding(_exercise(name=Text(f"Rek{char}rek", "Stretch")))) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rek rek", True),
        ("Één rek, één adem", True),
        ("Rek\u200brek", True),  # invisible, but the loader keeps it in a text (not an id)
        ("", False),
        (" ", False),
        (" Rek", False),
        ("Rek ", False),
        ("Rek  rek", False),
        ("Rek\trek", False),
        ("Rek\nrek", False),
        ("Rek\xa0rek", False),
        ("Rek\u2028rek", False),
        ("Rek\u3000rek", False),
    ],
)
def test_a_text_is_kept_only_as_the_loader_leaves_it(tmp_path: Path, text: str, kept: bool) -> None:
    catalogue = _adding(_exercise(why=Text("Omdat", text)))
    assert (_kept(tmp_path, catalogue) == catalogue) is kept


@pytest.mark.parametrize(
    ("ident", "kept"),
    [
        ("own", True),
        ("own-2", True),
        ("a", True),
        ("Own", False),
        ("own--x", False),
        ("own-", False),
        ("1own", False),
        ("own x", False),
        (" own", False),
        ("ówn", False),
        ("own\u200b", False),
    ],
)
def test_an_id_is_kept_only_as_the_loader_reads_one(tmp_path: Path, ident: str, kept: bool) -> None:
    for catalogue in (
        _adding(_exercise(ident)),
        _adding(programs=(_program(ident),)),
        _adding(presets=(Preset(ident, T, T, PATTERN, 1, origin=OWN),)),
    ):
        assert (_kept(tmp_path, catalogue) == catalogue) is kept


# -- what comes from which file -------------------------------------------------------------------


def test_the_files_are_those_the_key_finds(tmp_path: Path) -> None:
    """The person's file is read only if it is there: without it, nothing is theirs."""
    added = _adding(_exercise())
    assert _kept(tmp_path, added, own=True) == added
    assert _kept(tmp_path, added, own=False) is None
    assert _kept(tmp_path, _bundled(), own=False) == _bundled()
    assert _kept(tmp_path, _bundled(), own=True) is None  # their file would have been read
    theirs = replace(_bundled(), sources=(*_bundled().sources, OWN))  # (a file adding none)
    assert _kept(tmp_path, theirs, own=True) == theirs


def test_everything_comes_from_one_of_the_files(tmp_path: Path) -> None:
    bundled = _bundled().sources[0]
    assert _kept(tmp_path, _adding(_exercise(origin="/somewhere/else.yaml"))) is None
    twice = replace(_adding(_exercise()), sources=(bundled, OWN, OWN))
    assert _kept(tmp_path, twice) is None
    alone = replace(_bundled(), exercises={**_bundled().exercises, "own": _exercise()})
    assert _kept(tmp_path, alone) is None  # the person's exercise, without their file


def test_a_file_refers_to_its_own_and_the_bundled_entries_only(tmp_path: Path) -> None:
    """The bundled catalogue is read first, alone: it cannot name the person's exercises."""
    bundled = _bundled().sources[0]
    mine = _exercise("own", see_also=("cobra",))
    assert _kept(tmp_path, _adding(mine, programs=(_program(),))) is not None
    theirs = _program("their-program", bundled, items=(ProgramItem("own"),))
    assert _kept(tmp_path, _adding(mine, programs=(theirs,))) is None
    cobra = replace(_bundled().exercises["cobra"], see_also=("own",))
    assert _kept(tmp_path, _adding(mine, cobra)) is None


def test_the_schema_is_the_one_a_loaded_catalogue_says(tmp_path: Path) -> None:
    assert _kept(tmp_path, replace(_bundled(), schema=bounds.SCHEMA_VERSION)) is not None
    assert _kept(tmp_path, replace(_bundled(), schema=bounds.SCHEMA_VERSION + 1)) is None


def test_chapters_are_in_order_each_once(tmp_path: Path) -> None:
    chapters = _bundled().chapters
    assert _kept(tmp_path, replace(_bundled(), chapters=chapters[::-1])) is None
    assert _kept(tmp_path, replace(_bundled(), chapters=(*chapters, chapters[-1]))) is None


def test_a_cue_per_phase_once(tmp_path: Path) -> None:
    cues = ((Kind.INHALE, T), (Kind.INHALE, T))
    assert (
        _kept(tmp_path, _adding(_exercise(guidance=_guided(BreathBlock(PATTERN, 1, cues=cues)))))
        is None
    )


def test_the_path_holds_programs_of_the_bundled_file(tmp_path: Path) -> None:
    base = _bundled()
    mine = _program()
    assert _kept(tmp_path, _adding(programs=(mine,))) is not None
    on_path = replace(_adding(programs=(mine,)), path=(*base.path, mine.id))
    assert _kept(tmp_path, on_path) is None


# -- the cache and the loader agree ---------------------------------------------------------------


# Names the loader keeps, and names it changes (white space) or refuses (a bidi control).
NAMES = ["Rek", "Één rek", "Rek\u200brek"]
SPOILT_NAMES = [" Rek", "Rek  rek", "Rek\u202erek", "Rek\trek", "Één\xa0rek"]
# What a file can get wrong, one at a time.
SPOILS = ["block", "blocks", "rounds", "rest", "steps", "step", "see_also", "equipment",
          "name", "items"]  # fmt: skip


@st.composite
def _own_files(draw: st.DrawFn, spoilt: str | None) -> dict[str, Any]:
    """What a person's file holds: copies of one exercise, and maybe a program of it, with
    every count in bounds and often at them, but ``spoilt`` past its bound."""

    def pick(name: str, good: list[Any], bad: list[Any]) -> Any:
        return draw(st.sampled_from(bad if name == spoilt else good))

    def count(name: str, limit: int, fewest: int = 1) -> int:
        return pick(name, [1, 2, limit - 1, limit], [limit + 1] + [fewest - 1] * (fewest > 0))

    kind = draw(st.sampled_from(["breaths", "steps", "minutes"]))
    block: dict[str, Any] = {"kind": kind}
    if kind == "breaths":
        block["breaths"] = count("block", BLOCK_BREATHS[1])
        good = [(), ("inhale",), ("inhale", "exhale")]
        block["cues"] = pick("block", good, [("exhale", "exhale")])
    elif kind == "steps":
        block["steps"] = count("block", MAX_TIMED_STEPS)
        block["repeat"] = draw(st.sampled_from([1, 2, REPEAT[1]]))
        block["seconds"] = pick("block", [1, 600, 2.5], [0.5, 601])
    else:
        block["minutes"] = pick("block", [1, 0.5, 120], [0.4, 121])
        block["prompts"] = draw(st.sampled_from([0, 1, MAX_PROMPTS]))
    return {
        "block": block,
        "blocks": count("blocks", MAX_BLOCKS),
        "rounds": count("rounds", ROUNDS[1]),
        "rest": pick("rest", [10, 0, 600, 2.5], [600.5, -1]),
        "steps": count("steps", MAX_STEPS),
        "step": pick("step", [None, 1], [0, MAX_STEPS + 1]),
        "see_also": count("see_also", MAX_SEE_ALSO, fewest=0),
        "equipment": count("equipment", MAX_ENTRIES, fewest=0),
        "sides": draw(st.sampled_from(["none", "both"])),
        "name": pick("name", NAMES, SPOILT_NAMES),
        "copies": draw(st.sampled_from([1, 2, 6])),
        "items": pick("items", [None, 1, MAX_PROGRAM_ITEMS], [0, MAX_PROGRAM_ITEMS + 1]),
    }


def _block(spec: dict[str, Any]) -> tuple[str, Any, int]:
    """One block as YAML (using the anchor ``t`` for a text) and as the model holds it,
    and about how many YAML values it counts."""
    if spec["kind"] == "breaths":
        cues = ", ".join(f"{c}: *t" for c in spec["cues"])
        text = f"{{breaths: {spec['breaths']}, pattern: 4-0-4, cues: {{{cues}}}}}"
        made = BreathBlock(PATTERN, spec["breaths"], cues=tuple((Kind(c), T) for c in spec["cues"]))
        return text, made, 8 + 6 * len(spec["cues"])
    if spec["kind"] == "steps":
        steps = [f"&s {{text: *t, seconds: {spec['seconds']}}}"] + ["*s"] * (spec["steps"] - 1)
        text = f"{{repeat: {spec['repeat']}, steps: [{', '.join(steps[: spec['steps']])}]}}"
        made = StepBlock((TimedStep(T, float(spec["seconds"])),) * spec["steps"], spec["repeat"])
        return text, made, 6 + 10 * spec["steps"]
    text = f"{{minutes: {spec['minutes']}, prompts: [{', '.join(['*t'] * spec['prompts'])}]}}"
    return text, TimedBlock(float(spec["minutes"]), (T,) * spec["prompts"]), 6 + 5 * spec["prompts"]


def _own_file(spec: dict[str, Any]) -> tuple[str, Catalogue]:
    """The person's file of ``spec`` as YAML, and the catalogue it should make (if the
    loader takes it unchanged)."""
    block_text, block, block_values = _block(spec["block"])
    blocks = [f"&b {block_text}"] + ["*b"] * (spec["blocks"] - 1)
    step = "" if spec["step"] is None else f", step: {spec['step']}"
    # A rest is played between rounds: with one round the loader refuses one (it would
    # never play), so an allowed rest is then left out and the default kept.
    rest = float(spec["rest"])
    if spec["rounds"] == 1 and REST_S[0] <= rest <= REST_S[1]:
        rest_text, rest = "", DEFAULT_REST_S
    else:
        rest_text = f", rest: {spec['rest']}"
    guidance_text = (
        f"{{rounds: {spec['rounds']}{rest_text}{step}, "
        f"blocks: [{', '.join(blocks[: spec['blocks']])}]}}"
    )
    guidance = Guidance((block,) * spec["blocks"], spec["rounds"], rest, spec["step"])
    name = Text(spec["name"], "Stretch")
    each = 40 + 5 * spec["steps"] + spec["equipment"] + spec["see_also"]
    each += block_values * spec["blocks"]
    copies = max(1, min(spec["copies"], 30_000 // each))  # well within yamlsource.MAX_NODES
    lines = ["schema: 1", "exercises:"]
    exercises = {}
    for n in range(copies):
        ident = f"own-{n}"
        lines += [
            f"  - id: {ident}",
            "    why: &t {nl: Rek, en: Stretch}" if n == 0 else "    why: *t",
            f"    name: {{nl: {json.dumps(name.nl)}, en: {name.en}}}",
            f"    steps: [{', '.join(['*t'] * spec['steps'])}]",
            "    tip: *t",
            "    caution: *t",
            "    position: standing",
            f"    equipment: [{', '.join(['mat'] * spec['equipment'])}]",
            f"    sides: {spec['sides']}",
            "    source: general",
            f"    see_also: [{', '.join(['cobra'] * spec['see_also'])}]",
            f"    guidance: &g {guidance_text}" if n == 0 else "    guidance: *g",
        ]
        exercises[ident] = _exercise(
            ident,
            name=name,
            steps=(T,) * spec["steps"],
            equipment=(Equipment.MAT,) * spec["equipment"],
            sides=Sides(spec["sides"]),
            see_also=("cobra",) * spec["see_also"],
            guidance=guidance,
        )
    programs = ()
    if spec["items"] is not None:
        lines += [
            "programs:",
            "  - id: own-program",
            "    name: *t",
            f"    items: [{', '.join(['own-0'] * spec['items'])}]",
        ]
        programs = (_program(items=(ProgramItem("own-0"),) * spec["items"]),)
    return "\n".join(lines) + "\n", _adding(*exercises.values(), programs=programs)


@pytest.mark.slow  # many examples or subprocesses: CI runs them, the fast loop skips them
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.parametrize("spoilt", [None, *SPOILS])
@given(data=st.data())
def test_the_cache_keeps_exactly_what_the_loader_makes(
    tmp_path: Path, spoilt: str | None, data: st.DataObject
) -> None:
    """A person's file at and around the loader's bounds, with one thing past its own
    (``spoilt``) or none: the catalogue it stands for is a hit if and only if the loader
    makes that very catalogue of the file; otherwise (the loader refuses the file, or
    changes what it says) a miss. (A file of nothing spoilt may still play too long.)"""
    spec = data.draw(_own_files(spoilt), "spec")
    text, catalogue = _own_file(spec)
    loaded = load_text(text, OWN, _bundled(), guarded=True)
    assert not any("once every alias" in str(p) for p in loaded.problems)  # not MAX_NODES
    same = not loaded.problems and loaded.catalogue == catalogue
    kept = _kept(tmp_path, catalogue)
    event("the loader makes it" if same else "the loader refuses or changes it")
    if same:
        assert kept == catalogue
    else:
        assert kept is None, [str(p) for p in loaded.problems]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    value=st.text(
        st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u200b\u202e\u2066ab,é")
        | st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)),
        max_size=6,
    )
)
def test_a_text_passes_if_and_only_if_the_loader_reads_it_unchanged(value: str) -> None:
    """Any text, written in a file: the loader reads it as it is, or changes or refuses it;
    bounds.is_text says which, without the loader."""
    text = GOOD_EXERCISE.replace(
        "{nl: Mijn rek, en: My stretch}", f"{{nl: Rek, en: {json.dumps(value)}}}"
    )
    loaded = load_text(text, OWN, _bundled(), guarded=True)
    read = loaded.catalogue.exercises.get("my-stretch") if loaded.catalogue else None
    unchanged = not loaded.problems and read is not None and read.name.en == value
    assert bounds.is_text(value) is unchanged


def test_the_quick_text_check_holds_for_every_character() -> None:
    """bounds.is_text trusts str.isprintable: a printable character is no white space but
    the plain space, and no bidi control."""
    for code in range(0x110000):
        char = chr(code)
        if char.isprintable():
            assert char == " " or not char.isspace(), hex(code)
            assert char not in BIDI_CONTROLS, hex(code)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(picks=st.lists(st.integers(0, 10_000), max_size=40))
def test_a_session_plays_one_and_what_each_exercise_adds(picks: list[int]) -> None:
    """The cache works out a program's segments from each exercise's alone (the loader
    counts the program's exercises together): the same number."""
    pool = sorted(_bundled().exercises.values(), key=lambda e: e.id)
    chosen = [pool[p % len(pool)] for p in picks]
    alone = sum(planned_segments([e]) - 1 for e in chosen)
    assert planned_segments(chosen) == 1 + alone


def _model_fields() -> list[tuple[type, str, object]]:
    """Every field of every class a catalogue is made of: (class, name, type hint)."""
    out: list[tuple[type, str, object]] = []
    seen: set[type] = set()
    todo: list[type] = [Catalogue]
    while todo:
        kind = todo.pop()
        if kind in seen:
            continue
        seen.add(kind)
        hints = typing.get_type_hints(kind)
        for field in dataclasses.fields(kind):
            out.append((kind, field.name, hints[field.name]))
            todo += [k for k in _classes_in(hints[field.name]) if dataclasses.is_dataclass(k)]
    return out


def _classes_in(hint: object) -> list[type]:
    if isinstance(hint, type):
        return [hint]
    return [k for arg in typing.get_args(hint) for k in _classes_in(arg)]


def test_every_list_and_number_of_the_model_has_the_loaders_bound() -> None:
    """The cache's tables name the loader's bounds (app/core/bounds.py, one place for
    both); here they must cover the model, so a list or a number added to it shows."""
    fields = _model_fields()
    named = {(kind, name) for kind, name, _ in fields}
    assert set(catalogue_cache.RANGES) <= named
    assert set(catalogue_cache.LENGTHS) <= named
    for kind, name, hint in fields:
        if typing.get_origin(hint) in (tuple, list, dict):
            assert (kind, name) in catalogue_cache.LENGTHS, (kind.__name__, name)
        numbers = {int, float}
        if kind is not BreathPattern and numbers & set(_classes_in(hint)):  # its constructor
            assert (kind, name) in catalogue_cache.RANGES, (kind.__name__, name)


# -- the key ------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["in place (cp -p)", "renamed over (rsync -t)"])
def test_a_file_changed_to_the_same_size_and_time_is_read_again(tmp_path: Path, how: str) -> None:
    """/tmp/review_a/stale_cache_and_twins.py, part a: the window kept the old catalogue."""
    user = tmp_path / "my-exercises.yaml"
    user.write_text(GOOD_EXERCISE, encoding="utf-8")
    cache = tmp_path / "cache" / FILE_NAME
    first = load_catalogues(catalogue_path(), user, cache).catalogue
    assert first is not None and first.exercises["my-stretch"].name.en == "My stretch"
    before = user.stat()
    changed = GOOD_EXERCISE.replace("My stretch", "My strotch")
    if how.startswith("in place"):
        user.write_text(changed, encoding="utf-8")
    else:
        other = tmp_path / ".my-exercises.yaml.tmp"
        other.write_text(changed, encoding="utf-8")
        other.replace(user)
    os.utime(user, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = user.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = load_catalogues(catalogue_path(), user, cache).catalogue
    assert again is not None and again.exercises["my-stretch"].name.en == "My strotch"


def test_a_files_programs_hold_at_most_the_loaders_items_together(tmp_path: Path) -> None:
    """What the loader refuses for a file's programs together (MAX_FILE_PROGRAM_ITEMS), the
    cache refuses too: at the bound a hit, one program past it a miss."""
    from app.core.bounds import MAX_FILE_PROGRAM_ITEMS

    full = (ProgramItem("cobra"),) * MAX_PROGRAM_ITEMS
    count = MAX_FILE_PROGRAM_ITEMS // MAX_PROGRAM_ITEMS
    programs = tuple(_program(f"mine-{n}", items=full) for n in range(count))
    assert _kept(tmp_path, _adding(programs=programs)) is not None
    extra = _program("one-more", items=(ProgramItem("cobra"),))
    assert _kept(tmp_path, _adding(programs=(*programs, extra))) is None
