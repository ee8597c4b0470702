"""Finding exercises: a query and filters, matched the same way for 40 or 4 000 exercises.

Pure so that the browser's proxy model only asks, and the rule (accents and case do not
matter, every word must appear somewhere in the name or the steps) is tested without Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.model import Catalogue, Equipment, Exercise, Position
from app.core.text import Lang

# The chapter the person's own exercises (``my-exercises.yaml``) are filtered by: they are
# in no chapter of the book, so the browser lists them under a heading of their own and
# the chapter filter offers that heading like a chapter. The book's chapters count from 1
# (``bounds.CHAPTER``), so 0 is no chapter of theirs.
OWN_EXERCISES = 0


def own_exercises(catalogue: Catalogue) -> list[Exercise]:
    """The person's own exercises, in their file's order: those that came from any file
    but the bundled catalogue (the first of ``sources``). A catalogue made without files
    (a test's) has none."""
    own_files = set(catalogue.sources[1:])
    return [e for e in catalogue.exercises.values() if e.origin in own_files]


def fold(text: str) -> str:
    """Lower case without accents: "Kindhouding" and "kindhoúding" are the same word."""
    folded = text.casefold()
    if folded.isascii():  # most text: nothing to take off (and 20× faster at start-up)
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def haystack(exercise: Exercise, lang: Lang) -> str:
    """The searchable text of an exercise in one language: name and steps, folded."""
    parts = [exercise.name.get(lang), *(step.get(lang) for step in exercise.steps)]
    return "\n".join(map(fold, parts))  # part by part: one accent slows only its own part


class SearchIndex:
    """Every exercise's folded text, made once per language instead of once per keystroke."""

    def __init__(self, exercises: Iterable[Exercise], lang: Lang) -> None:
        self.lang: Lang = lang
        self._texts = {exercise.id: haystack(exercise, lang) for exercise in exercises}

    def text(self, exercise: Exercise) -> str:
        found = self._texts.get(exercise.id)
        return found if found is not None else haystack(exercise, self.lang)


@dataclass(frozen=True, slots=True)
class ExerciseFilter:
    """What the browser asks for; an empty filter lets everything through."""

    query: str = ""
    position: Position | None = None
    equipment: Equipment | None = None
    chapter: int | None = None
    # Folded once: the browser asks for every row (4000 rows at 100× the catalogue).
    words: tuple[str, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(fold(self.query).split()))

    @property
    def empty(self) -> bool:
        unset = (self.position, self.equipment, self.chapter) == (None, None, None)
        return unset and not self.words


def matches(
    exercise: Exercise, index: SearchIndex, wanted: ExerciseFilter, chapter: int | None = None
) -> bool:
    """Whether one appearance of ``exercise`` (in ``chapter``) passes ``wanted``."""
    if wanted.chapter is not None and chapter != wanted.chapter:
        return False
    if wanted.position is not None and exercise.position is not wanted.position:
        return False
    if wanted.equipment is not None and wanted.equipment not in exercise.equipment:
        return False
    words = wanted.words
    if words:
        text = index.text(exercise)
        return all(word in text for word in words)
    return True
