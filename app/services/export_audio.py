"""A guided session written to a WAV file, to play on a phone on the mat.

The mix is the core's (``core/render.py``: the live rules, the same samples); this module
gathers the samples (the earcons as the live player reads them, the voice from the
built-in engine) and writes the file. Why WAV alone: see the README ("Take a session
along"); the standard library's ``wave`` writes it with nothing to install.

Writing is atomic: into a hidden temporary file beside the target, flushed and fsynced,
then renamed over it (``os.replace``). A cancelled or failed export removes the temporary
file, so no half file is ever left behind, and a file that was there stays as it was.
The work runs in a :class:`~app.services.jobs.Job` (a ``QThread``) in the window; the
command line calls :func:`write` directly.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import wave
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.core.earcons import Earcon
from app.core.model import Exercise
from app.core.render import RATE, Lane, Mix, Sounds, resample, schedule, texts
from app.core.speech_time import estimate_ms, fit_speech
from app.core.spoken import GuidanceMode, SpeechOptions
from app.core.text import Lang
from app.core.timeline import Timeline
from app.services.i18n import translate
from app.services.jobs import Job
from app.services.voice_cache import VoiceSettings, speak

# The voices the export speaks with until the built-in voice's preferences exist (they
# are the lead's, after issue 20's engine lands): espeak-ng's plain Dutch and British.

Progress = Callable[[str, int, int], None]  # (what, done, total), as Job gives it
Cancelled = Callable[[], bool]
Synthesize = Callable[[str, Lang], "tuple[array[int], int]"]  # text -> (samples, rate)


class ExportError(Exception):
    """The export cannot be made; ``reason`` says what and where, translated."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ExportCancelledError(Exception):
    """Cancel was pressed: nothing was written."""


@dataclass(frozen=True)
class Exported:
    path: Path
    size: int  # bytes
    duration_ms: int


@dataclass(frozen=True)
class ExportRequest:
    timeline: Timeline
    exercises: Mapping[str, Exercise]
    lang: Lang
    target: Path
    guidance: GuidanceMode = GuidanceMode.VOICE
    say_breaths: bool = False
    rate: int = RATE


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        template = template.replace(f"%{number}", str(value))
    return template


def earcon_samples(rate: int) -> dict[Earcon, array[int]]:
    """Every earcon at ``rate``, read as the live player reads them."""
    from app.services.sound import earcon_path, read_earcon

    samples = {}
    for earcon in Earcon:
        try:
            samples[earcon] = read_earcon(earcon, rate)
        except (OSError, EOFError, wave.Error) as error:
            raise ExportError(
                _fill(
                    translate("ExportAudio", "The sound file %1 cannot be read (%2)."),
                    earcon_path(earcon),
                    error,
                )
            ) from None
    return samples


def builtin_voice(text: str, lang: Lang) -> tuple[array[int], int]:
    """``text`` spoken by the built-in voice (espeak-ng); raises :class:`ExportError`."""
    from app.services.espeak import EspeakError, engine

    try:
        # the built-in voice's defaults, as `timeline --guidance voice` plans with
        pcm = speak(engine(), text, lang, VoiceSettings())
    except EspeakError as error:
        raise ExportError(error.reason) from None
    return pcm.samples, pcm.rate


def voice_samples(
    words: Sequence[str],
    lang: Lang,
    rate: int,
    synthesize: Synthesize,
    progress: Progress,
    cancelled: Cancelled,
) -> dict[str, array[int]]:
    """Every text synthesised once, at ``rate``."""
    out: dict[str, array[int]] = {}
    if not words:
        return out
    what = translate("ExportAudio", "Making the voice…")
    for done, text in enumerate(words):
        if cancelled():
            raise ExportCancelledError
        progress(what, done, len(words))
        samples, source = synthesize(text, lang)
        out[text] = resample(samples, source, rate)
    progress(what, len(words), len(words))
    return out


def write(
    request: ExportRequest,
    progress: Progress,
    cancelled: Cancelled,
    synthesize: Synthesize = builtin_voice,
) -> Exported:
    """Write the session's WAV file; raises :class:`ExportError` or
    :class:`ExportCancelledError`, and then leaves no file behind."""
    target = request.target
    folder = target.parent if str(target.parent) else Path()
    if target.is_dir():
        raise ExportError(
            _fill(translate("ExportAudio", "%1 is a folder; give a file name."), target)
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(
            _fill(translate("ExportAudio", "Cannot write in %1: %2"), folder, _reason(error))
        ) from None
    part = Path(temporary)
    try:
        with os.fdopen(handle, "wb") as out:
            if os.name == "posix":  # not mkstemp's 0600: a media server may read it
                mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
                os.fchmod(out.fileno(), mode)
            mix = _mix(request, progress, cancelled, synthesize)
            _write_wave(out, mix, progress, cancelled)
            out.flush()
            os.fsync(out.fileno())
        part.replace(target)
        _fsync_folder(folder)
        return Exported(target, target.stat().st_size, mix.duration_ms)
    except OSError as error:
        raise ExportError(
            _fill(translate("ExportAudio", "Cannot write %1: %2"), target, _reason(error))
        ) from None
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)  # gone already after the rename


def _mix(
    request: ExportRequest, progress: Progress, cancelled: Cancelled, synthesize: Synthesize
) -> Mix:
    speech = SpeechOptions(request.lang, request.say_breaths)
    timeline = request.timeline
    cues = schedule(timeline, request.exercises, request.guidance, speech)
    utterances = voice_samples(
        texts(cues), request.lang, request.rate, synthesize, progress, cancelled
    )
    if utterances:
        # Room for every word, as the live session plans it: the prepare of the seated
        # posture said its instruction for 9.5 s in 5 s, and the next words cut it off.
        def length_ms(text: str, lang: Lang) -> int:
            said = utterances.get(text)
            if said is None:
                return estimate_ms(text, lang, VoiceSettings().rate_wpm)
            return -(-len(said) * 1000 // request.rate)

        timeline = fit_speech(timeline, request.exercises, speech, length_ms)
        cues = schedule(timeline, request.exercises, request.guidance, speech)
    earcons = earcon_samples(request.rate) if any(c.lane is Lane.EARCON for c in cues) else {}
    return Mix(timeline, cues, Sounds(earcons, utterances), request.rate)


def _write_wave(out: object, mix: Mix, progress: Progress, cancelled: Cancelled) -> None:
    what = translate("ExportAudio", "Writing the sound file…")
    total = mix.duration_ms
    with wave.open(out, "wb") as file:  # type: ignore[call-overload]
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(mix.rate)
        file.setnframes(mix.frames)  # known up front: the header is never patched
        written = 0
        for chunk in mix.chunks():
            if cancelled():
                raise ExportCancelledError
            if sys.byteorder == "big":
                chunk.byteswap()  # WAV is little-endian
            file.writeframesraw(chunk.tobytes())
            written += len(chunk)
            progress(what, written * 1000 // mix.rate, total)


def _fsync_folder(folder: Path) -> None:
    """The rename is on disk too (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def start(
    request: ExportRequest, parent: QObject | None = None, synthesize: Synthesize = builtin_voice
) -> Job[Exported]:
    """The export as a started :class:`Job`: ``progressed`` while it runs, then
    ``finished``; its ``result`` (an :class:`Exported`) or ``error`` (an
    :class:`ExportError` or :class:`ExportCancelledError`)."""
    job: Job[Exported] = Job(
        lambda progress, cancelled: write(request, progress, cancelled, synthesize), parent
    )
    job.start()
    return job
