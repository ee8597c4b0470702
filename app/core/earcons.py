"""The app's sounds, made from numbers: gentle earcons, one per kind of moment.

Synthesised here with ``math`` alone (and written by ``packaging/make_sounds.py`` with the
standard library's ``wave``), so the sounds are ours, reproducible byte for byte, and
their frequencies are known: the audio test recognises each cue by the tone it begins
with. Which earcon a segment gets is :func:`earcon_at`, also pure.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from enum import StrEnum

from app.core.timeline import Kind, Timeline

RATE = 44_100


class Earcon(StrEnum):
    INHALE = "inhale"
    EXHALE = "exhale"
    HOLD = "hold"
    SWITCH_SIDE = "switch-side"
    EXERCISE_START = "exercise-start"
    EXERCISE_END = "exercise-end"
    SESSION_END = "session-end"


@dataclass(frozen=True, slots=True)
class Note:
    """A soft tone: ``start_hz`` gliding to ``end_hz`` over ``seconds``, at ``at`` s."""

    at: float
    seconds: float
    start_hz: float
    end_hz: float | None = None
    level: float = 0.5
    bell: bool = False  # a struck decay instead of a breath-like swell


# The first tone of each earcon is its signature (what the audio test listens for); no
# two earcons start on the same tone.
SOUNDS: dict[Earcon, tuple[Note, ...]] = {
    Earcon.INHALE: (Note(0.0, 0.45, 392.0, 587.3),),  # G4 rising to D5
    Earcon.EXHALE: (Note(0.0, 0.55, 587.3, 392.0),),  # D5 falling to G4
    Earcon.HOLD: (Note(0.0, 0.09, 1174.7, level=0.3, bell=True),),  # a soft D6 tick
    Earcon.SWITCH_SIDE: (
        Note(0.0, 0.22, 659.3, level=0.45, bell=True),  # E5, A5
        Note(0.2, 0.35, 880.0, level=0.45, bell=True),
    ),
    Earcon.EXERCISE_START: (Note(0.0, 1.0, 523.3, level=0.5, bell=True),),  # C5 bell
    Earcon.EXERCISE_END: (
        Note(0.0, 0.3, 784.0, level=0.45, bell=True),  # G5, then C5
        Note(0.25, 0.6, 523.3, level=0.45, bell=True),
    ),
    Earcon.SESSION_END: (
        Note(0.0, 0.35, 440.0, level=0.45, bell=True),  # A major, slowly up
        Note(0.3, 0.35, 554.4, level=0.45, bell=True),
        Note(0.6, 1.4, 659.3, level=0.45, bell=True),
    ),
}


def signature_hz(earcon: Earcon) -> float:
    return SOUNDS[earcon][0].start_hz


def _envelope(t: float, length: float, bell: bool) -> float:
    attack = 0.008 if bell else min(0.12, length / 3)
    if t < attack:
        return math.sin(math.pi / 2 * t / attack)  # a soft start: no click
    if bell:
        return math.exp(-5.0 * (t - attack) / length) * min(1.0, (length - t) / 0.02)
    release = min(0.15, length / 3)
    return min(1.0, max(0.0, (length - t) / release))


def render(earcon: Earcon, rate: int = RATE) -> list[float]:
    """Samples from -1 to 1: each note a sine with a quiet octave for warmth."""
    notes = SOUNDS[earcon]
    length = max(n.at + n.seconds for n in notes)
    out = [0.0] * (int(length * rate) + 1)
    for note in notes:
        first = int(note.at * rate)
        count = int(note.seconds * rate)
        end_hz = note.end_hz if note.end_hz is not None else note.start_hz
        phase = 0.0
        for k in range(count):
            t = k / rate
            # A glide in pitch, smooth at both ends (the same sine ease as the pacer).
            ease = (1 - math.cos(math.pi * t / note.seconds)) / 2
            hz = note.start_hz + (end_hz - note.start_hz) * ease
            phase += 2 * math.pi * hz / rate
            tone = math.sin(phase) + 0.18 * math.sin(2 * phase)
            out[first + k] += note.level * _envelope(t, note.seconds, note.bell) * tone / 1.18
    return out


def pcm16(samples: list[float]) -> bytes:
    """Little-endian signed 16-bit mono, as a WAV file's data chunk holds it."""
    clipped = (max(-1.0, min(1.0, s)) for s in samples)
    return b"".join(struct.pack("<h", round(s * 32_000)) for s in clipped)


def earcon_at(timeline: Timeline, index: int) -> Earcon | None:
    """The sound for the moment segment ``index`` begins (None: stay quiet).

    A new exercise's ``prepare`` ends the one before (a falling chime) and is otherwise
    silent, so the voice can name the next position; each instruction of getting into
    the pose, and coming out, gets a soft tick; a "wait for me" hold is silent (the
    player cues its waiting); the exercise proper begins with a bell in place of its
    first cue, after getting ready, its instructions or the wait; the end of the session
    has its own chord.
    """
    segments = timeline.segments
    segment = segments[index]
    before = segments[index - 1] if index > 0 else None
    if segment.kind is Kind.DONE:
        return Earcon.SESSION_END
    if segment.kind is Kind.PREPARE:
        return Earcon.EXERCISE_END if before is not None else None
    if segment.kind is Kind.WAIT:
        return None
    if (
        segment.kind is not Kind.SETUP
        and before is not None
        and before.kind in _GETTING_READY
        and segment.exercise is not None
    ):
        return Earcon.EXERCISE_START
    return {
        Kind.INHALE: Earcon.INHALE,
        Kind.EXHALE: Earcon.EXHALE,
        Kind.HOLD_IN: Earcon.HOLD,
        Kind.HOLD_OUT: Earcon.HOLD,
        Kind.SWITCH_SIDE: Earcon.SWITCH_SIDE,
        Kind.REST: Earcon.HOLD,
        Kind.STEP: Earcon.HOLD,
        Kind.SETUP: Earcon.HOLD,
        Kind.COME_OUT: Earcon.HOLD,
    }.get(segment.kind)


# What comes before an exercise's first breath or timed step.
_GETTING_READY = frozenset({Kind.PREPARE, Kind.SETUP, Kind.WAIT})
