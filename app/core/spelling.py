"""The closest known word to a mistyped one, for "did you mean" hints.

Its own module (not the YAML reader's) so that checking a command line's request does not
import PyYAML: start-up reads the catalogue from its cache without it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def suggestion(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to a mistyped ``word`` (``stpes`` → ``steps``), if any is close."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None
