"""Named sessions on disk: one YAML file each under ``<data>/sessions``.

Writes go through ``QSaveFile`` (qutebrowser's habit): the new text is written to a
temporary file and renamed over the old one only when complete, so a crash or a full disk
leaves the previous version, never half a file. Deleting moves the file to the desktop's
trash where there is one, so a slip of the finger can be undone outside the app.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QSaveFile

from app.core import sessions
from app.core.files import read_text
from app.core.problems import QT_TRANSLATE_NOOP, Message, Problem
from app.core.sessions import SavedSession
from app.services import paths


class StoreError(Exception):
    """A write failed; ``problem`` says which file and why, for the person to read."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Entry:
    """A saved session as listed: its file, and the session or why it cannot be read."""

    path: Path
    session: SavedSession | None
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.session.name if self.session else self.path.stem


def folder() -> Path:
    return paths.data_dir() / "sessions"


def write_text(path: Path, text: str) -> None:
    """Atomically replace ``path`` with ``text``; raises :class:`StoreError` on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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
    text, problems = read_text(path)
    if text is None:
        return Entry(path, None, tuple(problems))
    session, problems = sessions.parse(text, str(path), known)
    return Entry(path, session, tuple(problems))


def entries(known: Collection[str]) -> list[Entry]:
    """Every saved session, readable or not, sorted by name."""
    try:
        files = sorted(folder().glob("*" + sessions.SUFFIX))
    except OSError:
        return []
    found = [load(path, known) for path in files if path.is_file()]
    return sorted(found, key=lambda e: (e.name.casefold(), e.name))


def path_for(name: str, replacing: Path | None = None) -> Path:
    """A free file for ``name``: its slug, numbered when another session has it."""
    base = sessions.slug(name)
    candidate = folder() / (base + sessions.SUFFIX)
    number = 2
    while candidate.exists() and candidate != replacing:
        candidate = folder() / f"{base}-{number}{sessions.SUFFIX}"
        number += 1
    return candidate


def save(session: SavedSession, replacing: Path | None = None) -> Path:
    """Write ``session``; when it replaces a file of another name, that file goes after
    the new one is safely written."""
    path = path_for(session.name, replacing)
    write_text(path, sessions.dump(session))
    if replacing is not None and replacing != path:
        remove(replacing)
    return path


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
