"""Reading catalogue files from disk, with every failure turned into a located problem."""

from __future__ import annotations

import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import catalogue_cache
from app.core.model import Catalogue
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem

if TYPE_CHECKING:
    from app.core.loader import LoadResult

# The loader (and with it PyYAML) is imported where a file is really read: a start that
# finds its catalogues in the cache needs neither.

# The largest file read: the bundled catalogue (the whole book: 40 exercises, 8 programs)
# is 108 kB, and a person's own exercises are a few kB each, so 1 MiB is hundreds of own
# exercises, yet costs well under a second to check (docs/architecture.md, "Threat model
# and guarantees", has the figures). The same bound holds for saved sessions, which are
# read with the same function.
MAX_BYTES = 1024 * 1024
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs in files


def read_text(path: Path, limit: int = MAX_BYTES) -> tuple[str | None, list[Problem]]:
    """The file's text, or a problem saying why it cannot be read (never an exception).

    Bounded whatever the path holds: a FIFO, a device or a socket is refused without
    reading (opened without blocking, so a FIFO with no writer cannot hang the app), and
    no more than ``limit`` bytes are ever read, so a huge file costs nothing.
    """
    name = str(path)

    def problem(template: str, **args: object) -> tuple[None, list[Problem]]:
        return None, [Problem(name, 1, 1, Message.of(template, **args))]

    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return problem(QT_TRANSLATE_NOOP("Problem", "no such file"))
    except IsADirectoryError:
        return problem(QT_TRANSLATE_NOOP("Problem", "this is a folder, not a file"))
    except OSError as error:
        return problem(
            QT_TRANSLATE_NOOP("Problem", "cannot read the file: {reason}"),
            reason=error.strerror or error,
        )
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return problem(QT_TRANSLATE_NOOP("Problem", "this is a folder, not a file"))
        if not stat.S_ISREG(info.st_mode):
            return problem(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "this is not a plain file (a device, a pipe or a socket); it is not read",
                )
            )
        if info.st_size > limit:
            return _too_large(name, info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # at most limit + 1 bytes, however the file changes meanwhile
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        return problem(
            QT_TRANSLATE_NOOP("Problem", "cannot read the file: {reason}"),
            reason=error.strerror or error,
        )
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while it was read
        return _too_large(name, len(data), limit)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        message = Message.of(
            QT_TRANSLATE_NOOP("Problem", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"),
            byte=f"{data[error.start]:02x}",
        )
        return None, [Problem(name, line, column, message)]


def _too_large(name: str, size: int, limit: int) -> tuple[None, list[Problem]]:
    message = Message.of(
        QT_TRANSLATE_NOOP("Problem", "the file is {size} large; files of at most {limit} are read"),
        size=_size(size),
        limit=_size(limit),
    )
    return None, [Problem(name, 1, 1, message)]


def _size(count: int) -> str:
    """``850 KiB``, ``1.1 MiB``: rounded up, so a file just over the limit never reads as
    the limit itself."""
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{math.ceil(count / 1024)} KiB"
    return f"{math.ceil(count * 10 / 1024 / 1024) / 10:g} MiB"


def load_bundled(path: Path) -> LoadResult:
    from app.core.loader import LoadResult, load_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(None, problems)
    return load_text(text, str(path))


def load_addition(path: Path, base: Catalogue) -> LoadResult:
    """A user's file on top of ``base``; on any problem ``base`` comes back unchanged.

    Whatever the file holds, and whatever goes wrong while it is read (see
    ``load_text(guarded=True)``), the answer is ``base`` and located problems.
    """
    from app.core.loader import LoadResult, load_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(base, problems)
    return load_text(text, str(path), base, guarded=True)


def validate_file(path: Path, base: Catalogue | None) -> LoadResult:
    """Check any catalogue file: a complete one (it has ``prompts``) or a user's addition.
    Guarded like a user's file: ``validate`` answers with problems, never a crash."""
    from app.core.loader import LoadResult, check_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(None, problems)
    return check_text(text, str(path), base)


@dataclass(frozen=True)
class Catalogues:
    """What the app runs on: the bundled catalogue plus the user's, if that one is valid."""

    catalogue: Catalogue | None  # None only when the bundled catalogue itself is broken
    bundled_problems: list[Problem]
    user_problems: list[Problem]


def load_catalogues(bundled: Path, user: Path | None, cache: Path | None = None) -> Catalogues:
    """Both catalogues, checked; with ``cache``, kept there and taken from there while
    neither file changes (see :mod:`app.core.catalogue_cache`). Only a result without
    problems is kept: problems are said again at every start until the file is fixed."""
    if cache is None:
        return _load_catalogues(bundled, user)
    key = catalogue_cache.key_for([bundled, user])
    kept = catalogue_cache.read(cache, key)
    if kept is not None:
        return Catalogues(kept, [], [])
    loaded = _load_catalogues(bundled, user)
    if loaded.catalogue is not None and not loaded.bundled_problems and not loaded.user_problems:
        catalogue_cache.write(cache, key, loaded.catalogue)
    return loaded


def _load_catalogues(bundled: Path, user: Path | None) -> Catalogues:
    base = load_bundled(bundled)
    if base.catalogue is None:
        return Catalogues(None, base.problems, [])
    if user is None or not user.exists():
        return Catalogues(base.catalogue, [], [])
    added = load_addition(user, base.catalogue)
    return Catalogues(added.catalogue, [], added.problems)
