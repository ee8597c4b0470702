"""Finding exercises: the pure rule, then the browser that asks it."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue, Equipment, Position
from app.core.search import ExerciseFilter, SearchIndex, fold, matches
from app.ui.browser import ExerciseBrowser
from app.ui.catalogue_tree import ExerciseFilterProxy, build_model


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Kindhoúding") == "kindhouding"
    assert fold("RUG") == "rug"


def test_every_word_must_appear_in_name_or_steps(catalogue: Catalogue) -> None:
    index = SearchIndex(catalogue.exercises.values(), "en")
    cobra = catalogue.exercises["cobra"]
    assert matches(cobra, index, ExerciseFilter("cobra"))
    assert matches(cobra, index, ExerciseFilter("COBRA lower"))  # "lower" is in a step
    assert not matches(cobra, index, ExerciseFilter("cobra chair"))
    dutch = SearchIndex(catalogue.exercises.values(), "nl")
    assert matches(catalogue.exercises["childs-pose"], dutch, ExerciseFilter("kindhouding"))
    assert not matches(catalogue.exercises["childs-pose"], index, ExerciseFilter("kindhouding"))


def test_filters(catalogue: Catalogue) -> None:
    index = SearchIndex(catalogue.exercises.values(), "en")
    on_back = ExerciseFilter(position=Position.LYING_ON_BACK)
    wall = ExerciseFilter(equipment=Equipment.WALL)
    names = {e.id for e in catalogue.exercises.values() if matches(e, index, on_back)}
    assert "bridge-breathing" in names and "cobra" not in names
    assert "legs-up-the-wall" in {
        e.id for e in catalogue.exercises.values() if matches(e, index, wall)
    }
    ch5 = ExerciseFilter(chapter=5)
    assert matches(catalogue.exercises["cobra"], index, ch5, chapter=5)
    assert not matches(catalogue.exercises["cobra"], index, ch5, chapter=4)
    assert ExerciseFilter().empty and not ExerciseFilter(" x ").empty


def test_proxy_passes_the_model_tester(qtmodeltester: ModelTester, catalogue: Catalogue) -> None:
    proxy = ExerciseFilterProxy(catalogue, "en")
    proxy.setSourceModel(build_model(catalogue, "en"))
    proxy.set_filter(ExerciseFilter("twist"))
    qtmodeltester.check(proxy)


def test_browser_search_and_filters(qtbot: QtBot, catalogue: Catalogue) -> None:
    browser = ExerciseBrowser(catalogue, "en")
    qtbot.addWidget(browser)
    assert len(browser.visible_ids()) == 45
    browser.search.setText("twist")
    twists = browser.visible_ids()
    assert twists and all("twist" in catalogue.exercises[i].name.en.lower() or any(
        "twist" in s.en.lower() for s in catalogue.exercises[i].steps) for i in twists)  # fmt: skip
    browser.position.setCurrentIndex(browser.position.findData(Position.LYING_ON_BACK.value))
    assert set(browser.visible_ids()) == {
        "lying-twist-both-knees",
        "lying-figure-four-twist",
        "lying-bent-knee-twist",
    }
    browser.chapter.setCurrentIndex(browser.chapter.findData(5))
    assert browser.visible_ids() == ["lying-bent-knee-twist"]
    browser.search.setText("no such thing at all")
    assert browser.visible_ids() == []
    assert not browser.empty.isHidden()
    browser.search.clear()
    browser.chapter.setCurrentIndex(0)
    browser.position.setCurrentIndex(0)
    assert len(browser.visible_ids()) == 45
    assert browser.empty.isHidden()


def test_browser_selects_and_reports(qtbot: QtBot, catalogue: Catalogue) -> None:
    browser = ExerciseBrowser(catalogue, "en")
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.current_changed) as blocker:
        assert browser.select("cobra")
    assert blocker.args == ["cobra"]
    assert browser.current_id() == "cobra"
    with qtbot.waitSignal(browser.activated) as blocker:
        browser.tree.activated.emit(browser.tree.currentIndex())
    assert blocker.args == ["cobra"]


@given(st.text())
def test_fold_is_the_same_for_plain_and_accented_text(text: str) -> None:
    """The ASCII fast path gives what the full fold gives, and joining parts is harmless."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))
