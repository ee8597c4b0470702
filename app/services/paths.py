"""Every place the app writes, in one module, so tests can point all of them elsewhere.

Locations follow ``QStandardPaths`` (Picard's habit); each can be overridden by an
environment variable, which is how tests and portable set-ups redirect them:

``BREATHING_ROOM_DATA_DIR``    own exercises, saved sessions, history
``BREATHING_ROOM_CONFIG_DIR``  preferences (``QSettings`` in INI format)
``BREATHING_ROOM_CACHE_DIR``   crash reports and other throw-away files
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from app import APP_NAME

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


def settings() -> QSettings:
    """Preferences as an INI file under ``config_dir()`` (readable, and redirectable)."""
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
