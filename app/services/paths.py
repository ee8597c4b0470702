"""Every place the app writes, in one module, so tests can point all of them elsewhere.

Locations follow ``QStandardPaths`` (Picard's habit); each can be overridden by an
environment variable, which is how tests and portable set-ups redirect them:

``BREATHING_ROOM_DATA_DIR``    own exercises, saved sessions, history
``BREATHING_ROOM_CONFIG_DIR``  preferences (``QSettings`` in INI format)
``BREATHING_ROOM_CACHE_DIR``   crash reports and other throw-away files

Every folder the app makes is made by :func:`private_folder` (mode 0700, see
``app/core/folders.py``): what a person keeps here is theirs alone.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from app import APP_NAME
from app.core.folders import PRIVATE_FILE, PRIVATE_FOLDER, private_file, private_folder

__all__ = [
    "PRIVATE_FILE",
    "PRIVATE_FOLDER",
    "USER_CATALOGUE",
    "cache_dir",
    "catalogue_cache",
    "config_dir",
    "data_dir",
    "private_file",
    "private_folder",
    "set_identity",
    "settings",
    "user_catalogue",
]

USER_CATALOGUE = "my-exercises.yaml"


def set_identity() -> None:
    """Names that ``QStandardPaths`` and ``QSettings`` build their paths from."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setOrganizationDomain("ademruimte.nl")


def _location(variable: str, kind: QStandardPaths.StandardLocation) -> Path:
    override = os.environ.get(variable)
    if override:
        return Path(override)
    set_identity()
    return Path(QStandardPaths.writableLocation(kind))


def data_dir() -> Path:
    return _location("BREATHING_ROOM_DATA_DIR", QStandardPaths.StandardLocation.AppDataLocation)


def config_dir() -> Path:
    return _location("BREATHING_ROOM_CONFIG_DIR", QStandardPaths.StandardLocation.AppConfigLocation)


def cache_dir() -> Path:
    return _location("BREATHING_ROOM_CACHE_DIR", QStandardPaths.StandardLocation.CacheLocation)


def user_catalogue() -> Path:
    return data_dir() / USER_CATALOGUE


def catalogue_cache() -> Path:
    """The checked catalogues kept between starts (plain JSON, checked as it is read)."""
    from app.core.catalogue_cache import FILE_NAME  # not for commands that need no catalogue

    return cache_dir() / FILE_NAME


def settings() -> QSettings:
    """Preferences as an INI file under ``config_dir()`` (readable, and redirectable).

    The folder and an empty file are made here, privately, before ``QSettings`` would
    make them with its own (world-readable) modes on its first write; ``QSettings`` keeps
    an existing file's mode when it writes. If they cannot be made, ``QSettings`` says so
    through its status as before."""
    path = config_dir() / "settings.ini"
    with suppress(OSError):
        private_folder(path.parent)
        private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
