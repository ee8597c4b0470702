"""The Qt Linguist catalogues are complete, current, built, and used.

``packaging/translations.py check`` runs ``pyside6-lupdate`` over the code into a scratch
file: a string the code has and a catalogue lacks, a string the catalogue keeps that the
code no longer has, or a Dutch string without a finished translation fails here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", SCRIPT)
assert spec is not None and spec.loader is not None
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def test_every_ui_string_has_a_finished_dutch_translation() -> None:
    assert translations.problems() == []


def test_the_shipped_qm_files_are_built_from_the_ts_files() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for lang in translations.LANGUAGES:
            built = Path(folder) / f"{lang}.qm"
            subprocess.run(
                [translations.tool("pyside6-lrelease"), str(translations.ts_path(lang)),
                 "-qm", str(built)],
                check=True, capture_output=True,
            )  # fmt: skip
            shipped = translations.qm_path(lang)
            assert shipped.read_bytes() == built.read_bytes(), (
                f"{shipped.name} is out of date: run python packaging/translations.py build"
            )


def test_english_plurals_read_naturally() -> None:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n

    i18n.install("en")

    def add(n: int) -> str:
        return QCoreApplication.translate("RoutineQueue", "Add %n exercise(s)", "", n)

    assert (add(1), add(3)) == ("Add 1 exercise", "Add 3 exercises")


def test_dutch_is_installed_and_english_after_it(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.services import i18n

    try:
        i18n.install("nl")
        assert QCoreApplication.translate("Labels", "Standing") == "Staand"
        assert QCoreApplication.translate("RoutineQueue", "Add %n exercise(s)", "", 2) == (
            "2 oefeningen toevoegen"
        )
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("Labels", "Standing") == "Standing"
