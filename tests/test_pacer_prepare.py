"""The count-in the person chose (``breathing-room pacer --prepare 1``) holds for the whole
run of the pacer window: a start again with Space, the Start button or Enter counts in the
same, not the default 3 s (issue 19)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.requests import Request
from app.player import State
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock


def prepare_ms(window: PacerWindow) -> int:
    """The count-in of what the window plays (0: none, the first breath at once)."""
    timeline = window.player.timeline
    assert timeline is not None
    first = timeline.segments[0]
    return first.duration_ms if first.kind.value == "prepare" else 0


def play_to_the_end(qtbot: QtBot, window: PacerWindow, clock: FakeClock) -> None:
    with qtbot.waitSignal(window.finished):
        while window.player.state is not State.FINISHED:
            clock.advance(100)
            window.player.poll()


def test_the_chosen_count_in_holds_for_every_start(
    qtbot: QtBot, pacer_window: PacerWindow, clock: FakeClock
) -> None:
    window = pacer_window
    window.choose(Request(pattern="2-0-2", breaths=1))
    assert window.start(prepare_s=1)  # as the command line starts it: --prepare 1
    assert prepare_ms(window) == 1_000
    play_to_the_end(qtbot, window, clock)

    window.pacer.setFocus()
    qtbot.keyClick(window.pacer, " ")  # Space: again
    assert window.player.state is State.PREPARING
    assert prepare_ms(window) == 1_000
    window.stop()

    window.start_button.click()
    assert prepare_ms(window) == 1_000
    window.stop()

    window.controls.enter_pressed.emit()  # Enter in a field
    assert prepare_ms(window) == 1_000


def test_without_a_choice_the_count_in_is_three_seconds(pacer_window: PacerWindow) -> None:
    window = pacer_window
    window.choose(Request(pattern="2-0-2", breaths=1))
    assert window.start()
    assert prepare_ms(window) == 3_000
    window.stop()
    assert window.start(prepare_s=0)  # a second start's request asks for another
    assert prepare_ms(window) == 0
    window.stop()
    assert window.start()
    assert prepare_ms(window) == 0  # and it holds too
