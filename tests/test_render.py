"""Take a session along: the rendered file, checked from the audio alone.

Each cue's onset is found in the file by its own tone (a Hann-windowed Goertzel filter at
the earcon's signature frequency, or the synthetic utterance's tone), the detector's delay
measured on the same sound alone, in silence, and taken off; every earcon and every
utterance must then start within 20 ms of its segment's start in the timeline.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import threading
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.earcons import Earcon, signature_hz
from app.core.model import Catalogue
from app.core.render import Cue, Lane, Mix, Sounds, frame_at, resample, schedule, texts
from app.core.spoken import GuidanceMode, SpeechOptions
from app.core.timeline import Timeline, compile_exercises
from app.services import export_audio
from app.services.export_audio import ExportCancelledError, ExportError, ExportRequest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

REPO = Path(__file__).resolve().parent.parent
TOLERANCE_MS = 20
WINDOW_MS = 20  # the Goertzel window: ~100 Hz wide with Hann, enough to part the tones
VOICE_TONES = (2_600.0, 3_000.0, 3_400.0, 3_800.0)  # above every earcon and its octave
UTTERANCE_MS = 300


def tone(hz: float, ms: int, rate: int, level: float = 0.3) -> array[int]:
    """A synthetic utterance: a tone with 5 ms ramps (no click)."""
    count = ms * rate // 1000
    ramp = 5 * rate // 1000
    return array(
        "h",
        (
            round(level * 32_000 * min(1.0, k / ramp, (count - k) / ramp)
                  * math.sin(2 * math.pi * hz * k / rate))
            for k in range(count)
        ),
    )  # fmt: skip


def short_programme(catalogue: Catalogue) -> Timeline:
    """Two of the shortest exercises, as the session host compiles a queue."""
    exercises = [catalogue.exercises["rolling-into-a-ball"], catalogue.exercises["cobra"]]
    return compile_exercises(exercises, catalogue.prompts)


class Voice:
    """Distinct tones for the texts, cycled so that no two in a row share one."""

    def __init__(self, words: list[str]) -> None:
        self.hz = {text: VOICE_TONES[i % len(VOICE_TONES)] for i, text in enumerate(words)}
        self.threads: set[int] = set()

    def __call__(self, text: str, lang: str) -> tuple[array[int], int]:
        self.threads.add(threading.get_ident())
        return tone(self.hz[text], UTTERANCE_MS, 22_050), 22_050


def amplitude(samples: array[int], end: int, n: int, hz: float, rate: int) -> float:
    """The tone ``hz``'s amplitude in the ``n`` samples before ``end`` (Hann, Goertzel)."""
    start = max(0, end - n)
    coeff = 2 * math.cos(2 * math.pi * hz / rate)
    s1 = s2 = 0.0
    for k in range(start, end):
        w = 0.5 - 0.5 * math.cos(2 * math.pi * (k - start) / n)
        s0 = samples[k] * w + coeff * s1 - s2
        s2, s1 = s1, s0
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    return 4 * math.sqrt(max(0.0, power)) / n


def first_rise(
    samples: array[int], around: int, hz: float, rate: int, threshold: float, reach_ms: int = 80
) -> int | None:
    """The first window end, from ``around - reach`` on, where tone ``hz`` passes
    ``threshold``; None when it is there already at the start (not a rise) or never."""
    n = WINDOW_MS * rate // 1000
    hop = max(1, rate // 2_000)  # 0.5 ms
    first = max(n, around - reach_ms * rate // 1000)
    if amplitude(samples, first, n, hz, rate) > threshold:
        return None
    for end in range(first, min(len(samples), around + reach_ms * rate // 1000), hop):
        if amplitude(samples, end, n, hz, rate) > threshold:
            return end
    return None


def onsets_ok(
    path: Path, cues: tuple[Cue, ...], sounds: Sounds, voice_hz: dict[str, float]
) -> None:
    with wave.open(str(path), "rb") as file:
        rate = file.getframerate()
        audio = array("h", file.readframes(file.getnframes()))
    pad = rate // 5  # silence before the file, so that a sound at 0 ms still rises
    audio = array("h", bytes(2 * pad)) + audio
    misses = []
    worst: list[float] = []
    for cue in cues:
        own = sounds.of(cue)
        hz = signature_hz(Earcon(cue.name)) if cue.lane is Lane.EARCON else voice_hz[cue.name]
        # The detector on the sound alone: its delay and a threshold a tenth of its level.
        lead = rate // 2
        alone = array("h", bytes(2 * lead)) + own[: rate // 2] + array("h", bytes(2 * lead))
        n = WINDOW_MS * rate // 1000
        peak = max(amplitude(alone, end, n, hz, rate) for end in range(lead, lead + rate // 5, 11))
        threshold = peak / 10
        rise = first_rise(alone, lead, hz, rate, threshold)
        assert rise is not None
        delay = rise - lead
        expected = pad + frame_at(cue.at_ms, rate)
        found = first_rise(audio, expected, hz, rate, threshold)
        if found is None:
            misses.append(f"{cue}: no onset of {hz} Hz near {cue.at_ms} ms")
            continue
        onset_ms = (found - pad - delay) * 1000 / rate
        worst.append(abs(onset_ms - cue.at_ms))
        if abs(onset_ms - cue.at_ms) > TOLERANCE_MS:
            misses.append(f"{cue}: heard at {onset_ms:.1f} ms")
    assert not misses, "\n".join(misses)
    print(f"{len(worst)} onsets, worst {max(worst):.2f} ms off")


@pytest.mark.slow
@pytest.mark.parametrize("rate", [22_050, 44_100])  # 44.1 kHz reads the committed files
def test_every_cue_and_utterance_starts_where_the_timeline_says(
    catalogue: Catalogue, tmp_path: Path, rate: int
) -> None:
    timeline = short_programme(catalogue)
    speech = SpeechOptions("en")
    cues = schedule(timeline, catalogue.exercises, GuidanceMode.VOICE, speech)
    voice = Voice(texts(cues))
    target = tmp_path / "session.wav"
    request = ExportRequest(timeline, catalogue.exercises, "en", target, rate=rate)
    written = export_audio.write(request, lambda *_: None, lambda: False, voice)

    earcons = export_audio.earcon_samples(rate)
    utterances = {t: resample(*voice(t, "en"), rate) for t in texts(cues)}
    sounds = Sounds(earcons, utterances)
    assert {c.lane for c in cues} == {Lane.EARCON, Lane.VOICE}
    assert len(cues) > 20
    onsets_ok(target, cues, sounds, voice.hz)

    # The file is the timeline's length, then the last chord and closing words ring out.
    with wave.open(str(target), "rb") as file:
        assert (file.getframerate(), file.getnchannels(), file.getsampwidth()) == (rate, 1, 2)
        frames = file.getnframes()
    last = [sounds.of(c) for c in cues if c.at_ms == timeline.total_ms]
    assert last, "the session-end chord starts at the timeline's end"
    assert frames == frame_at(timeline.total_ms, rate) + max(len(s) for s in last)
    assert written.duration_ms == math.ceil(frames * 1000 / rate)
    assert written.size == target.stat().st_size == 44 + 2 * frames


def test_sounds_only_has_no_words(catalogue: Catalogue) -> None:
    timeline = short_programme(catalogue)
    cues = schedule(timeline, catalogue.exercises, GuidanceMode.CUES, SpeechOptions("nl"))
    assert cues and all(c.lane is Lane.EARCON for c in cues)
    assert schedule(timeline, catalogue.exercises, GuidanceMode.OFF, SpeechOptions("nl")) == ()


# -- the mix: chunks make exactly the file, whatever their size -------------------------

_cue = st.builds(
    Cue,
    at_ms=st.integers(0, 400),
    lane=st.sampled_from(list(Lane)),
    name=st.sampled_from(["a", "b", "c"]),
    index=st.just(0),
)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(
    cues=st.lists(_cue, max_size=8),
    lengths=st.lists(st.integers(0, 300), min_size=3, max_size=3),
    total_ms=st.integers(0, 500),
    chunk=st.integers(1, 300),
)
def test_chunks_are_the_whole_mix(
    cues: list[Cue], lengths: list[int], total_ms: int, chunk: int
) -> None:
    """The file's length (the timeline's, plus what still rings, by the mixers' rules of
    cutting) is what the chunks add up to, and the samples do not depend on the chunking."""
    rate = 1_000  # one sample a millisecond
    names = ["a", "b", "c"]
    sound = {
        n: array("h", [i + 1] * length)
        for i, (n, length) in enumerate(zip(names, lengths, strict=True))
    }
    earcons = {e: sound[n] for e, n in zip(list(Earcon)[:3], names, strict=True)}
    cues = [
        Cue(c.at_ms, c.lane, list(Earcon)[names.index(c.name)].value, 0)
        if c.lane is Lane.EARCON
        else c
        for c in cues
    ]
    mix = Mix(_FakeTimeline(total_ms), cues, Sounds(earcons, sound), rate)  # type: ignore[arg-type]
    pieces = list(mix.chunks(chunk))
    assert all(len(p) <= chunk for p in pieces)
    whole = _join(pieces)
    assert len(whole) == mix.frames >= total_ms
    assert whole == _join(list(mix.chunks(997)))
    if mix.frames > total_ms:
        assert whole[-1] != 0  # the tail is a sound ringing out, not padding


class _FakeTimeline:
    def __init__(self, total_ms: int) -> None:
        self.total_ms = total_ms


def _join(pieces: list[array[int]]) -> array[int]:
    out = array("h")
    for piece in pieces:
        out.extend(piece)
    return out


def test_resample_keeps_the_length_in_time() -> None:
    samples = array("h", range(-22_050, 22_050, 2))
    up = resample(samples, 22_050, 44_100)
    assert len(up) == 44_100
    assert up[0] == samples[0] and up[2] == samples[1] and up[1] == samples[0] + 1
    assert resample(samples, 22_050, 22_050) == samples


# -- the file: cancelled or failed leaves nothing ---------------------------------------


def test_cancel_leaves_no_file_and_keeps_the_old_one(catalogue: Catalogue, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "session.wav"
    target.write_bytes(b"the file that was there")
    looks = iter(range(1_000_000))
    request = ExportRequest(
        short_programme(catalogue), catalogue.exercises, "en", target, GuidanceMode.CUES
    )
    with pytest.raises(ExportCancelledError):
        export_audio.write(request, lambda *_: None, lambda: next(looks) > 5)
    assert target.read_bytes() == b"the file that was there"
    assert sorted(p.name for p in folder.iterdir()) == ["session.wav"]


def test_unwritable_folder_is_one_clear_reason(catalogue: Catalogue, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    target = tmp_path / "file" / "session.wav"
    request = ExportRequest(
        short_programme(catalogue), catalogue.exercises, "en", target, GuidanceMode.CUES
    )
    with pytest.raises(ExportError) as caught:
        export_audio.write(request, lambda *_: None, lambda: False)
    assert str(tmp_path / "file") in caught.value.reason


# -- the command line --------------------------------------------------------------------


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ.pop("QT_QPA_PLATFORM", None)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, env=environ, cwd=REPO, timeout=120, check=False,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("breathing-room")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_cli_bad_id_exits_2_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "a.wav"
    line = one_line(run("render", "--program", "ch9-nothing", "--lang", "en", "-o", str(out)))
    assert "ch9-nothing" in line
    assert not out.exists()


def test_cli_unwritable_path_exits_2_with_one_line(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "a.wav"
    args = ("render", "--pattern", "4-0-4", "--breaths", "2", "--guidance", "sounds")
    line = one_line(run(*args, "--lang", "en", "-o", str(out)))
    assert str(tmp_path / "file") in line
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_cli_missing_voice_exits_2_with_one_line(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "a.wav"
    missing = {
        "BREATHING_ROOM_ESPEAK_LIBRARY": str(tmp_path / "libespeak-ng.so"),
        "BREATHING_ROOM_ESPEAK_DATA": str(tmp_path / "data"),
    }
    args = ("render", "--exercise", "cobra", "--lang", "nl", "-o", str(out))
    line = one_line(run(*args, env=missing))
    assert "libespeak-ng.so" in line
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_a_wav(tmp_path: Path) -> None:
    out = tmp_path / "breaths.wav"
    result = run("render", "--pattern", "4-0-4", "--breaths", "3", "--guidance", "sounds",
                 "--lang", "en", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    with wave.open(str(out), "rb") as file:
        assert file.getnframes() > 3 * 8 * file.getframerate()
    assert "Wrote" in result.stderr


# -- the window: Session → Export audio… -------------------------------------------------


def test_export_audio_action_writes_off_the_gui_thread(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    from app.services import options
    from app.ui.main_window import MainWindow

    options.GUIDANCE_MODE.write(GuidanceMode.VOICE.value)
    window = MainWindow(catalogue, "en")
    qtbot.addWidget(window)
    action = window.commands.export_audio
    session_menu = next(m for m in window.menuBar().findChildren(QMenu) if action in m.actions())
    assert session_menu.title() == "&Session"
    assert not action.isEnabled()  # nothing in the queue yet
    window.queue.add(["cobra"])
    assert action.isEnabled()

    target = tmp_path / "cobra.wav"
    cues = schedule(
        compile_exercises([catalogue.exercises["cobra"]], catalogue.prompts),
        catalogue.exercises, GuidanceMode.VOICE, SpeechOptions("en"),
    )  # fmt: skip
    voice = Voice(texts(cues))
    monkeypatch.setattr(export_audio, "builtin_voice", voice)
    monkeypatch.setattr("app.ui.export_dialog.AudioExport.ask_path", lambda _self: target)
    exporter = window.commands.exporter
    with qtbot.waitSignal(exporter.ended, timeout=60_000) as ended:
        action.trigger()
        assert exporter.busy
    written = ended.args[0]
    assert written is not None and written.path == target and target.exists()
    assert voice.threads and threading.get_ident() not in voice.threads
    assert exporter.message is not None and "cobra.wav" in exporter.message.text()
    exporter.message.close()
