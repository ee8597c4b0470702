"""Named sessions on disk: one YAML file each under ``<data>/sessions``.

What this module promises, and how:

- **A saved session is never lost to another save.** A new session is written completely to
  a file without a name (Linux ``O_TMPFILE``) or a hidden temporary file, flushed to disk,
  and then *linked* under its name; a link fails when the name exists, so it can never
  replace a file, not even one another window created a moment before. The name taken in
  between moves the new session on to the next free file name (``-2``, ``-3``, …), the
  rule that already holds for two session names with one file name: both saves land, both
  are listed, and nothing asks the person to settle something the app can settle itself.
- **A file that cannot be read is never replaced.** Replacing goes through :func:`save`
  with the file to replace, which reads that file again with the same checks as the list
  and refuses (:class:`StoreError`, naming the file) unless it is a readable session.
- **Replacing a readable session is atomic**: ``QSaveFile`` (qutebrowser's habit) writes
  the new text beside it and renames it over the old one only when complete, so a crash
  or a full disk leaves the old version, never half a file.
- **Reading is bounded**: a file larger than :data:`MAX_FILE_BYTES` is listed as one that
  cannot be read, without being read (a restored 1 GiB file must not slow every save).

Deleting moves the file to the desktop's trash where there is one, so a slip of the finger
can be undone outside the app.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QSaveFile

from app.core import routines
from app.core.files import read_text
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.routines import SavedRoutine
from app.services import paths

# A session of 2000 exercises is about 60 kB; anything larger is not one of ours, and is
# not read: each save looks at the files its name could be in, and the list reads them all.
MAX_FILE_BYTES = 64 * 1024
# The most saved sessions, in all, that the list reads in well under a second: it reads
# every one on the GUI thread ("Open saved session…"). A restore brings no more than this
# (``backup.LIMITS``). Measured with the list's reader (``tests.bench.saved_routines_cost``,
# 512 KiB of each shape, one core): the densest the app writes (1 000 times the shortest
# exercise id, 8 kB each) 0.35 s; 1 000 mixed ids 0.10 s; 64 KiB files of "- cobra"
# lines 0.24 s; 1 000 sessions of ten exercises (218 kB) 0.22 s. Only hand-made files of
# tens of thousands of one-letter flow items cost more (0.87 s): the YAML is composed
# whole before its length is checked.
MAX_TOTAL_BYTES = 512 * 1024
# How many files one name may number (``name-2`` … ``name-999``) before saving gives up.
MAX_NUMBER = 999
# Hidden temporary files a save left behind (a kill -9 mid-write) are swept after this long;
# younger ones may belong to a save running in another window right now.
STALE_TEMP_S = 3600
TEMP_PREFIX = ".saving-"


class StoreError(Exception):
    """A write failed; ``problem`` says which file and why, for the person to read."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Entry:
    """A saved session as listed: its file, and the session or why it cannot be read."""

    path: Path
    session: SavedRoutine | None
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.session.name if self.session else self.path.stem

    @property
    def readable(self) -> bool:
        return self.session is not None


def folder() -> Path:
    return paths.data_dir() / "sessions"


def write_text(path: Path, text: str) -> None:
    """Atomically replace ``path`` with ``text``; raises :class:`StoreError` on failure."""
    try:
        paths.private_folder(path.parent)
    except OSError as error:
        _fail(path, error.strerror or str(error))
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        _fail(path, out.errorString())
    data = text.encode("utf-8")
    if out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        _fail(path, reason)
    if not out.commit():
        _fail(path, out.errorString())


def _fail(path: Path, reason: str) -> None:
    message = Message.of(QT_TRANSLATE_NOOP("Problem", "cannot save: {reason}"), reason=reason)
    raise StoreError(Problem(str(path), 1, 1, message))


def load(path: Path, known: Collection[str]) -> Entry:
    """The session in ``path``, or why it cannot be read; a file too large is not read."""
    with suppress(OSError):  # a file that cannot be looked at cannot be read either: below
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = Message.of(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "the file is {size} bytes long; a saved session is at most {max} bytes, "
                    "so this one was not read",
                ),
                size=size,
                max=MAX_FILE_BYTES,
            )
            return Entry(path, None, (Problem(str(path), 1, 1, message),))
    text, problems = read_text(path)
    if text is None:
        return Entry(path, None, tuple(problems))
    session, problems = routines.parse(text, str(path), known)
    return Entry(path, session, tuple(problems))


def entries(known: Collection[str]) -> list[Entry]:
    """Every saved session, readable or not, sorted by name."""
    try:
        files = sorted(folder().glob("*" + routines.SUFFIX))
    except OSError:
        return []
    found = [load(path, known) for path in files if path.is_file()]
    return sorted(found, key=lambda e: (e.name.casefold(), e.name))


def clash(name: str, listed: Collection[Entry], keep: Path | None = None) -> Entry | None:
    """The listed file that saving under ``name`` would be taken to replace: a readable
    session of that name, or a file that cannot be read whose file name is the name's
    (``broken.yaml`` for "Broken"). ``keep`` (the file being renamed) never clashes.
    Names are compared in NFC (``routines.normal_name``): two that look the same are one."""
    name = routines.normal_name(name)
    base = routines.slug(name)
    for entry in listed:
        if entry.path == keep:
            continue
        if entry.session is not None and entry.session.name == name:
            return entry
        if entry.session is None and routines.normal_name(entry.path.stem) in (name, base):
            return entry
    return None


def named(name: str, known: Collection[str]) -> list[Entry]:
    """The files a session called ``name`` can be in, read: the ones this module names for
    it (``<slug>.yaml``, ``<slug>-N.yaml``) and ``<name>.yaml``. Enough for :func:`clash`
    without reading every saved session at every save."""
    name = routines.normal_name(name)
    base = routines.slug(name)
    try:
        files = sorted(folder().glob("*" + routines.SUFFIX))
    except OSError:
        return []
    return [
        load(path, known)
        for path in files
        if (numbered(path.stem, base) or routines.normal_name(path.stem) == name) and path.is_file()
    ]


def replaced_by(name: str, known: Collection[str]) -> Path | None:
    """The file a save under ``name`` replaces (see :func:`clash`), or None for a new one."""
    entry = clash(name, named(name, known))
    return entry.path if entry is not None else None


def save(
    session: SavedRoutine, replacing: Path | None = None, *, known: Collection[str] = ()
) -> Path:
    """Write ``session``: over ``replacing`` when it keeps its file name, else as a new file
    (created exclusively, see the module's docstring), after which ``replacing`` goes.

    ``replacing`` must still be a session readable with ``known`` exercise ids; a file that
    cannot be read is refused with a :class:`StoreError` naming it, and left as it is."""
    base = routines.slug(session.name)
    refused = routines.name_message(session.name)
    if refused is not None:
        raise StoreError(Problem(str(folder() / (base + routines.SUFFIX)), 1, 1, refused))
    text = routines.dump(session)
    return put(text, base, folder(), replacing, lambda path: load(path, known).readable, create)


def put(
    text: str,
    base: str,
    directory: Path,
    replacing: Path | None,
    readable: Callable[[Path], bool],
    create: Callable[[str, str], Path],
) -> Path:
    """The end of every save, a routine's or a rhythm's: ``text`` over ``replacing`` when
    that keeps its file name (``base`` or ``base-N`` in ``directory``), else into a new
    file (``create``, never replacing any), after which ``replacing`` goes to the trash.
    ``replacing`` must still be ``readable``: a file that cannot be read is refused
    (:class:`StoreError`, naming it) and left as it is."""
    if replacing is not None:
        if not readable(replacing) and replacing.exists():
            message = Message.of(
                QT_TRANSLATE_NOOP(
                    "Problem",
                    "this file cannot be read, so it is kept as it is and not replaced; "
                    "save under another name",
                )
            )
            raise StoreError(Problem(str(replacing), 1, 1, message))
        if replacing.parent == directory and numbered(replacing.stem, base):
            write_text(replacing, text)
            return replacing
    path = create(base, text)
    if replacing is not None:
        remove(replacing)
    return path


def numbered(stem: str, base: str) -> bool:
    """Whether ``stem`` is a file name :func:`create_unique` could give ``base``."""
    if stem == base:
        return True
    head, _, number = stem.rpartition("-")
    return head == base and number.isdigit() and not number.startswith("0")


def create(base: str, text: str) -> Path:
    """A new saved routine ``<base>.yaml`` (or ``<base>-N.yaml``): see :func:`create_unique`."""
    taken = QT_TRANSLATE_NOOP(
        "Problem", "{count} saved sessions already have this name; choose another name"
    )
    return create_unique(folder(), base, routines.SUFFIX, text, taken)


def create_unique(directory: Path, base: str, suffix: str, text: str, taken: str) -> Path:
    """A new file ``<base><suffix>`` (or ``<base>-N<suffix>``, the first N free) in the
    private ``directory``, holding ``text``, never replacing any file, even one created
    while this one was written (saved routines and saved rhythms alike). ``taken``: the
    Problem template, with ``{count}``, for a name all :data:`MAX_NUMBER` files have."""
    try:
        paths.private_folder(directory)
    except OSError as error:
        _fail(directory, error.strerror or str(error))
    _sweep_stale_temporaries(directory)
    staged = _Staged(directory)
    try:
        staged.write(text.encode("utf-8"))
        for number in range(1, MAX_NUMBER + 1):
            name = base + suffix if number == 1 else f"{base}-{number}{suffix}"
            candidate = directory / name
            if staged.place(candidate):
                _sync_folder(directory)
                return candidate
    except OSError as error:
        _fail(directory / (base + suffix), error.strerror or str(error))
    finally:
        with suppress(OSError):
            staged.discard()
    message = Message.of(taken, count=MAX_NUMBER)
    raise StoreError(Problem(str(directory / (base + suffix)), 1, 1, message))


# The errors a file system without hard links answers ``link`` with (FAT, exFAT, some
# network and FUSE file systems).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS}


class _Staged:
    """The new file's bytes, complete and on disk, not yet under any name.

    On Linux an ``O_TMPFILE`` file, which has no name at all, so a kill -9 leaves nothing
    behind; elsewhere a hidden ``.saving-*.tmp`` file. :meth:`place` links it under a name
    and fails, without harm, when the name exists. Where the file system has no hard links,
    the name is first reserved with ``O_EXCL`` (an empty file) and the staged file renamed
    over the reservation, which no other save can take in between; a crash in that instant
    leaves an empty file, which is listed as one that cannot be read and is never replaced.
    """

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._fd: int | None = None
        self._temp: Path | None = None
        self._links = True
        self._data = b""

    def write(self, data: bytes) -> None:
        self._data = data
        fd = self._open_unnamed()
        if fd is None:
            fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=self._directory)
            self._temp = Path(name)
        self._fd = fd
        _write_all(fd, data)
        if self._temp is not None:  # a named file is linked by its name: close it now
            os.close(fd)
            self._fd = None

    def _open_unnamed(self) -> int | None:
        flag = getattr(os, "O_TMPFILE", 0)
        if not flag or not sys.platform.startswith("linux") or not Path("/proc/self/fd").is_dir():
            return None
        try:
            return os.open(self._directory, flag | os.O_WRONLY | os.O_CLOEXEC, 0o600)
        except OSError:  # a file system without unnamed files (EOPNOTSUPP, EISDIR): named
            return None

    def place(self, target: Path) -> bool:
        """Put the file under ``target``; False when ``target`` exists (nothing changed)."""
        if self._links:
            try:
                self._link(target)
                return True
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno not in _NO_LINKS:
                    raise
                self._links = False
                if self._fd is not None:  # no links: give the unnamed file a name to rename
                    self._name_unnamed()
        return self._reserve_and_rename(target)

    def _link(self, target: Path) -> None:
        if self._fd is None:
            os.link(str(self._temp), target)
            return
        # The unnamed file is linked through its /proc/self/fd entry, following that link
        # (open(2) documents this use of O_TMPFILE). ``os.link`` uses linkat(2), and with it
        # AT_SYMLINK_FOLLOW, only when given a folder's descriptor; a plain link(2) would try
        # to link the /proc entry itself and fail with EXDEV.
        folder_fd = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.link(str(self._fd), target, src_dir_fd=folder_fd, follow_symlinks=True)
        finally:
            os.close(folder_fd)

    def _name_unnamed(self) -> None:
        assert self._fd is not None
        os.close(self._fd)
        self._fd = None
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=self._directory)
        self._temp = Path(name)
        try:
            _write_all(fd, self._data)
        finally:
            os.close(fd)

    def _reserve_and_rename(self, target: Path) -> bool:
        assert self._temp is not None
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        try:
            os.close(os.open(target, flags, 0o600))
        except FileExistsError:
            return False
        self._temp.replace(target)
        self._temp = None
        return True

    def discard(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._temp is not None:
            with suppress(OSError):
                self._temp.unlink()
            self._temp = None


def _write_all(fd: int, data: bytes) -> None:
    """Every byte (``os.write`` may write fewer), then to the disk: raises ``OSError``."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _sync_folder(directory: Path) -> None:
    """Make the new name itself durable (POSIX); where folders cannot be opened, skip."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _sweep_stale_temporaries(directory: Path) -> None:
    now = time.time()
    with suppress(OSError):
        for temp in directory.glob(TEMP_PREFIX + "*.tmp"):
            with suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_S:
                    temp.unlink()


def remove(path: Path) -> None:
    """To the trash where the platform has one, else deleted."""
    answer: object = QFile.moveToTrash(str(path))
    # The stubs promise a (bool, path) pair; PySide6 6.8-6.11 answer a bare bool.
    moved = answer[0] if isinstance(answer, tuple) else bool(answer)
    if not moved and path.exists():
        try:
            path.unlink()
        except OSError as error:
            _fail(path, error.strerror or str(error))
