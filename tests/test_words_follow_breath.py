"""The words on screen follow the breath (issue 19): while a breath phase plays, the
instruction highlighted and the pacer's own words belong to THAT phase. Today's example
was an instruction that begins with the other phase ("On a breath out, turn your head..."
highlighted during every breath in of the sphinx's hold); the class of fault is any
breath segment of any exercise, in either language, whose highlighted step or words begin
by telling you to breathe the other way. And an instruction that gets into the pose plays
as itself: a SETUP segment highlights the very instruction it says.
"""

from __future__ import annotations

import re
import textwrap

from app.core.loader import load_text
from app.core.model import Catalogue, Exercise
from app.core.text import Lang, Text
from app.core.timeline import Kind, compile_exercises
from tests.test_loader import GOOD_EXERCISE

LANGS: tuple[Lang, ...] = ("en", "nl")
# The phase a breath segment belongs to: a hold keeps the breath it follows.
PHASE = {Kind.INHALE: "in", Kind.HOLD_IN: "in", Kind.EXHALE: "out", Kind.HOLD_OUT: "out"}
# How a text begins when its first words tie it to a breath: "Breathe out and ...", "On a
# (full) breath in, ...", "As you breathe out ...", "Adem (langzaam) uit ...", "Op een
# (volle) inademing ...". Dutch splits the verb: the first "in" or "uit" after "adem" is its
# particle.
STARTS = {
    "en": [
        (r"^(?:breathe|inhale|exhale)\b\s*(in|out)?", None),
        (r"^(?:on|with) (?:a|the|each|every)(?: full| slow| long)? breath (in|out)\b", None),
        (r"^as you breathe (in|out)\b", None),
    ],
    "nl": [
        (r"^adem\b[^.,;]*?\b(in|uit)\b", None),
        (r"^(?:op|bij|met) (?:een|de|elke)(?: volle| rustige| lange)? (in|uit)ademing\b", None),
        (r"^terwijl je (in|uit)ademt\b", None),
    ],
}
_WORDS = {"inhale": "in", "exhale": "out", "uit": "out", "in": "in", "out": "out"}


def phase_it_begins_with(text: str, lang: Lang) -> str | None:
    """``"in"`` or ``"out"`` if ``text`` begins by tying itself to that breath, else None."""
    for pattern, _ in STARTS[lang]:
        match = re.match(pattern, text.strip(), re.IGNORECASE)
        if match:
            word = (match.group(1) or match.group(0).split()[0]).lower()
            return _WORDS.get(word)
    return None


def breath_problems(exercise: Exercise, catalogue: Catalogue) -> list[str]:
    out: list[str] = []
    timeline = compile_exercises([exercise], catalogue.prompts, wait_for_me=True)
    seen: set[tuple[object, ...]] = set()
    for segment in timeline.segments:
        phase = PHASE.get(segment.kind)
        if segment.kind is Kind.SETUP:
            step = segment.step
            if step is None or exercise.steps[step] != segment.text:
                out.append(f"{exercise.id}: a setup segment highlights step {step}, not its own")
            continue
        if phase is None:
            continue
        texts: list[tuple[str, Text]] = [("the pacer's cue", segment.text)]
        if segment.step is not None:
            texts.append((f"step {segment.step + 1}", exercise.steps[segment.step]))
        for label, text in texts:
            for lang in LANGS:
                begins = phase_it_begins_with(text.get(lang), lang)
                key = (label, lang, segment.kind)
                if begins is not None and begins != phase and key not in seen:
                    seen.add(key)
                    out.append(
                        f"{exercise.id} ({lang}): {label} begins with the breath {begins} "
                        f"but shows while the breath {phase} plays ({segment.kind}): "
                        f"{text.get(lang)!r}"
                    )
    return out


def catalogue_breath_problems(catalogue: Catalogue) -> list[str]:
    return [p for e in catalogue.exercises.values() for p in breath_problems(e, catalogue)]


def test_the_words_shown_belong_to_the_breath_that_plays(catalogue: Catalogue) -> None:
    assert catalogue_breath_problems(catalogue) == []


def test_the_rule_reads_both_languages() -> None:
    said = {
        ("Breathe out and lower slowly.", "en"): "out",
        ("On a breath out, slowly turn your head.", "en"): "out",
        ("On a full breath out, let the knee sink.", "en"): "out",
        ("Breathe in at the top, hips level.", "en"): "in",
        ("Stay for 3 long breaths, come up on a breath in.", "en"): None,
        ("Adem uit en zak langzaam terug.", "nl"): "out",
        ("Adem langzaam in door je neus.", "nl"): "in",
        ("Op een uitademing draai je je hoofd.", "nl"): "out",
        ("Op een volle uitademing laat je je knie zakken.", "nl"): "out",
        ("Blijf 3 ademhalingen zo en kom op een inademing omhoog.", "nl"): None,
    }
    assert {key: phase_it_begins_with(*key) for key in said} == said


def test_the_rule_catches_a_step_of_the_other_breath(catalogue: Catalogue) -> None:
    """A made-up exercise whose only step, highlighted through its breaths, begins "on a
    breath out": its breaths in are caught, in both languages; and a cue of the wrong
    breath is caught as the pacer's words."""
    text = GOOD_EXERCISE.replace(
        "      - {nl: Ga staan., en: Stand up.}\n",
        '      - {nl: Op een uitademing buig je opzij., en: "On a breath out, bend sideways."}\n',
    ).replace(
        "          pattern: long-deep\n",
        "          pattern: long-deep\n"
        "          cues: {exhale: {nl: Adem in en buig, en: Breathe in and bend}}\n",
    )
    result = load_text(textwrap.dedent(text), "my.yaml", catalogue)
    assert result.catalogue is not None and not result.problems, result.problems
    found = breath_problems(result.catalogue.exercises["my-stretch"], result.catalogue)
    assert len(found) == 4, found
    assert sum("step 1 begins with the breath out" in p for p in found) == 2
    assert sum("the pacer's cue begins with the breath in" in p for p in found) == 2
