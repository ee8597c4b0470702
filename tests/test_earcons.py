"""The earcons: reproducible files, distinct tones, the right sound at the right moment."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import pytest

from app.core.earcons import RATE, SOUNDS, Earcon, earcon_at, pcm16, render, signature_hz
from app.core.model import Catalogue
from app.core.requests import Request
from app.core.timeline import Kind, compile_exercises

SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def goertzel(samples: list[float], hz: float, rate: int = RATE) -> float:
    """The strength of one frequency in ``samples`` (what the audio test listens with)."""
    coefficient = 2 * math.cos(2 * math.pi * hz / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coefficient * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - coefficient * s1 * s2)) / len(samples)


@pytest.mark.parametrize("earcon", list(Earcon))
def test_committed_files_are_exactly_what_the_script_makes(earcon: Earcon) -> None:
    with wave.open(str(SOUNDS_DIR / f"{earcon.value}.wav"), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        frames = wav.readframes(wav.getnframes())
    assert frames == pcm16(render(earcon))


@pytest.mark.parametrize("earcon", list(Earcon))
def test_each_earcon_begins_on_its_own_tone(earcon: Earcon) -> None:
    start = render(earcon)[int(0.01 * RATE) : int(0.05 * RATE)]  # 10-50 ms in
    own = goertzel(start, signature_hz(earcon))
    for other in Earcon:
        if other is not earcon:
            assert own > 3 * goertzel(start, signature_hz(other)), other
    assert len({signature_hz(e) for e in Earcon}) == len(Earcon)


def test_gentle_no_clipping_and_soft_edges() -> None:
    for earcon in Earcon:
        samples = render(earcon)
        assert max(abs(s) for s in samples) < 0.95
        assert abs(samples[0]) < 0.01 and abs(samples[-1]) < 0.05  # no clicks
        assert len(samples) / RATE <= max(n.at + n.seconds for n in SOUNDS[earcon]) + 0.01


def test_which_sound_when(catalogue: Catalogue) -> None:
    ids = ["childs-pose", "lying-twist-both-knees"]
    timeline = compile_exercises([catalogue.exercises[i] for i in ids], catalogue.prompts)
    sounds = [(s.kind, earcon_at(timeline, n)) for n, s in enumerate(timeline.segments)]
    assert sounds[0] == (Kind.PREPARE, None)  # the voice names the first position
    # child's pose: five instructions into the pose, each a soft tick, never a chime
    assert sounds[1:6] == [(Kind.SETUP, Earcon.HOLD)] * 5
    assert sounds[6] == (Kind.INHALE, Earcon.EXERCISE_START)  # the bell: begin now
    assert sounds[7] == (Kind.EXHALE, Earcon.EXHALE)
    assert (Kind.COME_OUT, Earcon.HOLD) in sounds
    assert Earcon.EXERCISE_END not in {sound for kind, sound in sounds if kind is Kind.SETUP}
    assert (Kind.INHALE, Earcon.INHALE) in sounds
    assert (Kind.REST, Earcon.HOLD) in sounds
    assert (Kind.PREPARE, Earcon.EXERCISE_END) in sounds  # one exercise ends, the next comes
    assert (Kind.SWITCH_SIDE, Earcon.SWITCH_SIDE) in sounds
    assert sounds[-1] == (Kind.DONE, Earcon.SESSION_END)
    box = Request(preset="box", breaths=1).build(catalogue)
    assert [earcon_at(box, n) for n in range(len(box))] == [
        None, Earcon.INHALE, Earcon.HOLD, Earcon.EXHALE, Earcon.HOLD, Earcon.SESSION_END,
    ]  # fmt: skip


def test_the_bell_comes_after_the_instructions_and_the_wait(catalogue: Catalogue) -> None:
    """The exercise's bell rings on its first breath or timed step, whatever comes before
    it: getting ready, the instructions into the pose, or a "wait for me" hold (silent:
    the player cues its waiting)."""
    ids = ["cobra", "seated-posture-ten-breath-pause"]  # 2 instructions; none (timed steps)
    exercises = [catalogue.exercises[i] for i in ids]
    for wait in (False, True):
        timeline = compile_exercises(exercises, catalogue.prompts, wait_for_me=wait)
        sounds = [(s.kind, earcon_at(timeline, n)) for n, s in enumerate(timeline.segments)]
        bells = [n for n, (_, sound) in enumerate(sounds) if sound is Earcon.EXERCISE_START]
        starts = [
            n
            for n, s in enumerate(timeline.segments)
            if s.kind not in (Kind.PREPARE, Kind.SETUP, Kind.WAIT)
            and timeline.segments[n - 1].kind in (Kind.PREPARE, Kind.SETUP, Kind.WAIT)
        ]
        assert bells == starts and len(bells) == 2, wait
        assert [timeline.segments[n].kind for n in bells] == [Kind.INHALE, Kind.STEP]
        assert all(sound is None for kind, sound in sounds if kind is Kind.WAIT)
        assert [k for k, _ in sounds].count(Kind.WAIT) == (2 if wait else 0)
