"""The checked catalogue, kept between starts so that start-up needs no YAML at all.

Reading the catalogue means importing PyYAML and the loader, parsing and checking every
field: 50-75 ms of CPU more than reading this cache, in a start that is measured against a
bare Qt window (see ``docs/architecture.md``, "Threat model and guarantees", for the
figures). The result only changes when a file does, so it is kept in the cache folder
under a key of everything it was made from: this module's format, the app's and Python's
versions, and the size, modification and change times and inode of each file (or that it
is missing) and of the code that makes the result (the core's modules, or a bundle's
executable). The change time and the inode are there for a file replaced by one of the same
size whose modification time was put back (``cp -p``, ``rsync -t``): neither can be set.

The cache folder is not trusted. Another program, a synced home folder or a damaged disk
can put anything there, so the file is plain data that nothing executes (JSON; never
pickle or marshal) and is checked as it is read:

- it is opened without following a link and without blocking, must be a regular file of
  at most :data:`MAX_BYTES`, and is read at most that far;
- its first line (format, key and the SHA-256 of the rest) is compared before anything
  else is parsed; a different key or digest is a miss;
- the rest is decoded against the model's own type hints: every object must have exactly
  its fields, every value its declared type (a ``bool`` is not an ``int``, numbers are
  finite), enums their values, numbers the loader's ranges (:data:`RANGES`), each list
  the loader's length (:data:`LENGTHS`, checked before its items are read), and every
  text what the loader makes of one (:func:`app.core.bounds.is_text`: not empty, white
  space squeezed, no bidi control);
- each object is made by its own constructor, so whatever the model checks on
  construction holds here too (a ``BreathPattern`` refuses a phase that rounds to
  nothing or lasts too long);
- then what the loader asks of a file as a whole is checked (:func:`_check`): the
  catalogue is made of the files the key finds there (the person's only if it exists),
  ids are keys and well formed, everything comes from one of those files and each holds
  at most what the loader reads of one (entries, and segments of its exercises
  together), every reference resolves within its file or an earlier one, and no exercise
  or program plays more than the loader lets it.

Every rule is the loader's own, shared through :mod:`app.core.bounds` (the loader imports
PyYAML, which a warm start must not), so a kept catalogue holds nothing the loader would
have refused, and the start costs no more than the files themselves could make it.

Anything else — a different key, a damaged, truncated, hostile or foreign file, a class
that changed — is a miss, never an error, and the files are read as usual. A result with
problems is not kept (the person should see them at every start until the file is
fixed), and a cache that cannot be written is simply not kept.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import math
import os
import stat
import sys
import tempfile
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.core.bounds import (
    BLOCK_BREATHS,
    CHAPTER,
    MAX_BLOCKS,
    MAX_ENTRIES,
    MAX_EXERCISE_SEGMENTS,
    MAX_FILE_PROGRAM_ITEMS,
    MAX_FILE_SEGMENTS,
    MAX_PROGRAM_ITEMS,
    MAX_PROMPTS,
    MAX_SEE_ALSO,
    MAX_STEPS,
    MAX_TIMED_STEPS,
    MINUTES,
    PAGE,
    PRESET_BREATHS,
    REPEAT,
    REST_S,
    ROUNDS,
    SCHEMA_VERSION,
    SECONDS,
    SETUP_S,
    SETUP_STEPS,
    STEP,
    STEP_S,
    SWITCH_S,
    is_id,
    is_text,
)
from app.core.folders import private_folder
from app.core.model import (
    BREATH_PHASES,
    DEFAULT_REST_S,
    DEFAULT_SWITCH_S,
    Block,
    BreathBlock,
    Catalogue,
    Chapter,
    Exercise,
    Guidance,
    PhaseStep,
    Preset,
    Program,
    ProgramItem,
    Sides,
    StepBlock,
    StepTime,
    TimedBlock,
    TimedStep,
)
from app.core.text import Text
from app.core.timeline import MAX_SEGMENTS, planned_segments

FORMAT = 3
FILE_NAME = "catalogues.json"
LEGACY_NAMES = ("catalogues.pickle",)  # what earlier versions kept: removed, never read
# The bundled catalogue is 0.11 MB as JSON (its YAML 0.108 MB). The loader reads a user's
# file of at most 1 MiB and a bounded number of values (yamlsource.MAX_NODES), which keeps
# a real cache well under this: a user's file of 87 000 values took 0.69 MB of JSON, read
# in 0.13 s where the loader took 1.2 s. A larger result is simply not kept. A well-formed
# hostile file of this size within every bound of the loader's reads in at most about
# 0.3 s of CPU, a quarter of the loader's time for its largest file (timed steps, the
# costliest per byte: tests/test_catalogue_cache.py::test_a_full_size_hostile_cache_is_read_whole).
MAX_BYTES = 2 * 1024 * 1024

# The files a catalogue is made of: the bundled one and the person's own
# (files.load_catalogues); each adds at most MAX_ENTRIES of each kind.
FILES = 2
# The loader's ranges (app/core/bounds.py), per class and field, both ends allowed. A
# loaded catalogue always says SCHEMA_VERSION (a file with a newer one is refused).
RANGES: dict[tuple[type, str], tuple[float, float]] = {
    (Catalogue, "schema"): (SCHEMA_VERSION, SCHEMA_VERSION),
    (Chapter, "number"): CHAPTER,
    (Chapter, "page"): PAGE,
    (Preset, "breaths"): PRESET_BREATHS,
    (BreathBlock, "breaths"): BLOCK_BREATHS,
    (Guidance, "rounds"): ROUNDS,
    (Guidance, "rest_s"): REST_S,
    (Guidance, "step"): STEP,
    (Guidance, "step_left"): STEP,
    (Guidance, "switch_step"): STEP,
    (Guidance, "switch_s"): SWITCH_S,
    (Guidance, "setup_s"): SETUP_S,
    (Guidance, "setup_steps"): SETUP_STEPS,
    (Guidance, "come_out_s"): STEP_S,
    (StepTime, "step"): STEP,
    (StepTime, "seconds"): STEP_S,
    (BreathBlock, "step"): STEP,
    (PhaseStep, "step"): STEP,
    (StepBlock, "step"): STEP,
    (TimedStep, "step"): STEP,
    (TimedBlock, "step"): STEP,
    (StepBlock, "repeat"): REPEAT,
    (TimedStep, "seconds"): SECONDS,
    (TimedBlock, "minutes"): MINUTES,
    (Program, "chapter"): CHAPTER,
    (ProgramItem, "page"): PAGE,
}
# How many items each list (and each of the catalogue's dicts) may hold: fewest and most,
# the loader's. Every list field of the model is here (tests/test_catalogue_cache_bounds.py).
LENGTHS: dict[tuple[type, str], tuple[int, int]] = {
    (Catalogue, "chapters"): (0, CHAPTER[1]),  # one per number
    (Catalogue, "presets"): (0, FILES * MAX_ENTRIES),  # per file: _check
    (Catalogue, "exercises"): (0, FILES * MAX_ENTRIES),
    (Catalogue, "programs"): (0, FILES * MAX_ENTRIES),
    (Catalogue, "path"): (0, MAX_ENTRIES),
    (Catalogue, "sources"): (1, FILES),
    (Exercise, "steps"): (1, MAX_STEPS),
    (Exercise, "equipment"): (0, MAX_ENTRIES),
    (Exercise, "see_also"): (0, MAX_SEE_ALSO),
    (Guidance, "blocks"): (1, MAX_BLOCKS),
    (Guidance, "step_s"): (0, MAX_STEPS),  # one per step: _check
    (BreathBlock, "cues"): (0, len(BREATH_PHASES)),  # one per phase: _check
    (BreathBlock, "phase_steps"): (0, len(BREATH_PHASES)),  # likewise
    (StepBlock, "steps"): (1, MAX_TIMED_STEPS),
    (TimedBlock, "prompts"): (0, MAX_PROMPTS),
    (Program, "items"): (1, MAX_PROGRAM_ITEMS),
}
# The most items of any other list or object, whatever its place.
MAX_ITEMS = FILES * MAX_ENTRIES
Length = tuple[int, int]
ANY_LENGTH: Length = (0, MAX_ITEMS)

Key = list[Any]


class UnfitError(Exception):
    """A kept value that does not fit the model: the cache is not used."""


def _code() -> list[Path]:
    if getattr(sys, "frozen", False):  # a bundle: its modules are inside the executable
        return [Path(sys.executable)]
    return sorted(Path(__file__).parent.glob("*.py"))


def key_for(sources: Sequence[Path | None]) -> Key:
    """What a kept result was made from: the catalogue files in the order they are read
    (a missing one counts as missing), then the code. Plain lists, strings and numbers:
    the key is stored as JSON and compared as it reads back."""
    files = [_file(path) for path in sources if path is not None]
    return [FORMAT, __version__, sys.version, files, [_file(path) for path in _code()]]


def _file(path: Path) -> list[Any]:
    try:
        info = path.stat()
    except OSError:
        return [str(path), None]
    return [str(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _present(key: Key) -> tuple[str, ...]:
    """The catalogue files ``key`` finds there: what a loaded catalogue's sources are."""
    return tuple(str(entry[0]) for entry in key[3] if entry[1] is not None)


# -- reading --------------------------------------------------------------------------------


def read(cache: Path, key: Key) -> Catalogue | None:
    """The catalogue kept under ``key``, or None (a miss, whatever the reason)."""
    try:
        data = _read_bounded(cache)
        if data is None:
            return None
        head, newline, body = data.partition(b"\n")
        if not newline:
            return None
        header = _parse(head)
        if (
            type(header) is not dict
            or header.get("format") != FORMAT
            or header.get("key") != key
            or header.get("sha256") != hashlib.sha256(body).hexdigest()
        ):
            return None
        catalogue = _codec(Catalogue)[1](_parse(body))
        assert isinstance(catalogue, Catalogue)
        if catalogue.sources != _present(key):  # the user's file: read if it is there
            return None
        _check(catalogue)
        return catalogue
    except Exception:  # noqa: BLE001 - anything wrong with a kept file is only a miss
        # (UnfitError, ValueError from json or a constructor, RecursionError from deep nesting,
        # MemoryError, OSError, ...): the files are read as if there were no cache.
        return None


def _read_bounded(cache: Path) -> bytes | None:
    """The file's bytes, if it is a regular file of at most MAX_BYTES. Opened without
    blocking (a FIFO put there must not stop the start) and without following a link."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(cache, flags)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as source:
        info = os.fstat(source.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        data = source.read(MAX_BYTES + 1)
    return data if len(data) <= MAX_BYTES else None


def _refuse_constant(name: str) -> object:
    raise UnfitError(f"{name} is not a number the cache holds")


def _parse(data: bytes) -> Any:
    # (A key given twice keeps its last value, as JSON parsers do; only that one is used,
    # and it is checked like any other.)
    return json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)


# -- the model as plain data, both ways, from its type hints ---------------------------------

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]
_codecs: dict[tuple[object, Length], tuple[Encode, Decode]] = {}


def _codec(hint: object, length: Length = ANY_LENGTH) -> tuple[Encode, Decode]:
    """An encoder and a strict decoder for one type hint, made once and kept. A list or
    an object of it holds ``length`` items, fewest and most, checked before any is read."""
    made = _codecs.get((hint, length))
    if made is None:
        made = _codecs[hint, length] = _make_codec(hint, length)
    return made


def _same(value: Any) -> Any:
    return value


def _exact(kind: type) -> Decode:
    def decode(value: Any) -> Any:
        if type(value) is not kind:
            raise UnfitError(f"expected {kind.__name__}, found {type(value).__name__}")
        return value

    return decode


def _text(value: Any) -> str:
    if type(value) is not str:
        raise UnfitError(f"expected str, found {type(value).__name__}")
    if not value.isascii():
        value.encode("utf-8")  # a lone surrogate from a \\ud800 escape is no text: a miss
    return value


def _float(value: Any) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise UnfitError(f"expected a finite number, found {value!r}")
    return float(value)


def _none(value: Any) -> None:
    if value is not None:
        raise UnfitError(f"expected null, found {type(value).__name__}")


def _make_codec(hint: object, length: Length) -> tuple[Encode, Decode]:
    if hint is str:
        return _same, _text
    if hint is bool or hint is int:
        return _same, _exact(hint)  # type(True) is bool: a bool is no int here
    if hint is float:
        return float, _float
    if hint is type(None):
        return _same, _none
    if hint is Text:
        return _text_codec()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_codec(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_codec(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return _union_codec(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence_codec(args[0], tuple, length)
    if origin is tuple:
        return _fixed_tuple_codec(args)
    if origin is list:
        return _sequence_codec(args[0], list, length)
    if origin is dict and args[0] is str:
        return _mapping_codec(args[1], length)
    raise TypeError(f"the catalogue cache cannot keep a {hint!r}")


def _enum_codec(kind: type[enum.Enum]) -> tuple[Encode, Decode]:
    by_value = {member.value: member for member in kind}

    def decode(value: Any) -> Any:
        if type(value) is not str or value not in by_value:
            raise UnfitError(f"not a {kind.__name__}: {value!r}")
        return by_value[value]

    return (lambda member: member.value), decode


def _sequence_codec(item: object, kind: type, length: Length) -> tuple[Encode, Decode]:
    encode_item, decode_item = _codec(item)
    fewest, most = length

    def decode(value: Any) -> Any:
        if type(value) is not list or not fewest <= len(value) <= most:
            raise UnfitError(f"expected a list of {fewest} to {most}")
        return kind(decode_item(v) for v in value)

    return (lambda values: [encode_item(v) for v in values]), decode


def _fixed_tuple_codec(items: tuple[object, ...]) -> tuple[Encode, Decode]:
    codecs = [_codec(item) for item in items]

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != len(codecs):
            raise UnfitError(f"expected a list of {len(codecs)}")
        return tuple(c[1](v) for c, v in zip(codecs, value, strict=True))

    return (lambda values: [c[0](v) for c, v in zip(codecs, values, strict=True)]), decode


def _mapping_codec(item: object, length: Length) -> tuple[Encode, Decode]:
    encode_item, decode_item = _codec(item)
    fewest, most = length

    def decode(value: Any) -> Any:
        if type(value) is not dict or not fewest <= len(value) <= most:
            raise UnfitError(f"expected an object of {fewest} to {most} entries")
        return {_text(k): decode_item(v) for k, v in value.items()}

    return (lambda values: {k: encode_item(v) for k, v in values.items()}), decode


def _union_codec(members: tuple[object, ...]) -> tuple[Encode, Decode]:
    others = [m for m in members if m is not type(None)]
    if len(others) == 1:  # X | None
        encode_other, decode_other = _codec(others[0])
        return (
            lambda value: None if value is None else encode_other(value),
            lambda value: None if value is None else decode_other(value),
        )
    # A union of classes (a guidance block): kept as [class name, fields].
    if not all(isinstance(m, type) and dataclasses.is_dataclass(m) for m in others):
        raise TypeError(f"the catalogue cache cannot keep a union of {members!r}")
    by_name = {m.__name__: (m, _codec(m)) for m in others if isinstance(m, type)}

    def encode(value: Any) -> Any:
        name = type(value).__name__
        return [name, by_name[name][1][0](value)]

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != 2 or value[0] not in by_name:
            raise UnfitError(f"expected one of {sorted(by_name)}")
        return by_name[value[0]][1][1](value[1])

    return encode, decode


def _dataclass_codec(kind: type) -> tuple[Encode, Decode]:
    hints = typing.get_type_hints(kind)
    names = [f.name for f in dataclasses.fields(kind)]
    codecs = {
        name: _bounded(kind, name, _codec(hints[name], LENGTHS.get((kind, name), ANY_LENGTH)))
        for name in names
    }

    def encode(value: Any) -> Any:
        return {name: codecs[name][0](getattr(value, name)) for name in names}

    decoders = [(name, codecs[name][1]) for name in names]

    def decode(value: Any) -> Any:
        if type(value) is not dict or len(value) != len(decoders):
            raise UnfitError(f"expected the {len(decoders)} fields of {kind.__name__}")
        return kind(*[field(value[name]) for name, field in decoders])

    return encode, decode


def _text_codec() -> tuple[Encode, Decode]:
    """A :class:`Text`, the commonest object by far, in one step: its two languages, each
    what the loader makes of a text (:func:`app.core.bounds.is_text`)."""
    if [f.name for f in dataclasses.fields(Text)] != ["nl", "en"]:
        raise TypeError("the catalogue cache keeps a Text as nl and en")

    def encode(text: Text) -> Any:
        return {"nl": text.nl, "en": text.en}

    def decode(value: Any) -> Any:
        if type(value) is not dict or len(value) != 2:
            raise UnfitError("expected a text in two languages")
        nl, en = value.get("nl"), value.get("en")
        if type(nl) is not str or type(en) is not str or not (is_text(nl) and is_text(en)):
            raise UnfitError("a text the loader would refuse")
        if not (nl.isascii() and en.isascii()):
            (nl + en).encode("utf-8")  # a lone surrogate from a \\ud800 escape is no text
        return Text(nl, en)

    return encode, decode


def _bounded(kind: type, name: str, codec: tuple[Encode, Decode]) -> tuple[Encode, Decode]:
    """``codec`` for the field ``name`` of ``kind``, with the loader's range (if a number)."""
    limits = RANGES.get((kind, name))
    if limits is None:
        return codec
    low, high = limits
    encode, inner = codec

    def decode(value: Any) -> Any:
        result = inner(value)
        if result is not None and not low <= result <= high:
            raise UnfitError(f"{kind.__name__}.{name} {result!r} is outside {low}..{high}")
        return result

    return encode, decode


# -- what the app relies on between objects ---------------------------------------------------


def _check(catalogue: Catalogue) -> None:
    """Raise :class:`UnfitError` unless ``catalogue`` holds together as a loaded one does:
    what the loader asks of each file as a whole, file by file (an entry's ``origin``)."""
    numbers = [c.number for c in catalogue.chapters]
    if numbers != sorted(set(numbers)):
        raise UnfitError("the chapters are not in order, each number once")
    chapters = set(numbers)
    files = {source: index for index, source in enumerate(catalogue.sources)}
    if len(files) != len(catalogue.sources):
        raise UnfitError("a file is named twice")
    entries: dict[tuple[str, int], int] = {}
    for kind, items in (
        ("preset", catalogue.presets),
        ("exercise", catalogue.exercises),
        ("program", catalogue.programs),
    ):
        for ident, item in items.items():
            file = files.get(item.origin)
            if item.id != ident or not is_id(ident) or file is None:
                raise UnfitError(f"{kind} {ident!r} does not fit")
            entries[kind, file] = entries.get((kind, file), 0) + 1
    if max(entries.values(), default=0) > MAX_ENTRIES:
        raise UnfitError(f"a file holds more than {MAX_ENTRIES} entries of one kind")
    # Where each exercise comes from: a file refers to its own and an earlier file's only.
    file_of = {ident: files[exercise.origin] for ident, exercise in catalogue.exercises.items()}
    played: dict[str, int] = {}  # what each exercise adds to a session
    per_file = [0] * len(files)
    for ident, exercise in catalogue.exercises.items():
        here = file_of[ident]
        if any(file_of.get(other, FILES) > here for other in exercise.see_also):
            raise UnfitError(f"exercise {ident!r} refers to nothing")
        guidance = exercise.guidance
        if any(not 1 <= step <= len(exercise.steps) for step in guidance.steps_named()):
            raise UnfitError(f"exercise {ident!r} has no such step")
        if exercise.sides is Sides.NONE and (
            guidance.step_left is not None
            or guidance.switch_step is not None
            or guidance.switch_s != DEFAULT_SWITCH_S
        ):
            raise UnfitError(f"exercise {ident!r} changes sides it does not have")
        if guidance.step_left is not None and guidance.step is None:  # the loader sets both
            raise UnfitError(f"exercise {ident!r} has a step for one side only")
        if guidance.rounds == 1 and guidance.rest_s != DEFAULT_REST_S:
            raise UnfitError(f"exercise {ident!r} rests between rounds it does not have")
        _check_setup(ident, exercise)
        _check_blocks(ident, guidance.blocks)
        alone = planned_segments([exercise])
        per_file[here] += alone  # as the loader counts a file's exercises together
        if alone > MAX_EXERCISE_SEGMENTS or per_file[here] > MAX_FILE_SEGMENTS:
            raise UnfitError(f"exercise {ident!r} is too long to play")
        # planned_segments(many) is 1 (the end) and what each adds: what the loader
        # works out for a program, without going through each exercise's blocks again.
        played[ident] = alone - 1
    items_per_file = [0] * len(files)
    for program in catalogue.programs.values():
        here = files[program.origin]
        items_per_file[here] += len(program.items)
        if items_per_file[here] > MAX_FILE_PROGRAM_ITEMS:
            raise UnfitError("a file's programs hold too many exercises together")
        if any(file_of.get(i.exercise, FILES) > here for i in program.items):
            raise UnfitError(f"program {program.id!r} refers to nothing")
        if (program.chapter is None) != (program.section is None) or (
            program.chapter is not None and program.chapter not in chapters
        ):
            raise UnfitError(f"program {program.id!r} has no chapter")
        if 1 + sum(played[i.exercise] for i in program.items) > MAX_SEGMENTS:
            raise UnfitError(f"program {program.id!r} is too long to play")
    if len(set(catalogue.path)) != len(catalogue.path) or any(
        p not in catalogue.programs for p in catalogue.path
    ):
        raise UnfitError("the path names a program twice, or one that is not there")
    if any(catalogue.programs[p].origin != catalogue.sources[0] for p in catalogue.path):
        raise UnfitError("the path names a program of the person's own file")  # the loader's


def _check_setup(ident: str, exercise: Exercise) -> None:
    """What the loader asks of getting into and out of the pose (``_setup_fits``): the
    steps that get into it come before every step the breaths highlight, a time is given
    once and only for one of them, and a time for coming out only with its words."""
    guidance = exercise.guidance
    count = len(exercise.steps)
    if guidance.setup_steps is not None and guidance.setup_steps >= min(
        guidance.played_steps(), default=count
    ):
        raise UnfitError(f"exercise {ident!r} gets into the pose with a step that plays")
    setup = guidance.setup_count(count)
    steps = [t.step for t in guidance.step_s]
    if steps != sorted(set(steps)) or any(step > setup for step in steps):
        raise UnfitError(f"exercise {ident!r} times a step that does not get into the pose")
    if guidance.come_out_s is not None and exercise.come_out is None:
        raise UnfitError(f"exercise {ident!r} times a way out it has no words for")


def _check_blocks(ident: str, blocks: tuple[Block, ...]) -> None:
    """What the loader asks of an exercise's blocks: each phase's cue and step once, and
    only for a phase the pattern plays; a block that carries on the count of the one
    before comes right after a block of breaths that counts the same way."""
    before: Block | None = None
    for block in blocks:
        if isinstance(block, BreathBlock):
            played = {
                phase
                for phase, length in zip(BREATH_PHASES, block.pattern.phases_ms(), strict=True)
                if length > 0
            }
            for phases in (
                [phase for phase, _ in block.cues],
                [p.phase for p in block.phase_steps],
            ):
                if len(set(phases)) != len(phases):
                    raise UnfitError(f"exercise {ident!r} has a phase's cue or step twice")
                if not played.issuperset(phases):
                    raise UnfitError(
                        f"exercise {ident!r} has a cue or step for a phase never played"
                    )
            if block.count_on and not (
                isinstance(before, BreathBlock) and before.count_down == block.count_down
            ):
                raise UnfitError(f"exercise {ident!r} carries on a count there is not")
        before = block


# -- writing --------------------------------------------------------------------------------


def write(cache: Path, key: Key, catalogue: Catalogue) -> bool:
    """Keep ``catalogue`` under ``key``: written whole beside the cache (mode 0600), synced
    and renamed over it, so a reader never sees half a file. Earlier versions' pickles
    are removed. False when it could not be kept."""
    try:
        payload = json.dumps(
            _codec(Catalogue)[0](catalogue),
            ensure_ascii=False,
            allow_nan=False,
            separators=(",", ":"),
        ).encode("utf-8")
        header = json.dumps(
            {"format": FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest()},
            separators=(",", ":"),
        ).encode("ascii")  # escaped: no newline inside
        if len(header) + 1 + len(payload) > MAX_BYTES:
            return False
        private_folder(cache.parent)
        for name in LEGACY_NAMES:
            (cache.parent / name).unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=cache.name + ".", dir=cache.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header + b"\n" + payload)
                out.flush()
                os.fsync(out.fileno())
            Path(temporary).replace(cache)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError, TypeError, RecursionError):
        return False
    return True
