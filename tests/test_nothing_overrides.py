"""Nothing interrupts, nothing overrides (issue 19).

- No reminder while a session plays or is paused (in the main window or the pacer).
- A reminder answered while a session is shown only brings the window forward; one
  answered while the queue holds another routine (the Phase 2 just chosen) replaces it
  only after a Yes. Before, it replaced Phase 2 with Phase 1 without a word.
- The routine's name in the queue panel names only the list it belongs to: Clear, an added
  exercise and the like take it away, Undo back to exactly that list brings it back.
- MPRIS names the exercise now playing, also after Next (it stayed on the first).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from app.player import State
from app.services.mpris import MediaControls
from app.services.reminder import ReminderSettings
from app.session_host import SessionHost
from app.ui.main_window import MainWindow
from tests.helpers.stubs import FakeClock, run_for

TWO = ["childs-pose", "cobra"]
PHASE_1, PHASE_2 = "ch3-phase-1", "ch3-phase-2"


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.reminders.stop()
    window.player.stop()
    window.practice.close()


def program(catalogue: Catalogue, program_id: str) -> list[str]:
    return [item.exercise for item in catalogue.programs[program_id].items]


def armed(window: MainWindow) -> datetime:
    """The reminder on, an hour from now (offscreen: no tray, so a box); when it is due."""
    settings = ReminderSettings()
    settings.enabled = True
    settings.at = (datetime.now() + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    settings.save()
    window.apply_reminders()
    assert window.reminders.box is None
    due = datetime.combine(datetime.now().date(), settings.at)
    return due + timedelta(days=1) if due < datetime.now() else due


# -- no reminder during a session --------------------------------------------------------


@pytest.mark.parametrize("paused", [False, True])
def test_no_reminder_while_a_session_plays_or_is_paused(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, paused: bool
) -> None:
    due = armed(window)
    assert window.play(TWO)
    run_for(window.player, clock, 2_000)
    if paused:
        window.host.toggle_pause()
        assert window.player.state is State.PAUSED
    window.reminders.check(due + timedelta(seconds=5))  # its time came during the session
    assert window.reminders.box is None
    assert not window.reminders.remind()  # however it is asked for
    assert window.reminders.box is None
    window.stop_session()
    assert window.reminders.remind()  # no session: it shows
    assert window.reminders.box is not None


def test_no_reminder_while_the_pacer_plays(qtbot: QtBot, window: MainWindow) -> None:
    pacer = window.open_pacer()
    assert pacer.start(0)
    assert not window.in_session and pacer.host.in_session
    assert not window.reminders.remind()
    pacer.stop()
    assert window.reminders.remind()
    pacer.close()


# -- a reminder answered -------------------------------------------------------------------


def test_a_reminder_answered_during_a_session_only_brings_the_window_forward(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue, clock: FakeClock
) -> None:
    window.saved.load_program(PHASE_2)
    window.start_session()
    assert window.player.playing
    timeline = window.player.timeline
    run_for(window.player, clock, 3_000)
    position = window.player.position_ms
    window.host.toggle_pause()
    window.showMinimized()
    window.start_today()  # "Start now", the tray's menu, or a click on the notification
    assert not window.isMinimized()
    assert window.saved.asking is None  # nothing asked
    assert window.queue.ids() == program(catalogue, PHASE_2)
    assert window.player.timeline is timeline and window.player.state is State.PAUSED
    assert window.player.position_ms == position


def test_a_routine_in_the_queue_is_replaced_only_after_a_yes(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    window.saved.load_program(PHASE_2)  # the person just chose Phase 2
    window.start_today()  # and then answers the reminder (today is Phase 1: no history)
    box = window.saved.asking
    assert box is not None and box.isVisible()
    assert box.text() == "Replace your session with today's programme?"
    assert "Chapter 3 · Phase 1" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert window.queue.ids() == program(catalogue, PHASE_2)  # nothing changed while asking
    window.start_today()  # answered again: the same question, not a second one
    assert window.saved.asking is box
    box.button(QMessageBox.StandardButton.No).click()
    assert window.saved.asking is None
    assert window.queue.ids() == program(catalogue, PHASE_2)
    assert window.queue_panel.name.text() == "Chapter 3 · Phase 2"
    assert window.player.state is State.IDLE

    window.start_today()
    box = window.saved.asking
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.queue.ids() == program(catalogue, PHASE_1)
    assert window.queue_panel.name.text() == "Chapter 3 · Phase 1"
    assert window.player.playing
    window.stop_session()
    window.queue.undo_stack.undo()  # as the question said: Undo brings it back
    assert window.queue.ids() == program(catalogue, PHASE_2)


def test_a_routine_built_by_hand_is_asked_about_too(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    window.queue.add(TWO)
    window.start_today()
    box = window.saved.asking
    assert box is not None
    box.reject()  # Esc or the window's close button: No
    assert window.queue.ids() == TWO and window.player.state is State.IDLE


@pytest.mark.parametrize("queued", [False, True])
def test_an_empty_queue_or_todays_programme_starts_without_a_question(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue, queued: bool
) -> None:
    if queued:
        window.queue.add(program(catalogue, PHASE_1))
    steps = window.queue.undo_stack.count()
    window.start_today()
    assert window.saved.asking is None
    assert window.queue.ids() == program(catalogue, PHASE_1)
    assert window.player.playing
    assert window.queue.undo_stack.count() == (steps if queued else steps + 1)


# -- the routine's name ----------------------------------------------------------------------


def test_the_name_goes_when_the_queue_is_no_longer_that_routine(
    qtbot: QtBot, window: MainWindow, catalogue: Catalogue
) -> None:
    name = window.queue_panel.name
    stack = window.queue.undo_stack
    window.load_program(PHASE_1)
    assert name.text() == "Chapter 3 · Phase 1" and not name.isHidden()
    window.clear_queue()
    assert name.text() == "" and name.isHidden()
    stack.undo()  # exactly the programme again: its name again
    assert name.text() == "Chapter 3 · Phase 1" and not name.isHidden()
    window.queue.add(["locust"])
    assert name.text() == ""
    stack.undo()
    assert name.text() == "Chapter 3 · Phase 1"
    window.queue.move([0], 2)
    assert name.text() == ""
    stack.undo()
    window.queue.remove([0])
    assert name.text() == ""
    stack.undo()
    assert name.text() == "Chapter 3 · Phase 1"
    window.clear_queue()
    window.queue.add(program(catalogue, PHASE_1)[:1])  # built again, one by one: no name
    assert name.text() == ""

    # A saved routine the same way; the name follows the last one loaded or saved.
    window.queue.replace(TWO, "")
    assert window.save_session_as("My mornings")
    assert name.text() == "My mornings"
    window.queue.add(["locust"])
    assert name.text() == ""
    stack.undo()
    assert name.text() == "My mornings"
    window.clear_queue()
    assert name.text() == ""
    stack.undo()
    assert window.queue.ids() == TWO and name.text() == "My mornings"


# -- MPRIS ---------------------------------------------------------------------------------


class CountingControls(MediaControls):
    """The real controls without a bus (nothing registered), counting what they are told."""

    def __init__(self) -> None:
        super().__init__(QDBusConnection("breathing-room-no-bus"))
        self.told: list[tuple[str, str]] = []

    def set_state(self, state: str, title: str = "") -> None:
        self.told.append((state, title))
        super().set_state(state, title)


def test_mpris_names_the_exercise_now_playing(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    host = SessionHost(catalogue, "en", clock)
    controls = CountingControls()
    assert not controls.register()
    host._media = controls
    timeline = host.compile(TWO)
    assert not isinstance(timeline, str)
    host.load(timeline)
    names = [catalogue.exercises[i].name.get("en") for i in TWO]
    assert controls.metadata()["xesam:title"] == names[0]
    host.next_exercise()
    assert controls.metadata()["xesam:title"] == names[1]  # it stayed on the first
    host.previous_exercise()
    assert controls.metadata()["xesam:title"] == names[0]

    # Told at a change of state or of exercise, not at every segment.
    told = len(controls.told)
    first_segments = sum(1 for s in timeline.segments if s.exercise == TWO[0])
    assert first_segments > 5
    end_of_first = max(s.end_ms for s in timeline.segments if s.exercise == TWO[0])
    run_for(host.player, clock, end_of_first - host.player.position_ms + 50, step=250)
    assert controls.metadata()["xesam:title"] == names[1]  # the session went on by itself
    assert controls.told[told:] == [("running", names[0]), ("running", names[1])]  # the
    # countdown ended (a change of state), the next exercise began (a change of exercise)
    host.player.toggle_pause()
    assert controls.status == "Paused" and controls.metadata()["xesam:title"] == names[1]
    host.stop()
    host.deleteLater()
