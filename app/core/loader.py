"""Turn catalogue YAML into a :class:`Catalogue`, reporting every problem with its place.

Two kinds of file share one schema: the bundled ``exercises.yaml`` (chapters, prompts, the
book's programs and its path through them) and the user's own file, which may only *add*
exercises, programs and presets on top of the bundled ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Protocol, TypeVar

import yaml

from app.core.bounds import (
    BLOCK_BREATHS,
    CHAPTER,
    MINUTES,
    PAGE,
    PRESET_BREATHS,
    REPEAT,
    REST_S,
    ROUNDS,
    SCHEMA,
    SECONDS,
    SETUP_S,
    SETUP_STEPS,
    STEP,
    STEP_S,
    SWITCH_S,
    is_id,
)

# The bounds are the cache's too (app/core/bounds.py); named here for callers and tests.
from app.core.bounds import MAX_BLOCKS as MAX_BLOCKS
from app.core.bounds import MAX_ENTRIES as MAX_ENTRIES
from app.core.bounds import MAX_EXERCISE_SEGMENTS as MAX_EXERCISE_SEGMENTS
from app.core.bounds import MAX_FILE_PROGRAM_ITEMS as MAX_FILE_PROGRAM_ITEMS
from app.core.bounds import MAX_FILE_SEGMENTS as MAX_FILE_SEGMENTS
from app.core.bounds import MAX_PROGRAM_ITEMS as MAX_PROGRAM_ITEMS
from app.core.bounds import MAX_PROMPTS as MAX_PROMPTS
from app.core.bounds import MAX_SEE_ALSO as MAX_SEE_ALSO
from app.core.bounds import MAX_STEPS as MAX_STEPS
from app.core.bounds import MAX_TIMED_STEPS as MAX_TIMED_STEPS
from app.core.bounds import SCHEMA_VERSION as SCHEMA_VERSION
from app.core.model import (
    BREATH_PHASES,
    DEFAULT_REST_S,
    DEFAULT_SETUP_S,
    DEFAULT_SWITCH_S,
    Block,
    BreathBlock,
    Catalogue,
    Chapter,
    Equipment,
    Exercise,
    Guidance,
    Kind,
    PhaseStep,
    Position,
    Preset,
    Program,
    ProgramItem,
    Prompts,
    Section,
    Sides,
    Source,
    StepBlock,
    StepTime,
    TimedBlock,
    TimedStep,
)
from app.core.pattern import BreathPattern, PatternError, parse_pattern
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.reader import STR, Reader, found_in
from app.core.text import Text, describe, invisible_in
from app.core.timeline import MAX_SEGMENTS, planned_segments
from app.core.yamlsource import YamlSourceError, compose, position, tag_problems

_PROMPT_KEYS = [f.name for f in fields(Prompts)]
# The keys a block of any kind may have besides the one that names its kind.
_BLOCK_KEYS = [
    "pattern", "count", "count_from", "cues", "step", "phase_steps", "repeat", "prompts",
]  # fmt: skip
# Where a block of breaths may carry on its count: the block right before it.
_COUNT_FROM = "previous"
_EXERCISE_KEYS = [
    "id", "name", "why", "steps", "tip", "caution", "position", "sides", "source", "guidance",
]  # fmt: skip
_EXERCISE_OPTIONAL = ["equipment", "see_also", "come_out"]
_PROGRAM_KEYS = ["id", "name", "items"]
_PROGRAM_OPTIONAL = ["description", "chapter", "section"]
T = TypeVar("T")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=_HasId)


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue | None
    problems: list[Problem]


def load_text(
    text: str, filename: str, base: Catalogue | None = None, *, guarded: bool = False
) -> LoadResult:
    """Validate one file's text.

    Without ``base`` the text is a complete catalogue; with it, a user file whose additions
    are merged into ``base``. On any problem the file contributes nothing: the result holds
    ``base`` unchanged (``None`` for a broken complete catalogue) and all problems found.

    ``guarded`` is for files a person wrote: an error nobody foresaw (a bug here, or in a
    library, on input no test tried) becomes one more located problem, and the file is
    left out like any other broken one. The bundled catalogue is read unguarded, so that
    such a bug is loud in the tests.
    """
    return _load(text, filename, base, guarded=guarded, decide=False)


def check_text(text: str, filename: str, base: Catalogue | None) -> LoadResult:
    """``validate``: any file, guarded; it is a complete catalogue if it has ``prompts``
    (or there is no ``base``), else an addition to ``base``."""
    return _load(text, filename, base, guarded=True, decide=True)


def _load(
    text: str, filename: str, base: Catalogue | None, *, guarded: bool, decide: bool
) -> LoadResult:
    builder: _Builder | None = None
    try:
        root = compose(text, filename)
        tags = tag_problems(root, filename)
        if tags:
            return LoadResult(base, tags)
        if decide and _has_prompts(root):
            base = None
        builder = _Builder(filename, base)
        catalogue = builder.build(root)
        problems = sorted(builder.problems, key=lambda p: (p.line, p.column))
        if problems or catalogue is None:
            return LoadResult(base, problems)
        return LoadResult(catalogue, [])
    except YamlSourceError as error:
        return LoadResult(base, error.problems)
    except Exception as error:  # the boundary around a person's file
        if not guarded:
            raise
        return LoadResult(base, [_unexpected(filename, builder.at if builder else None, error)])


def _value_of(node: yaml.Node, key: str) -> yaml.Node | None:
    """The value node of ``key`` in a mapping node, if there is one."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                found: yaml.Node = v
                return found
    return None


def _has_prompts(root: yaml.Node) -> bool:
    """Whether a file is a complete catalogue (only that has ``prompts``)."""
    return isinstance(root, yaml.MappingNode) and any(
        isinstance(key, yaml.ScalarNode) and key.value == "prompts" for key, _ in root.value
    )


def _unexpected(filename: str, at: yaml.Node | None, error: Exception) -> Problem:
    """An error nobody foresaw, as a problem at the node read last (where known)."""
    line, column = position(at) if at is not None else (1, 1)
    message = Message.of(
        QT_TRANSLATE_NOOP(
            "Problem",
            "an unexpected error stopped the check here ({reason}), so nothing of this file "
            "is used; please report it",
        ),
        reason=f"{type(error).__name__}: {error}",
    )
    return Problem(filename, line, column, message)


class _Builder(Reader):
    def __init__(self, filename: str, base: Catalogue | None) -> None:
        super().__init__(filename)
        self.base = base
        self.presets: dict[str, Preset] = dict(base.presets) if base else {}
        self.exercise_ids: set[str] = set(base.exercises) if base else set()
        self.chapters: dict[int, Chapter] = {c.number: c for c in base.chapters} if base else {}
        self.own_exercises: dict[str, Exercise] = {}
        self.segments = 0  # what this file's exercises play, together
        # The exercise being read: every instruction number its guidance names, and the
        # keys that only an exercise done on both sides may have, each with what to say
        # (checked once its steps and sides are known).
        self.step_refs: list[tuple[yaml.Node, str, int]] = []
        self.side_keys: list[tuple[yaml.Node, str, str]] = []
        # Its guidance's keys about getting into and out of the pose, and each step_s
        # entry's key, checked once its steps are known (:meth:`_setup_fits`).
        self.setup_keys: dict[str, yaml.Node] = {}
        self.step_s_keys: dict[int, yaml.Node] = {}

    # -- the file as a whole -----------------------------------------------------------------

    def build(self, root: yaml.Node) -> Catalogue | None:
        complete = self.base is None
        lists = ["presets", "exercises", "programs"]
        keys = self.mapping(
            root,
            "file",
            required=["schema", "prompts", "chapters", *lists] if complete else ["schema"],
            optional=["path"] if complete else lists,
        )
        if keys is None:
            return None
        if "schema" in keys and not self._schema(keys["schema"]):
            return None  # a newer file's meaning is unknown: do not guess at the rest

        prompts = self._prompts(keys["prompts"]) if "prompts" in keys else None
        if "chapters" in keys:
            self.chapters = {
                c.number: c for c in self._list(keys["chapters"], "chapters", self._chapter)
            }
        presets = self._unique(keys.get("presets"), "presets", "preset", self._preset, self.presets)
        self.presets.update(presets)
        # Every exercise id of the file is known before programs and see_also refer to them.
        own_ids = self._ids(keys.get("exercises"), [*_EXERCISE_KEYS, *_EXERCISE_OPTIONAL])
        self.exercise_ids |= own_ids
        exercises = self._unique(
            keys.get("exercises"),
            "exercises",
            "exercise",
            self._exercise,
            self.base.exercises if self.base else {},
        )
        self.own_exercises = exercises
        programs = self._unique(
            keys.get("programs"),
            "programs",
            "program",
            self._program,
            self.base.programs if self.base else {},
        )
        items = sum(len(program.items) for program in programs.values())
        if items > MAX_FILE_PROGRAM_ITEMS:
            self.error(
                keys["programs"],
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "programs: {count} exercises in the programs of one file together; "
                    "at most {max} (each is a row of the list at every start)",
                ),
                count=items,
                max=MAX_FILE_PROGRAM_ITEMS,
            )
        # Checked against every program id of the file, so a program with a problem of its
        # own is not also called unknown here.
        program_ids = self._ids(keys.get("programs"), [*_PROGRAM_KEYS, *_PROGRAM_OPTIONAL])
        path = self._path(keys["path"], program_ids) if "path" in keys else ()
        if self.problems:
            return None
        if self.base is None:
            assert prompts is not None
            return Catalogue(
                schema=SCHEMA_VERSION,
                prompts=prompts,
                chapters=tuple(sorted(self.chapters.values(), key=lambda c: c.number)),
                presets=presets,
                exercises=exercises,
                programs=programs,
                path=path,
                sources=(self.filename,),
            )
        return replace(
            self.base,
            presets={**self.base.presets, **presets},
            exercises={**self.base.exercises, **exercises},
            programs={**self.base.programs, **programs},
            sources=(*self.base.sources, self.filename),
        )

    def _schema(self, node: yaml.Node) -> bool:
        version = self.integer(node, "schema", *SCHEMA)
        if version is None:
            return False
        if version > SCHEMA_VERSION:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "schema: version {version} is newer than this app understands ({known}); "
                    "update Breathing Room",
                ),
                version=version,
                known=SCHEMA_VERSION,
            )
            return False
        return True

    def _path(self, node: yaml.Node, programs: set[str]) -> tuple[str, ...]:
        """``path``: program ids in the order a person moves on through them, each once."""
        out: list[str] = []
        first_line: dict[str, int] = {}
        items = self.sequence(node, "path", minimum=1, maximum=MAX_ENTRIES)
        for number, item in enumerate(items or [], start=1):
            where = f"path[{number}]"
            value = self.string(item, where)
            if value is None:
                continue
            if value not in programs:
                self.unknown(
                    item,
                    QT_TRANSLATE_NOOP("Problem", "{where}: unknown program '{value}'{hint}"),
                    where,
                    value,
                    programs,
                )
            elif value in first_line:
                self.error(
                    item,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: program '{value}' is already on the path (line {line})",
                    ),
                    where=where,
                    value=value,
                    line=first_line[value],
                )
            else:
                first_line[value] = position(item)[0]
                out.append(value)
        return tuple(out)

    def _list(
        self,
        node: yaml.Node,
        where: str,
        read: Callable[[yaml.Node, str], T | None],
        maximum: int = MAX_ENTRIES,
    ) -> list[T]:
        items = self.sequence(node, where, maximum=maximum)
        out = []
        for number, item in enumerate(items or [], start=1):
            value = read(item, f"{where}[{number}]")
            if value is not None:
                out.append(value)
        return out

    def _ids(self, node: yaml.Node | None, keys: list[str]) -> set[str]:
        """The ids a list of entries gives, read before the entries themselves so that
        references can be checked in any order. A misspelled ``id`` key ('id_: cobra')
        still names its entry here: the misspelling is one problem, at the key, and the
        programs that use the entry are not also told it is unknown."""
        ids = set()
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                if not isinstance(item, yaml.MappingNode):
                    continue
                names = {str(k.value) for k, _ in item.value if isinstance(k, yaml.ScalarNode)}
                stand_in = {} if "id" in names else self.stand_ins(item, keys, ["id"])
                for key, value in item.value:
                    if (
                        isinstance(key, yaml.ScalarNode)
                        and (key.value == "id" or stand_in.get(str(key.value)) == "id")
                        and isinstance(value, yaml.ScalarNode)
                    ):
                        ids.add(str(value.value))
        return ids

    def _unique(
        self,
        node: yaml.Node | None,
        where: str,
        kind: str,
        read: Callable[[yaml.Node, str], ItemT | None],
        taken: Mapping[str, object],
    ) -> dict[str, ItemT]:
        """Read a list of things with ``id`` keys; an id may be used once, across files."""
        out: dict[str, ItemT] = {}
        first_line: dict[str, int] = {}
        items = self.sequence(node, where, maximum=MAX_ENTRIES) if node else []
        for number, item in enumerate(items or [], start=1):
            value = read(item, f"{where}[{number}]")
            if value is None:
                continue
            ident: str = value.id
            line = position(item)[0]
            label = self._name_of(item, f"{where}[{number}]")
            if ident in first_line:
                self.error(
                    item,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: duplicate {kind} id '{id}' (first defined at line {line})",
                    ),
                    where=label,
                    kind=kind,
                    id=ident,
                    line=first_line[ident],
                )
            elif ident in taken:
                self.error(
                    item,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}: {kind} id '{id}' is already used by the bundled catalogue; "
                        "choose another id",
                    ),
                    where=label,
                    kind=kind,
                    id=ident,
                )
            else:
                first_line[ident] = line
                out[ident] = value
        return out

    def _identifier(self, node: yaml.Node, where: str) -> str | None:
        value = self.string(node, where)
        hidden = invisible_in(value or "")
        if value is not None and hidden:
            # An id is what a session, a program or the command line names: one that looks
            # like another must not exist.
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: id '{value}' holds the invisible character {char}; ids are "
                    "lower-case letters, digits and single dashes",
                ),
                where=where,
                value=value,
                char=describe(hidden[0]),
            )
            return None
        if value is not None and not is_id(value):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: id '{value}' must be lower-case letters, digits and single dashes, "
                    "starting with a letter (e.g. childs-pose)",
                ),
                where=where,
                value=value,
            )
            return None
        return value

    def _name_of(self, node: yaml.Node, where: str) -> str:
        """``exercises[3]`` becomes ``exercise 'cobra'`` once the id is readable."""
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if (
                    isinstance(key, yaml.ScalarNode)
                    and key.value == "id"
                    and isinstance(value, yaml.ScalarNode)
                    and value.value
                ):
                    return f"{where} ({value.value})"
        return where

    # -- the parts ---------------------------------------------------------------------------

    def _prompts(self, node: yaml.Node) -> Prompts | None:
        keys = self.mapping(node, "prompts", required=_PROMPT_KEYS)
        if keys is None:
            return None
        texts = {k: self.text(v, f"prompts.{k}") for k, v in keys.items()}
        if any(t is None for t in texts.values()) or len(texts) != len(_PROMPT_KEYS):
            return None
        return Prompts(**texts)  # type: ignore[arg-type]

    def _chapter(self, node: yaml.Node, where: str) -> Chapter | None:
        keys = self.mapping(node, where, required=["number", "title", "page"])
        if keys is None or len(keys) != 3:
            return None
        number = self.integer(keys["number"], f"{where}.number", *CHAPTER)
        title = self.text(keys["title"], f"{where}.title")
        page = self.integer(keys["page"], f"{where}.page", *PAGE)
        if number is None or title is None or page is None:
            return None
        return Chapter(number, title, page)

    def _preset(self, node: yaml.Node, where: str) -> Preset | None:
        where = self._name_of(node, where)
        keys = self.mapping(
            node,
            where,
            required=["id", "name", "pattern", "breaths"],
            optional=["description", "count"],
        )
        if keys is None:
            return None
        ident, name, description = self._identity(keys, where)
        pattern = (
            self._pattern(keys["pattern"], f"{where}.pattern", presets=False)
            if "pattern" in keys
            else None
        )
        breaths = (
            self.integer(keys["breaths"], f"{where}.breaths", *PRESET_BREATHS)
            if "breaths" in keys
            else None
        )
        count_down = self._count(keys.get("count"), f"{where}.count")
        if None in (ident, name, description, pattern, breaths, count_down):
            return None
        return Preset(ident, name, description, pattern, breaths, bool(count_down), self.filename)  # type: ignore[arg-type]

    def _identity(
        self, keys: dict[str, yaml.Node], where: str
    ) -> tuple[str | None, Text | None, Text | None]:
        """``id``, ``name`` and ``description`` (which defaults to the name)."""
        ident = self._identifier(keys["id"], f"{where}.id") if "id" in keys else None
        name = self.text(keys["name"], f"{where}.name") if "name" in keys else None
        if "description" not in keys:
            return ident, name, name
        return ident, name, self.text(keys["description"], f"{where}.description")

    def _count(self, node: yaml.Node | None, where: str) -> bool | None:
        if node is None:
            return False
        if isinstance(node, yaml.ScalarNode) and node.value in ("up", "down"):
            return bool(node.value == "down")
        self.error(
            node,
            QT_TRANSLATE_NOOP("Problem", "{where}: expected 'up' or 'down', found {found}"),
            where=where,
            found=found_in(node),
        )
        return None

    def _pattern(self, node: yaml.Node, where: str, presets: bool = True) -> BreathPattern | None:
        """A pattern in IN-HOLD-OUT[-HOLD] notation, or (for exercises) a preset's id."""
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (
            "tag:yaml.org,2002:str",
            "tag:yaml.org,2002:int",
        ):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: expected a breath pattern such as 4-7-8 or 5-0-7-3"
                ),
                where=where,
            )
            return None
        value = str(node.value).strip()
        if presets and value[:1].isalpha():
            preset = self.presets.get(value)
            if preset is None:
                self.unknown(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: unknown breathing preset '{value}'{hint}"
                    ),
                    where,
                    value,
                    self.presets,
                )
                return None
            return preset.pattern
        try:
            # The same check as every other way in: the played milliseconds are bounded.
            return parse_pattern(value, where)
        except PatternError as error:  # its template names {where}: translated whole
            self.error(node, error.message)  # whole: a counted message keeps its count
            return None

    def _exercise(self, node: yaml.Node, where: str) -> Exercise | None:
        where = self._name_of(node, where)
        self.step_refs, self.side_keys = [], []  # this exercise's (see __init__)
        self.setup_keys, self.step_s_keys = {}, {}
        keys = self.mapping(node, where, required=_EXERCISE_KEYS, optional=_EXERCISE_OPTIONAL)
        if keys is None:
            return None
        ident = self._identifier(keys["id"], f"{where}.id") if "id" in keys else None
        texts = {
            k: self.text(keys[k], f"{where}.{k}")
            for k in ("name", "why", "tip", "caution")
            if k in keys
        }
        steps = (
            self._list(keys["steps"], f"{where}.steps", self.text, MAX_STEPS)
            if "steps" in keys
            else []
        )
        if "steps" in keys and not steps and not self.problems:
            self.error(
                keys["steps"],
                QT_TRANSLATE_NOOP("Problem", "{where}.steps: expected at least one step"),
                where=where,
            )
        position_ = (
            self.choice(keys["position"], f"{where}.position", Position)
            if "position" in keys
            else None
        )
        sides = self.choice(keys["sides"], f"{where}.sides", Sides) if "sides" in keys else None
        source = (
            self.choice(keys["source"], f"{where}.source", Source) if "source" in keys else None
        )
        equipment = (
            self._list(
                keys["equipment"], f"{where}.equipment", lambda n, w: self.choice(n, w, Equipment)
            )
            if "equipment" in keys
            else []
        )
        see_also = (
            self._list(keys["see_also"], f"{where}.see_also", self._exercise_ref, MAX_SEE_ALSO)
            if "see_also" in keys
            else []
        )
        come_out = self.text(keys["come_out"], f"{where}.come_out") if "come_out" in keys else None
        guidance = (
            self._guidance(keys["guidance"], f"{where}.guidance") if "guidance" in keys else None
        )
        # Checked whatever else is wrong, so that one run reports every problem.
        fits = (not steps or self._steps_fit(len(steps))) and (
            sides is None or self._sides_fit(sides is Sides.BOTH)
        )
        if fits and guidance is not None and steps:
            fits = self._setup_fits(guidance, len(steps), "come_out" in keys, f"{where}.guidance")
        values = [ident, position_, sides, source, guidance, *texts.values()]
        if any(v is None for v in values) or len(texts) != 4 or not steps or not fits:
            return None
        if "come_out" in keys and come_out is None:
            return None
        assert guidance is not None
        exercise = Exercise(
            id=ident,  # type: ignore[arg-type]
            name=texts["name"],  # type: ignore[arg-type]
            why=texts["why"],  # type: ignore[arg-type]
            steps=tuple(steps),
            tip=texts["tip"],  # type: ignore[arg-type]
            caution=texts["caution"],  # type: ignore[arg-type]
            position=position_,  # type: ignore[arg-type]
            equipment=tuple(equipment),
            sides=sides,  # type: ignore[arg-type]
            source=source,  # type: ignore[arg-type]
            guidance=guidance,
            see_also=tuple(see_also),
            origin=self.filename,
            come_out=come_out,
        )
        return exercise if self._playable(exercise, keys["guidance"], where) else None

    def _playable(self, exercise: Exercise, node: yaml.Node, where: str) -> bool:
        """Whether the exercise's timeline, alone and with the file's others, is bounded."""
        segments = planned_segments([exercise])
        if segments > MAX_EXERCISE_SEGMENTS:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.guidance: this exercise would play {count} breath phases and "
                    "steps; one exercise may play at most {max} (fewer breaths, rounds or "
                    "blocks)",
                ),
                where=where,
                count=segments,
                max=MAX_EXERCISE_SEGMENTS,
            )
            return False
        self.segments += segments
        if self.segments > MAX_FILE_SEGMENTS:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.guidance: with this exercise the file's exercises together would "
                    "play {count} breath phases and steps; one file may hold at most {max}",
                ),
                where=where,
                count=self.segments,
                max=MAX_FILE_SEGMENTS,
            )
            return False
        return True

    def _steps_fit(self, count: int) -> bool:
        """Whether every instruction the guidance names is one of the ``count`` steps."""
        fit = True
        for node, where, value in self.step_refs:
            if value > count:
                self.error(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: {value} is past the last step ({count})"
                    ),
                    where=where,
                    value=value,
                    count=count,
                )
                fit = False
        return fit

    def _sides_fit(self, both: bool) -> bool:
        """Whether the keys about the other side are on an exercise that has one."""
        if both:
            return True
        for node, where, template in self.side_keys:
            self.error(node, template, where=where)
        return not self.side_keys

    def _setup_fits(self, guidance: Guidance, count: int, come_out: bool, where: str) -> bool:
        """Whether the keys about getting into and out of the pose would all play: the
        steps that get into the pose come before every step the breaths highlight, a time
        is given only for one of them, and a time for coming out only with its words."""
        fit = True
        node = self.setup_keys.get("setup_steps")
        if node is not None and guidance.setup_steps is not None:
            first = min(guidance.played_steps(), default=count)
            if guidance.setup_steps >= first:
                self.error(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}.setup_steps: {value}, but step {step} already plays with "
                        "the breaths (the steps that get into the pose come before it); "
                        "give at most {most}",
                    ),
                    where=where,
                    value=guidance.setup_steps,
                    step=first,
                    most=first - 1,
                )
                fit = False
        setup = guidance.setup_count(count)
        for step, key in self.step_s_keys.items():
            if step <= setup:
                continue
            self.error(
                key,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.step_s: step {step} is not one of the steps that get into the "
                    "pose (steps 1 to {count}), so this time would never play",
                )
                if setup
                else QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.step_s: step {step} is not one of the steps that get into the "
                    "pose, and this exercise has none (its breaths begin at step 1), so this "
                    "time would never play",
                ),
                where=where,
                step=step,
                count=setup,
            )
            fit = False
        node = self.setup_keys.get("come_out_s")
        if node is not None and not come_out:
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.come_out_s: the exercise has no come_out words, so this time "
                    "would never play (give come_out, or remove come_out_s)",
                ),
                where=where,
            )
            fit = False
        return fit

    def _exercise_ref(self, node: yaml.Node, where: str) -> str | None:
        value = self.string(node, where)
        if value is None:
            return None
        if value not in self.exercise_ids:
            self.unknown(
                node,
                QT_TRANSLATE_NOOP("Problem", "{where}: unknown exercise '{value}'{hint}"),
                where,
                value,
                self.exercise_ids,
            )
            return None
        return value

    def _guidance(self, node: yaml.Node, where: str) -> Guidance | None:
        keys = self.mapping(
            node,
            where,
            required=["blocks"],
            optional=[
                "rounds", "rest", "step", "switch_step", "switch_s", "setup_s",
                "setup_steps", "step_s", "come_out_s",
            ],
        )  # fmt: skip
        if keys is None or "blocks" not in keys:
            return None
        ok = True
        step: int | None = None
        step_left: int | None = None
        if "step" in keys:
            if isinstance(keys["step"], yaml.MappingNode):  # {right: 4, left: 5}
                self.side_keys.append(
                    (
                        keys["step"],
                        f"{where}.step",
                        QT_TRANSLATE_NOOP(
                            "Problem",
                            "{where}: a step per side ({{right: …, left: …}}) needs sides: both; "
                            "give one step",
                        ),
                    )
                )
                sides = self.mapping(keys["step"], f"{where}.step", required=["right", "left"])
                step = self._step(sides.get("right"), f"{where}.step.right") if sides else None
                step_left = self._step(sides.get("left"), f"{where}.step.left") if sides else None
                ok = step is not None and step_left is not None
            else:
                step = self._step(keys["step"], f"{where}.step")
                ok = step is not None
        switch_step = self._step(keys.get("switch_step"), f"{where}.switch_step")
        rounds = self.integer(keys["rounds"], f"{where}.rounds", *ROUNDS) if "rounds" in keys else 1
        rest = (
            self.number(keys["rest"], f"{where}.rest", *REST_S)
            if "rest" in keys
            else DEFAULT_REST_S
        )
        switch_s = (
            self.number(keys["switch_s"], f"{where}.switch_s", *SWITCH_S)
            if "switch_s" in keys
            else DEFAULT_SWITCH_S
        )
        setup_s = (
            self.number(keys["setup_s"], f"{where}.setup_s", *SETUP_S)
            if "setup_s" in keys
            else DEFAULT_SETUP_S
        )
        setup_steps = (
            self.integer(keys["setup_steps"], f"{where}.setup_steps", *SETUP_STEPS)
            if "setup_steps" in keys
            else None
        )
        step_s = self._step_times(keys["step_s"], f"{where}.step_s") if "step_s" in keys else ()
        come_out_s = (
            self.number(keys["come_out_s"], f"{where}.come_out_s", *STEP_S)
            if "come_out_s" in keys
            else None
        )
        self.setup_keys = {k: keys[k] for k in ("setup_steps", "come_out_s") if k in keys}
        if (
            ("setup_steps" in keys and setup_steps is None)
            or step_s is None
            or ("come_out_s" in keys and come_out_s is None)
        ):
            ok = False
        for key in ("switch_step", "switch_s"):
            if key in keys:
                self.side_keys.append(
                    (
                        keys[key],
                        f"{where}.{key}",
                        QT_TRANSLATE_NOOP(
                            "Problem",
                            "{where}: only an exercise done on both sides (sides: both) "
                            "changes sides",
                        ),
                    )
                )
        if "rest" in keys and rounds == 1:
            self.error(
                keys["rest"],
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.rest: a rest is played between rounds, and this exercise has one "
                    "round, so it would never play (give 'rounds', or remove 'rest')",
                ),
                where=where,
            )
            rest = None
        items = self.sequence(keys["blocks"], f"{where}.blocks", minimum=1, maximum=MAX_BLOCKS)
        blocks = [
            self._block(item, f"{where}.blocks[{n}]") for n, item in enumerate(items or [], start=1)
        ]
        if not self._counts_carry_on(items or [], blocks, f"{where}.blocks"):
            return None
        if None in (rounds, rest, switch_s, setup_s) or not items or any(b is None for b in blocks):
            return None
        if not ok or ("switch_step" in keys and switch_step is None):
            return None
        return Guidance(
            tuple(blocks),  # type: ignore[arg-type]
            rounds,  # type: ignore[arg-type]
            rest,  # type: ignore[arg-type]
            step,
            step_left,
            switch_step,
            switch_s,  # type: ignore[arg-type]
            setup_s,  # type: ignore[arg-type]
            setup_steps,
            step_s or (),
            come_out_s,
        )

    def _step_times(self, node: yaml.Node, where: str) -> tuple[StepTime, ...] | None:
        """``step_s: {2: 15}``: seconds (in all) for steps that get into the pose, by
        their number; each number a step of the exercise (checked with the others) and
        once."""
        if not isinstance(node, yaml.MappingNode):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: expected step numbers with their seconds, such as {{2: 15}}, "
                    "found {found}",
                ),
                where=where,
                found=found_in(node),
            )
            return None
        times: list[StepTime] = []
        ok = True
        for key, value in node.value:
            step = self._step(key, f"{where} (a step number)")
            label = key.value if isinstance(key, yaml.ScalarNode) else "?"
            seconds = self.number(value, f"{where}.{label}", *STEP_S)
            if step is not None and step in self.step_s_keys:
                self.error(
                    key,
                    QT_TRANSLATE_NOOP(
                        "Problem", "{where}: step {step} appears twice (first at line {line})"
                    ),
                    where=where,
                    step=step,
                    line=position(self.step_s_keys[step])[0],
                )
                ok = False
                continue
            if step is None or seconds is None:
                ok = False
                continue
            self.step_s_keys[step] = key
            times.append(StepTime(step, seconds))
        return tuple(sorted(times, key=lambda t: t.step)) if ok else None

    def _counts_carry_on(
        self, items: list[yaml.Node], blocks: list[Block | None], where: str
    ) -> bool:
        """Whether each block that carries on the count (``count_from: previous``) comes
        right after a block of breaths that counts the same way."""
        fit = True
        for number, (item, block) in enumerate(zip(items, blocks, strict=True), start=1):
            if not isinstance(block, BreathBlock) or not block.count_on:
                continue
            before = blocks[number - 2] if number > 1 else None
            node = _value_of(item, "count_from") or item
            if number > 1 and before is None:
                continue  # the block before has a problem of its own
            if not isinstance(before, BreathBlock):
                self.error(
                    node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}.count_from: 'previous' carries on the count of the block "
                        "of breaths right before this one, and there is none",
                    ),
                    where=f"{where}[{number}]",
                )
                fit = False
            elif before.count_down != block.count_down:
                self.error(
                    _value_of(item, "count") or node,
                    QT_TRANSLATE_NOOP(
                        "Problem",
                        "{where}.count: this block carries on the count of the block before, "
                        "which has count: {direction}; give the same",
                    ),
                    where=f"{where}[{number}]",
                    direction="down" if before.count_down else "up",
                )
                fit = False
        return fit

    def _step(self, node: yaml.Node | None, where: str) -> int | None:
        """An instruction's number (1-based); whether it is one of the exercise's steps is
        checked once they are all read (:meth:`_steps_fit`)."""
        if node is None:
            return None
        step = self.integer(node, where, *STEP)
        if step is not None:
            self.step_refs.append((node, where, step))
        return step

    def _block(self, node: yaml.Node, where: str) -> Block | None:
        kinds = {
            "breaths": self._breath_block,
            "steps": self._step_block,
            "minutes": self._timed_block,
        }
        present = (
            [
                str(k.value)
                for k, _ in node.value
                if isinstance(k, yaml.ScalarNode) and k.value in kinds
            ]
            if isinstance(node, yaml.MappingNode)
            else []
        )
        misspelled = (
            self.stand_ins(node, _BLOCK_KEYS, list(kinds))
            if isinstance(node, yaml.MappingNode) and not present
            else {}
        )
        if len(misspelled) == 1:  # 'breath: 5': one problem, at the key, as for any key
            [(key, close)] = misspelled.items()
            assert isinstance(node, yaml.MappingNode)
            key_node = next(
                k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and k.value == key
            )
            self.unknown_key(key_node, where, key, list(kinds), close)
            return None
        if len(present) != 1:
            found = ", ".join(present) if present else "none of them"
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: a block needs exactly one of 'breaths', 'steps' or 'minutes'; "
                    "found {found}",
                ),
                where=where,
                found=found,
            )
            return None
        return kinds[present[0]](node, where)

    def _breath_block(self, node: yaml.Node, where: str) -> BreathBlock | None:
        keys = self.mapping(
            node,
            where,
            required=["breaths", "pattern"],
            optional=["count", "count_from", "cues", "step", "phase_steps"],
        )
        if keys is None:
            return None
        step = self._step(keys.get("step"), f"{where}.step")
        phase_steps: list[PhaseStep | None] = []
        phase_nodes: dict[Kind, yaml.Node] = {}  # each phase's step or cue, for messages
        if "phase_steps" in keys:
            named = self.mapping(
                keys["phase_steps"],
                f"{where}.phase_steps",
                optional=[p.value for p in BREATH_PHASES],
            )
            for phase, value in (named or {}).items():
                number = self._step(value, f"{where}.phase_steps.{phase}")
                phase_steps.append(PhaseStep(Kind(phase), number) if number else None)
                phase_nodes[Kind(phase)] = value
            if named is None:
                return None
        if ("step" in keys and step is None) or None in phase_steps:
            return None
        breaths = (
            self.integer(keys["breaths"], f"{where}.breaths", *BLOCK_BREATHS)
            if "breaths" in keys
            else None
        )
        pattern = self._pattern(keys["pattern"], f"{where}.pattern") if "pattern" in keys else None
        count_down = self._count(keys.get("count"), f"{where}.count")
        count_on = self._count_from(keys.get("count_from"), f"{where}.count_from")
        cues: list[tuple[Kind, object]] = []
        cue_nodes: dict[Kind, yaml.Node] = {}
        if "cues" in keys:
            cue_keys = self.mapping(
                keys["cues"], f"{where}.cues", optional=[p.value for p in BREATH_PHASES]
            )
            for phase, value in (cue_keys or {}).items():
                cues.append((Kind(phase), self.text(value, f"{where}.cues.{phase}")))
                cue_nodes[Kind(phase)] = value
        if pattern is not None and not self._phases_play(pattern, phase_nodes, cue_nodes, where):
            return None
        if (
            breaths is None
            or pattern is None
            or count_down is None
            or count_on is None
            or any(t is None for _, t in cues)
        ):
            return None
        return BreathBlock(
            pattern,
            breaths,
            count_down,
            tuple(cues),  # type: ignore[arg-type]
            step,
            tuple(phase_steps),  # type: ignore[arg-type]
            count_on,
        )

    def _count_from(self, node: yaml.Node | None, where: str) -> bool | None:
        """``count_from: previous``: the block carries on the count of the one before."""
        if node is None:
            return False
        if isinstance(node, yaml.ScalarNode) and node.tag == STR and node.value == _COUNT_FROM:
            return True
        self.error(
            node,
            QT_TRANSLATE_NOOP(
                "Problem",
                "{where}: expected 'previous' (carry on the count of the block before), "
                "found {found}",
            ),
            where=where,
            found=found_in(node),
        )
        return None

    def _phases_play(
        self,
        pattern: BreathPattern,
        steps: dict[Kind, yaml.Node],
        cues: dict[Kind, yaml.Node],
        where: str,
    ) -> bool:
        """Whether every phase a block gives a step or words for is one its pattern plays:
        a pattern without a hold never shows the hold's step or says its words."""
        played = {
            phase
            for phase, length in zip(BREATH_PHASES, pattern.phases_ms(), strict=True)
            if length > 0
        }
        fit = True
        for kind, nodes, template in (
            (
                "phase_steps",
                steps,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: the pattern {pattern} has no {phase} phase, so this step would "
                    "never be shown",
                ),
            ),
            (
                "cues",
                cues,
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}: the pattern {pattern} has no {phase} phase, so these words "
                    "would never be said",
                ),
            ),
        ):
            for phase, node in nodes.items():
                if phase not in played:
                    self.error(
                        node,
                        template,
                        where=f"{where}.{kind}.{phase.value}",
                        pattern=str(pattern),
                        phase=phase.value,
                    )
                    fit = False
        return fit

    def _step_block(self, node: yaml.Node, where: str) -> StepBlock | None:
        keys = self.mapping(node, where, required=["steps"], optional=["repeat", "step"])
        if keys is None or "steps" not in keys:
            return None
        repeat = self.integer(keys["repeat"], f"{where}.repeat", *REPEAT) if "repeat" in keys else 1
        step = self._step(keys.get("step"), f"{where}.step")
        items = self.sequence(keys["steps"], f"{where}.steps", minimum=1, maximum=MAX_TIMED_STEPS)
        steps = [
            self._timed_step(item, f"{where}.steps[{n}]")
            for n, item in enumerate(items or [], start=1)
        ]
        if repeat is None or not items or any(s is None for s in steps):
            return None
        if "step" in keys and step is None:
            return None
        return StepBlock(tuple(steps), repeat, step)  # type: ignore[arg-type]

    def _timed_step(self, node: yaml.Node, where: str) -> TimedStep | None:
        keys = self.mapping(node, where, required=["text", "seconds"], optional=["step"])
        if keys is None or "text" not in keys or "seconds" not in keys:
            return None
        text = self.text(keys["text"], f"{where}.text")
        seconds = self.number(keys["seconds"], f"{where}.seconds", *SECONDS)
        step = self._step(keys.get("step"), f"{where}.step")
        if text is None or seconds is None or ("step" in keys and step is None):
            return None
        return TimedStep(text, seconds, step)

    def _timed_block(self, node: yaml.Node, where: str) -> TimedBlock | None:
        keys = self.mapping(node, where, required=["minutes"], optional=["prompts", "step"])
        if keys is None or "minutes" not in keys:
            return None
        minutes = self.number(keys["minutes"], f"{where}.minutes", *MINUTES)
        step = self._step(keys.get("step"), f"{where}.step")
        prompts = (
            self._list(keys["prompts"], f"{where}.prompts", self.text, MAX_PROMPTS)
            if "prompts" in keys
            else []
        )
        if minutes is None or ("step" in keys and step is None):
            return None
        return TimedBlock(minutes, tuple(prompts), step)

    def _program(self, node: yaml.Node, where: str) -> Program | None:
        where = self._name_of(node, where)
        keys = self.mapping(node, where, required=_PROGRAM_KEYS, optional=_PROGRAM_OPTIONAL)
        if keys is None:
            return None
        ident, name, description = self._identity(keys, where)
        chapter = (
            self.integer(keys["chapter"], f"{where}.chapter", *CHAPTER)
            if "chapter" in keys
            else None
        )
        section = (
            self.choice(keys["section"], f"{where}.section", Section) if "section" in keys else None
        )
        if ("chapter" in keys) != ("section" in keys):
            self.error(
                node,
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}: 'chapter' and 'section' go together: give both or neither"
                ),
                where=where,
            )
            return None
        if chapter is not None and chapter not in self.chapters:
            self.error(
                keys["chapter"],
                QT_TRANSLATE_NOOP("Problem", "{where}.chapter: no chapter {number} in 'chapters'"),
                where=where,
                number=chapter,
            )
            return None
        items = (
            self._list(keys["items"], f"{where}.items", self._program_item, MAX_PROGRAM_ITEMS)
            if "items" in keys
            else []
        )
        if (
            "items" in keys
            and not items
            and isinstance(keys["items"], yaml.SequenceNode)
            and not keys["items"].value
        ):
            self.error(
                keys["items"],
                QT_TRANSLATE_NOOP(
                    "Problem", "{where}.items: a program needs at least one exercise"
                ),
                where=where,
            )
        if (
            None in (ident, name, description)
            or not items
            or ("chapter" in keys and (chapter is None or section is None))
        ):
            return None
        known = {**(self.base.exercises if self.base else {}), **self.own_exercises}
        segments = planned_segments(known[i.exercise] for i in items if i.exercise in known)
        if segments > MAX_SEGMENTS:
            self.error(
                keys["items"],
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "{where}.items: this program would play {count} breath phases and steps; "
                    "one session plays at most {max}",
                ),
                where=where,
                count=segments,
                max=MAX_SEGMENTS,
            )
            return None
        return Program(ident, name, description, tuple(items), chapter, section, self.filename)  # type: ignore[arg-type]

    def _program_item(self, node: yaml.Node, where: str) -> ProgramItem | None:
        if isinstance(node, yaml.ScalarNode):
            ref = self._exercise_ref(node, where)
            return ProgramItem(ref) if ref else None
        keys = self.mapping(node, where, required=["exercise"], optional=["page"])
        if keys is None or "exercise" not in keys:
            return None
        ref = self._exercise_ref(keys["exercise"], f"{where}.exercise")
        page = self.integer(keys["page"], f"{where}.page", *PAGE) if "page" in keys else None
        if ref is None or ("page" in keys and page is None):
            return None
        return ProgramItem(ref, page)
