"""The built-in voice: espeak-ng in this process, through a thin ctypes binding of our own.

Why our own: the library and its data come from the ``espeakng-loader`` wheel (GPL-3.0+,
libespeak-ng 1.52 with the data for every language, Dutch and English included); the
Python wrappers around it are either unmaintained or pull in far more than the six calls
the app needs (initialise, choose a voice, set rate/pitch/volume, synthesise, phonemes,
list voices). Those six are small enough to bind and check here, one return code at a
time.

espeak-ng keeps all its state in process-wide globals and is not reentrant, so every
call goes through one lock (:data:`_LOCK`); the engine is initialised once per process
(:func:`engine`). It runs in ``AUDIO_OUTPUT_SYNCHRONOUS`` mode: ``espeak_Synth`` returns
when the whole text has been synthesised, and the synth callback runs on the calling
thread (the retrieval mode would run it on espeak-ng's own thread), so the samples of one
call are simply collected into a list owned by that call.

What it speaks is plain text, never markup: ``espeakSSML`` and ``espeakPHONEMES`` are
never passed, and the control characters espeak-ng reads as embedded commands (``\\x01``
followed by e.g. ``200S`` would change the speed) are replaced by spaces first, so no
catalogue text can change the voice, play a file or inject phonemes.

Every failure (no library, no data, a voice that does not exist, a call that returns an
error) is an :class:`EspeakError` whose ``reason`` says what and where, translated; the
caller shows it as a notice and the session goes on with the earcons alone.
"""

from __future__ import annotations

import array
import ctypes
import importlib.util
import os
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.problems import QT_TRANSLATE_NOOP
from app.services.i18n import translate

# ---- constants, each from espeak-ng's public header src/include/espeak-ng/speak_lib.h
# (ESPEAK_API_REVISION 12, the header of the 1.52 release the wheel ships) -------------
AUDIO_OUTPUT_SYNCHRONOUS = 2  # enum espeak_AUDIO_OUTPUT: PLAYBACK=0, RETRIEVAL=1, SYNCHRONOUS=2
EE_OK = 0  # enum espeak_ERROR: EE_OK=0, EE_INTERNAL_ERROR=-1, EE_BUFFER_FULL=1,
EE_INTERNAL_ERROR = -1  #        EE_NOT_FOUND=2
EE_BUFFER_FULL = 1
EE_NOT_FOUND = 2
# "bit 15: 1=don't exit if espeak_data is not found": without it, espeak_Initialize calls
# exit(1) on missing data, which would end the app with no message at all.
espeakINITIALIZE_DONT_EXIT = 0x8000  # noqa: N816 - the header's name
POS_CHARACTER = 1  # enum espeak_POSITION_TYPE
espeakCHARS_UTF8 = 1  # noqa: N816 - "#define espeakCHARS_UTF8 1"; never with espeakSSML (0x10)
espeakPHONEMES_IPA = 0x02  # noqa: N816 - phoneme_mode bit 1 of espeak_TextToPhonemes
espeakRATE = 1  # noqa: N816 - enum espeak_PARAMETER
espeakVOLUME = 2  # noqa: N816
espeakPITCH = 3  # noqa: N816
# "espeakRATE: speaking speed in word per minute. Values 80 to 450" (espeakRATE_MINIMUM,
# espeakRATE_MAXIMUM); "espeakVOLUME: volume in range 0-200 or more. 0=silence,
# 100=normal full volume, greater values may produce amplitude compression or
# distortion"; "espeakPITCH: base pitch, range 0-100. 50=normal".
RATE_MIN, RATE_MAX = 80, 450
PITCH_MIN, PITCH_MAX = 0, 100
VOLUME_MIN, VOLUME_MAX = 0, 200
# espeak-ng 1.52 copies the data folder's path into ``char path_home[N_PATH_HOME]``
# (src/libespeak-ng/speech.h: 160 bytes on POSIX, 230 on Windows) and silently truncates
# a longer one; such a path is refused here with a reason instead. Some room is kept for
# the file names it appends in buffers of the same size.
N_PATH_HOME = 230 if sys.platform == "win32" else 160
_PATH_ROOM = 40
# The largest text synthesised in one call. The longest utterance in the catalogue is
# under 400 characters; espeak-ng itself handles any length, but a runaway text should
# cost a message, not minutes of synthesis (a minute of speech is about 1 000 characters).
MAX_TEXT_CHARS = 4_000

_SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)  # typedef int (t_espeak_callback)(short*, int, espeak_EVENT*)


class _Voice(ctypes.Structure):
    """``espeak_VOICE`` from speak_lib.h, field for field."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_void_p),  # (priority byte, NUL-terminated name)*, then NUL
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),  # 0=none 1=male, 2=female
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


_LOCK = threading.Lock()  # espeak-ng is process-global and not reentrant
_ENGINE: Espeak | None = None


class EspeakError(Exception):
    """The built-in voice cannot work; ``reason`` is a translated sentence for the person,
    saying what failed and where."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Pcm:
    """Mono signed 16-bit samples at ``rate`` Hz (22 050 from espeak-ng)."""

    samples: array.array[int]  # typecode 'h'
    rate: int

    @property
    def duration_ms(self) -> int:
        return len(self.samples) * 1000 // self.rate if self.rate > 0 else 0


@dataclass(frozen=True)
class VoiceInfo:
    """One voice file of the data: its ``name`` ("Dutch"), the ``languages`` it speaks in
    order of preference (("nl",)), its ``identifier`` (the file under voices/, "gmw/nl")
    and ``gender`` (0 unknown, 1 male, 2 female)."""

    name: str
    languages: tuple[str, ...]
    identifier: str
    gender: int = 0


def _why(template: str, *args: object) -> str:
    """A translated reason with %1, %2 … filled in (the Qt way, so translators see them)."""
    text = translate("Voice", template)
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", str(arg))
    return text


def default_paths() -> tuple[Path, Path]:
    """The library and data folder of the ``espeakng-loader`` wheel (or the bundle's copy).

    ``BREATHING_ROOM_ESPEAK_LIBRARY`` and ``BREATHING_ROOM_ESPEAK_DATA`` override them (a
    distribution's own libespeak-ng, a test)."""
    library = os.environ.get("BREATHING_ROOM_ESPEAK_LIBRARY")
    data = os.environ.get("BREATHING_ROOM_ESPEAK_DATA")
    if library and data:
        return Path(library), Path(data)
    spec = importlib.util.find_spec("espeakng_loader")  # found, not imported: no code runs
    if spec is None or spec.origin is None:
        raise EspeakError(
            _why(
                QT_TRANSLATE_NOOP(
                    "Voice",
                    "The built-in voice is not installed (the Python package espeakng-loader "
                    "is missing).",
                )
            )
        )
    folder = Path(spec.origin).parent
    name = (
        "espeak-ng.dll"
        if sys.platform == "win32"
        else "libespeak-ng.dylib"
        if sys.platform == "darwin"
        else "libespeak-ng.so"
    )
    return Path(library or folder / name), Path(data or folder / "espeak-ng-data")


def engine() -> Espeak:
    """The process's one engine, started on first use; raises :class:`EspeakError`.

    A failure is not remembered: the next call tries again (it costs a file check)."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            library, data = default_paths()
            _ENGINE = Espeak._start(library, data)
        return _ENGINE


def clean(text: str) -> str:
    """``text`` as espeak-ng may read it: every control character (category Cc: NUL would
    end the text early, ``\\x01`` starts an embedded command) becomes a space."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


class Espeak:
    """The bound library. Make it with :func:`engine`; every method takes the lock."""

    def __init__(self, lib: ctypes.CDLL, rate: int, data: Path) -> None:
        self._lib = lib
        self.rate = rate
        self.data = data
        self._voice: str | None = None
        self._chunks: list[bytes] = []
        self._variant_names: set[str] | None = None
        # The callback object must outlive every synthesis: espeak-ng keeps the bare
        # function pointer, and a collected CFUNCTYPE would be a jump into freed memory.
        self._callback = _SYNTH_CALLBACK(self._collect)
        lib.espeak_SetSynthCallback(self._callback)

    # -- start -----------------------------------------------------------------------

    @staticmethod
    def _start(library: Path, data: Path) -> Espeak:
        """Load ``library`` and initialise it on ``data``; the lock is held."""
        if not library.is_file():
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "The built-in voice's library is missing: %1 was not found."
                    ),
                    library,
                )
            )
        for needed in ("phontab", "phondata", "phonindex", "intonations", "nl_dict", "en_dict"):
            if not (data / needed).is_file():
                raise EspeakError(
                    _why(
                        QT_TRANSLATE_NOOP(
                            "Voice",
                            "The built-in voice's data is incomplete: %1 was not found in %2.",
                        ),
                        needed,
                        data,
                    )
                )
        encoded = os.fsencode(data)
        if len(encoded) + _PATH_ROOM >= N_PATH_HOME:
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice",
                        "The built-in voice's data folder has too long a path for espeak-ng "
                        "(at most %1 characters): %2. Install the app in a shorter folder.",
                    ),
                    N_PATH_HOME - _PATH_ROOM - 1,
                    data,
                )
            )
        try:
            lib = ctypes.CDLL(str(library))
        except OSError as error:
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "The built-in voice's library %1 could not be loaded: %2"
                    ),
                    library,
                    error,
                )
            ) from None
        try:
            _declare(lib)
        except AttributeError as error:  # a library without one of the functions
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP("Voice", "The library %1 is not a usable espeak-ng: %2"),
                    library,
                    error,
                )
            ) from None
        rate = lib.espeak_Initialize(
            AUDIO_OUTPUT_SYNCHRONOUS, 0, encoded, espeakINITIALIZE_DONT_EXIT
        )
        if rate <= 0:
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "espeak-ng could not start with the data in %1 (error %2)."
                    ),
                    data,
                    rate,
                )
            )
        return Espeak(lib, int(rate), data)

    # -- calls -----------------------------------------------------------------------

    def synthesize(
        self, text: str, voice: str, rate_wpm: int = 150, pitch: int = 50, volume: int = 100
    ) -> Pcm:
        """``text`` spoken by ``voice`` ("nl", "en-gb+f3"), as plain text (see the module).

        Rate, pitch and volume are kept within the header's ranges. An empty or blank text
        gives an empty Pcm without calling the library."""
        text = clean(text)
        if not text.strip():
            return Pcm(array.array("h"), self.rate)
        if len(text) > MAX_TEXT_CHARS:
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "A text of %1 characters is too long to speak (at most %2): “%3…”"
                    ),
                    len(text),
                    MAX_TEXT_CHARS,
                    text[:40],
                )
            )
        data = text.encode("utf-8") + b"\0"
        with _LOCK:
            self._use_voice(voice)
            self._parameter(espeakRATE, min(max(rate_wpm, RATE_MIN), RATE_MAX), "rate")
            self._parameter(espeakPITCH, min(max(pitch, PITCH_MIN), PITCH_MAX), "pitch")
            self._parameter(espeakVOLUME, min(max(volume, VOLUME_MIN), VOLUME_MAX), "volume")
            self._chunks = []
            try:
                status = self._lib.espeak_Synth(
                    data, len(data), 0, POS_CHARACTER, 0, espeakCHARS_UTF8, None, None
                )
                self._check(status, "espeak_Synth")
                self._check(self._lib.espeak_Synchronize(), "espeak_Synchronize")
                samples = array.array("h")
                samples.frombytes(b"".join(self._chunks))
            finally:
                self._chunks = []
        return Pcm(samples, self.rate)

    def phonemes(self, text: str, voice: str) -> str:
        """The IPA espeak-ng would speak for ``text`` with ``voice``: clauses joined by
        spaces (for checking how names are read, see app/core/pronounce.py)."""
        text = clean(text)
        if not text.strip():
            return ""
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(buffer))
        out: list[str] = []
        with _LOCK:
            self._use_voice(voice)
            # Each call translates up to a clause's end and moves the pointer on; NULL
            # when the text is done. The bound on calls guards against a library that
            # never moves it.
            for _ in range(len(text) + 1):
                if not pointer.value:
                    break
                result = self._lib.espeak_TextToPhonemes(
                    ctypes.byref(pointer), espeakCHARS_UTF8, espeakPHONEMES_IPA
                )
                if result:
                    out.append(result.decode("utf-8", "replace").strip())
        return " ".join(part for part in out if part)

    def voices(self, language: str | None = None) -> list[VoiceInfo]:
        """The voices of the data (all, or those for ``language``, best first). The
        variants ("+f3", "+m3") are listed with ``language="variant"``."""
        with _LOCK:
            return self._list_voices(language)

    def version(self) -> str:
        with _LOCK:
            return (self._lib.espeak_Info(None) or b"").decode("utf-8", "replace")

    # -- under the lock --------------------------------------------------------------

    def _list_voices(self, language: str | None) -> list[VoiceInfo]:
        spec = None
        keep = None  # the language's bytes must live until the call returns
        if language is not None:
            keep = ctypes.create_string_buffer(language.encode("utf-8"))
            spec = _Voice()
            spec.languages = ctypes.cast(keep, ctypes.c_void_p).value
        table = self._lib.espeak_ListVoices(ctypes.byref(spec) if spec is not None else None)
        out: list[VoiceInfo] = []
        for index in range(10_000):  # NULL-terminated; bounded all the same
            if not table or not table[index]:
                break
            voice = table[index].contents
            out.append(
                VoiceInfo(
                    (voice.name or b"").decode("utf-8", "replace"),
                    _languages(voice.languages),
                    (voice.identifier or b"").decode("utf-8", "replace"),
                    int(voice.gender),
                )
            )
        del keep
        return out

    def _collect(self, wav: Any, count: int, _events: Any) -> int:
        """The synth callback: keep ``count`` samples (NULL ``wav``: the end). Return 0 to
        go on. Kept trivial: an exception here could only be printed by ctypes."""
        if wav and count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def _use_voice(self, voice: str) -> None:
        """Select ``voice``: a voice file's name ("nl", "en", "en-US") or a language code
        of the data ("en-gb" is the file "en"), optionally with a variant ("nl+f3").

        espeak-ng ignores an unknown variant silently (it speaks with the plain voice),
        so a variant is checked against the data's list here: a misspelt preference is a
        notice, not a voice quietly other than the one chosen."""
        if voice == self._voice:
            return
        if not voice or len(voice) > 80 or not voice.isascii() or not voice.isprintable():
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP("Voice", "There is no built-in voice named “%1”."), voice[:80]
                )
            )
        base, plus, variant = voice.partition("+")
        if plus and variant not in self._variants():
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP("Voice", "The built-in voice has no variant “%1” (in “%2”)."),
                    variant,
                    voice,
                )
            )
        status = self._lib.espeak_SetVoiceByName(voice.encode("ascii"))
        if status == EE_NOT_FOUND:
            file = self._file_for_language(base)
            if file is not None:
                status = self._lib.espeak_SetVoiceByName((file + plus + variant).encode("ascii"))
        if status != EE_OK:
            self._voice = None
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "There is no built-in voice named “%1” (espeak-ng: error %2)."
                    ),
                    voice,
                    status,
                )
            )
        self._voice = voice

    def _variants(self) -> set[str]:
        if self._variant_names is None:
            self._variant_names = {
                v.identifier.rpartition("/")[2] for v in self._list_voices("variant")
            }
        return self._variant_names

    def _file_for_language(self, language: str) -> str | None:
        """The voice file whose first language is ``language`` (any case), or None."""
        wanted = language.lower()
        for info in self._list_voices(None):
            if info.languages and info.languages[0].lower() == wanted:
                return info.identifier.rpartition("/")[2]
        return None

    def _parameter(self, parameter: int, value: int, what: str) -> None:
        self._check(self._lib.espeak_SetParameter(parameter, int(value), 0), f"{what}={value}")

    @staticmethod
    def _check(status: int, call: str) -> None:
        if status != EE_OK:
            raise EspeakError(
                _why(
                    QT_TRANSLATE_NOOP(
                        "Voice", "The built-in voice failed (espeak-ng: %1 returned error %2)."
                    ),
                    call,
                    status,
                )
            )


def _languages(address: int | None) -> tuple[str, ...]:
    """The ``languages`` field: (priority byte, NUL-terminated name) pairs, then a NUL."""
    out: list[str] = []
    if not address:
        return ()
    offset = 0
    for _ in range(64):
        if ctypes.string_at(address + offset, 1) == b"\0":
            break
        name = ctypes.string_at(address + offset + 1)
        out.append(name.decode("utf-8", "replace"))
        offset += len(name) + 2
    return tuple(out)


def _declare(lib: ctypes.CDLL) -> None:
    """The signatures of the functions used, from speak_lib.h."""
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
    lib.espeak_SetSynthCallback.restype = None
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetVoiceByName.restype = ctypes.c_int
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_SetParameter.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [
        ctypes.c_void_p,  # const void *text
        ctypes.c_size_t,  # size_t size
        ctypes.c_uint,  # unsigned int position
        ctypes.c_int,  # espeak_POSITION_TYPE position_type
        ctypes.c_uint,  # unsigned int end_position
        ctypes.c_uint,  # unsigned int flags
        ctypes.c_void_p,  # unsigned int *unique_identifier
        ctypes.c_void_p,  # void *user_data
    ]
    lib.espeak_Synth.restype = ctypes.c_int
    lib.espeak_Synchronize.argtypes = []
    lib.espeak_Synchronize.restype = ctypes.c_int
    lib.espeak_TextToPhonemes.argtypes = [
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_ListVoices.argtypes = [ctypes.POINTER(_Voice)]
    lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    lib.espeak_Info.restype = ctypes.c_char_p
