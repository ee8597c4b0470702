"""The built-in voice's binding: real espeak-ng from the espeakng-loader wheel."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import espeak
from app.services.espeak import Espeak, EspeakError, engine


@pytest.fixture(scope="module")
def voice() -> Espeak:
    return engine()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neem de houding aan: Middenrifademhaling met geheven benen.", "nl"),
        ("Get into position: Diaphragmatic breathing with legs raised.", "en"),
        ("Get into position: Diaphragmatic breathing with legs raised.", "en-gb"),
        ("Adem in", "nl+f3"),
    ],
)
def test_speech_is_audio_of_a_plausible_length(voice: Espeak, text: str, name: str) -> None:
    pcm = voice.synthesize(text, name, rate_wpm=140)
    assert pcm.rate == 22_050
    assert pcm.samples.typecode == "h"
    words = len(text.split())
    # 140 words a minute is 430 ms a word; allow for pauses and long words.
    assert 200 * words <= pcm.duration_ms <= 1_000 * words
    assert max(abs(s) for s in pcm.samples) > 1_000  # not silence


def test_slower_is_longer_and_blank_is_empty(voice: Espeak) -> None:
    slow = voice.synthesize("Adem rustig in en uit", "nl", rate_wpm=100)
    fast = voice.synthesize("Adem rustig in en uit", "nl", rate_wpm=200)
    assert slow.duration_ms > fast.duration_ms * 1.5
    assert len(voice.synthesize("  \n ", "nl").samples) == 0


def test_phonemes_show_how_a_word_is_read(voice: Espeak) -> None:
    assert voice.phonemes("squat", "nl") == "skvˈɑt"  # Dutch reads it as Dutch
    assert voice.phonemes("squat", "en") == "skwˈɒt"


def test_voices_list_dutch_english_and_the_variants(voice: Espeak) -> None:
    assert any(v.identifier == "gmw/nl" for v in voice.voices("nl"))
    assert any("en-gb" in v.languages for v in voice.voices("en"))
    variants = {v.identifier for v in voice.voices("variant")}
    assert {"!v/f3", "!v/m3"} <= variants


@pytest.mark.parametrize("name", ["nosuchvoice", "", "nl+nosuchvariant", "n\x01l", "é"])
def test_a_voice_that_does_not_exist_is_a_reason(voice: Espeak, name: str) -> None:
    with pytest.raises(EspeakError) as caught:
        voice.synthesize("Adem in", name)
    assert "voice" in caught.value.reason
    # and the engine still works afterwards
    assert voice.synthesize("Adem in", "nl").duration_ms > 0


def test_markup_is_spoken_as_text_never_obeyed(voice: Espeak) -> None:
    """No SSML and no [[phonemes]]: a ten-second break tag is words, not five seconds of
    silence, and an embedded command (\\x01 then 450S, full speed) does nothing."""
    tag = "Adem <break time='10s'/> in & uit [[h@l'oU]]"
    phonemes = voice.phonemes(tag, "en")
    assert "bɹˈeɪk" in phonemes  # the word "break", read aloud
    marked = voice.synthesize(tag, "en")
    plain = voice.synthesize("Adem in & uit", "en")
    assert marked.duration_ms - plain.duration_ms < 6_000  # obeyed, it would be 10 s more
    read = voice.synthesize("Adem in  450S en uit, langzaam", "nl")
    commanded = voice.synthesize("Adem in \x01450S en uit, langzaam", "nl")
    assert abs(commanded.duration_ms - read.duration_ms) < 50  # read out, not obeyed


def test_a_missing_library_is_a_reason_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "libespeak-ng.so"
    data = Path(espeak.default_paths()[1])
    with pytest.raises(EspeakError) as caught:
        Espeak._start(missing, data)
    assert str(missing) in caught.value.reason
    # through the one entry point too, with the override a distribution would use
    monkeypatch.setattr(espeak, "_ENGINE", None)
    monkeypatch.setenv("BREATHING_ROOM_ESPEAK_LIBRARY", str(missing))
    monkeypatch.setenv("BREATHING_ROOM_ESPEAK_DATA", str(data))
    with pytest.raises(EspeakError, match="library is missing"):
        engine()


def test_missing_data_and_a_too_long_path_are_reasons(tmp_path: Path) -> None:
    library = Path(espeak.default_paths()[0])
    with pytest.raises(EspeakError, match="phontab"):
        Espeak._start(library, tmp_path)
    deep = tmp_path / ("x" * 200)
    deep.mkdir()
    for name in ("phontab", "phondata", "phonindex", "intonations", "nl_dict", "en_dict"):
        (deep / name).write_bytes(b"")
    with pytest.raises(EspeakError, match="too long"):
        Espeak._start(library, deep)


def test_a_file_that_is_not_the_library_is_a_reason(tmp_path: Path) -> None:
    fake = tmp_path / "libespeak-ng.so"
    fake.write_bytes(b"not a library")
    with pytest.raises(EspeakError, match="could not be loaded"):
        Espeak._start(fake, Path(espeak.default_paths()[1]))


def test_control_characters_never_reach_the_engine() -> None:
    assert espeak.clean("a\x00b\x01c\td") == "a b c d"
