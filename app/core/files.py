"""Reading catalogue files from disk, with every failure turned into a located problem."""

from __future__ import annotations

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


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The file's text, or a problem saying why it cannot be read (never an exception)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, 1, 1, Message.of(QT_TRANSLATE_NOOP("Problem", "no such file")))]
    except IsADirectoryError:
        return None, [
            Problem(
                name, 1, 1, Message.of(QT_TRANSLATE_NOOP("Problem", "this is a folder, not a file"))
            )
        ]
    except OSError as error:
        return None, [
            Problem(
                name,
                1,
                1,
                Message.of(
                    QT_TRANSLATE_NOOP("Problem", "cannot read the file: {reason}"),
                    reason=error.strerror or error,
                ),
            )
        ]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        message = Message.of(
            QT_TRANSLATE_NOOP("Problem", "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"),
            byte=f"{data[error.start]:02x}",
        )
        return None, [Problem(name, line, column, message)]


def load_bundled(path: Path) -> LoadResult:
    from app.core.loader import LoadResult, load_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(None, problems)
    return load_text(text, str(path))


def load_addition(path: Path, base: Catalogue) -> LoadResult:
    """A user's file on top of ``base``; on any problem ``base`` comes back unchanged."""
    from app.core.loader import LoadResult, load_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(base, problems)
    return load_text(text, str(path), base)


def validate_file(path: Path, base: Catalogue | None) -> LoadResult:
    """Check any catalogue file: a complete one (it has ``prompts``) or a user's addition."""
    from app.core.loader import LoadResult, load_text

    text, problems = read_text(path)
    if text is None:
        return LoadResult(None, problems)
    if base is None or _looks_complete(text):
        return load_text(text, str(path))
    return load_text(text, str(path), base)


def _looks_complete(text: str) -> bool:
    import yaml

    from app.core.yamlsource import SafeLoader

    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return False
    return isinstance(root, yaml.MappingNode) and any(k.value == "prompts" for k, _ in root.value)


@dataclass(frozen=True)
class Catalogues:
    """What the app runs on: the bundled catalogue plus the user's, if that one is valid."""

    catalogue: Catalogue | None  # None only when the bundled catalogue itself is broken
    bundled_problems: list[Problem]
    user_problems: list[Problem]


def load_catalogues(bundled: Path, user: Path | None, cache: Path | None = None) -> Catalogues:
    """Both catalogues, checked; with ``cache``, kept there and taken from there while
    neither file changes (see :mod:`app.core.catalogue_cache`)."""
    if cache is None:
        return _load_catalogues(bundled, user)
    key = catalogue_cache.key_for([bundled, user])
    kept = catalogue_cache.read(cache, key)
    if isinstance(kept, Catalogues) and kept.catalogue is not None:
        return kept
    loaded = _load_catalogues(bundled, user)
    if loaded.catalogue is not None:
        catalogue_cache.write(cache, key, loaded)
    return loaded


def _load_catalogues(bundled: Path, user: Path | None) -> Catalogues:
    base = load_bundled(bundled)
    if base.catalogue is None:
        return Catalogues(None, base.problems, [])
    if user is None or not user.exists():
        return Catalogues(base.catalogue, [], [])
    added = load_addition(user, base.catalogue)
    return Catalogues(added.catalogue, [], added.problems)
