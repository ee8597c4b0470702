"""Checks of the catalogue's words, as functions of a ``Catalogue``: the content tests call
them on the bundled catalogue, and the same functions can be pointed at an older file
(``load_catalogue``) to show that a check catches what it was written for."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

from app.core.files import load_bundled
from app.core.model import BreathBlock, Catalogue, Exercise, StepBlock, TimedBlock
from app.core.text import Text

SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seed"


def load_catalogue(path: Path) -> Catalogue:
    result = load_bundled(path)
    assert result.catalogue is not None, "\n".join(map(str, result.problems))
    return result.catalogue


def exercise_texts(exercise: Exercise) -> Iterator[tuple[str, Text]]:
    """Every text of one exercise with a label saying where it is: name, why, the steps,
    tip, caution, how to come out of the pose, and the words the guidance speaks or shows
    (cues, timed steps, prompts)."""
    yield "name", exercise.name
    yield "why", exercise.why
    for number, step in enumerate(exercise.steps, 1):
        yield f"step {number}", step
    yield "tip", exercise.tip
    yield "caution", exercise.caution
    if exercise.come_out is not None:
        yield "come out", exercise.come_out
    for b, block in enumerate(exercise.guidance.blocks, 1):
        if isinstance(block, BreathBlock):
            for phase, text in block.cues:
                yield f"block {b} cue {phase.value}", text
        elif isinstance(block, StepBlock):
            for s, timed in enumerate(block.steps, 1):
                yield f"block {b} step {s}", timed.text
        elif isinstance(block, TimedBlock):
            for p, prompt in enumerate(block.prompts, 1):
                yield f"block {b} prompt {p}", prompt


def our_sentences(catalogue: Catalogue) -> Iterator[tuple[str, Text]]:
    """The texts the copyright rule covers: all but the names and titles, which are the
    book's own by design."""
    for where, text in catalogue_texts(catalogue):
        if not where.endswith((": name", ": title")):
            yield where, text


def catalogue_texts(catalogue: Catalogue) -> Iterator[tuple[str, Text]]:
    """Every text a person can read or hear, labelled ``where: field``."""
    prompts = catalogue.prompts
    for field in (
        "prepare", "get_ready", "inhale", "hold_in", "exhale", "hold_out",
        "switch_side", "rest", "done", "side_left", "side_right", "ready",
    ):  # fmt: skip
        yield f"prompts: {field}", getattr(prompts, field)
    for chapter in catalogue.chapters:
        yield f"chapter {chapter.number}: title", chapter.title
    for preset in catalogue.presets.values():
        yield f"preset {preset.id}: name", preset.name
        yield f"preset {preset.id}: description", preset.description
    for exercise in catalogue.exercises.values():
        for label, text in exercise_texts(exercise):
            yield f"{exercise.id}: {label}", text
    for program in catalogue.programs.values():
        yield f"program {program.id}: name", program.name
        yield f"program {program.id}: description", program.description


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# -- our own words ---------------------------------------------------------------------------


def seed_text() -> str | None:
    """The seed pages, with words split over a line end joined again ("achte-/ren" is one
    word, "achteren"), or None when the seed is not beside this checkout."""
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        return None
    return rejoin_hyphenation(" ".join(f.read_text(encoding="utf-8") for f in files))


def rejoin_hyphenation(text: str) -> str:
    """Join a word the typesetter broke at a line end: a hyphen right after a letter, then
    the line break, then a letter. A dash between spaces ("pijn – ") stays."""
    return re.sub(r"(\w)-[ \t]*\r?\n[ \t]*(?=\w)", r"\1", text)


COPY_WORDS = 8


def copied_runs(catalogue: Catalogue, seed: str) -> list[tuple[str, str]]:
    """Runs of ``COPY_WORDS`` words that a Dutch text shares word for word with the seed."""
    seed_words = words(seed)
    n = COPY_WORDS
    shingles = {" ".join(seed_words[i : i + n]) for i in range(len(seed_words) - n + 1)}
    copied = []
    for where, text in our_sentences(catalogue):
        ours = words(text.nl)
        for i in range(len(ours) - n + 1):
            run = " ".join(ours[i : i + n])
            if run in shingles:
                copied.append((where, run))
    return copied


# Near-synonyms a paraphrase swaps in for the book's word; each maps to one token, so the
# swap does not hide the borrowed sentence. Kept to plain, common pairs.
SWAPS = {
    "zijde": "kant", "zijden": "kant", "buitenzijde": "buitenkant",
    "binnenzijde": "binnenkant", "stram": "stijf", "strammer": "stijver",
    "verlichten": "verminderen", "verzachten": "verminderen", "losser": "soepeler",
    "direct": "meteen", "overige": "andere", "dijbeen": "dij", "wanneer": "als",
    "grond": "vloer", "totdat": "tot", "symptomen": "klachten",
    "ademteugen": "ademhalingen", "tapijt": "kleed",
}  # fmt: skip
STEM = 5  # letters kept of each word: "gebogen" and "gebogen knie" match, so do "draai"/"draaien"
PARAPHRASE_MIN_WORDS = 15  # shared in the seed's order, in runs of two words or more
PARAPHRASE_SHARE = 0.5  # ... and at least this share of the text
PARAPHRASE_ANY_SHARE_WORDS = 25  # or this many, however long the text


def _tokens(text: str) -> list[str]:
    return [SWAPS.get(w, w)[:STEM] for w in words(text)]


def seed_passages(seed: str) -> list[tuple[list[str], Counter[str]]]:
    """The seed cut into passages (paragraphs, numbered steps, ">>" boxes), as tokens, and
    every two neighbours together: one of our steps may retell two of the book's. Each with
    its token counts, to skip a passage that cannot share enough words."""
    parts = re.split(r"\n\s*\n|\n\s*(?=\d+\.\s)|(?=>>)", seed)
    single = [_tokens(p) for p in parts if p.strip()]
    joined = single + [a + b for a, b in itertools.pairwise(single)]
    return [(tokens, Counter(tokens)) for tokens in joined]


def shared_in_order(ours: list[str], passage: list[str]) -> int:
    """How many of our tokens follow the passage in its order, counting only runs of two or
    more (a lone "je" or "en" in common says nothing)."""
    matcher = SequenceMatcher(None, ours, passage, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks() if b.size >= 2)


def paraphrases(catalogue: Catalogue, seed: str) -> list[tuple[str, int, int, str]]:
    """Texts that retell one seed passage clause by clause: (where, words shared in order,
    words in the text, the text). A short instruction ("Adem uit en buig naar links") shares
    words with any book by necessity; the rule looks for long texts that keep the book's
    sentence and only change a word here and there."""
    passages = seed_passages(seed)
    found = []
    for where, text in our_sentences(catalogue):
        ours = _tokens(text.nl)
        if len(ours) < PARAPHRASE_MIN_WORDS:
            continue
        # The words two texts have in common bound what they share in order: try the
        # passages from the highest bound down and stop when no bound can beat the best.
        counts, shared = Counter(ours), 0
        bounds = sorted(((counts & c).total(), i) for i, (_, c) in enumerate(passages))
        for bound, i in reversed(bounds):
            if bound <= max(shared, PARAPHRASE_MIN_WORDS - 1):
                break
            shared = max(shared, shared_in_order(ours, passages[i][0]))
        if (
            shared >= PARAPHRASE_MIN_WORDS and shared >= PARAPHRASE_SHARE * len(ours)
        ) or shared >= PARAPHRASE_ANY_SHARE_WORDS:
            found.append((where, shared, len(ours), text.nl))
    return found


# A text that retells a passage in other word order still keeps most of its words: the
# share of a text's content words (stems of four letters or more, without the commonest)
# found in the one seed passage that holds most of them. Long texts only: a short
# instruction ("adem uit en buig naar links") shares its few words with any book.
SHARE_MIN_STEMS = 12
SHARE_MAX = 0.65
COMMON = {
    "deze", "door", "naar", "voor", "niet", "maar", "ook", "meer", "wordt", "worden", "omdat",
    "zodat", "terwijl", "wanneer", "tegen", "zijn", "hebt", "heeft", "kunt", "moet", "daar",
    "daarbij", "daarom", "hierbij", "dit", "dat", "die", "wat", "want", "omhoog", "elke",
    "alle", "zoals", "over", "onder", "boven", "tussen",
}  # fmt: skip


def content_stems(text: str) -> set[str]:
    return {SWAPS.get(w, w)[:STEM] for w in words(text) if len(w) >= 4 and w not in COMMON}


def close_retellings(catalogue: Catalogue, seed: str) -> list[tuple[str, float, int, str]]:
    """Texts of which at least ``SHARE_MAX`` of the content words are in one seed passage
    (or two neighbouring ones): (where, that share, content words, the text)."""
    parts = [p for p in re.split(r"\n\s*\n|\n\s*(?=\d+\.\s)|(?=>>)", seed) if p.strip()]
    single = [content_stems(p) for p in parts]
    passages = single + [a | b for a, b in itertools.pairwise(single)]
    found = []
    for where, text in our_sentences(catalogue):
        ours = content_stems(text.nl)
        if len(ours) < SHARE_MIN_STEMS:
            continue
        share = max(len(ours & passage) / len(ours) for passage in passages)
        if share >= SHARE_MAX:
            found.append((where, round(share, 2), len(ours), text.nl))
    return found
