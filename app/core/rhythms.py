"""Saved rhythms: a breath pattern of one's own, kept under a name for the pacer.

Before, only a YAML file of one's own exercises could add a rhythm to the pacer's list; now
the pacer saves the pattern typed in it (and its length, breaths or minutes, when one is
chosen) as a small YAML file of its own, ``rhythms/<slug>.yaml``, the way saved sessions
are kept (``core/routines.py``): a damaged file costs one rhythm, never all of them, and
a rhythm can be copied as a file. Read with the catalogue's located checks (a tag that
could construct an object is refused before anything is built; the pattern goes through
:func:`app.core.pattern.parse_pattern`, the length through the bounds of a request), so a
broken file is reported with FILE:LINE:COLUMN and left exactly as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import saved_names
from app.core.pattern import (
    MAX_MINUTES,
    MIN_MINUTES,
    BreathPattern,
    MinutesError,
    PatternError,
    parse_minutes,
    parse_pattern,
)
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.requests import MAX_BREATHS

# PyYAML and the located reader are imported where a rhythm file is written or read, not
# with this module: the pacer's first paint needs no YAML.

RHYTHM_SCHEMA = 1
SUFFIX = ".yaml"
# Characters in a name: a rhythm's name is one line of the pacer's rhythm box, which shows
# about 40; a hundred leaves room for a description without growing the window.
MAX_NAME = 100
_KEYS = ["schema", "name", "pattern"]
_OPTIONAL = ["breaths", "minutes"]


@dataclass(frozen=True, slots=True)
class SavedRhythm:
    """A named pattern, with the length it was saved with (``breaths`` or ``minutes``, or
    neither: the pacer's length stays as it is). The name is held in NFC
    (:func:`normal_name`), whatever form it was typed or read in."""

    name: str
    pattern: BreathPattern
    breaths: int | None = None
    minutes: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", normal_name(self.name))
        if self.breaths is not None and self.minutes is not None:
            raise ValueError("a rhythm has a number of breaths or of minutes, not both")


normal_name = saved_names.normal_name  # NFC: one form for a name, as saved and compared


def name_message(name: str) -> Message | None:
    """Why ``name`` cannot name a rhythm, or None (see :func:`saved_names.name_message`)."""
    empty = Message.of(QT_TRANSLATE_NOOP("Problem", "a rhythm needs a name"))
    return saved_names.name_message(name, MAX_NAME, empty)


def slug(name: str) -> str:
    """A file name for a rhythm's name: ASCII words joined by '-', never empty."""
    return saved_names.slug(name, "rhythm")


def dump(rhythm: SavedRhythm) -> str:
    """The file's text: the pattern with ``.`` as the decimal mark, whatever the language
    (the reader takes either)."""
    import yaml

    data: dict[str, object] = {
        "schema": RHYTHM_SCHEMA,
        "name": rhythm.name,
        "pattern": str(rhythm.pattern),
    }
    if rhythm.breaths is not None:
        data["breaths"] = rhythm.breaths
    if rhythm.minutes is not None:
        data["minutes"] = rhythm.minutes
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return "# A Breathing Room rhythm for the pacer: IN-HOLD-OUT[-HOLD] in seconds.\n" + body


def parse(text: str, filename: str) -> tuple[SavedRhythm | None, list[Problem]]:
    """The rhythm in ``text``, or None and every located problem found."""
    import yaml

    from app.core.reader import FLOAT, INT, STR, Reader
    from app.core.yamlsource import YamlSourceError, compose, position, tag_problems

    try:
        root = compose(text, filename)
    except YamlSourceError as error:
        return None, error.problems
    problems = tag_problems(root, filename)
    if problems:
        return None, problems
    reader = Reader(filename)
    keys = reader.mapping(root, "rhythm", required=_KEYS, optional=_OPTIONAL)
    if keys is None:
        return None, reader.problems

    def refuse(node: yaml.Node, message: Message) -> None:
        line, column = position(node)
        reader.problems.append(Problem(filename, line, column, message))

    if "schema" in keys:
        reader.integer(keys["schema"], "schema", RHYTHM_SCHEMA, RHYTHM_SCHEMA)
    name = reader.string(keys["name"], "name") if "name" in keys else None
    refused = name_message(name) if name is not None else None
    if refused is not None:
        refuse(keys["name"], refused)
    pattern: BreathPattern | None = None
    node = keys.get("pattern")
    if node is not None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (STR, INT, FLOAT):
            reader.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: expected a breath pattern such as 4-7-8 or 5-0-7-3"
                ),
                where="pattern",
            )
        else:
            try:  # the one check every pattern passes: the played milliseconds are bounded
                pattern = parse_pattern(str(node.value), "pattern")
            except PatternError as error:
                refuse(node, error.message)
    breaths = (
        reader.integer(keys["breaths"], "breaths", 1, MAX_BREATHS) if "breaths" in keys else None
    )
    minutes: float | None = None
    if "minutes" in keys:
        number = reader.number(keys["minutes"], "minutes", MIN_MINUTES, MAX_MINUTES)
        if number is not None:
            try:  # and at most two decimals, as every length in minutes
                minutes = parse_minutes(number, "minutes")
            except MinutesError as error:
                refuse(keys["minutes"], error.message)
    if "breaths" in keys and "minutes" in keys:
        refuse(
            keys["minutes"],
            Message.of(
                QT_TRANSLATE_NOOP("Problem", "{where}: give breaths or minutes, not both"),
                where="minutes",
            ),
        )
    if reader.problems or name is None or pattern is None:
        return None, reader.problems
    return SavedRhythm(name, pattern, breaths, minutes), []
