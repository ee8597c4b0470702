"""Dutch and English across the whole catalogue (issue 18): one English spelling, none of
the Dutch calques an editor struck out, the book's phases kept for the book's phases, and
names that agree with their steps. Each check is a function of a ``Catalogue`` returning
what it finds, so it can also be run against an older catalogue file."""

from __future__ import annotations

import re

from app.core.model import Catalogue
from tests.helpers.content import catalogue_texts, exercise_texts

# -- English: British spelling ---------------------------------------------------------------

# (British, American). The catalogue writes British English: the book's fixed English names
# already do ("pedalling"), and so does the UI ("practise", "Colours"). "programme" is the
# British word for a plan of exercises; "program" is kept for software only.
SPELLING_PAIRS = [
    ("centre", "center"), ("centred", "centered"), ("colour", "color"),
    ("favourite", "favorite"), ("behaviour", "behavior"), ("neighbour", "neighbor"),
    ("programme", "program"), ("programmes", "programs"),
    ("pedalling", "pedaling"), ("travelling", "traveling"), ("travelled", "traveled"),
    ("labelled", "labeled"), ("modelling", "modeling"), ("levelled", "leveled"),
    ("grey", "gray"), ("metre", "meter"), ("litre", "liter"), ("fibre", "fiber"),
    ("per cent", "percent"), ("towards", "toward"), ("ageing", "aging"),
    ("practised", "practiced"), ("practising", "practicing"),
    ("realise", "realize"), ("recognise", "recognize"), ("organise", "organize"),
    ("stabilise", "stabilize"), ("stabilising", "stabilizing"), ("minimise", "minimize"),
    ("orthopaedic", "orthopedic"), ("paediatric", "pediatric"), ("oedema", "edema"),
    ("manoeuvre", "maneuver"), ("defence", "defense"), ("judgement", "judgment"),
]  # fmt: skip
# Beyond the list: any word ending in -ize (British writes -ise: "optimise", "realise"),
# but the words whose root ends so ("size", "seize", "prize").
IZE = re.compile(
    r"\b(?!(?:size|seize|prize|capsize|baize|maize)\b)[a-z]+iz(?:e|es|ed|ing|ation|ations)\b", re.I
)
# The verb is "practise", the noun "practice": the American verb, and the noun spelt as a verb.
VERB_PRACTICE = re.compile(r"\b(to|you|we|they|and|or|please|then) practice\b", re.I)
NOUN_PRACTISE = re.compile(r"\b(a|the|your|this|daily|in) practise\b", re.I)


def american_spellings(catalogue: Catalogue) -> list[tuple[str, str]]:
    found = []
    for where, text in catalogue_texts(catalogue):
        for british, us in SPELLING_PAIRS:
            if re.search(rf"\b{re.escape(us)}\b", text.en, re.I):
                found.append((where, f"{us} (write {british})"))
        if m := IZE.search(text.en):
            found.append((where, f"{m.group(0)} (British English writes -ise)"))
        if m := VERB_PRACTICE.search(text.en):
            found.append((where, f"{m.group(0)} (the verb is 'practise')"))
        if m := NOUN_PRACTISE.search(text.en):
            found.append((where, f"{m.group(0)} (the noun is 'practice')"))
    return found


def test_english_spelling_is_british_throughout(catalogue: Catalogue) -> None:
    assert american_spellings(catalogue) == []


def test_the_spelling_list_finds_a_mix() -> None:
    mixed = "Walk back to the center. The program begins; practise daily. Then practice again."
    hits = [us for _, us in SPELLING_PAIRS if re.search(rf"\b{us}\b", mixed)]
    assert hits == ["center", "program"]
    assert VERB_PRACTICE.search(mixed)
    for american in ("optimize your balance", "It stabilizes the back.", "Organization"):
        assert IZE.search(american), american
    for fine in ("a small size", "seize the day", "optimise", "its prize"):
        assert not IZE.search(fine), fine


# -- Dutch: calques and slips an editor struck out -------------------------------------------

# (pattern, what to write instead). Each was in the catalogue once; the kinds around them
# (a body part that "complains" or "likes" something, an English participle) as well.
DUTCH_PITFALLS = [
    (r"\bhoud je haar\b", "'haar' leest als het haar op je hoofd: zeg wat je vasthoudt"),
    (r"\bdoe haar\b", "'Doe deze oefening'"),
    (r"\bprocent toe\b|\bgeef dan \w+ toe\b", "anglicisme ('give in ten percent'): 'laat wat los'"),
    (r"\b(een|de) (\w+ )?reik\b", "'reik' is geen zelfstandig naamwoord: 'minder ver reiken'"),
    (r"\bgenoeg zachts\b", "'een dik kussen', 'iets zachts'"),
    (r"\b(houd|laat) je (\w+ ){1,3}zacht\b|\bknieën zacht\b", "anglicisme: 'ontspannen'"),
    (r"\bzachter wordt\b", "een heup of spier wordt niet 'zachter': 'ontspant', 'wordt soepeler'"),
    (r"\breik lang door\b", "anglicisme ('reach long through'): 'maak jezelf lang tot in'"),
    (r"\bals je (nek|rug|schouder|knie|heup) dat \w+ vindt\b", "'als dat goed voelt voor je nek'"),
    (r"\bklaagt\b|\bklagen\b", "een lichaamsdeel klaagt niet: 'pijn doet'"),
    (r"\buitdijen\b", "'uitbreiden naar'"),
    (r"\bcijfer-vier", "schrijf het als de namen: 'cijfer vier-rek'"),
    (r"\bgeplant\b", "anglicisme ('planted'): 'staat stevig', 'drukt in de vloer'"),
    (r"\bgeaard\b", "anglicisme ('grounded'): 'zwaar op de vloer'"),
    (r"\bondergezet\b|\bzet je tenen onder\b", "'zet je tenen op'"),
    (r"\bduwend vanuit\b", "anglicisme ('pushing through'): 'door ... in de vloer te drukken'"),
    (r"\bomhoog en over\b|\bover reikt\b", "anglicisme ('up and over'): 'omhoog en opzij'"),
    (r"\bschouders laag\b", "'schouders op de vloer' (liggend) of 'schouders ontspannen'"),
    (r"\bga voor op\b", "'ga op het voorste deel van ... zitten'"),
    (r"\blaat de oefening (dan )?vallen\b", "'sla de oefening over'"),
    # what the review of issue 18 struck out
    (r"\bholle rug moet zacht\b|\bzachte holle rug\b", "'een lichte holle rug', 'klein blijven'"),
    (r"\blaat de woorden zacht\b", "'Zeg de woorden zacht en vriendelijk in jezelf'"),
    (r"\bstoort\b[^.]*\bje rug\b", "'Heb je last van je rug als ...'"),
    (r"\been paar momenten\b", "anglicisme ('a few moments'): 'even'"),
    (r"\bhoe je (rug|nek|lichaam|heup|heupen|been|benen|schouders?) voelt\b", "'aanvoelt'"),
    (r"\bbuig om eruit te komen\b", "'Kom eruit door ... te buigen'"),
    (r",\s*met je hiel van je af\b", "'en reik met je hiel van je af'"),
    (r"\bhaal je benen uit elkaar\b", "zeg wat er gebeurt: 'zet je voet terug op de vloer'"),
    (r"\btil je borst op je onderarmen\b", "'kom met je borst omhoog op je onderarmen'"),
    (r"\bblijf\b(?: (?:zo|daar|ook|hier))* (?:\d+|\w+) (?:(?:lange|rustige|diepe),? )*"
     r"ademhalingen(?! (?:lang|zo|in|vast)\b)", "'blijf zo 3 ademhalingen lang'"),
    (r"\bwaarvan de zitting\b", "'een stoel met de zitting ...'"),
    (r"\bduw vanuit je hielen\b|\bvanuit je hielen omhoog\b",
     "anglicisme ('push through the heels'): 'door je hielen in de vloer te drukken'"),
    # one word for one thing, the word of the book's names
    (r"\bheupbuiger", "'heupflexoren', zoals in de namen"),
    (r"\buitvalspas\b", "'lunge', zoals in de namen"),
    # English words in Dutch
    (r"\brelaxed?\b|\bstretch(en)?\b|\bworkout\b|\bcore\b|\bchill\b",
     "Engels: 'ontspannen', 'rek', 'romp'"),
]  # fmt: skip
# The book's "Fase 1/2" are its phases; inside an exercise a level is a "niveau" ("stage").
PHASE_NL, PHASE_EN = re.compile(r"\bfasen?\b", re.I), re.compile(r"\bphases?\b", re.I)


def dutch_pitfalls(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    found = []
    for where, text in catalogue_texts(catalogue):
        for pattern, advice in DUTCH_PITFALLS:
            if m := re.search(pattern, text.nl, re.I):
                found.append((where, m.group(0), advice))
    return found


def phases_inside_exercises(catalogue: Catalogue) -> list[tuple[str, str]]:
    found = []
    for exercise in catalogue.exercises.values():
        for label, text in exercise_texts(exercise):
            if label == "name":
                continue  # "Gefaseerde plank" is the book's own name
            for m in (PHASE_NL.search(text.nl), PHASE_EN.search(text.en)):
                if m:
                    found.append((f"{exercise.id}: {label}", m.group(0)))
    return found


def test_no_dutch_calques(catalogue: Catalogue) -> None:
    assert dutch_pitfalls(catalogue) == []


def test_the_book_phases_are_not_reused_inside_an_exercise(catalogue: Catalogue) -> None:
    assert phases_inside_exercises(catalogue) == []


def test_the_dutch_pitfalls_catch_what_they_are_for() -> None:
    struck = [
        "Houd je haar krampachtig vast, geef dan tien procent toe.",
        "Doe haar minstens één keer per dag.",
        "een kleinere reik is beter dan een holle rug",
        "Leg genoeg zachts onder je knie",
        "Laat je billen zacht.",
        "draai, als je nek dat prettig vindt, je hoofd naar links",
        "Klaagt een schouder, haal je handen dan wat terug.",
        "als je polsen klagen",
        "Laat je wensen uitdijen naar iedereen",
        "Combineert de cijfer-vierrek voor de heup",
        "Houd je gezicht en kaak zacht.",
        "Houd de beweging klein en pijnvrij; vooral de holle rug moet zacht blijven.",
        "Zo maak je een zachte holle rug.",
        "Laat de woorden zacht zijn.",
        "Stoort plat liggen je rug, ga dan op je zij liggen.",
        "Adem een paar momenten rustig.",
        "Loop langzaam uit en merk op hoe je rug voelt.",
        "Buig om eruit te komen je knieën, rol op je zij.",
        "Adem in en strek je rechterbeen, met je hiel van je af.",
        "Kom terug op een inademing, haal je benen uit elkaar en herhaal.",
        "Zet je ellebogen onder je schouders en til je borst op je onderarmen.",
        "Draai je hoofd en blijf zo 3 ademhalingen.",
        "Buig naar voren en blijf 5 lange ademhalingen.",
        "Kies een stoel waarvan de zitting op kniehoogte zit.",
        "Adem uit en duw vanuit je hielen omhoog.",
        "Lang zitten verkort de heupbuigers.",
        "zoals bij een uitvalspas",
        "Houd je billen los en relaxed.",
    ]
    for sample in struck:
        assert any(re.search(p, sample, re.I) for p, _ in DUTCH_PITFALLS), sample
    for fine in (
        "Leg iets zachts onder je knieën.",
        "Houd je billen ontspannen.",
        "Reik omhoog.",
        "Blijf 3 lange ademhalingen zo.",
        "Blijf zo 3 lange, diepe ademhalingen lang.",
        "Merk op hoe je je nu voelt.",
        "Laat op een uitademing los.",
    ):
        assert not any(re.search(p, fine, re.I) for p, _ in DUTCH_PITFALLS), fine


# -- names agree with their steps ---------------------------------------------------------------

# "Bridge breathing on a chair", "with feet on a chair": the name says something rests on
# a chair; the steps say what rests on its seat, the same body part in both languages, and
# the one the name says, if it says one.
_ON_A_CHAIR = re.compile(r"\b(?:with (?:the )?(feet|calves|legs) )?on a chair\b", re.I)
_ON_THE_SEAT = {
    "en": re.compile(r"\b(feet|calves|legs)\b[^.]*\bon(?:to)? the seat\b", re.I),
    "nl": re.compile(r"\b(voeten|kuiten|benen)\b[^.]*\bop de zitting\b", re.I),
}
_PART_NL = {"feet": "voeten", "calves": "kuiten", "legs": "benen"}


def names_that_contradict_their_steps(catalogue: Catalogue) -> list[str]:
    wrong = []
    for exercise in catalogue.exercises.values():
        m = _ON_A_CHAIR.search(exercise.name.en)
        if not m:
            continue
        on_seat = {
            lang: {
                p.group(1).lower() for s in exercise.steps for p in pattern.finditer(s.get(lang))
            }
            for lang, pattern in _ON_THE_SEAT.items()
        }
        named = m.group(1).lower() if m.group(1) else None
        if len(on_seat["en"]) != 1 or (named is not None and on_seat["en"] != {named}):
            wrong.append(f"{exercise.id} (en): the name says {named or 'a chair'}, the steps "
                         f"put {sorted(on_seat['en']) or 'nothing'} on the seat")  # fmt: skip
        if {_PART_NL.get(p) for p in on_seat["en"]} != on_seat["nl"]:
            wrong.append(f"{exercise.id} (nl): {sorted(on_seat['nl'])} on the seat, the English "
                         f"{sorted(on_seat['en'])}")  # fmt: skip
    return wrong


def test_names_agree_with_their_steps(catalogue: Catalogue) -> None:
    assert any(_ON_A_CHAIR.search(e.name.en) for e in catalogue.exercises.values())
    assert names_that_contradict_their_steps(catalogue) == []
