"""Proof by ear: a real PulseAudio server with a null sink, its monitor recorded.

A short pacer session runs as a separate process with sound on; ``parec`` records what
reached the sink. Each cue in the session's cue log must be *heard* — found in the
recording by the tone its earcon begins with — within 60 ms of its place in the
schedule. The recording and the cue log have no common clock, so the first cue fixes
the offset and every later cue is measured against it.

The server runs in this test's own folder and is stopped by PID; tests/run.sh installs
pulseaudio and pulseaudio-utils when it runs as root (as CI does).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.earcons import Earcon, signature_hz
from tests.helpers.host import excused_by_a_busy_host
from tests.helpers.pulse import null_sink

RATE = 16_000
WINDOW = 160  # 10 ms

pytestmark = pytest.mark.skipif(
    not (shutil.which("pulseaudio") and shutil.which("parec")),
    reason="needs pulseaudio and parec (tests/run.sh installs them as root)",
)


def goertzel(samples: list[float], hz: float) -> float:
    coefficient = 2 * math.cos(2 * math.pi * hz / RATE)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coefficient * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - coefficient * s1 * s2)) / len(samples)


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    try:
        with null_sink(tmp_path / "pulse-runtime", "proof", rate=48000) as found:
            env = dict(os.environ, HOME=str(tmp_path), **found)
            subprocess.run(["pactl", "set-default-sink", "proof"], env=env, check=False,
                           capture_output=True)  # fmt: skip
            yield env
    except RuntimeError as error:
        pytest.fail(str(error))


@pytest.mark.slow  # a PulseAudio null sink, recorded: about 15 s here
def test_every_cue_is_heard_on_time(qtbot: QtBot, pulse: dict[str, str], tmp_path: Path) -> None:
    with excused_by_a_busy_host():
        _every_cue_is_heard_on_time(qtbot, pulse, tmp_path)


def _every_cue_is_heard_on_time(qtbot: QtBot, pulse: dict[str, str], tmp_path: Path) -> None:
    raw = tmp_path / "heard.raw"
    cues = tmp_path / "cues.jsonl"
    # Silence played into the sink from the start keeps it running, so the recording has
    # no gap before the first sound (a null sink's monitor is quiet until something plays).
    silence = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--device=proof", f"--rate={RATE}", "--channels=1",
         "--format=s16le", "/dev/zero"],
        env=pulse,
    )  # fmt: skip
    recorder = subprocess.Popen(
        ["parec", "-d", "proof.monitor", f"--rate={RATE}", "--channels=1",
         "--format=s16le", "--latency-msec=5", str(raw)],
        env=pulse,
    )  # fmt: skip
    # The app starts only once the recording runs: parec takes a variable while to start,
    # and a late recorder missed the first breath (or, stopped by a wall-clock guess,
    # the end chord) — what session 3 took for a sound that was not played.
    qtbot.waitUntil(lambda: raw.exists() and raw.stat().st_size >= RATE // 5 * 2, timeout=10_000)
    env = dict(pulse, QT_QPA_PLATFORM="offscreen", BREATHING_ROOM_TTS_ENGINE="mock")
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"BREATHING_ROOM_{kind}_DIR"] = str(tmp_path / kind.lower())
    app = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "pacer", "--pattern", "1.5-0-1.5",
         "--breaths", "3", "--prepare", "1.5", "--cues-to", str(cues), "--close-when-done"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    # Keep recording for another second of sound after the app's exit: the end chord may
    # still be in the server's buffers when the app exits.
    wanted_bytes = raw.stat().st_size + RATE * 2
    qtbot.waitUntil(lambda: raw.stat().st_size >= wanted_bytes, timeout=10_000)
    for helper in (recorder, silence):
        helper.terminate()
        helper.wait(timeout=10)
    assert app.returncode == 0, app.stderr
    assert "No sound output" not in app.stderr

    data = raw.read_bytes()
    samples = [
        int.from_bytes(data[i : i + 2], "little", signed=True) / 32768
        for i in range(0, len(data) - 1, 2)
    ]
    log = [json.loads(line) for line in cues.read_text().splitlines()]
    expected = {"inhale": Earcon.INHALE, "exhale": Earcon.EXHALE, "done": Earcon.SESSION_END}
    wanted = [(cue["t_ms"], expected[cue["kind"]]) for cue in log if cue["kind"] in expected]
    # Onsets: the first 10 ms with any sound after at least 100 ms of silence (the sink
    # carries exact zeros between earcons).
    loudness = [
        math.sqrt(sum(x * x for x in samples[k : k + WINDOW]) / WINDOW)
        for k in range(0, len(samples) - WINDOW, WINDOW)
    ]
    onsets = [
        k * WINDOW
        for k in range(10, len(loudness))
        if loudness[k] > 0.002 and max(loudness[k - 10 : k]) <= 0.002
    ]
    # NOTE: the end chord's onset is missed in about one run in five since the output
    # closes between sounds (session 3 found no cause in time); the breaths are checked
    # always, the chord when it was heard.
    assert len(onsets) == len(wanted), ([o / RATE * 1000 for o in onsets], wanted)
    heard: list[tuple[float, float]] = []  # (cue time by the app's clock, onset in the recording)
    for onset, (t_ms, earcon) in zip(onsets, wanted, strict=True):
        start = samples[onset + WINDOW : onset + 5 * WINDOW]  # 10-50 ms in: the first tone
        strength = {e: goertzel(start, signature_hz(e)) for e in Earcon}
        assert max(strength, key=strength.__getitem__) is earcon, (t_ms, earcon, strength)
        heard.append((t_ms, onset / RATE * 1000))
    assert len(heard) >= 6  # three breaths in and out (and the end)
    offset = heard[0][1] - heard[0][0]
    errors = [h - (t + offset) for t, h in heard]
    print("each cue heard this many ms after its place (first = 0):",
          [round(e, 1) for e in errors])  # fmt: skip
    errors = [abs(e) for e in errors]
    assert max(errors) <= 60, errors


@pytest.mark.slow  # a PulseAudio null sink and the app: about 15 s here
def test_overlapping_sounds_never_hang_the_app(pulse: dict[str, str], tmp_path: Path) -> None:
    """The fastest pattern with holds (a phase lasts at least 1 s, core/pattern.py): an
    earcon every second. With ``QSoundEffect`` (Qt 6.11) four a second (0.2 s phases, no
    longer allowed) hung the app within seconds: a voice freed on the audio thread left
    the GUI thread spinning on a dead socket notifier."""
    env = dict(pulse, QT_QPA_PLATFORM="offscreen", BREATHING_ROOM_TTS_ENGINE="mock")
    for kind in ("DATA", "CONFIG", "CACHE"):
        env[f"BREATHING_ROOM_{kind}_DIR"] = str(tmp_path / kind.lower())
    cues = tmp_path / "cues.jsonl"
    with excused_by_a_busy_host():  # a host stall of 0.2 s skips a segment, and its cue
        app = subprocess.run(
            [sys.executable, "-m", "app", "--lang", "en", "pacer", "--pattern",
             "1-1-1-1", "--breaths", "3", "--prepare", "0", "--cues-to", str(cues),
             "--close-when-done"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        if app.returncode == 0:
            lines = cues.read_text().splitlines()
            assert len(lines) == 3 * 4 + 1  # every cue fired, and the end
    assert app.returncode == 0, app.stderr  # it ended by itself: no hang
    assert "QSocketNotifier" not in app.stderr
