"""Saved rhythms on disk: one small YAML file each under ``<data>/rhythms``.

The saved sessions' habits (``services/routine_store.py``), for the same reasons:

- **A new rhythm never replaces a file**: it is written whole to a file without a name (or
  a hidden one), flushed, and *linked* under its name, which fails when the name is taken;
  it then goes to the next free name (``calm-2.yaml``). The saved sessions' own staging
  does this (``routine_store``'s ``_Staged``): one implementation of the promise, not two.
- **A file that cannot be read is never replaced**: :func:`save` reads the file it is to
  replace again and refuses (:class:`StoreError`, naming it) unless it is a readable
  rhythm. Replacing a readable one goes through ``QSaveFile`` (atomic).
- **Reading is bounded**: a file over :data:`MAX_FILE_BYTES` is listed as one that cannot
  be read, unread; at most :data:`MAX_RHYTHMS` files are read for the list, which the
  pacer reads on the GUI thread when it opens (the rest are counted and said).
- Names are saved and compared in NFC (``core/rhythms.normal_name``).

Deleting moves the file to the desktop's trash where there is one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from app.core import rhythms
from app.core.files import read_text
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.rhythms import SavedRhythm
from app.services import paths
from app.services.routine_store import (
    StoreError,
    create_unique,
    numbered,
    put,
    remove,
)

__all__ = ["MAX_FILE_BYTES", "MAX_RHYTHMS", "Entry", "Listing", "StoreError", "remove"]

# A rhythm file the app writes is 150-550 bytes (its comment, a pattern, a length and a name
# of at most 100 characters, 4 bytes each at most in UTF-8); 1 KiB leaves room for a note a
# person adds, and anything larger is not one of ours. The bound is what keeps the pacer's
# start quick: YAML is composed whole before it is checked, and 100 files of 4 KiB of
# one-character flow items took 1.3 s to list; of 1 KiB, see MAX_RHYTHMS.
MAX_FILE_BYTES = 1024
# The most rhythm files the list reads (on the GUI thread, when the pacer opens and after a
# save): the rhythm box is a list to pick from, not an archive. Measured on this project's
# 2-core test machine under load (the report of issue 19): 100 typical files 22 ms; 100
# files of 1 KiB of comments 54 ms; 100 files of 1 KiB of one-character flow items (all
# refused) 0.2 s.
MAX_RHYTHMS = 100


@dataclass(frozen=True, slots=True)
class Entry:
    """A saved rhythm as listed: its file, and the rhythm or why it cannot be read."""

    path: Path
    rhythm: SavedRhythm | None
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.rhythm.name if self.rhythm else self.path.stem

    @property
    def readable(self) -> bool:
        return self.rhythm is not None


@dataclass(frozen=True, slots=True)
class Listing:
    """Every rhythm file read, sorted by name; ``left_out``: files beyond
    :data:`MAX_RHYTHMS`, not read."""

    entries: tuple[Entry, ...]
    left_out: int = 0

    @property
    def readable(self) -> list[SavedRhythm]:
        return [e.rhythm for e in self.entries if e.rhythm is not None]

    @property
    def unreadable(self) -> list[Entry]:
        return [e for e in self.entries if e.rhythm is None]


def folder() -> Path:
    return paths.data_dir() / "rhythms"


def load(path: Path) -> Entry:
    """The rhythm in ``path``, or why it cannot be read (a file too large is not read; a
    FIFO or a device is refused unopened: ``core/files.read_text``)."""
    text, problems = read_text(path, MAX_FILE_BYTES)
    if text is None:
        return Entry(path, None, tuple(problems))
    rhythm, problems = rhythms.parse(text, str(path))
    return Entry(path, rhythm, tuple(problems))


def _files() -> list[Path]:
    try:
        return sorted(p for p in folder().glob("*" + rhythms.SUFFIX) if not p.name.startswith("."))
    except OSError:
        return []


def listing() -> Listing:
    """The saved rhythms, readable or not, sorted by name (at most :data:`MAX_RHYTHMS`)."""
    files = _files()
    found = [load(path) for path in files[:MAX_RHYTHMS]]
    found.sort(key=lambda e: (e.name.casefold(), e.name))
    return Listing(tuple(found), max(0, len(files) - MAX_RHYTHMS))


def clash(name: str, listed: Collection[Entry], keep: Path | None = None) -> Entry | None:
    """The listed file that saving under ``name`` would be taken to replace: a readable
    rhythm of that name, or a file that cannot be read whose file name is the name's
    (``broken.yaml`` for "Broken"). ``keep`` (the file being renamed) never clashes."""
    name = rhythms.normal_name(name)
    base = rhythms.slug(name)
    for entry in listed:
        if entry.path == keep:
            continue
        if entry.rhythm is not None and entry.rhythm.name == name:
            return entry
        if entry.rhythm is None and rhythms.normal_name(entry.path.stem) in (name, base):
            return entry
    return None


def named(name: str) -> list[Entry]:
    """The files a rhythm called ``name`` can be in, read: ``<slug>.yaml``,
    ``<slug>-N.yaml`` and ``<name>.yaml``. Enough for :func:`clash` without reading all."""
    name = rhythms.normal_name(name)
    base = rhythms.slug(name)
    return [
        load(path)
        for path in _files()
        if numbered(path.stem, base) or rhythms.normal_name(path.stem) == name
    ]


def replaced_by(name: str) -> Path | None:
    """The file a save under ``name`` replaces (see :func:`clash`), or None for a new one."""
    entry = clash(name, named(name))
    return entry.path if entry is not None else None


def save(rhythm: SavedRhythm, replacing: Path | None = None) -> Path:
    """Write ``rhythm``: over ``replacing`` when it keeps its file name, else as a new file
    (never replacing any file), after which ``replacing`` goes to the trash.

    ``replacing`` must still be a readable rhythm; a file that cannot be read is refused
    with a :class:`StoreError` naming it, and left as it is."""
    base = rhythms.slug(rhythm.name)
    refused = rhythms.name_message(rhythm.name)
    if refused is not None:
        raise StoreError(Problem(str(folder() / (base + rhythms.SUFFIX)), 1, 1, refused))
    text = rhythms.dump(rhythm)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:  # never a file the list would not read
        message = Message.of(
            QT_TRANSLATE_NOOP(
                "Problem",
                "this rhythm would take {size} bytes, more than the {max} a saved rhythm may "
                "take; choose a shorter name",
            ),
            size=len(text.encode("utf-8")),
            max=MAX_FILE_BYTES,
        )
        raise StoreError(Problem(str(folder() / (base + rhythms.SUFFIX)), 1, 1, message))
    return put(text, base, folder(), replacing, lambda path: load(path).readable, create)


def create(base: str, text: str) -> Path:
    """A new rhythm file ``<base>.yaml`` (or ``<base>-N.yaml``), never replacing any file:
    the saved routines' exclusive create (``routine_store.create_unique``)."""
    taken = QT_TRANSLATE_NOOP(
        "Problem", "{count} saved rhythms already have this name; choose another name"
    )
    return create_unique(folder(), base, rhythms.SUFFIX, text, taken)
