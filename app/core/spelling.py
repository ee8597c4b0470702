"""The closest known word to a mistyped one, for "did you mean" hints.

Its own module (not the YAML reader's) so that checking a command line's request does not
import PyYAML: start-up reads the catalogue from its cache without it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from app.core.text import is_invisible

# Longer than any name the app knows by far: no hint is looked for (difflib's cost grows
# with the product of the lengths, and a 1 MB "word" is not a typo).
MAX_WORD = 100


def suggestion(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to a mistyped ``word`` (``stpes`` → ``steps``), if any is close.

    Invisible characters in ``word`` are ignored when comparing (``cobra\\u200b`` is close
    to ``cobra``); the message that shows the hint shows them as escapes
    (:func:`app.core.text.visible`), so the two never look the same.
    """
    if len(word) > MAX_WORD:
        return None
    seen = "".join(ch for ch in word if not is_invisible(ch))
    matches = difflib.get_close_matches(seen or word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None
