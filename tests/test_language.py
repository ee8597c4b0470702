"""Dutch and English: chosen in Preferences, remembered, and applied at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.core.timeline import Side
from app.player import State
from app.services import i18n, options
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_main_window
from tests.test_guided_session import THREE, play_for


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")
    for window in QApplication.topLevelWidgets():  # the windows a switch made
        if isinstance(window, MainWindow):
            window.player.stop()
            window.close()
            window.deleteLater()


def test_preferences_remember_the_language_and_say_so(qtbot: QtBot, catalogue: Catalogue) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    dialog = window.show_preferences()
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.language_changed.disconnect()  # the switch itself is the next test's
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        dialog.accept()
    assert blocker.args == ["nl"]
    assert options.saved_language() == "nl"


def test_switching_shows_everything_in_dutch_at_once_and_keeps_the_session(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    window.show()
    window.queue.add(["childs-pose", "cobra"])
    window.browser.select("bridge-breathing")

    dutch = window.switch_language("nl")
    qtbot.waitExposed(dutch)
    assert dutch.windowTitle() == "Ademruimte"
    assert [a.text() for a in dutch.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]
    assert dutch.queue.ids() == ["childs-pose", "cobra"]
    assert dutch.browser.current_id() == "bridge-breathing"
    assert "Ademhaling in brughouding" in dutch.details.toPlainText()
    assert "Stappen" in dutch.details.toPlainText()
    assert not dutch.queue.undo_stack.canUndo()  # a fresh history, in the new language
    assert not window.isVisible()
    assert QApplication.translate("Labels", "Standing") == "Staand"

    english = dutch.switch_language("en")
    assert english.windowTitle() == "Breathing Room"
    assert "Steps" in english.details.toPlainText()


def test_a_playing_session_goes_on_at_the_same_round_and_side(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.queue.add(THREE)
    window.start_session()
    timeline = window.player.timeline
    assert timeline is not None
    left = next(s for s in timeline.segments if s.side is Side.LEFT)
    play_for(window, clock, left.start_ms + 2_000)

    dutch = window.switch_language("nl")
    assert window.player.state is State.IDLE
    assert dutch.player.state is State.PAUSED
    frame = dutch.player.current_frame()
    assert frame is not None
    assert frame.segment.exercise == "lying-twist-both-knees" and frame.segment.side is Side.LEFT
    assert "Spatie" in dutch.session_view.notice.text()


def _unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible controls whose accessible name is empty: what a screen reader
    would read as just 'button' or 'edit'."""
    out = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a spin box's editor)
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.viewport() is None:
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is not None and not face.text(QAccessible.Text.Name).strip():
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_control_has_an_accessible_name(
    qtbot: QtBot, catalogue: Catalogue, lang: str
) -> None:
    i18n.install(lang)  # type: ignore[arg-type]
    window = shown_main_window(qtbot, catalogue, lang)
    assert _unnamed_controls(window) == []
    dialog = window.show_preferences()
    assert _unnamed_controls(dialog) == []
    dialog.reject()
    window.queue.add(["childs-pose"])
    window.start_session()
    assert _unnamed_controls(window) == []
    window.player.stop()
    pacer = window.open_pacer()
    assert _unnamed_controls(pacer) == []
    pacer.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_progress_windows_have_named_controls(
    qtbot: QtBot, catalogue: Catalogue, lang: str
) -> None:
    from app.ui.checkin import AfterSession, PainCheckIn

    i18n.install(lang)  # type: ignore[arg-type]
    window = shown_main_window(qtbot, catalogue, lang)
    shown = window.show_history()
    qtbot.waitExposed(shown)
    assert _unnamed_controls(shown) == []
    shown.close()
    for dialog in (PainCheckIn(window), AfterSession([(0, "Cobra")], window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _unnamed_controls(dialog) == []
        dialog.reject()
    window.practice.close()
