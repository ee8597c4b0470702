"""Bilingual texts: every content string in the catalogue is a ``{nl, en}`` pair."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal, get_args

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = get_args(Lang)


@dataclass(frozen=True, slots=True)
class Text:
    """One text in both languages; the catalogue validator guarantees neither is empty."""

    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.nl if lang == "nl" else self.en

    def format(self, **values: object) -> Text:
        """Fill ``{placeholders}`` in both languages; a ``Text`` value fills each in its own."""

        def pick(lang: Lang) -> dict[str, object]:
            return {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}

        return Text(self.nl.format(**pick("nl")), self.en.format(**pick("en")))


def language_from_environment(environ: dict[str, str] | None = None) -> Lang:
    """Pick the UI language from the POSIX locale variables.

    Dutch for any ``nl*`` locale, English otherwise. ``LANGUAGE`` (a GNU preference list)
    wins over ``LC_ALL``/``LC_MESSAGES``/``LANG``, the same order gettext uses.
    """
    import os

    env = os.environ if environ is None else environ
    candidates = [env.get("LANGUAGE", "").split(":")[0]]
    candidates += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for value in candidates:
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


# -- quoting what a person typed ------------------------------------------------------------

# Letters that draw as blank space although they are not spaces: the Hangul fillers and the
# blank Braille pattern, the usual way to make a name that looks empty or like another.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# Unicode's Bidi_Control characters (UAX #9): the marks (ALM, LRM, RLM), embeddings and
# overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). They change the
# order in which the text around them is *shown*, not what it is ("Trojan Source",
# CVE-2021-42574): a name can be made to read as another.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

SHOWN_CHARS = 300  # what a message quotes of one value, at most


def is_invisible(ch: str) -> bool:
    """Whether ``ch`` shows as nothing, as a space that is not one, or moves other text.

    Every control (Cc), format (Cf: zero-width spaces and joiners, bidi controls, the soft
    hyphen, BOM), surrogate, private-use or unassigned code point, every separator but the
    plain space (no-break and other spaces, line and paragraph separators), and the blank
    letters (:data:`_BLANK_LETTERS`).
    """
    return ch != " " and (unicodedata.category(ch)[0] in "CZ" or ch in _BLANK_LETTERS)


def escape(ch: str) -> str:
    """``\\u202e`` for one character, ``\\U0001d173`` beyond the Basic Multilingual Plane."""
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def describe(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: how a message names one character."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def visible(text: str, limit: int | None = SHOWN_CHARS, *, ascii_only: bool = False) -> str:
    """``text`` as a message may quote it: what is shown is what was typed.

    Invisible characters (:func:`is_invisible`) become escapes such as ``\\u202e``, so a
    bidi override cannot reorder the message and ``cobra\\u200b`` cannot look like
    ``cobra``; with ``ascii_only`` every non-ASCII character does (for ids, which are
    ASCII, so that a Cyrillic ``о`` does not pass for a Latin ``o``). Longer than ``limit``
    characters, the text is cut and ends in ``…``. Without ``ascii_only``, applying it
    twice changes nothing.
    """
    out: list[str] = []
    size = 0
    for ch in text:
        piece = escape(ch) if is_invisible(ch) or (ascii_only and ord(ch) > 0x7E) else ch
        out.append(piece)
        size += len(piece)
        if limit is not None and size > limit:  # it does not fit: cut back to make room
            while size > limit - 1:
                size -= len(out.pop())
            return "".join(out) + "…"
    return "".join(out)


def invisible_in(text: str) -> list[str]:
    """The distinct invisible characters of ``text``, in order of first appearance."""
    return list(dict.fromkeys(ch for ch in text if is_invisible(ch)))
