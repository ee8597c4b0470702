"""Mixing earcons into one stream of 16-bit samples.

Why the app mixes at all instead of giving each sound its own player: Qt 6.11's
``QSoundEffect`` can free a finished voice on the audio thread, and that voice's event
notifier then spins the GUI thread's event loop forever ("QSocketNotifier: Invalid socket
… disabling"); a session hung after a few dozen overlapping earcons (see
``services/sound.py``). One output stream fed from the GUI thread has no such voices. The
sums happen here, free of Qt, so they are tested exactly.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

LOW, HIGH = -32_768, 32_767


def spread(mono: array[int], channels: int) -> array[int]:
    """The same samples on every channel, interleaved (what a stereo device takes)."""
    if channels == 1:
        return array("h", mono)
    out = array("h", bytes(2 * len(mono) * channels))
    for channel in range(channels):
        out[channel::channels] = mono
    return out


def _clip(value: int) -> int:
    return HIGH if value > HIGH else LOW if value < LOW else value


@dataclass
class _Voice:
    name: str
    samples: array[int]
    position: int = 0


@dataclass
class Mixer:
    """Voices that play from their start; :meth:`take` hands out the next samples.

    At most ``voices`` sounds at once: a new one beyond that cuts the oldest, and a sound
    that is started again cuts its own tail (a new breath replaces the last breath's
    sound), so the sum stays cheap and clear.
    """

    channels: int = 1
    voices: int = 2
    _playing: list[_Voice] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self._playing)

    def start(self, name: str, samples: array[int]) -> None:
        self._playing = [v for v in self._playing if v.name != name]
        self._playing.append(_Voice(name, samples))
        del self._playing[: -self.voices]

    def clear(self) -> None:
        self._playing.clear()

    def take(self, frames: int) -> array[int]:
        """Up to ``frames`` frames (every channel): fewer when the last sound ends sooner."""
        count = frames * self.channels
        out: array[int] | None = None
        for voice in self._playing:
            chunk = voice.samples[voice.position : voice.position + count]
            voice.position += len(chunk)
            if out is None:
                out = chunk
            else:  # the rare overlap: summed sample by sample, clipped
                longer, shorter = (out, chunk) if len(out) >= len(chunk) else (chunk, out)
                head = array("h", map(_clip, map(int.__add__, longer, shorter)))
                out = head + longer[len(shorter) :]
        self._playing = [v for v in self._playing if v.position < len(v.samples)]
        return array("h") if out is None else out
