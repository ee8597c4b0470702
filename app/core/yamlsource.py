"""Safe YAML reading that keeps positions.

The catalogue is validated on PyYAML's *node* tree, not on constructed Python objects:
nodes remember their line and column (so every message can point at the spot), duplicate
keys are still visible (PyYAML's constructor silently keeps the last one), and a tag such
as ``!!python/object/apply`` is rejected before anything could construct it.
"""

from __future__ import annotations

from typing import NoReturn

import yaml

from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem

try:  # the C loader is several times faster; the pure one behaves the same
    SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader

_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
}


class YamlSourceError(Exception):
    """The file could not be parsed at all; ``problems`` say where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def position(node: yaml.Node) -> tuple[int, int]:
    """1-based line and column of a node, as editors count them."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def compose(text: str, filename: str) -> yaml.Node:
    """Parse ``text`` into one document's node tree, or raise with located problems."""
    tabs = _tab_problems(text, filename)
    if tabs:
        raise YamlSourceError(tabs)
    try:
        documents = list(yaml.compose_all(text, Loader=SafeLoader))
    except yaml.YAMLError as error:
        # A MarkedYAMLError knows where; a reader error (a control character) may not.
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        reason = getattr(error, "problem", None) or getattr(error, "context", None) or error
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        _fail(
            filename,
            line,
            column,
            QT_TRANSLATE_NOOP("Problem", "YAML syntax: {reason}"),
            reason=reason,
        )
    if not documents:
        _fail(filename, 1, 1, QT_TRANSLATE_NOOP("Problem", "the file is empty"))
    if len(documents) > 1:
        line, column = position(documents[1])
        _fail(
            filename,
            line,
            column,
            QT_TRANSLATE_NOOP(
                "Problem", "a second YAML document ('---'); a catalogue is one document"
            ),
        )
    return documents[0]


def _fail(filename: str, line: int, column: int, template: str, **args: object) -> NoReturn:
    raise YamlSourceError([Problem(filename, line, column, Message.of(template, **args))]) from None


def tag_problems(root: yaml.Node, filename: str) -> list[Problem]:
    """Every node whose tag is not plain data (``!!python/...``, ``!custom``)."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias points at a node already checked
            continue
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            line, column = position(node)
            problems.append(
                Problem(
                    filename,
                    line,
                    column,
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Problem",
                            "tag '{tag}' is not allowed: the catalogue holds plain data only "
                            "(text, numbers, lists and mappings)",
                        ),
                        tag=tag,
                    ),
                )
            )
            continue
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    problems.sort(key=lambda p: (p.line, p.column))
    return problems


def _tab_problems(text: str, filename: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent]:
            problems.append(
                Problem(
                    filename,
                    number,
                    line.index("\t") + 1,
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Problem", "a tab in the indentation; YAML indents with spaces only"
                        )
                    ),
                )
            )
    return problems
