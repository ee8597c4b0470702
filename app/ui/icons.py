"""The app's own icons: SVG, so they are sharp at any scale (a 4K screen, focus mode)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.bundle import resources_path


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon (text only) if the file is missing."""
    path = resources_path() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
