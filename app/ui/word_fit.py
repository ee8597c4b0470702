"""Type that shrinks until its longest word fits: a title wraps between words, never
inside one.

At scale 2 or 200 % text a long Dutch word ("Middenrifademhaling") was wider than its
room and broke in two, in the session's title and in the exercise details. Both ask this
one function for their size (the session view first had the loop, the details a copy).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetricsF

STEP = 0.9  # each try is this much smaller than the one before


def widest_word(font: QFont, words: Iterable[str]) -> float:
    """The width in px of the widest of ``words`` in ``font`` (0 for none)."""
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(word) for word in words), default=0.0)


def fitting_size(font: QFont, text: str, room: float, largest: float, least: float) -> float:
    """The point size, from ``largest`` down to ``least``, at which the longest word of
    ``text`` fits ``room`` px; ``least`` when none does (the text then scrolls or is
    cut, which is the least bad: type smaller than the body is not read). ``font`` gives
    the family and weight."""
    words = text.split()
    trial = QFont(font)
    size = largest
    while words and size > least:
        trial.setPointSizeF(size)
        if widest_word(trial, words) <= room:
            return size
        size = max(least, size * STEP)
    return max(size, least) if words else largest
