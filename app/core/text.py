"""Bilingual texts: every content string in the catalogue is a ``{nl, en}`` pair."""

from __future__ import annotations

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
