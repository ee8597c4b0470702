"""What the voice says when a segment begins: pure, so it is tested without a speech engine.

Eyes closed on a mat, a person needs to hear what to do next: the exercise and its caution
while preparing, then each instruction that gets into the pose as it comes, "switch
sides", "rest", the numbers of a countdown, how to come out at the end, and, for those who
want it, "in" and "out" with every breath. A "wait for me" hold says nothing itself: the
player's waiting cue is the player's, and its own words ("here we go") come when the
person says ready (``services/guidance.py``; ``speech_time.utterances`` counts them at
its start). How long the words take, and the room made for them, is ``speech_time``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.model import Exercise
from app.core.text import Lang
from app.core.timeline import Kind, Timeline


class GuidanceMode(StrEnum):
    """How much the app says: nothing, sounds only, or a voice with the sounds."""

    OFF = "off"
    CUES = "cues"
    VOICE = "voice"


@dataclass(frozen=True, slots=True)
class SpeechOptions:
    lang: Lang
    breaths: bool = False  # also say "breathe in" / "breathe out" on every breath


def spoken_at(
    timeline: Timeline, index: int, exercises: dict[str, Exercise], options: SpeechOptions
) -> str | None:
    """The words for the moment segment ``index`` begins, or None for silence.

    Words the fitting to a voice left out (``Segment.hushed``: they would run into the
    next words, ``speech_time.fit_speech``) are not said."""
    segment = timeline.segments[index]
    if segment.hushed:
        return None
    lang = options.lang
    kind = segment.kind
    if kind is Kind.PREPARE:
        # The instructions follow as their own segments; the caution is said once, here.
        if segment.note is None:
            return segment.text.get(lang)
        return f"{segment.text.get(lang)}. {segment.note.get(lang)}"
    if kind in (Kind.SETUP, Kind.COME_OUT, Kind.SWITCH_SIDE, Kind.REST, Kind.DONE, Kind.STEP):
        return segment.text.get(lang)
    if kind is Kind.WAIT:
        return None
    if segment.count_down and kind is Kind.INHALE and segment.breaths and segment.breath:
        return str(segment.breaths - segment.breath + 1)
    if options.breaths and kind in (Kind.INHALE, Kind.EXHALE):
        return segment.text.get(lang)
    return None
