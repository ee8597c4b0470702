"""Where the files that travel with the app are: inside the wheel, or in the source tree.

The wheel carries ``exercises.yaml`` and ``resources/`` inside the package (see
``[tool.hatch.build.targets.wheel.force-include]``); a source checkout keeps them at the
top level, as the project layout asks.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: Path, source: Path) -> Path:
    return installed if installed.exists() else source


def catalogue_path() -> Path:
    return _find(_PACKAGE / "data" / "exercises.yaml", _PACKAGE.parent / "exercises.yaml")


def resources_path() -> Path:
    return _find(_PACKAGE / "resources", _PACKAGE.parent / "resources")


def pronunciation_path() -> Path:
    """The respellings for the built-in voice (app/core/pronounce.py reads them)."""
    return resources_path() / "pronunciation.yaml"
