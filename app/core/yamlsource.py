"""Safe YAML reading that keeps positions.

The catalogue is validated on PyYAML's *node* tree, not on constructed Python objects:
nodes remember their line and column (so every message can point at the spot), duplicate
keys are still visible (PyYAML's constructor silently keeps the last one), and a tag such
as ``!!python/object/apply`` is rejected before anything could construct it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import yaml

from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.text import describe

try:  # the C loader is several times faster; the pure one behaves the same
    SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader

# The most values (scalars, keys, lists, mappings) a file may hold once its aliases are
# filled in. The bundled catalogue holds 4 059; the largest user file read (1 MiB,
# app/core/files.py) written the way the book's catalogue is, 417 exercises, holds 35 682.
# Reading up to the limit takes well under a second; an alias bomb ("billion laughs") is
# refused at the alias that crosses it, in about a millisecond.
MAX_NODES = 50_000
# The most levels of lists and mappings. The bundled catalogue uses 10 (keys counted as a
# level); nothing the schema asks for goes deeper, and every walk stays far from Python's
# recursion limit (libyaml stops at 1 000 itself).
MAX_DEPTH = 50

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
    """Parse ``text`` into one document's node tree, or raise with located problems.

    The work is bounded whatever the text (see :data:`MAX_NODES`, :data:`MAX_DEPTH`): the
    tree is built here from the parser's events, without recursion, and the values are
    counted as they would be once every alias is filled in, so a "billion laughs" file is
    refused at the alias that crosses the limit, before anything walks the tree.
    """
    tabs = _tab_problems(text, filename)
    if tabs:
        raise YamlSourceError(tabs)
    bad = _NON_PRINTABLE.search(text)
    if bad:
        line, column = _line_column(text, bad.start())
        _fail(
            filename,
            line,
            column,
            QT_TRANSLATE_NOOP(
                "Problem",
                "the character {char} is not allowed in a YAML file; remove it "
                "(or write it as an escape in a double-quoted text)",
            ),
            char=describe(bad.group()),
        )
    loader = SafeLoader(text)
    try:
        return _Composer(loader, filename).document()
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
    finally:
        loader.dispose()


# What YAML itself does not allow in a file (PyYAML's reader refuses it too, but the C
# reader says where only as a byte offset): C0 and C1 controls but tab and line breaks,
# surrogates, U+FFFE and U+FFFF.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting line breaks as YAML does."""
    lines = text[:index].splitlines(keepends=True) or [""]
    if lines[-1].endswith(("\n", "\r", "\x85", "\u2028", "\u2029")):
        return len(lines) + 1, 1
    return len(lines), len(lines[-1]) + 1


@dataclass
class _Open:
    """A list or mapping whose end the composer has not reached yet."""

    node: yaml.SequenceNode | yaml.MappingNode
    anchor: str | None
    size: int = 1  # values inside, aliases filled in, itself included
    height: int = 1  # levels inside, itself included
    key: yaml.Node | None = None  # a mapping's key still waiting for its value


class _Composer:
    """PyYAML's composer, without recursion and with the file's cost counted as it goes.

    An alias is the node its anchor made (as in PyYAML): the tree is small, but whatever
    walks it visits the anchored part once per alias. So each anchor remembers how many
    values and how many levels it holds, an alias adds those, and the composer stops as
    soon as the filled-in total passes :data:`MAX_NODES` or the depth :data:`MAX_DEPTH`.
    """

    def __init__(self, loader: yaml.SafeLoader, filename: str) -> None:
        # PyYAML is untyped: the parser's events and the resolver, as what they are used as.
        self.next_event: Callable[[], Any] = loader.get_event
        self.resolve: Callable[[type[yaml.Node], str | None, Any], str] = loader.resolve
        self.filename = filename
        self.total = 0
        self.anchors: dict[str, tuple[yaml.Node, int, int]] = {}  # node, size, height
        self.unfinished: set[str] = set()
        self.plain_tags: dict[str, str] = {}

    def document(self) -> yaml.Node:
        get = self.next_event
        get()  # the stream's start
        if isinstance(get(), yaml.StreamEndEvent):
            _fail(self.filename, 1, 1, QT_TRANSLATE_NOOP("Problem", "the file is empty"))
        root = self._node()
        get()  # the document's end
        if isinstance(get(), yaml.DocumentStartEvent):
            self._fail_at(
                get().start_mark,
                QT_TRANSLATE_NOOP(
                    "Problem", "a second YAML document ('---'); a catalogue is one document"
                ),
            )
        return root

    def _node(self) -> yaml.Node:
        """The next node and everything in it (the hot loop: one pass over the events)."""
        get = self.next_event
        stack: list[_Open] = []
        while True:
            event = get()
            start: Any = event.start_mark
            kind = type(event)
            node: yaml.Node
            if kind is yaml.ScalarEvent:
                self.total += 1
                if self.total > MAX_NODES or len(stack) >= MAX_DEPTH:
                    self._count(0, len(stack) + 1, start)
                end: Any = event.end_mark
                node = yaml.ScalarNode(
                    self._scalar_tag(event), event.value, start, end, style=event.style
                )
                size = height = 1
                if event.anchor is not None:
                    self._new_anchor(event, node, size, height)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self._count(1, len(stack) + 1, start)
                made: type[yaml.MappingNode | yaml.SequenceNode] = (
                    yaml.MappingNode if kind is yaml.MappingStartEvent else yaml.SequenceNode
                )
                tag = event.tag
                if tag is None or tag == "!":
                    tag = self.resolve(made, None, event.implicit)
                collection = made(tag, [], start, None, flow_style=event.flow_style)
                if event.anchor is not None:
                    self._new_anchor(event, collection, 0, 0)
                    self.unfinished.add(event.anchor)
                stack.append(_Open(collection, event.anchor))
                continue
            elif kind is yaml.AliasEvent:
                node, size, height = self._alias(event, len(stack))
            else:  # the end of the list or mapping on top of the stack
                done = stack.pop()
                node, size, height = done.node, done.size, done.height
                node.end_mark = event.end_mark
                if done.anchor is not None:
                    self.unfinished.discard(done.anchor)
                    self.anchors[done.anchor] = (node, size, height)
            if not stack:
                return node
            parent = stack[-1]
            parent.size += size
            if height >= parent.height:
                parent.height = height + 1
            if parent.key is not None:
                parent.node.value.append((parent.key, node))
                parent.key = None
            elif type(parent.node) is yaml.MappingNode:
                parent.key = node
            else:
                parent.node.value.append(node)

    def _scalar_tag(self, event: Any) -> str:
        """The scalar's tag; a plain one's is resolved once per distinct text (a catalogue
        repeats its keys, ``nl`` and ``en`` thousands of times)."""
        tag: str | None = event.tag
        if tag is not None and tag != "!":
            return tag
        implicit = event.implicit
        if implicit[0] and not implicit[1]:  # plain, as almost every scalar is
            found = self.plain_tags.get(event.value)
            if found is None:
                found = self.plain_tags[event.value] = self.resolve(
                    yaml.ScalarNode, event.value, implicit
                )
            return found
        return self.resolve(yaml.ScalarNode, event.value, implicit)

    def _alias(self, event: Any, depth: int) -> tuple[yaml.Node, int, int]:
        name = event.anchor
        if name in self.unfinished:
            self._fail_at(
                event.start_mark,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "the alias '*{name}' is inside its own anchor '&{name}': it would repeat "
                    "without end",
                ),
                name=name,
            )
        if name not in self.anchors:
            self._fail_at(
                event.start_mark,
                QT_TRANSLATE_NOOP(
                    "Problem", "the alias '*{name}' has no anchor '&{name}' before it"
                ),
                name=name,
            )
        node, size, height = self.anchors[name]
        self._count(size, depth + height, event.start_mark)
        return node, size, height

    def _new_anchor(self, event: Any, node: yaml.Node, size: int, height: int) -> None:
        first = self.anchors.get(event.anchor)
        if first is not None:
            self._fail_at(
                event.start_mark,
                QT_TRANSLATE_NOOP(
                    "Problem", "the anchor '&{name}' is used twice (first at line {first})"
                ),
                name=event.anchor,
                first=position(first[0])[0],
            )
        self.anchors[event.anchor] = (node, size, height)

    def _count(self, size: int, depth: int, mark: Any) -> None:
        self.total += size
        if self.total > MAX_NODES:
            self._fail_at(
                mark,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "the file holds more than {max} values (texts, numbers, keys, lists) "
                    "once every alias (*name) is filled in; it is not read further",
                ),
                max=f"{MAX_NODES:,}".replace(",", " "),
            )
        if depth > MAX_DEPTH:
            self._fail_at(
                mark,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "lists and mappings are nested more than {max} levels deep here; "
                    "a catalogue needs about 10",
                ),
                max=MAX_DEPTH,
            )

    def _fail_at(self, mark: Any, template: str, **args: object) -> NoReturn:
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        _fail(self.filename, line, column, template, **args)


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
