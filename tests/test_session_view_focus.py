"""Focus mode made for the floor (issue 19): remembered between sessions and offered when a
session starts (never in a dialog); the end and its check-in at focus-mode size, answered
with the number keys; the last words fit where the person is; getting into the pose, the
wait for the person and coming out each say what to do now."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue, Position
from app.core.playback import frame_at
from app.core.requests import Request
from app.core.text import Text
from app.core.timeline import Kind, Segment, Timeline
from app.player import State
from app.services import options
from app.services.history import set_check_ins
from app.ui.checkin import LARGE_BUTTON, AfterSession
from app.ui.main_window import MainWindow
from app.ui.session_view import SessionView
from tests.helpers.stubs import FakeClock

TWO = ["childs-pose", "cobra"]


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.player.stop()


def play_for(window: MainWindow, clock: FakeClock, ms: float) -> None:
    while ms > 0:
        clock.advance(min(250, ms))
        ms -= 250
        window.player.poll()


def test_focus_mode_is_offered_then_remembered_between_sessions(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    view = window.session_view
    assert options.FOCUS_MODE.read() is False
    window.queue.add(TWO)
    window.start_session()
    # Offered in a line of the session view, not a dialog: the keys stay the session's.
    assert view.focus_offer.isVisible() and not view.focus_mode
    assert QApplication.activeModalWidget() is None
    assert "F11" in view.focus_offer_button.text()
    assert view.focus_offer_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(view.focus_offer_button, Qt.MouseButton.LeftButton)
    assert view.focus_mode and window.isFullScreen() and not view.focus_offer.isVisible()
    assert options.FOCUS_MODE.read() is True  # the person chose it: remembered
    window.stop_session()  # leaving because the session ended is no choice
    assert not view.focus_mode and not window.isFullScreen()
    assert options.FOCUS_MODE.read() is True
    window.start_session()
    assert view.focus_mode and window.isFullScreen() and window.menuBar().isHidden()
    assert not view.focus_offer.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F11)  # turned off during a session: remembered too
    assert not view.focus_mode and options.FOCUS_MODE.read() is False
    window.stop_session()
    window.start_session()
    assert not view.focus_mode and view.focus_offer.isVisible()


def test_the_offer_goes_when_the_first_exercise_begins(
    window: MainWindow, clock: FakeClock
) -> None:
    window.queue.add(TWO)
    window.start_session()
    timeline = window.player.timeline
    assert timeline is not None
    first = next(s for s in timeline.segments if s.kind in (Kind.INHALE, Kind.STEP))
    play_for(window, clock, first.start_ms - 500)
    assert window.session_view.focus_offer.isVisible()
    play_for(window, clock, 1_000)
    assert not window.session_view.focus_offer.isVisible()


def test_f11_outside_a_session_is_not_remembered(window: MainWindow) -> None:
    window.focus_action.setChecked(True)
    window.toggle_focus_mode()
    assert not window.focus_action.isChecked() and options.FOCUS_MODE.read() is False


WORDS = {
    0: "Well done. Take a moment before you get up slowly.",
    1: "Well done. Take a moment before you stand up.",
    2: "Well done. Take a moment before you carry on.",
}


def test_the_last_words_fit_the_last_exercises_position(qtbot: QtBot, catalogue: Catalogue) -> None:
    """Every exercise of the catalogue as the last one: the words of its level above the
    floor; every position of the catalogue is met (a standing squat no longer ends with
    "before you get up")."""
    view = SessionView(catalogue, "en")
    qtbot.addWidget(view)
    seen: set[Position] = set()
    for exercise in catalogue.exercises.values():
        timeline = Request(exercise=exercise.id).build(catalogue)
        view.set_timeline(timeline)
        view.show_frame(frame_at(timeline, timeline.total_ms))
        assert view.title.text() == "Session complete"
        assert view.next_label.text() == WORDS[exercise.position.level], exercise.id
        seen.add(exercise.position)
    assert seen == set(Position)
    assert "before you carry on" in WORDS[Position.STANDING.level]
    assert "get up slowly" in WORDS[Position.KNEELING.level]


def test_the_end_in_focus_mode_shows_the_last_words_large(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    view = SessionView(catalogue, "en")
    qtbot.addWidget(view)
    timeline = Request(exercise="supported-back-release-squat").build(catalogue)
    view.set_timeline(timeline)
    view.set_focus_mode(True)
    view.show_frame(frame_at(timeline, timeline.total_ms))
    assert view.step_now.text() == WORDS[2] and view.next_label.text() == ""
    assert view.step_now.font().pointSizeF() > view.font().pointSizeF()


def _segment(start: int, kind: Kind, text: str, step: int | None) -> Segment:
    return Segment(start, 0 if kind is Kind.DONE else 4_000, kind, Text(nl=text, en=text),
                   exercise="cobra", exercise_index=0, step=step)  # fmt: skip


def test_getting_into_the_pose_waiting_and_coming_out_say_what_to_do_now(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    cobra = catalogue.exercises["cobra"]
    steps = [s.en for s in cobra.steps]
    # As the compiler makes them: the wait highlights the instruction the breaths begin with.
    kinds = [(Kind.PREPARE, "Get into position: Cobra", None), (Kind.SETUP, steps[0], 0),
             (Kind.SETUP, steps[1], 1), (Kind.WAIT, "Here we go", 2),
             (Kind.INHALE, "Breathe in", 2), (Kind.COME_OUT, "Lower slowly and rest", None),
             (Kind.DONE, "Done", None)]  # fmt: skip
    segments = tuple(_segment(n * 4_000, k, t, s) for n, (k, t, s) in enumerate(kinds))
    timeline = Timeline(segments)
    view = SessionView(catalogue, "en")
    qtbot.addWidget(view)
    view.set_timeline(timeline)
    view.set_focus_mode(True)
    shown = []
    for n in range(len(kinds) - 1):
        view.show_frame(frame_at(timeline, n * 4_000 + 100))
        shown.append((view.where.text(), view.step_now.text(), not view.caution.isHidden()))
    assert shown[1] == ("Get into position", steps[0], False)  # the step alone, large
    assert shown[2] == ("Get into position", steps[1], False)
    # Waiting: what the breaths begin with (the pacer's own overlay asks "Ready?").
    assert shown[3] == ("Get ready", steps[2], False)
    assert shown[4][1] == steps[2]
    assert shown[5] == ("Come out of the pose", "Lower slowly and rest", False)
    assert shown[0][0] == "Get into position" and shown[0][2]  # the caution while preparing


def test_the_after_session_check_in_is_large_and_answered_with_keys(qtbot: QtBot) -> None:
    dialog = AfterSession([(1, "Cobra"), (2, "Child's pose")], None, large=True,
                          closing=WORDS[0])  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isFullScreen()
    assert float(dialog.property("scale")) > 1.0
    assert dialog.font().pointSizeF() > QApplication.font().pointSizeF() * 1.4
    pain = [dialog.findChild(QPushButton, f"pain{n}") for n in range(11)]
    assert all(b is not None and b.height() >= LARGE_BUTTON for b in pain)
    assert WORDS[0] in [label.text() for label in dialog.findChildren(QLabel)]
    qtbot.keyClick(dialog, Qt.Key.Key_7)
    assert dialog.pain == 7
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == AfterSession.DialogCode.Accepted


def test_a_session_finished_in_focus_mode_asks_at_focus_mode_size(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    set_check_ins(True)
    options.FOCUS_MODE.write(True)
    window.queue.add(["supported-back-release-squat"])
    window.start_session()
    before = window.practice.dialog
    assert before is not None and before.isFullScreen()  # going to the mat: large too
    qtbot.keyClick(before, Qt.Key.Key_3)
    assert window.session_view.focus_mode
    timeline = window.player.timeline
    assert timeline is not None
    play_for(window, clock, timeline.total_ms + 500)
    assert window.player.state is State.FINISHED
    qtbot.waitUntil(lambda: isinstance(window.practice.dialog, AfterSession))
    after = window.practice.dialog
    assert isinstance(after, AfterSession) and after.isFullScreen()
    texts = [label.text() for label in after.findChildren(QLabel)]
    assert "Session complete" in texts and WORDS[2] in texts
    qtbot.keyClick(after, Qt.Key.Key_2)
    qtbot.keyClick(after, Qt.Key.Key_Escape)
    assert window.practice.dialog is None


def test_the_caution_box_follows_the_theme_at_once(qtbot: QtBot, catalogue: Catalogue) -> None:
    """It stayed cream on the dark theme, glaring in focus mode in a dark room."""
    from app.ui.appearance import dark_palette
    from app.ui.exercise_text import CAUTION_STYLE, CAUTION_STYLE_DARK

    view = SessionView(catalogue, "en")
    qtbot.addWidget(view)
    light = view.palette()
    assert CAUTION_STYLE in view.caution.styleSheet()
    view.setPalette(dark_palette())
    assert CAUTION_STYLE_DARK in view.caution.styleSheet()
    view.setPalette(light)
    assert CAUTION_STYLE in view.caution.styleSheet()
