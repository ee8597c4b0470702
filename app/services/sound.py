"""Earcons through QtMultimedia: one ``QAudioSink`` per session, fed from a pure mixer.

QtMultimedia is imported only when the first session starts (it costs start-up time the
first window does not need). Nothing here may stop or stall a session: a missing device,
a missing backend or a broken file turns into one ``problem`` message and silence.

# WORKAROUND: not ``QSoundEffect``. In Qt 6.11 each ``play()`` makes a voice that owns an
# event notifier (``QAutoResetEvent``); when the audio thread drops the last reference to a
# finished or stopped voice, the notifier is destroyed off the GUI thread and the GUI
# thread's event loop spins on its closed descriptor ("QSocketNotifier: Invalid socket …
# disabling…" without end). With a real sound server a fast pattern with holds hung the
# app within seconds (tests/test_audio_proof.py keeps that run). Here one push-mode sink
# gets samples written from the GUI thread every 20 ms while something sounds.
#
# The sink is open only around a sound: an open, quiet Qt 6.11 PulseAudio sink still wakes
# the GUI thread ~270 times a second (measured: 4 % of a core doing nothing). It closes
# once a sound has played out, and the session opens it again shortly before the next
# sound (``SessionGuidance`` warms it up), since opening waits ~13 ms for the server.
"""

from __future__ import annotations

import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal

from app.bundle import resources_path
from app.core.earcons import RATE, Earcon, pcm16, render
from app.core.mixer import Mixer, spread
from app.services.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink

FEED_MS = 20  # how often samples are written while a sound plays
BUFFER_MS = 100  # what the sink holds: it runs dry only if the GUI thread stalls 100 ms


def earcon_path(earcon: Earcon) -> Path:
    return resources_path() / "sounds" / f"{earcon.value}.wav"


def read_earcon(earcon: Earcon, rate: int) -> array[int]:
    """The earcon's mono 16-bit samples at ``rate``: the committed file at 44.1 kHz, made
    anew at any other rate (~0.2 s each). Shared by the live player and the audio export
    (``services/export_audio.py``), so both play the same samples. Raises ``OSError``,
    ``EOFError`` or ``wave.Error`` for a missing or damaged file."""
    if rate != RATE:  # a device that takes only its own rate
        return array("h", pcm16(render(earcon, rate)))
    with wave.open(str(earcon_path(earcon)), "rb") as source:
        shape = (source.getframerate(), source.getnchannels(), source.getsampwidth())
        if shape != (RATE, 1, 2):
            raise wave.Error("not 44.1 kHz 16-bit mono")
        return array("h", source.readframes(source.getnframes()))


class EarconPlayer(QObject):
    """Signals: ``problem(str)``, once, when sound cannot play (the session goes on)."""

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._samples: dict[Earcon, array[int]] = {}
        self._mixer = Mixer()
        self._device: QAudioDevice | None = None
        self._format: QAudioFormat | None = None
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._frame_bytes = 2
        self._volume = 0.8
        self._muted = False
        self._reason = ""
        self._loaded = False
        self._feeder = QTimer(self)
        self._feeder.setTimerType(Qt.TimerType.PreciseTimer)
        self._feeder.setInterval(FEED_MS)
        self._feeder.timeout.connect(self._feed)

    # -- state --------------------------------------------------------------------------

    @property
    def reason(self) -> str:
        """Why there is no sound ('' when there is, or when not yet tried)."""
        return self._reason

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._mixer.clear()

    # -- playing ------------------------------------------------------------------------

    def load(self) -> bool:
        """Read every earcon and open the output; False (with :attr:`reason`) when sound
        is unavailable. Call it before a session's clock starts, and ahead of each sound:
        opening takes ~13 ms."""
        if self._loaded:
            return not self._reason and self._open()
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QAudioFormat, QMediaDevices
        except ImportError as error:  # a bundle without QtMultimedia
            return self._fail(
                translate("Sound", "Sound is not available: %1").replace("%1", str(error))
            )
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return self._fail(
                translate("Sound", "No sound output was found. Sessions go on silently; check "
                          "that a speaker or headphones are connected and that the sound "
                          "server runs.")
            )  # fmt: skip
        wanted = QAudioFormat()
        wanted.setSampleRate(RATE)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        chosen = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        chosen.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(chosen):
            return self._fail(
                translate("Sound", "The sound output “%1” takes no 16-bit sound; sessions go on "
                    "silently.").replace("%1", device.description())
            )  # fmt: skip
        self._device, self._format = device, chosen
        channels = chosen.channelCount()
        self._mixer = Mixer(channels=channels)
        self._frame_bytes = 2 * channels
        for earcon in Earcon:
            samples = self._read(earcon, chosen.sampleRate())
            if samples is None:
                return False
            self._samples[earcon] = samples if channels == 1 else spread(samples, channels)
        return self._open()

    def _read(self, earcon: Earcon, rate: int) -> array[int] | None:
        try:
            return read_earcon(earcon, rate)
        except (OSError, EOFError, wave.Error) as error:
            self._fail(
                translate(
                    "Sound", "The sound file %1 cannot be read (%2); sessions go on silently."
                )
                .replace("%1", str(earcon_path(earcon)))
                .replace("%2", str(error))
            )
            return None

    def _open(self) -> bool:
        if self._io is not None:
            return True
        from PySide6.QtMultimedia import QAudioSink, QtAudio

        assert self._device is not None and self._format is not None  # load() set them
        sink = QAudioSink(self._device, self._format, self)
        sink.setBufferSize(self._format.bytesForDuration(BUFFER_MS * 1000))
        sink.setVolume(self._volume)
        io = sink.start()
        if io is None or sink.error() is not QtAudio.Error.NoError:
            sink.deleteLater()
            return self._fail(
                translate(
                    "Sound", "The sound output “%1” cannot be opened; sessions go on silently."
                ).replace("%1", self._device.description())
            )
        self._sink, self._io = sink, io
        return True

    def play(self, earcon: Earcon) -> bool:
        """Start ``earcon`` now; False when it cannot (never raises, never blocks)."""
        if not self.load():
            return False
        if not self._muted:
            self._mixer.start(earcon.value, self._samples[earcon])
            self._feed()
            self._feeder.start()
        return True

    def close(self) -> None:
        """Give the output back now if nothing sounds (else it closes once played out)."""
        if not self._feeder.isActive():
            self._feed()

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            self._feeder.stop()
            return
        if self._mixer.active:
            frames = sink.bytesFree() // self._frame_bytes
            if frames > 0:
                io.write(self._mixer.take(frames).tobytes())
            return
        from PySide6.QtMultimedia import QtAudio

        if sink.bytesFree() < sink.bufferSize() and sink.state() is QtAudio.State.ActiveState:
            self._feeder.start()  # let the last samples out of the buffer first
            return
        self._feeder.stop()  # quiet until the next sound, and closed: no wakeups
        sink.stop()
        sink.deleteLater()
        self._sink = self._io = None

    def _fail(self, reason: str) -> bool:
        if not self._reason:
            self._reason = reason
            self.problem.emit(reason)
        return False
