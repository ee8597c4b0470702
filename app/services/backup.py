"""All of a person's data in one file, and back: the history, saved sessions, their own
exercises and the settings, as a zip with a manifest.

Why a zip: one file to copy to a stick or a new laptop, readable with any tool. The
history goes in through SQLite's online backup (a consistent copy even mid-session); the
zip is written through ``QSaveFile``. A restore checks the whole file first, then moves
the current data into a dated folder before putting the backup in place: nothing is
overwritten or deleted.
"""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QSaveFile

from app import __version__
from app.core.history_db import HistoryStore
from app.services import paths

MANIFEST = "breathing-room-backup.json"
HISTORY = "history.sqlite3"
SETTINGS = "settings.ini"
SESSIONS = "sessions/"
USER_CATALOGUE = "my-exercises.yaml"


class BackupError(Exception):
    """What went wrong, in words for the person (already translated by the caller)."""


def _files() -> dict[str, Path]:
    """Name in the zip → file on disk, for the plain files."""
    files = {SETTINGS: paths.config_dir() / "settings.ini"}
    if paths.user_catalogue().exists():
        files[USER_CATALOGUE] = paths.user_catalogue()
    folder = paths.data_dir() / "sessions"
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            files[SESSIONS + path.name] = path
    return files


def make(target: Path, store: HistoryStore | None) -> int:
    """Write the backup to ``target``; returns how many files it holds."""
    paths.settings().sync()
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(
            {"app": "Breathing Room", "version": __version__,
             "made": datetime.now().isoformat(timespec="seconds")}, indent=2))  # fmt: skip
        if store is not None:
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / HISTORY
                store.backup_to(copy)
                archive.write(copy, HISTORY)
                count += 1
        for name, path in _files().items():
            if path.is_file():
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


def check(source: Path) -> list[str]:
    """The names a backup holds, after checking it whole; raises :class:`BackupError`."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = archive.namelist()
            if MANIFEST not in names:
                raise BackupError("not a Breathing Room backup (no manifest)")
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("app") != "Breathing Room":
                raise BackupError("not a Breathing Room backup")
            bad = archive.testzip()
            if bad is not None:
                raise BackupError(f"{bad} is damaged in the backup")
            for name in names:
                allowed = name in (MANIFEST, HISTORY, SETTINGS, USER_CATALOGUE) or (
                    name.startswith(SESSIONS) and "/" not in name[len(SESSIONS):]
                    and name.endswith(".yaml")
                )  # fmt: skip
                if not allowed:
                    raise BackupError(f"unexpected entry {name!r}")
            if HISTORY in names:
                with tempfile.TemporaryDirectory() as folder:
                    copy = Path(folder) / HISTORY
                    copy.write_bytes(archive.read(HISTORY))
                    db = sqlite3.connect(copy)
                    try:
                        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                            raise BackupError("the history in the backup is damaged")
                    except sqlite3.DatabaseError as error:
                        raise BackupError(
                            f"the history in the backup is damaged ({error})"
                        ) from error
                    finally:
                        db.close()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise BackupError(str(error)) from error
    return [n for n in names if n != MANIFEST]


def restore(source: Path) -> Path:
    """Put the backup in place; returns the folder where the data it replaced was moved.
    The caller closes the history first and reopens it afterwards."""
    names = check(source)
    places = {
        HISTORY: paths.data_dir() / HISTORY,
        SETTINGS: paths.config_dir() / "settings.ini",
        USER_CATALOGUE: paths.user_catalogue(),
    }
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.data_dir() / f"before-restore-{stamp}"
    aside.mkdir(parents=True)
    # Everything the backup may replace goes aside first, the history with its journal.
    for path in [*places.values(), paths.data_dir() / (HISTORY + "-wal"),
                 paths.data_dir() / (HISTORY + "-shm")]:  # fmt: skip
        if path.exists():
            path.rename(aside / path.name)
    folder = paths.data_dir() / "sessions"
    if folder.is_dir():
        folder.rename(aside / "sessions")
    with zipfile.ZipFile(source) as archive:
        for name in names:
            if name == HISTORY:
                target = paths.data_dir() / HISTORY
            elif name == SETTINGS:
                target = paths.config_dir() / "settings.ini"
            elif name == USER_CATALOGUE:
                target = paths.user_catalogue()
            else:
                target = paths.data_dir() / "sessions" / name[len(SESSIONS) :]
            target.parent.mkdir(parents=True, exist_ok=True)
            out = QFile(str(target))
            if not out.open(QIODevice.OpenModeFlag.WriteOnly):
                raise BackupError(out.errorString())
            out.write(archive.read(name))
            out.close()
    return aside
