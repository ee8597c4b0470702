"""The first main window: the whole catalogue is listed and an exercise can be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.files import load_addition
from app.core.model import Catalogue
from app.ui.catalogue_tree import EXERCISE_ID_ROLE, build_model
from app.ui.main_window import MainWindow


def exercise_rows(model) -> list[str]:
    ids = []
    for c in range(model.rowCount()):
        chapter = model.index(c, 0)
        for s in range(model.rowCount(chapter)):
            section = model.index(s, 0, chapter)
            for e in range(model.rowCount(section)):
                ids.append(model.index(e, 0, section).data(EXERCISE_ID_ROLE))
    return ids


def test_tree_model_passes_the_model_tester(
    qtmodeltester: ModelTester, catalogue: Catalogue
) -> None:
    qtmodeltester.check(build_model(catalogue, "en"))


def test_tree_has_chapters_sections_and_all_45_places(catalogue: Catalogue) -> None:
    model = build_model(catalogue, "nl")
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "Chapter 3 · Oefeningen om pijn te verlichten"
    assert [model.rowCount(model.index(c, 0)) for c in range(3)] == [3, 3, 2]
    ids = exercise_rows(model)
    assert len(ids) == 45
    assert ids[0] == "diaphragmatic-breathing-legs-raised"
    assert ids[-1] == "compassion-meditation"


def test_window_shows_the_first_exercise_and_follows_selection(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Diaphragmatic breathing with legs raised" in window.details.toPlainText()

    model = window.tree.model()
    chapter4 = model.index(1, 0)
    bridge = model.index(0, 0, model.index(0, 0, chapter4))
    with qtbot.waitSignal(window.exercise_selected) as blocker:
        window.tree.setCurrentIndex(bridge)
    assert blocker.args == ["bridge-breathing"]
    text = window.details.toPlainText()
    assert "Bridge breathing" in text
    assert "Take care" in text
    assert "3:01" in text  # 2 x 5 x 15 s, a 20 s rest, 11 s coming out
    come_out = window._catalogue.exercises["bridge-breathing"].come_out
    assert come_out is not None and "Coming out" in text and come_out.en in text
    assert window.findChild(type(window.details), "exerciseDetails") is window.details
    assert "40 exercises in 45 places" in window.statusBar().currentMessage()


def test_invalid_user_file_shows_a_banner_and_loses_nothing(
    qtbot: QtBot, catalogue: Catalogue, user_dirs: dict[str, Path]
) -> None:
    own = user_dirs["data"] / "my-exercises.yaml"
    own.write_text("schema: 1\nexercises:\n  - id: mine\n", encoding="utf-8")
    before = own.read_bytes()
    result = load_addition(own, catalogue)
    assert result.catalogue is catalogue
    window = MainWindow(catalogue, "en", result.problems)
    qtbot.addWidget(window)
    banner = window.findChild(QFrame, "problemBanner")
    assert banner is not None
    window.browse.show_problems()
    assert own.read_bytes() == before


def test_geometry_is_remembered(qtbot: QtBot, catalogue: Catalogue) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.resize(1100, 650)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = MainWindow(catalogue, "en")
    qtbot.addWidget(again)
    assert again.size().width() == 1100
    assert again.size().height() == 650


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_content_follows_the_language(qtbot: QtBot, catalogue: Catalogue, lang: str) -> None:
    window = MainWindow(catalogue, lang)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    expected = {"nl": "Middenrifademhaling", "en": "Diaphragmatic"}[lang]
    assert expected in window.details.toPlainText()
