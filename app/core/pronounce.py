"""Respellings for the built-in voice: words espeak-ng reads wrongly, said another way.

The Dutch voice reads English loanwords as Dutch ("squat" as skvˈɑt, "lunge" as lˈɵŋə),
and any voice reads "90/90" as "ninety slash ninety". ``resources/pronunciation.yaml``
lists, per language, whole words and how to spell them for the voice; :func:`respell`
applies them to a text just before synthesis, never to what is shown. The list is data,
read with the catalogue's located checks, so a broken file costs its respellings with a
FILE:LINE:COLUMN message, never the voice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from app.core.problems import QT_TRANSLATE_NOOP, Problem
from app.core.text import LANGUAGES, Lang

# A word of the list: letters and digits, with '/', '-' or an apostrophe inside
# ("90/90", "child's"), at most 40 characters; a respelling is at most 80 characters of
# letters, digits, spaces, '-' and apostrophes (no markup, no digits-with-slashes).
MAX_WORD = 40
MAX_SPELLING = 80
MAX_WORDS = 500  # per language: the list is for a few dozen words
_WORD = re.compile(r"\w(?:[\w/'-]*\w)?")
_SPELLING = re.compile(r"[\w' -]+")

Respellings = Mapping[str, Mapping[str, str]]  # language -> lower-case word -> spelling
EMPTY: Respellings = {}


def respell(text: str, lang: Lang, table: Respellings) -> str:
    """``text`` with every whole word of ``table[lang]`` replaced, keeping its case: a
    word written with a capital gets a capital ("Squat" -> "Skwot"), one in capitals
    stays in capitals. A word inside a longer one is not touched ("squatting" stays)."""
    words = table.get(lang)
    if not words or not text:
        return text
    # Longest first, so "hamstrings" wins over "hamstring" where both could match.
    keys = sorted(words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w/'-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w/'-])",
        re.IGNORECASE,
    )

    def replace(match: re.Match[str]) -> str:
        found = match.group(1)
        spelling = words[found.lower()]
        if found.isupper() and len(found) > 1:
            return spelling.upper()
        if found[0].isupper():
            return spelling[:1].upper() + spelling[1:]
        return spelling

    return pattern.sub(replace, text)


def parse(text: str, filename: str) -> tuple[Respellings, list[Problem]]:
    """The respellings of ``text``, or an empty table and every located problem found
    (a list with a mistake is not used at all: half a list would be a surprise)."""
    import yaml

    from app.core.reader import STR, Reader
    from app.core.yamlsource import YamlSourceError, compose, position, tag_problems

    try:
        root = compose(text, filename)
    except YamlSourceError as error:
        return EMPTY, error.problems
    problems = tag_problems(root, filename)
    if problems:
        return EMPTY, problems
    reader = Reader(filename)
    if isinstance(root, yaml.ScalarNode) and root.tag == "tag:yaml.org,2002:null":
        return EMPTY, []  # an empty file: no respellings
    keys = reader.mapping(root, "pronunciation", optional=LANGUAGES)
    if keys is None:
        return EMPTY, reader.problems
    table: dict[str, dict[str, str]] = {}
    for lang, node in keys.items():
        words: dict[str, str] = {}
        table[lang] = words
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
            continue  # "en:" with nothing after it
        if not isinstance(node, yaml.MappingNode):
            reader.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: expected words and their spellings (word: spelling)"
                ),
                where=lang,
            )
            continue
        if len(node.value) > MAX_WORDS:
            reader.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: {count} words; at most {maximum} are allowed here"
                ),
                where=lang,
                count=len(node.value),
                maximum=MAX_WORDS,
            )
            continue
        first: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            where = f"{lang}.{key[:MAX_WORD]}"
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or len(key) > MAX_WORD
                or _WORD.fullmatch(key) is None
            ):
                reader.error(
                    key_node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: '{word}' is not one word (letters and digits, with - / or ' "
                        "inside, at most {maximum} characters)",
                    ),
                    where=lang,
                    word=key[:MAX_WORD],
                    maximum=MAX_WORD,
                )
                continue
            lower = key.lower()
            if lower in first:
                reader.error(
                    key_node,
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: '{word}' appears twice (first at line {line})"
                    ),
                    where=lang,
                    word=key,
                    line=position(first[lower])[0],
                )
                continue
            first[lower] = key_node
            spelling = reader.string(value_node, where)
            if spelling is None:
                continue
            if (
                not isinstance(value_node, yaml.ScalarNode)
                or value_node.tag != STR
                or len(spelling) > MAX_SPELLING
                or _SPELLING.fullmatch(spelling) is None
            ):
                reader.error(
                    value_node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: the spelling '{spelling}' may hold only letters, digits, "
                        "spaces, - and ' (at most {maximum} characters)",
                    ),
                    where=where,
                    spelling=spelling[:MAX_SPELLING],
                    maximum=MAX_SPELLING,
                )
                continue
            words[lower] = spelling
    if reader.problems:
        return EMPTY, reader.problems
    return table, []


def load(path: Path) -> tuple[Respellings, list[Problem]]:
    """The respellings in the file at ``path`` (bounded read, see app/core/files.py)."""
    from app.core.files import read_text

    text, problems = read_text(path, limit=256 * 1024)
    if text is None:
        return EMPTY, problems
    return parse(text, str(path))
