"""The steps, the pacer and the highlighted step tell the same story, in every exercise.

Issue 18: the side plank played 2 rounds its steps never mentioned, the lying bent-knee
twist said "2 more breaths" while the pacer played 3, the seated hamstring stretch
highlighted "come up and change legs" during the hold, the sphinx highlighted its
left-side step while the person turned right, and the flowing chair squat's first cue
was "breathe in, rise up" for a person who starts standing. Its review found more of the
same kinds: the left side showing "the back of your right leg", the rolling bridge
showing "rest and repeat" while the pacer said "breathe out and roll up", a Dutch step
turning left where the English one turns right. Each is a kind of mistake that can
happen in any of the 40 exercises, so the rules below read every text of every exercise,
in both languages, against the timeline the app really compiles and the step the player
really highlights (``guide.current_step`` on each segment, both sides):

- **numbers**: every number of breaths, rounds (times), counts, seconds and minutes a
  text states, in digits or words (``5``, ``five``, ``vijf``; the book's "haal 3 keer
  diep adem" is 3 breaths), is what the timeline plays: a step's breaths are those the
  counter shows while it is highlighted ("2 more breaths" then means the 2 left from
  where it is first shown); rounds are the guidance's rounds ("once more", "a second
  round", "nog een keer": 2); counts are a phase's seconds; and a number in the "why",
  tip, caution or the pacer's own words is one the exercise plays;
- **what is played is said**: an exercise with rounds says how many; one done on both
  sides says to change sides, and one that is not never does;
- **sides**: a step that turns, bends or lies to one side only is never highlighted
  while the other side plays (or while getting ready for the right); while the second
  side plays, a highlighted step that names a side at all, as a direction or a limb
  ("the back of your right leg"), is the left side's own step (``step: {left: …}``) or
  the step about changing while changing; and every text names the same sides, as
  often, in Dutch and in English;
- **changing sides**: a step about changing sides is highlighted only while changing,
  unless it also describes the hold ("stay for 3 breaths, then change sides"); while
  changing, the step about changing is highlighted (where there is one);
- **the hold**: a step about coming up or out of the pose ("come up on a breath in")
  is never highlighted while the pose is held, unless it also describes the hold;
- **breath by breath**: a step that tells you to breathe out is never highlighted during
  a breath in and the other way round; where the pacer's words for a phase are a
  movement (cat-cow's "breathe in, hollow the back"), the step highlighted then names
  that breath and the same movement (a word in common, in both languages); and within
  one breath the highlighted steps go forward, so the pacer plays a movement in the
  order the steps give it (the squat's first cue follows the first step after
  standing, not the one that comes back up);
- **timed steps**: while a timed instruction plays ("breathe out and roll up", "let go
  and feel the difference"), the step highlighted describes it: a word in common in
  both languages, and no other breath.

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
from tests.helpers.content import exercise_texts

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
# What a number counts. The breaths come first: "3 keer diep adem" (the book's way of
# counting breaths) is then not also read as 3 rounds. "Eén keer per dag" is no round.
UNITS = {
    "en": {
        "breaths": r"breaths?",
        "rounds": r"rounds?|times|repetitions?",
        "counts": r"counts?",
        "seconds": r"seconds?",
        "minutes": r"minutes?",
    },
    "nl": {
        "breaths": r"ademhalingen|ademhaling|ademteugen|ademteug"
        r"|keer(?:\s+(?:lang|diep|rustig|en))*\s+adem(?:halen)?",
        "rounds": r"rondes|ronden|ronde|keer(?!\s+per\b)|herhalingen|herhaling",
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
    r"|\bom af te sluiten\b|\beruit te komen\b|\bkom eruit\b"
    r"|\blaat\b[^.]*\b(je heupen|de brug)\b[^.]*\bzakken\b",
}
# Describing the hold itself: staying, holding, taking or repeating breaths.
HOLD = {
    "en": r"\b(stay|hold|take|keep|repeat|remain)\b",
    "nl": r"\b(blijf|houd|neem|herhaal|haal)\b",
}
# A direction or the side lain on: "turn to the left", "naar rechts", "on your right side".
# (A limb alone is not a side to turn to: "rest your left hand on the wall" belongs to
# the right side's description, mirrored for the left; see LIMB_OR_SIDE.)
SIDE = {
    "en": r"\b(?:to|towards) the ({side})\b|\bover the ({side}) shoulder\b"
    r"|\bon your ({side}) side\b"
    r"|\b(?:turn|look|lean|bend|reach)(?:s|ing)? ({side})\b",
    "nl": r"\bnaar ({side})\b|\bop je ({side})zij\b|\bover je ({side})schouder\b",
}
SIDE_WORDS = {"en": ("right", "left"), "nl": ("rechts|rechter", "links|linker")}
# Any word naming a side, a direction or a limb's side: "rechterbeen", "naar links", "the
# right hand", "to the left". ("Right angles", "right on top", "feels right" and "rechtop"
# name no side.)
LIMB_OR_SIDE = {
    "en": (r"(?<!feel )(?<!feels )\bright\b(?!\s+(?:angles?|on top|away)\b)", r"\bleft\b"),
    "nl": (r"\brechts\b|\brechter\w*", r"\blinks\b|\blinker\w*"),
}
# An instruction to breathe in or out (not "on a breath in", which times another action).
# Dutch splits the verb: "adem langzaam in", "adem rustig en helemaal uit"; the first
# "in" or "uit" after "adem" is its particle ("adem in en rol weer uit" is a breath in).
BREATHE = {"en": r"\bbreathe (in|out)\b", "nl": r"\badem\b[^.,;]*?\b(in|uit)\b"}
PHASE_OF = {Kind.INHALE: "in", Kind.EXHALE: "out"}
# Words that say nothing about which movement is meant, for comparing the pacer's words
# with a step's: articles, pronouns, particles, and the breath itself (checked apart).
PLAIN = {
    "en": set(
        [
            "the",
            "a",
            "an",
            "and",
            "or",
            "on",
            "in",
            "out",
            "to",
            "of",
            "with",
            "so",
            "then",
            "as",
            "at",
            "by",
            "for",
            "your",
            "you",
            "it",
            "its",
            "is",
            "are",
            "this",
            "that",
            "up",
            "down",
            "off",
            "back",
            "into",
            "onto",
            "from",
            "over",
            "under",
            "again",
            "both",
            "each",
            "breathe",
            "breath",
            "breaths",
        ]
    ),
    "nl": set(
        [
            "je",
            "jij",
            "jouw",
            "de",
            "het",
            "een",
            "en",
            "of",
            "op",
            "in",
            "uit",
            "naar",
            "van",
            "met",
            "zo",
            "dan",
            "als",
            "tot",
            "bij",
            "aan",
            "om",
            "te",
            "ook",
            "nog",
            "niet",
            "wat",
            "die",
            "dat",
            "dit",
            "deze",
            "er",
            "hier",
            "daar",
            "even",
            "iets",
            "weer",
            "voor",
            "door",
            "over",
            "onder",
            "adem",
            "ademhaling",
            "inademing",
            "uitademing",
        ]
    ),
}


@dataclass(frozen=True)
class Stated:
    """A number a text states: ``count`` of ``unit``, ``more`` if on top of what was."""

    count: int
    unit: str
    more: bool
    words: str


def stated(text: str, lang: Lang) -> Iterator[Stated]:
    """Every number ``text`` states of breaths, rounds, counts, seconds or minutes; a
    number is read once, as the first unit (in the order of ``UNITS``) that fits it."""
    words = NUMBER_WORDS[lang]
    number = r"\d+|" + "|".join(sorted(words, key=len, reverse=True))
    fillers = FILLERS[lang]
    taken: set[int] = set()  # where the numbers already read start
    for unit, names in UNITS[lang].items():
        pattern = rf"\b({number})((?:[\s,]+(?:{fillers}))*)[\s,]+(?:{names})\b"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if match.start() in taken:
                continue
            taken.add(match.start())
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


def side_words(text: str, lang: Lang) -> tuple[int, int]:
    """How often ``text`` names the right and the left, as a direction or a limb."""
    right, left = LIMB_OR_SIDE[lang]
    return (
        len(re.findall(right, text, re.IGNORECASE)),
        len(re.findall(left, text, re.IGNORECASE)),
    )


def breathes(text: str, lang: Lang) -> set[str]:
    """The breaths a step tells you to take: {"in"}, {"out"}, both or none."""
    found = re.finditer(BREATHE[lang], text, re.IGNORECASE)
    return {"out" if m.group(1).lower() in ("out", "uit") else "in" for m in found}


def holds(text: str, lang: Lang) -> bool:
    """Whether a step describes holding the pose (and not only what comes after it)."""
    return has(HOLD, text, lang)


def content_words(text: str, lang: Lang) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) >= 3 and w not in PLAIN[lang]}


def share_a_word(said: str, step: str, lang: Lang) -> bool:
    """Whether the pacer's words and a step name the same thing: a word in common, where
    one may be the start of the other ("rol" and "rollen", "bol" and "bolle")."""
    ours = content_words(step, lang)
    return any(a.startswith(b) or b.startswith(a) for a in content_words(said, lang) for b in ours)


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

    def say(lang: Lang, step: int | str | None, message: str) -> None:
        where = f"step {step + 1} " if isinstance(step, int) else f"{step} " if step else ""
        problems.append(f"{exercise.id} ({lang}) {where}{message}")

    guidance = exercise.guidance
    breath_blocks = [b for b in guidance.blocks if isinstance(b, BreathBlock)]
    # The breaths the counter shows while each step is highlighted, the breaths left from
    # where it is first shown in a run, and the phase lengths it sees.
    shown_in: dict[int, set[int]] = {}
    left_in: dict[int, set[int]] = {}
    counts_in: dict[int, set[float]] = {}
    last: int | None = None
    for segment, step in played:
        if step is not None and segment.breaths is not None and segment.breath is not None:
            shown_in.setdefault(step, set()).add(segment.breaths)
            counts_in.setdefault(step, set()).add(segment.duration_ms / 1000)
            if step != last:
                left_in.setdefault(step, set()).add(segment.breaths - segment.breath + 1)
        last = step
    all_breaths = {b.breaths for b in breath_blocks} | {
        s.breaths for s, _ in played if s.breaths is not None
    }
    all_counts = {ms / 1000 for b in breath_blocks for ms in b.pattern.phases_ms() if ms}
    timed_texts = [t.text for b in guidance.blocks if isinstance(b, StepBlock) for t in b.steps]
    seconds = {t.seconds for b in guidance.blocks if isinstance(b, StepBlock) for t in b.steps}
    minutes = {b.minutes for b in guidance.blocks if isinstance(b, TimedBlock)}
    repeats = {b.repeat for b in guidance.blocks if isinstance(b, StepBlock)}
    rounds_stated = dict.fromkeys(LANGS, False)
    change_stated = dict.fromkeys(LANGS, False)

    def check_number(lang: Lang, where: int | str, number: Stated, step: int | None) -> None:
        if number.unit == "breaths":
            if step is not None and number.more:
                allowed = left_in.get(step) or all_breaths
            else:
                allowed = (shown_in.get(step) if step is not None else None) or all_breaths
            if number.count not in allowed:
                plays = sorted(allowed) or "no paced breaths"
                say(lang, where, f"says {number.words!r}; the pacer plays {plays}")
        elif number.unit == "rounds":
            played_rounds = {guidance.rounds, *repeats}
            want = {n - 1 for n in played_rounds} if number.more else played_rounds
            if number.count not in want:
                say(lang, where, f"says {number.words!r}; the timeline plays {guidance.rounds} "
                    "round(s)" + (f", repeats {sorted(repeats)}" if repeats else ""))  # fmt: skip
        elif number.unit == "counts":
            allowed_counts = (counts_in.get(step) if step is not None else None) or all_counts
            if number.count not in allowed_counts:
                say(lang, where, f"says {number.words!r}; the phases last "
                    f"{sorted(allowed_counts)} s")  # fmt: skip
        elif number.unit == "seconds" and number.count not in seconds:
            say(lang, where, f"says {number.words!r}; the timed steps last {seconds}")
        elif number.unit == "minutes" and number.count not in minutes:
            say(lang, where, f"says {number.words!r}; the timeline plays {minutes} min")

    # -- numbers -----------------------------------------------------------------------------
    for index, step_text in enumerate(exercise.steps):
        for lang in LANGS:
            text = step_text.get(lang)
            if has(CHANGE, text, lang) or has(BOTH_SIDES, text, lang):
                change_stated[lang] = True
                if exercise.sides is not Sides.BOTH:
                    say(lang, index, f"speaks of another side; the exercise has none: {text!r}")
            for number in stated(text, lang):
                rounds_stated[lang] |= number.unit == "rounds"
                check_number(lang, index, number, index)
    # ... and in every other text: the "why", tip, caution and the pacer's own words
    for label, other in exercise_texts(exercise):
        if label == "name" or label.startswith("step "):
            continue
        for lang in LANGS:
            for number in stated(other.get(lang), lang):
                check_number(lang, label, number, None)

    # -- what is played is said --------------------------------------------------------------
    for lang in LANGS:
        if guidance.rounds > 1 and not rounds_stated[lang]:
            say(lang, None, f"plays {guidance.rounds} rounds; no step says so")
        if exercise.sides is Sides.BOTH and not change_stated[lang]:
            say(lang, None, "is done on both sides; no step says to change sides")

    # -- every text names the same sides in both languages ---------------------------------
    for label, text in exercise_texts(exercise):
        if side_words(text.nl, "nl") != side_words(text.en, "en"):
            right_nl, left_nl = side_words(text.nl, "nl")
            right_en, left_en = side_words(text.en, "en")
            say("nl", label, f"names the right {right_nl}x and the left {left_nl}x; the English "
                f"{right_en}x and {left_en}x: {text.nl!r} / {text.en!r}")  # fmt: skip

    # -- the step highlighted in each segment ----------------------------------------------
    change_steps = {
        lang: [i for i, t in enumerate(exercise.steps) if has(CHANGE, t.get(lang), lang)]
        for lang in LANGS
    }
    switch_index = (guidance.switch_step or 1) - 1
    left_index = guidance.step_left - 1 if guidance.step_left is not None else None
    generic = {Kind.INHALE: catalogue.prompts.inhale, Kind.EXHALE: catalogue.prompts.exhale}
    seen: set[tuple[object, ...]] = set()
    previous: tuple[int | None, int | None] = (None, None)  # (breath, step) just played
    for segment, step in played:
        if step is None:
            previous = (None, None)
            continue
        side = side_playing(exercise, segment)
        phase = PHASE_OF.get(segment.kind)
        moving = phase is not None and segment.text != generic[segment.kind]  # a movement cue
        held = segment.kind in PHASE_OF and not moving  # the pose held while breathing
        timed_step = segment.kind is Kind.STEP and segment.text in timed_texts
        for lang in LANGS:
            text = exercise.steps[step].get(lang)
            key = (lang, step, segment.kind, side, segment.text)
            if key in seen:
                continue
            seen.add(key)
            named = side_named(text, lang)
            if side is not None and named is not None and named is not side:
                say(lang, step, f"names the {named} side but is highlighted while the "
                    f"{side} side plays ({segment.kind}): {text!r}")  # fmt: skip
            if side is Side.LEFT and any(side_words(text, lang)):
                own = step == left_index or (
                    segment.kind is Kind.SWITCH_SIDE and step == switch_index
                )
                if not own:
                    say(lang, step, f"names a side or a limb's side but is highlighted while "
                        f"the left side plays ({segment.kind}); only the left side's own "
                        f"step or the switch step may: {text!r}")  # fmt: skip
            change = has(CHANGE, text, lang)
            exit_ = has(EXIT, text, lang)
            hold = holds(text, lang)
            timed = segment.kind not in (Kind.PREPARE, Kind.SETUP, Kind.SWITCH_SIDE)
            if segment.kind is Kind.SWITCH_SIDE:
                if change_steps[lang] and not change:
                    say(lang, step, f"is highlighted while changing sides; step "
                        f"{change_steps[lang][0] + 1} is the one about it: {text!r}")  # fmt: skip
            elif change and not (timed and hold):
                say(lang, step, f"is about changing sides but is highlighted during "
                    f"{segment.kind}: {text!r}")  # fmt: skip
            if exit_ and held and not hold:
                say(lang, step, f"is about coming out of the pose but is highlighted "
                    f"while it is held ({segment.kind}): {text!r}")  # fmt: skip
            if (segment.kind is Kind.PREPARE and (change or exit_)) or (
                segment.kind is Kind.SETUP and change  # (coming up onto the forearms is in)
            ):
                say(lang, step, f"is highlighted while getting ready: {text!r}")
            told = breathes(text, lang)
            if phase is not None and len(told) == 1 and phase not in told:
                say(lang, step, f"says breathe {next(iter(told))} but is highlighted during "
                    f"the breath {phase}: {text!r}")  # fmt: skip
            said = segment.text.get(lang)
            if moving and phase not in told:
                say(lang, step, f"is highlighted while the pacer says {said!r}, but it does "
                    f"not tell you to breathe {phase}: {text!r}")  # fmt: skip
            if (moving or timed_step) and not share_a_word(said, text, lang):
                say(lang, step, f"is highlighted while the pacer says {said!r}, but names "
                    f"nothing it says: {text!r}")  # fmt: skip
            if timed_step and len(told) == 1 and breathes(said, lang) - told:
                say(lang, step, f"is highlighted while the pacer says {said!r}, but tells "
                    f"you to breathe {next(iter(told))}: {text!r}")  # fmt: skip
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
    # the book's way of counting breaths is breaths, not rounds; "once a day" is no round
    assert read("Haal 3 keer diep adem.", "nl") == [(3, "breaths", False)]
    assert read("Houd vast en haal 3 keer lang en diep adem.", "nl") == [(3, "breaths", False)]
    assert read("Doe deze oefening minstens één keer per dag.", "nl") == []
    assert side_words("Leg je rechterhand op je linkerdij, naar rechts.", "nl") == (2, 1)
    assert side_words("Put the right hand on the left thigh, to the right.", "en") == (2, 1)
    assert side_words("Knees at right angles, right on top; it feels right.", "en") == (0, 0)
    assert side_words("Ga rechtop zitten in een rechte hoek.", "nl") == (0, 0)
    assert share_a_word("Adem uit, bolle rug", "Maak je rug bol naar het plafond.", "nl")
    assert share_a_word("Breathe out and roll up", "Roll the spine up off the floor.", "en")
    assert not share_a_word("Adem in, kom omhoog", "Adem in en zak naar de stoel.", "nl")
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
    why: {nl: 'WHY_NL', en: 'WHY_EN'}
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
    catalogue: Catalogue,
    steps: list[tuple[str, str]],
    sides: str,
    guidance: str,
    why: tuple[str, str] = ("Om te testen of de regels werken.", "To test that the rules work."),
) -> list[str]:
    lines = "\n".join(f"      - {{nl: '{nl}', en: '{en}'}}" for nl, en in steps)
    text = (
        BASE.replace("STEPS", lines)
        .replace("WHY_NL", why[0])
        .replace("WHY_EN", why[1])
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
        # the review: the left side shows the right leg's step (a limb, not a direction)
        (
            [SETUP, ("Rek de achterkant van je rechterbeen, 5 ademhalingen lang.",
                     "Stretch the back of the right leg for 5 breaths."),
             ("Wissel van been.", "Change legs.")],
            "both",
            f"step: 2\nswitch_step: 3\n{BLOCK_5}",
            "names a side or a limb's side but is highlighted while the left side plays",
        ),
        # ... and Dutch turning the other way than English, in a step nobody highlights
        (
            [SETUP, HOLD_5, ("Draai naar links en wissel van kant.",
                             "Turn to the right and change sides.")],
            "both",
            f"step: 2\nswitch_step: 3\n{BLOCK_5}",
            "names the right 0x and the left 1x; the English 1x and 0x",
        ),
        # the rolling bridge: a timed step shows a step about something else
        (
            [SETUP, ("Adem uit en rol omhoog tot een brug.", "Breathe out and roll up."),
             ("Rust even en herhaal dit 2 keer.", "Rest briefly and repeat this 2 times.")],
            "none",
            """
            blocks:
              - repeat: 2
                steps:
                  - seconds: 5
                    text: {nl: 'Adem uit en rol omhoog', en: 'Breathe out and roll up'}
                  - {seconds: 5, text: {nl: 'Rust', en: 'Rest'}}
            """,
            "is highlighted while the pacer says 'Breathe out and roll up', but names nothing",
        ),
        # ... or tells another breath than the timed step says
        (
            [SETUP, ("Adem in en rol omhoog.", "Breathe in and roll up."),
             ("Herhaal dit 2 keer.", "Repeat this 2 times.")],
            "none",
            """
            blocks:
              - repeat: 2
                steps:
                  - seconds: 5
                    step: 2
                    text: {nl: 'Adem uit en rol omhoog', en: 'Breathe out and roll up'}
            """,
            "but tells you to breathe in",
        ),
        # the chair squat again: the cues swapped, the steps right; the words give it away
        (
            [("Ga staan.", "Stand up."),
             ("Adem in en zak naar de stoel.", "Breathe in and lower to the chair."),
             ("Adem uit en kom omhoog.", "Breathe out and rise up."),
             ("Herhaal dit 5 ademhalingen.", "Repeat for 5 breaths.")],
            "none",
            """
            blocks:
              - breaths: 5
                pattern: long-deep
                phase_steps: {inhale: 2, exhale: 3}
                cues:
                  inhale: {nl: 'Adem in, kom omhoog', en: 'Breathe in, rise up'}
                  exhale: {nl: 'Adem uit, zak', en: 'Breathe out, lower'}
            """,
            "is highlighted while the pacer says 'Breathe in, rise up', but names nothing",
        ),
        # the book's "haal 3 keer diep adem" is breaths, and the pacer plays 5
        (
            [SETUP, ("Haal 3 keer diep adem.", "Take 3 deep breaths.")],
            "none",
            BLOCK_5,
            "says '3 keer diep adem'; the pacer plays [5]",
        ),
        # what agrees passes
        ([SETUP, HOLD_5], "none", BLOCK_5, None),
        # "2 more" after the breath you turn on, where the count goes on to 4
        (
            [SETUP, ("Draai op een uitademing.", "Turn on a breath out."),
             ("Neem nog 2 diepe ademhalingen.", "Take 2 more deep breaths.")],
            "none",
            """
            blocks:
              - breaths: 1
                pattern: long-deep
                step: 2
              - breaths: 3
                pattern: long-deep
                step: 3
                count_from: previous
            """,
            "says '2 more deep breaths'; the pacer plays [3]",
        ),
    ],
)  # fmt: skip
def test_each_kind_of_mistake_is_found(
    catalogue: Catalogue,
    steps: list[tuple[str, str]],
    sides: str,
    guidance: str,
    finds: str | None,
) -> None:
    found = made_up(catalogue, steps, sides, guidance)
    if finds is None:  # agrees
        assert found == []
    else:
        assert any(finds in problem for problem in found), found


def test_a_number_in_the_why_is_one_the_exercise_plays(catalogue: Catalogue) -> None:
    found = made_up(
        catalogue, [SETUP, HOLD_5], "none", BLOCK_5, why=("Twaalf ademhalingen.", "Twelve breaths.")
    )
    assert any("why says 'Twaalf ademhalingen'; the pacer plays [5]" in p for p in found), found
    assert (
        made_up(
            catalogue, [SETUP, HOLD_5], "none", BLOCK_5, why=("Vijf ademhalingen.", "Five breaths.")
        )
        == []
    )
