"""Who has the practice history: a lock file (``<data>/history.lock``) that a process
holds while it has the history open for writing, and that a restore takes for itself.

Why a lock and not only SQLite's own locking: SQLite keeps two writers from mixing their
transactions, but a restore does not write *into* the history, it replaces the file. A
second Breathing Room with the old file open would go on writing into the file that was
moved aside (and lose every session it records). So the history has one owner at a time:
:func:`acquire` when it is opened, :func:`release` when it is closed, and a restore needs
:func:`exclusive` — nobody, in this process or another, may have it.

``QLockFile`` writes the holder's process id, host and program name into the file and
treats a lock whose process is gone as stale, so a crash (even ``kill -9``) never leaves
the history locked. Held for the app's whole run, so the age-based staleness is off
(``setStaleLockTime(0)``, as Qt's documentation asks for long-lived locks).

Within one process the lock is shared and counted (several windows of one app share a
recorder's view of the history; tests make several).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from app.services import paths

NAME = "history.lock"


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds the lock, as ``QLockFile`` read it from the file."""

    pid: int
    host: str
    program: str

    def __str__(self) -> str:
        from app.services.i18n import translate

        text = translate("History", "%1, process %2").replace("%1", self.program or "?")
        text = text.replace("%2", str(self.pid))
        if self.host:
            text += " " + translate("History", "on %1").replace("%1", self.host)
        return text


class HeldElsewhereError(Exception):
    """Another process (or another part of this one) has the history open."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__(str(holder) if holder else "this process")
        self.holder = holder


@dataclass
class _Lock:
    file: QLockFile
    count: int = 0
    exclusive: bool = False  # a restore has it: no share for anyone, here either


_locks: dict[Path, _Lock] = {}


def path() -> Path:
    return paths.data_dir() / NAME


def _lock_for(where: Path) -> _Lock:
    lock = _locks.get(where)
    if lock is None:
        file = QLockFile(str(where))
        file.setStaleLockTime(0)  # held for hours: only a dead holder makes it stale
        lock = _locks[where] = _Lock(file)
    return lock


def _holder(file: QLockFile) -> Holder | None:
    # PySide6 answers (pid, host, program); (0, "", "") when the file cannot be read (it
    # went between the failed lock and this question).
    info: object = file.getLockInfo()
    if isinstance(info, tuple) and len(info) == 3 and info[0]:
        pid, host, program = info
        return Holder(int(pid), str(host), str(program))
    return None


def acquire() -> bool:
    """Take a share of the lock for this process: True when held (give it back with
    :func:`release`), False when no lock file can be made there at all (a read-only or
    full folder: the history says its own problem, and there is nothing to guard).
    Raises :class:`HeldElsewhereError` when another process has it, or a restore in this
    one (``holder`` None)."""
    where = path()
    lock = _lock_for(where)
    if lock.exclusive:
        raise HeldElsewhereError(None)
    if lock.count == 0:
        try:
            paths.private_folder(where.parent)
        except OSError:
            return False
        if not lock.file.tryLock(0):
            if lock.file.error() is QLockFile.LockError.LockFailedError:
                raise HeldElsewhereError(_holder(lock.file))
            return False
    lock.count += 1
    return True


def release() -> None:
    """Give back this process's share; the file goes when the last share does."""
    lock = _locks.get(path())
    if lock is None or lock.count == 0:
        return
    lock.count -= 1
    if lock.count == 0:
        lock.file.unlock()


def held_here() -> bool:
    lock = _locks.get(path())
    return lock is not None and lock.count > 0


def held_elsewhere() -> Holder | None:
    """Who else has the history open (another process), or None. Takes nothing."""
    if held_here():
        return None  # we hold it, so nobody else can
    try:
        taken = acquire()
    except HeldElsewhereError as error:
        return error.holder or Holder(os.getpid(), "", "")
    if taken:
        release()
    return None


def take_exclusive() -> bool:
    """The history alone, until :func:`drop_exclusive`: nobody in this process holds a
    share, and no other process holds the lock (raises :class:`HeldElsewhereError`
    otherwise). Holding it, no window of this process and no second Breathing Room can
    open the history while it is being replaced. False when the folder takes no lock file
    at all (read-only, full): what comes next fails there with its own message."""
    where = path()
    lock = _lock_for(where)
    if lock.count > 0 or lock.exclusive:
        raise HeldElsewhereError(None)
    paths.private_folder(where.parent)
    if not lock.file.tryLock(0):
        if lock.file.error() is QLockFile.LockError.LockFailedError:
            raise HeldElsewhereError(_holder(lock.file))
        return False
    lock.exclusive = True
    return True


def held_exclusively() -> bool:
    lock = _locks.get(path())
    return lock is not None and lock.exclusive


def drop_exclusive() -> None:
    lock = _locks.get(path())
    if lock is not None and lock.exclusive:
        lock.exclusive = False
        lock.file.unlock()


@contextmanager
def exclusive() -> Iterator[None]:
    """:func:`take_exclusive` for the length of a block (nothing more when this process
    has it already: the restore's window took it before handing the work to a thread)."""
    if held_exclusively():
        yield
        return
    taken = take_exclusive()
    try:
        yield
    finally:
        if taken:
            drop_exclusive()
