"""The pacer remembers (issue 16, item 13): the rhythm and the length as chosen — a preset
with "Minutes" too, which reopened as "Breaths" — and its size and place, as the main
window does."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.services import options
from app.ui.pacer_window import CUSTOM, PacerWindow


@functools.cache
def real_catalogue() -> Catalogue:
    """Not the session fixture inside hypothesis tests: hypothesis puts a test's arguments
    in its reports, and the catalogue's repr is 120 kB (a HypothesisWarning, an error)."""
    from app.bundle import catalogue_path
    from app.core.files import load_bundled

    loaded = load_bundled(catalogue_path()).catalogue
    assert loaded is not None
    return loaded


@contextmanager
def pacer(qtbot: QtBot, catalogue: Catalogue) -> Iterator[PacerWindow]:
    window = PacerWindow(catalogue, "en")
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        window.close()  # remembers, as closing it does for a person


def test_a_preset_with_minutes_reopens_as_minutes(qtbot: QtBot, catalogue: Catalogue) -> None:
    """The issue's example: Bridge breathing + Minutes 10 reopened as Breaths 5."""
    with pacer(qtbot, catalogue) as window:
        window.preset_box.setCurrentIndex(window.preset_box.findData("bridge"))
        window.by_minutes.setChecked(True)
        window.minutes_spin.setValue(10)
    with pacer(qtbot, catalogue) as again:
        assert again.preset_box.currentData() == "bridge"
        assert again.by_minutes.isChecked() and not again.by_breaths.isChecked()
        assert again.minutes_spin.value() == 10
        assert again.minutes_spin.isEnabled() and not again.breaths_spin.isEnabled()
        request = again.request()
        assert request is not None and request.minutes == 10 and request.breaths is None


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    preset=st.sampled_from(["bridge", "box", "relax", CUSTOM]),
    by_minutes=st.booleans(),
    breaths=st.integers(1, 500),
    minutes=st.sampled_from([0.5, 1.0, 2.5, 10.0, 180.0]),
    reduced=st.booleans(),
)
def test_every_choice_comes_back(
    qtbot: QtBot,
    preset: str,
    by_minutes: bool,
    breaths: int,
    minutes: float,
    reduced: bool,
) -> None:
    catalogue = real_catalogue()
    with pacer(qtbot, catalogue) as window:
        index = window.preset_box.findData(preset)
        if index < 0:
            return  # not in this catalogue
        window.preset_box.setCurrentIndex(index)
        if preset == CUSTOM:
            window.pattern_edit.setText("4.5-1-6.5-1")
        (window.by_minutes if by_minutes else window.by_breaths).setChecked(True)
        window.breaths_spin.setValue(breaths)
        window.minutes_spin.setValue(minutes)
        window.reduce_motion.setChecked(reduced)
    with pacer(qtbot, catalogue) as again:
        assert again.preset_box.currentData() == preset
        assert again.by_minutes.isChecked() is by_minutes
        assert again.by_breaths.isChecked() is not by_minutes
        assert again.breaths_spin.value() == breaths
        assert again.minutes_spin.value() == minutes
        assert again.reduce_motion.isChecked() is reduced
        if preset == CUSTOM:
            assert again.pattern_edit.text() == "4.5-1-6.5-1"
    assert not options.notices.keys


def test_a_pattern_typed_halfway_does_not_replace_the_last_good_one(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    with pacer(qtbot, catalogue) as window:
        window.preset_box.setCurrentIndex(window.preset_box.findData(CUSTOM))
        window.pattern_edit.setText("4-7-8")
        window._save_choice()
        window.pattern_edit.setText("4-7")  # closed while typing
    with pacer(qtbot, catalogue) as again:
        assert again.pattern_edit.text() == "4-7-8"
    assert not options.notices.keys  # nothing of ours is ever called unusable


def test_the_pacer_reopens_where_and_as_large_as_it_was(qtbot: QtBot, catalogue: Catalogue) -> None:
    with pacer(qtbot, catalogue) as window:
        window.show()
        qtbot.waitExposed(window)
        window.setGeometry(130, 90, 820, 640)
    with pacer(qtbot, catalogue) as again:
        assert (again.width(), again.height()) == (820, 640)
        assert (again.geometry().x(), again.geometry().y()) == (130, 90)


def test_full_screen_is_not_what_it_reopens_as(qtbot: QtBot, catalogue: Catalogue) -> None:
    with pacer(qtbot, catalogue) as window:
        window.show()
        qtbot.waitExposed(window)
        window.setGeometry(100, 80, 800, 600)
        window._save_choice()
        window.toggle_full_screen()
        qtbot.waitUntil(window.isFullScreen)
    with pacer(qtbot, catalogue) as again:
        again.show()
        qtbot.waitExposed(again)
        assert not again.isFullScreen()
        assert (again.width(), again.height()) == (800, 600)


@pytest.mark.parametrize("junk", ["abc", "@ByteArray(not a geometry)", "@Rect(1 2 3 4)"])
def test_a_damaged_geometry_is_the_default_size_and_said_once(
    qtbot: QtBot, catalogue: Catalogue, junk: str
) -> None:
    options.settings_file().write_text(f"[pacer]\ngeometry={junk}\n")
    options.notices.clear()
    with pacer(qtbot, catalogue) as window:
        assert (window.width(), window.height()) == (760, 720)
        assert "[pacer] geometry" in window.notice.text()
        assert window.notice.text().count("[pacer] geometry") == 1
    options.notices.clear()
