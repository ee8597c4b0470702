"""Saved sessions: a named queue of exercises in a small YAML file of its own.

One file per session (``sessions/<slug>.yaml``) so that a damaged file costs one session,
never all of them, and a person can copy or mail a session as a file. Read with the same
located checks as the catalogue: a broken file is reported with FILE:LINE:COLUMN and left
exactly as it is.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.core import saved_names
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem

# PyYAML and the located reader are imported where a session file is written or read, not
# with this module: the main window imports it, and its first paint needs no YAML.

SESSION_SCHEMA = 1
SUFFIX = ".yaml"
MAX_NAME = 200  # characters; a name is a label in a list, not a text


@dataclass(frozen=True, slots=True)
class SavedRoutine:
    """A named queue. The name is held in Unicode's composed form (NFC, :func:`normal_name`),
    whatever form it was typed or read in: "café" typed on one keyboard and "café" read
    from a file written elsewhere are one name, never two sessions that look the same."""

    name: str
    exercises: tuple[str, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", normal_name(self.name))


normal_name = saved_names.normal_name  # NFC: one form for a name, as saved and compared


def name_message(name: str) -> Message | None:
    """Why ``name`` cannot name a session, or None (see :func:`saved_names.name_message`)."""
    empty = Message.of(QT_TRANSLATE_NOOP("Problem", "a session needs a name"))
    return saved_names.name_message(name, MAX_NAME, empty)


def slug(name: str) -> str:
    """A file name for a session's name: ASCII words joined by '-', never empty."""
    return saved_names.slug(name, "session")


def dump(session: SavedRoutine) -> str:
    import yaml

    body = yaml.safe_dump(
        {"schema": SESSION_SCHEMA, "name": session.name, "exercises": list(session.exercises)},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
    )
    return "# A Breathing Room session: the exercises play in this order.\n" + body


def parse(
    text: str, filename: str, known: Collection[str]
) -> tuple[SavedRoutine | None, list[Problem]]:
    """The session in ``text``, or None and every located problem found."""
    from app.core.reader import Reader
    from app.core.yamlsource import YamlSourceError, compose, position, tag_problems

    try:
        root = compose(text, filename)
    except YamlSourceError as error:
        return None, error.problems
    problems = tag_problems(root, filename)
    if problems:
        return None, problems
    reader = Reader(filename)
    keys = reader.mapping(root, "session", required=["schema", "name", "exercises"])
    if keys is None:
        return None, reader.problems
    if "schema" in keys:
        reader.integer(keys["schema"], "schema", SESSION_SCHEMA, SESSION_SCHEMA)
    name = reader.string(keys["name"], "name") if "name" in keys else None
    refused = name_message(name) if name is not None else None
    if refused is not None:
        line, column = position(keys["name"])
        reader.problems.append(Problem(filename, line, column, refused))
    ids: list[str] = []
    items = reader.sequence(keys["exercises"], "exercises", 1) if "exercises" in keys else None
    for number, node in enumerate(items or [], start=1):
        where = f"exercises[{number}]"
        value = reader.string(node, where)
        if value is None:
            continue
        if value not in known:
            # The catalogue's own wording, so one translation serves both.
            template = QT_TRANSLATE_NOOP("Problem", "{where}: unknown exercise '{value}'{hint}")
            reader.unknown(node, template, where, value, known)
            continue
        ids.append(value)
    if reader.problems or name is None:
        return None, reader.problems
    return SavedRoutine(name, tuple(ids)), []
