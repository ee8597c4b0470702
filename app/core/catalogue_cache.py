"""The checked catalogue, kept between starts so that start-up needs no YAML at all.

Reading the catalogue means importing PyYAML and the loader, parsing and checking every
field: 50-75 ms of CPU more than reading this cache, in a start that is measured against a
bare Qt window (see ``docs/architecture.md``, "Threat model and guarantees", for the
figures). The result only changes when a file does, so it is kept in the cache folder
under a key of everything it was made from: this module's format, the app's and Python's
versions, and the size and modification time of each file (or that it is missing) and of
the code that makes the result (the core's modules, or a bundle's executable).

The cache folder is not trusted. Another program, a synced home folder or a damaged disk
can put anything there, so the file is plain data that nothing executes (JSON; never
pickle or marshal) and is checked as it is read:

- it is opened without following a link and without blocking, must be a regular file of
  at most :data:`MAX_BYTES`, and is read at most that far;
- its first line (format, key and the SHA-256 of the rest) is compared before anything
  else is parsed; a different key or digest is a miss;
- the rest is decoded against the model's own type hints: every object must have exactly
  its fields, every value its declared type (a ``bool`` is not an ``int``, numbers are
  finite), enums their values, numbers the loader's ranges (:data:`BOUNDS`), and lists
  its lengths (:data:`MAX_ITEMS`);
- each object is made by its own constructor, so whatever the model checks on
  construction holds here too (a ``BreathPattern`` refuses a phase that rounds to
  nothing or lasts too long);
- then what the app relies on between objects is checked (:func:`_check`): ids are keys
  and well formed, every reference resolves, nothing that must hold something is empty,
  and no exercise is too long to compile.

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
import re
import stat
import sys
import tempfile
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.core.folders import private_folder
from app.core.model import (
    BreathBlock,
    Catalogue,
    Chapter,
    Guidance,
    Preset,
    Program,
    ProgramItem,
    StepBlock,
    TimedBlock,
    TimedStep,
)
from app.core.text import Text
from app.core.timeline import MAX_SEGMENTS, planned_segments

FORMAT = 2
FILE_NAME = "catalogues.json"
LEGACY_NAMES = ("catalogues.pickle",)  # what earlier versions kept: removed, never read
# The bundled catalogue is 0.11 MB as JSON (its YAML 0.108 MB). The loader reads a user's
# file of at most 1 MiB and a bounded number of values (yamlsource.MAX_NODES), which keeps
# a real cache well under this: a user's file of 87 000 values took 0.69 MB of JSON, read
# in 0.13 s where the loader took 1.2 s. A larger result is simply not kept. A well-formed
# hostile file of this size reads in about a third of the loader's time for its largest
# file (tests/test_catalogue_cache.py::test_a_full_size_hostile_cache_is_read_whole).
MAX_BYTES = 2 * 1024 * 1024

# The loader's ranges (app/core/loader.py), per class and field: a kept catalogue holds
# nothing the loader would have refused. tests/test_catalogue_cache.py checks that the
# bundled catalogue and a user's addition still pass, so a wider range there shows.
BOUNDS: dict[tuple[type, str], tuple[float, float]] = {
    (Catalogue, "schema"): (1, 1_000),
    (Chapter, "number"): (1, 99),
    (Chapter, "page"): (1, 9_999),
    (Preset, "breaths"): (1, 500),
    (BreathBlock, "breaths"): (1, 200),
    (Guidance, "rounds"): (1, 20),
    (Guidance, "rest_s"): (0, 600),
    (Guidance, "step"): (1, 50),
    (StepBlock, "repeat"): (1, 100),
    (TimedStep, "seconds"): (1, 600),
    (TimedBlock, "minutes"): (0.5, 120),
    (Program, "chapter"): (1, 99),
    (ProgramItem, "page"): (1, 9_999),
}
_ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", re.ASCII)  # the loader's (it imports PyYAML)
# No list the loader makes holds more (app/core/reader.py), nor do the bundled catalogue's
# and a user's entries together (at most 500 each).
MAX_ITEMS = 1_000


def _both_languages(text: Text) -> bool:
    return bool(text.nl.strip() and text.en.strip())


# What the loader asks of single objects, checked as each is decoded.
_CHECKS: dict[type, Callable[[Any], bool]] = {Text: _both_languages}

Key = list[Any]


class UnfitError(Exception):
    """A kept value that does not fit the model: the cache is not used."""


def _code() -> list[Path]:
    if getattr(sys, "frozen", False):  # a bundle: its modules are inside the executable
        return [Path(sys.executable)]
    return sorted(Path(__file__).parent.glob("*.py"))


def key_for(sources: Sequence[Path | None]) -> Key:
    """What a kept result was made from; a missing file counts as missing. Plain lists,
    strings and numbers: the key is stored as JSON and compared as it reads back."""
    files: list[list[Any]] = []
    for path in [*sources, *_code()]:
        if path is None:
            continue
        try:
            info = path.stat()
        except OSError:
            files.append([str(path), None, None])
        else:
            files.append([str(path), info.st_size, info.st_mtime_ns])
    return [FORMAT, __version__, sys.version, files]


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
_codecs: dict[object, tuple[Encode, Decode]] = {}


def _codec(hint: object) -> tuple[Encode, Decode]:
    """An encoder and a strict decoder for one type hint, made once and kept."""
    made = _codecs.get(hint)
    if made is None:
        made = _codecs[hint] = _make_codec(hint)
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


def _make_codec(hint: object) -> tuple[Encode, Decode]:
    if hint is str:
        return _same, _text
    if hint is bool or hint is int:
        return _same, _exact(hint)  # type(True) is bool: a bool is no int here
    if hint is float:
        return float, _float
    if hint is type(None):
        return _same, _none
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_codec(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_codec(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return _union_codec(args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence_codec(args[0], tuple)
    if origin is tuple:
        return _fixed_tuple_codec(args)
    if origin is list:
        return _sequence_codec(args[0], list)
    if origin is dict and args[0] is str:
        return _mapping_codec(args[1])
    raise TypeError(f"the catalogue cache cannot keep a {hint!r}")


def _enum_codec(kind: type[enum.Enum]) -> tuple[Encode, Decode]:
    by_value = {member.value: member for member in kind}

    def decode(value: Any) -> Any:
        if type(value) is not str or value not in by_value:
            raise UnfitError(f"not a {kind.__name__}: {value!r}")
        return by_value[value]

    return (lambda member: member.value), decode


def _sequence_codec(item: object, kind: type) -> tuple[Encode, Decode]:
    encode_item, decode_item = _codec(item)

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) > MAX_ITEMS:
            raise UnfitError(f"expected a list of at most {MAX_ITEMS}")
        return kind(decode_item(v) for v in value)

    return (lambda values: [encode_item(v) for v in values]), decode


def _fixed_tuple_codec(items: tuple[object, ...]) -> tuple[Encode, Decode]:
    codecs = [_codec(item) for item in items]

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != len(codecs):
            raise UnfitError(f"expected a list of {len(codecs)}")
        return tuple(c[1](v) for c, v in zip(codecs, value, strict=True))

    return (lambda values: [c[0](v) for c, v in zip(codecs, values, strict=True)]), decode


def _mapping_codec(item: object) -> tuple[Encode, Decode]:
    encode_item, decode_item = _codec(item)

    def decode(value: Any) -> Any:
        if type(value) is not dict or len(value) > MAX_ITEMS:
            raise UnfitError(f"expected an object of at most {MAX_ITEMS} entries")
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
    codecs = {name: _bounded(kind, name, _codec(hints[name])) for name in names}

    def encode(value: Any) -> Any:
        return {name: codecs[name][0](getattr(value, name)) for name in names}

    decoders = [(name, codecs[name][1]) for name in names]

    def decode(value: Any) -> Any:
        if type(value) is not dict or len(value) != len(decoders):
            raise UnfitError(f"expected the {len(decoders)} fields of {kind.__name__}")
        return kind(*[field(value[name]) for name, field in decoders])

    check = _CHECKS.get(kind)
    if check is None:
        return encode, decode

    def checked(value: Any) -> Any:
        result = decode(value)
        if not check(result):
            raise UnfitError(f"a {kind.__name__} the loader would refuse")
        return result

    return encode, checked


def _bounded(kind: type, name: str, codec: tuple[Encode, Decode]) -> tuple[Encode, Decode]:
    bounds = BOUNDS.get((kind, name))
    if bounds is None:
        return codec
    low, high = bounds
    encode, inner = codec

    def decode(value: Any) -> Any:
        result = inner(value)
        if result is not None and not low <= result <= high:
            raise UnfitError(f"{kind.__name__}.{name} {result!r} is outside {low}..{high}")
        return result

    return encode, decode


# -- what the app relies on between objects ---------------------------------------------------


def _check(catalogue: Catalogue) -> None:
    """Raise :class:`UnfitError` unless ``catalogue`` holds together as a loaded one does."""
    chapters = {c.number for c in catalogue.chapters}
    if len(chapters) != len(catalogue.chapters):
        raise UnfitError("a chapter number appears twice")
    for kind in (catalogue.presets, catalogue.exercises, catalogue.programs):
        for ident, item in kind.items():
            if item.id != ident or not _ID.fullmatch(ident):
                raise UnfitError(f"id {ident!r} does not fit")
    for exercise in catalogue.exercises.values():
        if not exercise.steps or any(s not in catalogue.exercises for s in exercise.see_also):
            raise UnfitError(f"exercise {exercise.id!r} refers to nothing")
        guidance = exercise.guidance
        if not guidance.blocks or (guidance.step or 0) > len(exercise.steps):
            raise UnfitError(f"exercise {exercise.id!r} has no guidance")
        for block in guidance.blocks:
            if isinstance(block, StepBlock) and not block.steps:
                raise UnfitError(f"exercise {exercise.id!r} has an empty block")
        if planned_segments([exercise]) > MAX_SEGMENTS:  # the browser compiles each one
            raise UnfitError(f"exercise {exercise.id!r} is too long to play")
    for program in catalogue.programs.values():
        if not program.items or any(i.exercise not in catalogue.exercises for i in program.items):
            raise UnfitError(f"program {program.id!r} refers to nothing")
        if (program.chapter is None) != (program.section is None) or (
            program.chapter is not None and program.chapter not in chapters
        ):
            raise UnfitError(f"program {program.id!r} has no chapter")


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
