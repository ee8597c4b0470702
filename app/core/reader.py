"""Typed reads from a YAML node tree that collect located problems instead of raising.

Each ``read_*`` returns the value, or ``None`` after recording a problem, so the loader can
carry on and report every problem of a file in one run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

import yaml
from yaml.constructor import SafeConstructor

from app.core.bounds import BIDI, squeezed
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.spelling import suggestion
from app.core.text import LANGUAGES, Text, describe, visible
from app.core.yamlsource import position

E = TypeVar("E", bound=StrEnum)
STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
# A number written with more characters than this is refused as out of range without being
# converted: no count, page or number of seconds the schema takes needs that many, and the
# conversion itself fails on such input (Python refuses an int of over 4 300 digits, and
# ``float()`` of an int of over 308 digits raises).
MAX_NUMBER_CHARS = 40
# A number as a person writes one, for telling "'15'" (text) from a number.
_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)
# A list may hold at most this many items unless the schema says otherwise.
MAX_ITEMS = 1_000


def found_in(node: yaml.Node) -> str:
    """What a message says was found instead: "a list", "nothing", or the value quoted."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == NULL:
        return "nothing"
    value = str(node.value)
    return f"'{value[:40]}…'" if len(value) > 40 else f"'{value}'"


_CONSTRUCTOR = SafeConstructor()  # its scalar methods keep no state


def _number(node: yaml.ScalarNode) -> int | float | None:
    """The node's number, or None if it is too long to be in any range or not one."""
    if len(str(node.value)) > MAX_NUMBER_CHARS:
        return None
    try:
        if node.tag == FLOAT:
            return float(_CONSTRUCTOR.construct_yaml_float(node))
        return int(_CONSTRUCTOR.construct_yaml_int(node))
    except (ValueError, OverflowError, TypeError, yaml.YAMLError):
        return None


class Reader:
    """Typed reads over a node tree.

    ``at`` is the node read last: if reading ever fails in a way nobody foresaw, the
    caller can still say where (see ``loader.load_text(..., guarded=True)``).
    """

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[Problem] = []
        self.at: yaml.Node | None = None

    def error(self, node: yaml.Node, template: str | Message, **args: object) -> None:
        """A problem at ``node``: a template and its values, or a whole (counted) message."""
        self.at = node
        line, column = position(node)
        message = template if isinstance(template, Message) else Message.of(template, **args)
        self.problems.append(Problem(self.filename, line, column, message))

    def unknown(
        self, node: yaml.Node, template: str, where: str, value: str, known: Iterable[str]
    ) -> None:
        """Report a name that is not among ``known``, with the closest one as a hint.

        ``template`` has ``{where}``, ``{value}`` and ``{hint}``.
        """
        close = suggestion(value, known)
        hint = f" (did you mean '{close}'?)" if close else ""
        # Names are ASCII: any other character is shown as an escape, so a hint can never
        # look like what was typed ('cobra\u200b' or a Cyrillic 'с', not 'cobra').
        self.error(node, template, where=where, value=visible(value, ascii_only=True), hint=hint)

    # -- structure -----------------------------------------------------------------------

    def mapping(
        self,
        node: yaml.Node,
        where: str,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
    ) -> dict[str, yaml.Node] | None:
        """The mapping's keys and value nodes; reports unknown, duplicate and missing keys."""
        self.at = node
        if not isinstance(node, yaml.MappingNode):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: expected a mapping (key: value lines), found {found}"
                ),
                where=where,
                found=found_in(node),
            )
            return None
        required = list(required)
        allowed = required + list(optional)
        names = {str(k.value) for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        missing = [key for key in required if key not in names]
        # A misspelled required key is one problem, at the key ("unknown key 'stpes' (did
        # you mean 'steps'?)"), not that and "missing required key 'steps'" as well.
        stand_ins = self.stand_ins(node, allowed, missing)
        out: dict[str, yaml.Node] = {}
        first_seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.error(
                    key_node,
                    QT_TRANSLATE_NOOP("Problem", "{where}: a key must be a plain word"),
                    where=where,
                )
                continue
            if key in first_seen:
                self.error(
                    key_node,
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: key '{key}' appears twice (first at line {line})"
                    ),
                    where=where,
                    key=key,
                    line=position(first_seen[key])[0],
                )
                continue
            first_seen[key] = key_node
            if key not in allowed:
                self.unknown_key(key_node, where, key, allowed, stand_ins.get(key))
                continue
            out[key] = value_node
        for key in missing:
            if key not in stand_ins.values():
                self.error(
                    node,
                    QT_TRANSLATE_NOOP("Problem", "{where}: missing required key '{key}'"),
                    where=where,
                    key=key,
                )
        return out

    def unknown_key(
        self,
        key_node: yaml.Node,
        where: str,
        key: str,
        allowed: list[str],
        close: str | None = None,
    ) -> None:
        """Report ``key`` as unknown, with the allowed key it is closest to (``close`` if
        the caller knows it), else the allowed ones."""
        close = close or suggestion(key, allowed)
        if close:
            self.error(
                key_node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: unknown key '{key}' (did you mean '{close}'?)"
                ),
                where=where,
                key=visible(key, ascii_only=True),
                close=close,
            )
        else:
            self.error(
                key_node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: unknown key '{key}' (expected one of: {allowed})"
                ),
                where=where,
                key=key,
                allowed=", ".join(allowed),
            )

    @staticmethod
    def stand_ins(
        node: yaml.MappingNode, allowed: Iterable[str], missing: list[str]
    ) -> dict[str, str]:
        """The keys of ``node`` that are misspellings of a ``missing`` key, each with the
        key it stands for: a caller that would report the missing key says nothing more
        (the unknown key's own problem names it). Each missing key is taken by the first
        key close to it, in the file's order."""
        known = set(allowed)
        left = list(missing)
        out: dict[str, str] = {}
        for key_node, _ in node.value:
            if not left:
                break
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = str(key_node.value)
            if key in known or key in out:
                continue
            close = suggestion(key, left)
            if close is not None:
                out[key] = close
                left.remove(close)
        return out

    def sequence(
        self, node: yaml.Node, where: str, minimum: int = 0, maximum: int = MAX_ITEMS
    ) -> list[yaml.Node] | None:
        self.at = node
        if not isinstance(node, yaml.SequenceNode):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: expected a list ('- ' items), found {found}"
                ),
                where=where,
                found=found_in(node),
            )
            return None
        if len(node.value) < minimum:
            self.error(
                node,
                Message.counted(
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: expected at least %n item(s), found {count}", None, 1
                    ),
                    minimum,
                    where=where,
                    count=len(node.value),
                ),
            )
            return None
        if len(node.value) > maximum:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: {count} items; at most {maximum} are allowed here"
                ),
                where=where,
                maximum=maximum,
                count=len(node.value),
            )
            return None
        return list(node.value)

    # -- scalars -------------------------------------------------------------------------

    def string(self, node: yaml.Node, where: str) -> str | None:
        """A non-empty text, stripped; one with a bidi control is refused (see below)."""
        self.at = node
        if not isinstance(node, yaml.ScalarNode) or node.tag != STR or not str(node.value).strip():
            self.error(
                node,
                QT_TRANSLATE_NOOP("Problem", "{where}: expected text, found {found}"),
                where=where,
                found=found_in(node),
            )
            return None
        value = str(node.value).strip()
        # A bidi control makes text *show* in another order than it is stored: a name or a
        # step could read as something else, and ids could look alike. The catalogue is
        # Dutch and English, which need none, so it is refused, not silently removed.
        bidi = BIDI.search(value)
        if bidi is not None:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: the text '{value}' holds the invisible bidirectional control "
                    "{char}, which makes text show in another order than it is written; "
                    "remove it",
                ),
                where=where,
                value=value,
                char=describe(bidi.group()),
            )
            return None
        return value

    def text(self, node: yaml.Node, where: str) -> Text | None:
        """A ``{nl: ..., en: ...}`` pair; both languages are required and non-empty."""
        self.at = node
        if not isinstance(node, yaml.MappingNode):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: expected a text in both languages ({{nl: ..., en: ...}}), "
                    "found {found}",
                ),
                where=where,
                found=found_in(node),
            )
            return None
        keys = self.mapping(node, where, optional=LANGUAGES)
        if keys is None:
            return None
        values: dict[str, str] = {}
        # 'enn' is reported as an unknown key (did you mean 'en'?): the same slip once.
        misspelled = self.stand_ins(node, LANGUAGES, [k for k in LANGUAGES if k not in keys])
        for lang in LANGUAGES:
            if lang in misspelled.values():
                continue
            if lang not in keys:
                self.error(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: the text has no '{lang}' version (every text needs nl and en)",
                    ),
                    where=where,
                    lang=lang,
                )
                continue
            value = self.string(keys[lang], f"{where}.{lang}")
            if value is not None:
                values[lang] = squeezed(value)
        if len(values) != len(LANGUAGES):
            return None
        return Text(nl=values["nl"], en=values["en"])

    def integer(self, node: yaml.Node, where: str, low: int, high: int) -> int | None:
        self.at = node
        if isinstance(node, yaml.ScalarNode) and node.tag == INT:
            value = _number(node)
            if value is not None and low <= value <= high:
                return int(value)
        if self._quoted_number(node, where):
            return None
        self.error(
            node,
            QT_TRANSLATE_NOOP(
                "Problem", "{where}: expected a whole number from {low} to {high}, found {found}"
            ),
            where=where,
            low=low,
            high=high,
            found=found_in(node),
        )
        return None

    def number(self, node: yaml.Node, where: str, low: float, high: float) -> float | None:
        self.at = node
        if isinstance(node, yaml.ScalarNode) and node.tag in (INT, FLOAT):
            value = _number(node)
            if value is not None and low <= value <= high:  # NaN is never in range
                return float(value)
        if self._quoted_number(node, where):
            return None
        self.error(
            node,
            QT_TRANSLATE_NOOP(
                "Problem", "{where}: expected a number from {low} to {high}, found {found}"
            ),
            where=where,
            low=f"{low:g}",
            high=f"{high:g}",
            found=found_in(node),
        )
        return None

    def _quoted_number(self, node: yaml.Node, where: str) -> bool:
        """Report a number written in quotes ('15'), which YAML reads as text: the fix is
        to drop the quotes, not to write another number. True if it was one."""
        if not (
            isinstance(node, yaml.ScalarNode)
            and node.tag == STR
            and node.style in ("'", '"')
            and len(str(node.value)) <= MAX_NUMBER_CHARS
        ):
            return False
        if _DECIMAL.fullmatch(str(node.value).strip()) is None:
            return False
        self.error(
            node,
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where}: {found} is text, because of the quotes; write the number without them",
            ),
            where=where,
            found=found_in(node),
        )
        return True

    def choice(self, node: yaml.Node, where: str, enum: type[E]) -> E | None:
        self.at = node
        names = [member.value for member in enum]
        if isinstance(node, yaml.ScalarNode) and node.tag == STR and node.value in names:
            return enum(node.value)
        found = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        close = suggestion(found, names) if found else None
        if close:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: unknown value {found} (did you mean '{close}'?)"
                ),
                where=where,
                found=f"'{visible(found, 60, ascii_only=True)}'",
                close=close,
            )
        else:
            self.error(
                node,
                QT_TRANSLATE_NOOP("Problem", "{where}: expected one of {choices}, found {found}"),
                where=where,
                choices=", ".join(names),
                found=found_in(node),
            )
        return None
