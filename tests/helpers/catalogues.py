"""The bundled catalogue for code that cannot take the session fixture (``catalogue`` in
conftest.py): hypothesis tests and module-level helpers."""

from __future__ import annotations

import functools

from app.bundle import catalogue_path
from app.core.files import load_bundled
from app.core.model import Catalogue


@functools.cache
def real_catalogue() -> Catalogue:
    """The bundled catalogue, loaded once: a refused addition must hand back this very
    object. Not the session fixture inside hypothesis tests: hypothesis puts a test's
    arguments in its reports, and the catalogue's repr is 120 kB (a HypothesisWarning, an
    error)."""
    loaded = load_bundled(catalogue_path()).catalogue
    assert loaded is not None
    return loaded
