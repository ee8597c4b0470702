"""All of a person's data in one file, and back: the history, saved sessions, saved
rhythms, their own exercises and the settings, as a zip with a manifest.

Why a zip: one file to copy to a stick or a new laptop, readable with any tool. The
history goes in through SQLite's online backup (a consistent copy even mid-session); the
zip is written through ``QSaveFile``.

A restore is a transaction, in three steps (see docs/architecture.md, "Threat model"):

1. **Stage** (:func:`stage`, in a worker thread, cancellable): every entry is read in
   bounded chunks — its declared size checked against :data:`LIMITS` *before* a byte is
   read, so a 4 MB zip that says it holds a 4 GiB history is refused at once — into a
   private staging folder *on the filesystem it will live on* (one in the data folder, one
   in the settings folder when that is elsewhere: a rename never crosses a filesystem).
   Each staged file is then read by the app's own reader (the history row by row, saved
   sessions, saved rhythms, the own catalogue, the settings) and flushed to disk. Nothing of the
   person's has been touched yet; cancelling or any failure removes the staging folder.
2. **Swap** (:func:`swap`, with the history lock held exclusively): a journal naming every
   move is written and flushed first; then each current file or folder is *renamed* into a
   dated ``before-restore-…`` folder beside it and the staged one renamed into its place.
   Any failure rolls the moves back, in reverse.
3. **Recover** (:func:`finish_interrupted`, at the next start): a journal still there
   means the process died mid-swap (``kill -9``, power cut); the moves are finished (the
   staged files were complete and flushed before the journal was written), or undone if
   that is impossible, and the person is told where the previous data is.

Nothing is overwritten or deleted: what a restore replaces is in the ``before-restore-…``
folder, and every message says which.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QIODevice, QSaveFile

from app import __version__
from app.core import files as core_files
from app.core import history_db
from app.core.history_db import HistoryStore
from app.core.text import visible
from app.services import history_lock, options, paths, restore_marks, rhythm_store, routine_store
from app.services.i18n import Context, translate
from app.services.restore_marks import ASIDE, JOURNAL, STAGING

if TYPE_CHECKING:
    from app.core.model import Catalogue

Backup = Context("Backup")  # counted texts: Backup.tr("%n saved rhythm(s)", "", n)

MANIFEST = "breathing-room-backup.json"
FORMAT = 1  # the manifest's "format": a newer one is refused with a clear word
HISTORY = "history.sqlite3"
SETTINGS = "settings.ini"
SESSIONS = "sessions/"
RHYTHMS = "rhythms/"
# The folders a backup carries whole, file by file: name in the zip → folder in the data.
FOLDERS = {SESSIONS: "sessions", RHYTHMS: "rhythms"}
USER_CATALOGUE = "my-exercises.yaml"
# SQLite's files beside the history belong to the file they were made for: they go aside
# with it, never stay beside the restored one (a stale log would be replayed into it).
HISTORY_SIDES = ("-wal", "-shm", "-journal")

MiB = 1 << 20
CHUNK = 1 * MiB


@dataclass(frozen=True, slots=True)
class Limits:
    """The largest backup a restore accepts, entry by entry; checked against each entry's
    declared size before it is read, and against the bytes really read while reading.

    Measured (``tests/bench/restore_costs.py``): ten years of daily sessions of eight
    exercises make a 2.7 MB history, checked in 0.55 s; 32 MiB is 110 years of that,
    checked in 4.5 s with 160 MB more memory (the app's reader holds every row). Own
    exercises, saved sessions and settings: what the app itself reads at most
    (``files.MAX_BYTES``, ``routine_store.MAX_FILE_BYTES``, ``options.MAX_FILE_BYTES``);
    saved sessions in all: what the list of saved sessions reads in well under a second
    on the GUI thread (``routine_store.MAX_TOTAL_BYTES``, measured there). Saved rhythms:
    what the pacer's list reads, each and in number (``rhythm_store.MAX_FILE_BYTES``,
    ``rhythm_store.MAX_RHYTHMS``). A backup the app makes always fits (:func:`make`
    checks)."""

    zip_bytes: int = 64 * MiB
    # 1 000 saved sessions, 100 saved rhythms, their two folders, the history, the
    # settings, the own exercises and the manifest: 1 106, and a few to spare.
    entries: int = 1_120
    # The central directory: an entry's record is 46 bytes, its name at most 249 (a saved
    # session's), extra fields (times, Zip64, a Unicode name again) a few hundred more.
    directory_bytes: int = 1_120 * 1024
    manifest_bytes: int = 64 * 1024
    history_bytes: int = 32 * MiB
    settings_bytes: int = options.MAX_FILE_BYTES
    catalogue_bytes: int = core_files.MAX_BYTES
    session_bytes: int = routine_store.MAX_FILE_BYTES
    sessions: int = 1_000
    sessions_bytes: int = routine_store.MAX_TOTAL_BYTES
    rhythm_bytes: int = rhythm_store.MAX_FILE_BYTES
    rhythms: int = rhythm_store.MAX_RHYTHMS


LIMITS = Limits()


class BackupError(Exception):
    """Why a backup cannot be written or used, in words for the person (translated)."""


class SwapError(BackupError):
    """Putting a checked backup in place failed; the text is a whole sentence that says
    what changed (nothing, when the moves were rolled back) and where everything is."""


class CancelledError(Exception):
    """The person cancelled before anything was changed."""


Progress = Callable[[str, int, int], None]  # what is being done, done, in all
Cancelled = Callable[[], bool]

# Tests set this to a function called before every step of a swap or a recovery that
# changes the disk (``"rename"``, ``"journal"``, ``"fsync"``...), to kill or fail there.
STEP_HOOK: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def _fill(text: str, *values: object) -> str:
    """Qt's ``%1``-style placeholders, filled in one pass (a value holding "%2" stays).
    Each value is shown as it is (:func:`app.core.text.visible`, whole): a path or a name
    with a bidi override or an invisible character cannot reorder the sentence or pass
    for another."""
    return re.sub(
        r"%(\d)",
        lambda m: (
            visible(str(values[int(m[1]) - 1]), None) if 0 < int(m[1]) <= len(values) else m[0]
        ),
        text,
    )


def _megabytes(size: int) -> str:
    """A size as it can be compared with another: whole kB under a MiB (rounded up, so
    64 KiB and a byte more do not both read "0.1 MB"), else MB to one decimal."""
    if size < MiB:
        return f"{-(-size // 1024)} kB"
    return f"{size / MiB:.1f} MB"


def _failure(error: BaseException, where: Path | None = None) -> str:
    """Why a step of a swap or a recovery failed, naming the file or folder it failed on
    (``where``, else the one the error names): "…/sessions: Device or resource busy"."""
    if isinstance(error, OSError):
        reason = _reason(error)
        if where is None and error.filename is not None:
            where = Path(os.fsdecode(error.filename))
    else:
        reason = str(error) or type(error).__name__
    return reason if where is None else f"{where}: {reason}"


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Backup", "the disk is full")
    if error.errno == errno.EROFS:
        return translate("Backup", "the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("Backup", "no permission")
    return error.strerror or str(error)


# -- making a backup ----------------------------------------------------------------------


def _files() -> dict[str, Path]:
    """Name in the zip → file on disk, for the plain files."""
    files = {SETTINGS: paths.config_dir() / "settings.ini"}
    if paths.user_catalogue().exists():
        files[USER_CATALOGUE] = paths.user_catalogue()
    for prefix, name in FOLDERS.items():
        folder = paths.data_dir() / name
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                if _session_name_ok(path.name):
                    files[prefix + path.name] = path
    return files


def make(target: Path, store: HistoryStore | None) -> int:
    """Write the backup to ``target``; returns how many files it holds. Refuses (rather
    than write a backup that :func:`stage` would later refuse) when a file is larger than
    :data:`LIMITS` allows."""
    _flush_settings()
    buffer = io.BytesIO()
    count = 0
    sessions_count = sessions_total = rhythms_count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        manifest = {
            "app": "Breathing Room",
            "format": FORMAT,
            "version": __version__,
            "made": datetime.now().isoformat(timespec="seconds"),
        }
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        if store is not None:
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / HISTORY
                store.backup_to(copy)
                _fits(copy, LIMITS.history_bytes)
                archive.write(copy, HISTORY)
                count += 1
        for name, path in _files().items():
            if not path.is_file():
                continue
            if name.startswith(SESSIONS):
                _fits(path, LIMITS.session_bytes)
                sessions_count += 1
                sessions_total += path.stat().st_size
                if sessions_count > LIMITS.sessions or sessions_total > LIMITS.sessions_bytes:
                    raise BackupError(
                        _fill(
                            translate(
                                "Backup",
                                "there are more saved sessions in %1 than a backup can hold",
                            ),
                            path.parent,
                        )
                    )
            elif name.startswith(RHYTHMS):
                rhythms_count += 1
                if rhythms_count > LIMITS.rhythms:
                    raise BackupError(
                        _fill(
                            translate(
                                "Backup",
                                "there are more saved rhythms in %1 than a backup can hold "
                                "(at most %2)",
                            ),
                            path.parent,
                            LIMITS.rhythms,
                        )
                    )
                _fits(path, LIMITS.rhythm_bytes)
                _readable_rhythm(path, str(path))
            else:
                _fits(
                    path,
                    LIMITS.catalogue_bytes if name == USER_CATALOGUE else LIMITS.settings_bytes,
                )
            archive.write(path, name)
            count += 1
    out = QSaveFile(str(target))
    data = buffer.getvalue()
    if not out.open(QIODevice.OpenModeFlag.WriteOnly) or out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        raise BackupError(reason)
    if not out.commit():
        raise BackupError(out.errorString())
    return count


def _readable_rhythm(path: Path, shown: str) -> None:
    """Refuse (naming the file, line and column) a saved rhythm the pacer's list would not
    read — read by the list's own reader, ``rhythm_store.load``. A backup never carries,
    and a restore never brings, a rhythm file that would only say "cannot be read"; the
    person deletes or fixes it (the pacer's list names it too) and backs up again."""
    from app.services import i18n

    entry = rhythm_store.load(path)
    if entry.rhythm is not None:
        return
    raise BackupError(
        _fill(translate("Backup", "the saved rhythm %1 cannot be read:"), shown)
        + "\n"
        + _some(i18n.problem_text(p).replace(str(path), shown) for p in entry.problems)
    )


def _flush_settings() -> None:
    """What this run still has to write to the settings file, written — through
    :func:`options.guard` like every opening of that file: ``QSettings`` reads the file
    when it is made, and a file that became a FIFO would hang it for good (the guard
    moves such a file aside first; when it cannot, nothing is read or written)."""
    if options.guard():
        paths.settings().sync()


def _fits(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        raise BackupError(
            _fill(
                translate("Backup", "%1 is %2, larger than a backup can hold (%3)"),
                path,
                _megabytes(size),
                _megabytes(limit),
            )
        )


# -- what a backup holds ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Manifest:
    version: str
    made: datetime | None


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: str  # "history", "settings", "catalogue", "session", "rhythm"
    info: zipfile.ZipInfo

    @property
    def size(self) -> int:
        return self.info.file_size


_SESSION_NAME = re.compile(r"^[^/\\:*?\"<>|]{1,200}\.yaml$")


def _session_name_ok(name: str) -> bool:
    """A saved session's file name as the app makes them: one name, no folder, nothing
    hidden or hard to type (no controls, no invisible format characters), not hidden."""
    return (
        bool(_SESSION_NAME.match(name))
        and not name.startswith(".")
        and not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name)
        and len(name.encode("utf-8", "surrogateescape")) <= 240
    )


def _kind(name: str) -> str | None:
    if name == HISTORY:
        return "history"
    if name == SETTINGS:
        return "settings"
    if name == USER_CATALOGUE:
        return "catalogue"
    if name.startswith(SESSIONS) and _session_name_ok(name[len(SESSIONS) :]):
        return "session"
    if name.startswith(RHYTHMS) and _session_name_ok(name[len(RHYTHMS) :]):
        return "rhythm"
    return None


def _limit(kind: str) -> int:
    return {
        "history": LIMITS.history_bytes,
        "settings": LIMITS.settings_bytes,
        "catalogue": LIMITS.catalogue_bytes,
        "session": LIMITS.session_bytes,
        "rhythm": LIMITS.rhythm_bytes,
    }[kind]


def _shown_name(name: str) -> str:
    """An entry's name as it can be shown: hidden characters as escapes, and not long."""
    text = "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
        for c in name
    )
    return repr(text if len(text) <= 80 else text[:77] + "...")


def _damaged_manifest(detail: str) -> BackupError:
    return BackupError(
        _fill(
            translate("Backup", "not a Breathing Room backup: its manifest (%1) is damaged (%2)"),
            MANIFEST,
            detail,
        )
    )


# What reading a damaged zip can raise (a bad CRC or header, a broken deflate stream, a
# truncated file, a compression or encryption the zip module does not do).
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
               ValueError, OSError)  # fmt: skip


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, never more than ``limit`` read whatever the entry claims."""
    parts: list[bytes] = []
    read = 0
    try:
        with archive.open(info) as entry:
            while chunk := entry.read(min(CHUNK, limit + 1 - read)):
                read += len(chunk)
                if read > limit:
                    raise _damaged_manifest(translate("Backup", "too large"))
                parts.append(chunk)
    except _ZIP_DAMAGE as error:
        raise _damaged_manifest(str(error) or type(error).__name__) from error
    return b"".join(parts)


def _manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Manifest:
    """The manifest, checked for shape and type: whatever it holds, a message, never an
    exception (deep nesting, huge numbers and wrong types included)."""
    if info.file_size > LIMITS.manifest_bytes:
        raise _damaged_manifest(translate("Backup", "too large"))
    raw = _read_bounded(archive, info, LIMITS.manifest_bytes)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise _damaged_manifest(translate("Backup", "not UTF-8 text")) from error
    except RecursionError as error:
        raise _damaged_manifest(translate("Backup", "nested too deeply")) from error
    except ValueError as error:  # not JSON, or a number of thousands of digits
        raise _damaged_manifest(translate("Backup", "not JSON")) from error
    if not isinstance(data, dict):
        raise _damaged_manifest(translate("Backup", "not a JSON object"))
    if data.get("app") != "Breathing Room":
        raise BackupError(translate("Backup", "not a Breathing Room backup"))
    form = data.get("format", 1)
    if type(form) is not int:
        raise _damaged_manifest(translate("Backup", "“format” is not a whole number"))
    if form > FORMAT:
        raise BackupError(
            translate("Backup", "made by a newer Breathing Room; update the app to restore it")
        )
    version = data.get("version", "")
    made = data.get("made", "")
    if not isinstance(version, str) or not isinstance(made, str):
        raise _damaged_manifest(translate("Backup", "“version” and “made” must be text"))
    try:
        when = datetime.fromisoformat(made) if made and len(made) <= 40 else None
    except ValueError:
        when = None
    return Manifest(version[:40], when)


def _not_a_zip() -> BackupError:
    return BackupError(translate("Backup", "not a zip file, or a damaged one"))


class _OwnZip(zipfile.ZipFile):
    """A zip read from a file this module opened and checked; closing it closes the file."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        super().__init__(handle)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._handle.close()


def _open_zip(source: Path) -> zipfile.ZipFile:
    """The zip at ``source``, once its size and its end records are found within
    :data:`LIMITS` (:func:`_declared`) — before ``zipfile`` reads its directory."""
    try:  # without waiting: a FIFO is refused below, never read
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise BackupError(_reason(error)) from error
    handle = os.fdopen(fd, "rb")
    try:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise BackupError(translate("Backup", "not a file"))
        size = status.st_size
        if size > LIMITS.zip_bytes:
            raise BackupError(
                _fill(
                    translate(
                        "Backup",
                        "the file is %1, larger than any Breathing Room backup (at most %2)",
                    ),
                    _megabytes(size),
                    _megabytes(LIMITS.zip_bytes),
                )
            )
        entries, directory = _declared(handle, size)
        if entries > LIMITS.entries:
            raise BackupError(
                _fill(
                    translate("Backup", "it holds %1 files; a backup holds at most %2"),
                    entries,
                    LIMITS.entries,
                )
            )
        if directory > LIMITS.directory_bytes:
            raise _not_a_zip()  # a list of contents far longer than its entries need
        return _OwnZip(handle)
    except (zipfile.BadZipFile, struct.error, OSError, ValueError, EOFError,
            NotImplementedError) as error:  # fmt: skip
        handle.close()
        raise _not_a_zip() from error
    except BaseException:  # refused above, or anything else: the file is closed
        handle.close()
        raise


# The records at the end of a zip that say how many entries it has and how long its
# central directory is (APPNOTE.TXT 4.3.14-4.3.16): the classic one, and Zip64's record
# and the locator that points at it.
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_SIGNATURE = b"PK\x06\x06"
_LOCATOR = struct.Struct("<4sLQL")
_LOCATOR_SIGNATURE = b"PK\x06\x07"
_COMMENT_REACH = 1 << 16  # as far back as zipfile looks for the record (a comment's length)


def _declared(handle: IO[bytes], size: int) -> tuple[int, int]:
    """How many entries and how many bytes of central directory the zip's end records
    declare — the largest of what any reader may take from them. Read from the last
    64 KiB alone, so that a 63 MB directory of a million entries is refused before
    ``zipfile`` parses it (it reads the whole directory, as long as the end record says,
    before anything can count the entries). The records are found the way ``zipfile``
    finds them: the last 22 bytes when the zip has no comment, else the last signature
    within a comment's reach of the end; a Zip64 record counts where ``zipfile`` looks
    for it (just before its locator) and where the locator points."""
    start = max(size - _END.size - _COMMENT_REACH, 0)
    handle.seek(start)
    tail = handle.read(size - start)
    if tail[-_END.size : -_END.size + 4] == _END_SIGNATURE and tail[-2:] == b"\0\0":
        at = len(tail) - _END.size
    else:
        at = tail.rfind(_END_SIGNATURE)
    if at < 0 or len(tail) - at < _END.size:
        raise _not_a_zip()
    _sig, _disk, _first, here, total, directory, _offset, _comment = _END.unpack_from(tail, at)
    classic = (max(here, total), directory)
    end_at = start + at  # where the classic record is in the file
    found: list[tuple[int, int]] = []
    fixed = False  # a Zip64 record just before the locator: zipfile takes it over the classic
    if end_at >= _LOCATOR.size:
        handle.seek(end_at - _LOCATOR.size)
        locator = handle.read(_LOCATOR.size)
        sig, _disk64, pointed, _disks = _LOCATOR.unpack(locator)
        if sig == _LOCATOR_SIGNATURE:
            for place in (end_at - _LOCATOR.size - _END64.size, pointed):
                if not 0 <= place <= size - _END64.size:
                    continue
                handle.seek(place)
                record = _END64.unpack(handle.read(_END64.size))
                if record[0] != _END64_SIGNATURE:
                    continue
                here64, total64, directory64 = record[6], record[7], record[8]
                found.append((max(here64, total64), directory64))
                fixed = fixed or place == end_at - _LOCATOR.size - _END64.size
    if not fixed:
        found.append(classic)
    return max(e for e, _d in found), max(d for _e, d in found)


def _inspect(archive: zipfile.ZipFile) -> tuple[Manifest, list[_Entry]]:
    """What the zip holds, judged by its directory alone (nothing is decompressed but the
    small manifest): names, kinds, declared sizes against :data:`LIMITS`."""
    infos = archive.infolist()
    if len(infos) > LIMITS.entries:
        raise BackupError(
            _fill(
                translate("Backup", "it holds %1 files; a backup holds at most %2"),
                len(infos),
                LIMITS.entries,
            )
        )
    names = [info.filename for info in infos]
    if MANIFEST not in names:
        raise BackupError(translate("Backup", "not a Breathing Room backup (no manifest)"))
    seen: set[str] = set()
    entries: list[_Entry] = []
    manifest_info: zipfile.ZipInfo | None = None
    sessions = sessions_bytes = rhythms = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise BackupError(_fill(translate("Backup", "%1 appears twice"), _shown_name(name)))
        seen.add(name)
        if name in FOLDERS and info.is_dir():
            continue
        kind = "manifest" if name == MANIFEST else _kind(name)
        if kind is None:
            raise BackupError(_fill(translate("Backup", "unexpected entry %1"), _shown_name(name)))
        if info.flag_bits & 0x1:
            raise BackupError(_fill(translate("Backup", "%1 is encrypted"), _shown_name(name)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BackupError(
                _fill(
                    translate("Backup", "%1 is compressed in a way Breathing Room does not write"),
                    _shown_name(name),
                )
            )
        if kind == "manifest":
            manifest_info = info
            continue
        limit = _limit(kind)
        if info.file_size > limit:
            raise BackupError(
                _fill(
                    translate(
                        "Backup", "%1 would be %2 unpacked; Breathing Room accepts at most %3"
                    ),
                    _shown_name(name),
                    _megabytes(info.file_size),
                    _megabytes(limit),
                )
            )
        if kind == "session":
            sessions += 1
            sessions_bytes += info.file_size
            if sessions > LIMITS.sessions or sessions_bytes > LIMITS.sessions_bytes:
                raise BackupError(
                    _fill(
                        translate(
                            "Backup",
                            "it holds more saved sessions than Breathing "
                            "Room accepts (at most %1, %2 in all)",
                        ),
                        LIMITS.sessions,
                        _megabytes(LIMITS.sessions_bytes),
                    )
                )
        if kind == "rhythm":
            rhythms += 1
            if rhythms > LIMITS.rhythms:
                raise BackupError(
                    _fill(
                        translate(
                            "Backup",
                            "it holds more saved rhythms than Breathing Room accepts (at most %1)",
                        ),
                        LIMITS.rhythms,
                    )
                )
        entries.append(_Entry(name, kind, info))
    assert manifest_info is not None
    return _manifest(archive, manifest_info), entries


# -- staging ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryFacts:
    """What a staged history holds, for the question "replace yours with this?"."""

    sessions: int
    first: datetime | None
    last: datetime | None


def _facts(path: Path) -> HistoryFacts:
    """Counted after :func:`history_db.validate` found every row usable (read-only)."""
    db = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
    )
    try:
        count, first, last = db.execute(
            "SELECT count(*), min(started), max(started) FROM sessions"
        ).fetchone()
    except sqlite3.Error:
        return HistoryFacts(0, None, None)
    finally:
        db.close()
    return HistoryFacts(int(count), _when(first), _when(last))


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass
class Staged:
    """A backup unpacked and checked beside the data it will replace, not yet in place."""

    source: Path
    manifest: Manifest
    stamp: str
    folders: list[Path]  # the staging folders, one per target folder
    files: dict[str, Path]  # name in the backup → staged file (sessions, rhythms: the folder)
    history: HistoryFacts | None
    sessions: int
    rhythms: int = 0
    warnings: list[str] = field(default_factory=list)


def _staging_name(stamp: str) -> str:
    return f"{STAGING}{stamp}-{os.getpid()}"


def _roots() -> tuple[Path, Path]:
    return paths.data_dir(), paths.config_dir()


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # never returned by Linux; would loop forever if it were
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    """A rename or a new file is on disk only once its folder is flushed too."""
    _step("fsync")
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _extract(
    archive: zipfile.ZipFile,
    entry: _Entry,
    target: Path,
    report: Callable[[int], None],
    cancelled: Cancelled,
) -> None:
    """One entry to ``target`` (a new private file), in bounded chunks, every write
    checked, flushed to disk; the bytes read must be exactly the declared size (and the
    zip module checks the CRC at the end). A failed write raises ``OSError`` naming
    ``target``; anything wrong with what is read is a :class:`BackupError`."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(target, flags, paths.PRIVATE_FILE)
    damaged = _fill(translate("Backup", "%1 is damaged in the backup"), _shown_name(entry.name))
    try:
        written = 0
        try:
            with archive.open(entry.info) as source:
                while True:
                    chunk = source.read(CHUNK)
                    if not chunk:
                        break
                    written += len(chunk)
                    if written > entry.size:
                        raise BackupError(damaged)
                    try:
                        _write_all(fd, chunk)
                    except OSError as error:
                        raise _UnwrittenError(error, target) from error
                    report(len(chunk))
                    if cancelled():
                        raise CancelledError
        except _ZIP_DAMAGE as error:
            raise BackupError(f"{damaged} ({error})") from error
        if written != entry.size:
            raise BackupError(damaged)
        try:
            os.fsync(fd)
        except OSError as error:
            raise _UnwrittenError(error, target) from error
    finally:
        os.close(fd)


class _UnwrittenError(Exception):
    """A write to a staging folder failed (not a damaged backup: a full disk, say)."""

    def __init__(self, error: OSError, path: Path) -> None:
        super().__init__(str(error))
        self.error = error
        self.path = path


def _check_room(entries: list[_Entry], data: Path, config: Path) -> None:
    """Refuse before writing when the staged copies cannot fit, with 1 MiB to spare per
    filesystem (the history's write-ahead log when the app opens it, the journal). Every
    write is still checked: another program may fill the disk meanwhile."""
    need: dict[int, tuple[Path, int]] = {}
    for entry in entries:
        root = config if entry.kind == "settings" else data
        device = root.stat().st_dev
        folder, size = need.get(device, (root, MiB))
        need[device] = (folder, size + entry.size + 4096)
    for folder, size in need.values():
        free = shutil.disk_usage(folder).free
        if free < size:
            raise BackupError(
                _fill(
                    translate(
                        "Backup", "there is not enough room on the disk of %1 (%2 needed, %3 free)"
                    ),
                    folder,
                    _megabytes(size),
                    _megabytes(free),
                )
            )


def held_elsewhere() -> str | None:
    """Who else has the history open (another Breathing Room), in words, or None."""
    holder = history_lock.held_elsewhere()
    return None if holder is None else str(holder)


def _in_use(holder: object) -> BackupError:
    return BackupError(
        _fill(
            translate(
                "Backup",
                "Breathing Room has the practice history open in another "
                "window (%1); close it and try again",
            ),
            holder,
        )
    )


def stage(
    source: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    bundled: Catalogue | None = None,
) -> Staged:
    """Unpack and check ``source`` beside the data it would replace (see the module's
    docstring). Raises :class:`BackupError` (why not) or :class:`CancelledError`; either
    way nothing is left behind and nothing of the person's was touched."""
    say: Progress = progress or (lambda _what, _done, _total: None)
    stop: Cancelled = cancelled or (lambda: False)
    holder = history_lock.held_elsewhere()
    if holder is not None:
        raise _in_use(holder)
    archive = _open_zip(source)
    folders: list[Path] = []
    try:
        with archive:
            manifest, entries = _inspect(archive)
            data, config = _roots()
            try:
                for root in (data, config):
                    paths.private_folder(root)
                _check_room(entries, data, config)
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                data_stage = data / _staging_name(stamp)
                paths.private_folder(data_stage, exist_ok=False)
                folders.append(data_stage)
                config_stage = data_stage
                if not _same_folder(data, config):
                    config_stage = config / _staging_name(stamp)
                    paths.private_folder(config_stage, exist_ok=False)
                    folders.append(config_stage)
                files: dict[str, Path] = {}
                total = sum(e.size for e in entries) or 1
                done = 0
                what = translate("Backup", "Reading the backup…")
                say(what, 0, total)

                def report(count: int) -> None:
                    nonlocal done
                    done += count
                    say(what, done, total)

                for entry in entries:
                    if entry.kind in ("session", "rhythm"):
                        prefix = SESSIONS if entry.kind == "session" else RHYTHMS
                        folder = paths.private_folder(data_stage / FOLDERS[prefix])
                        target = folder / entry.name[len(prefix) :]
                        files[prefix] = folder
                    else:
                        target = (config_stage if entry.kind == "settings" else data_stage) / (
                            entry.name
                        )
                        files[entry.name] = target
                    _extract(archive, entry, target, report, stop)
                    if stop():
                        raise CancelledError
                staged = Staged(
                    source,
                    manifest,
                    stamp,
                    folders,
                    files,
                    None,
                    sum(1 for e in entries if e.kind == "session"),
                    sum(1 for e in entries if e.kind == "rhythm"),
                )
                _check_staged(staged, say, stop, bundled)
                for folder in folders:
                    for sub in (folder, *(folder / name for name in FOLDERS.values())):
                        if sub.is_dir():
                            _fsync_folder(sub)
            except _UnwrittenError as failed:
                raise BackupError(
                    _fill(
                        translate("Backup", "Breathing Room cannot write to %1 (%2)"),
                        failed.path.parent,
                        _reason(failed.error),
                    )
                ) from failed
            except OSError as error:
                where = error.filename or data
                raise BackupError(
                    _fill(
                        translate("Backup", "Breathing Room cannot write to %1 (%2)"),
                        where,
                        _reason(error),
                    )
                ) from error
    except BaseException:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return staged


def discard(staged: Staged) -> None:
    """The person said no: the staged copies go, nothing else changes."""
    for folder in staged.folders:
        shutil.rmtree(folder, ignore_errors=True)


def check(source: Path) -> list[str]:
    """The names a backup holds, after checking it whole (staged, then discarded);
    raises :class:`BackupError`."""
    staged = stage(source)
    try:  # listed before the staged copies go (the folders' files are named from them)
        names = [n for n in staged.files if n not in FOLDERS]
        for prefix in FOLDERS:
            if prefix in staged.files:
                names += sorted(prefix + p.name for p in staged.files[prefix].iterdir())
    finally:
        discard(staged)
    return names


# -- checking with the app's own readers ------------------------------------------------


def _check_staged(
    staged: Staged, say: Progress, stop: Cancelled, bundled: Catalogue | None
) -> None:
    from app.services import i18n

    if HISTORY in staged.files:
        what = translate("Backup", "Checking the practice history…")
        say(what, 0, 0)
        copy = staged.files[HISTORY]
        # The app's own checked reader, every row (app/core/history_db.validate).
        wrong = history_db.validate(copy, lambda _step: None)
        if wrong:
            raise BackupError(
                _fill(translate("Backup", "the practice history in it cannot be used:"))
                + "\n"
                + _some(i18n.message_text(m).replace(str(copy), HISTORY) for m in wrong)
            )
        staged.history = _facts(copy)
    if stop():
        raise CancelledError
    if USER_CATALOGUE in staged.files:
        say(translate("Backup", "Checking your own exercises…"), 0, 0)
    base = bundled if bundled is not None else _bundled()
    known = set(base.exercises) if base is not None else set()
    label = staged.source.name
    if USER_CATALOGUE in staged.files and base is not None:
        from app.core.files import read_text
        from app.core.loader import load_text

        text, problems = read_text(staged.files[USER_CATALOGUE])
        result = None
        if text is not None:
            result = load_text(text, f"{label}:{USER_CATALOGUE}", base, guarded=True)
            problems = result.problems
        if problems:
            staged.warnings.append(
                translate(
                    "Backup",
                    "Your own exercises in the backup have problems; "
                    "Breathing Room will leave them out until they are fixed:",
                )
                + "\n"
                + _some(
                    i18n.problem_text(p).replace(
                        str(staged.files[USER_CATALOGUE]), f"{label}:{USER_CATALOGUE}"
                    )
                    for p in problems
                )
            )
        elif result is not None and result.catalogue is not None:
            known = set(result.catalogue.exercises)
    if SESSIONS in staged.files:
        from app.core import routines
        from app.core.files import read_text

        unreadable: list[str] = []
        saved = sorted(staged.files[SESSIONS].iterdir())
        what = Backup.tr("Checking %n saved session(s)…", "", len(saved))
        for done, path in enumerate(saved):
            say(what, done, len(saved))
            if stop():
                raise CancelledError
            text, problems = read_text(path)
            if text is not None:
                _session, problems = routines.parse(text, f"{label}:{SESSIONS}{path.name}", known)
            unreadable += [
                i18n.problem_text(p).replace(str(path), f"{label}:{SESSIONS}{path.name}")
                for p in problems[:1]
            ]
        if unreadable:
            staged.warnings.append(
                translate(
                    "Backup",
                    "These saved sessions cannot be read; they are restored "
                    "as they are and listed as “cannot be read”:",
                )
                + "\n"
                + _some(unreadable)
            )
    if RHYTHMS in staged.files:
        # Refused, not restored as they are: the pacer's list reads each rhythm whole on the
        # GUI thread, and a backup the app makes never holds one it cannot read (``make``).
        rhythms = sorted(staged.files[RHYTHMS].iterdir())
        what = Backup.tr("Checking %n saved rhythm(s)…", "", len(rhythms))
        for done, path in enumerate(rhythms):
            say(what, done, len(rhythms))
            if stop():
                raise CancelledError
            _readable_rhythm(path, f"{label}:{RHYTHMS}{path.name}")
    if SETTINGS in staged.files:
        say(translate("Backup", "Checking the settings…"), 0, 0)
        staged.warnings += _check_settings(staged.files[SETTINGS], label)


def _some(lines: Iterator[str] | list[str], most: int = 5) -> str:
    items = list(lines)
    shown = items[:most]
    if len(items) > most:
        shown.append(_fill(translate("Backup", "…and %1 more"), len(items) - most))
    return "\n".join(f"• {line}" for line in shown)


def _bundled() -> Catalogue | None:
    from app.bundle import catalogue_path
    from app.core.files import load_bundled

    return load_bundled(catalogue_path()).catalogue


def _check_settings(path: Path, label: str) -> list[str]:
    """The settings read as Qt would read them, without letting Qt read them
    (:mod:`app.core.qt_ini`: a ``@Variant`` value can crash Qt's decoder). Refused: not
    UTF-8 text, or holding values decoded by ``QDataStream``, which Breathing Room never
    writes. Returned: which values the app will not use and take the default for
    (:func:`app.services.options.problems_in`, the declared settings' own rules)."""
    from app.core import qt_ini

    where = f"{label}:{SETTINGS}"
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise BackupError(
            _fill(translate("Backup", "%1 line %2: not UTF-8 text"), where, line)
        ) from error
    for entry in qt_ini.entries(data):
        if entry.decoded_by_qt:
            line = data.count(b"\n", 0, entry.start) + 1
            raise BackupError(
                _fill(
                    translate("Backup", "%1 line %2: a value Breathing Room never writes (%3)"),
                    where,
                    line,
                    "@Variant",
                )
            )
    refused = options.problems_in(data)
    if not refused:
        return []
    return [
        _fill(
            translate(
                "Backup",
                "These settings in %1 cannot be used; Breathing Room will use their defaults:",
            ),
            where,
        )
        + "\n"
        + _some(refused)
    ]


# -- the swap -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Move:
    """One replacement: the current ``target`` goes to ``aside`` (None: there is none),
    the ``staged`` one takes its place (None: the backup has none)."""

    target: Path
    staged: Path | None
    aside: Path | None

    def to_json(self) -> dict[str, str | None]:
        return {"target": str(self.target), "staged": _str(self.staged), "aside": _str(self.aside)}


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _exists(path: Path | None) -> bool:
    return path is not None and os.path.lexists(path)


@dataclass(frozen=True, slots=True)
class Restored:
    """What a finished restore changed, for the message."""

    source: Path
    asides: list[Path]
    made: datetime | None


def _plan(staged: Staged, stamp: str) -> tuple[list[Move], list[Path]]:
    data, config = _roots()
    aside_data = _free(data / f"{ASIDE}{stamp}")
    aside_config = aside_data if _same_folder(data, config) else _free(config / f"{ASIDE}{stamp}")
    history = data / HISTORY
    plain: list[tuple[Path, str | None, Path]] = [
        *((history.with_name(HISTORY + side), None, aside_data) for side in HISTORY_SIDES),
        (history, HISTORY, aside_data),
        (data / "sessions", SESSIONS, aside_data),
        (data / "rhythms", RHYTHMS, aside_data),
        (paths.user_catalogue(), USER_CATALOGUE, aside_data),
        (config / "settings.ini", SETTINGS, aside_config),
    ]
    moves: list[Move] = []
    for target, name, aside in plain:
        new = staged.files.get(name) if name else None
        old = aside / target.name if os.path.lexists(target) else None
        if new is not None or old is not None:
            moves.append(Move(target, new, old))
    asides = list(dict.fromkeys(m.aside.parent for m in moves if m.aside is not None))
    return moves, asides


def _free(path: Path) -> Path:
    candidate, number = path, 2
    while os.path.lexists(candidate):
        candidate = path.with_name(f"{path.name}-{number}")
        number += 1
    return candidate


def _write_journal(journal: Path, content: dict[str, object]) -> None:
    """Written whole or not at all: temporary file, flushed, renamed, folder flushed."""
    _step("journal")
    temporary = journal.with_name(journal.name + ".new")
    data = json.dumps(content, indent=1).encode("utf-8")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(temporary, flags, paths.PRIVATE_FILE)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    temporary.replace(journal)
    _fsync_folder(journal.parent)


def _rename(source: Path, target: Path) -> None:
    _step("rename")
    source.rename(target)


def _forward(move: Move, stamp: str) -> None:
    """Do (or finish) one move; safe to repeat after a crash at any point."""
    if move.aside is not None and not _exists(move.aside) and _exists(move.target):
        _rename(move.target, move.aside)
    if move.staged is not None and _exists(move.staged):
        if _exists(move.target):
            # Something appeared there since the old one went aside (a setting written by
            # a start before this recovery): kept, never overwritten.
            keep = move.aside.parent if move.aside is not None else move.target.parent
            _rename(move.target, _free(keep / f"{move.target.name}.found-{stamp}"))
        _rename(move.staged, move.target)
    elif move.staged is not None and not _exists(move.target):
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(move.staged))


def _backward(move: Move) -> None:
    """Undo one move, whatever part of it was done."""
    new_in_place = (
        move.staged is not None
        and not _exists(move.staged)
        and _exists(move.target)
        and (move.aside is None or _exists(move.aside))
    )
    if new_in_place:
        assert move.staged is not None
        _rename(move.target, move.staged)
    if move.aside is not None and _exists(move.aside) and not _exists(move.target):
        _rename(move.aside, move.target)


def _flush(moves: list[Move], folders: list[Path]) -> None:
    places = {m.target.parent for m in moves} | {m.aside.parent for m in moves if m.aside}
    for folder in sorted(places | {f for f in folders if f.is_dir()}):
        if folder.is_dir():
            _fsync_folder(folder)


def _remove_journal(journal: Path) -> None:
    _step("journal")
    journal.unlink(missing_ok=True)
    _fsync_folder(journal.parent)


def _tidy(folders: list[Path], asides: list[Path]) -> None:
    """Staging folders go (empty after a swap, the backup's copies after a rollback);
    aside folders only when empty (after a rollback)."""
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    for folder in asides:
        with suppress(OSError):
            folder.rmdir()


def _listed(folders: list[Path]) -> str:
    return translate("Backup", " and ").join(str(f) for f in folders)


def swap(staged: Staged) -> Restored:
    """Put a staged backup in place (see the module's docstring). The caller has closed
    the history. Raises :class:`BackupError` when nothing was changed (the history is in
    use, the staged copies are gone, the journal cannot be written) and
    :class:`SwapError` with the whole story when a move failed. Either way the staged
    copies are gone afterwards, unless the message says where they are kept."""
    try:
        return _swap(staged)
    except SwapError:
        raise
    except history_lock.HeldElsewhereError as error:
        discard(staged)
        raise _in_use(error.holder or translate("Backup", "this window")) from error
    except BackupError:
        discard(staged)
        raise
    except OSError as error:
        discard(staged)
        raise BackupError(
            _fill(
                translate("Backup", "Breathing Room cannot write to %1 (%2)"),
                error.filename or paths.data_dir(),
                _reason(error),
            )
        ) from error


def _swap(staged: Staged) -> Restored:
    journal = paths.data_dir() / JOURNAL
    with history_lock.exclusive():
        for path in staged.files.values():
            if not path.exists():
                raise BackupError(_fill(translate("Backup", "the checked copy %1 is gone"), path))
        _flush_settings()  # what this run still had to write goes aside with it
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        moves, asides = _plan(staged, stamp)
        made: list[Path] = []
        try:
            for folder in asides:
                _step("mkdir")
                paths.private_folder(folder, exist_ok=False)
                made.append(folder)
                _fsync_folder(folder.parent)
            _write_journal(
                journal,
                {
                    "format": 1,
                    "stamp": stamp,
                    "source": str(staged.source),
                    "moves": [m.to_json() for m in moves],
                    "staging": [str(f) for f in staged.folders],
                    "asides": [str(a) for a in asides],
                },
            )
        except OSError:
            # Nothing was moved yet: no journal may stay to be "finished" at the next start.
            with suppress(OSError):
                journal.with_name(JOURNAL + ".new").unlink(missing_ok=True)
            with suppress(OSError):
                journal.unlink(missing_ok=True)
            _tidy([], made)
            raise
        _swap_moves(staged, moves, asides, journal, stamp)
    return Restored(staged.source, asides, staged.manifest.made)


def _swap_moves(
    staged: Staged, moves: list[Move], asides: list[Path], journal: Path, stamp: str
) -> None:
    current: Move | None = None  # the move under way: its target is what failed
    try:
        for move in moves:
            current = move
            _forward(move, stamp)
        current = None
        _flush(moves, staged.folders)
    except BaseException as error:
        reason = _failure(error, current.target if current is not None else None)
        try:
            for move in reversed(moves):
                _backward(move)
            _flush(moves, staged.folders)
            _remove_journal(journal)
        except OSError as again:
            raise SwapError(
                _fill(
                    translate(
                        "Backup",
                        "The restore of %1 stopped half-way (%2) and could "
                        "not be undone (%3). Your previous data is in %4; the "
                        "backup's files are in %5. Breathing Room will finish the "
                        "restore when it next starts.",
                    ),
                    staged.source,
                    reason,
                    _failure(again),
                    _listed(asides),
                    _listed(staged.folders),
                )
            ) from error
        _tidy(staged.folders, asides)
        if not isinstance(error, Exception):
            raise
        raise SwapError(
            _fill(
                translate(
                    "Backup",
                    "%1 could not be put in place (%2). Everything was put "
                    "back as it was: nothing was changed.",
                ),
                staged.source,
                reason,
            )
        ) from error
    # Everything is in place. A journal that cannot be removed now is harmless: the next
    # start finds every move done, removes it, and says where the previous data is.
    with suppress(OSError):
        _remove_journal(journal)
    _tidy(staged.folders, [])


# -- after a crash ------------------------------------------------------------------------


def take_notices() -> list[str]:
    """What :func:`finish_interrupted` found, once, for the first window to say."""
    return restore_marks.take_notices()


def finish_interrupted() -> str | None:
    """At start: finish a restore a crash cut short (or undo it, when it cannot be
    finished), and clear staging folders left by a process that is gone. Returns (and
    keeps for :func:`take_notices`) what the person must be told, or None. Does nothing
    while another process holds the history (it may be restoring right now), nor while
    this one is restoring (the swap runs in a worker; the journal is its own)."""
    if history_lock.held_exclusively():
        return None
    try:
        with history_lock.exclusive():
            notice = _recover()
    except (history_lock.HeldElsewhereError, OSError):
        return None
    if notice is not None:
        restore_marks.notices.append(notice)
    return notice


def _recover() -> str | None:
    data, config = _roots()
    journal = data / JOURNAL
    if not journal.exists():
        _clear_strays(data, config, set())
        return None
    try:
        if journal.stat().st_size > MiB:
            raise ValueError("too large")
        content = json.loads(journal.read_text(encoding="utf-8"))
        stamp = str(content["stamp"])
        source = str(content["source"])
        moves = [
            Move(Path(m["target"]), _path(m["staged"]), _path(m["aside"])) for m in content["moves"]
        ]
        folders = [Path(p) for p in content["staging"]]
        asides = [Path(p) for p in content["asides"]]
        # A record that would move anything outside the app's own folders is not ours.
        named = [*folders, *asides, *(p for m in moves for p in (m.target, m.staged, m.aside))]
        if not all(p is None or _within(p, (data, config)) for p in named):
            raise ValueError("outside the app's folders")
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        kept = _free(journal.with_name(f"{JOURNAL}.damaged"))
        with suppress(OSError):
            journal.rename(kept)
        return _fill(
            translate(
                "Backup",
                "An interrupted restore left a record that cannot be read "
                "(kept as %1). Your previous data may be in a folder named "
                "“before-restore-…” in %2.",
            ),
            kept,
            data,
        )
    _clear_strays(data, config, set(folders) | set(asides))
    current: Move | None = None  # the move under way: its target is what failed
    try:
        for move in moves:
            current = move
            _forward(move, stamp)
        current = None
        _flush(moves, folders)
        _remove_journal(journal)
    except OSError as error:
        failed = _failure(error, current.target if current is not None else None)
        try:
            for move in reversed(moves):
                _backward(move)
            _flush(moves, folders)
            _remove_journal(journal)
        except OSError as again:
            return _fill(
                translate(
                    "Backup",
                    "A restore of %1 was interrupted and could not be "
                    "finished (%2) or undone (%3). Your previous data is in %4; the "
                    "backup's files are in %5. Breathing Room tries again at its "
                    "next start.",
                ),
                source,
                failed,
                _failure(again),
                _listed(asides),
                _listed(folders),
            )
        _tidy(folders, asides)
        return _fill(
            translate(
                "Backup",
                "A restore of %1 was interrupted and could not be finished "
                "(%2); it was undone, and your data is as it was before.",
            ),
            source,
            failed,
        )
    _tidy(folders, [])
    return _fill(
        translate(
            "Backup",
            "A restore of %1 was interrupted when Breathing Room stopped; it "
            "has now been finished. Your previous data is in %2.",
        ),
        source,
        _listed(asides),
    )


def _within(path: Path, roots: tuple[Path, ...]) -> bool:
    return ".." not in path.parts and any(
        path != root and path.is_relative_to(root) for root in roots
    )


def _path(value: object) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(value)
    return Path(value)


def _clear_strays(data: Path, config: Path, keep: set[Path]) -> None:
    """What a process that did not live to finish left: staging folders (only copies of a
    backup, never the person's data), an empty aside folder, a half-written journal."""
    with suppress(OSError):
        (data / f"{JOURNAL}.new").unlink(missing_ok=True)
    for root in dict.fromkeys((data, config)):
        try:
            found = list(root.iterdir())
        except OSError:
            continue
        for folder in found:
            if folder.name.startswith(STAGING) and folder not in keep:
                pid = folder.name.rsplit("-", 1)[-1]
                if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                    shutil.rmtree(folder, ignore_errors=True)
            elif folder.name.startswith(ASIDE) and folder not in keep:
                with suppress(OSError):
                    folder.rmdir()  # only when empty: a kill before anything was moved


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


@contextmanager
def steps(hook: Callable[[str], None]) -> Iterator[None]:
    """For tests: call ``hook`` before every step that changes the disk."""
    global STEP_HOOK
    previous, STEP_HOOK = STEP_HOOK, hook
    try:
        yield
    finally:
        STEP_HOOK = previous
