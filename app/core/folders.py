"""Folders and files the app makes are the user's alone.

Practice history, saved sessions, preferences, crash reports and the catalogue cache say
something about a person's health; another account on the same computer has no business
reading them. The XDG base-directory specification asks the same: a folder an app has to
make is made with mode 0700. Every folder the app makes goes through
:func:`private_folder` (the services reach it as ``paths.private_folder``), so there is one
place that decides, and ``tests/test_private_folders.py`` finds every ``mkdir`` in the app
to keep it that way.

A folder or file that already exists is left as it is: it may be the user's own (a
portable set-up in a folder they chose), and its mode is theirs to decide.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def private_folder(path: Path, *, exist_ok: bool = True) -> Path:
    """Make ``path`` and each missing folder above it with mode 0700; returns ``path``.

    ``os.makedirs(mode=...)`` gives the mode to the last folder only (since Python 3.7),
    and the umask may take bits away: so each missing level is made here, top down, and
    given its mode exactly. Raises :class:`OSError` as ``mkdir`` would
    (:class:`FileExistsError` when ``exist_ok`` is false and the folder is there)."""
    target = Path(path).absolute()
    missing: list[Path] = []
    current = target
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    if not missing and not exist_ok:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    for folder in reversed(missing):
        try:
            folder.mkdir(PRIVATE_FOLDER)
        except FileExistsError:
            # Made by someone else in the meantime (another window): fine, unless it is
            # not a folder, or it is the one that had to be new.
            if not folder.is_dir() or (folder == target and not exist_ok):
                raise
            continue
        folder.chmod(PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Make ``path`` an empty file with mode 0600 if nothing is there; an existing file (or
    a link the user made) is left alone. For files another library creates: SQLite makes
    its database, and then its journal files with the database file's mode. Raises
    :class:`OSError`."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags, PRIVATE_FILE)
    except FileExistsError:
        return path
    try:
        os.fchmod(handle, PRIVATE_FILE)  # exactly: a umask may have taken the owner's bits
    finally:
        os.close(handle)
    return path
