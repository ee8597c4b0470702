"""A whole session as one stream of samples: the offline mix behind ``render`` and
Session → Export audio….

Why here, free of Qt: the file must be exactly what the live session plays, so the rules
that decide it are the live ones, called the same way. What sounds when is
:func:`~app.core.earcons.earcon_at` and :func:`~app.core.spoken.spoken_at` at each
segment's start (what ``services/guidance.py`` does on the player's ``announce`` and
``cue``); how sounds add up is :class:`~app.core.mixer.Mixer` (what ``services/sound.py``
feeds its sink from). Reading files and synthesising speech are the services' work: the
samples come in as arguments.

Where the file and a live session must differ, and why:

- **No latency lead.** Live, an earcon starts ``lead_ms`` early (Preferences) so that it is
  *heard* on the boundary through a laggy output; in a file there is no output latency, so
  every sound starts on its segment's first sample.
- **No waiting.** A "wait for me" segment cannot hold a file: it plays as if the person
  said "ready" at once (its words at its start, as the live cue does when ready is
  pressed); "Ready when you are" and the soft tick every 12 s while held are not in it.
- **The last sounds ring out.** The timeline ends on a zero-length ``done`` whose chord
  (and closing words) play after the clock has stopped; live they play out too, so the
  file is the timeline's length plus that tail (:attr:`Mix.frames`), never cut.
- **The voice has its own lane.** Live, earcons share one mixer of two voices; the voice
  is a second one-voice lane (a new utterance cuts the one before, as ``Voice.say``
  does), summed with the earcons and clipped. An earcon never cuts speech and speech
  never cuts an earcon (:class:`SessionMix`, which the live sink can take as it is).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.core.earcons import Earcon, earcon_at
from app.core.mixer import HIGH, LOW, Mixer
from app.core.model import Exercise
from app.core.spoken import GuidanceMode, SpeechOptions, spoken_at
from app.core.timeline import Kind, Timeline

RATE = 22_050  # espeak-ng's own rate; plenty for speech and for tones below 2.5 kHz
EARCON_VOICES = 2  # as EarconPlayer's Mixer: a third sound cuts the oldest
CHUNK_FRAMES = 8_192  # what one step of the render holds (16 KiB of mono 16-bit)


class Lane(StrEnum):
    EARCON = "earcon"
    VOICE = "voice"


@dataclass(frozen=True, slots=True)
class Cue:
    """One sound that starts at ``at_ms``: an earcon (``name`` its value) or words."""

    at_ms: int
    lane: Lane
    name: str
    index: int  # the segment it begins with


def schedule(
    timeline: Timeline,
    exercises: Mapping[str, Exercise],
    mode: GuidanceMode,
    speech: SpeechOptions,
) -> tuple[Cue, ...]:
    """Every sound of a session in the order the live session starts them.

    Per segment as the player gives it: the earcon (``announce``) and, with the voice on,
    the words (``cue``; a wait's own words, since a file never waits)."""
    cues: list[Cue] = []
    if mode is GuidanceMode.OFF:
        return ()
    as_dict = dict(exercises)
    for index, segment in enumerate(timeline.segments):
        earcon = earcon_at(timeline, index)
        if earcon is not None:
            cues.append(Cue(segment.start_ms, Lane.EARCON, earcon.value, index))
        if mode is not GuidanceMode.VOICE:
            continue
        text = spoken_at(timeline, index, as_dict, speech)
        if not text and segment.kind is Kind.WAIT:
            text = segment.text.get(speech.lang)
        if text:
            cues.append(Cue(segment.start_ms, Lane.VOICE, text, index))
    return tuple(cues)


def texts(cues: Sequence[Cue]) -> list[str]:
    """What the voice must say, each text once, in order: what to synthesise first."""
    return list(dict.fromkeys(c.name for c in cues if c.lane is Lane.VOICE))


def frame_at(ms: int, rate: int) -> int:
    """The sample a millisecond falls on (rounded: at most half a sample off)."""
    return (ms * rate + 500) // 1000


def resample(samples: array[int], source: int, target: int) -> array[int]:
    """``samples`` at ``source`` Hz as ``target`` Hz, by linear interpolation.

    For speech (espeak-ng's 22 050 Hz into a file or sink at another rate); the earcons
    are made anew at the target rate instead (``earcons.render``), as the live player
    does."""
    if source == target or not samples:
        return array("h", samples)
    count = max(1, (len(samples) * target + source // 2) // source)
    last = len(samples) - 1
    out = array("h", bytes(2 * count))
    for k in range(count):
        position = k * source / target
        i = int(position)
        if i >= last:
            out[k] = samples[last]
            continue
        frac = position - i
        value = samples[i] + (samples[i + 1] - samples[i]) * frac
        out[k] = round(value)
    return out


def _sum(a: array[int], b: array[int]) -> array[int]:
    """Two runs of samples added sample by sample, clipped; as long as the longer."""
    if not a:
        return b
    if not b:
        return a
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    head = array("h", (min(HIGH, max(LOW, x + y)) for x, y in zip(longer, shorter, strict=False)))
    return head + longer[len(shorter) :]


class SessionMix:
    """Earcons and the voice into one stream, by the live rules (see the module's notes)."""

    def __init__(self, channels: int = 1) -> None:
        self.earcons = Mixer(channels=channels, voices=EARCON_VOICES)
        self.voice = Mixer(channels=channels, voices=1)

    @property
    def active(self) -> bool:
        return self.earcons.active or self.voice.active

    def play(self, name: str, samples: array[int]) -> None:
        self.earcons.start(name, samples)

    def say(self, samples: array[int]) -> None:
        """Start speaking ``samples``, cutting what was still being said."""
        self.voice.start(Lane.VOICE.value, samples)

    def clear(self) -> None:
        self.earcons.clear()
        self.voice.clear()

    def take(self, frames: int) -> array[int]:
        """Up to ``frames`` frames: fewer when every sound ends sooner."""
        return _sum(self.earcons.take(frames), self.voice.take(frames))


@dataclass(frozen=True, slots=True)
class Sounds:
    """The samples of every sound, all at one rate, mono 16-bit."""

    earcons: Mapping[Earcon, array[int]]
    utterances: Mapping[str, array[int]]  # by the text spoken_at gives

    def of(self, cue: Cue) -> array[int]:
        if cue.lane is Lane.EARCON:
            return self.earcons[Earcon(cue.name)]
        return self.utterances[cue.name]


class Mix:
    """The session as a file's samples, made a chunk at a time (never all at once: 30
    minutes of 22 050 Hz samples is ~80 MB as a Python list, 40 MB as an array)."""

    def __init__(self, timeline: Timeline, cues: Sequence[Cue], sounds: Sounds, rate: int) -> None:
        missing = [c.name for c in cues if c.lane is Lane.VOICE and c.name not in sounds.utterances]
        if missing:
            raise KeyError(f"no samples for the words {missing[0]!r}")
        self.rate = rate
        self.cues = tuple(sorted(cues, key=lambda c: c.at_ms))  # stable: live order kept
        self.sounds = sounds
        self.timeline_frames = frame_at(timeline.total_ms, rate)
        self.frames = max(self.timeline_frames, self._last_sound_ends())

    @property
    def duration_ms(self) -> int:
        """The file's length (the timeline's, plus the last sounds ringing out)."""
        return (self.frames * 1000 + self.rate - 1) // self.rate

    def _last_sound_ends(self) -> int:
        """Where the last sound stops, by the mixers' own rules of cutting (a sound started
        again, a third earcon, new words), without mixing a sample."""
        lanes: dict[Lane, list[tuple[str, int, int]]] = {Lane.EARCON: [], Lane.VOICE: []}
        limits = {Lane.EARCON: EARCON_VOICES, Lane.VOICE: 1}
        for cue in self.cues:
            at = frame_at(cue.at_ms, self.rate)
            name = cue.name if cue.lane is Lane.EARCON else Lane.VOICE.value
            playing = [v for v in lanes[cue.lane] if v[2] > at and v[0] != name]
            playing.append((name, at, at + len(self.sounds.of(cue))))
            lanes[cue.lane] = playing[-limits[cue.lane] :]
        # An empty sound (blank words) takes a place but adds no sample.
        ends = (end for playing in lanes.values() for _, at, end in playing if end > at)
        return max(ends, default=0)

    def chunks(self, chunk_frames: int = CHUNK_FRAMES) -> Iterator[array[int]]:
        """The samples from the first to the last, at most ``chunk_frames`` at a time; the
        chunks together are exactly :attr:`frames` long."""
        mix = SessionMix()
        done = 0
        for cue in [*self.cues, None]:
            until = self.frames if cue is None else min(self.frames, frame_at(cue.at_ms, self.rate))
            while done < until:
                count = min(chunk_frames, until - done)
                chunk = mix.take(count)
                if len(chunk) < count:
                    chunk.extend(array("h", bytes(2 * (count - len(chunk)))))  # silence
                done += count
                yield chunk
            if cue is not None:
                samples = self.sounds.of(cue)
                if cue.lane is Lane.EARCON:
                    mix.play(cue.name, samples)
                else:
                    mix.say(samples)
