"""The app with a keyboard alone: a logical Tab order, a focus that can always be seen,
shortcuts shown where the actions are, and a whole session found, started, paused and
stopped without a mouse."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.player import State
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock
from tests.test_guided_session import play_for


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    main = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    _activate(qtbot, main)
    yield main
    main.player.stop()


def _activate(qtbot: QtBot, top: QWidget) -> None:
    """Shown and active: keyboard focus, and Fusion's focus look, need an active window."""
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)


def _label(widget: QWidget) -> str:
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return type(widget).__name__


def _tab_through(qtbot: QtBot, first: QWidget, limit: int = 40) -> list[QWidget]:
    """Focus ``first`` and press Tab until the focus comes back to it: the chain a
    keyboard user walks, in order."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab lost the focus"
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to the start: {[_label(w) for w in seen]}")


def test_main_window_tab_order_follows_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.queue.add(["childs-pose", "cobra"])
    window.queue_panel.view.setCurrentIndex(window.queue.model.index(0, 0))
    chain = [_label(w) for w in _tab_through(qtbot, window.browser.search)]
    # Left to right: the browser (search, filters, list), the exercise (text, its
    # buttons), then the session (its buttons, list, buttons below).
    assert chain == [
        "search", "chapterFilter", "positionFilter", "equipmentFilter", "catalogueTree",
        "exerciseDetails", "startExercise", "addToSession",
        "Programmes", "Open saved session", "queueView", "Start session", "Remove",
        "Clear session",
    ], chain  # fmt: skip


def test_session_page_tab_order_is_the_row_of_buttons(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.queue.add(["childs-pose", "cobra"])
    window.start_session()
    play_for(window, clock, 20_000)  # past the first exercise's start: Previous is enabled
    buttons = window.session_view._buttons
    chain = [_label(w) for w in _tab_through(qtbot, buttons[0])]
    assert chain == ["Previous exercise", "Pause", "Next exercise", "Stop", "Focus mode"]


def test_preferences_tab_order_is_top_to_bottom(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_preferences()
    _activate(qtbot, dialog)
    widgets = _tab_through(qtbot, dialog.language)
    # Down the form; controls on one row (volume and mute) may differ by a few pixels.
    middles = [w.mapTo(dialog, w.rect().center()).y() for w in widgets]
    backwards = [
        _label(b) for (a, b), (ya, yb) in zip(
            itertools.pairwise(widgets), itertools.pairwise(middles), strict=True
        ) if yb < ya - 8
    ]  # fmt: skip
    assert backwards == [], [_label(w) for w in widgets]
    assert len(widgets) >= 10
    dialog.reject()


def test_pacer_window_tab_order_is_choices_then_the_row_of_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    pacer = window.open_pacer()
    _activate(qtbot, pacer)
    pacer.by_minutes.setChecked(True)
    chain = [_label(w) for w in _tab_through(qtbot, pacer.preset_box)]
    # Each row's button after its field, as the rows are read (issue 19: saved rhythms).
    assert chain == [
        "preset", "manageRhythms", "pattern", "saveRhythm", "Minutes", "Length in minutes",
        "startPause", "Reduce motion", "Full screen",
    ], chain  # fmt: skip
    # Enter in the pattern field starts, as a dialog's default button would.
    qtbot.keyClick(pacer.pattern_edit, Qt.Key.Key_Return)
    assert pacer.player.playing
    pacer.player.stop()
    # The arrows switch within the pair (elsewhere ← and → step through the breaths).
    pacer.by_minutes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(pacer.by_minutes, Qt.Key.Key_Left)
    assert pacer.by_breaths.isChecked() and pacer.by_breaths.hasFocus()
    assert pacer.breaths_spin.isEnabled()
    pacer.close()


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _focus_shown(qtbot: QtBot, first: QWidget) -> list[str]:
    """The controls in ``first``'s Tab chain that look the same with and without the
    keyboard focus: each is pictured as Tab reaches it and as Tab leaves it."""
    unchanged = []
    for widget in _tab_through(qtbot, first):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = _picture(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if _picture(widget) == focused:
            unchanged.append(_label(widget))
    return unchanged


def test_focus_is_always_visible(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.queue.add(["childs-pose", "cobra"])
    window.queue_panel.view.setCurrentIndex(window.queue.model.index(0, 0))
    assert _focus_shown(qtbot, window.browser.search) == []
    dialog = window.show_preferences()
    _activate(qtbot, dialog)
    assert _focus_shown(qtbot, dialog.language) == []
    dialog.reject()
    pacer = window.open_pacer()
    _activate(qtbot, pacer)
    assert _focus_shown(qtbot, pacer.preset_box) == []
    pacer.close()
    window.activateWindow()
    window.start_session()
    play_for(window, clock, 20_000)
    window.player.pause()
    assert _focus_shown(qtbot, window.session_view._buttons[0]) == []


def test_every_shortcut_is_named_in_its_tooltip(window: MainWindow) -> None:
    missing = []
    for action in window.findChildren(QAction):
        key = action.shortcut()
        shown = any(isinstance(o, (QMenu, QAbstractButton)) for o in action.associatedObjects())
        if key.isEmpty() or not shown:  # a key binding of a widget's own, never shown
            continue
        text = key.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in action.toolTip():
            missing.append(f"{action.text()!r}: {action.toolTip()!r} lacks {text}")
    assert missing == [], missing


def test_a_session_found_started_paused_and_stopped_with_keys_alone(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.search.hasFocus()
    qtbot.keyClicks(window.browser.search, "cobra")
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)  # into the results
    qtbot.waitUntil(lambda: window.browser.current_id() == "cobra")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.queue.ids() == ["cobra"]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.player.state in (State.PREPARING, State.RUNNING)
    play_for(window, clock, 4_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is State.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.playing
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # asks first
    assert window.player.state is State.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.IDLE
