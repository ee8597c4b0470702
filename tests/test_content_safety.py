"""Safety and claims, across the whole catalogue: what a physiotherapist reading every
exercise would insist on (issue 18). Each check is a function of a ``Catalogue`` returning
what it finds, so it can also be run against an older catalogue file."""

from __future__ import annotations

import re

from app.core.model import Catalogue, Exercise, Position
from app.core.text import Lang
from tests.helpers.content import catalogue_texts


def _steps(exercise: Exercise, lang: Lang) -> str:
    return " ".join(step.get(lang) for step in exercise.steps)


def _words(exercise: Exercise, lang: Lang) -> str:
    """Everything a person reads before and while doing it: why, steps, tip, caution."""
    parts = (exercise.why, *exercise.steps, exercise.tip, exercise.caution)
    return " ".join(p.get(lang) for p in parts)


# -- twists -----------------------------------------------------------------------------------


def is_twist(exercise: Exercise) -> bool:
    """A rotation of the trunk: the name says so, or a step turns the trunk or the knees
    across the body. A head turn alone (the sphinx) is not one."""
    if re.search(r"\btwist", exercise.name.en, re.I):
        return True
    return bool(re.search(r"\b(twist|rotat)", _steps(exercise, "en"), re.I))


def twists_without_a_warning(catalogue: Catalogue) -> list[str]:
    """The get-into-position screen shows the caution only, so the warning belongs there."""
    missing = []
    for exercise in catalogue.exercises.values():
        if not is_twist(exercise):
            continue
        nl, en = exercise.caution.nl.lower(), exercise.caution.en.lower()
        nl_ok = "forceer" in nl and re.search(r"\b(draai|rotatie)", nl)
        en_ok = re.search(r"\b(never|not|n't) force\b", en) and re.search(r"twist|rotation", en)
        if not (nl_ok and en_ok):
            missing.append(exercise.id)
    return missing


def test_every_twist_warns_against_forcing_it_in_its_caution(catalogue: Catalogue) -> None:
    twists = {e.id for e in catalogue.exercises.values() if is_twist(e)}
    assert {"windmill-twist", "seated-bent-knee-twist", "lying-bent-knee-twist"} <= twists
    assert "sphinx-head-turn" not in twists
    assert twists_without_a_warning(catalogue) == []


# -- knees on the floor -----------------------------------------------------------------------

_ON_THE_KNEES = re.compile(r"\b(kneel|on (the |your )?(forearms and )?knees|head to knees)", re.I)
_SOFT_NL = re.compile(r"\b(zachts|kussen|handdoek|opgevouwen|deken)\b", re.I)
_SOFT_EN = re.compile(r"\b(pad|padded|padding|cushion|towel|blanket)\b", re.I)
_PADDING = {
    "nl": (_SOFT_NL, re.compile(r"knie", re.I)),
    "en": (_SOFT_EN, re.compile(r"\bknee", re.I)),
}


def rests_on_the_knees(exercise: Exercise) -> bool:
    """Kneeling, on hands and knees, or a plank held on the knees."""
    if exercise.position in (Position.KNEELING, Position.HANDS_AND_KNEES):
        return True
    return bool(_ON_THE_KNEES.search(_steps(exercise, "en")))


def pads_the_knees(text: str, lang: Lang) -> bool:
    """One sentence names both the knees and something soft under them (a cushion under
    the buttock does not count)."""
    soft, knee = _PADDING[lang]
    return any(soft.search(s) and knee.search(s) for s in re.split(r"[.;]", text))


def knees_without_padding(catalogue: Catalogue) -> list[str]:
    missing = []
    for exercise in catalogue.exercises.values():
        if not rests_on_the_knees(exercise):
            continue
        languages: tuple[Lang, ...] = ("nl", "en")
        if not all(
            pads_the_knees(_steps(exercise, lang) + ". " + exercise.caution.get(lang), lang)
            for lang in languages
        ):
            missing.append(exercise.id)
    return missing


def test_every_exercise_on_the_knees_mentions_padding(catalogue: Catalogue) -> None:
    on_knees = {e.id for e in catalogue.exercises.values() if rests_on_the_knees(e)}
    assert {"staged-forearm-plank", "forearm-side-plank", "kneeling-lunge", "pigeon"} <= on_knees
    assert knees_without_padding(catalogue) == []


# -- cautions the kind of exercise calls for --------------------------------------------------


def planks_without_a_back_stop(catalogue: Catalogue) -> list[str]:
    """A held plank loads the back: its caution says to stop when the back hurts."""
    return [
        e.id
        for e in catalogue.exercises.values()
        if re.search(r"\bplank\b", e.name.en, re.I)
        and not (
            re.search(r"\bstop\b[^.]*\brug\b[^.]*\bpijn\b", e.caution.nl, re.I)
            and re.search(r"\bstop\b[^.]*\bback hurts\b", e.caution.en, re.I)
        )
    ]


def hip_stretches_without_sciatica(catalogue: Catalogue) -> list[str]:
    """The figure-four family stretches the piriformis, which lies over the sciatic nerve:
    the book warns about sciatica for it, so every member says so in its caution."""
    return [
        e.id
        for e in catalogue.exercises.values()
        if re.search(r"figure.four|piriformis", _words(e, "en"), re.I)
        and not ("ischias" in e.caution.nl.lower() and "sciatica" in e.caution.en.lower())
    ]


# Cautions that belong to one exercise in particular (issue 18), as (Dutch, English) patterns.
REQUIRED_CAUTIONS: dict[str, list[tuple[str, str]]] = {
    # Rounding the loaded lower back can send nerve pain down a leg.
    "supported-back-release-squat": [(r"pijn naar een been", r"pain spreads into a leg")],
    # The seated twist's twisting warning used to be only in the "why".
    "seated-bent-knee-twist": [
        (r"forceer de draai", r"force the twist"),
        (r"ischias", r"sciatica"),
    ],
}


def missing_required_cautions(catalogue: Catalogue) -> list[tuple[str, str]]:
    missing = []
    for ident, patterns in REQUIRED_CAUTIONS.items():
        caution = catalogue.exercises[ident].caution
        for nl, en in patterns:
            if not (re.search(nl, caution.nl, re.I) and re.search(en, caution.en, re.I)):
                missing.append((ident, en))
    return missing


def test_planks_say_stop_when_the_back_hurts(catalogue: Catalogue) -> None:
    assert planks_without_a_back_stop(catalogue) == []


def test_figure_four_stretches_warn_about_sciatica(catalogue: Catalogue) -> None:
    assert hip_stretches_without_sciatica(catalogue) == []


def test_the_cautions_issue_18_asked_for(catalogue: Catalogue) -> None:
    assert missing_required_cautions(catalogue) == []


# -- which way the legs go ------------------------------------------------------------------

_SIDE = {"rechter": "right", "linker": "left", "rechts": "right", "links": "left"}


def figure_four_twist_direction(catalogue: Catalogue) -> list[str]:
    """In the lying figure-four twist the legs sink away from the crossed leg (right ankle
    over the left thigh: both legs to the left), so the crossed knee points up and is never
    pressed into the floor. Checks every step that crosses an ankle against the step that
    lowers the legs, in both languages."""
    exercise = catalogue.exercises["lying-figure-four-twist"]
    wrong = []
    checks: tuple[tuple[Lang, str, str], ...] = (
        ("nl", r"\b(rechter|linker)enkel over", r"(?:benen \w+|zakkend) naar (rechts|links)"),
        ("en", r"\b(right|left) ankle over", r"sink(?:ing)? (?:together )?to the (right|left)"),
    )  # fmt: skip
    for lang, ankle, sink in checks:
        crossed: str | None = None
        for number, step in enumerate(exercise.steps, 1):
            text = step.get(lang)
            if m := re.search(ankle, text):
                crossed = _SIDE.get(m.group(1), m.group(1))
            if (m := re.search(sink, text)) and crossed is not None:
                side = next(g for g in m.groups() if g)
                if _SIDE.get(side, side) == crossed:
                    wrong.append(f"{lang} step {number}: {crossed} ankle crossed, legs sink {side}")
    return wrong


def test_lying_figure_four_twist_lowers_away_from_the_crossed_leg(catalogue: Catalogue) -> None:
    assert figure_four_twist_direction(catalogue) == []


# -- claims -----------------------------------------------------------------------------------

# What the app must not claim: superlatives, how often something causes pain, cures and
# treatments, diagnoses, proof, and the claims issue 18 found. (pattern, what it is)
CLAIMS_EN = [
    (r"\bone of the (best|most)\b|\bthe best\b|\bbest (thing|exercise|way)", "superlative"),
    (r"\bmost (effective|important|common)\b|\bvery effective\b", "superlative"),
    (r"\b(frequent|common|main|major|usual) (source|cause)\b", "claims a cause of pain"),
    (r"\bcures?\b|\bcured\b|\bheals?\b|\bhealing\b", "clinical effect"),
    (r"\btreats?\b|\btreatment\b|\btherap", "clinical effect"),
    (r"\bdiscs?\b|\bdisc-related\b|\bherniat|\bprolapse", "diagnosis"),
    (r"\bguarantee|\bproven\b|\bclinically\b|\bscientifically\b", "proof"),
    (r"\btakes? away\b|\beliminat|\bget rid of\b", "removes a complaint"),
    (r"\bremoves? (the )?(pain|fear|tension)", "removes a complaint"),
    (r"\bflattens? the (lower )?back\b", "biomechanical claim beyond the book"),
    (r"\bopens every program", "the author's client programmes, not every programme"),
]  # fmt: skip
CLAIMS_NL = [
    (r"\be+n van de beste\b|\bde beste\b|\bbeste (oefening|manier)", "superlatief"),
    (r"\b(zeer|heel|meest) effectie|\bbelangrijkste\b", "superlatief"),
    (r"\b(veelvoorkomende|vaakste|bekende) (bron|oorzaak)", "oorzaak van pijn"),
    (r"\bgenee?st\b|\bgenez|\bheelt\b|\bhelen\b", "klinisch effect"),
    (r"\bbehandel|\btherapie|\btherapeutisch", "klinisch effect"),
    (r"\btussenwervelschijf|\bhernia\b|\bschijf\b|\bschijven\b|\bprolaps", "diagnose"),
    (r"\bgarant|\bbewezen\b|\bklinisch|\bwetenschappelijk", "bewijs"),
    (r"\b(neemt|haalt)( \w+){0,3} (angst|pijn|spanning|klachten)\b[^.;]*\bweg\b", "neemt weg"),
    (r"\bmaakt? je onderrug plat\b|\bmaken je onderrug plat\b", "biomechanische claim"),
    (r"\bopent elk programma", "programma's van de auteur"),
]  # fmt: skip
LANGUAGES: tuple[tuple[Lang, list[tuple[str, str]]], ...] = (("en", CLAIMS_EN), ("nl", CLAIMS_NL))


def claims(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    found = []
    for where, text in catalogue_texts(catalogue):
        for lang, patterns in LANGUAGES:
            for pattern, kind in patterns:
                if m := re.search(pattern, text.get(lang), re.I):
                    found.append((f"{where} ({lang})", kind, m.group(0)))
    return found


def test_no_claims_beyond_the_book(catalogue: Catalogue) -> None:
    assert claims(catalogue) == []


def test_the_claim_patterns_catch_what_they_are_for() -> None:
    samples_en = [
        "Walking is one of the best things for a sore back.",
        "the quadratus lumborum, a frequent source of one-sided low back pain",
        "Many people with disc-related pain find extension soothing.",
        "Tight hamstrings pull on the pelvis and flatten the lower back.",
        "eases the fear of bending and takes away the fear",
        "The author does this every day, and it opens every program.",
    ]
    samples_nl = [
        "Wandelen is een van de beste dingen voor een pijnlijke rug.",
        "een veelvoorkomende bron van eenzijdige lage rugpijn",
        "Veel mensen met klachten aan een tussenwervelschijf vinden strekken weldadig.",
        "Stijve hamstrings trekken aan je bekken en maken je onderrug plat.",
        "brengt beweging terug en neemt de angst om te buigen weg.",
        "De auteur doet deze oefening elke dag en ze opent elk programma.",
    ]
    for sample in samples_en:
        assert any(re.search(p, sample, re.I) for p, _ in CLAIMS_EN), sample
    for sample in samples_nl:
        assert any(re.search(p, sample, re.I) for p, _ in CLAIMS_NL), sample
    for fine in ("Stop if pain spreads into a leg.", "untreated high blood pressure"):
        assert not any(re.search(p, fine, re.I) for p, _ in CLAIMS_EN), fine
