"""A soak on a fake clock: hours of sessions, one program after another in the main window
and the breathing pacer on its own, painted as they play (the pacer's animation runs in
its paint code, so painting is what exercises it); nothing may pile up — no Qt objects, no
running timers, no timelines or frames kept alive. (The benchmark ``tests.bench`` measures
the resident memory over 8 such hours.)"""

from __future__ import annotations

import gc
from collections import Counter

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.model import Catalogue
from tests.helpers.stubs import FakeClock
from tests.helpers.windows import shown_main_window


def census(window: QObject) -> Counter[str]:
    gc.collect()
    QApplication.processEvents()
    counts: Counter[str] = Counter(type(o).__name__ for o in window.findChildren(QObject))
    counts["running QTimers"] = sum(t.isActive() for t in window.findChildren(QTimer))
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in ("Timeline", "Frame", "Tracker", "SessionRecord"):
            counts[f"live {name}"] += 1
    # The recorder keeps the history in memory (one record per session played, so that a
    # locked or slow file never holds up the GUI thread): those are not left behind.
    recorder = getattr(getattr(window, "practice", None), "recorder", None)
    if recorder is not None:
        counts["live SessionRecord"] -= len(recorder.sessions())
    return counts


@pytest.mark.slow  # four simulated hours of sessions: about 97 s here
def test_a_day_of_sessions_leaves_nothing_behind(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    window = shown_main_window(qtbot, catalogue, clock=clock)
    programs = list(catalogue.programs)

    played = 0

    def one_session(program: str) -> None:
        nonlocal played
        window.load_program(program)
        window.start_session()
        while window.player.playing:
            clock.advance(1000)
            window.player.poll()
            window.session_view.pacer.repaint()  # every frame drawn, as on screen
        assert window.player.timeline is not None
        played += window.player.timeline.total_ms
        window.stop_session()
        QApplication.processEvents()

    one_session(programs[0])  # what every session uses is made by the first
    one_session(programs[1])
    before = census(window)
    for n in range(20):
        one_session(programs[n % len(programs)])
    after = census(window)
    grown = {name: (before[name], after[name]) for name in after if after[name] > before[name]}
    assert grown == {}, grown
    assert played > 4 * 3_600_000  # hours of practice, not minutes
    window.practice.close()


@pytest.mark.slow  # an hour of the pacer, painted: about 38 s here
def test_an_hour_of_the_pacer_leaves_nothing_behind(
    qtbot: QtBot, catalogue: Catalogue, clock: FakeClock
) -> None:
    from app.core.requests import Request
    from app.player import Player
    from app.ui.pacer_window import PacerWindow

    window = PacerWindow(catalogue, "en", Player(clock))
    qtbot.addWidget(window)
    window.show()

    def ten_minutes() -> None:
        window.choose(Request(preset="resonance", minutes=10))
        window.start(prepare_s=0)
        while window.player.playing:
            clock.advance(200)
            window.player.poll()
            window.pacer.repaint()
        window.player.stop()
        QApplication.processEvents()

    ten_minutes()
    before = census(window)  # type: ignore[arg-type]
    for _ in range(5):
        ten_minutes()
    after = census(window)  # type: ignore[arg-type]
    grown = {name: (before[name], after[name]) for name in after if after[name] > before[name]}
    assert grown == {}, grown
