"""Utterances synthesised ahead of time, off the GUI thread, and kept in a bounded cache."""

from __future__ import annotations

import array
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.services.espeak import Espeak, EspeakError, Pcm, engine
from app.services.voice_cache import VoiceCache, VoiceSettings, resample

ITEMS: list[tuple[str, str]] = [
    ("Neem de houding aan: Rug-ontspannende squat met steun", "nl"),
    ("Adem in", "nl"),
    ("Breathe out", "en"),
    ("Adem in", "nl"),  # twice: synthesised once
]


@pytest.fixture
def cache(qtbot: QtBot) -> Iterator[VoiceCache]:
    made = VoiceCache()
    yield made
    made.close()


def test_every_utterance_is_ready_ahead_of_time(qtbot: QtBot, cache: VoiceCache) -> None:
    seen: list[tuple[int, int]] = []
    cache.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(cache.ready, timeout=10_000):
        cache.prepare(ITEMS, VoiceSettings())  # type: ignore[arg-type]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    for text, lang in ITEMS:
        pcm = cache.get(text, lang)  # type: ignore[arg-type]
        assert pcm is not None and pcm.duration_ms > 300
        assert cache.length_ms(text, lang) == pcm.duration_ms  # type: ignore[arg-type]
    assert cache.get("never prepared", "nl") is None


def test_synthesis_runs_off_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[object] = []

    def spy() -> Espeak:
        threads.append(QThread.currentThread())
        return engine()

    made = VoiceCache(make_engine=spy)
    try:
        with qtbot.waitSignal(made.ready, timeout=10_000):
            made.prepare([("Adem uit", "nl")], VoiceSettings())
        assert threads and threads[0] is not QThread.currentThread()
    finally:
        made.close()


def test_a_second_prepare_is_all_cache_hits(qtbot: QtBot, cache: VoiceCache) -> None:
    with qtbot.waitSignal(cache.ready, timeout=10_000):
        cache.prepare(ITEMS, VoiceSettings())  # type: ignore[arg-type]
    first = cache.get("Adem in", "nl")
    seen: list[int] = []
    cache.progress.connect(lambda done, total: seen.append(total))
    with qtbot.waitSignal(cache.ready, timeout=10_000):
        cache.prepare(ITEMS, VoiceSettings())  # type: ignore[arg-type]
    assert seen == [] and cache.get("Adem in", "nl") is first
    # another rate is another sound: synthesised anew, under the new settings
    with qtbot.waitSignal(cache.ready, timeout=10_000):
        cache.prepare([("Adem in", "nl")], VoiceSettings(rate_wpm=100))
    slower = cache.get("Adem in", "nl")
    assert slower is not None and first is not None
    assert slower.duration_ms > first.duration_ms


def test_a_broken_voice_is_one_failed_signal(qtbot: QtBot, cache: VoiceCache) -> None:
    readies: list[bool] = []
    cache.ready.connect(lambda: readies.append(True))
    with qtbot.waitSignal(cache.failed, timeout=10_000) as caught:
        cache.prepare([("Adem in", "nl")], VoiceSettings(nl_voice="nosuchvoice"))
    cache.close()
    qtbot.waitUntil(lambda: True)
    assert readies == []
    assert "nosuchvoice" in caught.args[0]
    assert cache.get("Adem in", "nl") is None


def test_no_engine_is_one_failed_signal(qtbot: QtBot) -> None:
    def missing() -> Espeak:
        raise EspeakError("The built-in voice's library is missing: /nowhere.")

    made = VoiceCache(make_engine=missing)
    try:
        with qtbot.waitSignal(made.failed, timeout=10_000) as caught:
            made.prepare([("Adem in", "nl")], VoiceSettings())
        assert "/nowhere" in caught.args[0]
    finally:
        made.close()


def test_resampled_to_the_mixers_rate(qtbot: QtBot, cache: VoiceCache) -> None:
    with qtbot.waitSignal(cache.ready, timeout=10_000):
        cache.prepare([("Adem in", "nl")], VoiceSettings(sample_rate=44_100))
    pcm = cache.get("Adem in", "nl")
    plain = engine().synthesize("Adem in", "nl", 140)
    assert pcm is not None and pcm.rate == 44_100
    assert abs(pcm.duration_ms - plain.duration_ms) <= 1


def test_memory_is_bounded_but_the_session_is_kept(qtbot: QtBot) -> None:
    made = VoiceCache(max_bytes=1)  # every older entry is over the bound
    try:
        with qtbot.waitSignal(made.ready, timeout=10_000):
            made.prepare([("Adem in", "nl")], VoiceSettings())
        with qtbot.waitSignal(made.ready, timeout=10_000):
            made.prepare([("Adem uit", "nl"), ("Rust even uit", "nl")], VoiceSettings())
        assert made.get("Adem in", "nl") is None  # evicted
        assert made.get("Adem uit", "nl") is not None  # the session's, kept whole
        assert made.get("Rust even uit", "nl") is not None
    finally:
        made.close()


def test_resample_is_linear_interpolation() -> None:
    ramp = array.array("h", range(0, 1000, 10))
    up = resample(ramp, 22_050, 44_100)
    assert len(up) == 200
    assert list(up[:6]) == [0, 5, 10, 15, 20, 25]
    assert resample(ramp, 22_050, 22_050) == ramp
    odd = resample(ramp, 22_050, 48_000)
    assert len(odd) == 100 * 48_000 // 22_050
    assert all(a <= b for a, b in pairwise(odd))


def test_pcm_duration() -> None:
    assert Pcm(array.array("h", bytes(44_100)), 22_050).duration_ms == 1000
