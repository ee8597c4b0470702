"""Eyes-closed guidance: sounds announced early for latency, words said on time, and
every missing piece (device, engine, bus) a notice instead of a stall."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.earcons import Earcon
from app.core.model import Catalogue
from app.core.requests import Request
from app.core.spoken import GuidanceMode
from app.core.timeline import Timeline
from app.player import Player, State
from app.services import paths
from app.services.guidance import GuidanceSettings, SessionGuidance
from app.services.sound import EarconPlayer
from app.services.speech import Voice
from tests.helpers import stubs
from tests.helpers.stubs import FakeClock


@pytest.fixture
def box(catalogue: Catalogue) -> Timeline:
    return Request(preset="box", breaths=1, prepare_s=1).build(catalogue)


def run_for(player: Player, clock: FakeClock, ms: float, step: float = 10) -> None:
    """Finer steps than the shared helper: announce moments are 10 ms apart here."""
    stubs.run_for(player, clock, ms, step)


def test_announce_comes_lead_ms_before_each_boundary(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    announced: list[tuple[int, float]] = []
    player.announce.connect(lambda i: announced.append((i, player.position_ms)))
    player.set_lead(200)
    player.load(box)
    player.start()
    assert announced == [(0, 0.0)]
    run_for(player, clock, 1_000 - 200 - 10)  # just before the lead point of segment 1
    assert len(announced) == 1
    assert player._timer.interval() <= 10 + Player.PRE_WAKE_MS  # it wakes for the lead
    run_for(player, clock, 10)
    assert announced[1] == (1, 800.0)
    run_for(player, clock, box.total_ms)
    starts = [s.start_ms for s in box.segments]
    assert [i for i, _ in announced] == list(range(len(box)))
    assert all(abs(at - max(0, starts[i] - 200)) <= 10 for i, at in announced)


def test_lead_is_clamped_and_resume_does_not_sound_again(
    player: Player, clock: FakeClock, box: Timeline
) -> None:
    player.set_lead(5_000)
    assert player.lead_ms == Player.MAX_LEAD_MS
    player.set_lead(0)
    announced: list[int] = []
    player.announce.connect(announced.append)
    player.load(box)
    player.start()
    run_for(player, clock, 1_500)
    player.pause()
    player.resume()
    assert announced == [0, 1]


def test_no_sound_device_is_a_notice_not_a_failure(qtbot: QtBot) -> None:
    sound = EarconPlayer()
    with qtbot.waitSignal(sound.problem) as blocker:
        assert not sound.load()
    # With libpulse: no server answers; without it: QtMultimedia cannot load. Either way
    # one plain sentence, and nothing raised.
    assert "No sound output" in blocker.args[0] or "Sound is not available" in blocker.args[0]
    assert not sound.play(Earcon.INHALE)  # and again: no second notice, no exception
    assert sound.reason == blocker.args[0]


def test_the_mock_voice_speaks(qtbot: QtBot) -> None:
    voice = Voice("nl")
    assert voice.start(), voice.reason
    assert voice.engine_name == "mock"
    with qtbot.waitSignal(voice.spoken) as blocker:
        assert voice.say("Wissel van kant")
    assert blocker.args == ["Wissel van kant"]
    voice.stop()


def test_no_speech_engine_is_a_notice(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BREATHING_ROOM_TTS_ENGINE", "no-such-engine")
    voice = Voice("en")
    with qtbot.waitSignal(voice.problem) as blocker:
        assert not voice.start()
    assert "No speech engine" in blocker.args[0]
    assert not voice.say("hello")


class Recorder:
    def __init__(self) -> None:
        self.sounds: list[Earcon] = []
        self.words: list[str] = []


@pytest.fixture
def guided(
    player: Player, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> tuple[SessionGuidance, Recorder]:
    guidance = SessionGuidance(player, catalogue.exercises, "en")
    record = Recorder()
    monkeypatch.setattr(guidance.sound, "play", lambda e: record.sounds.append(e) or True)
    monkeypatch.setattr(guidance.sound, "load", lambda: True)
    monkeypatch.setattr(guidance.voice, "say", lambda t: record.words.append(t) or True)
    monkeypatch.setattr(guidance.awake, "hold", lambda why: None)
    return guidance, record


def test_modes_route_sounds_and_words(
    guided: tuple[SessionGuidance, Recorder], player: Player, clock: FakeClock, box: Timeline
) -> None:
    guidance, record = guided
    guidance.settings.mode = GuidanceMode.VOICE
    player.load(box)
    player.start()
    run_for(player, clock, box.total_ms + 10)
    assert record.sounds == [Earcon.INHALE, Earcon.HOLD, Earcon.EXHALE, Earcon.HOLD,
                             Earcon.SESSION_END]  # fmt: skip
    assert record.words == ["Get ready", "Done, well done"]
    record.sounds.clear()
    record.words.clear()
    guidance.settings.mode = GuidanceMode.OFF
    player.start()
    run_for(player, clock, box.total_ms + 10)
    assert record.sounds == record.words == []
    assert player.state is State.FINISHED


def test_settings_are_remembered_and_a_damaged_value_falls_back() -> None:
    settings = GuidanceSettings()
    assert (settings.mode, settings.volume, settings.lead_ms) == (GuidanceMode.CUES, 80, 0)
    settings.mode, settings.volume, settings.lead_ms = GuidanceMode.VOICE, 35, 120
    settings.save()
    again = GuidanceSettings()
    assert (again.mode, again.volume, again.lead_ms) == (GuidanceMode.VOICE, 35, 120)
    paths.settings().setValue("sound/lead_ms", "lots")
    paths.settings().setValue("guidance/mode", "shout")
    damaged = GuidanceSettings()
    assert (damaged.mode, damaged.lead_ms) == (GuidanceMode.CUES, 0)


def test_chapter_3_phase_1_with_the_eyes_closed(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the first prepare to the session-end chord, everything can be heard."""
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "nl", clock=clock)
    qtbot.addWidget(window)
    guidance = window.guidance
    guidance.settings.mode = GuidanceMode.VOICE
    record = Recorder()
    monkeypatch.setattr(guidance.sound, "play", lambda e: record.sounds.append(e) or True)
    monkeypatch.setattr(guidance.sound, "load", lambda: True)
    monkeypatch.setattr(guidance.voice, "say", lambda t: record.words.append(t) or True)
    monkeypatch.setattr(guidance.voice, "start", lambda: True)
    window.load_program("ch3-phase-1")
    window.start_session()
    while window.player.state is not State.FINISHED:
        clock.advance(250)
        window.player.poll()
    program = catalogue.programs["ch3-phase-1"]
    names = [catalogue.exercises[item.exercise].name.nl for item in program.items]
    prepares = [w for w in record.words if w.startswith("Neem de houding aan")]
    assert [p.split(": ", 1)[1].split(". ")[0] for p in prepares] == names
    assert record.sounds.count(Earcon.EXERCISE_START) == len(names)
    assert record.sounds.count(Earcon.EXERCISE_END) == len(names) - 1
    assert record.sounds[-1] is Earcon.SESSION_END and record.words[-1] == "Klaar, goed gedaan"
    assert "Wissel van kant" in record.words  # the hip-flexor stretch has two sides
    window.player.stop()


def test_media_keys_pause_and_skip(qtbot: QtBot, catalogue: Catalogue, clock: FakeClock) -> None:
    from PySide6.QtCore import Qt

    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "en", clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.queue.add(["childs-pose", "cobra"])
    window.start_session()
    qtbot.keyClick(window, Qt.Key.Key_MediaTogglePlayPause)
    assert window.player.state is State.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_MediaPlay)
    assert window.player.playing
    qtbot.keyClick(window, Qt.Key.Key_MediaPlay)  # Play is not a toggle: still playing
    assert window.player.playing
    qtbot.keyClick(window, Qt.Key.Key_MediaPause)
    assert window.player.state is State.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_MediaPause)  # nor is Pause
    assert window.player.state is State.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_MediaPlay)
    qtbot.keyClick(window, Qt.Key.Key_MediaNext)
    assert window.player.current_frame().segment.exercise == "cobra"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_MediaStop)
    assert window.player.state is State.IDLE


def test_preferences_save_and_show_what_is_missing(
    qtbot: QtBot, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    dialog = window.show_preferences()
    checked: list[bool] = []
    monkeypatch.setattr(window.guidance, "sound_check", lambda: checked.append(True) or True)
    dialog.check.click()
    assert checked == [True]
    dialog.mode.setCurrentIndex(dialog.mode.findData(GuidanceMode.VOICE.value))
    dialog.lead.setValue(150)
    dialog.volume.setValue(40)
    window.guidance.sound.load()  # no sound server in the tests: the reason is shown
    dialog.refresh_status()
    assert "⚠" in dialog.status.text()
    dialog.accept()
    assert GuidanceSettings().mode is GuidanceMode.VOICE
    assert window.player.lead_ms == 150
    assert window.guidance.sound.volume == pytest.approx(0.4)
