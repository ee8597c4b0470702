"""Utterances synthesised ahead of time, so nothing is synthesised on the tick path.

When a session is built, :meth:`VoiceCache.prepare` gets every (text, language) it will
say; one worker of the cache's own ``QThreadPool`` synthesises them in order (the first
utterance first, so it is ready before the first prepare ends: about 10 ms each), with
``progress(done, total)`` after each, then ``ready()``, or ``failed(reason)`` once when the
engine cannot work. The worker's signals reach the cache through a small relay object,
queued to the thread the cache lives in (the GUI thread), which alone fills the cache.

The cache is keyed by everything that changes the sound: text, language, voice, rate,
pitch, volume and the output rate. Its memory is bounded (:data:`MAX_BYTES`) by evicting
the least recently used entries, but never those of the session being prepared, so a
session is always held whole. Measured over the book's programmes (voice and breaths on):
the largest, ch4-phase-1 in Dutch, has 63 different utterances, 491 s of speech, 21.7 MB
at 22 050 Hz, 43.3 MB at 44 100 Hz and 47.1 MB at 48 000 Hz.
"""

from __future__ import annotations

import array
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from math import gcd

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from app import bundle
from app.core import pronounce
from app.core.text import Lang
from app.services.espeak import Espeak, EspeakError, Pcm, engine

# The defaults, chosen by reading the phonemes of every exercise name and looking at
# spectrograms (docs: the voice cannot be listened to where it was chosen). Dutch has one
# voice file (gmw/nl); "en" is espeak-ng's British English file (gmw/en, language en-gb).
DEFAULT_VOICES: dict[Lang, str] = {"nl": "nl", "en": "en"}
DEFAULT_RATE_WPM = 140  # espeak-ng's normal is 175; slower suits relaxation
# The cache's bound: the largest programme at 48 kHz (47 MB, see above) and room for a
# few shorter sessions or the other language.
MAX_BYTES = 128 * 1024 * 1024

Key = tuple[str, str, str, int, int, int, int]


@dataclass(frozen=True)
class VoiceSettings:
    """How the built-in voice speaks; ``sample_rate`` is the mixer's device rate (0: the
    engine's own, 22 050 Hz)."""

    nl_voice: str = DEFAULT_VOICES["nl"]
    en_voice: str = DEFAULT_VOICES["en"]
    rate_wpm: int = DEFAULT_RATE_WPM
    pitch: int = 50
    volume: int = 100
    sample_rate: int = 0

    def voice(self, lang: Lang) -> str:
        return self.nl_voice if lang == "nl" else self.en_voice

    def key(self, text: str, lang: Lang) -> Key:
        return (
            text,
            lang,
            self.voice(lang),
            self.rate_wpm,
            self.pitch,
            self.volume,
            self.sample_rate,
        )


@functools.cache
def respellings() -> pronounce.Respellings:
    """The bundled pronunciation list, read once a process (the cache's worker, the
    export and the ``timeline`` command all say words with it). A broken list costs its
    respellings, never the voice; the tests check the bundled one is clean
    (tests/test_pronounce.py)."""
    return pronounce.load(bundle.pronunciation_path())[0]


def speak(voice: Espeak, text: str, lang: Lang, settings: VoiceSettings) -> Pcm:
    """``text`` as a session says it: respelled, in the settings' voice, rate, pitch and
    volume; raises :class:`EspeakError`."""
    said = pronounce.respell(text, lang, respellings())
    return voice.synthesize(
        said, settings.voice(lang), settings.rate_wpm, settings.pitch, settings.volume
    )


def resample(samples: array.array[int], src_rate: int, dst_rate: int) -> array.array[int]:
    """Linear interpolation from ``src_rate`` to ``dst_rate``, in pure Python.

    Speech from espeak-ng holds little above 5 kHz, so linear interpolation is enough for
    the upward conversions the mixer needs (22 050 -> 44 100 or 48 000 Hz). The work is
    done per phase of the rational ratio, with C-level ``map`` over strided slices
    instead of a Python loop per sample: about 16 ms per second of speech to 44.1 kHz and
    31 ms to 48 kHz (the largest programme: 8 s and 15 s, on the worker).
    """
    if src_rate == dst_rate or not samples:
        return array.array("h", samples)
    g = gcd(src_rate, dst_rate)
    up, down = dst_rate // g, src_rate // g
    count = len(samples) * up // down
    source = array.array("h", samples)
    source.append(samples[-1])  # the last sample's right neighbour
    out = array.array("h", bytes(2 * count))
    one = 1 << 15
    for phase in range(min(up, count)):
        start, rest = divmod(phase * down, up)
        size = len(range(phase, count, up))
        left = source[start : start + size * down : down]
        if rest == 0:
            out[phase::up] = left
            continue
        right = source[start + 1 : start + 1 + size * down : down]
        weight = rest * one // up
        mixed = map(
            (15).__rrshift__,
            map(int.__add__, map((one - weight).__mul__, left), map(weight.__mul__, right)),
        )
        out[phase::up] = array.array("h", list(mixed))
    return out


class _Relay(QObject):
    """The worker's voice: lives in the cache's thread, so each signal is queued there."""

    one = Signal(int, object, object)  # job, key, Pcm
    failed = Signal(int, str)  # job, reason
    finished = Signal(int)  # job


class VoiceCache(QObject):
    """Signals: ``progress(done, total)``, ``ready()``, ``failed(reason)`` (translated).
    Every signal is emitted in the cache's own thread."""

    progress = Signal(int, int)
    ready = Signal()
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        max_bytes: int = MAX_BYTES,
        make_engine: Callable[[], Espeak] = engine,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # espeak-ng serialises anyway (one lock)
        self._max_bytes = max_bytes
        self._make_engine = make_engine
        self._entries: OrderedDict[Key, Pcm] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # get() may be called from an export worker
        self._settings = VoiceSettings()
        self._job = 0
        self._keep: set[Key] = set()
        self._total = 0
        self._done = 0
        self._cancel = threading.Event()
        self._relay = _Relay()
        self._relay.one.connect(self._arrived)
        self._relay.failed.connect(self._failed)
        self._relay.finished.connect(self._finished)

    # -- what the session asks -------------------------------------------------------

    @property
    def settings(self) -> VoiceSettings:
        return self._settings

    @property
    def size_bytes(self) -> int:
        with self._lock:
            return self._bytes

    def prepare(self, items: list[tuple[str, Lang]], settings: VoiceSettings) -> None:
        """Synthesise every utterance of ``items`` not cached yet, in order, off this
        thread; a running preparation is cancelled. ``ready`` comes even when all were
        cached (queued, never from inside this call)."""
        self.cancel()
        self._job += 1
        self._cancel = threading.Event()
        self._settings = settings
        seen: set[Key] = set()
        wanted: list[tuple[Key, str, Lang]] = []
        for text, lang in items:
            key = settings.key(text, lang)
            if key in seen or not text.strip():
                continue
            seen.add(key)
            with self._lock:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    continue
            wanted.append((key, text, lang))
        self._keep = seen
        self._total = len(wanted)
        self._done = 0
        job, cancel, relay = self._job, self._cancel, self._relay
        make_engine = self._make_engine
        self._pool.start(lambda: _work(job, wanted, settings, cancel, relay, make_engine))

    def cancel(self) -> None:
        """Stop the running preparation after its current utterance (at most ~100 ms)."""
        self._cancel.set()

    def close(self) -> None:
        """Cancel and wait for the worker: call before the cache goes away."""
        self.cancel()
        self._pool.waitForDone()

    def get(self, text: str, lang: Lang) -> Pcm | None:
        """The cached samples for ``text`` under the last prepared settings, or None."""
        key = self._settings.key(text, lang)
        with self._lock:
            pcm = self._entries.get(key)
            if pcm is not None:
                self._entries.move_to_end(key)
            return pcm

    def length_ms(self, text: str, lang: Lang) -> int | None:
        pcm = self.get(text, lang)
        return pcm.duration_ms if pcm is not None else None

    # -- in this thread, queued from the worker -------------------------------------

    @Slot(int, object, object)
    def _arrived(self, job: int, key: Key, pcm: Pcm) -> None:
        if job != self._job:
            return
        size = len(pcm.samples) * 2
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.samples) * 2
            self._entries[key] = pcm
            self._bytes += size
            self._evict()
        self._done += 1
        self.progress.emit(self._done, self._total)

    @Slot(int, str)
    def _failed(self, job: int, reason: str) -> None:
        if job == self._job:
            self._cancel.set()  # no ready() after failed()
            self.failed.emit(reason)

    @Slot(int)
    def _finished(self, job: int) -> None:
        if job == self._job and not self._cancel.is_set():
            self.ready.emit()

    def _evict(self) -> None:
        """Drop the least recently used entries over the bound, but none of the session
        being prepared (the lock is held)."""
        if self._bytes <= self._max_bytes:
            return
        for key in list(self._entries):
            if self._bytes <= self._max_bytes:
                break
            if key in self._keep:
                continue
            self._bytes -= len(self._entries.pop(key).samples) * 2


def _work(
    job: int,
    wanted: list[tuple[Key, str, Lang]],
    settings: VoiceSettings,
    cancel: threading.Event,
    relay: _Relay,
    make_engine: Callable[[], Espeak],
) -> None:
    """The worker: synthesise ``wanted`` in order; report through ``relay`` (queued)."""
    try:
        if wanted:
            voice = make_engine()
            for key, text, lang in wanted:
                if cancel.is_set():
                    return
                pcm = speak(voice, text, lang, settings)
                if settings.sample_rate and settings.sample_rate != pcm.rate:
                    pcm = Pcm(
                        resample(pcm.samples, pcm.rate, settings.sample_rate), settings.sample_rate
                    )
                relay.one.emit(job, key, pcm)
    except EspeakError as error:
        relay.failed.emit(job, error.reason)
        return
    finally:
        relay.finished.emit(job)
