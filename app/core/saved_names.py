"""The names of what a person saves (routines, rhythms): one form, one check, one file name.

A name is a label in a list the person reads, so two names that look the same must be one
name: names are held in NFC, and a name holding characters nobody can see is refused.
"""

from __future__ import annotations

import re
import unicodedata

from app.core.problems import QT_TRANSLATE_NOOP, Message
from app.core.text import describe, invisible_in, visible


def normal_name(name: str) -> str:
    """``name`` in NFC: how saved names are stored and compared ("e" with a combining
    acute accent, NFD, and the one letter "é" are the same name)."""
    return unicodedata.normalize("NFC", name)


def name_message(name: str, longest: int, empty: Message) -> Message | None:
    """Why ``name`` cannot be saved, or None: empty (``empty`` says so in the caller's
    words), longer than ``longest`` characters, or holding characters that cannot be seen
    (:func:`app.core.text.is_invisible`: bidi overrides, zero-width spaces and joiners,
    controls, …), with which two different names can look the same."""
    if not name.strip():
        return empty
    hidden = invisible_in(name)
    if hidden:
        which = ", ".join(describe(c) for c in hidden[:3]) + (", …" if len(hidden) > 3 else "")
        return Message.of(
            QT_TRANSLATE_NOOP(
                "Problem",
                "the name '{name}' holds invisible characters ({which}); type it without them",
            ),
            name=visible(name),  # escapes, such as \u202e
            which=which,
        )
    if len(name) > longest:
        return Message.of(
            QT_TRANSLATE_NOOP("Problem", "the name is {length} characters long; at most {max}"),
            length=len(name),
            max=longest,
        )
    return None


def slug(name: str, fallback: str) -> str:
    """A file name for ``name``: ASCII words joined by '-', at most 60 characters;
    ``fallback`` where no ASCII word is left (a name in Greek, or only punctuation)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return "-".join(words)[:60].strip("-") or fallback
