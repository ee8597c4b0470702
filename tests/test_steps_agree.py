"""The steps, the pacer and the highlighted step tell the same story, in every exercise.

Issue 18: the side plank played 2 rounds its steps never mentioned, the lying bent-knee
twist said "2 more breaths" while the pacer played 3, the seated hamstring stretch
highlighted "come up and change legs" during the hold, the sphinx highlighted its
left-side step while the person turned right, and the flowing chair squat's first cue
was "breathe in, rise up" for a person who starts standing. Each is a kind of mistake
that can happen in any of the 40 exercises, so the rules below read every step of every
exercise, in both languages, against the timeline the app really compiles and the step
the player really highlights (``guide.current_step`` on each segment, both sides):

- **numbers**: every number of breaths, rounds (times), counts, seconds and minutes a
  step states, in digits or words (``5``, ``five``, ``vijf``), is what the timeline plays:
  a step's breaths are those of the block it is highlighted in ("2 more breaths" then
  means a block of 2); rounds are the guidance's rounds ("once more", "a second round",
  "nog een keer": 2); counts are a phase's seconds;
- **what is played is said**: an exercise with rounds says how many; one done on both
  sides says to change sides, and one that is not never does;
- **sides**: a step that names only the left is never highlighted while the right side
  plays (or while getting ready for it), and the other way round; a step that names
  both is the usual description of one side, mirrored for the other;
- **changing sides**: a step about changing sides is highlighted only while changing,
  unless it also describes the hold ("stay for 3 breaths, then change sides"); while
  changing, the step about changing is highlighted (where there is one);
- **the hold**: a step about coming up or out of the pose ("come up on a breath in")
  is never highlighted while the pose is held, unless it also describes the hold;
- **breath by breath**: a step that tells you to breathe out is never highlighted during
  a breath in and the other way round; where the pacer's words for a phase are a
  movement (cat-cow's "breathe in, hollow the back"), the step highlighted then names
  that breath; and within one breath the highlighted steps go forward, so the pacer
  plays a movement in the order the steps give it (the squat's first cue follows the
  first step after standing, not the one that comes back up).

``agreement_problems`` is the rule set; the tests below run it on the bundled catalogue
and show it catches each kind of mistake on a small exercise that makes it.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.core.guide import current_step
from app.core.loader import load_text
from app.core.model import BreathBlock, Catalogue, Exercise, Sides, StepBlock, TimedBlock
from app.core.text import Lang
from app.core.timeline import Kind, Segment, Side, compile_exercises

LANGS: tuple[Lang, ...] = ("en", "nl")

NUMBER_WORDS = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
    },
    "nl": {
        "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
        "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12, "vijftien": 15,
        "twintig": 20,
    },
}  # fmt: skip
UNITS = {
    "en": {
        "breaths": r"breaths?",
        "rounds": r"rounds?|times|repetitions?",
        "counts": r"counts?",
        "seconds": r"seconds?",
        "minutes": r"minutes?",
    },
    "nl": {
        "breaths": r"ademhalingen|ademhaling|ademteugen|ademteug",
        "rounds": r"rondes|ronden|ronde|keer|herhalingen|herhaling",
        "counts": r"tellen|tel",
        "seconds": r"seconden|seconde",
        "minutes": r"minuten|minuut",
    },
}
# Words that may stand between a number and what it counts: "5 long, deep breaths".
FILLERS = {
    "en": r"long|deep|slow|calm|quiet|full|steady|easy|gentle|counted|more|extra|and",
    "nl": r"lange|diepe|rustige|trage|kalme|volle|getelde|extra|en",
}
# "2 more breaths", "one more round", "nog 2 ademhalingen", "nog een keer": on top of what
# was (in English after the number, in Dutch "nog" right before it, or "extra" after).
MORE_AFTER = r"\b(more|extra)\b"
MORE_BEFORE = {"en": r"(?!)", "nl": r"\bnog\s+$"}
ROUND_PHRASES = {
    # (pattern, rounds it means)
    "en": [(r"\bonce more\b", 2), (r"\bsecond round\b", 2), (r"\btwice\b", 2)],
    "nl": [(r"\btweede ronde\b", 2)],
}
CHANGE = {
    "en": r"\b(change|switch) (sides|legs)\b|\bother (side|leg|way)\b|\bturn around\b",
    "nl": r"\bwissel\b[^.]*\b(kant|been|benen|zij)\b|\bandere (kant|been|zij)\b"
    r"|\bdraai je (dan )?om\b",
}
BOTH_SIDES = {"en": r"\b(both|each|per) side\b", "nl": r"\b(beide|elke|per) kant\b"}
# Coming up or out of the pose, or ending it.
EXIT = {
    "en": r"\bcome (up|back|out)\b|\blower (down|the (hips|bridge|knees))\b|\blower,"
    r"|\brelease\b|\bto finish\b|\buncross|\bto come out\b|\brise (up|slowly)\b",
    "nl": r"\bkom\b[^.]*\b(omhoog|terug)\b|\bzak\b[^.]*\bterug\b|\blaat\b[^.]*\blos\b"
    r"|\bom af te sluiten\b|\beruit te komen\b"
    r"|\blaat\b[^.]*\b(je heupen|de brug)\b[^.]*\bzakken\b",
}
# Describing the hold itself: staying, holding, taking or repeating breaths.
HOLD = {
    "en": r"\b(stay|hold|take|keep|repeat|remain)\b",
    "nl": r"\b(blijf|houd|neem|herhaal|haal)\b",
}
# A direction or the side lain on: "turn to the left", "naar rechts", "on your right side".
# (A limb is not a side: "rest your left hand on the wall" belongs to the right side's
# description, mirrored for the left.)
SIDE = {
    "en": r"\b(?:to|towards) the ({side})\b|\bover the ({side}) shoulder\b"
    r"|\bon your ({side}) side\b"
    r"|\b(?:turn|look|lean|bend|reach)(?:s|ing)? ({side})\b",
    "nl": r"\bnaar ({side})\b|\bop je ({side})zij\b|\bover je ({side})schouder\b",
}
SIDE_WORDS = {"en": ("right", "left"), "nl": ("rechts|rechter", "links|linker")}
# An instruction to breathe in or out (not "on a breath in", which times another action).
# Dutch splits the verb: "adem langzaam in", "adem rustig en helemaal uit"; the first
# "in" or "uit" after "adem" is its particle ("adem in en rol weer uit" is a breath in).
BREATHE = {"en": r"\bbreathe (in|out)\b", "nl": r"\badem\b[^.,;]*?\b(in|uit)\b"}
PHASE_OF = {Kind.INHALE: "in", Kind.EXHALE: "out"}


@dataclass(frozen=True)
class Stated:
    """A number a step states: ``count`` of ``unit``, ``more`` if on top of what was."""

    count: int
    unit: str
    more: bool
    words: str


def stated(text: str, lang: Lang) -> Iterator[Stated]:
    """Every number ``text`` states of breaths, rounds, counts, seconds or minutes."""
    words = NUMBER_WORDS[lang]
    number = r"\d+|" + "|".join(sorted(words, key=len, reverse=True))
    fillers = FILLERS[lang]
    for unit, names in UNITS[lang].items():
        pattern = rf"\b({number})((?:[\s,]+(?:{fillers}))*)[\s,]+(?:{names})\b"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            raw = match.group(1).lower()
            count = int(raw) if raw.isdigit() else words[raw]
            before = text[: match.start()].lower()
            more = bool(re.search(MORE_AFTER, match.group(2).lower())) or bool(
                re.search(MORE_BEFORE[lang], before)
            )
            yield Stated(count, unit, more, match.group(0))
    for pattern, rounds in ROUND_PHRASES[lang]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            yield Stated(rounds, "rounds", False, match.group(0))


def has(patterns: dict[Lang, str], text: str, lang: Lang) -> bool:
    return re.search(patterns[lang], text, re.IGNORECASE) is not None


def side_named(text: str, lang: Lang) -> Side | None:
    """The one side a step turns, bends or lies to, or None if it names both or neither."""
    right, left = (
        re.search(SIDE[lang].format(side=words), text, re.IGNORECASE) is not None
        for words in SIDE_WORDS[lang]
    )
    if right != left:
        return Side.RIGHT if right else Side.LEFT
    return None


def breathes(text: str, lang: Lang) -> set[str]:
    """The breaths a step tells you to take: {"in"}, {"out"}, both or none."""
    found = re.finditer(BREATHE[lang], text, re.IGNORECASE)
    return {"out" if m.group(1).lower() in ("out", "uit") else "in" for m in found}


def holds(text: str, lang: Lang) -> bool:
    """Whether a step describes holding the pose (and not only what comes after it)."""
    return has(HOLD, text, lang)


def segments_of(exercise: Exercise, catalogue: Catalogue) -> list[tuple[Segment, int | None]]:
    """The exercise's segments as played (getting ready first) with the step shown."""
    timeline = compile_exercises([exercise], catalogue.prompts)
    return [(s, current_step(exercise, s)) for s in timeline.segments if s.exercise]


def side_playing(exercise: Exercise, segment: Segment) -> Side | None:
    if segment.kind is Kind.PREPARE:  # getting ready for the first side: the right
        return Side.RIGHT if exercise.sides is Sides.BOTH else None
    return segment.side


def agreement_problems(catalogue: Catalogue, only: set[str] | None = None) -> list[str]:
    out: list[str] = []
    for exercise in catalogue.exercises.values():
        if only is None or exercise.id in only:
            out += exercise_problems(exercise, catalogue)
    return out


def exercise_problems(exercise: Exercise, catalogue: Catalogue) -> list[str]:
    played = segments_of(exercise, catalogue)
    problems: list[str] = []

    def say(lang: Lang, step: int | None, message: str) -> None:
        where = f"step {step + 1} " if step is not None else ""
        problems.append(f"{exercise.id} ({lang}) {where}{message}")

    guidance = exercise.guidance
    breath_blocks = [b for b in guidance.blocks if isinstance(b, BreathBlock)]
    # The breath blocks each step is highlighted in, and the phase lengths it sees.
    shown_in: dict[int, set[int]] = {}
    counts_in: dict[int, set[float]] = {}
    for segment, step in played:
        if step is not None and segment.breaths is not None:
            shown_in.setdefault(step, set()).add(segment.breaths)
            counts_in.setdefault(step, set()).add(segment.duration_ms / 1000)
    all_breaths = {b.breaths for b in breath_blocks}
    all_counts = {ms / 1000 for b in breath_blocks for ms in b.pattern.phases_ms() if ms}
    seconds = {s.seconds for b in guidance.blocks if isinstance(b, StepBlock) for s in b.steps}
    minutes = {b.minutes for b in guidance.blocks if isinstance(b, TimedBlock)}
    repeats = {b.repeat for b in guidance.blocks if isinstance(b, StepBlock)}
    rounds_stated = dict.fromkeys(LANGS, False)
    change_stated = dict.fromkeys(LANGS, False)

    # -- numbers -----------------------------------------------------------------------------
    for index, step_text in enumerate(exercise.steps):
        for lang in LANGS:
            text = step_text.get(lang)
            if has(CHANGE, text, lang) or has(BOTH_SIDES, text, lang):
                change_stated[lang] = True
                if exercise.sides is not Sides.BOTH:
                    say(lang, index, f"speaks of another side; the exercise has none: {text!r}")
            for number in stated(text, lang):
                if number.unit == "breaths":
                    allowed = shown_in.get(index) or all_breaths
                    if number.count not in allowed:
                        plays = sorted(allowed) or "no paced breaths"
                        say(lang, index, f"says {number.words!r}; the pacer plays {plays}")
                elif number.unit == "rounds":
                    rounds_stated[lang] = True
                    played_rounds = {guidance.rounds, *repeats}
                    want = {n - 1 for n in played_rounds} if number.more else played_rounds
                    if number.count not in want:
                        say(
                            lang,
                            index,
                            f"says {number.words!r}; the timeline plays {guidance.rounds} "
                            f"round(s)" + (f", repeats {sorted(repeats)}" if repeats else ""),
                        )
                elif number.unit == "counts":
                    allowed_counts = counts_in.get(index) or all_counts
                    if number.count not in allowed_counts:
                        say(lang, index, f"says {number.words!r}; the phases last "
                            f"{sorted(allowed_counts)} s")  # fmt: skip
                elif number.unit == "seconds" and number.count not in seconds:
                    say(lang, index, f"says {number.words!r}; the timed steps last {seconds}")
                elif number.unit == "minutes" and number.count not in minutes:
                    say(lang, index, f"says {number.words!r}; the timeline plays {minutes} min")

    # -- what is played is said --------------------------------------------------------------
    for lang in LANGS:
        if guidance.rounds > 1 and not rounds_stated[lang]:
            say(lang, None, f"plays {guidance.rounds} rounds; no step says so")
        if exercise.sides is Sides.BOTH and not change_stated[lang]:
            say(lang, None, "is done on both sides; no step says to change sides")

    # -- the step highlighted in each segment ----------------------------------------------
    change_steps = {
        lang: [i for i, t in enumerate(exercise.steps) if has(CHANGE, t.get(lang), lang)]
        for lang in LANGS
    }
    seen: set[tuple[object, ...]] = set()
    previous: tuple[int | None, int | None] = (None, None)  # (breath, step) just played
    for segment, step in played:
        if step is None:
            previous = (None, None)
            continue
        side = side_playing(exercise, segment)
        for lang in LANGS:
            text = exercise.steps[step].get(lang)
            key = (lang, step, segment.kind, side)
            if key in seen:
                continue
            seen.add(key)
            named = side_named(text, lang)
            if side is not None and named is not None and named is not side:
                say(lang, step, f"names the {named} side but is highlighted while the "
                    f"{side} side plays ({segment.kind}): {text!r}")  # fmt: skip
            change = has(CHANGE, text, lang)
            exit_ = has(EXIT, text, lang)
            hold = holds(text, lang)
            timed = segment.kind not in (Kind.PREPARE, Kind.SWITCH_SIDE)
            if segment.kind is Kind.SWITCH_SIDE:
                if change_steps[lang] and not change:
                    say(lang, step, f"is highlighted while changing sides; step "
                        f"{change_steps[lang][0] + 1} is the one about it: {text!r}")  # fmt: skip
            elif change and not (timed and hold):
                say(lang, step, f"is about changing sides but is highlighted during "
                    f"{segment.kind}: {text!r}")  # fmt: skip
            if exit_ and timed and not hold:
                say(lang, step, f"is about coming out of the pose but is highlighted "
                    f"while it is held ({segment.kind}): {text!r}")  # fmt: skip
            if segment.kind is Kind.PREPARE and (change or exit_):
                say(lang, step, f"is highlighted while getting ready: {text!r}")
            phase = PHASE_OF.get(segment.kind)
            told = breathes(text, lang)
            if phase is not None and len(told) == 1 and phase not in told:
                say(lang, step, f"says breathe {next(iter(told))} but is highlighted during "
                    f"the breath {phase}: {text!r}")  # fmt: skip
        # The pacer's own words for a phase are a movement: the step shown names it.
        phase = PHASE_OF.get(segment.kind)
        generic = {Kind.INHALE: catalogue.prompts.inhale, Kind.EXHALE: catalogue.prompts.exhale}
        if phase is not None and segment.text != generic[segment.kind]:
            for lang in LANGS:
                text = exercise.steps[step].get(lang)
                key = ("cue", lang, step, segment.kind)
                if phase not in breathes(text, lang) and key not in seen:
                    seen.add(key)
                    say(lang, step, f"is highlighted while the pacer says "
                        f"{segment.text.get(lang)!r}, but it does not tell you to breathe "
                        f"{phase}: {text!r}")  # fmt: skip
        # Within one breath, the steps shown go forward.
        if (
            segment.breath is not None
            and previous[0] == segment.breath
            and previous[1] is not None
            and step < previous[1]
            and ("order", step) not in seen
        ):
            seen.add(("order", step))
            say("en", step, f"is highlighted after step {previous[1] + 1} within one "
                "breath: the pacer plays the movement in another order than the steps")  # fmt: skip
        previous = (segment.breath, step)
    return problems


# -- the bundled catalogue --------------------------------------------------------------------


def test_every_exercise_tells_one_story(catalogue: Catalogue) -> None:
    assert agreement_problems(catalogue) == []


def test_the_reading_of_numbers() -> None:
    def read(text: str, lang: Lang) -> list[tuple[int, str, bool]]:
        return [(s.count, s.unit, s.more) for s in stated(text, lang)]

    assert read("Take 2 more long, deep breaths.", "en") == [(2, "breaths", True)]
    assert read("Neem nog 2 lange, diepe ademhalingen.", "nl") == [(2, "breaths", True)]
    assert read("Stay for five long breaths, then do one more round.", "en") == [
        (5, "breaths", False),
        (1, "rounds", True),
    ]
    assert read("Tel tot tien ademhalingen en doe het nog een keer.", "nl") == [
        (10, "breaths", False),
        (1, "rounds", True),
    ]
    assert read("Haal een paar keer rustig adem.", "nl") == []  # "a few times": no number
    assert read("Breathe in for 5 counts, out for 7, then wait 3 counts.", "en") == [
        (5, "counts", False),
        (3, "counts", False),
    ]
    assert read("Do the whole thing once more.", "en") == [(2, "rounds", False)]
    assert read("Do them once more, 2 rounds in all.", "en") == [
        (2, "rounds", False),
        (2, "rounds", False),
    ]
    assert read("Neem 3 extra ademhalingen.", "nl") == [(3, "breaths", True)]
    assert side_named("Lift the right foot onto the left thigh.", "en") is None
    assert side_named("Rest your left hand on the wall.", "en") is None  # a limb
    assert side_named("Turn to the left for 3 breaths.", "en") is Side.LEFT
    assert side_named("Lie on your right side.", "en") is Side.RIGHT
    assert side_named("Knees at roughly right angles.", "en") is None
    assert side_named("Kijk over je rechterschouder.", "nl") is Side.RIGHT
    assert side_named("Cross the left ankle over the right thigh.", "en") is None
    assert side_named("Laat je knieën naar links zakken.", "nl") is Side.LEFT
    assert side_named("Ga rechtop zitten, knieën in een rechte hoek.", "nl") is None
    assert breathes("Adem langzaam in door je neus.", "nl") == {"in"}
    assert breathes("Kom terug op een inademing.", "nl") == set()
    assert breathes("Adem in en rol weer uit.", "nl") == {"in"}
    assert breathes("Adem rustig en helemaal uit.", "nl") == {"out"}
    assert breathes("Come back on a breath in.", "en") == set()


# -- each kind of mistake, made on purpose -------------------------------------------------------

BASE = """\
schema: 1
exercises:
  - id: made-up
    name: {nl: Verzonnen, en: Made up}
    why: {nl: Om te testen of de regels werken., en: To test that the rules work.}
    steps:
STEPS
    tip: {nl: Adem rustig., en: Breathe calmly.}
    caution: {nl: Stop bij pijn., en: Stop if it hurts.}
    position: lying_on_back
    sides: SIDES
    source: general
    guidance:
GUIDANCE
"""


def made_up(
    catalogue: Catalogue, steps: list[tuple[str, str]], sides: str, guidance: str
) -> list[str]:
    lines = "\n".join(f"      - {{nl: '{nl}', en: '{en}'}}" for nl, en in steps)
    text = (
        BASE.replace("STEPS", lines)
        .replace("SIDES", sides)
        .replace("GUIDANCE", textwrap.indent(textwrap.dedent(guidance).strip(), "      "))
    )
    result = load_text(text, "made-up.yaml", catalogue)
    assert result.problems == [], result.problems
    assert result.catalogue is not None
    return agreement_problems(result.catalogue, {"made-up"})


HOLD_5 = ("Blijf 5 lange ademhalingen zo.", "Stay for 5 long breaths.")
SETUP = ("Ga op je rug liggen.", "Lie on your back.")
BLOCK_5 = "blocks:\n  - breaths: 5\n    pattern: long-deep"


def test_a_made_up_exercise_that_agrees_passes(catalogue: Catalogue) -> None:
    change = ("Kom terug en wissel van kant.", "Come back and change sides.")
    guidance = f"step: 2\nswitch_step: 3\nswitch_s: 10\n{BLOCK_5}"
    assert made_up(catalogue, [SETUP, HOLD_5, change], "both", guidance) == []


@pytest.mark.parametrize(
    ("steps", "sides", "guidance", "finds"),
    [
        # the side plank: 2 rounds nobody mentions
        ([SETUP, HOLD_5], "none", f"rounds: 2\n{BLOCK_5}", "plays 2 rounds; no step says so"),
        # the lying twist: "2 more" while 3 play
        (
            [SETUP, ("Neem nog 2 diepe ademhalingen.", "Take 2 more deep breaths.")],
            "none",
            "blocks:\n  - breaths: 3\n    pattern: long-deep",
            "says '2 more deep breaths'; the pacer plays [3]",
        ),
        # the hamstring stretch: "come up and change legs" during the hold
        (
            [SETUP, HOLD_5, ("Kom omhoog en wissel van been.", "Come up and change legs.")],
            "both",
            BLOCK_5,
            "is about changing sides but is highlighted during inhale",
        ),
        # the sphinx: the left side's step while turning right
        (
            [SETUP, ("Draai 5 ademhalingen naar rechts.", "Turn right for 5 breaths."),
             ("Draai dan 5 ademhalingen naar links.", "Then turn left for 5 breaths.")],
            "both",
            BLOCK_5,
            "names the left side but is highlighted while the right side plays",
        ),
        # the chair squat: the pacer's first words are the second half of the movement
        (
            [("Ga staan.", "Stand up."),
             ("Adem uit en zak naar de stoel.", "Breathe out and lower to the chair."),
             ("Adem in en kom omhoog.", "Breathe in and rise up."),
             ("Herhaal dit 5 ademhalingen.", "Repeat for 5 breaths.")],
            "none",
            """
            blocks:
              - breaths: 5
                pattern: long-deep
                phase_steps: {inhale: 3, exhale: 2}
                cues:
                  inhale: {nl: 'Adem in, kom omhoog', en: 'Breathe in, rise up'}
                  exhale: {nl: 'Adem uit, zak', en: 'Breathe out, lower'}
            """,
            "within one breath",
        ),
        # ... and with the movement not tied to its steps at all
        (
            [("Ga staan.", "Stand up."),
             ("Adem uit en zak naar de stoel.", "Breathe out and lower to the chair."),
             ("Adem in en kom omhoog.", "Breathe in and rise up."),
             ("Herhaal dit 5 ademhalingen.", "Repeat for 5 breaths.")],
            "none",
            """
            blocks:
              - breaths: 5
                pattern: long-deep
                cues:
                  inhale: {nl: 'Adem in, kom omhoog', en: 'Breathe in, rise up'}
                  exhale: {nl: 'Adem uit, zak', en: 'Breathe out, lower'}
            """,
            "is highlighted while the pacer says 'Breathe in, rise up'",
        ),
        # a hold that shows the way out
        (
            [SETUP, ("Laat na 5 ademhalingen je heupen zakken.",
                     "After 5 breaths, lower the hips.")],
            "none",
            BLOCK_5,
            "is about coming out of the pose but is highlighted while it is held",
        ),
        # both sides played, never said; another side said, never played
        ([SETUP, HOLD_5], "both", BLOCK_5, "no step says to change sides"),
        (
            [SETUP, ("Blijf 5 ademhalingen en wissel van kant.",
                     "Stay for 5 breaths, then change sides.")],
            "none",
            BLOCK_5,
            "speaks of another side; the exercise has none",
        ),
        # "breathe out" shown while breathing in
        (
            [SETUP, ("Adem uit en zak terug. Herhaal 5 ademhalingen.",
                     "Breathe out and sink back. Repeat for 5 breaths.")],
            "none",
            BLOCK_5,
            "says breathe out but is highlighted during the breath in",
        ),
        # counts that are not the pattern's
        (
            [SETUP, ("Adem 4 tellen in en 8 tellen uit, 5 ademhalingen lang.",
                     "Breathe in for 4 counts and out for 8 counts, for 5 breaths.")],
            "none",
            BLOCK_5,
            "says '8 counts'",
        ),
    ],
)  # fmt: skip
def test_each_kind_of_mistake_is_found(
    catalogue: Catalogue, steps: list[tuple[str, str]], sides: str, guidance: str, finds: str
) -> None:
    found = made_up(catalogue, steps, sides, guidance)
    assert any(finds in problem for problem in found), found
