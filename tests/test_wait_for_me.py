"""At the person's pace (issue 19) in the windows, on a fake clock: wait for me (ready by
Space, a click, a media key, MPRIS), paused shown and said from the floor, Esc asks first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.earcons import Earcon
from app.core.model import Catalogue
from app.core.requests import Request
from app.core.spoken import GuidanceMode
from app.core.timeline import Kind
from app.player import State
from app.services import options
from app.services.mpris import MediaControls
from app.ui.main_window import MainWindow
from app.ui.pacer_overlay import Hold
from app.ui.pacer_widget import PacerWidget
from app.ui.pacer_window import PacerWindow
from tests.helpers.stubs import FakeClock

TWO = ["childs-pose", "cobra"]


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> Iterator[MainWindow]:
    options.WAIT_FOR_ME.write(True)  # as in the app (the tests' default is off)
    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.player.stop()


def play_until(window: MainWindow, clock: FakeClock, state: State, limit_ms: float) -> None:
    while window.player.state is not state and limit_ms > 0:
        clock.advance(250)
        limit_ms -= 250
        window.player.poll()
    assert window.player.state is state


def waiting_at_first(window: MainWindow, clock: FakeClock) -> None:
    window.queue.replace(TWO, "")
    window.start_session()
    play_until(window, clock, State.WAITING, 120_000)
    frame = window.player.current_frame()
    assert frame is not None and frame.segment.kind is Kind.WAIT
    assert frame.segment.exercise == TWO[0]
    assert window.session_view.pacer.overlay.hold is Hold.WAITING


def test_the_option_is_on_by_default_and_only_guided_sessions_wait(
    catalogue: Catalogue, window: MainWindow
) -> None:
    assert options.WAIT_FOR_ME.default is True
    compiled = window.host.compile(TWO)
    assert not isinstance(compiled, str)
    # before each side and round: child's pose has two rounds
    assert [s.exercise for s in compiled.segments if s.kind is Kind.WAIT] == [
        TWO[0], TWO[0], TWO[1]]  # fmt: skip
    options.WAIT_FOR_ME.write(False)
    compiled = window.host.compile(TWO)
    assert not isinstance(compiled, str)
    assert not any(s.kind is Kind.WAIT for s in compiled.segments)
    pacer = Request(preset="box", breaths=2).build(catalogue)  # the standalone pacer's
    assert not any(s.kind is Kind.WAIT for s in pacer.segments)


def test_space_says_ready(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    waiting_at_first(window, clock)
    clock.advance(60_000)  # getting down onto the mat
    window.player.poll()
    assert window.player.state is State.WAITING
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is State.RUNNING
    assert window.session_view.pacer.overlay.hold is None
    # Its second round waits again, after the rest.
    play_until(window, clock, State.WAITING, 600_000)
    again = window.player.current_frame().segment  # type: ignore[union-attr]
    assert (again.exercise, again.rep) == (TWO[0], 2)


def test_a_click_on_the_pacer_or_the_page_says_ready(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    waiting_at_first(window, clock)
    pacer = window.session_view.pacer
    qtbot.mouseClick(pacer, Qt.MouseButton.LeftButton, pos=pacer.rect().center())
    assert window.player.state is State.RUNNING
    qtbot.mouseClick(pacer, Qt.MouseButton.LeftButton, pos=pacer.rect().center())
    assert window.player.state is State.RUNNING  # a click never pauses
    window.player.stop()
    waiting_at_first(window, clock)
    title = window.session_view.title  # words on the page, not a button
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.player.state is State.RUNNING
    # Paused at a wait: one click goes back to waiting (never past it), one more is ready.
    window.player.stop()
    waiting_at_first(window, clock)
    window.player.pause()
    qtbot.mouseClick(pacer, Qt.MouseButton.LeftButton, pos=pacer.rect().center())
    assert window.player.state is State.WAITING
    qtbot.mouseClick(pacer, Qt.MouseButton.LeftButton, pos=pacer.rect().center())
    assert window.player.state is State.RUNNING


@pytest.mark.parametrize("key", [Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaTogglePlayPause])
def test_the_media_play_key_says_ready(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, key: Qt.Key
) -> None:
    waiting_at_first(window, clock)
    qtbot.keyClick(window, Qt.Key.Key_MediaPause)  # the Pause key never says ready
    assert window.player.state is State.WAITING
    qtbot.keyClick(window, key)
    assert window.player.state is State.RUNNING


@pytest.mark.parametrize("method", ["Play", "PlayPause"])
def test_mpris_play_says_ready_and_waiting_shows_as_paused(
    window: MainWindow, clock: FakeClock, method: str
) -> None:
    waiting_at_first(window, clock)
    media = window.host._media
    assert isinstance(media, MediaControls)  # made with the guidance; no bus in the tests
    assert media.status == "Paused"  # so a headset's play key sends Play
    getattr(media._player, method)()  # what the bus would call
    assert window.player.state is State.RUNNING
    assert media.status == "Playing"


def test_mpris_pause_while_waiting_and_play_waits_again(
    window: MainWindow, clock: FakeClock
) -> None:
    waiting_at_first(window, clock)
    media = window.host._media
    assert media is not None
    media._player.Pause()
    assert window.player.state is State.PAUSED
    assert window.session_view.pacer.overlay.hold is Hold.PAUSED
    media._player.Play()
    assert window.player.state is State.WAITING  # not past the wait
    media._player.Play()
    assert window.player.state is State.RUNNING


def test_esc_asks_first_then_stops(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    options.WAIT_FOR_ME.write(False)
    window.queue.replace(TWO, "")
    window.start_session()
    play_until(window, clock, State.RUNNING, 60_000)
    pacer = window.session_view.pacer
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.PAUSED
    assert pacer.overlay.hold is Hold.STOP_ASKED
    assert "Esc again" in pacer.overlay.hint
    assert window.pages.currentWidget() is window.session_view
    qtbot.keyClick(window, Qt.Key.Key_Space)  # any resume clears the question
    assert window.player.playing and pacer.overlay.hold is None
    assert not window.commands.stop_asked
    qtbot.keyClick(window, Qt.Key.Key_Space)  # a plain pause: Esc still asks first
    assert pacer.overlay.hold is Hold.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.PAUSED and pacer.overlay.hold is Hold.STOP_ASKED
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.IDLE
    assert window.pages.currentIndex() == 0


def test_esc_asks_while_waiting_and_without_a_session_keeps_its_meaning(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # browsing: nothing to stop, nothing asked
    assert window.player.state is State.IDLE and not window.commands.stop_asked
    waiting_at_first(window, clock)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.player.state is State.PAUSED and window.commands.stop_asked
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is State.WAITING  # back to the wait, the question gone
    assert window.session_view.pacer.overlay.hold is Hold.WAITING
    # A session over: Esc goes back to the exercises at once, as before.
    window.player.seek(window.player.timeline.total_ms)  # type: ignore[union-attr]
    play_until(window, clock, State.FINISHED, 1_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == 0


def test_the_stop_button_still_stops_at_once(window: MainWindow, clock: FakeClock) -> None:
    waiting_at_first(window, clock)
    window.stop_action.trigger()
    assert window.player.state is State.IDLE


def test_the_pacer_window_asks_first_and_a_click_goes_on(
    qtbot: QtBot, pacer_window: PacerWindow, clock: FakeClock
) -> None:
    pacer_window.start()
    qtbot.keyClick(pacer_window.pacer, Qt.Key.Key_Escape)
    assert pacer_window.player.state is State.PAUSED
    assert pacer_window.pacer.overlay.hold is Hold.STOP_ASKED
    pacer = pacer_window.pacer
    qtbot.mouseClick(pacer, Qt.MouseButton.LeftButton, pos=pacer.rect().center())
    assert pacer_window.player.playing and pacer.overlay.hold is None
    qtbot.keyClick(pacer_window.pacer, Qt.Key.Key_Space)
    assert pacer.overlay.hold is Hold.PAUSED
    qtbot.keyClick(pacer_window.pacer, Qt.Key.Key_Escape)
    qtbot.keyClick(pacer_window.pacer, Qt.Key.Key_Escape)
    assert pacer_window.player.state is State.IDLE


# -- said and sounded ------------------------------------------------------------------------


class Heard:
    def __init__(self) -> None:
        self.sounds: list[Earcon] = []
        self.words: list[str] = []


@pytest.fixture
def heard(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Heard:
    guidance = window.guidance
    record = Heard()
    monkeypatch.setattr(guidance.sound, "play", lambda e: record.sounds.append(e) or True)
    monkeypatch.setattr(guidance.sound, "load", lambda: True)
    monkeypatch.setattr(guidance.voice, "say", lambda t: record.words.append(t) or True)
    monkeypatch.setattr(guidance.voice, "start", lambda: True)
    monkeypatch.setattr(guidance.awake, "hold", lambda why: None)
    return record


def test_the_voice_says_ready_once_then_a_soft_sound_repeats(
    window: MainWindow, clock: FakeClock, heard: Heard, catalogue: Catalogue
) -> None:
    window.guidance.settings.mode = GuidanceMode.VOICE
    waiting_at_first(window, clock)
    assert heard.words[-1] == "Ready when you are: press Space or the play key"
    heard.sounds.clear()
    for _ in range(10):  # 50 s of waiting, looked at every 5 s
        clock.advance(5_000)
        window.player.poll()
    assert heard.sounds == [Earcon.HOLD] * (50_000 // window.player.WAIT_CUE_MS)
    assert heard.words.count("Ready when you are: press Space or the play key") == 1
    window.player.ready()
    assert heard.words[-1] == catalogue.prompts.ready.en  # the wait's own words, when ready


def test_pausing_and_going_on_are_said_or_sounded(
    window: MainWindow, clock: FakeClock, heard: Heard
) -> None:
    options.WAIT_FOR_ME.write(False)
    window.guidance.settings.mode = GuidanceMode.VOICE
    window.queue.replace(TWO, "")
    window.start_session()
    play_until(window, clock, State.RUNNING, 60_000)
    window.host.toggle_pause()
    assert heard.words[-1] == "Paused"
    window.host.toggle_pause()
    assert heard.words[-1] == "Going on"
    window.guidance.settings.mode = GuidanceMode.CUES
    heard.sounds.clear()
    window.host.toggle_pause()
    window.host.toggle_pause()
    assert heard.sounds == [Earcon.EXERCISE_END, Earcon.EXERCISE_START]
    window.guidance.settings.mode = GuidanceMode.OFF
    heard.sounds.clear()
    window.host.toggle_pause()
    window.host.toggle_pause()
    assert heard.sounds == []


def test_a_resumed_bookmark_says_nothing_until_it_plays(
    window: MainWindow, clock: FakeClock, heard: Heard
) -> None:
    window.guidance.settings.mode = GuidanceMode.VOICE
    compiled = window.host.compile(TWO)
    assert not isinstance(compiled, str)
    window.host.load(compiled, start=False)
    window.host.hold_at(5_000)
    assert "Paused" not in heard.words


def test_wait_for_me_in_preferences(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_preferences()
    assert dialog.wait_for_me.isChecked()
    dialog.wait_for_me.setChecked(False)
    dialog.accept()
    assert options.WAIT_FOR_ME.read() is False
    compiled = window.host.compile(TWO)
    assert not isinstance(compiled, str)
    assert not any(s.kind is Kind.WAIT for s in compiled.segments)


# -- the overlay fits ------------------------------------------------------------------------

SIZES = [(200, 180), (320, 240), (480, 640), (700, 520), (1366, 768), (1000, 300)]


@pytest.mark.parametrize("percent", [100, 150, 200])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_held_states_fit_inside_the_pacer(qtbot: QtBot, percent: int, lang: str) -> None:
    from app.services import i18n

    i18n.install(lang)  # type: ignore[arg-type]
    try:
        pacer = PacerWidget()
        qtbot.addWidget(pacer)
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * percent / 100)
        pacer.setFont(font)
        for width, height in SIZES:
            pacer.resize(width, height)
            pacer.show()
            for hold in Hold:
                pacer.set_hold(hold)
                overlay = pacer.overlay
                inside = pacer.rect().toRectF()
                assert inside.contains(overlay.bounds()), (width, height, hold)
                assert overlay.card.contains(overlay.title_rect)
                assert overlay.card.contains(overlay.hint_rect)
                assert not overlay.title_rect.intersects(overlay.hint_rect)
                if height >= 500:  # readable from the mat where there is room
                    assert overlay.title_font.pixelSize() >= 48
            pacer.set_hold(None)
    finally:
        i18n.install("en")


def test_the_held_states_read_in_light_and_dark(qtbot: QtBot) -> None:
    pacer = PacerWidget()
    qtbot.addWidget(pacer)
    pacer.resize(700, 520)
    pacer.show()
    for window, text in ((QColor("#ffffff"), QColor("#202020")),
                         (QColor("#1e1e1e"), QColor("#f0f0f0"))):  # fmt: skip
        palette = QPalette(pacer.palette())
        palette.setColor(QPalette.ColorRole.Window, window)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        pacer.setPalette(palette)
        pacer.set_hold(Hold.PAUSED)
        image = pacer.grab().toImage()
        card = pacer.overlay.card
        inside = image.pixelColor(round(card.left()) + 6, round(card.center().y()))
        assert abs(inside.lightnessF() - window.lightnessF()) < 0.05  # the card: the ground
        inks = {
            image.pixelColor(x, y).lightness()
            for x in range(round(card.left()), round(card.right()))
            for y in range(
                round(pacer.overlay.title_rect.top()), round(pacer.overlay.title_rect.bottom()), 3
            )
        }
        # The word's ink reaches the text colour: full contrast on either ground.
        assert any(abs(v - text.lightness()) < 40 for v in inks)
        pacer.set_hold(None)


def test_next_in_the_last_exercise_goes_to_its_way_out_before_the_end(
    window: MainWindow, clock: FakeClock
) -> None:
    """One stray → in the last exercise ended the session, check-in and all: it first goes
    to how to come out of the pose, and only the next press ends it."""
    options.WAIT_FOR_ME.write(False)
    window.queue.add(["cobra"])
    window.start_session()
    window.host.next_exercise()
    frame = window.player.current_frame()
    assert frame is not None and frame.segment.kind is Kind.COME_OUT
    assert window.player.state is not State.FINISHED
    window.host.next_exercise()
    assert window.player.state is State.FINISHED
