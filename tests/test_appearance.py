"""Light, dark, high contrast and text size: chosen in Preferences, applied at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.services import paths
from app.ui import appearance
from app.ui.appearance import Appearance
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def restore_look() -> Iterator[None]:
    palette, font = QGuiApplication.palette(), QGuiApplication.font()
    yield
    QApplication.setPalette(palette)
    QApplication.setFont(font)
    appearance._base_font = None


def lightness(role: QPalette.ColorRole) -> float:
    return QGuiApplication.palette().color(role).lightnessF()


def test_preferences_turn_the_app_dark_with_larger_text_and_remember_it(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    base = QGuiApplication.font().pointSizeF()
    dialog = window.show_preferences()
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
    dialog.text_size.setValue(150)
    dialog.accept()
    assert lightness(QPalette.ColorRole.Window) < 0.2
    assert lightness(QPalette.ColorRole.WindowText) > 0.8
    assert QGuiApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert Appearance.load() == Appearance("dark", False, 150)


def test_focus_mode_doubles_the_chosen_text_size(qtbot: QtBot, catalogue: Catalogue) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    view = window.session_view
    view.set_focus_mode(True)
    before = view.title.font().pointSizeF()
    appearance.apply(Appearance("light", False, 200))
    # Qt tells the widgets with posted events: wait for them, not for a time.
    qtbot.waitUntil(lambda: view.title.font().pointSizeF() == pytest.approx(before * 2))


@pytest.mark.parametrize("dark", [False, True])
def test_high_contrast_is_black_on_white_or_white_on_black(dark: bool) -> None:
    appearance.apply(Appearance("dark" if dark else "light", True, 100))
    text, window = lightness(QPalette.ColorRole.WindowText), lightness(QPalette.ColorRole.Window)
    assert (text, window) == ((1.0, 0.0) if dark else (0.0, 1.0))


def test_the_desktops_high_contrast_wins_over_an_ordinary_palette(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Xvfb has no desktop preference to set: the reading is replaced instead.
    monkeypatch.setattr(appearance, "system_wants_high_contrast", lambda: True)
    appearance.apply(Appearance("light", False, 100))
    assert lightness(QPalette.ColorRole.WindowText) == 0.0
    assert lightness(QPalette.ColorRole.Window) == 1.0


def test_damaged_settings_fall_back_to_the_defaults() -> None:
    s = paths.settings()
    s.setValue("display/scheme", "purple")
    s.setValue("display/text_percent", "huge")
    s.setValue("display/high_contrast", "maybe")
    assert Appearance.load() == Appearance()
    s.setValue("display/text_percent", 900)
    assert Appearance.load().text_percent == 100  # out of range: the default (options)


def test_text_size_keeps_the_font_family() -> None:
    family = QGuiApplication.font().family()
    appearance.apply(Appearance(text_percent=120))
    assert QFont(QGuiApplication.font()).family() == family
