"""The checked catalogues, kept between starts so that start-up needs no YAML at all.

Reading the catalogue means importing PyYAML, parsing and checking every field (30-100 ms
of a start that is measured against a bare Qt window). The result only changes when a
file does, so it is kept as a pickle in the cache folder under a key of everything it was
made from: this module's format, the app's and Python's versions, and the size and
modification time of each file (or that it is missing) and of the code that makes the
result (the core's modules, or a bundle's executable: a changed class must never meet an
old pickle, even under the same version number). Anything else — a different key, a
damaged, truncated or foreign file, a class that no longer exists — is a miss, and the
files are read as usual; a cache that cannot be written is simply not kept. The cache folder
is the user's own, trusted like their settings.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__

FORMAT = 1


def _code() -> list[Path]:
    if getattr(sys, "frozen", False):  # a bundle: its modules are inside the executable
        return [Path(sys.executable)]
    return sorted(Path(__file__).parent.glob("*.py"))


def key_for(sources: Sequence[Path | None]) -> tuple[Any, ...]:
    """What a kept result was made from; a missing file counts as missing."""
    files: list[tuple[str, int, int] | tuple[str, None, None]] = []
    for path in [*sources, *_code()]:
        if path is None:
            continue
        try:
            stat = path.stat()
        except OSError:
            files.append((str(path), None, None))
        else:
            files.append((str(path), stat.st_size, stat.st_mtime_ns))
    return (FORMAT, __version__, sys.version, tuple(files))


def read(cache: Path, key: tuple[Any, ...]) -> Any | None:
    """The result kept under ``key``, or None (a miss, whatever the reason)."""
    try:
        with cache.open("rb") as source:
            if pickle.load(source) != key:
                return None
            return pickle.load(source)
    except Exception:  # noqa: BLE001 - a damaged or stale cache is only a miss
        return None


def write(cache: Path, key: tuple[Any, ...], result: object) -> bool:
    """Keep ``result`` under ``key``: written whole beside the cache and renamed over it,
    so a reader never sees half a file. False when it could not be kept."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=cache.name, dir=cache.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(key, out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(cache)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return False
    return True
